"""People's names in bylines and signatures: splitting a byline's text into names, and telling names from roles, desks, agencies, places and dates."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..dates import PUBLISHED_WORDS, UPDATE_WORDS, parse_visible_date
from .. import lazyre
from ..lazyre import lazy
from ..signoffs import AGENCIES, FULL_NAMES, SPELLED_OUT, agency_named
from ..text import normalize, squash
from .source import Source


# A label of the story's kind before "by" (CNN's "Analysis by …"), a correspondent's title after the label
# ("Von unserem Korrespondenten …", "Par notre correspondante …"): where a byline opens, as "By" does.
_KIND_OR_TITLE_BY = (
    r"(?:an?\s+)?(?:guest\s+)?(?:news\s+)?(?:opinion|analysis|commentary|interview|review|essay|column|perspective|post|blog\s+post)\s+by|"
    r"as\s+told\s+to|"  # a first-person essay's writer: Business Insider's "As told to Jane Doe"
    # "Testo di", "Texte de", "Un article de", "Texto de": the text's own word before the writer's "by" in Romance languages
    r"(?:texte|texto|testo|(?:un\s+)?article|artigo|articolo|intervista|entrevista|reportagem|reportaje)\s+(?:de|di|da|do|por|par)(?=\s+(?-i:[A-ZÀ-Þ]))|"
    r"von\s+unsere[mr]\s+(?:\w+\s+)?(?:korrespondent(?:en|in)|redakteur(?:in)?|mitarbeiter(?:in)?|reporter(?:in)?)|"
    r"par\s+notre\s+(?:correspondante?|envoyée?\s+spéciale?|journaliste)|por\s+nuestr[ao]\s+(?:corresponsal|enviad[ao]\s+especial)|"
    r"door\s+onze\s+(?:correspondent|verslaggever|redacteur)|dal(?:la)?\s+nostr[ao]\s+(?:inviat[ao]|corrispondente)|"
    r"γράφει(?:\s+(?:ο|η|οι))?"  # Greek: "Γράφει ο Γιώργος Παπαδόπουλος"
)
_BY = lazy(
    r"^\s*(?:(?:" + _KIND_OR_TITLE_BY + "|"
    r"(?:ein\s+|blog[- ]?)?(?:artikel|beitrag)\s*von|(?:eine?\s+)?(?:kommentar|gastkommentar|gastbeitrag|analyse|kolumne|essay|reportage|glosse)\s+von|propos\s+recueillis\s+par|entretien\s+réalisé\s+par|(?:eine\s+)?pressemitteilung\s+von|im\s+wortlaut\s+von|interview\s*:|(?:article|posted|story)\s+by|"
    r"posted\s+on\s+[^|]{3,40}?\s+by|posted\s+in\s+[^|]{2,40}?\s+by|submitted\s+by|(?:gespeichert|eingestellt|verfasst|geschrieben|erstellt)\s+von\s*:?|alles\s+von|"
    r"publié\s+par|publicado\s+por|pubblicato\s+da|text\s+von|reported\s+by|(?:words|story|compiled|reporting|writing)\s+by|from(?=\s+(?-i:[A-ZÀ-Þ]))|"
    r"by|von|par|por|di|door|av|af|oleh|بقلم|מאת|โดย|redaktion\s*:|autor(?:in|/in|\*in|:in)?|auteure?|autore|autora|author|written by|penulis|escribe|escrito por|scritto da|écrit par|text(?:\s*(?:&|und|and|/)\s*(?:fotos?|bilder?|photos?))?|"
    r"napisał(?:a)?|napsal(?:a)?|rédigé\s+par|skrevet\s+a[fv]|írta|toimittaja)\s*:?\s+|(?:texto|reportagem|reporter|writers?|wartawan|pewarta|muhabir|words|story|report)(?:\s*(?:&|and)\s*(?:pictures|photos?|images))?\s*:\s*|(?:责任编辑|编辑|作者|记者|撰文|著者|文|取材・文|文・写真|بقلم|كتب|نویسنده|लेखक|текст|автор|tekst|texte|testo|autorka|yazan|yazar|szerző|teksti|toimittaja|redacción|tác giả|מאת|autorius|autorė|autors|forfatter|författare|kirjoittaja|opracowanie|συντάκτης|κείμενο|contributor|piše|pišu|пише|пишу|аутор|ауторка|avtor|avtorica|avtorji|müəllif|ავტორი|Հեղինակ)\s*[:：՝]\s*|(?:文|作者|记者|記者)\s*[／/]\s*(?:图\s*[／/]?\s*)?)",
    re.IGNORECASE,
)
# "et", "y" and "e" join names only in lower case: "Sarah E. Needleman" and "Bruce Y. Lee" have a middle initial.
_NAME_SPLIT = lazy(r"\s*(?:,|;|\||&|、|，|\s[·•]\s|\band\b|\bund\b|(?-i:\b(?:et|y|e|i|og|och|ja|és|ve|și|şi|и|і|και|dhe)\b)(?!\.)|\bim gespräch mit\b|\bin conversation with\b|\bim interview mit\b)\s*", re.IGNORECASE)
_NOT_A_NAME = lazy(
    r"https?:|www\.|@|[„“”«»《》〈〉]|\+\d|^\d|\d{3,}|\d[:.]\d|^\W*$|\b(?:view|archive|follow|twitter|facebook|share|more|stories|recent|profile|profil|"
    r"lesedauer|minutes?|minuten|updated|published|e-?mail|contact|kontakt|posted|comments?|kommentare?|read|"
    r"bio|policies|policy|learn|erfahren|designed|powered|weiterlesen|veröffentlicht|publiziert|erschienen|publicado|publié|pubblicato|stand|datum|über uns|people|artikel von|beitrag von|posted by|article by|aktualisierung|userprofile|unknown|youtube|vimeo|datenschutz\w*|passwort|zuletzt|geändert|autorenseite|anonym\w*|anónimo|rss|feed|registrieren|anmelden|log ?in|sign (?:in|up)|subscribe|watch live|live tv|"
    r"articles?|artikel|articoli|artículos|artigos|beiträge)\b",  # a link to the author's page: Slate.fr's "Ses articles"
    re.IGNORECASE,
)
# The word for author in other languages too: French "auteur", Hungarian "szerző" (ma.hu's <sub class="szerzo">), Danish and
# Norwegian "forfatter", Swedish "skribent", Turkish "yazar" and "muhabir" (the reporter, Anadolu's "detay-muhabir"), Indonesian
# "penulis". Drupal shows the node's author in its "uid" field.
_AUTHOR_CLASS = lazy(r"(?:^|[\s_-])(?:author|byline|autor|writer|reporter|contributor|verfasser|auteur|szerz[oő]|forfatter|skribent|yazar|muhabir|penulis)\w*(?:$|[\s_-])"
                     r"|field--name-uid\b|(?:^|\s)submitted[-_]by(?:$|\s)"
                     # (Drupal's "submitted-by"; Spanish papers' signature, El Mundo's <p class="firma">)
                     r"|(?:^|\s)firma(?:$|\s)",
                     re.IGNORECASE)

# The desks a role names ("Political Correspondent", "Deputy Health Editor").
_DESKS = (
    r"political|chief|deputy|foreign|economics?|diplomatic|health|education|legal|security|defen[cs]e|environment(?:al)?|"
    r"international|national|global|associate|assistant|managing|executive|special|investigative|data|digital|media|"
    r"arts|travel|climate|royal|medical|crime|transport"
)
# Reporters' and editors' roles in other languages than English and German ("Jan Jansen, verslaggever").
_ROLES_ABROAD = (r"verslaggever|correspondente?|correspondante?|journaliste|periodista|corresponsal|giornalista|corrispondente|"
                 r"jornalista|rep[óo]rter|redacteur|rédact(?:eur|rice)|redactora?|redatt(?:ore|rice)|dziennikar(?:z|ka)|korespondent(?:ka)?|"
                 r"redakt(?:ör|ør)|toimittaja")
_ROLE_WORDS = lazy(
    r"^(?:writer|editor|editors|editorial|contributor|contributors|correspondent|reporter|columnist|staff|ph\.?d\.?|m\.?d\.?|"
    r"news|politics|business|culture|games|opinion|senior|sports?|tech|technology|science|entertainment|"
    r"redakteur(?:in)?|korrespondent(?:in)?|mitarbeiter(?:in)?|autor(?:in)?|journalist(?:in)?|fotograf(?:in)?|photographer|professor|"
    r"(?:presse)?sprecher(?:in)?|projektleiter(?:in)?|agencies|agências|agencias|agences|agenturen|agenzie|report|reports|reporting|fellow|intern|producer|host|"
    # the desk a role names: "Political Correspondent", "Chief Foreign Correspondent", "Deputy Health Editor"
    rf"{_DESKS}|correspondents|reporters|writers|{_ROLES_ABROAD})$",
    re.IGNORECASE,
)

# A person's role written after the name ("Kathrin Klinkusch Pressesprecherin"), not a desk ("Our Foreign Staff").
_PERSON_ROLE = lazy(
    r"^(?:writer|editor|correspondent|reporter|columnist|photographer|professor|redakteur(?:in)?|korrespondent(?:in)?|"
    rf"mitarbeiter(?:in)?|journalist(?:in)?|fotograf(?:in)?|(?:presse)?sprecher(?:in)?|projektleiter(?:in)?|{_ROLES_ABROAD})$",
    re.IGNORECASE,
)

# Companies, public bodies, web addresses and CMS accounts that sites put where the author goes.
_ORGANIZATION = lazy(
    r"\b(?:gmbh|ag|inc|ltd|llc|e\.\s?v|amt|ministry)\b|(?:verlag|stiftung|gesellschaft|verband|institut|ministerium|fraktion|studio|departement|department)\b|"
    # a company's legal form at the end, a group of companies: "AWR Wprost Sp. z o.o.", "Ringier Axel Springer Polska S.A.", "Amedia AS",
    # "Grupa Wirtualna Polska" (money.pl's second author tag after the agency's "PAP")
    r"(?:,?\s(?:sp\.\s?z\s?o\.\s?o|s\.\s?a|s\.\s?r\.\s?o|a\.\s?s|s\.\s?l\.?u?|s\.\s?a\.\s?s|b\.\s?v|n\.\s?v|s\.\s?p\.\s?a)\.?|\s(?:sarl|plc|pty|corp|ab|asa?|oyj?|kk))$|"
    r"\b(?:group|grupa|gruppe|grupo|groupe|gruppo)\b|"
    r"\w\.(?:de|com|net|org|at|ch|it|fr|uk|info|eu|es|pl)\b|"
    r"^(?:[a-z]*[-_]?admin|administrator|publisher|super ?user|webmaster|no author)$",  # CMS accounts: "jdadmin", "wordpressadmin"
    re.IGNORECASE,
)


def _beside_a_name(name: str, lang: str) -> bool:
    """A role, desk, place or weekday that a byline lists among its names."""
    words = name.split()
    if all(_ROLE_WORDS.match(w) for w in words):
        return True
    return name.casefold() in _not_people(lang)


@lru_cache(maxsize=16)
def _territories(lang: str) -> frozenset[str]:
    """Country names in English and the page's language (Babel's CLDR data)."""
    from ..dates import babel_locale

    return frozenset(name.casefold() for tag in {"en", lang} for name in babel_locale(tag).territories.values())


@lru_cache(maxsize=16)
def _not_people(lang: str) -> frozenset[str]:
    """Country, weekday and month names in English and the page's language."""
    from ..dates import babel_locale

    months = {name.casefold() for tag in {"en", lang} for name in babel_locale(tag).months["format"]["wide"].values()}
    return _territories(lang) | _cities(lang) | _weekdays(lang, "wide") | _weekdays(lang, "abbreviated") | months


