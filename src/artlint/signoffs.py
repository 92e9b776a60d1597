"""How an article credits the agencies it draws on: the sign-off at the end of its text (“ls/bw (AP, AFP)”),
a source line (“Quelle: dpa, AFP”), the agency in a line of its own, and agencies' names in house spelling."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

from .content import article_body
from .lazyre import lazy
from .page import Page
from .text import squash, text_before, visible_text


AGENCIES = [
    "AP", "AFP", "Reuters", "dpa", "KNA", "epd", "EFE", "ANSA", "Kyodo", "Xinhua", "TASS", "UPI", "PA", "Anadolu",
    "Yonhap", "AAP", "APA", "SDA", "Keystone-SDA", "Belga", "ANP", "PAP", "CTK", "MTI", "Lusa", "Europa Press",
    "Interfax", "IANS", "PTI", "Bernama", "Antara", "CNA", "NTB", "TT", "Ritzau", "STT", "SID", "dpa-AFX", "Bloomberg",
    "CP", "Jiji", "RIA Novosti", "Ukrinform", "UNIAN", "ANA-MPA", "ANI", "VNA", "TASR", "HINA", "STA", "Agerpres", "BTA",
    # National agencies of the Middle East, South and Southeast Asia, Africa, the Caucasus and Central Asia, the Balkans and the
    # Baltics, Latin America and Italy, as their copy signs
    "IRNA", "ISNA", "Tasnim", "MENA", "WAM", "QNA", "KUNA", "SPA", "SANA", "NNA", "APP", "BSS", "UNB", "PNA", "NAN", "GNA", "KCNA",
    "Armenpress", "Azertac", "Kazinform", "Montsame", "BelTA", "Tanjug", "FENA", "LETA", "BNS", "ELTA",
    "Notimex", "Télam", "Prensa Latina", "Andina", "AGI", "Adnkronos", "LaPresse", "Servimedia",
    # China News Service (and the Catholic News Service, both "CNS"), Sputnik; the religious and development wires
    "CNS", "Sputnik", "JTA", "RNS", "IPS",
]


_BLOCKS = ("p", "div", "span", "em", "i", "small", "footer", "aside", "address", "li")


# Loose shape of anything meant as a sign-off: initials, then agencies, perhaps in parentheses.
_LOOSE = lazy(
    r"^(?P<initials>[A-Za-zÄÖÜäöü]{1,5}(?:\s*[/,;|&+\\-]\s*[A-Za-zÄÖÜäöü]{1,5})*)(?![A-Za-zÄÖÜäöü])"
    r"(?P<space>\s*)(?P<open>[(\[]?)\s*(?P<agencies>[^()\[\]]*?)\s*(?P<close>[)\]]?)(?P<period>\s*[.;]?)\s*$"
)


_STRICT_INITIALS = lazy(r"[a-zäöü]{1,5}(?:/[a-zäöü]{1,5})*")


@dataclass(frozen=True)
class SignOff:
    element: etree._Element
    text: str
    initials: list[str]
    separators: list[str]
    agencies: list[str]  # as written
    agency_separators: list[str]
    space_before: str
    parentheses: tuple[str, str]
    period: str
    # What the template left out of the house form: "the editors' initials", "an agency" (_gapped_signoff)
    gaps: tuple[str, ...] = ()


_NOT_INITIALS = frozenset("with avec mit con by von par por and und via from de da di per".split())


def parse_signoff(text: str, vocabulary: list[str]) -> SignOff | None:
    """The parts of a line meant as a sign-off (it must name a known agency), or None."""
    if len(text) > 80:
        return None
    if (slashed := _slashed_signoff(text.strip(), vocabulary)) is not None:
        return slashed
    if (gapped := _gapped_signoff(text.strip(), vocabulary)) is not None:
        return gapped
    m = _LOOSE.match(text.strip())
    if m is None or not m["agencies"]:
        return None
    if m["initials"].casefold() in _NOT_INITIALS:
        return None  # "With AFP", "Avec AFP": a source line (find_source_line), not initials
    known = {a.casefold() for a in vocabulary}
    raw = m["agencies"]
    if not re.fullmatch(r"[\w .&-]+(?:\s*[,;/]\s*[\w .&-]+)*", raw):
        return None  # a colon, a © or quotes: a credit or a sentence, not a sign-off
    names = [a for a in re.split(r"\s*[,;/&]\s*|\s+and\s+|\s+und\s+", raw) if a]
    if not any(n.casefold() in known for n in names):
        return None
    if any(n.split()[0].casefold() in _NOT_INITIALS for n in names):
        return None  # "DW with Reuters, AFP": the newsroom with its agencies, a source line (find_source_line), not initials
    if not m["open"] and m["initials"][:1].isupper() and m["initials"][1:].islower() and not all(n.casefold() in known for n in names):
        return None  # "Jane Doe, Reuters": a name and an agency, not the initials "Jane" and agencies "Doe" and Reuters
    if any(len(n.split()) > 2 for n in names):
        return None  # "mit Material von dpa und AFP" is a sentence, not initials and agencies
    if not m["open"] and len(m["initials"]) > 12:
        return None
    separators = re.findall(r"\s*[/,;|&+\\-]\s*", m["initials"])
    initials = re.split(r"\s*[/,;|&+\\-]\s*", m["initials"])
    return SignOff(
        element=None,  # type: ignore[arg-type]
        text=text.strip(),
        initials=initials,
        separators=separators,
        agencies=names,
        agency_separators=re.findall(r"\s*[,;/&]\s*|\s+and\s+|\s+und\s+", raw),
        space_before=m["space"],
        parentheses=(m["open"], m["close"]),
        period=m["period"].strip(),
    )


# A sign-off with a part the template left out: the initials ("/ (AP)", "ls/ (AP)"), an agency ("ls/bw ()", "ls/bw (, AFP)").
_GAPPED = lazy(r"(?P<initials>(?:[a-zäöü]{1,5})?(?:\s*/\s*(?:[a-zäöü]{1,5})?)*)(?P<space>\s*)\((?P<agencies>[^()]*)\)(?P<period>\.?)")


def _gapped_signoff(text: str, vocabulary: list[str]) -> SignOff | None:
    """A sign-off in the house form with a part missing: the initials, or an agency in the parentheses; the rest must be
    the house form's (lower-case initials joined by "/", known agencies), so that the line is one."""
    m = _GAPPED.fullmatch(text)
    if m is None:
        return None
    initials = [i.strip() for i in m["initials"].split("/")] if m["initials"].strip() else []
    names = [a.strip() for a in m["agencies"].split(",")]
    known = {a.casefold() for a in vocabulary}
    given = [n for n in names if n]
    if any(n.casefold() not in known for n in given) or not (given or any(initials)):
        return None  # (a word in brackets, "(Fotos)", is no sign-off)
    if not m["initials"].strip():
        return None  # "(dpa)", "(AP, AFP)": a closing line that names the agencies (find_source_line), not a sign-off whose initials went missing
    gaps = []
    if not any(initials) or "" in initials:
        gaps.append("the editors' initials are missing" if not any(initials) else "an editor's initials are missing")
    if not given:
        gaps.append("no agency in the parentheses")
    elif len(given) < len(names):
        gaps.append("an empty place in the list of agencies")
    if not gaps or not given and not (len(initials) >= 2 and all(initials)):
        return None  # the house form itself; or "()" after a word, not after initials joined by "/"
    return SignOff(
        element=None,  # type: ignore[arg-type]
        text=text,
        initials=[i for i in initials if i],
        separators=["/"] * max(0, len([i for i in initials if i]) - 1),
        agencies=given,
        agency_separators=[", "] * max(0, len(given) - 1),
        space_before=m["space"] or " ",
        parentheses=("(", ")"),
        period=m["period"],
        gaps=tuple(gaps),
    )


