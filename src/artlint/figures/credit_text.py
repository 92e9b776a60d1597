"""How a photo credit reads in text: its labels ("Photo:", "Bild:"), agencies' and photographers' names, and the credit
at the end of a caption's words in the ways publishers write it."""

from __future__ import annotations

import re

from lxml import etree

from .. import patterns
from ..lazyre import lazy
from ..text import squash


CREDIT_PREFIX = patterns.builtin(
    r"^(?:(?-i:(?!FILE\b)[A-Z]{2,5})\s+(?=(?i:photo|fot)))?(?:Image|Images|Photo|Photos|Photograph|Photographs|Photographer|Photographe|Foto|Fotos|Fotograf|Fotografin|Bild|Bilder|"
    r"Picture|Pic|Pics|Credit|Credits|Mandatory Credit|Quelle|Bildquelle|Source|Copyright|Crédit|Crédito|Photo illustration|Illustration|Composite|Grafik|Фото|"
    # Spanish, Portuguese and French labels: "Créditos: EFE", "Fotografía: Jane Doe", "Cortesía: Alcaldía de Bogotá", "Foto ilustrativa: Pixabay",
    # "Crédits : AFP"
    r"Créditos|Crédits|Fotografía|Fotografías|Fotografia|Cortesía|Cortesia|Foto ilustrativa|Imagen ilustrativa|Foto de archivo|Imagen de archivo|"
    # … and the words for credit and for source in more languages: Italian "Crediti:", Dutch "Foto's:", Polish "Fot.:", Czech
    # "Ilustrační foto:", Romanian "Sursa foto:", Croatian "Izvor:", Slovenian "Vir:", Serbian "Извор:", Bulgarian "Източник:", Turkish
    # "Kaynak:", Greek "Πηγή:", Russian "Источник:", Ukrainian "Джерело:", Arabic "المصدر:", Persian "منبع:", Vietnamese "Nguồn:",
    # Japanese "出典：", Chinese "圖："
    r"Crediti|Foto's|Fot\.|Ilustrační foto|Ilustrační snímek|Sursa foto|Sursa|Izvor|Vir|Извор|Източник|"
    r"Kaynak|Πηγή|Источник|Джерело|المصدر|منبع|Nguồn|出典|圖|圖片|"
    # a graphic's, a map's or a video's source, where what follows the label is a source's name and no sentence ("Map:
    # OpenStreetMap", "Graphic: Jane Doe/The Post"; not "Map: where the fires burn")
    # (and the word for a figure or an image that may label a caption too: German "Abbildung: Farblich codierte …", Italian "Immagine:",
    # Dutch "Afbeelding:")
    r"(?:Graphic|Graphics|Infografik|Infographic|Map|Karte|Chart|Video|Abbildung|Immagine|Afbeelding)(?=\s*:\s*(?:(?-i:[A-Z])[\w.'’&-]*|(?-i:dpa|afp|epd|kna|apa)[\w.-]*)"
    r"(?:(?:\s*/\s*|\s+)(?:(?-i:[A-Z])[\w.'’&-]*|(?-i:dpa|afp|via|for|the|and|de|van|von|der|la|le)[\w.-]*|&)){0,6}\s*$)|"
    r"Fonte|Imagem|Imagen|Fuente|Bron|Kilde|Källa|Kuva|Lähde|Źródło|Zdjęcie|Forrás|Zdroj|Autor|Autorka|(?:Image|Photo|Picture) credits?|(?:Image|Photo|Picture|Pic) creds?|Bildnachweis|Fotonachweis|"
    r"צילום|تصوير|صورة|الصورة|عکس|ภาพ|Φωτ\.?|Φωτο|Φωτογραφία|Φωτογραφίες|(?:Crédits?|Credits?)\s+(?:photos?|images?)|Archivfoto|Archivbild|Pressefoto|Beitragsbild|Fotocredit|Bildcredit|Beeld|Fotoğraf|Fotó|Nuotr\.?|Ảnh|फोटो|तस्वीर|"
    r"छायाचित्र|तस्बिर|तस्वीर साभार|फोटो साभार|फ़ोटो|ছবি|تصویر|படம்|ఫోటో|ඡායාරූපය|ფოტო|Լուսանկարը|Լուսանկար|ፎቶ|Снимка|Зураг|"  # Indian, Sri Lankan, Georgian, Armenian, Ethiopian, Bulgarian, Mongolian
    r"Picha|Larawan|Mynd|Grianghraf|Llun|Sawir|Hoto|Isithombe|Argazkia|Ritratt|"  # Swahili, Tagalog, Icelandic, Irish, Welsh, Somali, Hausa, Zulu, Basque, Maltese
    r"写真|图片来源|图源|图|摄影|攝影|来源|來源|사진|Screenshots?|Screengrabs?|Screen grabs?|Screen captures?|(?:File|Archive) (?:photo|picture|pic|image)s?(?=\s*:\s*(?-i:[A-Z][\w.'’&-]*(?:[ /][A-Z][\w.'’&-]*){0,4})\s*$)|(?:Image|Photo|Picture) sources?|(?:Foto|Photo)s?\s+(?:und|and|&)\s+\w+)\s*[:：՝]|^Fot\.\s|^(?:Photo|Image|Picture|Foto)s?\s*[/|]\s|^(?-i:PHOTO|Photo|FOTO|Foto)/(?=(?-i:[A-ZÀ-Þ]))|^(?-i:FOTOS?|FOTOGRAFÍA|PHOTO|IMAGEN)\s+(?=(?-i:[A-ZÀ-Þ]))|^(?-i:Bild|Foto)\s+(?=(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})\s*$)|^(?-i:Beeld)\s+(?=(?-i:[A-ZÀ-Þ]))|^(?:Provided|Supplied|Submitted) by\s+(?=(?-i:[A-ZÀ-Þ]))|^Image source\s*,\s|^(?:사진|写真)\s*[=＝]\s*(?=\S)|^(?:圖|图)\s*[／/]\s*(?=\S)|^[^\s。，/／]{2,16}[／/](?:攝影|摄影)$|^Copyright\s+(?:©\s*)?(?=[^\s:])|"
    r"^(?:(?:Handout|Pool|Staff|File|Submitted|Contributed|Special)\s+)?(?:Photo|Photograph|Image|Picture|Foto|Illustration|Portrait)s?(?: composite| illustration| montage)? (?:by\s|via\s|(?:provided|supplied|submitted)\s+by\s|(?:von|de|di)\s+(?-i:[A-ZÀ-Þ]))|^(?:Handout|Submitted|Contributed|Provided) (?:photo|image|picture)s?$|^(?:Photo|Image|Picture)s? (?:submitted|contributed|provided|supplied)$|^(?:Screengrabs?|Screenshots?|Instagram|Twitter|Facebook|TikTok|YouTube|Reprodução|Reproducción|Divulgação)\s*/\s*\S|^(?:Divulgação|Reprodução)$|^(?:Photo|Image)s? d['’](?:archives?|illustration)\s+(?=(?-i:[A-ZÀ-Þ]))|^Tangkapan\s+[Ll]ayar\b|^(?:Sumber|Gambar)\s*:|^(?:(?:Photo|Image|Picture|Video)s?\s+)?Courtesy\b|^©|^\(c\)\s|^Credit(?:\.{3}|…)|^(?:Photo|Picture|Image) credit should read\s"
)