@lru_cache(maxsize=16)
def _cities(lang: str) -> frozenset[str]:
    """Cities that name a time zone ("America/New_York"), and their names in the page's language
    (Babel's CLDR data): the dateline a byline puts after the name ("By Nada Tawfik, New York")."""
    from babel.core import get_global

    from ..dates import babel_locale

    out = {zone.rsplit("/", 1)[-1].replace("_", " ").casefold() for zone in get_global("zone_territories") if "/" in zone}
    for tag in {"en", lang}:
        out.update(zone["city"].casefold() for zone in babel_locale(tag).time_zones.values() if "city" in zone)
    return frozenset(out | _BUREAU_CITIES)


# Cities of many words that bylines name after the writer and no time zone does (one word beside a full name is no
# second author anyway): "By Jane Doe, New Delhi", "Por Maria Silva, Rio de Janeiro".
_BUREAU_CITIES = frozenset((
    "new delhi", "rio de janeiro", "belo horizonte", "porto alegre", "san francisco", "san diego", "las vegas", "salt lake city",
    "kansas city", "new orleans", "st. louis", "washington, d.c.", "washington d.c.", "abu dhabi", "cape town", "tel aviv",
    "st. petersburg", "saint petersburg", "sankt petersburg", "the hague", "den haag", "frankfurt am main", "kuwait city",
    "panama city", "guatemala city", "quebec city", "ho chi minh city", "ciudad de méxico", "são paulo", "hong kong",
    "नई दिल्ली",  # New Delhi in Hindi: "राहुल शर्मा, नई दिल्ली"
))


