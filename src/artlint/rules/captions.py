"""Captions and credits: every article image in a captioned figure, credited in house format."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from itertools import islice, takewhile
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from .. import patterns
from ..content import content_root, figure_of, image_src, names_box, noscript_twin, placeholder_src, squash_text, titled_other_stories
from ..finding import Severity
from ..lazyre import lazy
from ..page import IMAGE_TAGS, Page
from ..rule import Rule
from ..select import select
from ..text import quote, squash, text_before, visible_text, visible_text_without

FAMILY = "captions"
_PAGE = '<!doctype html>\n<html lang="en">\n<head><title>Example</title></head>\n<body>\n<main>\n<article>\n<h1>Headline</h1>\n{body}\n</article>\n</main>\n</body>\n</html>\n'

CREDIT_SELECTORS = [
    '[class*="credit"]', '[class*="Credit"]', '[class*="copyright"]', '[class*="photographer"]', "figcaption small",
    '[itemprop="copyrightHolder"]', '[itemprop="creditText"]', "figcaption .attribution", 'figure [itemprop="author"]',
    "figcaption ~ cite", "figcaption > cite:last-child", '[class*="Copyright"]', 'figcaption [class*="source"]', 'figcaption [class*="Source"]', '[class*="caption"] [class*="source"]',
    "figcaption .author", '[class*="caption"] .author', '[class*="photo-text"] .author', '[class*="caption"] .attribution',
    '[class*="copywrite"]',  # tagDiv's Newspaper theme: "td-gallery-slide-copywrite"
    '[itemtype*="ImageObject"] [itemprop="author"]',  # the photographer of an ImageObject of microdata
    'figcaption [class*="byline"]', '[class*="caption"] [class*="byline"]',  # the photographer's byline in the caption (BLOX's "tnt-byline")
    'figcaption .firma', '[class*="caption"] .firma',  # Spanish papers' signature of the photographer (El País: "… / <span class="firma">")
]
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
    r"写真|图片来源|图源|图|摄影|攝影|来源|來源|사진|Screenshot|Screengrab|Screen grab|Screen capture|(?:File|Archive) (?:photo|picture|pic|image)s?(?=\s*:\s*(?-i:[A-Z][\w.'’&-]*(?:[ /][A-Z][\w.'’&-]*){0,4})\s*$)|(?:Image|Photo|Picture) sources?|(?:Foto|Photo)s?\s+(?:und|and|&)\s+\w+)\s*[:：՝]|^Fot\.\s|^(?:Photo|Image|Picture|Foto)s?\s*[/|]\s|^(?-i:PHOTO|Photo|FOTO|Foto)/(?=(?-i:[A-ZÀ-Þ]))|^(?-i:FOTOS?|FOTOGRAFÍA|PHOTO|IMAGEN)\s+(?=(?-i:[A-ZÀ-Þ]))|^(?-i:Bild|Foto)\s+(?=(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})\s*$)|^(?-i:Beeld)\s+(?=(?-i:[A-ZÀ-Þ]))|^(?:Provided|Supplied|Submitted) by\s+(?=(?-i:[A-ZÀ-Þ]))|^Image source\s*,\s|^(?:사진|写真)\s*[=＝]\s*(?=\S)|^(?:圖|图)\s*[／/]\s*(?=\S)|^[^\s。，/／]{2,16}[／/](?:攝影|摄影)$|^Copyright\s+(?:©\s*)?(?=[^\s:])|"
    r"^(?:(?:Handout|Pool|Staff|File|Submitted|Contributed|Special)\s+)?(?:Photo|Photograph|Image|Picture|Foto|Illustration|Portrait)s?(?: composite| illustration| montage)? (?:by\s|via\s|(?:provided|supplied|submitted)\s+by\s|(?:von|de|di)\s+(?-i:[A-ZÀ-Þ]))|^(?:Handout|Submitted|Contributed|Provided) (?:photo|image|picture)s?$|^(?:Photo|Image|Picture)s? (?:submitted|contributed|provided|supplied)$|^(?:Screengrab|Screenshot|Instagram|Twitter|Facebook|TikTok|YouTube|Reprodução|Reproducción|Divulgação)\s*/\s*\S|^(?:Divulgação|Reprodução)$|^(?:Photo|Image)s? d['’](?:archives?|illustration)\s+(?=(?-i:[A-ZÀ-Þ]))|^Tangkapan\s+[Ll]ayar\b|^(?:Sumber|Gambar)\s*:|^(?:(?:Photo|Image|Picture|Video)s?\s+)?Courtesy\b|^©|^\(c\)\s|^Credit(?:\.{3}|…)|^(?:Photo|Picture|Image) credit should read\s"
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
_TRAILING_CREDIT = lazy(
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
           + _NATIONAL_AGENCIES + "|"
           r"[A-Z][a-z]+(?:press|pix|foto))")  # picture services: Folhapress, Scanpix
_AGENCY_ALONE = lazy(_AGENCY)
# A full stop only after an initial or a short abbreviation ("H.", "Jr."), never after a caption's last word.
_NAME = r"(?:[A-ZÀ-Þ](?:[\w'’-]{0,2}\.|[\w'’-]*)|von|van|de|da|del|di|du|la|le)(?:\s+(?:[A-ZÀ-Þ](?:[\w'’-]{0,2}\.|[\w'’-]*)|von|van|de|da|del|di|du|la|le)){0,4}"
_OUTLET = r"The(?:\s+(?:[A-Z][\w.'’-]*|of|and|&)){1,5}"
# The last word of a paper's name: "Star Tribune", "Chicago Tribune", "Houston Chronicle", "Globe Staff".
_PAPER_WORD = (r"(?-i:Times|Herald|Post|News|Journal|Daily|Tribune|Star|Gazette|Express|Mail|Chronicle|Observer|Inquirer|Standard|Nation|Monitor|"
               r"Today|Globe|Staff|Press|Register|Sun|Courier|Bee|Dispatch|Examiner|Record|Republic|Sentinel|Telegraph|Review|Enquirer|"
               r"Democrat|Leader|Statesman|Citizen|Independent|Guardian|Mirror|Bulletin|Advocate|Journal-Constitution|Union-Tribune|Free Press)")
# A first name and a surname, written as names are ("Jane Doe", "Jane M. Doe"; not three words, "Jacket Meerwind Süd/Ost");
# a company's or an institution's name, in one to four words ("Rappler", "Schmidt Ocean Institute", "Agência O Globo", "La República").
_PERSON = r"(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ]\.)?\s+[A-ZÀ-Þ][\w'’-]+)"
_ORG = r"(?-i:[A-ZÀ-Þ][\w&'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w&'’.-]*|of|and|&|de|do|da|del)){0,3})"
_BARE_CREDIT = lazy(
    rf"(?:(?:Photos?|Fotos?|Bild|Image|Beeld)\s+)?(?:(?:{_NAME}|[a-z][\w.-]{{2,30}})\s*/\s*(?:{_NAME}\s*/\s*){{0,2}}|{_NAME}\s+via\s+|{_NAME}—)?"  # (TIME: "Jane Doe—Getty Images")
    # (and "AAP Image/Jane Doe", "BERNAMA PIC")
    rf"{_AGENCY}(?:\s+(?:Photos?|photos?|PHOTOS?|Image|IMAGE|pics?|PICS?))?(?:\s*/\s*(?:{_AGENCY}|{_NAME}))?"  # "Jane Doe/AP", "Jane Doe/AP Photo" (Politico), "evgenyb/iStock/Getty Images"
    # German agencies' own form, the service and the photographer after the agency: "picture alliance/dpa/Kay Nietfeld",
    # "picture alliance / dpa | Kay Nietfeld", "IMAGO/photothek | Thomas Trutschel"
    rf"(?:\s*/\s*(?:{_AGENCY}|[a-z][\w.-]{{2,30}})\s*[/|]\s*{_NAME})?"
    # "Jane Doe/AFP via Getty Images"; the editor's initials after Antara's credit: "ANTARA FOTO/Budi Santoso/aww"
    rf"(?:\s*/\s*(?:File Photo|File|Pool|Handout|Illustration))*(?:\s+(?:files?|file photo|FILE PHOTO))?(?:\s+via\s+{_AGENCY})?(?:/(?-i:[a-z]{{2,5}}))?"
    rf"|{_NAME},\s*{_AGENCY}"  # Gannett's and the AP's "Jane Doe, AP"
    # … and a paper's: "Jane Doe, The Daily Herald", "Jane Doe, Star Tribune"
    rf"|{_NAME},\s*(?-i:The\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}|(?:[A-Z][\w.'’-]*\s+){{1,3}}){_PAPER_WORD}"
    rf"|{_NAME}\s*\|\s*{_AGENCY}|{_AGENCY}\s*\|\s*{_NAME}"  # "Jane Doe | Getty Images", "dpa | Kay Nietfeld"
    rf"|{_AGENCY}\s+Photos?\s*/\s*{_NAME}(?:,\s*(?:File|Pool))?"  # the AP's own, without brackets: "AP Photo/Jane Doe, File"
    rf"|{_NAME}\s*/\s*(?:(?:Staff|Contributing|Special|Chief)\s+)?Photographer|{_NAME}\s*[/|]\s*(?-i:Staff|STAFF)"  # "Jane Doe / Staff Photographer", "Jane Doe/Staff"
    rf"|{_NAME}-(?:Imagn Images|USA TODAY(?: NETWORK| Sports)?)"  # Imagn's and Gannett's sports photos: "Jane Doe-Imagn Images"
    rf"|{_NAME}\s*\({_AGENCY}\)"
    rf"|{_NAME}(?:\s*/\s*|\s+for\s+){_OUTLET}(?:\s+via\s+{_AGENCY})?|{_NAME}\s+for\s+(?-i:[A-Z]{{2,6}})"  # a photographer and the paper: "Fred Lum/The Globe and Mail", "Jane Doe for The New York Times"
    # … as French papers credit their own photographers: "JULIEN DANIEL / MYOP POUR « LE MONDE »", "Jane Doe pour Le Parisien"
    rf"|{_NAME}(?:\s*/\s*{_AGENCY})?\s+(?:pour|POUR)\s+(?:«\s*[^«»]{{2,40}}?\s*»|(?:Le|La|Les|L['’]|LE|LA|LES)\s*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){{0,2}})"
    # the company, in capitals: "Devindra Hardawar/AOL", "Jane Doe / NBC News", "Jane Doe / EL PAÍS", "JANE DOE/THE TIMES"
    rf"|{_NAME}\s*/\s*(?-i:[A-Z]{{2,10}}(?:\s+News)?|(?:THE|EL|LA|LE|IL|O|A|DIE|DER|DE)\s+[A-ZÀ-Þ]{{2,}}(?:\s+[A-ZÀ-Þ]{{2,}})?)"
    rf"|{_NAME}\s+[-–]\s+(?-i:(?:THE|EL|LA|LE|IL|O|A|DIE|DER|DE)\s+[A-ZÀ-Þ]{{2,}}(?:\s+[A-ZÀ-Þ]{{2,}})?)"  # La Nación's "Jane Doe - LA NACION"
    # a paper's own photo, its name in capitals: the Inquirer's "INQUIRER PHOTO / JANE DOE", "INQUIRER FILE PHOTO"
    rf"|(?-i:[A-Z]{{3,15}}(?:\s+FILE)?\s+PHOTOS?)(?:\s*/\s*{_NAME})?"
    # … or in words: the Kathmandu Post's "Post File Photo", Focus Taiwan's "CNA file photo"
    rf"|(?-i:[A-Z][\w.]+(?:\s+[A-Z][\w.]+){{0,2}})\s+(?-i:File Photo|file photo)"
    # … or a paper's name that says it is one, then "photo" or "file", perhaps with who took it: the Korea Times' "Korea Times file",
    # "Korea Herald photo by Jane Doe" (not "Family photo")
    rf"|(?-i:(?:[A-Z][\w.]*\s+){{0,3}}(?:Times|Herald|Post|News|Journal|Daily|Tribune|Star|Gazette|Express|Mail|Chronicle|Observer|Inquirer|"
    rf"Standard|Nation|Monitor|Today|TODAY))\s+(?:file\s+)?(?:photos?|file|pictures?|pic)(?:\s+by\s+{_NAME})?"
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
# Words in an icon's class or address; whole words where a longer word is a photo's ("Sprint", "Silicon Valley",
# "shareholders", "flagship", "Arrowhead", the federal sites' "/SharedDocs/Bilder/…"; a photo sent by WhatsApp,
# "WhatsApp-Image-2022-05-03-at-7.14.15-PM.jpg"; a resizer's "trafo=21x10").
_ICONISH = lazy(
    # (a square crop at a width is a photo's: tagesschau.de's ".../1x1-840/haushalt-100.jpg")
    r"(?<!sil)icons?(?![a-z])|(?<![a-z])icon(?!ic)|logo|avatar|emoji|sprite|pixel|spacer|badge|gravatar|tracking|(?<!\d)1x1(?!\d|-\d)|"
    # (not a word of a dotted slug in the address, CNN's "/2010/POLITICS/08/13/democrats.social.security/story.kaine.gi.jpg")
    r"(?<![a-z.])(?:share|social|print|flag|button)(?!holder|ism|ist|er|ing|e?d|ship|ly|ity)|twitter|facebook|"
    r"whatsapp(?![-_ ]?(?:20)?image)|linkedin|pinterest|instagram|youtube|\brss\b|e-?mail|arrows?(?![a-z])|\bbtn\b|(?<![a-z])btn_|qr-?code|"
    r"(?<![a-z])(?:check(?:mark)?|tick|cross|stars?|bullet)[-_\d]*(?:px)?\.(?:svg|png|gif|php)|"  # a table's check marks, a forum's rank stars
    r"(?<![a-z])(?:ajax-?loader|spinner|throbber|loading)[-_\w]*\.(?:gif|svg|png)|[-_]loader\.(?:gif|svg)|"  # a script's spinner: "nbc-ajax-loader.gif"
    # a rating's stars, a lightbox's magnifier, a toggle's plus and minus, a comment bubble: "rating_on.gif", "lightbox_lupe.png"
    r"(?<![a-z])(?:rating|lupe|zoom|magnifier|plus|minus|expand|collapse|comments?)[-_\w]*\.(?:gif|svg|png)|"
    r"(?<![a-z])(?:smil(?:ies|eys?|es)|emoticons?)(?![a-z])|"  # a forum's smilies: "/itest/smilies/default/default16.gif"
    r"(?<![a-z])reactions?(?:[-_]+(?:image|icon|emoji|picker|button)|_[A-Za-z0-9]{5}\b)|"  # a reactions picker's faces (Cointelegraph's "reaction-image_Fy8CR")
    # a button back to the top, an arrow by its short name ("backToTop.png", portalspozywczy's "ar-up.svg"), the icons of mail, print and trackback
    r"(?<![a-z])(?:back[-_]?to[-_]?top|scroll[-_]?(?:to[-_]?)?top)(?![a-z])|(?<![a-z])(?:ar|arr|chevron|caret)[-_](?:up|down|left|right|prev|next)(?![a-z])|"
    r"(?<![a-z])(?:mail|impresora|imprimir|drucken|trackback)\.(?:svg|png|gif)",
    re.IGNORECASE,
)
# Words one of which every match of _ICONISH holds: a search for them alone, in the case-folded text, is ten times
# faster than _ICONISH with its look-arounds, and most images' classes and addresses hold none of them.
_ICONISH_WORDS = lazy(
    r"icon|logo|avatar|emoji|sprite|pixel|spacer|badge|tracking|1x1|share|social|print|flag|button|twitter|facebook|"
    r"whatsapp|linkedin|pinterest|instagram|youtube|rss|mail|arrow|btn|qr|check|tick|cross|star|bullet|loader|spinner|throbber|loading|"
    r"rating|lupe|zoom|magnifier|plus|minus|expand|collapse|comment|smil|emoticon|reaction|top|ar-|ar_|arr|chevron|caret|impresora|imprimir|drucken|trackback"
)


def _brand(alt: str, src: str, site: str) -> bool:
    """An image whose alt is the site's name (og:site_name), or a drawing (SVG) whose alt starts with it: a logo, a badge of the brand."""
    said = " ".join(alt.casefold().split())
    return bool(said) and (said == site or said.startswith(site + " ") and src.split("?")[0].lower().endswith(".svg"))