# National agencies that credit their photos by their name alone (as the known agencies of the attribution rules name them;
# not the ones a caption may say otherwise: an "APP", "AGI", the region "MENA").
_NATIONAL_AGENCIES = (r"IRNA|ISNA|Tasnim|WAM|QNA|KUNA|SPA|SANA|NNA|BSS|UNB|PNA|GNA|KCNA|Armenpress|ARMENPRESS|Azertac|AZERTAC|Kazinform|"
                      r"Montsame|BelTA|Tanjug|TANJUG|FENA|LETA|BNS|ELTA|Notimex|NOTIMEX|Télam|TÉLAM|Prensa Latina|Andina|ANDINA|Adnkronos|"
                      # more national agencies, as their captions credit them: Hungary's "MTI", Greece's "ΑΠΕ-ΜΠΕ",
                      # Romania's "Agerpres", Vietnam's "VNA"
                      r"MTI|ČTK|CTK|PAP|TASR|HINA|STA|BTA|Agerpres|AGERPRES|Ukrinform|UNIAN|ТАСС|TASS|Interfax|ANA-MPA|ΑΠΕ-ΜΠΕ|ΑΠΕ|VNA|"
                      r"Lehtikuva|Sputnik")


# A credit in brackets at the end of a caption: “… (AP)”, “[File: Reuters]”, “(Photo: Jane Doe)”.
TRAILING_CREDIT = lazy(
    r"[(\[（［](?=(?!(?:Above|Below|Left|Right|Top|Bottom|Pictured|Inset|From left)\b)[A-Z][\w .&]{1,30}:\s*[A-Z@]"  # a label and a name: "(ABC News: Matt Roberts)", not "[Above: Me singing]"
    r"|(?:AA|DHA|İHA|(?i:ansa|afp|epa|lapresse|reuters|efe|dpa))[)\]]"  # an agency's short name alone in the brackets: Anadolu's "(AA)", Italian papers' "(ansa)", "(afp)"
    r"|(?:GETTY(?: IMAGES)?|REX(?: FEATURES)?|SWNS|SPLASH(?: NEWS)?)[)\]]"  # British tabloids' capitals: the Daily Star's "[GETTY]", "[REX]"
    r"|(?:" + _NATIONAL_AGENCIES + r")[)\]]"  # a national agency alone in the brackets: "(IRNA)", "(Télam)"
    r"|[^()\[\]（）［］]*(?:\bAP\b|[A-Z]{2,}\s+\|\s|Reuters|Getty|GETTY|\bREX\b|AFP|\bEPA\b|\bdpa\b|picture[- ]alliance|Imago|Shutterstock|iStock|123rf|123RF|Dreamstime|Depositphotos|"
    r"Alamy|Keystone|Xinhua|Bloomberg|NurPhoto|\bSIPA\b|\bEFE\b|\bANSA\b|\bAnsa\b|ZUMA|Anadolu|\bAAP\b|\bANP\b|\bKNA\b|\bepd\b|\bPA\b|"
    r"\bPTI\b|\bIANS\b|\bANI\b|Bernama|"  # Indian and Malaysian agencies: "(PTI)", "(IANS)"
    r"(?i:fotogramma)|LaPresse|\bLusa\b|\bSupplied\b|\bHandout\b|\bCortes[íi]a\b|\bTT\b|\bNTB\b|Ritzau|Belga|Kyodo|Yonhap|\bJiji\b|\bvia\b|File:|Photo|Foto|Bild|Image|Picture|Unsplash|Pixabay|Pexels|Source:|Quelle:|Credit|Courtesy|Screenshot|\bphotos? by\b|(?<![\d€$£%])/(?!\d)|"
    r"\.(?:com|org|net|gov|edu)\b|[A-Z][\w'’-]+ for The [A-Z]|"  # "(Jane Doe for The Washington Post)"
    r"연합뉴스|사진|제공|뉴스1|뉴시스|写真|共同|時事|ロイター|新華社|撮影|摄|攝|图片|圖片|／|"  # Korean, Japanese and Chinese: "[연합뉴스 자료사진]", "（写真：共同）", "（ロイター）"
    r"路透|法新社|美联社|美聯社|新华社|中央社|中新社|"  # Chinese names of agencies: "（路透社）", "（圖／中央社）", "（中央社記者王小明攝）"
    r"צילום|تصوير|رويترز|أ ف ب|الأناضول|Φωτ))"  # Hebrew, Arabic and Greek: "(צילום: רויטרס)", "(رويترز)", "(Φωτ.: Eurokinissi)"
    r"(?:[^()\[\]（）［］]|\([^()\[\]]{0,30}\)){2,80}[)\]）］]\.?\s*$"  # one level of brackets inside: "(Bildquelle: MadMax22 (CC0))"
)