@lru_cache(maxsize=32)
def _weekdays(lang: str, width: str) -> frozenset[str]:
    """Weekday names (“Monday” or “Mon”) in English and the page's language (Babel's CLDR data)."""
    from ..dates import babel_locale

    return frozenset(name.casefold().rstrip(".") for tag in {"en", lang} for name in babel_locale(tag).days["format"][width].values())


@lru_cache(maxsize=1)
def _agencies() -> tuple[str, ...]:
    return tuple(dict.fromkeys((*AGENCIES, "CNN", "BBC", *FULL_NAMES, *SPELLED_OUT)))  # and their other spellings: "AA", "ТАСС", "رويترز"


@lru_cache(maxsize=1)
def _agency_codes() -> frozenset[str]:
    return frozenset(a.casefold() for a in _agencies())


def _agencies_of(name: str) -> list[str]:
    """The agencies a byline's name stands for: an agency as the vocabulary or its full name says it ("The Associated Press"),
    its staff or news service ("Reuters Staff", "Kyodo News", "PA Media"), its newsroom or "from" ("Redazione ANSA", "Da
    Reuters"), two joined with a hyphen ("AFP-JIJI"), or one before a city ("EFE / Madrid")."""
    def named(text: str) -> str | None:
        text = text.strip(" .")
        return agency_named(text, AGENCIES) or agency_named(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE), AGENCIES)

    name = squash(name)
    found = named(name)
    if found:
        return [found]
    words = name.split()
    if len(words) >= 2 and words[-1].casefold() in _AGENCY_SERVICE and (found := named(" ".join(words[:-1]))):
        return [found]
    if len(words) >= 2 and words[0].casefold() in _AGENCY_DESK and (found := named(" ".join(words[1:]))):
        return [found]
    parts = re.split(r"\s*[-–/]\s*", name)
    if len(parts) == 2:
        first, second = named(parts[0]), named(parts[1])
        if first and second:
            return [first, second]  # "AFP-JIJI": the wire and the partner that carries it
        if first and _person_like(parts[1]) is False and parts[1][:1].isupper() and " " not in parts[1].strip():
            return [first]  # "EFE / Madrid": the agency, then where it reports from
    return []


# The words of a byline that names wire copy and no one: "Staff and wire reports", "With wires", "By news service reports"
# (a desk's own name, "News Desk", "BWW News Desk", is the byline's, as readers and metadata name it).
_DESK_WORDS = frozenset("from staff wire wires reports report agencies agency services service our and with news".split())
_WIRE_WORDS = frozenset("wire wires reports report agencies agency services service".split())
# The words after an agency's name that say its staff or service, and before it its newsroom or "from".
_AGENCY_SERVICE = frozenset("staff news reporters reporter media writers correspondents correspondent wire wires newsroom redaktion".split())
_AGENCY_DESK = frozenset("redazione redacción redação redaktion rédaction da de from via".split())


@lru_cache(maxsize=1)
def _agency_tail() -> re.Pattern[str]:
    """An agency written after a person's name with a slash ("Jane Doe / EFE"), or written out
    after it as AP signs ("By JANE DOE Associated Press")."""
    names = "|".join(re.escape(a) for a in sorted(_agencies(), key=len, reverse=True))
    written = "|".join(re.escape(a) for a in FULL_NAMES)
    return lazyre.compile(rf"(?<=\w)(?:\s*/\s*(?:{names})|\s+(?:the\s+)?(?:{written}))\s*$", re.IGNORECASE)


_WRITTEN_BY = lazy(r"\s*(?:written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|autor|author)\s*:?\s*$", re.IGNORECASE)
_CREDIT_AFTER = lazy(
    r"\s+(?:(?:Fotos?|Photos?|Bild(?:er)?|Images?|Illustrations?|Illustrationen|Grafik(?:en)?|Kuvat?|Kuvaaja|Beeld|Zdjęcia|Фото|Fotografías?)\s*:"
    r"|(?:Fotos?|Photos?|Photographs?|Bild(?:er)?|Illustrations?|Illustrationen|Grafik(?:en)?)\s+(?:von|by)\s)",
    re.IGNORECASE,
)
# No part of a name: e-mail addresses, and an address's domain after a handle run into it ("Jane Doe@janedoejane@post.com"
# of <span>s without spaces), handles, a note in brackets after the name, stray angle brackets.
_NOT_IN_NAME = lazy(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w-]+(?:\.[\w-]+)+|@\w+|\([^)]*\)?(?=\s*(?:$|[,;|&/]|and\b|und\b))|[<>]")
# Someone a byline names with a role in brackets that is not the writer's, and the "and" or comma before: the Guardian's
# "by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)".
_NOT_WRITER_ROLE = lazy(
    r"(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b))?\s*[^,;&()]*\((?:photos?|photography|photographs|pictures|fotos?|fotografie|"
    r"bilder|illustrations?|illustrationen|graphics|grafik(?:en)?|video|design|editing|edited)\)",
    re.IGNORECASE,
)
# Words a byline splits into that are no one's name.
# "zvg" ("zur Verfügung gestellt") credits a picture.
_NO_NAMES = frozenset({"von", "by", "par", "por", "und", "and", "und von", "mit", "with", "team", "vor", "mehr", "more", "ago", "via", "zvg",
                       "red",  # "red, ORF.at/Agenturen": the newsroom (Redaktion), not a person
                       "nachricht", "pressemitteilung", "meldung", "news",  # a list's kinds of item beside its authors
                       "our", "unser", "unsere", "notre", "nuestro", "nuestra",  # what "By Our Reporter" leaves of a desk
                       "submitted", "posted", "published", "written"})  # what "Submitted on Mon, 2019-01-21" (Drupal) leaves of its line


def letters(name: str) -> str:
    """A name's letters only, in one case: a user name "edilson.la.rosa" and "Edilson La Rosa" have the same."""
    return "".join(ch for ch in normalize(name) if ch.isalpha())


_UNFILLED_NAME = lazy(r"undefined|null|nan|nil|none|\[?object object\]?")