# The alt of a button's picture that says what it does to the article or page: "Envoyer l'article par mail", "Print this page",
# "Share this article", "Artikel drucken", "Seite versenden", "Imprimir la noticia".
_ACTION_ALT = lazy(
    r"\s*(?:(?:envoyer|imprimer|partager|share|print|send|e-?mail|drucken|teilen|versenden|compartir|imprimir|enviar|condividi|stampa|invia)"
    r"\s+(?:(?:l['’]|la\s+|le\s+|this\s+|the\s+|den\s+|die\s+|das\s+|el\s+|questo\s+|quest['’])?(?:article|artikel|beitrag|"
    r"artículo|noticia|nota|articolo|page|seite|página|pagina|story|post)|par\s+(?:e-?)?mail|by\s+e-?mail|per\s+e-?mail|por\s+(?:e-?)?mail)"
    r"|(?:artikel|beitrag|seite)\s+(?:drucken|teilen|versenden|empfehlen))\b",
    re.IGNORECASE,
)


# A file that shows nothing, for a style sheet to draw an icon over or to hold a place: "/fa/empty.gif", "blank.gif", "spacer.png",
# CNN's "1px.gif".
_BLANK_FILE = lazy(r"(?:^|/)(?:[a-z]{1,6}[-_])?(?:empty|blank|spacer|transparent|clear|pixel|1x1|1px)(?:[-_]?(?:pixel|gif|img|image))?\.(?:gif|png)(?:$|\?)",
                   re.IGNORECASE)


# An ad server's or a counter's address: its first label says so ("ads.adfox.ru", "ad.example.com", "pagead2.…"), or the network's
# domain does ("…doubleclick.net", "…scorecardresearch.com"); what it serves is an ad's picture or a counting pixel, no photo.
_AD_SERVER = lazy(
    r"^(?:https?:)?//(?:(?:ads?\d*|adserver|adserv|adtech|pagead\d*|banners?)\.[\w-]+\.[\w.-]|(?:[\w-]+\.)*(?:doubleclick\.net|googlesyndication\.com|adfox\.ru|"
    r"adnxs\.com|adform\.net|smartadserver\.com|criteo\.(?:com|net)|openx\.net|pubmatic\.com|rubiconproject\.com|yieldlab\.net|adition\.com|"
    r"amazon-adsystem\.com|moatads\.com|scorecardresearch\.com|quantserve\.com|ioam\.de|gemius\.pl|tns-counter\.ru|"
    r"counter\.yadro\.ru|mc\.yandex\.ru|top-fwz1\.mail\.ru|google-analytics\.com)(?:[:/?]|$))",
    re.IGNORECASE,
)

_TO_TOP = lazy(r"#(?:top|page-?top|to-?top|back-?to-?top)$", re.IGNORECASE)


def _holder_classes(el: etree._Element) -> str:
    """The classes of the image's link or box (two levels up) that say it holds a logo or is a button: a provider's logo under
    the text (au Webポータル's <p class="article__service-logo"><img src="…_340x80.png">), a control's picture (ma.hu's
    <div class="button fontsize">)."""
    said = []
    for a in itertools.islice(el.iterancestors(), 2):
        for token in (a.get("class") or "").split():
            if _HOLDER_TOKEN.search(token):
                said.append(token)
    return " ".join(said)


# "article__service-logo", "partner-logo", "button", "share-button" (not WordPress's "gallery-icon")
_HOLDER_TOKEN = lazy(r"(?:^|[-_])(?:logos?|button)$", re.IGNORECASE)


def iconish(text: str) -> bool:
    """Whether an image's class and address say it is an icon, a logo, a pixel, a button."""
    return _ICONISH_WORDS.search(text.casefold()) is not None and _ICONISH.search(text) is not None


_IMAGE_FILE = lazy(r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)(?:$|\?)", re.IGNORECASE)


def _example(body: str) -> str:
    return _PAGE.format(body=body)


def credit_in(page: Page, figure: etree._Element, figcaption: etree._Element | None, options: dict | None = None) -> tuple[etree._Element | None, str]:
    """The credit element (if any) and credit text of a figure."""
    options = options or CreditRule.defaults()
    # The figure's own elements (a figure inside it has its own credit); the selector group is matched once
    # per page, and the first match in document order wins.
    own, whole = _own_elements(figure)
    css = ", ".join(options["credit-selectors"])
    if whole and len(own) <= 500 and len(page.elements) <= 5000:
        found = select(figure, css)  # a figure of its own, small, on a page of common size: matched in place
    else:  # figures inside it, a large box, or a large page (where many matches in place cost more): once for the page
        matches = page.memo("credit-matches:" + css, lambda p: set(select(p.root, css)))
        found = [el for el in own if el in matches]
    around = set(figcaption.iterancestors()) | {figcaption} if figcaption is not None else set()
    # The first fifty matches: a figure has a few credits at most, and each match costs a walk of its subtree.
    found = found[:50]
    matched = set(found)
    # A byline's class is the credit's only where nothing says credit or copyright (hessenschau's "Bild © ARD" beats its
    # video's source in "mediaBox__byline").
    found.sort(key=_byline_only)
    for el in found:
        if el.tag in IMAGE_TAGS or _PRINT_ONLY.search(el.get("class") or ""):
            continue  # Austria's <img class="copyright">; a copy of the caption and credit shown only on paper
        if el.tag == "cite" and figcaption is not None and figcaption in el.iterancestors() \
                and ((el.tail or "").strip() or not _after_a_sentence(el)
                     or any("quote" in (a.get("class") or "").lower() for a in (el, *islice(el.iterancestors(), 3)))):
            continue  # in the caption, a work's title in its sentence ("A scene from <cite>Moby Dick</cite> at the opera"), or the
            # name of the one a quote box quotes (CHIP's "Quote-Editor__Cite"), not the photo's credit; a <cite> after it is one
        if len(found) > 1 and _holds_caption_and_credit(el, found):
            continue  # hessenschau's "mediaBox__copyright" line holds the caption and the "figcaption__copyright"
        if el in around and el is not figure:
            continue  # NPR's <div class="credit-caption">: the box of caption and credit, not the credit
        if _byline_only(el) and any(c.isdigit() for c in visible_text(el)):
            continue  # a byline's class in a caption names the photographer, not a video's length or day ("mediaInfo__byline": "27:37 Min.")
        if el.tag == "small" and figcaption is not None and not _CREDIT_CLASS.search(el.get("class") or "") \
                and visible_text(el) == caption_words(figcaption, page) and not credit_in_text(visible_text(el), options["credit-prefix"]):
            continue  # La Tercera's <figcaption><p><small>Izkia Siches y …</small></p></figcaption>: all the caption says
        inner = next((c for c in islice(el.iterdescendants(), 50)
                      if isinstance(c.tag, str) and c not in matched and CAPTION_CLASS.search(c.get("class") or "")), None)
        if inner is not None:
            # Gothamist's "image-with-caption-credit" box: its caption, then the credit in a plain <span>.
            after = [c for c in inner.itersiblings() if isinstance(c.tag, str) and visible_text(c)]
            if len(after) == 1 and len(visible_text(after[0])) <= 120 and not squash(inner.tail):
                return after[0], visible_text(after[0]).lstrip(" /|·•–—-")
            if inner.tag != "a" and figcaption is not None and figcaption in el.iterancestors() and visible_text(el) == visible_text(inner):
                continue  # the box holds the caption and nothing else: the template left the credit out (not Ars Technica's
                # <div class="caption-credit"><a class="caption-link">Kevin</a></div>, a link to the photo's page)
        text = credit_words(page, el).lstrip(" /|·•–—-")  # "/ Źródło: Pixabay" after the caption
        if len(text) > 80:
            text = credit_in_text(text, options["credit-prefix"]) or text  # The New Republic's "photo-credit": the caption, then "(Saul Loeb/AFP)"
        if text:
            return el, text
        parent = el.getparent()
        if len(el) == 0 and parent is not None and parent is not figcaption and parent is not figure and parent.tag != "figcaption":
            said = visible_text(parent)  # an icon that marks the credit: <span><i class="fa-copyright"></i>Jelko Djuren</span>
            if said and len(said) <= 120:
                return parent, said
    if figcaption is not None:
        lead = _credit_before_caption(page, figcaption, options["credit-prefix"])
        if lead is not None:
            return lead, credit_words(page, lead)
        labelled = _labelled_for_screen_readers(page, figcaption, options["credit-prefix"])
        if labelled is not None:
            return labelled, credit_words(page, labelled)
        # A prefix anywhere in the caption: "… Image: picture-alliance/AP Photo"
        text = caption_words(figcaption, page)
        credit = credit_in_text(text, options["credit-prefix"]) or _site_credit(page, text)
        if credit:
            return None, credit
        last = _named_last(figcaption)
        if last is not None:
            return last, visible_text(last)
        children = _caption_children(figcaption)
        if children and not (children[-1].tail or "").strip():
            said = visible_text(children[-1])  # an agency alone in the caption's last element: "… in Den Haag <span>ANP</span>"
            if _BARE_CREDIT.fullmatch(said) and squash(text[: -len(said)]):
                return children[-1], said
            # The caption's last element, labelled a credit for screen readers only: Deutsche Welle's
            # <span><span class="sr-only">Image: </span>Gleb Garanich/REUTERS</span> after the caption's words.
            shown = credit_words(page, children[-1])
            label = patterns.search(options["credit-prefix"], said, ignore_case=True) if shown and shown != said else None
            if label is not None and label.start() == 0 and text.endswith(shown) and squash(text[: -len(shown)]):
                return children[-1], shown
    # A labelled credit beside the image, outside the caption: the BBC's "Image source, Getty Images".
    pattern = options["credit-prefix"]
    boxes: set[etree._Element] = set()
    for img in (el for el in own if el.tag in IMAGE_TAGS):  # the image's own boxes
        for a in img.iterancestors():
            if a in boxes:
                break  # (marked already, with the boxes above it)
            boxes.add(a)
            if a is figure:
                break
    skip = boxes | set(figcaption.iter()) if figcaption is not None else boxes
    for el in own:
        if el in skip or el.tag in ("img", "amp-img", "picture", "svg"):  # (a second figcaption may hold the credit: Gizmodo)
            continue
        if next(islice(el.iter(), 20, None), None) is not None:
            continue  # twenty elements and more: a box, not a credit line (and a deep page is not read again at every level)
        text = visible_text(el)
        label = patterns.search(pattern, text, ignore_case=True) if text and len(text) <= 120 else None
        if label is not None and (_BYLINE_LABEL.match(text) or page.is_hidden(el)):
            continue  # the article's author ("Autor: Multimedia Redaktion"), or a line no one sees (ekhn.de's hidden "article-info-opened")
        parent = el.getparent()
        if label is None:
            if text and len(text) <= 120 and _BARE_CREDIT.fullmatch(text) and parent is not None and len(visible_text(parent)) <= len(text) + 10:
                return el, text  # an agency's credit alone in its element (Breitbart: <div class="attribution">JIM WATSON/AFP/Getty Images</div>)
            continue  # (not a word of the text: "a report from <em>Bloomberg</em> has suggested")
        if not any(c.isalpha() for c in text[label.end():]):
            # A label alone, the credit after it (RT: <span>©</span><span>Reuters / David Mercado</span>)
            said = visible_text(parent) if parent is not None and parent not in boxes else ""
            rest = said[said.find(text):] if text in said else ""
            if not any(c.isalpha() for c in rest[len(text):]) or len(rest) > 120:
                continue
            return parent, rest
        return el, text
    return None, ""