# A credit without a label after the caption's last sentence: "REUTERS/Stephanie Lecocq", "Jane Doe/AP",
# "Jane Doe (EFE)", "Getty Images", "REUTERS/Nick Oxford/File Photo", "Handout via REUTERS". Names are
# capitalized words (and particles); the agency must be known.
_AGENCY = (r"(?:AP|(?:The )?Associated Press|AFP|Reuters|REUTERS|EPA-EFE|EPA|EFE|Efe|ANSA|Ansa|dpa|DPA|Xinhua|XINHUA|Keystone|KEYSTONE|Getty Images|GettyImages|Getty|"
           r"GETTY IMAGES|GETTY|"
           r"Imago Images|IMAGO Images|imago images|Imago|IMAGO|"
           r"picture[- ]alliance|Shutterstock|ShutterStock|Unsplash|Pixabay|Pexels|iStockphoto|iStock|Alamy|123RF|123rf|Dreamstime|Depositphotos|Adobe Stock|Freepik|Bloomberg|NurPhoto|Sipa USA|SIPA USA|Sipa Press|SIPA|ZUMA(?: Press)?|Anadolu Agency|Anadolu|AAP|ANP|APA|SDA|KNA|epd|"
           r"PA Media|PA Images|PA Archive|PA|PA Wire|TT|NTB|Ritzau Scanpix|Scanpix|Belga|Kyodo News|KYODO NEWS|Kyodo|KYODO|Yonhap|Jiji Press|"
           r"AFP-JIJI|JIJI|Jiji|BLOOMBERG|Lusa|Europa Press|LaPresse|Fotogramma|ANTARA FOTO|ANTARA|Antara|"
           r"(?:THE )?CANADIAN PRESS|SOPA Images|LightRocket|USA TODAY(?: NETWORK| Sports)?|Imagn Images|IMAGN|(?:The )?Canadian Press|PTI|IANS|ANI|Bernama|BERNAMA|"
           r"afp\.com|AFP\.com|MAXPPP|Maxppp|ABACAPRESS|ABACA|Abaca(?:press)?|Hans Lucas|HANS LUCAS|Divergence|DIVERGENCE|MYOP|Signatures|SIGNATURES|"  # French
           r"EUROPA PRESS|IPA|Ipa|Ag[êe]ncia Brasil|Ag[êe]ncia Estado|Estad[ãa]o Conte[úu]do|VCG|"  # Spanish, Italian, Brazilian, Chinese
           r"연합뉴스|뉴스1|뉴시스|"  # Korean agencies: Yonhap, News1, Newsis
           r"AKM-GSI|Backgrid|BACKGRID|WireImage|FilmMagic|GC Images|Invision|"  # celebrity and entertainment pictures
           + _NATIONAL_AGENCIES + "|"
           r"[A-Z][a-z]+(?:press|pix|foto))")  # picture services: Folhapress, Scanpix


_AGENCY_ALONE = lazy(_AGENCY)


# A full stop only after an initial or a short abbreviation ("H.", "Jr."), never after a caption's last word.
CAPITALIZED_NAME = r"(?:[A-ZÀ-Þ](?:[\w'’-]{0,2}\.|[\w'’-]*)|von|van|de|da|del|di|du|la|le)(?:\s+(?:[A-ZÀ-Þ](?:[\w'’-]{0,2}\.|[\w'’-]*)|von|van|de|da|del|di|du|la|le)){0,4}"


_OUTLET = r"The(?:\s+(?:[A-Z][\w.'’-]*|of|and|&)){1,5}"


# The last word of a paper's name: "Star Tribune", "Chicago Tribune", "Houston Chronicle", "Globe Staff".
_PAPER_WORD = (r"(?-i:Times|Herald|Post|News|Journal|Daily|Tribune|Star|Gazette|Express|Mail|Chronicle|Observer|Inquirer|Standard|Nation|Monitor|"
               r"Today|Globe|Staff|Press|Register|Sun|Courier|Bee|Dispatch|Examiner|Record|Republic|Sentinel|Telegraph|Review|Enquirer|"
               r"Democrat|Leader|Statesman|Citizen|Independent|Guardian|Mirror|Bulletin|Advocate|Journal-Constitution|Union-Tribune|Free Press)")


# A first name and a surname, written as names are ("Jane Doe", "Jane M. Doe"; not three words, "Jacket Meerwind Süd/Ost");
# a company's or an institution's name, in one to four words ("Rappler", "Schmidt Ocean Institute", "Agência O Globo", "La República").
_PERSON = r"(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ]\.)?\s+[A-ZÀ-Þ][\w'’-]+)"


_ORG = r"(?-i:[A-ZÀ-Þ][\w&'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w&'’.-]*|of|and|&|de|do|da|del)){0,3})"