def _names(found: list[tuple[str, Source]], lang: str = "en") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for text, source in found:
        for name in _names_in(text, lang):
            key = normalize(name)
            if _UNFILLED_NAME.fullmatch(key) or "{{" in name or "object Object" in name:
                continue  # a value the template failed to fill ("By undefined", "By [object Object]"): no one (ART006 reports it)
            if key not in seen:
                seen.add(key)
                out.append({"name": name, "source": source})
    return out


def _spelled_out_agency(name: str) -> str:
    """The name as written, when it is an agency's name spelled out ("Press Trust of India"); "" otherwise."""
    said = squash(_BY.sub("", name)).strip(" .,;")
    return said if agency_named(said, AGENCIES) else ""


@lru_cache(maxsize=4096)
def _names_in(text: str, lang: str) -> tuple[str, ...]:
    """The names a byline text gives, in order (a byline is read twice: to choose it, then for its names)."""
    # No e-mail addresses or handles, and no "(Bruxelles, bureau européen)" after the name.
    # Chinese names have two characters: as short as that only after a label ("作者：李明"), never a link's "設定".
    shortest = 2 if _CJK_LABEL.match(text) or _CJK_ROLE.match(text) else 3
    if "(" in text:
        text = _NOT_WRITER_ROLE.sub("", text)  # "by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)"
    text = _BY.sub("", _GLUED_BY.sub("", squash(_NOT_IN_NAME.sub(" ", text)).lstrip(" -–—|·•")))
    text = _RUBRIC_THEN_BY.sub("", text)  # "Disko Von Ernst Lohoff": the rubric, then the byline
    text = _REVIEWED_THEN_WRITTEN.sub("", text)  # "Medically reviewed by John Roe, MD — Written by Jane Doe": the writer
    if (dated := _PLACE_DATE_AGENCY.fullmatch(text)) and dated["agency"].casefold() in _agency_codes():
        text = dated["agency"]  # the Deccan Herald's "Washington, Aug 23, 2012, PTI:": the agency's copy, dated where it was filed
    if lang in _BY_IN:
        text = _names_after_own_by(text, lang) or text
    text = _CJK_ROLE.sub("", text)  # "记者王敬照": the reporter Wang Jingzhao
    text = _CJK_PLACE.sub("", text).rstrip("】]）)")  # "ロンドン＝山田太郎", "【ワシントン＝山田太郎】": the place, then the reporter
    text = _CJK_PLACE_AFTER.sub("", text)  # "記者王小明／台北報導": the reporter, then where he reports from
    if lang == "nl":
        text = _DUTCH_AND.sub(", ", text)  # "Door Jan de Vries en Piet Jansen"; elsewhere "en" may say where ("en Madrid")
    elif lang in ("tl", "fil"):
        text = _TAGALOG_AND.sub(", ", text)  # "Nina Juan Santos at Maria Reyes"
    elif lang == "hi":
        text = _HINDI_BY_AFTER.sub("", text)  # "राहुल शर्मा द्वारा": Hindi says "by" after the name
    text = _said_once(text)  # "Kristen Falc'honKristen Falc'hon"
    text = _CREDIT_AFTER.split(text, 1)[0]  # "Interview: Jens Bergmann Foto: Michael Hudler"
    shown = parse_visible_date(text, "en", fallback=True)
    if shown is not None:  # “Lisa Schmidt, December 6, 2016”: the name ends where the date starts
        at = text.find(shown[1])
        after = _TIME_BEFORE_BY.match(text, at + len(shown[1])) or _TIME_BEFORE_NAME.match(text, at + len(shown[1]))
        # … unless the date comes first and "By" after it (RTÉ: “Updated / Tuesday, 6 Dec 2016 10:00 By Jane Doe”), or a separator and
        # a name (“Published May 6, 2024 · Jane Doe”, “06.05.2024 - Jane Doe”)
        text = _BY.sub("", text[after.end():]) if after is not None and not _letters_before(text[:at], lang) else text[:at]
    text = _DATE_TAIL.split(text, 1)[0].rstrip(" ,|·•–-")  # “Bo2man am 29.05.2012”
    text = _PUBLISHED_TAIL.split(text, 1)[0]  # "Par Jean Dupont Publié le 3 décembre 2026": the date's label after the name
    text = _CONNECTOR_TAIL.sub("", text)
    head, bar, tail = text.rstrip(" ,|·•–-").rpartition("|")
    if bar and (len(tail.split()) == 1 or shown is not None and len(tail.split()) <= 3) and tail.strip()[:1].isupper() \
            and len(head.split()) >= 2 and "," not in head and "|" not in head:
        # "Ahmet Yılmaz | Ankara": the city or the desk after the bar, not a second author; before the date, a city of
        # more words too (The Indian Express: "Written by Rahul Sharma | New Delhi | Updated: December 3, 2026")
        text = head
    out = []
    ended = placed = False
    for name in _split_names(text):
        if ended:
            break
        if placed and name.strip().casefold() in _territories(lang):
            placed = False
            continue  # "By Jane Doe in Kyiv, Ukraine": the country of the place the name ended at
        placed = False
        # "Written by Michael Larabel in Valve on 1 June 2019": the name ends before its role or section; and each
        # name of several ("By Jane Doe, Political Reporter, and John Roe, Health Editor"). A place or section
        # ends the byline ("Iberische Weine in Berlin - Vinos Y Tapas und Vinho Iberico").
        if _NOT_WRITERS.match(name):
            break  # "Reporting by Jane Doe; Editing by John Roe": the editor did not write it
        if " of " in name and (whole := _spelled_out_agency(name)):
            out.append(whole)  # an agency's name spelled out, whose "of" is no place: "Press Trust of India"
            continue
        cut = _ROLE_AFTER.search(name)
        if cut is not None:
            # "By Jane Doe in Cairo and John Roe in London" goes on after the place; "… in Berlin - Vinos Y Tapas" does not.
            placed = _IN_PLACE.match(cut.group()) is not None
            ended = placed and not _PLACE_ONLY.fullmatch(name[cut.end():].strip())
            name = name[: cut.start()]
        dash = _SPACED_DASH.search(name)
        if dash is not None and (_person_like(name[: dash.start()]) or _caseless_name(name[: dash.start()])):
            name = name[: dash.start()]  # "Kiran C Nair - Chrome Safe Browsing team": the team after a spaced dash
        # (and the full-width "／" of Japanese bylines, and quotes around a CMS's field: "'Luana Patriolino, Raphael Felice'")
        name = _WITH_LEAD.sub("", name)
        name = _OUTLETS_OWN.sub("", name)  # "From CNN's Jane Doe": the newsroom she works for
        name = _PROFESSION_BEFORE.sub("", name)  # "Rechtsanwalt Sebastian Einbock": the lawyer who wrote it
        if not _SURNAME_PARTICLES.match(name):  # "Von von der Leyen": the label went, the surname's "von" stays
            name = _BY.sub("", name)
        name = _EMOJI.sub("", name) if not name.isascii() else name  # "Jenny Smith ❤️", "Jane Doe 🇺🇸"
        name = squash(name).strip(" .:-–—»«›‹>/|／｜'\"“”„·•") + ("." if _SUFFIX_DOT.search(name) else "")  # "Jane Doe Jr."
        name = _said_once(name)  # "Andrea WongAndrea Wong" among other names
        if lang in _BY_IN:
            name = _names_after_own_by(name, lang) or name  # "Της Μαρίας Νικολάου και του Γιώργου Παπαδόπουλου": each name's own "by"
        name = _UI_TAIL.sub("", name)  # "Patrick Allan ProfileFollowUnfollow": the profile card's buttons
        if " " in name:
            name = _FOOTNOTE.sub("", name)  # "Marwan H. Adwan1": the affiliation's number
            outlet = _FOR_OUTLET.search(name)
            if outlet and len(name[: outlet.start()].split()) >= 2:
                name = name[: outlet.start()]  # "Brendan Carlin For The Mail": where the writer works
        if len(name) > 60 or len(name.split()) > 5:
            ended = True  # a sentence, not a name: what comes after its "and" is of the sentence too ("… w Nowej Zelandii i Polsce")
            continue
        if len(name) < shortest and not (name.isupper() and name.casefold() in _agency_codes()) or name.casefold() in _NO_NAMES \
                or _NOT_A_NAME.search(name):  # (an agency of two letters is a byline's name: "By AP")
            continue
        if ":" in name:
            continue  # "Charlotte Würdig: Trauriges Geständnis" is a teaser's headline
        if name.replace(".", "").replace(" ", "").casefold() in _CREDENTIALS:
            continue  # "Ilana Muhlstein, MS, RDN": her degrees
        tail = _agency_tail().search(name)
        if tail and len(name[: tail.start()].split()) >= 2:
            name = name[: tail.start()]  # "Jane Doe / EFE" is Jane Doe; initials with their agency ("det/dpa") stay whole
        place = _PLACE_SLASH_COUNTRY.search(name)
        if place and place["country"].casefold() in _territories(lang) and len(name[: place.start()].split()) >= 2:
            name = name[: place.start()]  # "Sebastian Drescher Kakuma /Kenia": where he wrote from, the town and its country
        code = _SERVICE_AFTER.search(name)
        if code and _person_like(name[: code.start()]):
            name = name[: code.start()]  # "Peter Maahn/SP-X", "Maria Silva/Folhapress": the service or paper after the writer
        if _CJK.search(name) and (later := _CJK_NEXT_LABEL.search(name)):
            name = name[: later.start()]  # "李明 责任编辑：王芳": the editor's label ends the writer's name
        if _CJK.search(name) and (_CJK_NOT_WRITER.search(name) and _CJK_NOT_WRITER.sub("", name) or _CJK_NOT_WRITER_LABEL.match(name)):
            continue  # "写真：鈴木花子" took the photos
        name = _CJK_ROLE_AFTER.sub("", name) or name
        name = _CJK_PLACE.sub("", name)  # "…、ロンドン＝鈴木花子": each reporter after the place
        if _APPOSITIVE.match(name):
            continue  # "Written by Jane Author, a researcher on the team": what she is, after her name
        words = name.split()
        if words[0].lower() == "the" and all(_ROLE_WORDS.match(w) for w in words[1:]):
            continue  # "Posted in News by the Editors"
        if out and words[0].casefold() in ("for", "für", "pour", "para", "per") and len(words) <= 5:
            continue  # "By Jane Doe, for CNN": the outlet she wrote it for
        if words[0] in _OF_PARTICLES and len(words) <= 3 and (out or not _SURNAME_PARTICLES.match(name) or _NEWSROOM.search(name)):
            continue  # "Por Jane Doe, da Folha": where the author works, not a name (alone, "von der Leyen" is one)
        if len(words) >= 2 and _PERSON_ROLE.match(words[0]) and words[1].casefold() in _ROLE_LINKS:
            continue  # "Uta Staschewski, Projektleiterin der HSS in Tunesien": her role
        if len(words) >= 2 and _PERSON_ROLE.match(words[-1]) and words[0].casefold() in _agency_codes():
            continue  # "Tom Krisher, AP Auto Writer": his role at the agency
        if len(words) >= 3 and (words[-1].casefold() in _weekdays(lang, "wide") or _PERSON_ROLE.match(words[-1])
                                or lang[:2] in _NORDIC and _PAPER_CODE.fullmatch(words[-1]) and not any(w.isupper() for w in words[:-1])):
            name = " ".join(words[:-1])  # “Joe Wee Monday, February 29, 2016”, “Kathrin Klinkusch Pressesprecherin”, “Matti Virtanen HS”
        name = _without_sentence(name, lang)
        if name:
            out.append(name)
    return tuple(out)