def _credit_before_caption(page: Page, figcaption: etree._Element, pattern: str) -> etree._Element | None:
    """A credit in its own element of the caption with the caption's words after it (Greenpeace:
    <figcaption><p>© Iona Dutz / Greenpeace</p><p>Mit Aktionstagen …</p></figcaption>); read as a prefix
    in the caption's text, the credit would run to the caption's end."""
    children = _caption_children(figcaption)
    # The last child leads only when the caption's words follow it in its tail (<div>©5 Minuten</div> Spezialisiert …).
    for i, child in enumerate(children if children and squash(children[-1].tail) else children[:-1]):
        said = credit_words(page, child)
        if not said or len(said) > 120:
            continue
        label = patterns.search(pattern, said, ignore_case=True)
        if label is None or label.start() != 0 or not any(c.isalpha() for c in said[label.end():]):
            continue  # no credit, or a label alone ("<b>Photo:</b> Jane Doe")
        after = squash(child.tail) + " " + " ".join(visible_text(c) + " " + squash(c.tail) for c in children[i + 1:])
        if len(after.split()) >= 3:
            return child
    return None


def _site_credit(page: Page, text: str) -> str:
    """The site's own name after a bar at the caption's end: the paper's own photo (Líbero: "… | LÍBERO")."""
    bar = text.rfind(" | ")
    tail = text[bar + 3:].strip() if bar > 0 else ""
    if not tail or len(tail) > 40:
        return ""
    from ..model import extractor
    from ..model.names import letters

    def bare(name: str) -> str:  # "LÍBERO" is the domain's "libero"
        return "".join(ch for ch in unicodedata.normalize("NFKD", letters(name)) if not unicodedata.combining(ch))

    found = extractor(page)
    return tail if bare(tail) in {bare(n) for n in (found.site_name(), found._domain_label()) if n} else ""


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
    if text[-1:] in _CLOSING and _MEDIA_NOTE.search(text):
        return ""  # "… White Men (Photos+video)": a headline's note that the story has pictures, not a credit
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


# Brackets that close a text and hold only words for pictures: "(Photos)", "(Photos+video)", "[PICS]", "(With Video)".
_MEDIA_NOTE = lazy(r"[(\[]\s*(?:(?:photos?|pics?|pictures?|images?|videos?|gallery|with|and|see|watch|[+&/,])\s*)+[)\]]\s*$", re.IGNORECASE)


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
    if after_dash and not _sentence(after_dash.group(1)):
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
        if _BARE_CREDIT.fullmatch(text[i:].strip()):
            return text[i:].strip()
    trailing = _TRAILING_CREDIT.search(text)
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


def _own_elements(figure: etree._Element) -> tuple[list[etree._Element], bool]:
    """The figure and its elements in document order, without the figures inside it and their elements;
    and whether that is all of it (no figure inside)."""
    out: list[etree._Element] = []
    whole = True
    stack = [figure]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el.tag == "figure" and el is not figure:
            whole = False
            continue
        out.append(el)
        stack.extend(reversed(el))
    return out, whole


def _holds_caption_and_credit(el: etree._Element, credits: list[etree._Element]) -> bool:
    """Whether a credit match is a box around another match and the caption or the image
    (the BBC's "image-and-copyright-container", hessenschau's "mediaBox__copyright" line)."""
    matched = set(credits)
    inner = [c for c in el.iterdescendants() if c in matched]
    if not inner:
        return False
    if next(el.iter(*IMAGE_TAGS), None) is not None:
        return True
    return any(isinstance(c.tag, str) and c not in matched and CAPTION_CLASS.search(c.get("class") or "") for c in el.iterdescendants())


def _caption_children(figcaption: etree._Element) -> list[etree._Element]:
    """The caption's child elements that can hold text (not its tools)."""
    tools = set(_tools(figcaption))
    return [c for c in figcaption if isinstance(c.tag, str) and c.tag not in ("br", "img", "amp-img", "svg") and c not in tools]


# Links and buttons at the end of a caption that are the site's tools, not the caption's words.
_CAPTION_TOOL = lazy(
    r"(?:(?:purchase )?licensing rights|buy (?:this )?(?:photo|image|picture|print)|enlarge(?: (?:this )?(?:image|photo))?|expand(?: image)?|"
    r"zoom|view (?:gallery|larger|full size)|open gallery|(?:bild |foto )?vergrößern|agrandir(?: l'image)?|ampliar(?: imagen)?|ingrandisci|"
    r"pin(?: it)?|print|save"  # a recipe card's buttons under its photo
    # (and what a link says of itself to screen readers, where a stylesheet of its own hides it: Reuters' ", opens new tab")
    r")(?:\s*,?\s*\(?opens? (?:in )?(?:a )?new (?:tab|window)\)?)?",
    re.IGNORECASE,
)


def _tools(figcaption: etree._Element) -> list[etree._Element]:
    """The tool links and buttons among the caption's last ten, in document order."""
    return [el for el in list(figcaption.iter("a", "button"))[-10:] if _CAPTION_TOOL.fullmatch(_tool_words(el))]


def _after_a_sentence(el: etree._Element) -> bool:
    """Whether words stand right before an element and end a sentence: a credit's <cite> follows the caption's last
    sentence ("… on Thursday. <cite>Jane Doe</cite>"); a <cite> alone under a portrait names the one it shows."""
    before = el.getprevious()
    said = text_before(el)
    if before is not None and not said.strip():
        said = visible_text(before)
    said = said.strip()
    return bool(said) and said[-1] in ".!?:;)»\"”’|—–-"


def _labelled_for_screen_readers(page: Page, figcaption: etree._Element, prefix: str) -> etree._Element | None:
    """An element of the caption that opens with a credit's label kept for screen readers, and says the credit after it
    (Der Spiegel: <span><span class="sr-only">Foto: </span>Jane Doe / dpa</span>): the label, unseen, is the only
    thing that parts the credit from the caption."""
    hidden = visually_hidden(page)
    # (and a line alone under the image that is all credit, its label unseen: the BBC's <span role="text"><span
    # class="visually-hidden">Image source, </span>BBC</span> under a map; but a <figcaption> that opens with Sky News'
    # unseen "Image:" is a caption, and so is a box classed caption)
    line = figcaption.tag != "figcaption" and not CAPTION_CLASS.search(figcaption.get("class") or "")
    for el in islice(figcaption.iter() if line else figcaption.iterdescendants(), 100):
        if not isinstance(el.tag, str) or not len(el) or (el.text or "").strip() or not _screen_reader_only(el[0], hidden):
            continue
        said = visible_text(el)
        if len(said) <= 120 and visible_text(el[0]) and said != visible_text(el[0]) and credit_in_text(said, prefix) == said:
            return el
    return None


def _tool_words(el: etree._Element) -> str:
    """A tool's words, without those for screen readers only (", opens new tab")."""
    return visible_text_without(el, _hidden_in(el, frozenset())) if len(el) else visible_text(el)


# Classes that say an element is for screen readers only (Sky News: <span class="…visually-hidden">Image:</span>).
# (and the Government Site Builder's "aural", on many German federal ministries' sites: <h1 class="aural">Bundesministerium …</h1>)
_HIDDEN_CLASS = lazy(r"visually-?hidden|hidden-?visually|hide-?visually|sr-only|screen-?reader|offscreen|off-screen|element-invisible|(?<![\w-])aural(?![\w-])",
                     re.IGNORECASE)


# Parts of a caption that are not its words: the "… more" and "less" of a caption shown shortened,
# and a gallery's counter.
_TOGGLE = lazy(r"(?:\.{3}|…)?\s*(?:(?:read|show|see|view|leer|lire|ler|leggi)\s+)?(?:more|less|mehr|weniger|plus|moins|más|menos|mais|meer|minder|di più)"
              r"|(?:hide|show|toggle|close|open)\s+caption", re.IGNORECASE)  # NPR's "hide caption", "toggle caption"
# A gallery's counter ("1 of 4", "Bild 1 von 4"), or its template's placeholders that a script fills in
# (bmz.de's "--pageNumber-- von --total--").
_NUMBER = r"(?:\d+|--\w+--|\{\{\s*[\w.]+\s*\}\}|\$\{[\w.]+\})"
_COUNTER = lazy(rf"(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine)\s+)?{_NUMBER}\s*(?:of|/|von|de|sur|di|van|z|\|)\s*{_NUMBER}", re.IGNORECASE)
_FILE_NAME = lazy(r"\S+\.(?:jpe?g|png|gif|webp|avif|tiff?|heic|svg)", re.IGNORECASE)
# A shortened copy of the caption beside the full one (Hearst: "caption-truncated" after "caption-full").
_SHORT_COPY = lazy(r"truncat|(?:^|[-_\s])(?:short|shortened|collapsed|excerpt|preview|teaser)(?:$|[-_\s])", re.IGNORECASE)


def visually_hidden(page: Page | None) -> frozenset[str]:
    """The classes the page's own stylesheets hide from sight and keep for screen readers (clip to nothing, or
    one pixel with overflow hidden): NYT's generated "css-1ly73wi" around its "Credit" labels."""
    if page is None:
        return frozenset()

    def find(p: Page) -> frozenset[str]:
        found = set()
        for style in p.by_tag("style")[:50]:
            css = style.text or ""
            # Only the rules that clip to nothing are read: find the clip (a fast substring search), then its rule.
            pos = css.find("rect(0")
            for _ in range(200):
                if pos < 0:
                    break
                start = css.rfind("{", 0, pos)
                if start >= 0 and css.find("}", start, pos) < 0 and _CLIP_NOTHING.search(css, max(start, pos - 40), pos + 60):
                    selector = _ONE_CLASS.fullmatch(_CSS_NOISE.sub("", css[css.rfind("}", 0, start) + 1:start]))
                    if selector is not None:
                        found.add(selector.group(1))
                pos = css.find("rect(0", pos + 6)
        return frozenset(found)

    return page.memo("visually-hidden-classes", find)


_CLIP_NOTHING = lazy(r"(?<![\w-])clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)")
# A rule's selector that is one class alone: ".css-1ly73wi".
_ONE_CLASS = lazy(r"\s*\.(-?[_a-zA-Z][\w-]*)\s*")
_CSS_NOISE = lazy(r"/\*.*?\*/|<!\[CDATA\[|<!--|-->", re.DOTALL)


def _screen_reader_only(el: etree._Element, hidden: frozenset[str]) -> bool:
    """Hidden from sight by the page's stylesheets, or by a class that says so by name, whose rule a saved page
    may lack (the BBC's "ssrcss-1f9wn8f-VisuallyHidden" around "Image source, ", "visually-hidden", "sr-only")."""
    cls = el.get("class")
    if not cls:  # or by its own style, clipped to nothing (Reuters' ", opens new tab" in the link after a caption)
        return "clip" in (el.get("style") or "") and _CLIPPED_STYLE.search(el.get("style") or "") is not None
    return bool(hidden) and not hidden.isdisjoint(cls.split()) or _HIDDEN_CLASS.search(cls) is not None


_CLIPPED_STYLE = lazy(r"clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*50%", re.IGNORECASE)


def _hidden_in(el: etree._Element, hidden: frozenset[str]) -> set[etree._Element]:
    """The elements inside el for screen readers only, and a gallery's counter ("Bild 1 von 4")."""
    return {c for c in islice(el.iterdescendants(), 200)
            if isinstance(c.tag, str) and (_screen_reader_only(c, hidden) or c.tag == "span" and _COUNTER.fullmatch(visible_text(c)))}