BARE_CREDIT = lazy(
    rf"(?:(?:Photos?|Fotos?|Bild|Image|Beeld)\s+)?(?:(?:{CAPITALIZED_NAME}|[a-z][\w.-]{{2,30}})\s*/\s*(?:{CAPITALIZED_NAME}\s*/\s*){{0,2}}|{CAPITALIZED_NAME}\s+via\s+|{CAPITALIZED_NAME}—)?"  # (TIME: "Jane Doe—Getty Images")
    # (and "AAP Image/Jane Doe", "BERNAMA PIC")
    rf"{_AGENCY}(?:\s+(?:Photos?|photos?|PHOTOS?|Image|IMAGE|pics?|PICS?))?(?:\s*/\s*(?:{_AGENCY}|{CAPITALIZED_NAME}))?"  # "Jane Doe/AP", "Jane Doe/AP Photo" (Politico), "evgenyb/iStock/Getty Images"
    # German agencies' own form, the service and the photographer after the agency: "picture alliance/dpa/Kay Nietfeld",
    # "picture alliance / dpa | Kay Nietfeld", "IMAGO/photothek | Thomas Trutschel"
    rf"(?:\s*/\s*(?:{_AGENCY}|[a-z][\w.-]{{2,30}})\s*[/|]\s*{CAPITALIZED_NAME})?"
    # "Jane Doe/AFP via Getty Images"; the editor's initials after Antara's credit: "ANTARA FOTO/Budi Santoso/aww"
    rf"(?:\s*/\s*(?:File Photo|File|Pool|Handout|Illustration))*(?:\s+(?:files?|file photo|FILE PHOTO))?(?:\s+via\s+{_AGENCY})?(?:/(?-i:[a-z]{{2,5}}))?"
    rf"|{CAPITALIZED_NAME},\s*{_AGENCY}"  # Gannett's and the AP's "Jane Doe, AP"
    # … and a paper's: "Jane Doe, The Daily Herald", "Jane Doe, Star Tribune"
    rf"|{CAPITALIZED_NAME},\s*(?-i:The\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}|(?:[A-Z][\w.'’-]*\s+){{1,3}}){_PAPER_WORD}"
    rf"|{CAPITALIZED_NAME}\s*\|\s*{_AGENCY}|{_AGENCY}\s*\|\s*{CAPITALIZED_NAME}"  # "Jane Doe | Getty Images", "dpa | Kay Nietfeld"
    rf"|{_AGENCY}\s+Photos?\s*/\s*{CAPITALIZED_NAME}(?:,\s*(?:File|Pool))?"  # the AP's own, without brackets: "AP Photo/Jane Doe, File"
    rf"|{CAPITALIZED_NAME}\s*/\s*(?:(?:Staff|Contributing|Special|Chief)\s+)?Photographer|{CAPITALIZED_NAME}\s*[/|]\s*(?-i:Staff|STAFF)"  # "Jane Doe / Staff Photographer", "Jane Doe/Staff"
    rf"|{CAPITALIZED_NAME}-(?:Imagn Images|USA TODAY(?: NETWORK| Sports)?)"  # Imagn's and Gannett's sports photos: "Jane Doe-Imagn Images"
    rf"|{CAPITALIZED_NAME}\s*\({_AGENCY}\)"
    rf"|{CAPITALIZED_NAME}(?:\s*/\s*|\s+for\s+){_OUTLET}(?:\s+via\s+{_AGENCY})?|{CAPITALIZED_NAME}\s+for\s+(?-i:[A-Z]{{2,6}})"  # a photographer and the paper: "Fred Lum/The Globe and Mail", "Jane Doe for The New York Times"
    # … as French papers credit their own photographers: "JULIEN DANIEL / MYOP POUR « LE MONDE »", "Jane Doe pour Le Parisien"
    rf"|{CAPITALIZED_NAME}(?:\s*/\s*{_AGENCY})?\s+(?:pour|POUR)\s+(?:«\s*[^«»]{{2,40}}?\s*»|(?:Le|La|Les|L['’]|LE|LA|LES)\s*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){{0,2}})"
    # the company, in capitals: "Devindra Hardawar/AOL", "Jane Doe / NBC News", "Jane Doe / EL PAÍS", "JANE DOE/THE TIMES"
    rf"|{CAPITALIZED_NAME}\s*/\s*(?-i:[A-Z]{{2,10}}(?:\s+News)?|(?:THE|EL|LA|LE|IL|O|A|DIE|DER|DE)\s+[A-ZÀ-Þ]{{2,}}(?:\s+[A-ZÀ-Þ]{{2,}})?)"
    rf"|{CAPITALIZED_NAME}\s+[-–]\s+(?-i:(?:THE|EL|LA|LE|IL|O|A|DIE|DER|DE)\s+[A-ZÀ-Þ]{{2,}}(?:\s+[A-ZÀ-Þ]{{2,}})?)"  # La Nación's "Jane Doe - LA NACION"
    # a paper's own photo, its name in capitals: the Inquirer's "INQUIRER PHOTO / JANE DOE", "INQUIRER FILE PHOTO"
    rf"|(?-i:[A-Z]{{3,15}}(?:\s+FILE)?\s+PHOTOS?)(?:\s*/\s*{CAPITALIZED_NAME})?"
    # … or in words: the Kathmandu Post's "Post File Photo", Focus Taiwan's "CNA file photo"
    rf"|(?-i:[A-Z][\w.]+(?:\s+[A-Z][\w.]+){{0,2}})\s+(?-i:File Photo|file photo)"
    # … or a paper's name that says it is one, then "photo" or "file", perhaps with who took it: the Korea Times' "Korea Times file",
    # "Korea Herald photo by Jane Doe" (not "Family photo")
    rf"|(?-i:(?:[A-Z][\w.]*\s+){{0,3}}(?:Times|Herald|Post|News|Journal|Daily|Tribune|Star|Gazette|Express|Mail|Chronicle|Observer|Inquirer|"
    rf"Standard|Nation|Monitor|Today|TODAY))\s+(?:file\s+)?(?:photos?|file|pictures?|pic)(?:\s+by\s+{CAPITALIZED_NAME})?"
    # A photographer and the company or institution that sent the photo, after a slash: "Jane Doe/Rappler", "Jane Roe/Schmidt
    # Ocean Institute", "Jane Doe/Agência O Globo"; a paper's initials before its photographer, Le Parisien's "LP/Jane Doe"; and a file
    # photo's source, "Archivo/La República" (not two people's names, "Angela Merkel/Emmanuel Macron")
    rf"|{_PERSON}\s*/\s*(?!(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+(?!{_PAPER_WORD}$)[A-ZÀ-Þ][a-zà-ÿ'’-]+)$){_ORG}|(?-i:[A-Z]{{2,6}})\s*/\s*{_PERSON}"
    rf"|(?-i:Archivo|ARCHIVO|Arquivo|ARQUIVO|Archiv|Archive|File|FILE)\s*/\s*{_ORG}"
    # … or after a bar: the Straits Times' "Jane Doe | The Straits Times", the Nation's "FILE | NATION MEDIA GROUP"
    rf"|(?:{_PERSON}|(?-i:File|FILE|[A-Z]+(?:\s+[A-Z]+){{1,2}}))\s*\|\s*(?:{_OUTLET}(?:/(?-i:[A-Z][\w.]+))?|(?-i:[A-Z]+(?:\s+[A-Z]+){{1,3}}|{_ORG}\s+Media\s+Group))"
    # (after a bar, only after a first name and a surname, written as names are: "Jane Doe | CNBC"; not a logo's "OSTHESSEN|NEWS",
    # nor a title's "… | Magaly | TROME")
    r"|(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]*\.?){1,3})\s*\|\s*(?-i:[A-Z]{2,6}(?:\s+News)?)"
    # Australian and New Zealand papers' "Supplied", American local papers' "Submitted" and "Contributed": the photo came from the
    # people it shows, or from a reader
    r"|(?-i:Supplied|SUPPLIED|Handout|HANDOUT|Contributed|CONTRIBUTED|Submitted|SUBMITTED)"
)