_SPACED_DASH = lazy(r"\s[-–—]\s")
# A reviewer or an editor named before the writer, as health sites credit a story: "Medically reviewed by John Roe, MD — Written by Jane Doe".
_REVIEWED_THEN_WRITTEN = lazy(r"^.{0,80}?\b(?:reviewed|fact[- ]?checked|checked|edited)\s+by\b.{0,80}?\b(?:written|reported)\s+by\s+", re.IGNORECASE)
# A place, a date and an agency, then a colon, in a byline's box: "Washington, Aug 23, 2012, PTI:" (not "Jane Doe, Aug 23,
# 2012, Reuters").
_PLACE_DATE_AGENCY = lazy(r"\s*[^\W\d_][^,\d]{1,30}, [^,\n]{1,20}\d(?:, \d{4})?, (?P<agency>[A-Z][\w-]{1,15}):\s*")
# A profession written before a writer's name, as legal and tax advice sites sign: "Rechtsanwalt Sebastian Einbock",
# "Fachanwältin für Arbeitsrecht Jane Doe", "Steuerberater Max Muster".
_PROFESSION_BEFORE = lazy(r"^\s*(?:(?:Rechts|Fach|Patent)?[Aa]nw[aä]lt(?:in)?(?:\s+für\s+\S+)?|Notar(?:in)?|Steuerberater(?:in)?|Attorney|Lawyer)\s+"
                          r"(?=[A-ZÀ-Þ]\S*\s+\S)")