# Initials and agencies all joined by slashes, as Der Spiegel and PAP sign: "mmu/dpa/Reuters", "aja/PAP".
_SLASHED = lazy(r"(?P<line>[a-zäöü]{1,5}(?:/[\w-]{2,12})+)(?P<period>\.?)")


def _slashed_signoff(text: str, vocabulary: list[str]) -> SignOff | None:
    """A sign-off written without parentheses, its agencies after the initials, each after a slash: the known agencies
    from the end, then lower-case initials that name no agency."""
    m = _SLASHED.fullmatch(text)
    if m is None:
        return None
    parts = m["line"].split("/")
    cut = len(parts)
    while cut > 1 and house_spelling(parts[cut - 1], vocabulary) is not None:
        cut -= 1
    initials, agencies = parts[:cut], parts[cut:]
    if not agencies or not all(re.fullmatch(r"[a-zäöü]{1,5}", i) and house_spelling(i, vocabulary) is None for i in initials):
        return None  # (and "dpa/AFP", "kna/epd": agencies alone, a source line)
    return SignOff(element=None, text=text, initials=initials, separators=["/"] * (len(initials) - 1),  # type: ignore[arg-type]
                   agencies=agencies, agency_separators=["/"] * (len(agencies) - 1), space_before="", parentheses=("", ""),
                   period=m["period"])