# A licence closing the caption names the picture's terms, and so its source: "… CC-BY-SA 2.0", "(CC0)", "Public Domain".
_LICENSE = lazy(r"(?:^|[\s,;|–—-])(\(?(?:(?-i:CC)[- ]?(?:BY|0|PDM?)(?:[- ](?:SA|ND|NC))*(?:[- ]?\d\.\d)?|Public Domain|gemeinfrei)\)?)\.?\s*$", re.IGNORECASE)


# What any credit credit_in_text finds with CREDIT_PREFIX holds: a label's colon, a bracket, a slash, "©",
# a label word, "for" (a paper's photographer) or an agency. A quick test before the full one.
CREDIT_HINT = lazy(
    rf"[:：©/(\[（［|]|사진\s*=|fot|\bfor\b|\bvia\b|press|pix|photo|image|picture|pic\b|illustra|credit|courtesy|copyright|beeld|\b{_AGENCY}\b|\bD\.?R\.?\s*$|\bCC[- ]?(?:BY|0|PD)|public domain|gemeinfrei|＝",
    re.IGNORECASE,
)


def alt_credit(alt: str) -> str:
    """The photo credit an image's alt (squashed) is, or ends with: "Soldiers in Aleppo | Bildquelle: dpa", "Photo: ČTK/Vít
    Šimánek"; "" if none. Not a title with a label ("Image: South Korea descends into crisis after …": a credit is short, and
    so is each of two in brackets, Getty's "(Photo by Jane Doe / AFP) (Photo by Jane Doe/AFP via Getty Images)"), nor an
    address."""
    if not alt or not CREDIT_HINT.search(alt):
        return ""  # (most alt says nothing a credit needs: no label, bracket, slash or agency)
    credit = credit_in_text(alt, CREDIT_PREFIX)
    if not credit or max(len(part.split()) for part in _CREDITS_IN_BRACKETS.split(credit)) > 10 or "://" in credit:
        return ""
    return credit


# Between two credits in brackets.
_CREDITS_IN_BRACKETS = lazy(r"(?<=[)\]])\s+(?=[(\[])")


def title_credit(el: etree._Element) -> str:
    """The credit an image's title attribute ends with, as Deutsche Welle's older pages credit their photos:
    title="Tahir Della (picture-alliance/dpa/L. Schwedes)"; "" if none."""
    title = squash(el.get("title"))
    if not title or not CREDIT_HINT.search(title):
        return ""
    credit = credit_in_text(title, CREDIT_PREFIX)
    # A title that is all credit must say so with its label ("Photo: Jane Doe", "© dpa"); an unlabelled one may be the name.
    whole = credit == title and not patterns.search(CREDIT_PREFIX, title, ignore_case=True)
    return credit if credit and not whole and len(credit.split()) <= 10 and "://" not in credit else ""


