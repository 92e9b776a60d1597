"""The byline and the authors: where a page names its writers (byline boxes, rel=author, itemprop, JSON-LD, meta tags, signatures)."""

from __future__ import annotations

import html
import itertools
import re
from typing import Any

from lxml import etree

from ..content import article_body, content_root, in_template, names_box
from ..dates import parse_visible_date
from ..lazyre import lazy
from ..page import Page
from ..structured import JsonLdBlock, _objects, _types, articles, is_organization, json_ld, text_value
from ..text import INLINE, normalize, squash, text_before, visible_text, visible_text_without
from .source import Source, _jsonld_source, _meta_source, _once, _value, source_of
from .names import (_AUTHOR_CLASS, _BY, _BY_IN, _CJK, _CJK_ROLE, _CJK_ROLE_AFTER, _CJK_WRITER_INSIDE, _DESK_WORDS, _EDITOR_IN_CHARGE,
                    _EDITOR_LABELS, _KIND_OR_TITLE_BY, _LISTED_AUTHORS, _NAME_SPLIT, _OF_PARTICLES, _ORGANIZATION, _PUBLICATION_END,
                    _ROLE_WORDS, _WIRE_WORDS, _WRITTEN_BY, _agencies_of, _agency_codes, _beside_a_name, _catalogued, _given_first, _names,
                    _names_after_own_by, _names_in, _person_like, _spelled_out_agency, _territories, letters)
from .published import _DIGIT
from .headline import _SEPARATOR_CLASS, _line_after_break
from .section import _article_of
from .images import _TAG


def _korean_signature(page: Page, body: etree._Element) -> list[dict[str, Any]]:
    """The reporter or columnist Korean papers name on one of the text's last lines, with the role and perhaps the address
    ("홍길동 기자 gildong@example.co.kr", "정덕현 칼럼니스트 thekian1@…", "칼럼니스트 박생강 …", "[디지털뉴스부 홍길동 기자]")."""
    for text, where in _last_lines(body)[::-1]:
        m = _KOREAN_SIGNATURE.fullmatch(text)
        if m is not None:
            return [{"name": m["name"] or m["name2"], "source": source_of(page, where)}]
    return []


def _cjk_signature(page: Page, body: etree._Element, lang: str) -> list[dict[str, Any]]:
    """The writers Japanese and Chinese papers name in brackets at the text's end: "（山田太郎）", "（ワシントン＝山田太郎）",
    "（編集委員・山田太郎）", "（记者 李明 王芳）", "（記者王小明／台北報導）"; a name alone in brackets only in Japanese and not a
    place, an office or an agency ("（東京都）", "（共同）")."""
    lines = _last_lines(body)
    if not lines:
        return []
    text, where = lines[-1]
    m = _CJK_END_SIGNATURE.search(text)
    if m is None:
        return []
    names = [n for n in re.split(r"[ 　、，,・]", m["names"]) if n]
    if not (m["place"] or m["role"]):
        if lang != "ja" or len(names) != 1 or not _KANJI_NAME.fullmatch(names[0]) or _CJK_NOT_NAME_END.search(names[0]) \
                or names[0].casefold() in _agency_codes():
            return []
    return [{"name": n, "source": source_of(page, where)} for n in names]


_CJK_END_SIGNATURE = lazy(
    r"[（(](?:(?P<place>[^（）()＝=\s]{1,10})[＝=]|(?P<role>編集委員|論説委員|特派員|本报记者|本報記者|特约记者|实习记者|實習記者|记者|記者|通讯员|通訊員)\s*[・·]?\s*)?"
    r"(?P<names>[一-龥々ぁ-んァ-ヶー]{2,5}(?:[ 　、，,・][一-龥々ぁ-んァ-ヶー]{2,5}){0,3})(?:[／/][^（）()]{1,10}(?:报道|報導))?[）)]\s*$")
# How places, offices, papers and the like end, which a name in brackets does not: "東京都", "外務省", "日本経済新聞".
# "（敬称略）" (honorifics left out), "（日本時間）", "（一部抜粋）": notes, not names.
_CJK_NOT_NAME_END = lazy(r"(?:都|道|府|県|市|区|町|村|省|庁|党|局|部|課|所|院|大学|新聞|通信|社|会|協会|銀行|政府|写真|提供|撮影|完|終|"
                         r"略|時間|当時|予定|参照|抜粋|要約|全文|以上|談|版|編|号|面|欄)$")
_KANJI_NAME = lazy(r"[一-龥々]{3,5}")  # a name alone in brackets: in kanji (a note in kana, "（おわり）", is none)


def _last_lines(body: etree._Element) -> list[tuple[str, etree._Element]]:
    """The text's last five lines that say something (broken by blocks and <br>), each with the element that holds it."""
    lines: list[tuple[list[str], etree._Element]] = [([], body)]  # each line of the text, and the element that holds it
    for event, el in etree.iterwalk(body, events=("start", "end")):
        skipped = not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "template")
        if event == "start":
            if not skipped and (el.tag == "br" or el.tag in _LINE_BLOCKS):
                lines.append(([], el if el.tag != "br" else el.getparent()))
            if not skipped and el.text:
                lines[-1][0].append(el.text)
        elif el is not body:
            if not skipped and el.tag in _LINE_BLOCKS:
                lines.append(([], el.getparent()))
            if el.tail:
                lines[-1][0].append(el.tail)
    said = [(squash("".join(parts)), where) for parts, where in lines]
    return [x for x in said if x[0]][-5:]