# A newsroom's possessive before its writer's name: "CNN's Jane Doe", "The Post's Jane Doe".
_OUTLETS_OWN = lazy(r"^\s*(?:[A-Z]{2,6}|The\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?=[A-ZÀ-Þ])")
# A description after the name, an article and a word in lower case: "a researcher on the team", "our correspondent in Cairo",
# "une journaliste", "ein Kolumnist" (not "de la Cruz", "the Editors")
_APPOSITIVE = lazy(r"(?:a|an|the|our|his|her|their|un|une|ein|eine|el|la|il|uno|una)\s+[a-zà-ÿ]")
_SUFFIX_DOT = lazy(r"\s(?:Jr|Sr)\.\s*$")
_RUBRIC_THEN_BY = lazy(r"^[A-ZÀ-Þ][\w-]+\s+(?:Von|By|Por|Par)\s+(?=[A-ZÀ-Þ][\w'’.-]*\s+[A-ZÀ-Þ])")
# One word after a slash, no one's name: a press service's code or a paper ("/SP-X", "/Folhapress").
_SERVICE_AFTER = lazy(r"\s*/\s*(?-i:[A-ZÀ-ÞİŞĞŁŚŻŹĆŃČŘŠŽĐ][\w.&'’-]*)$")  # (and "Ali Veli / İstanbul")
_PLACE_SLASH_COUNTRY = lazy(r"\s+[A-ZÀ-Þ][\w'’-]+\s*/\s*(?P<country>[A-ZÀ-Þ][\w'’ -]+)$")
_SURNAME_PARTICLES = lazy(r"\s*(?:von|van|de|di|da)\s+(?:der|den|dem|des|de|la|le)\s+\S")
# The paper's initials after a name written in mixed case, as Nordic papers sign: Helsingin Sanomat's "Matti Virtanen HS"
# (not "John Doe III"; and elsewhere a surname in capitals, as French papers write it: "Marie Anne ROY").
_PAPER_CODE = lazy(r"(?!(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$)[A-ZÄÖÜ]{2,4}")
_NORDIC = frozenset(("fi", "sv", "nb", "nn", "no", "da", "is"))
# Degrees and licences written after a name, split off like a second name: "Jane Doe, PhD, RDN".
_CREDENTIALS = frozenset(
    "phd md do rn rdn rd ldn ms msc ma mba mph mfa bsc ba bs jd llm dds dmd dvm pharmd psyd edd cpa cfa cfp lcsw lmft lpc "
    "np pa-c cde cdces cscs ibclc faan facp facs frcp mrcp esq".split()
)


def _said_once(text: str) -> str:
    """A text the page shows twice in a row, once for screen readers, said once."""
    half = len(text) // 2
    return text[:half] if len(text) > 6 and text[:half] == text[half:] else text


def _split_names(text: str) -> list[str]:
    """The byline's parts: at commas and "and" in many languages, and at a spaced slash or a "with" between
    two people's names ("Laura Jordán / Javier Urbina", "By Jane Doe with John Roe"; not "det/dpa",
    "AFP/The Local" or "Jane Doe with additional reporting"), or before an agency ("Jane Doe with AFP")."""
    parts = []
    for part in _NAME_SPLIT.split(text):
        pieces = _PEOPLE_SPLIT.split(part)
        if len(pieces) > 1 and (all(_person_like(p) or _agencies_of(p) for p in pieces) or all(p.strip().casefold() in _agency_codes() for p in pieces[1:])):
            parts.extend(pieces)  # (and "Jane Doe with AFP", "Le Monde with AFP": the writer or the newsroom, then its agency)
        else:
            parts.append(part)
    return parts


# "Par Jane Doe, avec AFP": the agency the writer worked with, after its "with".
_WITH_LEAD = lazy(r"^\s*(?:with|mit|avec|con|com)\s+(?=\S)", re.IGNORECASE)
_PEOPLE_SPLIT = lazy(r"\s+(?:/|with|mit|avec|con|com)\s+", re.IGNORECASE)

_UI_TAIL = lazy(r"\s*(?:Profile|Follow|Unfollow|Subscribe|Posts|Articles|More|Bio|Email|Twitter){2,}$")
# The last word of a newspaper's or a service's name, as a byline puts the writer's paper beside her ("Chicago Tribune",
# "Tribune News Service", "KFF Health News"); not words that are surnames too ("Post", "Sun", "Star").
_PUBLICATION_END = lazy(r"\s(?:Times|Tribune|Herald|Journal|Gazette|Chronicle|Courier|Telegraph|Inquirer|Examiner|Dispatch|Bulletin|Sentinel|"
                        r"Observer|Guardian|Independent|Enquirer|Mirror|Express|Press|Service|Media|Magazine|Network|Newspapers?|Radio|"
                        r"Television|Daily|Zeitung|Rundschau|Anzeiger|Tagblatt|Nachrichten|Allgemeine|Kurier)$")
_FOOTNOTE = lazy(r"(?<=[^\W\d_])[\d*†‡§]+$")
# Emoji and the joiners and variation selectors they are written with, beside a writer's name.
_EMOJI = lazy(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F\u200D\u20E3]+")
_FOR_OUTLET = lazy(r"\s+(?i:for|of|from)\s+(?:(?i:the)\s+)?[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,3}$")
# "PorRodolfo Costa": the label run into the name where the page dropped the space between two elements.
# And the label said twice, once by the template and once by the CMS: ABC News' "<span>By</span><span>by JOSH HASKELL…</span>".
_GLUED_BY = lazy(r"^(?:By|BY|Por|POR|Von|VON|Par|PAR)(?=[A-ZÀ-Þ][a-zà-ÿ])|^\s*(?i:by|por|par)(?=\s*(?i:by|por|par)\s)")
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff]")  # Japanese kana and Chinese characters (Korean spaces its words)
_CJK_LABEL = lazy(r"\s*(?:(?:责任编辑|编辑|作者|记者|記者|筆者|撰文|著者|文)\s*[:：]|(?:文|作者|记者|記者)\s*[／/])")
_CJK_PLACE = lazy(r"^[【\[（(]?[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3・ー]{1,12}[＝=]\s*(?=\S)")  # (and Korean: "스포츠조선=선수민 기자")
_CJK_WRITER_INSIDE = lazy(r"(?<=\s)(?:作者|记者|記者|撰文|文)\s*[:：]\s*(?=[\u3400-\u9fff])")
_EDITOR_IN_CHARGE = lazy(r"^\s*[【\[(（]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]\s*(?P<name>[\u3400-\u9fff·]{2,5}(?:[、，,][\u3400-\u9fff·]{2,5}){0,3})"
                         r"\s*[】\])）]?\s*$")