def credit_in_text(text: str, pattern: str) -> str:
    """The credit a caption's text (or an alt) carries at its end, or all of it; "" if none.

    A credit-prefix anywhere ("… Image: picture-alliance/AP Photo"), an agency and names
    after the last sentence ("… REUTERS/Toby Melville"), or a credit in the brackets that
    close the text ("… (AP)"). In a long text only its end is read: a credit is short.
    An agency's terms after the credit are the credit's ("(AAP Image/Lukas Coch) NO ARCHIVING"),
    and so is a second credit in brackets before the one that closes the text (Getty's
    "(Photo by Jane Doe / AFP) (Photo by Jane Doe/AFP via Getty Images)")."""
    if text[-1:] in _CLOSING and MEDIA_NOTE.search(text):
        return ""  # "… White Men (Photos+video)": a headline's note that the story has pictures, not a credit
    if _ADDRESS_ALONE.fullmatch(text):
        return text  # a caption that is a web address alone names where the picture comes from (Medium's "topleftpixel.com")
    terms = _USAGE_TERMS.search(text) if text.rstrip(". ")[-1:].isupper() else None  # (the terms end in a capital letter, perhaps a full stop)
    head = text[: terms.start()].rstrip() if terms else text
    credit = _credit_at_end(head, pattern) if head else ""
    if not credit or not head.endswith(credit):
        return credit if not terms else _credit_at_end(text, pattern)
    start = len(head) - len(credit)
    if credit[:1] in _OPENING and start > 0:
        before = head[:start].rstrip()
        if before[-1:] in _CLOSING and (earlier := _credit_at_end(before, pattern))[:1] in _OPENING and before.endswith(earlier) \
                and len(before) > len(earlier):
            start = len(before) - len(earlier)
    credit = text[start:].strip()
    return "" if credit[-1:] in (":", "：") else credit  # a label and no one after it ("Image:"): no credit


# A site's address alone: "topleftpixel.com", "www.apple.com/in/".
# (Not a file's name: "image5554754.jpg", "craig-kimbrel-getty.png".)
_ADDRESS_ALONE = lazy(r"\s*(?:https?://)?(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*"
                      r"\.(?!(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|ico|php\d?|html?|aspx?|jsp|pdf|mp[34]|mov|webm)\b)[a-z]{2,12}"
                      r"(?:/[^\s]*)?\s*", re.IGNORECASE)


# Brackets that close a text and hold only words for pictures: "(Photos)", "(Photos+video)", "[PICS]", "(With Video)".
MEDIA_NOTE = lazy(r"[(\[]\s*(?:(?:photos?|pics?|pictures?|images?|videos?|gallery|with|and|see|watch|[+&/,])\s*)+[)\]]\s*$", re.IGNORECASE)


# The terms an agency sends with its photo, after the credit in capitals: AAP's "NO ARCHIVING", EPA's "EDITORIAL USE ONLY".
_USAGE_TERMS = lazy(r"(?:[\s,;.]+(?:NO ARCHIVING|NO ARCHIVES?|EDITORIAL USE ONLY|MANDATORY CREDIT|NO SALES|NO RESALES?|NO MAGAZINES|"
                    r"NO BOOK SALES|NO THIRD PARTY SALES|(?:NZ|NEW ZEALAND|AUSTRALIA|UK) OUT))+\.?\s*$")


def _credit_at_end(text: str, pattern: str) -> str:
    """credit_in_text's reading of the text as it is."""
    cut = len(text) > 1000
    if cut:
        text = text[-500:]
    released = _CHINESE_RELEASED.search(text) if "发" in text or "發" in text else None
    if released:
        return released.group(1)  # (before the brackets alone are read as the credit)
    for i in _starts(text):
        if cut and i == 0:
            continue  # the window's start is no start of the text
        rest = text[i:]
        if patterns.search(pattern, rest, ignore_case=True):
            return rest.strip()
        if rest[:1] in _OPENING and rest.rstrip()[-1:] in _CLOSING and patterns.search(pattern, rest.strip()[1:-1].strip(), ignore_case=True) \
                and sum(rest.count(c) for c in _OPENING) == 1:
            return rest.strip()  # a labelled credit in brackets that close the caption: "… (Photo Credit : PTI File Photo )", "(Submitted photo)"
    after_dash = _LABEL_AFTER_DASH.search(text)
    if after_dash and not reads_as_sentence(after_dash.group(1)):
        return after_dash.group(1)  # Infobae's "… posterior al sismo -crédito Luisa González/REUTERS"
    for i in _starts(text):  # the last part of the caption (or all of it), when it names an agency and nothing else
        if cut and i == 0:
            continue
        if i == 0 and re.search(r"\s/\s", text) and not text.split("/")[0].isupper() and not _AGENCY_ALONE.fullmatch(text.split("/")[0].strip()) \
                and not (text.count("/") >= 2 and _AGENCY_ALONE.fullmatch(text.split("/")[1].strip())):
            continue  # "Trybunał Konstytucyjny / Shutterstock", "Deniz Aytekin / Kevin Voigt/GettyImages": a caption, then its credit (not
            # "picture alliance / dpa | Kay Nietfeld", nor a photographer before the agencies that sent the photo, "Mandel Ngan / AFP / Getty Images")
        if i == 0 and _TITLED_NAME_BAR.fullmatch(text.strip()):
            continue  # "Prime Minister Fumio Kishida | KYODO": who the picture shows, then its source (a photographer's name is shorter)
        if BARE_CREDIT.fullmatch(text[i:].strip()):
            return text[i:].strip()
    trailing = TRAILING_CREDIT.search(text)
    if trailing:
        return trailing.group(0).strip().removesuffix(".")  # "… (Foto: Siebengebirgsmuseum)."
    # The forms papers close a caption with, each with the group that holds the credit.
    for pattern, group in ((_RIGHTS_RESERVED, 1), (_PHOTOGRAPHER_AFTER, 1), (_ACRONYM_AFTER, 1), (_AFTER_STOP_BAR, 1), (_OUTLET_COLON_NAME, 1),
                           (_JAPANESE_CREDIT, 0), (_KOREAN_CREDIT, 1), (_KOREAN_PHOTOGRAPHER, 1), (_LITHUANIAN_CREDIT, 1), (_PIC_AFTER_DASH, 1),
                           (_SOURCE_AFTER_STOP_DASH, 1), (_CHINESE_PHOTOGRAPHER, 1), (_LICENSE, 1)):
        found = pattern.search(text)
        if found:
            return found.group(group)
    return ""