def find_signoff(page: Page, options: dict) -> SignOff | None:
    """The sign-off among the last blocks of the article body (or at the configured selector)."""
    key = f"signoff:{options.get('signoff-selector')}:{options.get('body-selector')}"

    def find(p: Page):
        vocabulary = options["agencies"]
        if options.get("signoff-selector"):
            from .select import select

            for el in select(p.root, options["signoff-selector"]):
                text = visible_text(el)
                parsed = parse_signoff(text, vocabulary) if text else None
                return _with_element(parsed, el, text)
            return None
        for el in last_blocks(p, options.get("body-selector")):
            text = visible_text(el)
            if text:
                parsed = parse_signoff(text, vocabulary)
                if parsed is not None:
                    return _with_element(parsed, el, text)
                last = _last_line(el)
                if last is not None:  # "… on Sunday.<br>ls/bw (AP, AFP)": the paragraph's last line
                    parsed = parse_signoff(last[1], vocabulary)
                    if parsed is not None:
                        return _with_element(parsed, *last)
        return None

    return page.memo(key, find)


def _in_box(page: Page, el: etree._Element, body: etree._Element) -> bool:
    """Inside the body, in a box of related stories, a teaser, comments or the navigation (a portal's list of related
    stories, each with its provider's name: au Webポータル's "共同通信" under a teaser), not the text's own end. (Answers
    kept per element: the blocks of a deeply nested body cost one walk.)"""
    from .content import is_navigation, names_box

    def decide(a: etree._Element) -> bool | None:
        if a is body:
            return False
        if a.tag in ("aside", "nav") or is_navigation(a) or names_box(a, layout=False, share=False):
            return True
        return None

    return page.walk_up(el, f"in-box:{id(body)}", decide)


def _last_line(block: etree._Element) -> tuple[etree._Element, str] | None:
    """The text after a block's last line break (the <br> and that text), when the block has one."""
    brs = list(block.iter("br"))
    if not brs:
        return None
    br = brs[-1]
    text = squash((br.tail or "") + "".join((visible_text(s) if isinstance(s.tag, str) else "") + (s.tail or "") for s in br.itersiblings()))
    return (br, text) if text else None