def credit_words(page: Page | None, el: etree._Element) -> str:
    """A credit element's text without labels kept for screen readers only ("Credit" at NYT) and a gallery's
    counter, unless that is all of it."""
    hidden = _hidden_in(el, visually_hidden(page))
    return (visible_text_without(el, hidden) if hidden else "") or visible_text(el)


def _not_words(figcaption: etree._Element, hidden: frozenset[str] = frozenset()) -> set[etree._Element]:
    """The caption's elements that are not its words: toggles, icons, a gallery's counter, a shortened copy,
    labels the page's stylesheets keep for screen readers only."""
    drop: set[etree._Element] = set()
    copies = []
    for el in islice(figcaption.iterdescendants(), 200):
        if not isinstance(el.tag, str):
            continue
        if _screen_reader_only(el, hidden):
            drop.add(el)  # also a link past the gallery for screen readers (Greenpeace: "Überspringe die Bildergalerie")
        elif len(el) == 0 and _FILE_NAME.fullmatch(visible_text(el)):
            drop.add(el)  # the image's file name (n-land: <span class="caption-filename">2022/01/Rettungsdienst_….jpeg</span>)
        elif el.tag in ("a", "button", "span", "b") and len(el) <= 1 and _TOGGLE.fullmatch(visible_text(el)):
            drop.add(el)  # "… more", or "<span><i class="fa-arrow-right"></i> Leer más</span>"
        elif el.tag == "svg":
            drop.add(el)  # an icon, whose <title> ("arrow") is no caption word
        elif _PRINT_ONLY.search(el.get("class") or ""):
            drop.add(el)  # shown on paper only
        elif el.tag == "span" and _COUNTER.fullmatch(visible_text(el)):
            drop.add(el)
        elif _SHORT_COPY.search(el.get("class") or ""):
            copies.append(el)
    if copies:
        whole = visible_text(figcaption)
        for el in copies:
            start = visible_text_without(el, drop)[:30]
            if len(start) >= 10 and whole.count(start) >= 2:  # the full caption says the same words
                drop.add(el)
    return drop


def caption_words(figcaption: etree._Element, page: Page | None = None) -> str:
    """The caption's text without labels for screen readers ("Image caption, "), the tools at its end
    (Reuters' “Purchase Licensing Rights” link), a shortened copy, its toggles and a gallery's counter;
    with the page, without what its stylesheets hide from sight."""
    drop = _not_words(figcaption, visually_hidden(page))
    text = visible_text_without(figcaption, drop)
    tools = _tools(figcaption)
    end = len(text)
    for tool in reversed(tools):  # the last first: "… Enlarge | Buy photo"
        said = _tool_words(tool)
        if said and text.endswith(said, 0, end):
            end -= len(said)
            while end and text[end - 1].isspace():
                end -= 1
    text = text[:end]
    leading = _tool_words(tools[0]) if tools else ""
    if leading and text.startswith(leading):  # a tool before the words (Macwelt's "Vergrößern")
        rest = text[len(leading):].lstrip()
        if rest and visible_text_without(figcaption, drop | {tools[0]}).startswith(rest):
            return rest
    if len(text) > 4 and text[0] in _DASHES and text[-1] in _DASHES:
        return text.strip(" " + _DASHES)  # dashes around the words as an ornament (Slate.fr: "- Tapie en 2008. REUTERS/Benoit Tessier -")
    return text


_DASHES = "-–—"


def _named_last(figcaption: etree._Element) -> etree._Element | None:
    """The caption's last element when it holds only a person's name after the caption's own text
    (El País: <span>Pedro Sánchez, este lunes.</span><span>Claudio Álvarez</span>)."""
    children = _caption_children(figcaption)
    if figcaption.tag != "figcaption" or len(children) < 2 or (children[-1].tail or "").strip():
        return None
    last = children[-1]
    name = visible_text(last)
    before = squash(caption_words(figcaption)[: -len(name)] if name else "")
    if name and len(last) == 0 and 2 <= len(name.split()) <= 4 and len(before.split()) >= 3 and re.fullmatch(_NAME, name):
        return last
    return None


def _starts(text: str) -> list[int]:
    """Where a credit may start: the caption's start, after sentence ends or separators,
    before a capitalized label run into the caption ("… in Berlin Photograph: Jane Doe"), and after a comma before a
    label ("Jan Hamáček, photo: Archives du Gouvernement tchèque", as Radio Prague credits; Polish papers' ", fot. PAP")."""
    # (a hyphen with a space on one side at least: not the one inside a name, "Esteban Vega La-Rotta / AFP"; and the full
    # stops of Devanagari and Bengali "।", Urdu "۔", Armenian "։" and Ethiopic "።")
    starts = [0] + [m.end() for m in re.finditer(r"(?:[.|•·–—)。！？।۔։።]\s*|(?<=\s)-+\s*|-+\s+|/\s+|\s{2,}|\s(?=[©(])|,\s*(?=(?i:(?:photos?|fotos?|images?|credits?)\s*:|fot\.\s)))", text)]
    starts += [m.start() for m in _LABEL_INSIDE.finditer(text)]
    return sorted(set(starts))


# Words that label a credit and name no one: the BBC's "Image copyright" for screen readers, its credit left out by the template
# (a credit of words like these is CAP003's, as "Image:" is).
_LABEL_ALONE = lazy(r"(?:(?:image|photo|picture|foto|bild|credits?|copyright|source|quelle|bildrechte|bildquelle|rights|fotos?|©|\(c\))[\s:,.]*)+",
                    re.IGNORECASE)
_OPENING = "([（［"
_CLOSING = ")]）］"
# (not the label of a file photo that opens the caption: Ahram Online's "File Photo: A market in Cairo. Reuters")
_LABEL_INSIDE = lazy(
    r"(?<=[\s\w.])(?<!File )(?<!FILE )(?<!Archive )(?=(?:Image|Imagem|Imagen|Photo|Photograph|Foto|Bild|Picture|Mandatory Credit|Credit|Fotocredit|Bildcredit|Quelle|Bildquelle|Copyright|Illustration|Grafik|"
    r"(?:Image|Photo|Picture) credit)s?(?:\s*:|\.{3}|…)|Fot\.\s|(?:写真|图片来源|摄影|사진|ภาพ)\s*[:：]|사진\s*=)"  # "… w Kairze Fot. PAP", "… 写真：山田太郎", "… 사진=홍길동 기자", Thai "… ภาพ: รอยเตอร์"
)


# A byline's label: an author's box beside an image is no credit ("Por Felipe Morales"; a Polish or Czech page's
# "Autor: Jan Kowalski", which names the photographer only inside a caption).
_BYLINE_LABEL = lazy(r"(?:by|por|von|par|door|di|av|af)\s|autor(?:ka)?\s*:", re.IGNORECASE)
# What only a printed page shows.
_PRINT_ONLY = lazy(r"show-for-print|print-only|visible-print|only-print", re.IGNORECASE)
# Classes that say an element is a credit (what the generic "figcaption small" does not say).
_CREDIT_CLASS = lazy(r"credit|copyright|copywrite|photographer|source|attribution|author", re.IGNORECASE)
CAPTION_CLASS = lazy(
    r"(?<!no-)caption|bildunterschrift|bildtext|legende?\b|legend-|image-text|img-text|photo-text|media-text|imagetext|media(?:-block)?[-_]+description\b|"
    r"(?:image|img|photo|picture|bild|foto)[-_]?(?:description|beschreibung)|(?:image|img|photo|pic|foto)[-_]desc\b|(?:^|(?<=[\s_-]))pic[-_]?text\b|"
    r"didascalia|pie-?(?:de-?)?foto|leyenda|legenda|onderschrift|bijschrift|kuvateksti|"
    r"absatzbild__info|(?:image|img|photo|bild|foto)[-_]+info\b",  # the ARD's (tagesschau.de) "absatzbild__info__text"
    re.IGNORECASE,
)


def loose_caption(el: etree._Element, page: Page | None = None) -> tuple[etree._Element, etree._Element] | None:
    """(container, caption) for an image captioned without <figure>: WordPress's
    div.wp-caption with p.wp-caption-text, a div with the image and a .caption, within
    three levels up and holding no other image; or the caption right after the image or its link (taz:
    <a class="picture"><img></a><p class="caption">). With the page, the answer is kept for the other rules and the model."""
    if page is None:
        return _loose_caption(el)
    known = page.memo("loose-captions", lambda p: {})
    if el not in known:
        known[el] = _loose_caption(el)
    return known[el]