_EDITOR_LABELS = ("编辑", "編輯", "责编", "責編")
_CJK_PLACE_AFTER = lazy(r"\s*[／/][\u3400-\u9fff]{1,8}(?:報導|报道|報道)$")
_TAGALOG_AND = lazy(r"\s+at\s+(?=[A-ZÀ-Þ])")
_HINDI_BY_AFTER = lazy(r"\s+द्वारा\s*$")
_DUTCH_AND = lazy(r"\s+en\s+(?=[A-ZÀ-Þ])")
# (and Japanese papers' senior writers: "編集委員　中沢克二", "論説委員 山田太郎", "特別編集委員", "解説委員")
# (and the paper or agency before a reporter: "聯合報／記者王小明", "新华社记者李明", "本报记者李明")
_CJK_ROLE = lazy(r"^(?:(?:[\u3400-\u9fff]{1,6}\s*[／/]?\s*)?(?:记者|記者)|通讯员|通訊員|实习生|(?:特別|上級)?編集委員|(?:上席|上級)?論説委員(?:長)?|解説委員(?:長)?)\s*(?=\w)")
# After the name: "홍길동 기자" (Korean), "山田 太郎 記者", "李明 报道".
_CJK_ROLE_AFTER = lazy(r"\s*(?:기자|특파원|記者|记者|特派員|特派员|報道|报道|著)$|\s+作$")
_CJK_NEXT_LABEL = lazy(r"\s+(?:[\u3040-\u30ff\u3400-\u9fff]{1,5}\s*[：:]|(?:图|圖|摄影|攝影|编辑|編輯)\s*[／/])")
_CJK_NOT_WRITER_LABEL = lazy(r"(?:監訳|翻訳|訳|編集|監修|写真|絵|イラスト|撮影|译|翻译|编辑|责任编辑|摄影|图)\s*[：:]")
# A translator, editor, supervisor, photographer or illustrator named after the writer: "嶋田 健志 監訳", "木下 哲也 訳".
_CJK_NOT_WRITER = lazy(r"\s*(?:監訳|翻訳|訳|編著?|編集|監修|写真|絵|イラスト|撮影|译|翻译|编辑|摄影)$")

_IN_PLACE = lazy(r"\.?\s+(?:in|en)$")
_PLACE_ONLY = lazy(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)?")
# Who else a byline names after the writers: "Editing by", "Photos by", "Graphics by".
_NOT_WRITERS = lazy(r"(?:editing|edited|photos?|photography|graphics|illustrations?|design|video|additional\s+reporting)\s+by\b", re.IGNORECASE)
_ROLE_AFTER = lazy(
    # "Jane Doe Political reporter": the desk goes with the role.
    rf"\.?\s+(?:(?:{_DESKS}|business|sports?|tech(?:nology)?|science|entertainment|politics|culture|news)\s+)*"
    rf"(?:see full bio|senior|staff writer|reporter|editor|correspondent|redakteur|autor|{_ROLES_ABROAD}|(?-i:in|en|at)(?=\s+[A-Z])"
    r"|(?:edited|reviewed|fact[- ]checked|produced)\s+by|(?:with\s+)?(?:additional\s+)?reporting\s+by|(?:reporting|reports|writing)\s+from"
    # A special envoy ("Par Jane Doe, John Roe Envoyés spéciaux à Toulouse", "enviado especial", "inviata speciale"), a writer
    # for another paper ("JOHN ROE Special to the Tribune").
    r"|envoy[ée]e?s?\s+sp[ée]cia(?:le?s?|ux)|enviad[oa]s?\s+especial(?:es)?|inviat[oai]\s+special[ei]|special\s+to\s+the)\b",
    re.IGNORECASE,
)

# Lower-case words inside names: "Ursula von der Leyen", "Karl-Theodor zu Guttenberg", "Michelina C. de la Maza".
_PARTICLES = frozenset("von vom van zu zum zur der den de del della dei di da do dos das du des la le lo ten ter bin ibn al el y e st. dela delos".split())
# The particles that say where someone works when a "name" starts with one ("da Folha"); an article starts a nickname ("der Michel").
_ROLE_LINKS = frozenset("der des of at for bei beim im in am de du del della".split())
_OF_PARTICLES = frozenset("von vom van zu zum zur de del della dei di da do dos das du des".split())

# Library metadata names one author a tag, surname first: <meta name="DC.Creator" content="Jong, Michiel de">; so do
# Parse.ly's and Open Graph's author tags, given name first.
_LISTED_AUTHORS = frozenset(("dc.creator", "citation_author", "parsely-author", "article:author"))
_SURNAME_FIRST = lazy(r"^([^,]+),\s*((?:[A-ZÀ-Þ][\w'’-]*\.?\s*){1,3}(?:(?:von|van|de|der|den|da|di|du|la|le)\s*)*)$")

# One surname, a comma, one or two given names or initials: "Doe, Jane", "Márquez, Gabriel García" (not "Jane Doe, John Roe").
_SURNAME_COMMA_GIVEN = lazy(r"^[A-ZÀ-Þ][\w'’-]+,\s*[A-ZÀ-Þ][\w'’-]*\.?(?:\s+[A-ZÀ-Þ][\w'’-]*\.?)?$")


def _catalogued(name: str) -> str:
    """One name written surname first, as a library catalogue writes it ("Doe, Jane"), given name first; others as written
    ("Jane Doe, John Roe" stays two names)."""
    return _given_first(name) if _SURNAME_COMMA_GIVEN.match(name.strip()) else name


def _given_first(name: str) -> str:
    """"Kooman, F." as "F. Kooman", "Jong, Michiel de" as "Michiel de Jong"; other names as written."""
    m = _SURNAME_FIRST.match(name.strip())
    return f"{m[2].strip()} {m[1].strip()}" if m else name


def _person_like(name: str) -> bool:
    """Two to four capitalized words, in one case, such as people's names are written: "Kathryn Watson",
    "Daniel O'Mahony", "ERRIN HAINES"; not "About Victor Davis Hanson", "AMP Project Marketing", "Online-Redaktion"."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0].casefold() in ("about", "über", "more", "mehr", "all", "alle") or _NEWSROOM.search(name):
        return False
    capped = [w for w in words if w.casefold() not in _PARTICLES]
    if not all(_NAME_WORD.match(w) and w[0].isupper() for w in capped) or any(_ROLE_WORDS.match(w) for w in capped):
        return False
    upper = [w.isupper() for w in capped if len(w.rstrip(".")) > 1]
    return all(upper) or not any(upper)


def _caseless_name(name: str) -> bool:
    """Two to four words of letters of a script without capitals, as a name is written in Arabic, Hebrew or Hindi
    ("محمد أحمد"): where a spaced dash may end it ("محمد أحمد - القاهرة", the place after it)."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) and w[0].lower() == w[0].upper() and w[0].isalpha() for w in words)