def last_blocks(page: Page, body_selector: str | None) -> list[etree._Element]:
    """The last six visible leaf blocks (no paragraph inside) of the article body that say something, from the end:
    where sign-offs and source lines stand (not the empty boxes a template leaves after the text, as PAP's page does
    before "aja/PAP")."""
    def find(p: Page):
        body = article_body(p, body_selector)
        if body is None:
            return []
        out: list[etree._Element] = []
        for el in reversed(list(body.iter(*_BLOCKS))):
            if len(out) >= 6:
                break
            # (whether it holds any text, asked of libxml2 first: a body of 2,000 nested empty boxes is walked once each)
            if not p.is_hidden(el) and el.find(".//p") is None and el.xpath("boolean(normalize-space(.))") \
                    and not _in_box(p, el, body) and visible_text(el):
                out.append(el)
        return out

    return page.memo(f"last-blocks:{body_selector}", find)


# A source line that names the agencies, as German and other newsrooms attribute agency copy instead of
# a sign-off: "Quelle: ZEIT ONLINE, dpa, AFP" (in the header), "Quelle: ntv.de, jdo/dpa" (after the text),
# "Mit Material von dpa und AFP", "Source: Reuters".
_SOURCE_LABEL = (r"(?:Quellen?|Sources?|Fonte|Fuente|Bron|Kilde|Källa|Lähde|Źródło|Zdroj|Forrás|Kaynak|Sursa|Πηγή|Источник|Джерело|"
                 r"Izvor|Извор|Vir|Šaltinis|Avots|Allikas|Sumber|Източник|المصدر|منبع|מקור|"  # South Slavic, Baltic, Indonesian, Bulgarian, Arabic, Persian, Hebrew
                 r"По материалам|По данным|Με πληροφορίες από|"  # Russian "from the material of", Greek "with information from"
                 # Chinese, Japanese ("source", "provided by"), Korean, Vietnamese ("source", "according to"), Thai, Hindi, Bengali,
                 # Urdu ("courtesy of"), Swahili
                 r"来源|來源|資料來源|稿源|出典|提供|출처|Nguồn|Theo|ที่มา|स्रोत|सूत्र|সূত্র|بشکریہ|Chanzo|"
                 r"Mit Material (?:von|der Nachrichtenagenturen)|With (?:material|reporting) from|With agencies)")


_SOURCE_LINE = lazy(rf"^[(（]?{_SOURCE_LABEL}(?:\s*[:：]\s*|\s+)(?P<rest>[^:：]{{2,80}}?)[)）]?$", re.IGNORECASE)


_LABEL_BEFORE = lazy(rf"(?:^|[\s|·•,;(（])(?P<label>{_SOURCE_LABEL}\s*[:：])\s*$", re.IGNORECASE)


_STARTS_WITH_LABEL = lazy(rf"\s*[(（]?{_SOURCE_LABEL}(?!\w)", re.IGNORECASE)


_SOURCE_BLOCKS = ("p", "div", "span", "small", "em", "i", "footer", "aside", "li", "dd")


_NOT_SOURCE_LINE = frozenset(("figure", "figcaption", "table", "blockquote"))


@dataclass(frozen=True)
class SourceLine:
    element: etree._Element
    text: str
    initials: list[str]
    agencies: list[str]  # in house spelling