# A credit's label without a colon after a dash that closes the caption: Infobae's "- crédito Esteban Vega La-Rotta / AFP".
_LABEL_AFTER_DASH = lazy(r"(?<=\S)\s+[-–—]\s*((?i:cr[ée]ditos?|fotos?|imagen|photo|image)\s+(?-i:[A-ZÀ-Þ@])[^\n]{0,60}?)\s*$")


# Japanese papers close a caption with "＝" and the source: "…メッシ（左）とスアレス＝ロイター", "＝共同", "＝代表撮影".
# (or the ASCII "=" after Japanese text: "…首相=ロイター", "…=3日、山田太郎撮影")
_JAPANESE_CREDIT = lazy(r"(?:(?<=\S)＝|(?<=[^\x00-\x7f])=)(?:[^＝=\s]{1,16}|[^＝=\s]{1,30}撮影)$")  # and "＝3日、山田太郎撮影": who took it, and when


# Korean papers close a caption with a slash and the source: "… /로이터 연합뉴스", "/뉴스1", "/김철수 기자", "/삼성전자 제공" (supplied).
_KOREAN_CREDIT = lazy(r"(?<=\S)\s*/\s*((?:[^/\s]+\s){0,3}(?:[^/\s]*(?:연합뉴스|뉴스1|뉴시스)|기자|제공|DB))\s*$")


# … or after the caption's last sentence with the place, the photographer, and perhaps an address and the day: Sports Chosun's
# "… 상대하고 있다. 잠실=최문영 기자 deer@sportschosun.com /2020.08.20/".
_KOREAN_PHOTOGRAPHER = lazy(r"(?<=[.다])\s+([가-힣]{1,10}\s*=\s*[가-힣]{2,4}\s*(?:선임|수석|객원)?기자(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?(?:\s*/?\d{4}\.\d{1,2}\.\d{1,2}\.?/?)?)\s*$")


# Lithuanian papers name the source, then "nuotr." (nuotrauka, photo), after a slash or the last sentence: LRT's
# "Euras / E. Blaževič/LRT nuotr.", "… posėdyje. BNS nuotr.", "Vida Press nuotr." alone.
_LITHUANIAN_CREDIT = lazy(r"(?:^(?=\S+(?:\s+\S+){0,2}$)|\s/\s|(?<=[.!?»“])\s)((?:[^/\s][^/]{0,40}/)?[^/\s][^/]{0,40}?\snuotr\.?)\s*$")


# Malaysian and Singaporean papers credit after a dash that closes the caption: "… 2017. — AFP pic", "— Bernama pic",
# "— Picture by Hari Anggara", "— Pix courtesy of the Health Ministry".
_PIC_AFTER_DASH = lazy(r"(?<=\S)\s+[—–]\s+((?:[\w&.'’-]+\s+){1,4}(?:pic|pix|pics|picture|photo)s?|(?:Picture|Pictures|Pic|Pix|Photo|Photos)\s+"
                       r"(?:by|courtesy\s+of|from|via)\s+[^—–]{2,60})\s*$")


# Pakistani papers close a caption with a full stop, an em dash and the photo's source in a few words, whatever they are: Dawn's
# "… on Monday. — DawnNewsTV screengrab", "— White Star", "— Screengrab via X", "— Dawn/File", "— APP" (not a sentence's end)
_SOURCE_AFTER_STOP_DASH = lazy(r"(?<=[.!?])\s*—\s*((?-i:[A-Z@])[\w&'’@/:.-]*(?:\s+[\w&'’@/:.-]+){0,4})(?<![.:])\s*$")


# Chinese papers close a caption with who took the photo, after its last sentence: "……代表团。新华社记者 李明 摄".
_CHINESE_PHOTOGRAPHER = lazy(r"(?<=[。！？])\s*([^。！？（）()]{2,30}?\s*[摄攝])\s*$")


# … or the agency that released it, perhaps with the photographer in brackets: "……代表团。新华社发（李明 摄）", "新华社发".
_CHINESE_RELEASED = lazy(r"(?<=[。！？])\s*((?:新华社|新華社|中新社|中新網|中新网)[发發](?:\s*[（(][^（）()]{1,20}[）)])?)\s*$")


# French papers' "DR" (droits réservés: rights reserved, source not named) after the caption's last word:
# "«Vape Wave», «6 Days» et «Braguino» DR" (not "a holiday in the DR"); and the same said in words after a dash or the
# last sentence, as ANSA closes its captions: "Un fiume in piena a Ravenna - RIPRODUZIONE RISERVATA".
_RIGHTS_RESERVED = lazy(r"(?:[»\"”’.)!?]|\s[-–—])\s+(DR|D\.R\.|(?-i:RIPRODUZIONE RISERVATA|Riproduzione riservata|ALL RIGHTS RESERVED|All [Rr]ights [Rr]eserved|"
                        r"Todos los derechos reservados|TODOS LOS DERECHOS RESERVADOS|Tous droits réservés|TOUS DROITS RÉSERVÉS|Alle Rechte vorbehalten))\.?\s*$")


# A photographer's name alone in brackets after the caption's last sentence, as American and Puerto Rican papers
# write it: "… Mujeres Populares. (Teresa Canino Rivera)"; two to five words, each capitalized or a particle.
# Not a word in brackets ("… (File)") and not brackets inside a sentence ("Jose Mourinho (Tottenham Hotspur)").
_PHOTOGRAPHER_AFTER = lazy(r"[.!?»\"”’]\s*(\([A-ZÀ-Þ][\w'’-]*\.?(?:\s+(?:[A-ZÀ-Þ][\w'’-]*\.?|von|van|de|da|del|di|du|la|le)){1,4}\))\s*$")