_NEWSROOM = lazy(r"(?:redaktion|rédaction|redacción|redazione)\b|\b(?:newsroom|team|staff|desk|news)\b", re.IGNORECASE)
_NAME_WORD = lazy(r"^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*\.?$")


def _without_sentence(name: str, lang: str = "en") -> str:
    """The name without lower-case words run on after it ("Louis Jacobson on", "Daniel Hentschel ebrosia");
    empty when it is part of a sentence ("Martin is a full-stack engineer", "Selbst ist der Mann").

    Only names of three words or more are judged: two may be typed that way ("Mobasir hassan"), and an
    all lower-case name ("bell hooks", a handle) stays. In German, where nouns and names are capitalized,
    a lower-case infinitive after a capitalized word makes a phrase ("Von Barzahler-Rabatten profitieren")."""
    words = name.split()
    if lang == "de" and len(words) == 2 and words[0][:1].isupper() and words[1][:1].islower() and words[1].endswith(("en", "ern", "eln")):
        return ""
    if len(words) < 3 or all(w[:1].islower() for w in words) or not any(w[:1].islower() for w in words):
        return name
    while words and words[-1][:1].islower():
        words.pop()
    if len(words) < 2 or any(w[:1].islower() and w.casefold() not in _PARTICLES for w in words):
        return ""
    return " ".join(words)


# What stands between a name and the date after it: "am", "on", a date label ("Sara Zinnecker Stand: 05. Februar 2020").
_CONNECTOR_TAIL = lazy(
    r"(?:^|\s+)(?:(?:(?:last|zuletzt)\s+)?(?:(?:aktualisiert|veröffentlicht|erschienen|publiziert|posted|updated|published)(?:\s+(?:am|on))?\s*:?"
    r"|(?:(?:publish(?:ed)?|publication|post|release|erscheinungs|veröffentlichungs)\s*)?(?:stand|datum|date)\s*:)"  # with its colon only: Date and Stand are surnames too (Kimiko Date)
    # "on Tue, 03/05/2024", "am Dienstag 6. Mai 2014", "le mardi 6 mai"
    r"|(?:am|on|le|el|il|den|vom|at|the)(?:\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\.?,?)?)\s*$",
    re.IGNORECASE,
)
# The time of day after a date, perhaps with its zone: ", at 10:32 AM EDT".
_CLOCK_BEFORE = r"(?:[\s,|/·•–-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?"
# What may stand between a date and the name after it: the time, then a separator before a capitalized first name and surname.
_TIME_BEFORE_NAME = lazy(_CLOCK_BEFORE + r"\s*[|·•–—-]\s*(?=[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ])")
# What may stand between a date and the "By" after it: the time and separators.
_TIME_BEFORE_BY = lazy(_CLOCK_BEFORE + r"[\s,|/·•–-]*(?=(?:by|von|par|por|door|av|af)\s)", re.IGNORECASE)


def _letters_before(text: str, lang: str) -> bool:
    """Whether words other than a date's labels and weekday ("Updated / Tuesday,", "Published:") stand before it: a name."""
    days = _weekdays(lang, "wide") | _weekdays(lang, "abbreviated")
    return any(w.casefold().rstrip(".") not in days for w in _WORD_LETTERS.findall(_UPDATE_LINE.sub("", _PUBLISHED_LINE.sub("", text))))


_WORD_LETTERS = lazy(r"[^\W\d_]{2,}")
_PUBLISHED_LINE = lazy(PUBLISHED_WORDS, re.IGNORECASE)
_DATE_TAIL = lazy(r"(?:,|\s+(?:am|on|le|el|il|den|vom|\||·|•|–|-))?\s+(?=\d)")
_PUBLISHED_TAIL = lazy(rf"(?:^|\s+)(?:(?:last|first|zuletzt|zuerst)\s+)?(?:{PUBLISHED_WORDS}|{UPDATE_WORDS}|mis à jour)\b.*$", re.IGNORECASE)
_UPDATED = lazy(UPDATE_WORDS, re.IGNORECASE)
_UPDATE_LINE = lazy(rf"(?:(?:last|zuletzt)\s+)?(?:{UPDATE_WORDS})|\bStand\s*:", re.IGNORECASE)
_UPDATED_LOWER = lazy(UPDATE_WORDS)
# Words that open a byline in one language only: Catalan "Per" is a Scandinavian first name elsewhere, and
# Romanian "de" a particle of surnames.
_BY_IN = {"ca": ("per",), "ro": ("de",), "el": ("του", "της", "των"),  # Greek: "Του Γιώργου Παπαδόπουλου", the name's genitive
          # Albanian "Nga", Tagalog "Ni", Swahili "Na", Vietnamese "Bởi", Icelandic "Eftir", Irish "Le", Welsh "Gan": words that
          # are a name ("Ni Hao", "Nga") or a common word elsewhere, so read as "by" only in their language and before names only
          "sq": ("nga",), "tl": ("ni", "nina"), "fil": ("ni", "nina"), "sw": ("na",), "vi": ("bởi",), "is": ("eftir",), "ga": ("le",),
          "cy": ("gan",)}
# What may join the names after them: "Per Joan Puig i Maria Vila", "de Ion Popescu și Maria Ionescu", "Της Μαρίας … και του …".
_JOINING = frozenset(("i", "și", "şi", "de", "del", "la", "y", "e", "και", "του", "της", "dhe", "dela", "delos", "at"))  # (Albanian "dhe", Tagalog "at", "dela")


def _names_after_own_by(text: str, lang: str) -> str | None:
    """The names after the byline word of the page's language ("Per Joan Puig i Maria Vila": "Joan Puig i Maria Vila"),
    when only names follow it: not "Per això el govern…", nor "De Crăciun, guvernul…"."""
    word, _, rest = text.partition(" ")
    words = rest.replace(",", " ").split()
    if word.lower() not in _BY_IN.get(lang, ()) or not 2 <= len(words) <= 12 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return None
    return rest.strip() if all(w[:1].isupper() or w in _JOINING for w in words) else None