def find_source_line(page: Page, options: dict) -> SourceLine | None:
    """A source line that names a known agency (not a sign-off; see find_signoff): in the headline's
    meta lines (ZEIT ONLINE) or among the last blocks of the body (n-tv)."""
    from .content import headline_h1, titled_heading

    def find(p: Page):
        vocabulary = options["agencies"]
        h1 = headline_h1(p)
        if h1 is None:
            h1 = titled_heading(p)  # (no h1: the h2 that says the og:title, zaol.hu's)
        below = p.elements[p.order[h1] + 1: p.order[h1] + 40] if h1 is not None else []  # the headline's meta lines
        near = [el for el in below if el.tag in _SOURCE_BLOCKS]
        last = last_blocks(p, options.get("body-selector"))
        own = frozenset(squash(m.get("content")).casefold() for m in p.metas
                        if (m.get("property") or m.get("name") or "").lower() in ("og:site_name", "application-name", "apple-mobile-web-app-title"))
        for el in last:
            text = visible_text(el)
            found = _agency_line(text, vocabulary, own)
            if found and _own_line(el) and not any(a.tag in _NOT_SOURCE_LINE for a in el.iterancestors()):
                return SourceLine(el, text, found[1], found[0])
        # (and the line around an agency's name in an element of its own: Al Jazeera's <p>SOURCE: <span>News agencies</span></p>)
        around = [parent for el in last if el.tag in ("span", "em", "i", "small", "strong", "b") and (parent := el.getparent()) is not None
                  and parent not in last and parent.tag in _SOURCE_BLOCKS]
        for el in [*near, *last, *around]:
            own = el.text
            if not own or not _STARTS_WITH_LABEL.match(own) or p.is_hidden(el):
                continue  # the cheap test first: the element's own text must start with a label
            text = visible_text(el)
            m = _SOURCE_LINE.match(text)
            if m is None or any(a.tag in _NOT_SOURCE_LINE for a in el.iterancestors()):
                continue  # a picture's or a table's source is no attribution of the article
            initials, agencies = [], []
            for part in re.split(r"\s*(?:[,;]|\bund\b|\band\b)\s*", m["rest"]):
                *before, last = part.split("/")
                spelled = agency_named(last.strip(" ."), vocabulary)  # (and in its own script or short form: "AA", "ČTK", "БТА")
                if spelled is None:
                    continue  # the newsroom's own name: "ZEIT ONLINE", "ntv.de"
                agencies.append(spelled)
                initials += [b.strip().lower() for b in before if re.fullmatch(r"\s*[A-Za-z]{1,5}\s*", b)]
            if agencies or _UNNAMED_AGENCIES.match(m["rest"].strip(" .")):
                # (a line that credits agencies without naming one, Al Jazeera's "SOURCE: News agencies", is the story's source
                # line all the same: the contract then asks which agencies)
                return SourceLine(el, text, initials, agencies)
        # the label after the date in the headline's meta line, the agency in an element of its own: zaol.hu's
        # <div class="cikk_info"><b>2015. augusztus 20., 11:16</b> forrás: <b>MTI</b></div>
        for el in below:
            if el.tag not in ("b", "strong", "span", "a", "em", "i") or p.is_hidden(el):
                continue
            before = text_before(el)
            label = _LABEL_BEFORE.search(before) if ":" in before or "：" in before else None  # (the cheap test first)
            if label is None:
                continue
            said = visible_text(el)
            spelled = agency_named(said.strip(" ."), vocabulary) if said else None
            if spelled is not None and not any(a.tag in _NOT_SOURCE_LINE for a in el.iterancestors()):
                return SourceLine(el, f"{label['label']} {said}", [], [spelled])
        return _source_logo(p, vocabulary)

    return page.memo(f"source-line:{options.get('body-selector')}", find)


def _source_logo(page: Page, vocabulary: list[str]) -> SourceLine | None:
    """A source box of the article that shows the agency by its logo alone: money.pl's <div class="source">
    <img src="…/logo_pap.jpg" alt="PAP"></div> after the text."""
    from .content import content_root

    root = content_root(page)
    if root is None:
        return None
    for box in page.with_class("source", "zrodlo", "article-source", "article__source", "news-source", "agency"):
        if visible_text(box) or root not in set(box.iterancestors()) or any(a.tag in _NOT_SOURCE_LINE for a in box.iterancestors()):
            continue  # (a source box that says its source in words is read as a line of text)
        logos = [img for img in box.iter("img") if img.get("alt")]
        agencies = [agency_named(squash(img.get("alt")), vocabulary) for img in logos[:3]]
        if agencies and None not in agencies:
            return SourceLine(box, ", ".join(squash(img.get("alt")) for img in logos[:3]), [], agencies)
    return None