# A company's or an agency's initials alone in brackets after the caption's last sentence: the CBC's "… on Monday. (CBC)", "(NASA)",
# the Hindustan Times' "(HT_PRINT)". Not a note on what the picture is ("(FILE)", "(VIDEO)"), a country ("(USA)") or one letter ("(L)").
# Words in capitals that say what a picture or a story is, not who took it: "(FILE)", "| LIVE".
_NOTE_WORDS = r"FILES?|VIDEOS?|PHOTOS?|PICS?|AUDIO|LIVE|UPDATED?|WATCH|MAP|GRAPHICS?|EXCLUSIVE|OPINION|ANALYSIS|PODCAST|SPONSORED|AD|PAID|NEW|PREMIUM"


_ACRONYM_AFTER = lazy(rf"[.!?»\"”’]\s*(\((?!(?:{_NOTE_WORDS}|USA|US|UK|EU|UAE)\))[A-Z][A-Z0-9&]{{1,7}}(?:_[A-Z]+)?\))\s*$")


# A broadcaster or an agency, a colon and the photographer, after the caption's last sentence without brackets, as the ABC
# (Australia) credits when its template drops them: "… on Monday. ABC News: Jane Doe", "AAP: Jane Doe".
_OUTLET_COLON_NAME = lazy(rf"(?<=[.!?])\s+((?:(?-i:[A-Z]{{2,5}}\s+News|ABC|CBC|SBS|RNZ|BBC|NHK|RTÉ|RTE)|{_AGENCY}):\s*{_PERSON})\s*$")


# Four capitalized words or more before a bar: a person with a title, as a portrait's caption names them, not a photographer.
_TITLED_NAME_BAR = lazy(r"(?-i:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){3,})\s*\|\s*[^|/]+")


# The Japan Times closes a caption with a bar and the source in capitals, or the photographer: "… on Friday. | POOL / VIA REUTERS",
# "| AFP-JIJI", "| RYUSEI TAKAHASHI", "| COURTESY OF THE CITY", "| Jane Doe". After the caption's last sentence only, in up to five
# words (not a title's "Headline | Section").
_AFTER_STOP_BAR = lazy(rf"[.!?»\"”’)]\s*\|\s*(?!(?:{_NOTE_WORDS})\s*$)((?-i:[A-Z][A-Z&'’.-]*(?:\s*/\s*|\s+)){{0,4}}(?-i:[A-Z][A-Z&'’.-]+)|{_PERSON})\s*$")


def _starts(text: str) -> list[int]:
    """Where a credit may start: the caption's start, after sentence ends or separators,
    before a capitalized label run into the caption ("… in Berlin Photograph: Jane Doe"), and after a comma before a
    label ("Jan Hamáček, photo: Archives du Gouvernement tchèque", as Radio Prague credits; Polish papers' ", fot. PAP")."""
    # (a hyphen with a space on one side at least: not the one inside a name, "Esteban Vega La-Rotta / AFP"; and the full
    # stops of Devanagari and Bengali "।", Urdu "۔", Armenian "։" and Ethiopic "።")
    starts = [0] + [m.end() for m in re.finditer(r"(?:[.|•·–—)。！？।۔։።]\s*|(?<=\s)-+\s*|-+\s+|/\s+|\s{2,}|\s(?=[©(])|,\s*(?=(?i:(?:photos?|fotos?|images?|credits?)\s*:|fot\.\s)))", text)]
    starts += [m.start() for m in _LABEL_INSIDE.finditer(text)]
    return sorted(set(starts))


_OPENING = "([（［"


_CLOSING = ")]）］"


# (not the label of a file photo that opens the caption: Ahram Online's "File Photo: A market in Cairo. Reuters")
_LABEL_INSIDE = lazy(
    r"(?<=[\s\w.])(?<!File )(?<!FILE )(?<!Archive )(?=(?:Image|Imagem|Imagen|Photo|Photograph|Foto|Bild|Picture|Mandatory Credit|Credit|Fotocredit|Bildcredit|Quelle|Bildquelle|Copyright|Illustration|Grafik|"
    r"(?:Image|Photo|Picture) credit)s?(?:\s*:|\.{3}|…)|Fot\.\s|(?:写真|图片来源|摄影|사진|ภาพ)\s*[:：]|사진\s*=)"  # "… w Kairze Fot. PAP", "… 写真：山田太郎", "… 사진=홍길동 기자", Thai "… ภาพ: รอยเตอร์"
)


def reads_as_sentence(credit: str) -> bool:
    """Whether a credit read out of running words is a sentence ("Foto: The Nation is a newspaper in Bangkok."),
    not names and sources, which are capitalized but for a few words ("via", "for", "photos")."""
    return sum(w[0].islower() for w in credit.split()[1:]) > 2


def closing_credit(said: str) -> bool:
    """Whether a short text closes with a photo's credit after its words: in brackets, naming an agency or with a slash
    ("… (Xinhua/Jane Roe)"), or who took it after a Chinese sentence ("…会议现场。新华社记者 李明 摄")."""
    if said.rstrip(". ")[-1:] in _CLOSING and CREDIT_HINT.search(said):
        credit = credit_in_text(said, CREDIT_PREFIX)
        return credit[:1] in _OPENING and len(credit) < len(said) and ("/" in credit or _AGENCY_ALONE.search(credit) is not None)
    if said.rstrip()[-1:] in ("摄", "攝") and (found := _CHINESE_PHOTOGRAPHER.search(said)) is not None:
        return found.start(1) > 0
    return False