_LINE_BLOCKS = frozenset(("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "table", "tr", "section"))
_KOREAN_ROLE = r"(?:객원|선임|수석|전문|인턴|수습)?(?:기자|특파원|칼럼니스트|논설위원|에디터|통신원)"
_KOREAN_SIGNATURE = lazy(
    rf"[\[(/]?\s*(?:(?:[가-힣A-Za-z]{{1,12}}(?:부|팀|국|센터)\s+)?(?P<name>[가-힣]{{2,4}})\s?{_KOREAN_ROLE}|(?:칼럼니스트|기자|에디터)\s+(?P<name2>[가-힣]{{2,4}}))"
    r"(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*[\])]?")


def _labelled_line(body: etree._Element) -> tuple[etree._Element, str] | None:
    """The author's line among the last lines of a text written in lines broken with <br>, as legal news sites close a story:
    juraforum.de's "…<br><br>Quelle: © www.juragentur.de<br><br>Autor: <a>Rechtsanwalt</a> Sebastian Einbock"; the line's
    element (the <br> before it) and the words after its label."""
    breaks = list(body.iter("br"))
    for br in reversed(breaks[-6:]):
        label = _LINE_LABEL.match(br.tail or "")
        if label is None:
            continue
        words = [br.tail[label.end():]]
        for sibling in br.itersiblings():
            if not isinstance(sibling.tag, str):
                words.append(sibling.tail or "")
                continue
            if sibling.tag == "br" or sibling.tag in _BLOCKS_AFTER_LINE:
                break
            words.append(visible_text(sibling) + " " + (sibling.tail or ""))
        said = squash(" ".join(words))
        return (br, said) if 0 < len(said) <= 60 else None
    return None


# An author's label opening a line: "Autor:", "Author:", "Verfasser:".
_LINE_LABEL = lazy(r"\s*(?:Autor(?:in)?|Author|Verfasser(?:in)?|Auteur)\s*:\s*", re.IGNORECASE)
_BLOCKS_AFTER_LINE = frozenset(("p", "div", "ul", "ol", "table", "section", "figure", "h2", "h3", "h4", "hr"))


def _text_after(el: etree._Element, stop: etree._Element) -> bool:
    """Whether text follows the element inside ``stop`` (a list after a paragraph that is its title)."""
    node = el
    while node is not None and node is not stop:
        if (node.tail or "").strip() or any(isinstance(s.tag, str) and visible_text(s).strip() or (s.tail or "").strip()
                                               for s in node.itersiblings()):
            return True
        node = node.getparent()
    return False


# A paragraph set to the right by its style, as a Vietnamese writer's signature is.
_RIGHT_ALIGNED = lazy(r"text-align\s*:\s*right", re.IGNORECASE)


def _resolve(page: Page, value: Any) -> Any:
    """A JSON-LD node reference ({"@id": …}) replaced by the node it names, from any block of the page."""
    if not (isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value):
        return value
    def index(p: Page) -> dict[str, dict]:
        nodes = {}
        for block in json_ld(p):
            if block.error is None:
                for obj in _objects(block.data):
                    if isinstance(obj, dict) and isinstance(obj.get("@id"), str) and len(obj) > 2:
                        nodes.setdefault(obj["@id"], obj)
        return nodes
    return page.memo("jsonld_ids", index).get(value["@id"], value)


# The writers in brackets that open a story's last paragraph: "(By Jane Lin)", "(By Jane Lin and John Wu)".
_SIGNED_IN_BRACKETS = lazy(r"\(By\s+(?P<names>[^()]{3,80})\)(?:\s|$)")
# What a copyright notice says besides its holder: "Copyright (c) 2024 Condé Nast. All rights reserved."
_COPYRIGHT_WORDS = lazy(r"copyright|\(c\)|©|\b\d{4}(?:\s*[-–]\s*\d{4})?\b|all rights reserved\.?|[.,]\s*$", re.IGNORECASE)
_AUTHOR_METAS = ("author", "article:author", "og:author", "dc.creator", "citation_author", "parsely-author", "sailthru.author", "byl")
_HCARD = lazy(r"(?:^|\s)(?:vcard|fn|p-author|h-card)(?:$|\s)")
# A part of the byline that names the category or the tags, not a person.
_CATEGORY_CLASS = lazy(r"categor|rubri[ck]|(?:^|[\s_-])tags?(?:$|[\s_-])", re.IGNORECASE)
# (and Forbes' "contrib-byline-type", "Forbes Staff" or "Contributor" beside the name)
_ROLE_CLASS = lazy(r"(?:author|byline)\w*[-_]+(?:designation|role|job\w*|position|type)(?:$|[\s_-])|(?:^|[\s_-])designation(?:$|[\s_-])", re.IGNORECASE)
# An hCard's name that is an organization's ("fn org"): Wikipedia's infobox names the article's subject so.
_HCARD_ORG = lazy(r"(?:^|\s)org(?:$|\s)")
# Every class that _AUTHOR_CLASS or _HCARD finds holds one of these words: a quick first test for the
# many class values a byline search looks at (a third of the cost of the two case-blind searches).
_AUTHOR_WORDS = lazy(r"author|byline|autor|writer|reporter|contributor|verfasser|auteur|szerz|forfatter|skribent|yazar|muhabir|penulis|uid|vcard|fn|card|submitted|firma")
# The author's account on a social network, by a class that names it.
_HANDLE_CLASS = lazy(r"twitter|instagram|facebook|linkedin|mastodon|tiktok|bluesky|(?:^|[\s_-])(?:handle|tw|fb)(?:$|[\s_-])", re.IGNORECASE)
# The author of something the article quotes or hosts, not of the article: a fact check's claim ("statement-author" at
# Polygraph), a quotation, a comment, a testimonial, a review; or of a photo (rp.pl's <div class="article__image-author">PAP/
# Rafał Guz</div> under the lead photo is its credit).
_OTHER_AUTHOR = lazy(r"(?:statement|claim|quote|comment|testimonial|review|image|img|photo|foto|picture|bild)[-_]?(?:author|autor)",
                     re.IGNORECASE)
# A channel or profile on a video or social platform is not the site's author page.
_PLATFORM = lazy(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:youtube\.com|vimeo\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|tiktok\.com|linkedin\.com|pinterest\.\w+)/"
    r"|[/_-](?:new_)?(?:registration|register|signup|sign-up|sign_up|login|log-in|signin|sign-in|subscribe|subscription)(?:$|[/?._-])",  # Yomiuri: /member/free/new_registration/
    re.IGNORECASE,
)
_AUTHOR_HREF = lazy(
    r"(?<!licenses)/(?:author|authors|autor|autoren|profile|profil|profiles|staff|editors?|journalist|journalisten|people|contributors?|writers?|redaktion|team|user|u|members?|by)/"
    r"|/(?:author|autor)-[\w.-]+/?$"  # Spiegel: /impressum/autor-bd6e3a45-…; Times of India: /toireporter/author-Saibal-Dasgupta-13399.cms
    r"|/(?:columnists?|agency)/[\w.-]+"  # a columnist's or an agency's page: the Indian Express' /columnist/ptindia/, /agency/pti/
    r"|/@[\w.-]+/?$",  # Medium and Substack profiles: /@janedoe
    re.IGNORECASE,
)
# "By" and a name: not "By clicking “Submit” you agree", not "by the way".
_BY_LINE = lazy(
    # A CMS's byline with a user name, which may be lower case ("Posted in News by jdoe", "Gespeichert von rasos").
    r"^\s*(?:posted\s+in\s+[^|]{2,40}?\s+by|submitted\s+by|(?:gespeichert|eingestellt|verfasst|geschrieben|erstellt)\s+von)\s*:?\s+\S|"
    r"^\s*(?:(?:" + _KIND_OR_TITLE_BY + "|"
    r"by|von|par|por|di|door|av|af|oleh|بقلم|מאת|(?:ein\s+|blog[- ]?)?(?:artikel|beitrag|kommentar|gastbeitrag|gastkommentar|analyse|kolumne|reportage)\s+von|text\s+von|written\s+by|reported\s+by|(?:words|story|compiled|reporting|writing)\s+by|escrito\s+por|escribe|scritto\s+da|écrit\s+par|"
    r"posted\s+(?:on\s+[^|]{3,40}?\s+)?by|publié\s+par|publicado\s+por|pubblicato\s+da|propos\s+recueillis\s+par|entretien\s+réalisé\s+par)\s*:?\s+|"
    r"(?:auteure?|autor(?:in)?|author|verfasser|redaktion|text(?:\s*(?:&|und|/)\s*(?:fotos?|bilder?))?)\s*:\s*|(?:作者|记者|記者|筆者|文|取材・文|文・写真)\s*[:：]\s*|(?:文|作者|记者|記者)\s*[／/]\s*|(?:بقلم|كتب|نویسنده|लेखक)\s*:\s*|(?:yazan|yazar|автор|текст|szerző|teksti|toimittaja|tekst|texte|testo|redacción|tác giả|penulis|מאת|autorius|autorė|autors|forfatter|författare|kirjoittaja|opracowanie|συντάκτης|contributor|texto|reportagem|reporter|writers?|wartawan|pewarta|muhabir|(?:words|story|report)(?:\s*(?:&|and)\s*(?:pictures|photos?|images))?)\s*:\s*)(?-i:(?![a-z\d]))\S",
    re.IGNORECASE,
)

_CAPTION_HOLDER = lazy(r"(?:^|[\s_-])(?:fig)?caption(?:$|[\s_-])|(?:^|\s)pie-?de-?foto(?:$|\s)", re.IGNORECASE)


def _byline_candidate(el: etree._Element, lang: str = "") -> tuple[etree._Element, str] | None:
    """(element, text) when el carries author names (never a photo credit); ``lang``, the page's language without region."""
    found = _byline_candidate_any(el, lang)
    if found is None:
        return None
    name_el, text = found
    if _CREDIT_LIKE.search(text) or any(a.tag in ("figure", "figcaption") for a in name_el.iterancestors()):
        return None
    unseen = {d for d in name_el.iterdescendants() if isinstance(d.tag, str) and _SEPARATOR_CLASS.search(d.get("class") or "")
              and not _says_by(visible_text(d))}
    if unseen and (shown := visible_text_without(name_el, unseen)):
        # words for screen readers only are no part of the name (MIT Technology Review's <a class="byline__name">James
        # O'Donnell<span class="screen-reader-text">archive page</span></a>, bioRxiv's "View ORCID Profile" before each
        # name), but for a "By" that they alone say (chocolate.com's <span class="screen-reader-text">| By </span>)
        text = shown
        found = (name_el, text)
    if any("firma" in (a.get("class") or "").lower().split() for a in (name_el, *itertools.islice(name_el.iterancestors(), 2))) \
            and _CAPTION_HOLDER.search(" ".join(a.get("class") or "" for a in itertools.islice(name_el.iterancestors(), 3))):
        return None  # a signature in a caption (El País's <p class="figcaption">… / <span class="firma">GORKA LEJARCEGI</span>): the photographer
    if any(_TRANSLATED_BY.search(a.text or "") for a in itertools.islice(name_el.iterancestors(), 2)):
        return None  # the translator: reset.org's "Übersetzung <span><a>Sarah-Indra Jungblut</a></span>" after "Autor Mark Newton"
    link = name_el if name_el.tag == "a" else next(name_el.iter("a"), None)
    if link is not None and (_PHOTO_PAGE.search(link.get("href") or "") or "license" in (link.get("class") or "")):
        return None  # the photographer of a licensed photo (reset.org: "Nenad Stojkovic", linked to the photo's Wikimedia page)
    if any(_OTHER_AUTHOR.search(a.get("class") or "") for a in itertools.islice(el.iterancestors(), 4)):
        return None  # "<div class="statement-author"><h4 class="author">": the claim's author
    if _HANDLE_CLASS.search((el.get("class") or "") + " " + (name_el.get("class") or "")):
        return None  # the author's account on a social network: La República's "items-twitter-authors" with "larepublica_pe"
    if el.get("itemprop") in ("author", "creator") and _in_other_item(el):
        return None  # a review's or a comment's author in microdata
    return found


def _says_by(text: str) -> bool:
    """Whether text is a byline's "By" alone ("| By ", "Von", "Autor:")."""
    said = text.strip(" |·•,–-")
    found = _BY.match(said + " ") if said else None
    return found is not None and found.end() >= len(said)


_BY_BEFORE = lazy(r"(?:^|\s)(?:by|von|par|por|door|av|af)\s*:?\s*$", re.IGNORECASE)
# What someone made other than the text, before "by": a site's footer ("Theme by …", "Powered by …", "Design von …"), a picture
# ("Portrait by …", "Photo by …", "Illustration by …"); an advertiser's ("Sponsored by State Farm", "Presented by …", "Brought to you by …")
_MADE_BY = lazy(r"(?:^|\W)(?:theme|powered|designed|design|developed|built|hosted|made|template|photos?|photographs?|images?|illustrations?|"
                r"sponsored|presented|brought to you|supported|funded|paid for|gesponsert|präsentiert|unterstützt|"
                r"patrocinado|sponsorisé|présenté|sponsorizzato|"
                r"fotos?|bild(?:er)?|portraits?|cartoons?|videos?|graphics?|artwork|art|drawings?|maps?|grafik|karikatur|zeichnung)\s*$",
                re.IGNORECASE)

_POSTS_BY = lazy(r"\s*(?:(?:see|view)\s+)?(?:all\s+|more\s+)?(?:posts|articles|stories|entries)\s+(?:from|by)\s+(?P<name>[^\d:|]{3,60}?)\s*$",
                 re.IGNORECASE)


def _avatar_and_name(link: etree._Element, lang: str) -> str | None:
    """The name a link says beside a small picture whose alt says it too (an avatar, 64 pixels or less), when the line
    around the link dates the story; None otherwise."""
    img = next(link.iter("img"), None)
    if img is None or not img.get("alt"):
        return None
    text = visible_text(link)
    if not text or squash(img.get("alt")).casefold() != text.casefold() or not 1 <= len(text.split()) <= 4 or _DIGIT.search(text):
        return None
    sizes = [int(v) for v in (img.get("width"), img.get("height")) if v and v.isdigit()]
    if not sizes or max(sizes) > 64:
        return None
    line = link.getparent()
    said = visible_text(line) if line is not None else ""
    return text if len(said) <= 120 and parse_visible_date(said, lang, fallback=True) is not None else None


def _in_list_of_the_text(link: etree._Element) -> bool:
    """Whether a link stands in a list item of a list that follows a paragraph of the text in the same box (not a meta
    line's list of the author, the date and the category above the text)."""
    item = next((a for a in itertools.islice(link.iterancestors(), 2) if a.tag == "li"), None)
    listed = item.getparent() if item is not None else None
    if listed is None or listed.tag not in ("ul", "ol"):
        return False
    return any(p.tag == "p" and len(visible_text(p)) > 80 for p in itertools.islice(listed.itersiblings(preceding=True), 5))


def _in_other_item(el: etree._Element) -> bool:
    """Whether the microdata item a property belongs to is a review, comment or answer, not the article."""
    for a in itertools.islice(el.iterancestors(), 20):
        if a.get("itemscope") is not None:
            return bool(_OTHER_ITEM.search(a.get("itemtype") or "") or (a.get("itemprop") or "") in ("review", "comment", "suggestedAnswer", "acceptedAnswer"))
    return False


# A postal code before a town, or a telephone number: an address block's contents.
_POSTAL = lazy(r"\b\d{4,5}\s+[A-ZÀ-Þ]|\b(?:tel|phone|telefon|fon)\.?\s*:?\s*\+?\d", re.IGNORECASE)
_OTHER_ITEM = lazy(r"schema\.org/(?:Review|Comment|Answer|Rating|UserComments)\b", re.IGNORECASE)

_TRANSLATED_BY = lazy(r"(?:übersetzung|übersetzt von|translation|translated by|traduction|traduit par|traducción|traducido por|tradução|traduzione|tradotto da|vertaling)\s*:?\s*$", re.IGNORECASE)
_PHOTO_PAGE = lazy(r"commons\.wikimedia\.org/wiki/(?:File|Datei):|flickr\.com/photos/|unsplash\.com/(?:@|photos/)|pixabay\.com/(?:users|photos)/|pexels\.com/(?:@|photo/)")
_CREDIT_LIKE = lazy(r"^\s*(?:(?:Bild|Bilder|Foto|Fotos|Photo|Photos|Image|Images|Quelle|Credit)s?\s*:|(?:Photo|Photograph|Foto|Bild|Image)s?\s+(?:by|von)\s)|©|\(c\)", re.IGNORECASE)


def _in_menu(link: etree._Element) -> bool:
    """Whether a link is one item of a menu: among five or more items of its kind, nearly all
    of them nothing but a link, most of those to other places than people (a list of authors'
    links is no menu, nor a post's meta line of author, date and section)."""
    item = link.getparent()
    if item is None or item.tag not in ("li", "dd", "dt") or (container := item.getparent()) is None:
        return False
    items = [c for c in itertools.islice(container, 200) if c.tag == item.tag]
    if len(items) < 5:
        return False
    links = [a for c in items if (a := next(c.iter("a"), None)) is not None and visible_text(a) == visible_text(c)]
    to_people = sum(1 for a in links if _AUTHOR_HREF.search(a.get("href") or ""))
    return len(links) >= 0.8 * len(items) and to_people * 2 < len(links)


# RDFa's schema.org properties, with or without the vocabulary's prefix: <span property="author" typeof="Person">.
_RDFA_AUTHOR = frozenset(("author", "schema:author", "creator", "schema:creator"))
_RDFA_NAME = frozenset(("name", "schema:name"))
_LIST_OF_NAMES = lazy(r",\s*(?:and\s+)?|\s+and\s+")
_ITEMPROP_AUTHOR = frozenset(("author", "creator"))


def _byline_candidate_any(el: etree._Element, lang: str) -> tuple[etree._Element, str] | None:
    get = el.get
    itemprop = get("itemprop")
    # (itemprop may hold more than one property: <span itemprop="author name">; the nonstandard <author> element says it too)
    # (not the site that is also the publisher: <span itemprop="author publisher" itemtype="…/Organization">)
    if get("rel") == "author" or itemprop is not None and not _ITEMPROP_AUTHOR.isdisjoint(props := itemprop.split()) and "publisher" not in props \
            or get("data-hook") == "user-name" \
            or get("property") in _RDFA_AUTHOR and el.tag != "meta" or el.tag == "author":  # Wix marks its bylines with data-hook; RDFa with property
        inner = next((c for c in el.iter() if c.get("itemprop") == "name" or c.get("property") in _RDFA_NAME), None)
        if inner is not None:
            text = squash(inner.get("content") or inner.get("value") or visible_text(inner))
            return (inner, text) if text else None
        text = visible_text(el) or squash(el.get("content") or el.get("value"))
        # (a list of many names is longer: the Herald Sun's seven reporters in one itemprop="author")
        return (el, text) if text and (len(text) <= 100 or len(text) <= 240 and all(len(n) <= 40 for n in _LIST_OF_NAMES.split(text))) else None
    cls = get("class")
    # The BBC's hashed classes: <div data-testid="byline-new">; Haaretz's data-test="authorLink", SCMP's data-qa="AuthorName-Link";
    # and the id of an element that holds only the name, where no class says it (<span id="author-name">Jane Doe</span>; not Page Six's
    # <div id="author-byline"> around the byline and the author's menu).
    testid = get("data-testid") or get("data-component") or get("data-test") or get("data-qa") or (get("id") if not cls and not len(el) else None)
    if testid:
        cls = f"{cls} {testid}" if cls else testid
    if cls and _AUTHOR_WORDS.search(cls.lower()) and (_AUTHOR_CLASS.search(cls) or _HCARD.search(cls) and not _HCARD_ORG.search(cls)) \
            and not _OTHER_AUTHOR.search(cls):
        if _CATEGORY_CLASS.search(cls) or _ROLE_CLASS.search(cls):
            # the byline's category beside the author (WordPress themes' "cb-category cb-byline-element"), or the author's
            # role (The Straits Times' "author-designation": "Middle East Correspondent")
            return None
        text = visible_text(el)
        if el.tag in ("ul", "ol") and 0 < len(el) <= 5:  # <ul class="author"><li>Name</li></ul>
            names = [visible_text(li) for li in el if li.tag == "li" and visible_text(li)]
            return (el, " and ".join(names)) if names and all(len(n) <= 60 for n in names) else None
        if 2 <= len(el) <= 5 and _repeated_items(el):  # Drupal: one <div class="field--item"> per author
            names = [visible_text(c) for c in el]
            links = [next(c.iter("a"), None) for c in el]
            if all(0 < len(n) <= 60 and a is not None and visible_text(a) == n for n, a in zip(names, links)):
                return el, " and ".join(names)  # each item only a link: a name, not "Illustration by …" or a label
        if text and len(text) <= 100 and el.tag not in ("section", "article", "main", "body", "ul", "img", "table"):
            links = [a for a in el.iter("a") if visible_text(a) and _AUTHOR_HREF.search(a.get("href") or "") and not _PLATFORM.search(a.get("href") or "")]
            if links:
                return links[0], " and ".join(visible_text(a) for a in links)
            for inner in el.iterdescendants():  # "By <span>Name</span>" inside a byline that also holds the date
                own = squash(inner.text) if isinstance(inner.tag, str) else ""
                if own and (_BY_LINE.match(own) or own.lower() in ("by", "von", "par", "por") and len(inner)):
                    if own.split()[0].lower() in _OF_PARTICLES and _NAME_BEFORE.search(text[: text.find(own)]):
                        continue  # "Daniel D. <span>Von Hoff</span>": a particle of the surname, not the label
                    said = visible_text(inner)
                    if len(said) <= 80:
                        return inner, said
            return _author_inside(el, text, lang) or _names_beside_roles(el) or (el, text)
        return None
    tag = el.tag
    if tag == "a" and (said := _POSTS_BY.match(get("aria-label") or get("title") or "")) and not _PLATFORM.search(get("href") or ""):
        # a link that says it leads to the author's posts: HEY World's <a aria-label="All posts from David Heinemeier Hansson"
        # href="/dhh"> around the avatar and the name above the title
        return el, said["name"].strip()
    if tag == "a" and (by := _BY_BEFORE.search(before := text_before(el))) and not _MADE_BY.search(before[: by.start()]) \
            and _person_like(text := visible_text(el)) and not _runs_on(el, len(text) + 80) and not _PLATFORM.search(get("href") or ""):
        # a name linked after "by" in a meta line, its link to no author's page: joshua.hu's
        # <span class="post-date">Published on <time>March 4th, 2026</time> by <a href="/about">Joshua Rogers</a></span>
        return el, text
    if tag == "a" and (pictured := _avatar_and_name(el, lang)) is not None:
        # the writer's small picture and name, linked, in the line that dates the story: Obsidian's blog, <a href="https://github.com/lishid">
        # <img alt="Licat" height="30" width="30">Licat</a> <span>on June 5, 2023</span>
        return el, pictured
    if tag == "a" and _AUTHOR_HREF.search(get("href") or "") and not _PLATFORM.search(get("href") or ""):
        text = visible_text(el)
        words = text.split()
        # A name, or a handle in one word; not "patriarchalen Weiblichkeit" linked in the text.
        if text and 1 <= len(words) <= 4 and not _DIGIT.search(text) and (len(words) == 1 or not words[0][:1].islower()):
            paragraph = next((a for a in itertools.islice(el.iterancestors(), 3) if a.tag == "p"), None)
            if paragraph is not None and len(visible_text(paragraph)) > len(text) + 80 or _runs_on(el, len(text) + 80):
                return None  # a link in a paragraph of the text: someone the article names
            if _in_list_of_the_text(el):
                return None  # a list in the text of the people it names ("People mentioned"), some linked to their pages on the site
            if _in_menu(el):
                return None  # Yomiuri's "myニュース" (/member/mynews/) among the site's services
            return el, text
        return None
    if tag == "address":
        text = visible_text(el)
        if _POSTAL.search(text):
            return None  # "Bundeshaus Ost 3003 Bern Schweiz": the office's address, not the author
        return (el, text) if text and len(text) <= 80 else None
    raw = (el.text or "").lstrip(" -–—|·•\u00a0")  # "- Redaktion: …" after the date
    if not raw and len(el) and el[0].tag is etree.Comment:
        raw = _lead_text(el).lstrip(" -–—|·•\u00a0")
    if raw and not len(el) and (inside := _CJK_WRITER_INSIDE.search(raw)) is not None:
        text = squash(raw[inside.start():])  # "来源：新华网 作者：李明": a Chinese meta line's writer, after its date and source
        return (el, text) if len(text) <= 80 else None
    if raw and not len(el) and raw.lstrip()[:1].isdigit():
        m = _DATE_THEN_NAME.match(raw)  # "11.12.2019 - Amelie Loevenich": the meta line's date, then the author
        if m is None or any(_DATED_LINE.match(squash(visible_text(s))) for s in (el.getprevious(), el.getnext()) if s is not None and isinstance(s.tag, str)):
            return None  # one line of a list of dated lines: a concert calendar's "17.11.2022 - Aymz - Grelle Forelle"
        return el, m.group(1)
    if raw.startswith("(") and (m := _KOREAN_DATELINE.match(raw)):
        return el, m["name"].replace("·", ", ")  # "(서울=연합뉴스) 홍길동 기자 = …": Yonhap's dateline names the reporters
    if raw[:1] >= "\uac00" and not len(el) and (m := _KOREAN_REPORTER.fullmatch(raw.strip())):
        return el, m["name"].replace("·", ", ")  # "<span>이용민 기자 | </span>": a Korean name and its role, unmarked (Daejon Ilbo)
    if not raw or raw.lstrip()[:1].lower() not in _BY_INITIALS:
        return None  # what follows needs a text that starts with a byline word
    own = squash(raw)
    if own and _BY_LINE.match(own) or (len(el) and not _BY.sub("", own + " ")):  # "By <span>Name</span>", "Ein Artikel von <strong>"
        text = visible_text(el)
        text = text[max(text.find(own[:20]), 0):]  # from the "By" on: "<span>yas!</span> | By Cara Stiles"
        if len(el) and el[0].tag == "br" and _BY_LINE.match(own) and not _LINE_GOES_ON.match(el[0].tail or ""):
            text = own  # the byline's line, not the next one: "By Jane Doe<br>Reuters" (but "By Jane Doe<br>and John Roe")
        if el.tag in _SUBHEADINGS and not all(_person_like(n) for n in _names_in(text, lang) or ["-"]):
            return None  # a subheading of the text that opens with "Von" ("Von Risiken und Nebenwirkungen"), not a byline
        if len(text) <= 80:
            return el, text
    if lang in _BY_IN and not len(el) and _names_after_own_by(own, lang):
        return el, own  # "Per Joan Puig" on a Catalan page, "de Ion Popescu" on a Romanian one
    label = own.lower().rstrip(": ")
    if label in _AUTHOR_LABEL_WORDS and not len(el) and squash(el.tail):
        tail = squash(el.tail)  # <span>Autor:</span> Fritz Imhof<br>
        if len(tail) <= 60:
            return el, tail
    if label in _LABEL_BEFORE_NAME and not len(el) and el.tag != "th":  # (a table's row header: an infobox's "Written by", a film's writer)
        found = _name_after_label(el)  # the name in the next element: "<dt>Text</dt><dd>Jane Doe</dd>", a magazine's credits box
        return found if found is not None and _person_like(found[1]) else None
    if (label in ("by", "von", "par", "por") or label in _AUTHOR_LABEL_WORDS or label in _BY_IN.get(lang, ())) and not len(el):
        parent = el.getparent()  # <strong>von</strong> <span>Name</span>
        text = visible_text(parent) if parent is not None else ""
        said = re.search(rf"\b{re.escape(label)}\b", text, re.IGNORECASE)
        text = text[said.start():] if said else text  # from the label on: "<span>yas!</span> <span>| By </span>…"
        if 0 < len(text) <= 80:
            return parent, text
        return _name_after_label(el)
    return None


def _author_inside(box: etree._Element, text: str, lang: str) -> tuple[etree._Element, str] | None:
    """The part of a byline box whose class says author, when it names everyone the whole box does: Gannett's
    "byline-section" runs the names, the paper and the date together ("Lisa Kaczke and Trevor J. Mitchell Sioux
    Falls Argus Leader Published 10:02 AM EST Nov 19, 2019"), its <span class="author"> says the names alone. A part
    marked as the author in microdata or with rel=author names them first: MSN's "authorinfo" box runs the partner's
    name into the author's ("Tech Insider Alex Perry 1 day ago"), its itemprop=author says "Alex Perry"."""
    # A byline box is small: its first 200 elements are read (a deeply nested page's boxes are not read whole, each of them).
    parts = [d for d in itertools.islice(box.iterdescendants(), 200) if isinstance(d.tag, str)]
    marked = {d for d in parts if d.tag != "meta" and (d.get("itemprop") in ("author", "creator") or d.get("rel") == "author")}
    if marked:
        outer = [d for d in parts if d in marked and not any(a in marked for a in itertools.takewhile(lambda a: a is not box, d.iterancestors()))]
        found = [_byline_candidate_any(d, lang) for d in outer[:5]]
        if found and all(found) and all(_names_in(f[1], lang) for f in found):
            return found[0][0], " and ".join(f[1] for f in found)
    wrappers = 0
    for inner in parts:
        cls = inner.get("class")
        if not cls or not _AUTHOR_WORDS.search(cls.lower()) or not _AUTHOR_CLASS.search(cls) or _OTHER_AUTHOR.search(cls):
            continue
        said = visible_text(inner)
        if not said or len(said) >= len(text):
            wrappers += 1  # a box around the same words: the part may stand inside it
            if wrappers > 8:
                return None
            continue
        named = {normalize(n) for n in _names_in(said, lang)}
        if named and {normalize(n) for n in _names_in(text, lang)} <= named:
            return inner, said
        where_and_when = {d for d in parts if d.tag == "time" or _PLACE_OR_DATE_CLASS.search(d.get("class") or "")}
        rest = visible_text_without(box, {inner, *where_and_when}).strip(" ,|·•–-")
        if named and (not rest or _outlet_alone(rest)):
            # the rest of the box its place and its date: El Mundo's "byline-name", "byline-location", "publishdate"; or the
            # newsroom's name in a part of its own, CNN's "byline__names" and "byline__sub-text" ("CNN")
            return inner, said
        return None  # the first part that says author decides
    return None


_SUBHEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _outlet_alone(text: str) -> bool:
    """Whether a byline box's other part names only a newsroom: one word ("CNN"), an agency, or a paper ("The Canadian Press")."""
    if _LIST_OF_NAMES.search(text):
        return False
    return len(text.split()) == 1 and text[:1].isupper() or bool(_agencies_of(text)) or _PUBLICATION_END.search(" " + text) is not None


# Classes of a byline box's parts that say where and when, not who: "byline-location", "publishdate", "dateline".
_PLACE_OR_DATE_CLASS = lazy(r"location|place|city|dateline|date|time|publish|updated", re.IGNORECASE)
# What a byline's next line opens with when it goes on with more names: "and", "&", a comma.
_LINE_GOES_ON = lazy(r"\s*(?:,|&|(?:and|und|et|y|e|en|och|og|i|a)\s)", re.IGNORECASE)


def _names_beside_roles(el: etree._Element) -> tuple[etree._Element, str] | None:
    """The names of a byline that gives each person's role or desk in an element of its own, right after the
    name and with nothing between them, not even a space (the markup a script renders): the BBC's "Nick
    Beake" above "Europe correspondent", Postlight's "Gina Trapani" beside "CEO" (read whole, the texts run
    together: "Gina TrapaniCEO"). Parts a space apart are one part ("Bradon R." "McDonald"); text between
    them ("Havell Markus, Jun Zhao") reads right whole. None when the parts are not names and roles by turns:
    a label, a list of tags, a date."""
    leaves: list[str] = []
    lines: set[int] = set()  # the parts that open a line of their own, after a <br>
    glued = True  # whether the next text starts a part of its own
    for event, d in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if not isinstance(d.tag, str):
                continue
            if d.tag == "br" and _LINE_GOES_ON.match(d.tail or ""):
                glued = False  # a byline that goes on after its line break ("By Jane Doe<br>and John Roe"): one line of names
                continue
            if len(d):
                between = d.text
            else:
                t = visible_text(d)
                if t:
                    if glued or not leaves:
                        leaves.append(t)
                    else:
                        leaves[-1] += " " + t
                    glued = True
                continue
        else:
            if d is el:
                break
            between = d.tail
        if between:
            if between.strip():
                # Text of its own glued to the parts beside it is a part too (NOS: "Jan Jansen<span>verslaggever</span>").
                if between != between.rstrip() or leaves and (between != between.lstrip() or not glued):
                    return None
                if d.tag == "br":
                    lines.add(len(leaves))
                leaves.append(squash(between))
                glued = True
            else:
                glued = False
    if not 2 <= len(leaves) <= 12:
        return None
    names = []
    i = 0
    while i < len(leaves):
        name = leaves[i]
        if not all(_person_like(p) for p in _NAME_SPLIT.split(name)) and not (i == 0 and _spelled_out_agency(name)):
            return None  # (an agency's name or code stands for the writer: The Economic Times' <span class="ag">PTI</span><time>…)
        names.append(name)
        role = leaves[i + 1] if i + 1 < len(leaves) else None
        if role is not None and not all(_person_like(p) for p in _NAME_SPLIT.split(role)):
            if _person_like(f"{name} {role}") and i + 1 not in lines:
                return None  # the rest of the name (not on a line of its own: "By Jane Doe<br>Reuters")
            i += 1
        i += 1
    return el, " and ".join(names)


# A capitalized word (a given name, an initial) right before: what follows continues the name.
_NAME_BEFORE = lazy(r"[A-ZÀ-Þ][\w'’-]*\.?\s*$")


def _lead_text(el: etree._Element) -> str:
    """The element's text before its first child element, across the empty comments React writes
    between text nodes ("<div> <!-- -->Written by <a>…")."""
    text = el.text or ""
    for child in el:
        if isinstance(child.tag, str):
            break
        text += child.tail or ""
    return text


def _repeated_items(el: etree._Element) -> bool:
    """Children that are blocks of one kind, the same tag and class, with no text before or between them."""
    first = el[0]
    return (first.tag in ("div", "p", "li") and not squash(el.text)
            and all(c.tag == first.tag and c.get("class") == first.get("class") and not squash(c.tail) for c in el))


def _name_after_label(label: etree._Element) -> tuple[etree._Element, str] | None:
    """The name in the element right after a "By" label whose byline also holds long texts (an author's
    bio in a tooltip or a menu): the first text in that element (Dotdash Meredith's “<span>By</span>
    <div data-tooltip=…><a>Jane Doe</a><div>bio…</div></div>”, the WSJ's author menu)."""
    after = label.getnext()
    if after is None or not isinstance(after.tag, str):
        return None
    name_el = next((el for el in after.iter() if isinstance(el.tag, str) and squash(el.text)), None)
    if name_el is None:
        return None
    text = visible_text(name_el)
    return (name_el, text) if 0 < len(text) <= 60 else None


# Labels of the writer's name in an element of its own, the name in the next one (a credits box's "Text", "Interview", "Words").
_LABEL_BEFORE_NAME = frozenset(("text", "texte", "texto", "testo", "tekst", "words", "written by", "interview", "story", "reported by", "reporter"))
_AUTHOR_LABELS = frozenset(("author", "authors", "autor", "autorin", "autoren", "verfasser", "verfasserin", "auteur", "auteure", "autore"))
# A label alone in its element, the name after it: "<strong>Autor:</strong> <span>…", Kompas's "<h6>Penulis</h6><div><a>…" (Indonesian
# and Malay "writer"), "Writer", Turkish "Yazar".
_AUTHOR_LABEL_WORDS = frozenset(("autor", "author", "auteur", "autorin", "verfasser", "writer", "penulis", "yazar"))


def _runs_on(el: etree._Element, limit: int) -> bool:
    """Whether more than ``limit`` characters of text flow inline around el in its block (a link in a
    sentence, not in an author box whose bio is a paragraph of its own). Stops reading at the limit."""
    block = next((a for a in el.iterancestors() if a.tag not in INLINE), None)
    if block is None:
        return False
    size = 0
    stack: list[etree._Element | str] = [block]  # iterative: inline elements may nest deeper than Python recurses
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            text = item
        else:
            text = item.text or ""
            for child in reversed(item):
                stack.append(child.tail or "")
                if isinstance(child.tag, str) and child.tag in INLINE:
                    stack.append(child)
        words = text.split()
        if words:
            size += len(" ".join(words)) + 1  # squashed, with the space that joins it to the next part
            if size > limit + 1:
                return True
    return False


# A Korean reporter's byline without markup: the name (or names), then the role, perhaps the separator before the date.
_KOREAN_REPORTER = lazy(r"(?P<name>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:선임|수석|객원)?(?:기자|특파원)\s*[|·/]?")
# Korean agency copy opens with "(city=agency) name 기자 =": "(서울=연합뉴스) 홍길동 기자 = 정부는 …".
_KOREAN_DATELINE = lazy(r"\((?P<city>[^=()]{1,12})=(?P<agency>[^=()]{1,12})\)\s*(?P<name>[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*=")
_DATED_LINE = lazy(r"\d{1,2}\.\d{1,2}\.\d{2,4}\s*[-–|·]")
_DATE_THEN_NAME = lazy(r"\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:\|\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?\s*)?[-–|·]\s*([A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){1,3})\s*$")

# The first letters of by, von, par, por, di, door, av, af, autor, author, auteur, verfasser, ein artikel von,
# written by, escrito por, scritto da, écrit par, text, redaktion.
_BY_INITIALS = frozenset("bvpdafewsétrgkoyатnlmcuiავՀ作记記筆文取بكنलמγστ")  # and "oleh", "yazan", Cyrillic "автор", "текст", Japanese "文：", Arabic, Persian, Hindi, Hebrew, Greek


def _authors_article(el: etree._Element, headline: etree._Element | None) -> bool:
    """Marked as the author (rel=author, itemprop=author, inside an <address>) in the <article> that holds
    the headline, or beside the headline, two levels up from it: this names the article's author even in an
    <aside> or a <nav> (The Guardian's byline column, NDTV's "pst-by" nav), not in a box of other stories or comments."""
    if headline is None:
        return False
    marked = el.get("rel") == "author" or el.get("itemprop") in ("author", "creator")
    scope = _article_of(headline)
    if scope is None:  # the headline's container and the one around it ("sp-ttl-wrp" in "sp-hd")
        scope = next(itertools.islice(headline.iterancestors(), 1, 2), headline.getparent())
    for a in el.iterancestors():
        if a.tag == "address":
            marked = True
        if a is scope:
            return marked
        if a.tag == "article" or names_box(a, layout=False, share=False):
            return False  # another article, or a box of other stories: a teaser (Wired's "most popular" list in its story's <article>)
    return False


def _same_publisher(name: str, publisher: str | None) -> bool:
    """Whether a name is the publisher's, its domain aside ("La República" and "LaRepública.pe")."""
    if not publisher:
        return False
    return name == publisher or letters(name) == letters(_DOMAIN_SUFFIX.sub("", publisher)) != ""


_DOMAIN_SUFFIX = lazy(r"\.(?:com|net|org|info|[a-z]{2})(?:\.[a-z]{2})?\s*$", re.IGNORECASE)


def _near(a: etree._Element, b: etree._Element) -> bool:
    """Within the same small container: three levels up from either."""
    ups = {a, *list(a.iterancestors())[:3]}
    return any(x in ups for x in [b, *list(b.iterancestors())[:3]])


class AuthorFields:
    """The authors and byline fields."""

    @_once
    def authors(self) -> list[dict[str, Any]]:
        page = self.page
        profiled = self._profiled("authors")
        if profiled is not None:
            return _names([(visible_text(el), source_of(page, el)) for el in profiled], self._lang())
        for block, obj in articles(page):
            names = self._jsonld_people(block, obj)
            if names and all(self._is_site(n["name"]) for n in names):
                # "El Colombiano" as the author of every article: the byline names the person.
                return self._byline_people() or names
            if names:
                return self._byline_against(self._all_shown(self._shown_names(names)))
        byline = self._byline_people()
        if byline:
            return byline
        # Not a link, nor an organization ("Bundesministerium für Wirtschaft und Klimaschutz" splits into words that are
        # no one's); the next author tag may name the person (Gizmodo Japan: "mediagene Inc.", then the writer).
        # (markup in a tag's value is no name: CNN's og:author "By <a href="/profiles/amir-vera">Amir Vera</a>, …")
        metas = [(_TAG.sub("", c) if "<" in c else c, e, k) for c, e, k in self._metas(*_AUTHOR_METAS)]
        for content, el, key in metas:
            if self._holds_copyright(content) and any(normalize(c) != normalize(content) for c, _, _ in metas):
                continue  # the publisher, as every page's author tag says, before the tag that names the writer
            if not content.startswith("http") and not _ORGANIZATION.search(content):
                if key in _LISTED_AUTHORS:  # one tag a person, "Surname, Given": every tag of that name
                    listed = [(_given_first(c), _meta_source(page, e, k)) for c, e, k in metas
                              if k == key and not c.startswith("http") and not _ORGANIZATION.search(c)]
                    people = self._people(_names(listed, self._lang()))
                else:
                    # "Doe, Jane" too; and each tag of the key when the page writes one per author (<meta name="author"> twice)
                    listed = [(_catalogued(c), _meta_source(page, e, k)) for c, e, k in metas
                              if k == key and (e is el or not c.startswith("http") and not _ORGANIZATION.search(c))]
                    people = self._people(_names(listed, self._lang()))
                if people:
                    return people
        for n in ("1", "2"):  # Yoast's Twitter card: twitter:label1 "Written by", twitter:data1 the name
            label = self._meta(f"twitter:label{n}")
            data = self._meta(f"twitter:data{n}") if label and _WRITTEN_BY.match(label[0]) else None
            if data:
                return self._people(_names([(data[0], _meta_source(page, data[1], data[2]))], self._lang()))
        return self._signature() or self._editor_in_charge()

    def _signature(self) -> list[dict[str, Any]]:
        """The writer's name alone in the text's last paragraph, on a page that names no author otherwise: set to the
        right, as Vietnamese papers sign a story (VnExpress's <p style="text-align:right;"><strong>Nguyễn Văn An</strong></p>,
        "Như Tâm (theo Reuters)"), or the whole paragraph in bold or italics after the text, as German magazines do
        (eishockeynews.de's <p><b><i>Stefan Wasmer</i></b></p>, galore.de's <p><strong>Marina Mucha</strong></p>), and not
        a box's title ("Ähnliche Beiträge") nor a link; on Korean, Japanese and Chinese pages, the reporter's line or the
        writers in brackets that close the text (_korean_signature, _cjk_signature)."""
        page, lang = self.page, self._lang()
        body = article_body(page)
        if body is not None and lang in ("ko", "ja", "zh"):
            signed = _korean_signature(page, body) if lang == "ko" else _cjk_signature(page, body, lang)
            if signed:
                return signed
        if body is not None and (line := _labelled_line(body)) is not None:
            return self._people(_names([(line[1], source_of(page, line[0]))], lang))
        said_ps = list(itertools.islice((p for p in reversed(body.xpath(".//p")) if visible_text(p)), 3)) if body is not None else []
        last = said_ps[0] if said_ps else None  # (the last three paragraphs that say something, from the end)
        if last is None:
            return []
        if (signed := _SIGNED_IN_BRACKETS.match(visible_text(last))) is not None:
            # the writers in brackets that open the last paragraph, as Focus Taiwan signs its copy: "(By Jane Lin)<br>Enditem/AW"
            return self._people(_names([("By " + signed["names"], source_of(page, last))], lang))
        if _RIGHT_ALIGNED.search(last.get("style") or "") or (last.get("align") or "").lower() == "right":
            held = next(last.iter("strong", "b"), None)
        else:
            whole = visible_text(last).strip()
            held = next((e for e in last.iter("strong", "b", "em", "i") if visible_text(e).strip() == whole), None)
            if held is None or len(said_ps) < 3 or next(last.iter("a"), None) is not None or self.apart(last) or _text_after(last, body):
                return []
        said = re.sub(r"\s*\([^()]*\)$", "", visible_text(held if held is not None else last)).strip()
        return [{"name": said, "source": source_of(page, held if held is not None else last)}] if _person_like(said) else []

    def _editor_in_charge(self) -> list[dict[str, Any]]:
        """The editors in charge that Chinese news pages name at the story's end ("责任编辑：焦鹏", "【责任编辑:王芳】",
        People's Daily's "(责编：王芳、张伟)"), on a page that names no author otherwise: the people who answer for the
        story (the label may stand in an element's text or after an element, as Xinhua writes it)."""
        page = self.page
        if not any(label in page.text for label in _EDITOR_LABELS):
            return []
        for el in page.elements:
            for said, holder in ((el.text, el), (el.tail, el.getparent())):
                m = _EDITOR_IN_CHARGE.match(said) if said and any(label in said for label in _EDITOR_LABELS) else None
                if m is not None and holder is not None and not self.apart(holder):
                    source = source_of(page, holder)
                    return [{"name": name, "source": source} for name in re.split(r"[、，,]", m["name"])]
        return []

    def _byline_against(self, names: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The byline's people, when JSON-LD names none of them and the author meta tags side with the byline: the
        JSON-LD of a CMS names the account that posted the story (The Real Deal's names Kevin Rebong, its byline and
        its sailthru.author say David Jeans; WSVN's, Kathleen Ditton for Jessica Holly and Gail Levy)."""
        byline = self._byline_people()
        if not byline:
            return names
        stated, shown = {letters(n["name"]) for n in names}, {letters(b["name"]) for b in byline}
        if stated & shown:
            return names
        if all(" " not in n["name"].strip() for n in names) and all(_person_like(b["name"]) for b in byline):
            return byline  # one word for each (a user name, a place: El Tiempo's "medellín"), full names in the byline: the byline's people
        lang = self._lang()
        tagged = {letters(name) for content, el, _ in self._metas(*_AUTHOR_METAS) if el.get("itemprop") is None
                  for name in _names_in(content, lang)}
        return byline if tagged & shown and not tagged & stated else names

    def _shown_names(self, names: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """JSON-LD authors, a CMS user name among them ("edilson.la.rosa", "arianschlichenmayer") as the byline
        shows the same person ("Edilson La Rosa")."""
        if all(" " in n["name"].strip() for n in names):
            return names
        shown = {letters(b["name"]): b for b in self._byline_people() if " " in b["name"]}
        return [shown.get(letters(n["name"]), n) if " " not in n["name"].strip() else n for n in names]

    @_once
    def _byline_people(self) -> list[dict[str, Any]]:
        """The people the byline names, without roles, places and the site."""
        return self._people(_names(self._byline_elements(), self._lang()))

    def _all_shown(self, names: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The byline's people when it names every JSON-LD author and more: CBS News' JSON-LD gives the first
        of "By Stefan Becket, Kathryn Watson, Grace Segers" only."""
        byline = self._byline_people()
        if len(byline) > len(names):
            stated = {letters(n["name"]) for n in names}
            sources = [b["source"] for b in byline if letters(b["name"]) in stated]
            # One byline element names them all (not a translator's line below the author's).
            shown, seen = [], set()
            for b in byline:
                key = letters(b["name"])
                if b["source"] in sources and key not in seen:  # "edilsonlarosa" beside "Edilson La Rosa" is one person
                    seen.add(key)
                    shown.append(b)
            extra = [b for b in shown if letters(b["name"]) not in stated]
            if extra and stated <= seen and all(_person_like(b["name"]) for b in extra):
                return shown
        return names

    def _jsonld_people(self, block: JsonLdBlock, obj: dict) -> list[dict[str, Any]]:
        """The people a JSON-LD object names as its author or creator (organizations aside)."""
        page = self.page
        people = obj.get("author") or obj.get("creator")
        people = people if isinstance(people, list) else [people] if people else []
        publisher = _resolve(page, obj.get("publisher"))
        # A blog's owner publishes as a Person (Yoast), the author's name and all; a newsroom does not write.
        publisher = None if isinstance(publisher, dict) and "Person" in _types(publisher) else text_value(publisher)
        found = []
        for i, person in enumerate(people):
            person = _resolve(page, person)
            name = text_value(person)
            if isinstance(person, dict) and isinstance(person.get("name"), list):  # {"name": ["Jane Doe", "John Roe"]}: each a name
                name = " and ".join(n for n in person["name"] if isinstance(n, str) and n.strip()) or None
            if name is None and isinstance(person, dict):  # {"givenName": "Jane", "familyName": "Doe"}
                name = " ".join(p for p in (text_value(person.get(k)) for k in ("givenName", "additionalName", "familyName")) if p) or None
            if name and "<" in name:
                name = _TAG.sub("", name)  # CNN's "By <a href=\"/profiles/amir-vera\">Amir Vera</a>, …": the byline's markup
            name = _catalogued(name) if name else name  # "Doe, Jane": Jane Doe
            # Not an organization, nor the publisher's or the site's name given as a Person ("Noticias de El Salvador - La
            # Prensa Gráfica | …"; La República's "La República" published by "LaRepública.pe"; "StarsInsider" on "Stars Insider").
            if name and not is_organization(person) and not _same_publisher(name, publisher) and not self._is_site(name):
                found.append((html.unescape(name), _jsonld_source(page, block.element, f"/author/{i}/name" if isinstance(person, dict) else f"/author/{i}")))
        return self._people(_names(found, self._lang()))

    def _holds_copyright(self, name: str) -> bool:
        """Whether the page's copyright tag names this as the holder: the publisher, whom a template gives as every page's
        author too (Pitchfork's <meta name="author" value="Condé Nast"> beside "Copyright (c) Condé Nast"), or the writer of a
        personal site."""
        key = normalize(name)
        for said, _, _ in self._metas("copyright", "dc.rights", "dcterms.rights"):
            holder = _COPYRIGHT_WORDS.sub(" ", said)
            if key and normalize(holder) == key:
                return True
        return False

    def _people(self, names: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Names without what bylines put beside them: roles and desks (“Staff Writer”, “PhD”),
        places and weekdays, and, next to a person, the agency or the site itself."""
        lang = self._lang()
        kept = []
        for n in names:
            words = n["name"].casefold().split()
            if _ORGANIZATION.search(n["name"]) or all(w in _DESK_WORDS for w in words) and (
                    any(w in _WIRE_WORDS for w in words) or words[0] in ("from", "with", "our")):
                continue  # (and wire copy's byline: "From staff and wire reports", "With wires"; a desk's name stays, "News Desk")
            words = n["name"].split()
            for k in (1, 2):  # "Mark Di Stefano BuzzFeed": the site's name run on after the person's
                if len(words) - k >= 2 and self._is_site(" ".join(words[-k:])):
                    n = {**n, "name": " ".join(words[:-k])}
                    break
            else:
                for j in range(2, len(words) - 1):  # "Kelli Miller WebMD Health News", "Adam Aaronson PhillyVoice Staff"
                    if self._is_site(words[j]) and all(_ROLE_WORDS.match(w) for w in words[j + 1:]):
                        n = {**n, "name": " ".join(words[:j])}
                        break
            if not _beside_a_name(n["name"], lang):
                kept.append(n)
            elif n["name"].casefold() in _territories(lang) and kept and kept[-1]["source"] is n["source"] and len(kept[-1]["name"].split()) <= 3:
                kept.pop()  # “hessenschau.de, Frankfurt, Germany”: the city before the country goes too
        if len(kept) > 1:
            agencies = _agency_codes()
            persons = [n for n in kept if not self._is_site(n["name"]) and n["name"].casefold().removeprefix("the ") not in agencies
                       and not n["name"].casefold().startswith("the ")  # "…, The New York Times": a paper, never a person
                       and _ROLE_WORDS.search(n["name"].split()[-1]) is None
                       and not (n["name"].isupper() and " " not in n["name"])  # "IFZ": her institute; "FUTURISM", the outlet
                       # one word beside a full name, not of a script without spaces: a place or a desk ("Kairo/Berlin", "Sky")
                       and not (" " not in n["name"] and not _CJK.search(n["name"]) and any(" " in k["name"] for k in kept))
                       # a digit beside a name without one: an outlet or its desk ("Por Maria Silva, g1 SP"), no one's name
                       and not (_DIGIT.search(n["name"]) and any(not _DIGIT.search(k["name"]) for k in kept))
                       and not (" " in n["name"] and _PUBLICATION_END.search(n["name"]))]  # "Jane Doe, Chicago Tribune": her paper
            # No person: the agencies the newsroom worked with ("Le Monde with AFP"), else the first name
            kept = persons or [n for n in kept if n["name"].casefold().removeprefix("the ") in agencies] or kept[:1]
        return kept

    @_once
    def _byline_elements(self) -> list[tuple[str, Source]]:
        """Author names in the byline nearest the headline: rel=author, itemprop=author, byline or
        author classes, links to author pages, or a line that starts with “By”."""
        page = self.page
        lang = self._lang()
        h1 = self.anchor()
        elements = page.elements
        if h1 is not None:
            at, order = page.order[h1], page.order
            # Beside the headline first (Wired puts the byline just above it): the ten elements a reader meets either side,
            # not counting an icon's shapes and empty boxes; then below it, then above.
            close = [order[el] for el in page.read_beside(h1, 10, wrappers=True)]  # (a box around one element counted too)
            below = range(max([at + 10, *close]) + 1, min(len(elements), at + 200))  # (close is empty where nothing else shows)
            above = range(min([at - 10, *close]) - 1, max(-1, at - 60), -1)
            window = [*close, *below, *above]
            beside = set(close)
        else:
            beside = set()
            scope = content_root(page)
            if scope is None:
                scope = page.root.find("body")  # no headline and no content block: from the top of the page
                if scope is None:
                    return []
            window = [page.order[el] for el in scope.iter() if isinstance(el.tag, str)][:300]
        chosen: list[tuple[int, etree._Element, str]] = []
        if h1 is not None and h1.tag == "h1":  # the writer on the headline's line after its break: "編集委員　中沢克二" (Nikkei)
            line = [el for el in _line_after_break(h1) if visible_text(el)]
            said = visible_text(line[0]) if len(line) == 1 else ""
            if said and (_CJK_ROLE.match(said) or _CJK_ROLE_AFTER.search(said)) and _names_in(said, lang):
                chosen.append((page.order[line[0]], line[0], said))
        for i in window:
            el = elements[i]
            if el.tag in ("script", "style", "img", "amp-img", "meta") and el.get("itemprop") != "name" or in_template(page, el):
                continue
            found = _byline_candidate(el, lang)
            if found is None:  # the cheap test first: few elements are candidates
                continue
            if self.apart(el) and not _authors_article(el, h1) and not (i in beside and self._in_own_box(el, None)):
                continue
            name_el, text = found
            if not _names_in(text, lang):  # "von 500.000 auf 20.000 herunterrechnen", "Publicado el 11 de mayo"
                continue
            if not chosen:
                chosen.append((i, name_el, text))
                continue
            first_i, first_el, _ = chosen[-1]  # a long list of authors goes on name by name
            if _article_of(name_el) is not _article_of(first_el):
                break  # the byline of the next story, which an endless page has appended below a short one
            if abs(i - first_i) <= 25 and _near(first_el, name_el) and all(name_el is not c[1] and c[1] not in set(name_el.iterancestors()) and name_el not in set(c[1].iterancestors()) for c in chosen):
                chosen.append((i, name_el, text))
            elif abs(i - first_i) > 25:
                break
        if not chosen and h1 is not None:
            chosen = self._marked_author_far(h1, lang) or self._labelled_author_far(h1, lang)
        return [(text, source_of(page, el)) for _, el, text in chosen]

    def _labelled_author_far(self, h1: etree._Element, lang: str) -> list[tuple[int, etree._Element, str]]:
        """An author labelled as such ("Author", "Autor:") after the text of the headline's content block,
        beyond the byline search: Deutsche Welle's older pages list "Date" and "Author" below the article."""
        page = self.page
        scope = content_root(page)
        if scope is None or scope not in set(h1.iterancestors()):
            return []
        order = page.order
        start = order[h1] + 200
        for el in scope.iter():
            if not isinstance(el.tag, str) or order[el] <= start:
                continue
            if squash(el.text).lower().rstrip(": ") not in _AUTHOR_LABELS or self.apart(el):
                continue
            found = _byline_candidate(el, lang)
            if found is not None and _names_in(found[1], lang):
                return [(order[el], found[0], found[1])]
        return []

    def _marked_author_far(self, h1: etree._Element, lang: str) -> list[tuple[int, etree._Element, str]]:
        """The first author marked as such (rel=author, itemprop=author) anywhere in the <article> that holds
        the headline, when none stands near it: handwerksblatt.de signs its articles at the end."""
        page = self.page
        if not any(a.tag == "article" for a in h1.iterancestors()):
            return []
        marked = [*page.with_itemprop("author"), *page.with_itemprop("creator"),
                  *(a for a in page.by_tag("a") if a.get("rel") == "author")]
        for el in page.in_order(set(marked)):
            if not _authors_article(el, h1) or in_template(page, el):
                continue
            found = _byline_candidate(el, lang)
            if found is not None and visible_text(found[0]) and _names_in(found[1], lang):  # shown, not a <meta>'s content
                return [(page.order[el], found[0], found[1])]
        return []

    def byline(self) -> dict[str, Any] | None:
        profiled = self._profiled("byline")
        if profiled is not None:
            return _value(visible_text(profiled[0]), source_of(self.page, profiled[0])) if profiled else None
        found = self._byline_elements()
        if found:
            authors = self.authors()
            if not authors and parse_visible_date(found[0][0], self.text_lang) is not None:
                return None  # a date line in a box whose class says byline (Malay Mail's <div class="byline"><p class="meta">Wednesday, 08 Apr 2020 …)
            # The first that names an author, where one before it names none of them (The Huffington Post's "| HuffPost Reporting"
            # after the reporter's name in a box of its own).
            wanted = {normalize(a["name"]) for a in authors}
            lang = self._lang()
            text, source = next(((text, source) for text, source in found if any(normalize(n) in wanted for n in _names_in(text, lang))), found[0])
            holder = source.element.getparent() if source.element is not None and source.element.tag == "meta" else None
            if holder is not None and holder.tag != "head":
                source = source_of(self.page, holder)  # microdata's <a itemprop="author">Jane Doe<meta itemprop="name" content="Jane Doe"></a>
            return _value(text, source)
        return None