# Agencies credited without their names, after the newsroom's own perhaps: "News agencies", "Al Jazeera and news agencies",
# "Agenturen", "Agences", "Agencias".
_UNNAMED_AGENCIES = lazy(
    r"^(?:[\w .'’-]{2,30}?\s+(?:and|&|und|et|y|e)\s+)?(?:(?:the\s+)?(?:news|wire|press)\s+agenc(?:y|ies)|agencies|wire services?|wires|"
    r"Nachrichtenagenturen|Agenturen|agences?(?: de presse)?|agencias?|agências?|agenzie)$",
    re.IGNORECASE,
)


# Lines at the end of a story that name only agencies: "(dpa)", "(AFP, Reuters)", "With AFP", "Avec AFP", "(Avec AFP)",
# "Con información de EFE", "Additional reporting by Reuters", "With reporting by AP", "The Associated Press
# contributed to this report."
# "Le Monde avec AFP", "Le Monde with AFP", "DW with Reuters, AFP": the newsroom's name may come first.
_WITH = (r"(?:(?:With\s+)?(?:additional\s+)?reporting\s+(?:by|from)|With(?:\s+inputs\s+from)?|Inputs\s+from|"
         r"Con información de|Con informaciones de|Com informações d[aoe]s?|Mit\s+Material\s+(?:von|der\s+Nachrichtenagenturen)|"
         r"(?:[^\W\d][\w .'’-]{1,30}\s+)?(?:Avec|With|Con|Com|Mit)(?=\s))\s+")


_AGENCY_LINE = lazy(
    rf"^(?:[(\[（]\s*(?:{_WITH})?(?P<bracketed>[^()\[\]（）]{{2,60}}?)\s*[)\]）]\.?"
    rf"|[–—-]?\s*{_WITH}(?P<after>[^:]{{2,60}}?)\.?"
    r"|(?:The\s+)?(?P<before>[^:]{2,60}?)\s+contributed(?: to)? (?:this|the) (?:report|story|article)\.?"
    # "Associated Press writers Jane Doe in Cairo and John Roe in London contributed to this report."
    r"|(?:The\s+)?(?P<staff>[\w .&-]{2,40}?)\s+(?:writers?|reporters?|correspondents?|journalists?)\s+[^:]{2,160}?\s+contributed(?: to)? (?:this|the) (?:report|story|article)\.?"
    # The copyright notice that closes the agency's copy: "© 2026 The Associated Press. All rights reserved.", ANSA's "ALL RIGHTS
    # RESERVED © Copyright ANSA", Reuters' "(c) Copyright Thomson Reuters 2026. Click For Restrictions - https://…"
    r"|(?:ALL RIGHTS RESERVED\s+)?(?:©|\(c\)|Copyright)(?:\s*(?:©|Copyright))?\s*(?:\d{4}\s+)?(?:The\s+)?(?P<owner>[\w .&-]{2,40}?)(?:\s+\d{4})?\.?"
    r"(?:\s+All rights reserved\.?(?:\s+This material may not be [^:]{0,120})?|\s+Click For Restrictions\b[^\n]{0,120})?"
    # … and dpa's on the papers that run its copy: "© dpa-infocom, dpa:260506-99-123456/2"
    r"|©\s*(?P<infocom>dpa)-infocom(?:,\s*dpa:[\w-]+(?:/\d+)?)?"
    r"|[–—-]?\s*(?:©\s*)?(?P<bare>[\w .&/,-]{2,40}?)\.?)$",
    re.IGNORECASE,
)


# Agencies' names written out, as bylines and datelines write them, and the house name each stands for;
# closing lines spell out a few more.
FULL_NAMES = {"Associated Press": "AP", "Agence France-Presse": "AFP", "Deutsche Presse-Agentur": "dpa"}