def _loose_caption(el: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    above = set(el.iterancestors())
    node = el
    levels = 0
    while levels < 3:  # three boxes up; a table's rows and cells count as one with it (Blogger's "tr-caption-container")
        node = node.getparent()
        if node is None or node.tag in ("article", "main", "body", "html"):
            break
        if node.tag not in ("td", "th", "tr", "tbody", "thead", "tfoot"):
            levels += 1
        if node.tag == "section" and next(islice(node.iter(), 40, None), None) is not None:
            break  # a section of the article; a small one is the image's box (Amnesty: <section><picture>, description, credit)
        if _holds_another_image(node, el):
            break
        for child in node.iter():
            if child is el or not isinstance(child.tag, str) or child.tag in ("img", "amp-img", "a", "picture", "source"):
                continue
            if child.tag == "figure" and next(child.iter("figcaption", *IMAGE_TAGS), None) is not None:
                continue  # another figure, not a caption (a theme's <figure class="wp-caption-text"> is one)
            # Not a box around the image, nor the caption of another figure (the BBC's next one, its image loaded by a script).
            # A <figcaption> after the image's <figure> is its caption too (90min: <figure><img></figure><div><figcaption>).
            # (or, in an ImageObject of microdata, its caption: <span itemprop="caption">; or by its id, TIME's <p id="caption">)
            if (child.tag == "figcaption" and next(child.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is None
                    or CAPTION_CLASS.search(child.get("class") or "") or child.get("itemprop") == "caption"
                    or CAPTION_CLASS.search(child.get("id") or "")) and child not in above \
                    and not _between(child, node, lambda a: a.tag == "figure" and a not in above):
                if visible_text(child):
                    return node, child
    return _caption_after(el)


def credited_box(el: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """(box, box) for an image in a small box whose words, besides the image, are a caption with its credit, a
    credit alone, or a caption that opens with a figure's label, in no element of their own (Golf Post:
    <div><img> Golf im TV: … (Foto: Getty)</div>)."""
    for node in _small_boxes(el, also_stop=("a",)):
        if next(node.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is not None:
            return None  # a teaser card, with its headline
        said = caption_words(node)
        if not said:
            continue
        linked = sum(len(visible_text(a)) for a in node.iter("a"))
        credit = credit_in_text(said, CREDIT_PREFIX) if len(said) <= 300 and linked < len(said) / 2 and CREDIT_HINT.search(said) else ""
        if credit and not _sentence(credit) or not linked and len(said) <= 300 and _FIGURE_LABEL.match(said):
            return node, node  # ("Abbildung 3: Grosser Schneekristall.")
        return None
    return None


# A figure's own label, which opens its caption.
_FIGURE_LABEL = lazy(r"(?:Abbildung|Abb\.|Fig\.|Figure|Figura|Schaubild|Tabelle|Table)\s*\d*[a-z]?\s*[:.]\s+\S|(?:图注|图说|圖說|圖註|图片说明)\s*[:：]\s*\S", re.IGNORECASE)


def _small_boxes(el: etree._Element, also_stop: tuple[str, ...] = ()) -> Iterator[etree._Element]:
    """The boxes around an image, up to three levels up, while they are small (under thirty elements) and hold no other
    image (the lazy-loading page's <noscript> copy of this one aside)."""
    node = el
    for _ in range(3):
        node = node.getparent()
        if node is None or node.tag in ("article", "main", "body", "html", *also_stop) or next(islice(node.iter(), 30, None), None) is not None:
            return
        if _holds_another_image(node):
            return
        yield node


def _holds_another_image(box: etree._Element, el: etree._Element | None = None) -> bool:
    """Whether a box around an image holds a second one (the lazy-loading page's <noscript> copy does not count, nor an
    icon drawn at sixteen pixels or so: Tribunnews' "zoom-in.svg" on the link that opens the photo larger; nor, given
    the image, the same photo in another size in a lightbox: NPR's "-s1100-c50.jpg" and the "-s1200.jpg" of its "enlarge_measure" box)."""
    shown = (img for img in box.iter(*IMAGE_TAGS) if not _between(img, box, lambda a: a.tag == "noscript") and not _tiny_icon(img))
    if el is not None and (own := image_key(image_src(el))):
        shown = (img for img in shown if img is not el and not (_in_viewer(img) and image_key(image_src(img)) == own))
        return next(shown, None) is not None
    return next(islice(shown, 1, None), None) is not None


def _tiny_icon(img: etree._Element) -> bool:
    """An image its attributes draw at 24 pixels or less each way."""
    sizes = [(img.get(attr) or "").strip().removesuffix("px") for attr in ("width", "height")]
    return all(v.isdigit() and 0 < int(v) <= 24 for v in sizes)


def _sentence(credit: str) -> bool:
    """Whether a credit read out of running words is a sentence ("Foto: The Nation is a newspaper in Bangkok."),
    not names and sources, which are capitalized but for a few words ("via", "for", "photos")."""
    return sum(w[0].islower() for w in credit.split()[1:]) > 2


def loose_credit(page: Page, el: etree._Element) -> tuple[etree._Element | None, str]:
    """The credit element (if any) and credit text of an image without <figure> or caption, in a small box around it
    (Lebensmittel Praxis: <div class="item-page__imagecontainer"><div><picture>…</picture></div>
    <span class="imgcredits">Bildquelle: Getty Images</span></div>)."""
    for node in _small_boxes(el):
        if len(visible_text(node)) > 400:
            break  # paragraphs of the text around the image, not its box
        credit_el, credit = credit_in(page, node, None)
        if not credit or len(credit) > 150 or _BYLINE_LABEL.match(credit) or credit_el is not None and el in set(credit_el.iterdescendants()):
            continue  # the page's copyright notice around the image, or an author's box ("Por Felipe Morales")
        if credit_el is not None and credit_el.tag == "p" and not _CREDIT_CLASS.search(credit_el.get("class") or "") and _sentence(credit):
            continue  # a paragraph of the text, not a credit
        return (credit_el if credit_el is not None else node), credit
    for node in _small_boxes(el):
        byline = _photo_byline(node, el)
        if byline is not None:
            return byline, visible_text(byline)
    return _credit_line_after(el)


def _photo_byline(box: etree._Element, el: etree._Element) -> etree._Element | None:
    """The one element classed byline in the image's own small box, naming who took it (Advance Local's
    <span class="adv-photo-large"><a><img></a><span class="photo-data"><span class="byline">Foster Books</span></span></span>):
    a short line of names, with no "By" before it and no digits of a date or a length."""
    if len(visible_text(box)) > 120:
        return None  # paragraphs of the text around the image, not its box
    above = set(el.iterancestors())
    found = [c for c in box.iterdescendants() if isinstance(c.tag, str) and c not in above and "byline" in (c.get("class") or "").lower()]
    if len(found) != 1:
        return None
    said = visible_text(found[0])
    if not said or len(said) > 80 or any(ch.isdigit() for ch in said) or _BYLINE_LABEL.match(said) or _sentence(said):
        return None
    return found[0]


def caption_beside_credit(el: etree._Element, credit_el: etree._Element) -> etree._Element | None:
    """The caption in the small box that holds the image and its credit, when one block besides the credit says something
    there (Tribunnews: <div><div><a><img></a></div><div>Tangkapan Layar TVRI</div><div>Jawaban Soal …</div></div>)."""
    box = next((a for a in islice(credit_el.iterancestors(), 3) if el in set(a.iterdescendants())), None)
    if box is None or box.tag in ("article", "main", "body") or next(islice(box.iter(), 30, None), None) is not None:
        return None
    around = set(el.iterancestors())
    credit_side = {credit_el, *credit_el.iterancestors(), *credit_el.iterdescendants()}
    links = set(box.iter("a"))
    blocks = [c for c in box.iterdescendants() if isinstance(c.tag, str) and c.tag in ("div", "p", "span", "small")
              and c not in around and c not in credit_side and not len(c) and visible_text(c)
              and not any(a in links for a in c.iterancestors())]  # (not a link's words: "lihat foto", "enlarge")
    return blocks[0] if len(blocks) == 1 and len(visible_text(blocks[0])) <= 300 else None


def _credit_line_after(el: etree._Element) -> tuple[etree._Element | None, str]:
    """A credit that opens a line of the small box right after the image's own (starsinsider's gallery:
    <div class="img-container"><img></div><div class="nm-custom-label-tag"><span>2/28 photos</span>
    <span class="news-main-gallery-info">© Shutterstock</span></div>)."""
    node = el
    while (parent := node.getparent()) is not None and parent.tag in ("a", "picture", "div", "span") and _wraps_only(parent, node):
        node = parent
    after = node.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # a comment between them
    if after is None or squash(node.tail) or after.tag not in ("div", "span", "p", "small") or next(islice(after.iter(), 8, None), None) is not None \
            or next(after.iter(*IMAGE_TAGS, "h1", "h2", "h3", "h4", "h5", "h6", "a"), None) is not None or len(visible_text(after)) > 150:
        return None, ""
    for line in after.iter():
        said = visible_text(line) if isinstance(line.tag, str) and (line is after or not len(line)) else ""
        if said and len(said) <= 100 and re.match(CREDIT_PREFIX, said, re.IGNORECASE) and not _sentence(said) and not _BYLINE_LABEL.match(said):
            return line, said
    return None, ""


# Classes that say an element is a photo's credit, and not the text's source or author.
_CREDIT_ONLY_CLASS = lazy(r"credit|copyright|copywrite|photographer", re.IGNORECASE)


def _byline_only(el: etree._Element) -> bool:
    """Whether an element's class says byline and not credit or copyright (a caption's "tnt-byline", "mediaInfo__byline")."""
    names = el.get("class") or ""
    return "byline" in names.lower() and not _CREDIT_ONLY_CLASS.search(names)


def credit_after(page: Page, caption: etree._Element) -> tuple[etree._Element | None, str]:
    """The credit in the element right after a caption that stands alone under its image, as Drupal renders an
    image's fields one after another: <div class="field--name-field-image">…<img>…</div>
    <div class="field--name-field-image-caption">…</div><div class="field--name-field-image-credit">Jane Doe/AP</div>.
    The element's class must say credit, or its words open with a credit's label; "" if none."""
    after = caption.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # a comment between them
    if after is None or squash(caption.tail) or next(after.iter(*IMAGE_TAGS), None) is not None or next(islice(after.iter(), 10, None), None) is not None:
        return None, ""
    said = credit_words(page, after).lstrip(" /|·•–—-")
    if not said or len(said) > 120 or _BYLINE_LABEL.match(said):
        return None, ""  # (an author's box after the caption: "By Jane Doe")
    if _CREDIT_ONLY_CLASS.search(after.get("class") or "") or re.match(CREDIT_PREFIX, said, re.IGNORECASE) and not _sentence(said):
        return after, said
    return None, ""


def _between(el: etree._Element, within: etree._Element, test) -> bool:
    """Whether an ancestor of el below ``within`` passes ``test``."""
    for a in el.iterancestors():
        if a is within:
            return False
        if test(a):
            return True
    return False


def _closing_credit(said: str) -> bool:
    """Whether a short text closes with a photo's credit after its words: in brackets, naming an agency or with a slash
    ("… (Xinhua/Jane Roe)"), or who took it after a Chinese sentence ("…会议现场。新华社记者 李明 摄")."""
    if said.rstrip(". ")[-1:] in _CLOSING and CREDIT_HINT.search(said):
        credit = credit_in_text(said, CREDIT_PREFIX)
        return credit[:1] in _OPENING and len(credit) < len(said) and ("/" in credit or _AGENCY_ALONE.search(credit) is not None)
    if said.rstrip()[-1:] in ("摄", "攝") and (found := _CHINESE_PHOTOGRAPHER.search(said)) is not None:
        return found.start(1) > 0
    return False


def _caption_after(el: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """A caption element that directly follows the image, or the link or picture that holds only it."""
    node = el
    # (climbing through the link or picture that holds only it, and a paragraph or box that holds nothing else:
    # golf.de's <a><div><div><picture><img></picture></div></div></a> before the caption)
    # (and a figure without a caption of its own: NBC's <div><figure><picture><img></picture></figure></div><figcaption>)
    # (and a slider's list of one photo: Avaz's <div class="picture"><ul><li><figure><a><img>…</ul></div><p class="article-image-caption">)
    while (parent := node.getparent()) is not None and (
            parent.tag in ("a", "picture") or parent.tag == "p" and not visible_text(parent)
            or parent.tag in ("div", "span", "li", "ul", "ol") and _wraps_only(parent, node)
            or parent.tag == "figure" and _wraps_only(parent, node) and next(parent.iter("figcaption"), None) is None) \
            and sum(1 for _ in parent.iter(*IMAGE_TAGS)) == 1:
        node = parent  # (the cheap tests first: counting the images of the article's box for each of its images is quadratic)
    after = node.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # a comment between them
    if after is None or (node.tail or "").strip():
        return None
    if next(after.iter(*IMAGE_TAGS, "h1", "h2", "h3", "h4", "h5", "h6"), None) is not None:
        return None  # a teaser card's text, with its headline, is not a caption
    said = visible_text(after)
    if not said:
        return None
    if CAPTION_CLASS.search(after.get("class") or "") or after.tag == "figcaption":
        return after, after
    if after.tag in ("p", "div") and len(said) <= 600 and any(CAPTION_CLASS.search(c.get("class") or "") for c in after if isinstance(c.tag, str)):
        # a line whose parts say caption and credit (infosperber's <p class="media-license"><span class="media-legend">…</span>
        # <span class="media-license-info">©</span><span class="media-license-author">zvg</span></p>)
        return after, after
    if after.tag in ("div", "span", "small", "p") and len(said) <= 120 and re.match(CREDIT_PREFIX, said, re.IGNORECASE) \
            and not (after.tag == "p" and _sentence(said)) and not _BYLINE_LABEL.match(said):
        # A credit line alone under the image (der Farang's <div class="image-title">Foto: The Nation</div>, or the
        # paragraph after the image's own: <p><img></p><p><em>©iStock</em></p>), not a sentence of the text.
        return after, after
    if after.tag in ("div", "span", "small", "p", "em", "i") and len(said) <= 300 and _FIGURE_LABEL.match(said) \
            and next(after.iter("a"), None) is None:
        return after, after  # the paragraph after the image's own that opens with a figure's label (Statistics Globe: "Figure 1: …")
    if node.tag in ("p", "div") and len(said) <= 300 and (p := _only_paragraph(after)) is not None and _emphasized_only(p) \
            and not _DISCLOSURE.match(said):
        # The classic editors' caption: <p><img></p><p><em>Caption. Photo: Jane Doe</em></p>; and a page builder's text
        # module after its image module (Divi: <div class="et_pb_image">…</div><div class="et_pb_text"><div><p><em>…).
        return after, after
    if node.tag in ("p", "div") and after.tag == "p" and len(said) <= 300 and _closing_credit(said):
        # the paragraph after the image's own that closes with its credit, in brackets as Xinhua captions a photo in the text
        # (<p><img></p><p>A cargo ship is loaded at a port in Qingdao, May 5, 2024. (Xinhua/Jane Roe)</p>), or as Chinese papers
        # name who took it ("…会议现场。新华社记者 李明 摄")
        return after, after
    if _image_box(node, after, said):
        return after, after
    return None


# An advertising disclosure, in italics under a photo as often as captions are: "*Werbung. Dieser Beitrag enthält …".
_DISCLOSURE = lazy(r"\W*(?:werbung|anzeige|advertisement|advertising|sponsored|affiliate|publicidad|publicité|pubblicità)\b", re.IGNORECASE)


def _only_paragraph(el: etree._Element) -> etree._Element | None:
    """The paragraph that is all an element holds, through boxes that hold only it (or the element, a paragraph itself)."""
    for _ in range(4):
        if el.tag == "p":
            return el
        kids = [c for c in el if isinstance(c.tag, str)]
        if el.tag != "div" or len(kids) != 1 or (el.text or "").strip() or (kids[0].tail or "").strip():
            return None
        el = kids[0]
    return None


def _emphasized_only(p: etree._Element) -> bool:
    """Whether a paragraph's words all stand in one <em>, <i> or <small>."""
    kids = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
    return len(kids) == 1 and kids[0].tag in ("em", "i", "small") and not (p.text or "").strip() \
        and all(not (c.tail or "").strip() for c in p)


def _wraps_only(parent: etree._Element, node: etree._Element) -> bool:
    """Whether a box holds nothing but node (comments, and microdata's <meta> and <link>, aside: BLOX's
    <div itemprop="image" itemscope><div><img></div><meta itemprop="url" content="…"></div>)."""
    return not (parent.text or "").strip() and not (node.tail or "").strip() \
        and all(c is node or (not isinstance(c.tag, str) or c.tag in ("meta", "link")) and not (c.tail or "").strip() for c in parent)


def _image_box(node: etree._Element, after: etree._Element, said: str) -> bool:
    """Whether the image (or its link) and one short text after it are all that their box holds: the box's
    caption, with no class to say so (Deutsche Welle: <div class="picBox"><a><img></a><p>Tahir Della helped
    organize Berlin's new initiative</p></div>). Not a paragraph of the text beside an image, nor a product's prices, a
    gallery's "14 Bilder", a feature grid's title and text, a teaser's link, a widget's or a comment box's words."""
    box = node.getparent()
    if box is None or box.tag not in ("div", "span", "p", "section", "li", "td") or after.tag not in ("p", "div", "span", "small", "em", "i"):
        return False
    if (box.text or "").strip() or (after.tail or "").strip() or len(said) > 400:
        return False
    if len(said) > 160 and not _TRAILING_CREDIT.search(said):
        return False  # a long text beside the image is a caption when its photo's credit closes it: "… (AP Photo/Jane Doe)"
    if len(_WORDS.findall(said)) < 3 and not (len(said) >= 6 and _CJK.search(said)):
        return False  # a word or two: a price, a counter, a label; Japanese and Chinese write captions without spaces
    if _PRINT_ONLY.search(after.get("class") or ""):
        return False  # austria.info's copy of the alt for print
    if any("byline" in (e.get("class") or "").lower() and visible_text(e) == said for e in after.iter()):
        return False  # the photographer's byline beside the photo, its credit (Advance Local's "photo-data": "Nancy Paulsen Books")
    if re.match(CREDIT_PREFIX, said, re.IGNORECASE) and _sentence(said):
        return False  # "Foto: The Nation is a newspaper in Bangkok.": a sentence of the text, not a credit line
    if next(islice((c for c in box if isinstance(c.tag, str)), 6, None), None) is not None:
        return False  # a box of many elements is no image's own box (and reading each of them for each image is quadratic)
    for c in box:
        if c is not node and c is not after and isinstance(c.tag, str) and (
                visible_text(c) or (c.tail or "").strip() or next(c.iter(*IMAGE_TAGS, "iframe", "video", "svg"), None) is not None):
            return False  # more in the box than the image and its caption (an empty anchor, ITmedia's <a name>, is nothing)
    inner = _only_paragraph(after) if after.tag == "div" else None  # (a box that holds one paragraph: Fox's <div class="summary"><p>)
    if next((inner if inner is not None else after).iterdescendants(*_NOT_IN_CAPTION), None) is not None:
        return False  # "<p><strong>Antrag ausfüllen</strong><br>Zusage in Sekunden sichern</p>": a feature's title and text
    if any(_NOT_CAPTION_BOX.search(e.get("class") or "") for e in (box, after, *node.iter(*IMAGE_TAGS))):
        return False  # a comment box's "Sign in to comment", a recipe's call to order the cookbook, a newsletter's sign-up
    if said[:1].islower() or _GALLERY_COUNT.search(said):
        return False  # a widget's "your daily newsletter"; a gallery's "Prohlédnout si 19 fotografií"
    linked = sum(len(visible_text(a)) for a in after.iter("a"))
    return linked < len(said) / 2


_WORDS = lazy(r"[^\W\d_]{2,}")
_NOT_CAPTION_BOX = lazy(r"comment|newsletter|call-to-action|(?:^|[\s_-])cta(?:$|[\s_-])|promo|sponsor|advert|product|price|shop", re.IGNORECASE)
_GALLERY_COUNT = lazy(r"\b\d+\s+(?:photos?|pictures?|images?|bilder|fotos?|fotografi\w*|immagini|imágenes|images)\b", re.IGNORECASE)
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_NOT_IN_CAPTION = ("br", "p", "div", "ul", "ol", "table", "form", "input", "button", "select", "textarea")


def article_images(page: Page, options: dict, empty_alt: bool = False) -> list[etree._Element]:
    """Editorial images in the article: not icons, logos, avatars, author photos, pixels, small images or a carousel's copies of its slides; with
    ``empty_alt``, also those marked decorative with alt="" (the model keeps them when captioned)."""
    key = "article_images:" + repr(sorted((k, str(v)) for k, v in options.items() if k in ("image-selector", "exclude-selector", "min-size")))
    key += ":empty-alt" if empty_alt else ""

    def find(p: Page):
        from .images import decorative, images

        lead = None
        if options.get("image-selector"):
            found = set(select(p.root, options["image-selector"]))
            candidates = [el for el in images(p) if el in found]
        else:
            root = content_root(p)
            if root is None:
                return []
            inside = set(root.iter(*IMAGE_TAGS))
            candidates = [el for el in images(p) if el in inside and not _boxed(p, el, root)]
            rendered = set(images(p))
            # A figure whose photo stands only in <noscript>, for the script to load (Die Zeit, The Telegraph): that is its photo.
            # (the <noscript> inside the figure: not a gallery's whole copy for browsers without scripts, figures and all)
            unscripted = [el for el in p.images if el in p.inert and el in inside and (fig := figure_of(p, el)) is not None
                          and any(a.tag == "noscript" for a in takewhile(lambda a: a is not fig, el.iterancestors()))
                          and not any(i in rendered for i in fig.iter(*IMAGE_TAGS)) and not _boxed(p, el, root)]
            if unscripted:
                candidates = p.in_order([*candidates, *unscripted])
            lead = lead_image(p)
            if lead is not None and lead not in inside:
                candidates = p.in_order([lead, *candidates])  # the lead photo above the article's element (a hero, a featured image)
        excluded = set(select(p.root, options["exclude-selector"])) if options.get("exclude-selector") else set()
        site = p.meta_said("og:site_name").casefold()
        out = []
        shown: dict[tuple[etree._Element, str], int] = {}  # (figure, image key) → where in out
        near: dict[tuple[str, str | None], tuple[int, etree._Element]] = {}  # (address, alt) → the last such image, and where it stands
        copies: set[tuple[str, str | None]] = set()  # (address without its sizes, alt) of the images kept
        for el in candidates:
            if el in excluded or decorative(el) or el.get("alt") == "" and not empty_alt:
                continue
            src = image_src(el)
            if src.startswith("data:") and len(src) < 200:
                continue  # a pixel with nothing behind it (an ad's or a counter's slot), not a photo
            if _AD_SERVER.match(src):
                continue  # an ad's picture or a counter's pixel (Gazeta.ru's <img src="http://ads.adfox.ru/224316/getCode?p1=…"> in the text)
            if _BLANK_FILE.search(src) and noscript_twin(el) is None or _TO_TOP.match(_link_of(el)):
                # a blank file and no address of a photo behind it: a style sheet's sprite drawn over it ("empty.gif" alt="Anmelden");
                # the button back to the top of the page (a forum's <a href="#top"><img alt="Nach oben"></a>)
                continue
            if not src and ((figure := figure_of(p, el)) is None or not el.get("alt") and not visible_text(figure)):
                # no address anywhere and no figure: a player's error screen, an ad's empty slot, the copy a script fills of a photo beside
                # it; nor, in a figure, alt or caption: a lightbox's stage for the photo it opens (<figure class="photo-viewer"><img src="">)
                continue
            if _ACTION_ALT.match(el.get("alt") or ""):
                continue  # a button's picture, by what its alt says it does: regards.fr's "envoyer l'article par mail" on a "sobre.gif"
            if not el.get("alt") and placeholder_src(src) and _stands_in(p, el):
                # a script's stand-in, with no alt, beside the photo it waits for: the BBC's <img src="/bbcx/grey-placeholder.png"
                # aria-label="image unavailable"> before the image
                continue
            if (link := _link_around(el)) is not None and link.get("href") is None and link.get("onclick") and not _captioned_figure(p, el):
                continue  # in a link that only runs a script, a control's picture: gmw.cn's mood vote, <a onclick="getMotions(1);"><img src="…/m1.gif">
            if site and _brand(el.get("alt") or "", src, site):
                continue  # the site's logo or a badge of its brand: topagrar's <img src="/img/topplus.svg" alt="top agrar plus">
            if iconish((el.get("class") or "") + " " + src[-80:] + " " + _holder_classes(el)) and not (_described_file(src) and _captioned_figure(p, el)):
                # (a captioned figure's one image, its file named in many words, is a photo: "mark-zuckerberg-facebook-home.jpg",
                # "winterradfahren-tv-thermen-vulkanland-pixelmakerat.jpg"; "playicon.png" and "share_icon.png" are icons)
                continue
            if _small(el, options["min-size"]) or el is not lead and _teaser_link(p, el) and not (_IMAGE_PAGE.search(_link_of(el)) and _captioned_image(el)):
                continue
            if el is not lead and _list_card(p, el):
                continue
            if _author_photo(el) or _carousel_clone(el) or _in_playlist(el):
                continue
            figure = figure_of(p, el)
            again = (src, el.get("alt"))
            if figure is None and again in near and not placeholder_src(src) and p.order[el] - near[again][0] <= 40 \
                    and _caption_said(p, el) == _caption_said(p, near[again][1]):
                continue  # the same photo, captioned the same, right after, for another screen: CNET Japan's "-sp" copy, CNN's end slate
            near[again] = (p.order[el], el)
            key = (figure, image_key(src)) if figure is not None else None
            if key is not None and key[1] and key in shown:
                out[shown[key]] = el  # the same photo again in its figure: Medium's blurred preview, then the image itself
                continue
            copy = (_SIZES_IN_PATH.sub("#", src.split("?")[0].split("#")[0]), el.get("alt"))
            if copy[1] and _IMAGE_FILE.search(copy[0]) and copy in copies and _in_viewer(el):
                # the same photo again, perhaps in other sizes, with the same alt, in a gallery's lightbox or its thumbnails
                # (LRT's "749523-777553-756x425.jpg", then "-1287x836.jpg" and "-150x84.jpg"); a copy in the text is the text's
                continue
            copies.add(copy)
            if key is not None:
                shown[key] = len(out)
            out.append(el)
        return out

    return page.memo(key, find)


def _stands_in(page: Page, el: etree._Element) -> bool:
    """Whether a placeholder image has the photo it stands in for beside it, in its box or its figure."""
    for holder in (el.getparent(), figure_of(page, el)):
        if holder is not None and any(img is not el and not placeholder_src(image_src(img)) for img in islice(holder.iter(*IMAGE_TAGS), 4)):
            return True
    return False


# Sizes written into an image's address ("-1287x836", "/crop-360x240/", "2400x1600"): copies of one photo differ only by them.
_SIZES_IN_PATH = lazy(r"\d{2,4}x\d{2,4}")


def _described_file(src: str) -> bool:
    """Whether an image's file name says what it shows in four words or more ("the-only-five-email-folders.jpg")."""
    stem = unquote(src.split("?")[0].rsplit("/", 1)[-1]).rsplit(".", 1)[0]
    return len([w for w in re.split(r"[-_\s.]+", stem) if w]) >= 4


def _captioned_figure(page: Page, el: etree._Element) -> bool:
    """Whether an image is the only one of a figure with a caption that says something (a figure's zoom button or the
    site's logo beside the photo stay icons)."""
    figure = figure_of(page, el)
    return (figure is not None and next(islice((i for i in figure.iter(*IMAGE_TAGS) if i not in page.inert), 1, None), None) is None
            and any(visible_text(c) for c in figure.iter("figcaption")))


def _caption_said(page: Page, el: etree._Element) -> str | None:
    """The words of the caption an image has outside a figure, if any."""
    found = loose_caption(el, page)
    return visible_text(found[1]) if found is not None else None


# The copies an endless carousel sets before its first slide and after its last (Slick, Swiper, Owl, bxSlider, Glide, Splide).
_CLONE_CLASSES = frozenset(("slick-cloned", "swiper-slide-duplicate", "cloned", "bx-clone", "glide__slide--clone", "splide__slide--clone"))


# A box that shows photos again, larger or smaller: a lightbox, a gallery's viewer or its strip of thumbnails.
_VIEWER = lazy(r"(?:^|[\s_-])(?:gallery|lightbox|modal|swiper|slider|thumbnails?|thumbs|viewer|fullscreen|zoom|enlarge)(?:$|[\s_-])", re.IGNORECASE)


def _classed_box(el: etree._Element, pattern, depth: int) -> bool:
    """Whether one of an image's boxes, within ``depth`` levels and below the article, has a class the pattern finds."""
    return any(pattern.search(a.get("class") or "") for a in islice(el.iterancestors(), depth) if a.tag not in ("article", "main", "body"))


def _in_viewer(el: etree._Element) -> bool:
    """Whether an image stands in a lightbox, a gallery's viewer or its thumbnails, within six levels."""
    return _classed_box(el, _VIEWER, 6)


def _in_playlist(el: etree._Element) -> bool:
    """An image in a video player's playlist, within eight levels: the thumbnails of the other videos it plays next
    (CNN's "video-playlist__items-container" beside the story's video), not the article's photos."""
    return _classed_box(el, _PLAYLIST, 8)


# (a video player's list, or its items: not a podcast page's own episode that a button adds to the listener's list, arteradio's
# "player-playlist-element")
_PLAYLIST = lazy(r"(?:^|[\s_-])(?:video|jw|vjs)[-_]?playlist|playlist(?:__|-)items?(?:$|[\s_-])", re.IGNORECASE)


def _carousel_clone(el: etree._Element) -> bool:
    """A copy of a slide that a carousel script made so that it loops: the photo is the article's once, in its own slide."""
    return any(not _CLONE_CLASSES.isdisjoint((a.get("class") or "").split()) for a in islice(el.iterancestors(), 6))


# The byline's or the author's box: CBS Sports' "author-bio-box", "article-author", a "headshot".
_AUTHOR_BOX = lazy(r"(?:^|[\s_-])(?:author|authors|byline|headshot|mugshot|avatar|contributor)(?:$|[\s_-])", re.IGNORECASE)


def _author_photo(el: etree._Element) -> bool:
    """The author's picture: inside a link to the author (rel=author), an element marked as the author or typed
    as a Person (microdata), or a box whose class says author or byline, within four levels."""
    for a in islice(el.iterancestors(), 4):
        if a.tag in ("article", "main", "body", "section"):
            return False  # WordPress marks the whole post "author-jdoe"
        if (a.get("itemtype") or "").rstrip("/").endswith("schema.org/Person"):
            return True  # a person's card (CHIP's editor box: <figure itemtype="http://schema.org/Person"> with the name)
        if a.tag == "figure" and a.find("figcaption") is not None:
            return False  # a captioned figure is the article's, whoever it shows
        if (a.get("itemprop") or "") in ("author", "creator") or "author" in (a.get("rel") or "").split():
            return True
        if _AUTHOR_BOX.search(a.get("class") or ""):
            return True
    return False


def _captioned_image(el: etree._Element) -> bool:
    """Whether a linked image has a caption of its own beside it, not a teaser's linked title (CNN's
    "media__caption" that links to the other story, its address under /media/)."""
    found = loose_caption(el)
    if found is None:
        return False
    said = len(visible_text(found[1]).replace(" ", ""))
    linked = sum(len(visible_text(a).replace(" ", "")) for a in found[1].iter("a"))
    return linked < said * 0.8


def _boxed(page: Page, el: etree._Element, root: etree._Element) -> bool:
    """Inside an aside, nav, footer, teaser or related box within the article, or inside a control
    (answers kept per element, so the images of a deeply nested page cost one walk)."""
    def decide(a: etree._Element) -> bool | None:
        if a is root:
            return False
        if a.tag == "aside" and _figure_aside(a):
            return None  # an aside that only sets a captioned figure beside the text (Politico's "story-enhancement")
        if a.tag in ("aside", "nav", "footer", "button", "label") or (a.get("role") or "") in ("complementary", "navigation"):
            return True  # boxes within the article, and images that are part of a control
        if (names_box(a) or titled_other_stories(a)) and not _holds_the_text(page, a, root) and not _LEAD_MEDIA.search(a.get("class") or ""):
            # a teaser, related-articles or comments box within the article, by its class or its heading ("Lesen Sie auch"; not
            # the box of the article's lead media, FOCUS's "mediaBlock ps-sidebar headmedia", which its layout names a sidebar)
            return True
        if a.tag == "article" and root.tag != "article" and len(squash_text(a)) < 500:
            return True  # a story's card in the headline's column, which stands in no <article> of its own (Clarín)
        return None

    return page.walk_up(el.getparent(), f"boxed-in:{id(root)}", decide)


# The class of the box of the article's own lead photo or video.
_LEAD_MEDIA = lazy(r"(?:^|[\s_-])(?:head|lead|hero|top)[-_]?(?:media|image|img|photo|picture)(?:$|[\s_-])", re.IGNORECASE)


def _figure_aside(aside: etree._Element) -> bool:
    """An aside that holds one captioned figure and nothing else: no link or heading outside it, no words of its own; or,
    without <figure>, one image and the element classed as its caption (The Nation's <aside class="image"><img>
    <p class="caption">…</p></aside>)."""
    figures = [f for f in aside.iter("figure") if not any(a.tag == "figure" for a in takewhile(lambda a: a is not aside, f.iterancestors()))]
    if not figures and len(list(aside.iter("img"))) == 1:
        captions = [el for el in aside.iter() if CAPTION_CLASS.search(el.get("class") or "") and visible_text(el)]
        return bool(captions) and not any(el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") or el.tag == "a" and next(el.iter("img"), None) is None
                                          for el in aside.iter()) and visible_text(aside) == visible_text(captions[0])
    if len(figures) != 1 or not any(visible_text(c) for c in figures[0].iter("figcaption")):
        return False
    inside = set(figures[0].iter())
    outside = [el for el in aside.iter() if el not in inside and el is not aside]
    return not any(el.tag in ("a", "h1", "h2", "h3", "h4", "h5", "h6") for el in outside) and visible_text(aside) == visible_text(figures[0])


def _holds_the_text(page: Page, box: etree._Element, root: etree._Element) -> bool:
    """Whether a "box" holds most of the article's paragraphs: Vox's layout "l-sidebar-fixed" is the
    article's column beside a sidebar, not the sidebar."""
    paragraphs = page.memo(f"paragraphs-in:{id(root)}", lambda p: root.xpath("count(.//p)"))
    return paragraphs >= 3 and box.xpath("count(.//p)") >= 0.75 * paragraphs


# A link to a page that shows the image larger or in a gallery: an image of the article, when a caption stands beside it
# (the Bundesrat's "SharedDocs/bilder/…/galerien/…", Wikipedia's "/wiki/File:…", a CMS's "Media.svc/GetMedia/…").
_IMAGE_PAGE = lazy(
    r"(?:^|[/_.=-])(?:bilder?|images?|photos?|fotos?|media|galler(?:y|ies)|galerien?|galleria|fotostrecken?|bilderstrecken?|"
    r"lightbox|slideshows?|diashows?|zoom|g-\d+)(?:$|[/_.?=-])|/(?:file|datei|fichier|archivo):",
    re.IGNORECASE,
)


def _link_around(el: etree._Element) -> etree._Element | None:
    """The nearest <a> around an image, within three levels."""
    return next((a for a in islice(el.iterancestors(), 3) if a.tag == "a"), None)


def _link_of(el: etree._Element) -> str:
    a = next((a for a in el.iterancestors("a") if a.get("href")), None)
    return a.get("href").strip() if a is not None else ""


def _teaser_link(page: Page, el: etree._Element) -> bool:
    """Inside a link to another page (not to the full-size image, nor to this page itself): a teaser. (Answers
    kept per element: the images of a deeply nested page cost one walk.)"""
    def decide(a: etree._Element) -> bool | None:
        if a.tag == "a" and a.get("href"):
            href = a.get("href").strip()
            if href.startswith("#") or href.lower().startswith("javascript:"):
                return False  # opens a lightbox on this page
            # (a link to this page that says which box it was clicked in, "?ref=principais-manchetes", is a list of stories' card too)
            return not _IMAGE_FILE.search(href) and not (_links_to_itself(page, href) and not _card_link(a, href) and not _BOX_REF.search(href)) \
                and not _extends_own_address(page, href)
        if a.tag in ("article", "main"):
            return False
        return None

    return page.walk_up(el.getparent(), "teaser-link", decide)


def _list_card(page: Page, el: etree._Element) -> bool:
    """An image in a list item that links, beside it, to another story by its title: a list of stories' card
    (<li class="streamshort"><div><img></div><span><a href="/zuzel/903465/…">Żużel. Typer WP …</a></span></li>), not a
    gallery's item nor a paragraph of the text that happens to stand in a list."""
    item = None
    for a in islice(el.iterancestors(), 5):
        if a.tag in ("figure", "article", "main", "body"):
            break
        if a.tag == "li":
            item = a
            break
    if item is None:
        return _heading_card(page, el)
    if next(islice(item.iter(), 60, None), None) is not None:
        return False  # (a list item of sixty elements and more is a box of its own, not a card)
    holding = set(el.iterancestors())
    for link in item.iter("a"):
        href = (link.get("href") or "").strip()
        if link in holding or not href or href.startswith("#") or href.lower().startswith("javascript:") or _IMAGE_FILE.search(href):
            continue
        if len((visible_text(link) or link.get("title") or "").split()) >= 3 and not _links_to_itself(page, href):
            return not any(len(visible_text(q).split()) >= 30 for q in item.iter("p"))
    return False


def _heading_card(page: Page, el: etree._Element) -> bool:
    """An image in a small box beside a heading that links to another story: a story's card outside a list
    (Clarín's <div class="content-new"><div class="mg"><picture><img></picture></div><div class="mt"><a href="/politica/…">
    <h2>…</h2></a></div></div>)."""
    holding = set(el.iterancestors())
    for box in islice(el.iterancestors(), 4):
        if box.tag in ("figure", "article", "main", "body") or next(islice(box.iter(), 40, None), None) is not None:
            return False
        for heading in box.iter("h2", "h3", "h4", "h5", "h6"):  # (jungle.world's Drupal cards title the story in an h5)
            if _HIDDEN_CLASS.search(heading.get("class") or "") or _FILE_NAME.search(visible_text(heading)):
                continue  # Drupal's media element names its file in a hidden heading: the image's own page
            link = next(heading.iter("a"), None)
            if link is None:
                link = next((a for a in heading.iterancestors() if a.tag == "a"), None)
                if link is None or box not in link.iterancestors():
                    continue  # (a link around the heading, within the box)
            href = (link.get("href") or "").strip()
            if link in holding or not href or href.startswith("#") or href.lower().startswith("javascript:") or _IMAGE_FILE.search(href):
                continue
            if not _links_to_itself(page, href) and not any(len(visible_text(q).split()) >= 30 for q in box.iter("p")):
                return True
    return False


def _links_to_itself(page: Page, href: str) -> bool:
    """Whether a link leads to the page it stands on (a theme that links the post's own image to the post's address)."""
    own = page.address
    if not own:
        return False
    try:
        return _same_address(urljoin(own, href), own)
    except ValueError:
        return False


def _extends_own_address(page: Page, href: str) -> bool:
    """Whether a link leads to a view of this very page: its address and more after a separator (the Nachrichten and
    Die Tagespost's photo view "…/artikel;art114,3177663,B::pic344,2280168" of "…/artikel;art114,3177663")."""
    own = page.address
    if not own:
        return False
    own = own.split("#")[0].split("?")[0]
    try:
        target = urljoin(own, href).split("#")[0]
    except ValueError:
        return False
    # (not "?ref=…", a box's card, nor "/actions", another page under this one)
    return len(target) > len(own) and target.startswith(own) and target[len(own)] in ",;"


_BOX_REF = lazy(r"[?&](?:ref|utm_\w+|src|from|source|itm_\w+|intcmp|cmpid)=[^&#]", re.IGNORECASE)


def _card_link(link: etree._Element, href: str) -> bool:
    """Whether another link beside the image's, within three levels, leads to the same page: a card that shows a story
    with its title (a box of recommended stories that shows this one too), not the article's own image."""
    target = urlsplit(href)._replace(query="", fragment="").geturl()
    box = link
    for _ in range(3):
        box = box.getparent()
        if box is None or box.tag in ("article", "main", "body"):
            return False
        for other in islice(box.iter("a"), 50):  # (a card has a few links; a box of hundreds is no card, and reading it for each image is quadratic)
            if other is not link and (other.get("href") or "").strip() and \
                    urlsplit((other.get("href") or "").strip())._replace(query="", fragment="").geturl() == target:
                return True
    return False


def _same_address(a: str, b: str) -> bool:
    def plain(url: str) -> tuple[str, str]:
        parts = urlsplit(url)
        return (parts.hostname or "").removeprefix("www."), parts.path.rstrip("/")
    return plain(a) == plain(b)


# The size, crop and density marks that CMSs add to an image's file name: "-1024x683", "_800x450", "-scaled", "@2x", NPR's "-s1100-c50".
_SIZE_MARKS = lazy(r"(?:[-_](?:\d{2,4}x\d{2,4}|scaled|large|medium|small|thumb|thumbnail|full|original|s\d{3,4}(?:-c\d{2,3})?)|@\dx)+$", re.IGNORECASE)
_GENERIC_NAMES = frozenset((
    "image", "images", "img", "photo", "picture", "preview", "default", "logo", "share", "social", "og-image", "ogimage",
    "placeholder", "fallback", "thumbnail", "cover", "header", "hero", "banner", "index", "facebook", "twitter", "sharing",
))


def image_key(url: str) -> str:
    """An image's file name without its folder, query, extensions and size marks ("" when too short or generic to tell
    one image from another): "/wp-content/uploads/2018/10/Senate-resumes-1024x683.jpg?resize=650" → "senate-resumes"."""
    name = unquote(url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1]).lower()
    if "url=" in url and (proxied := _PROXIED.search(url)) is not None:
        return image_key(unquote(proxied["url"]))  # an image service's copy of the photo at url=: Next.js' "/_next/image?url=…&w=1920"
    stem = name.split(".")[0]
    if len(stem) < 5:  # a name of dotted words: CNN's "Gal.syria.assad.army.jpg_-1_-1.jpg" is "gal.syria.assad.army"
        stem = _IMAGE_EXTENSION.split(name, maxsplit=1)[0]
    stem = _SIZE_MARKS.sub("", _TYPO3_PROCESSED.sub(r"\1", stem))
    return stem if len(stem) >= 5 and stem not in _GENERIC_NAMES else ""


# The photo an image proxy serves, named in its query ("/_next/image?url=https%3A%2F%2F…%2Fphoto.jpg&w=1920&q=75").
_PROXIED = lazy(r"[?&](?:url|src|image)=(?P<url>(?:https?(?::|%3A)|%2F|/)[^&#]+)", re.IGNORECASE)


# TYPO3's copy of an image cut to a size: "csm_" before the original's name and a hash of ten hex digits after it
# ("/typo3temp/assets/_processed_/3/8/csm_1548246983_4a00f159fc.jpg" of "1548246983.jpg").
_TYPO3_PROCESSED = lazy(r"^csm_(.+)_[0-9a-f]{10}$")


_IMAGE_EXTENSION = lazy(r"\.(?:jpe?g|png|gif|webp|avif|svg)", re.IGNORECASE)


_LEAD_METAS = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")


def lead_image(page: Page) -> etree._Element | None:
    """The photo the page's metadata names as its image (og:image, twitter:image, the article's JSON-LD image), where the
    page shows it outside navigation, asides, teasers and other stories: the article's lead photo, wherever the template
    puts it (WordPress's featured image and Vox's hero above the <article>, often with alt="")."""
    def find(p: Page):
        from ..structured import main_article
        from .images import decorative, images

        keys = set()
        for name in _LEAD_METAS:
            keys.add(image_key(p.meta_said(name)))
        found = main_article(p)
        if found is not None:
            keys.update(image_key(url) for url in _urls(found[1].get("image")))
        keys.discard("")
        if not keys:
            return None
        body = p.root.find("body")
        if body is None:
            return None
        root = content_root(p)
        near: etree._Element | None = None  # the first that matches by a suffix only, when none matches exactly
        for el in images(p):
            names = {image_src(el), el.get("src") or "", el.get("data-src") or ""}
            for attr in ("srcset", "data-srcset"):
                names.update(part.split()[0] for part in (el.get(attr) or "").split(",") if part.split())
            said = unquote(" ".join(names)).lower()
            if not any(key[:8] in said for key in keys):
                continue  # (the cheap test first: every key that names this image, or one a suffix lengthened, starts so)
            shown = {image_key(n) for n in names}
            exact = bool(shown & keys)
            if not exact and (near is not None or not any(_same_image(key, lead) for key in shown for lead in keys)):
                continue
            inside = root is not None and root in set(el.iterancestors())
            scope = root if inside else body
            link = _link_of(el)
            if decorative(el) or _boxed(p, el, scope) or _author_photo(el) or link and not (
                    link.startswith("#") or _IMAGE_FILE.search(link) or _IMAGE_PAGE.search(link) or _links_to_itself(p, link)):
                continue  # (a link to the page itself is no teaser here, even beside the linked title: the post's own cover)
            if root is not None and not inside and (
                    p.order[el] > p.order[root] or any(a.tag in ("article", "li") for a in el.iterancestors())):
                continue  # outside the article, only a photo above it: not this story's card in a list of stories, nor one below it
            if iconish((el.get("class") or "") + " " + image_src(el)[-80:]) or _small(el, 100):
                continue
            if exact:
                return el
            near = el
        return near

    return page.memo("lead-image", find)


def _same_image(a: str, b: str) -> bool:
    """Whether two image keys name one image: the same, or one with a suffix an image service adds to the other's
    ("junior_201_1-1_k0mek0" from Cloudinary, "business-focus-strategy-oaqhevqivwzz…" from an optimizing plugin)."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return a == b or len(short) >= 8 and len(long) > len(short) and long.startswith(short) and long[len(short)] in "-_"


def _urls(value) -> list[str]:
    """The addresses a JSON-LD image property gives: a URL, an ImageObject, or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl")
        return [url] if isinstance(url, str) else []
    if isinstance(value, list):
        return [u for v in value[:10] for u in _urls(v)]
    return []


def _small(el: etree._Element, minimum: int) -> bool:
    """Whether the image's width or height attribute is below minimum pixels (a 0 beside a large size is unknown,
    not small). AMP's responsive layout takes its size from the page: width and height as small as width="16"
    height="9" give only the aspect ratio (but a thumbnail's width="135" height="75" are its pixels); a fixed
    height sets the height alone."""
    layout = (el.get("layout") or "").lower()
    if layout in ("responsive", "fill", "flex-item"):
        sizes = [(el.get(attr) or "").strip().removesuffix("px") for attr in ("width", "height")]
        if all(v.isdigit() and int(v) <= 32 for v in sizes):
            return False
    given = {attr: (el.get(attr) or "").strip().removesuffix("px") for attr in ("width", "height")}
    for attr in ("width", "height") if layout != "fixed-height" else ("height",):
        value = given[attr]
        other = given["height" if attr == "width" else "width"]
        if value == "0" and other.isdigit() and int(other) >= minimum:
            continue  # a size the template left unknown beside a large one (Arc's resizer: width="1440" height="0")
        if value.isdigit() and int(value) < minimum:
            return True
    return False


_IMAGE_OPTIONS = {
    "image-selector": {
        "type": ["string", "null"],
        "format": "css-selector",
        "default": None,
        "description": "CSS selector of the article images; default: images in the article (not in asides, navs or footers).",
    },
    "exclude-selector": {
        "type": ["string", "null"],
        "format": "css-selector",
        "default": None,
        "description": "CSS selector of images that are never article images.",
    },
    "min-size": {
        "type": "integer",
        "minimum": 0,
        "default": 100,
        "description": "Images whose width or height attribute is smaller than this many pixels are not article images.",
    },
}
_CREDIT_OPTIONS = {
    "credit-selectors": {
        "type": "array",
        "items": {"type": "string", "format": "css-selector"},
        "default": CREDIT_SELECTORS,
        "description": "CSS selectors, inside the figure, of the element that holds the credit.",
    },
    "credit-prefix": {
        "type": "string",
        "format": "regex",
        "default": CREDIT_PREFIX,
        "description": "Regular expression (case-insensitive) for how a credit starts inside a caption.",
    },
}


class ImageWithoutCaption(Rule):
    code = "CAP001"
    name = "image-without-caption"
    family = FAMILY
    summary = "An article image is not in a figure with a non-empty figcaption."
    rationale = (
        "News images need context: who, where, when. A figure with a figcaption ties the caption to "
        "the image for assistive technology, reading modes and syndication; a template that drops it "
        "publishes unexplained photos."
    )
    fix = "Wrap the image in <figure> and put the caption (and credit) in its <figcaption>."
    wcag = ("1.1.1", "1.3.1")
    techniques = ("H86", "G74")
    severity = Severity.WARNING
    options = {"type": "object", "additionalProperties": False, "properties": dict(_IMAGE_OPTIONS)}
    incorrect = (
        _example('<img src="aleppo.jpg" alt="Soldiers beside an armoured vehicle" width="940" height="529"><p>Text.</p>'),
        _example('<figure><img src="aleppo.jpg" alt="Soldiers beside an armoured vehicle"><figcaption> </figcaption></figure>'),
    )
    correct = (
        _example('<figure><img src="aleppo.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo</figcaption></figure>'),
        _example('<img class="author-avatar" src="me.jpg" alt="Lisa Schmidt"><img src="pixel.gif" alt="" width="1" height="1">'
                 '<img src="icon.svg" alt="Share" width="16" height="16"><aside><img src="teaser.jpg" alt="Teaser"></aside>'
                 '<div class="author-bio"><a rel="author" href="/authors/lisa-schmidt"><img src="lisa.jpg" alt="Lisa Schmidt"></a></div>'),
    )

    def check(self, page, options):
        for el in article_images(page, options):
            figure = figure_of(page, el)
            figcaption = figure.find(".//figcaption") if figure is not None else None
            if figure is None:
                yield self.problem(el, "article image is not in a <figure>; wrap it in one with a <figcaption> that says who, where and when")
            elif figcaption is None or not visible_text(figcaption):
                what = "has no <figcaption>" if figcaption is None else "has an empty <figcaption>"
                yield self.problem(el, f"the figure of this article image {what}; caption it: who, where, when")


class ImageWithoutCredit(Rule):
    code = "CAP002"
    name = "image-without-credit"
    family = FAMILY
    summary = "A captioned article image carries no photo credit."
    rationale = "Agencies and photographers license images on condition of a credit; a template that drops it exposes the newsroom legally."
    fix = "Add the credit inside the figure, e.g. <small class=\"credit\">Image: picture-alliance/AP Photo/H. Ammar</small>."
    wcag = ()
    techniques = ()
    options = {"type": "object", "additionalProperties": False, "properties": {**_IMAGE_OPTIONS, **_CREDIT_OPTIONS}}
    incorrect = (_example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo</figcaption></figure>'),)
    correct = (
        _example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo '
                 '<small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small></figcaption></figure>'),
        _example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo. '
                 'Photo: Hassan Ammar/AP</figcaption></figure>'),
        _example('<figure><img src="a.jpg" alt="Soldiers"><figcaption>Soldiers in Aleppo <span itemprop="copyrightHolder">AP</span></figcaption></figure>'),
    )

    def check(self, page, options):
        for el in article_images(page, options):
            figure = figure_of(page, el)
            if figure is None:
                continue  # image-without-caption reports it
            figcaption = figure.find(".//figcaption")
            if figcaption is None or not visible_text(figcaption):
                continue
            _, credit = credit_in(page, figure, figcaption, options)
            if not credit:
                yield self.problem(el, "article image has no credit; add one to the caption, e.g. “Image: picture-alliance/AP Photo/H. Ammar”")


class CreditRule(Rule):
    code = "CAP003"
    name = "credit-format"
    family = FAMILY
    summary = "A photo credit names no source, or does not follow the house format."
    rationale = ("Credits are read by people and by syndication and rights systems; an empty “Image:”, a placeholder (“Image: NA”, "
                 "“Foto: unbekannt”) or a free-form credit breaks both.")
    fix = "Write the credit as the house format says, e.g. “Image: picture-alliance/AP Photo/H. Ammar” (agency or photographer, slash-separated)."
    severity = Severity.ERROR
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            **_IMAGE_OPTIONS,
            **_CREDIT_OPTIONS,
            "pattern": {
                "type": ["string", "null"],
                "format": "regex",
                "default": None,
                "description": "Regular expression the whole credit must match, e.g. DW's ^Image: [^/\\s][^/]*(?:/[^/\\s][^/]*)*$.",
            },
            "format-hint": {
                "type": "string",
                "default": "the house format",
                "description": "How the format is described in messages, e.g. “Image: <agency or photographer>[/<…>]”.",
            },
        },
    }
    incorrect = (
        _example('<figure><img src="a.jpg" alt="Soldiers"><figcaption>Syrian army troopers in Aleppo <small class="credit">Image:</small></figcaption></figure>'),
        _example('<div class="wp-caption"><img src="a.jpg" alt="Soldiers" width="940" height="529"><p class="wp-caption-text">'
                 'Syrian army troopers in Aleppo <span class="credit">(Image: NA)</span></p></div>'),
    )
    correct = (
        _example('<figure><img src="a.jpg" alt="Soldiers"><figcaption>Syrian army troopers in Aleppo <small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small></figcaption></figure>'),
        _example('<div class="wp-caption"><img src="a.jpg" alt="Soldiers" width="940" height="529"><p class="wp-caption-text">'
                 'Syrian army troopers in Aleppo <span class="credit">(Image: Hassan Ammar/AP)</span></p></div>'),
    )

    def check(self, page, options):
        from .images import split_caption

        for el in article_images(page, options):
            figure = figure_of(page, el)
            if figure is not None:
                figcaption = figure.find(".//figcaption")
                credit_el, credit = credit_in(page, figure, figcaption, options)
                where = credit_el if credit_el is not None else (figcaption if figcaption is not None else el)
            else:  # a caption box without <figure> (WordPress's wp-caption, Reach's "newsCaption"), as the model reads it
                loose = loose_caption(el, page) or credited_box(el)
                if loose is None:
                    continue
                found = split_caption(page, *loose)
                credit_el, credit = found.credit_element, found.credit
                where = credit_el if credit_el is not None else loose[1]
            if not credit:
                continue
            source = squash(re.sub(CREDIT_PREFIX, "", credit.strip(" ()[]"), count=1, flags=re.IGNORECASE).strip(" :/()[]"))
            said = source.casefold().strip(" .")
            if not re.search(r"\w", source) or _LABEL_ALONE.fullmatch(source) \
                    or said in _NO_SOURCE and not (source == "NA" and page.lang.lower().startswith("es")):
                # (in Spanish, "NA" is an agency: Argentina's Noticias Argentinas, "(Foto: NA)")
                yield self.problem(where, f"credit “{credit}” names no source; name the agency or photographer")
            elif options["pattern"] and not patterns.fullmatch(options["pattern"], credit):
                yield self.problem(where, f"credit {quote(credit, 80)} does not follow {options['format-hint']}")


# What a template or an editor writes where the credit's source was not filled in: "(Image: NA)", "Foto: unbekannt".
_NO_SOURCE = frozenset((
    "na", "n/a", "n.a", "n. a", "nn", "n.n", "unknown", "none", "null", "undefined", "tbd", "tbc", "xx", "xxx", "x", "?", "-", "–",
    "credit", "source", "photographer", "photo credit", "image credit", "copyright",
    "unbekannt", "k.a", "k. a", "o.a", "ohne angabe", "quelle", "fotograf", "inconnu", "inconnue", "desconocido", "sconosciuto", "onbekend",
))


RULES = [ImageWithoutCaption, ImageWithoutCredit, CreditRule]