SPELLED_OUT = {name.casefold(): house for name, house in
                {**FULL_NAMES, "Agence France Presse": "AFP", "Thomson Reuters": "Reuters", "Agencia EFE": "EFE", "Press Association": "PA", "ATS": "SDA", "Keystone-ATS": "Keystone-SDA",
                 "Canadian Press": "CP", "AA": "Anadolu", "Anadolu Agency": "Anadolu", "ČTK": "CTK", "共同": "Kyodo", "時事": "Jiji",
                 "新华社": "Xinhua", "新華社": "Xinhua", "ロイター": "Reuters", "Jiji Press": "Jiji", "ТАСС": "TASS", "Интерфакс": "Interfax",
                 "رويترز": "Reuters", "أ ف ب": "AFP", "الأناضول": "Anadolu", "د ب أ": "dpa", "شينخوا": "Xinhua", "연합뉴스": "Yonhap",
                 "РИА Новости": "RIA Novosti", "Спутник": "Sputnik", "China News Service": "CNS", "Catholic News Service": "CNS",
                 "Jewish Telegraphic Agency": "JTA", "Religion News Service": "RNS", "Inter Press Service": "IPS",
                 # national agencies by their full names, as a byline or a JSON-LD author spells them ("Press Trust of India")
                 "Press Trust of India": "PTI", "Indo-Asian News Service": "IANS", "Asian News International": "ANI",
                 "Australian Associated Press": "AAP", "Kyodo News": "Kyodo", "Yonhap News Agency": "Yonhap", "Xinhua News Agency": "Xinhua",
                 "Evangelischer Pressedienst": "epd", "Katholische Nachrichten-Agentur": "KNA", "Austria Presse Agentur": "APA",
                 "Schweizerische Depeschenagentur": "SDA", "Agência Lusa": "Lusa", "Philippine News Agency": "PNA", "Vietnam News Agency": "VNA",
                 "Emirates News Agency": "WAM", "Kuwait News Agency": "KUNA", "Qatar News Agency": "QNA", "Saudi Press Agency": "SPA", "PA Media": "PA",
                 "中新社": "CNS", "中新网": "CNS", "中新網": "CNS", "中国新闻社": "CNS", "中國新聞社": "CNS",
                 # Agencies in Chinese, Japanese, Korean, Hebrew, Persian, Hindi, Bengali and Urdu, as their readers' papers write them
                 "新华网": "Xinhua", "新華網": "Xinhua", "路透社": "Reuters", "路透": "Reuters", "法新社": "AFP", "美联社": "AP", "美聯社": "AP",
                 "共同社": "Kyodo", "韩联社": "Yonhap", "韓聯社": "Yonhap", "塔斯社": "TASS", "中央社": "CNA", "中央通訊社": "CNA",
                 "共同通信": "Kyodo", "共同通信社": "Kyodo", "時事通信": "Jiji", "時事通信社": "Jiji", "연합": "Yonhap", "로이터": "Reuters",
                 "רויטרס": "Reuters", "ایرنا": "IRNA", "ایسنا": "ISNA", "تسنیم": "Tasnim", "पीटीआई": "PTI", "भाषा": "PTI", "आईएएनएस": "IANS",
                 "এএফপি": "AFP", "রয়টার্স": "Reuters", "বাসস": "BSS", "رائٹرز": "Reuters", "اے ایف پی": "AFP", "اے پی پی": "APP", "Укрінформ": "Ukrinform", "Укринформ": "Ukrinform", "TTXVN": "VNA", "БТА": "BTA", "Интерфакс-Украина": "Interfax", "УНІАН": "UNIAN", "ΑΠΕ-ΜΠΕ": "ANA-MPA", "ΑΠΕ": "ANA-MPA"}.items()}


# What may follow the agencies in a line of agencies: the editor's initials ("dpa/AFP/mm") or the newsroom ("APA/Red.").
_TRAILING_INITIALS = lazy(r"[a-zäöü]{1,5}|red|Red")


_DOTTED_DAY = lazy(r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})")


_LINE_TAGS = frozenset(("p", "div", "li", "footer", "aside", "address", "section", "dd"))


def _own_line(el: etree._Element) -> bool:
    """Whether the element's text stands as a line of its own, not as words in a sentence
    ("… writes the <em>Associated Press</em>."): it is a block, or the only content of its
    inline ancestors up to one (ten levels at most)."""
    node = el
    for _ in range(10):
        if node.tag in _LINE_TAGS:
            return True
        parent = node.getparent()
        if parent is None or len(parent) != 1 or (parent.text or "").strip() or (node.tail or "").strip():
            return False
        node = parent
    return False


def _agency_line(text: str, vocabulary: list[str], own: frozenset[str] = frozenset()) -> tuple[list[str], list[str]] | None:
    """The agencies of a line that names nothing but agencies (and the editor's initials after them), or None; the
    newsroom's own name (one of ``own``, casefolded) may come first: 8 Sidor's "8 SIDOR/TT"."""
    if len(text) > 90 and not (len(text) <= 240 and ("contributed" in text or "rights reserved" in text or "Click For Restrictions" in text)):
        return None
    m = _AGENCY_LINE.match(text.strip())
    if m is None:
        return None
    raw = m["bracketed"] or m["bare"] or m["after"] or m["before"] or m["staff"] or m["owner"] or m["infocom"]
    agencies: list[str] = []
    initials: list[str] = []
    parts = re.split(r"\s*(?:[,;/&]|\band\b|\bund\b|\bet\b|\by\b|(?-i:\be\b))\s*", raw)
    # the day after the agencies in the brackets, as Der Standard closes a story: "(APA, 6.5.2024)", "(red, APA, 6.5.2024)";
    # the newsroom's or the editor's short sign may come before the agencies there
    dated = bool(m["bracketed"]) and len(parts) > 1 and _DOTTED_DAY.fullmatch(parts[-1].strip()) is not None
    for part in parts[:-1] if dated else parts:
        # (without the article before the agency's name: Portuguese "Com informações da Reuters e da AFP")
        part = re.sub(r"^(?:the\s+|©\s*|(?-i:d[aoe]s?|del|della)\s+|(?-i:dell)['’])", "", part.strip(" ."), flags=re.IGNORECASE)
        if not part:
            continue
        spelled = house_spelling(part, vocabulary) or house_spelling(SPELLED_OUT.get(part.casefold(), ""), vocabulary)
        if spelled is None and not agencies and not initials and m["bare"] and part.casefold() in own:
            continue
        if spelled is None:
            if (agencies or dated) and (m["bare"] or m["bracketed"]) and _TRAILING_INITIALS.fullmatch(part):
                initials.append(part.lower())
                continue
            return None  # a word that is no agency: a remark in brackets, a sentence
        if initials and not dated:
            return None  # an agency after initials: a sign-off, which find_signoff reads
        if spelled not in agencies:
            agencies.append(spelled)
    return (agencies, initials) if agencies else None


def _with_element(parsed: SignOff | None, el: etree._Element, text: str) -> SignOff | None:
    if parsed is None:
        return None
    return replace(parsed, element=el, text=text)


def house_spelling(name: str, vocabulary: list[str]) -> str | None:
    for agency in vocabulary:
        if agency.casefold() == name.casefold():
            return agency
    return None


def agency_named(name: str, vocabulary: list[str]) -> str | None:
    """The agency a name says, in house spelling: as the vocabulary spells it, or spelled out or in another script
    ("Agence France-Presse", "رويترز", "ΑΠΕ-ΜΠΕ", "共同", "연합뉴스")."""
    found = house_spelling(name, vocabulary)
    if found is None and (house := SPELLED_OUT.get(name.strip().casefold())) is not None:
        found = house_spelling(house, vocabulary)
    return found


def corrected(s: SignOff, vocabulary: list[str]) -> str:
    agencies = []
    for a in s.agencies:
        spelled = house_spelling(a, vocabulary) or a
        if spelled not in agencies:
            agencies.append(spelled)
    return "/".join(i.lower() for i in s.initials) + " (" + ", ".join(agencies) + ")"
