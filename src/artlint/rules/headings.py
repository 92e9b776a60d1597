"""Heading structure: one h1 that states the headline, no skipped levels, no empty headings."""

from __future__ import annotations

import html
import re

from lxml import etree

from ..content import in_content
from ..finding import Severity
from ..lazyre import lazy
from ..outline import Heading, headings
from ..page import Page, hiding_named
from ..rule import Rule
from ..structured import articles, text_value
from ..text import normalize, quote, quote_pair, squash, visible_text

FAMILY = "headings"
_WORDS = lazy(r"\w+")
_HEADING_TAG = lazy(r"h[1-6]\b")


def _where(page: Page, el: etree._Element) -> str:
    line, column = page.position(el)
    return f"{line}:{column}"


def _label(h: Heading) -> str:
    return h.element.tag if h.element.tag[0] == "h" and len(h.element.tag) == 2 else f"heading (level {h.level})"


_PAGE = '<!doctype html>\n<html lang="en">\n<head><title>{title}</title></head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n'


def _example(body: str, title: str = "Example") -> str:
    return _PAGE.format(title=title, body=body)


class MissingH1(Rule):
    code = "HDG001"
    name = "missing-h1"
    family = FAMILY
    summary = "The page has no visible h1."
    rationale = (
        "Screen-reader users jump to the h1 to find where the article starts and what it is about; "
        "search engines and reading modes take it as the headline. A template that loses its h1 "
        "leaves every article without a title in the document outline."
    )
    fix = "Mark the article's headline up as the page's only h1."
    wcag = ("1.3.1", "2.4.6")
    techniques = ("H42", "G130")
    incorrect = (_example('<article><h2>Russia blocks UN resolution for Aleppo ceasefire</h2><p>Text.</p></article>'),
                 _example('<article><h1 hidden>Russia blocks UN resolution</h1><p>Text.</p></article>'))
    correct = (_example('<article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1><p>Text.</p></article>'),)

    def check(self, page, options):
        shown = headings(page)
        if any(h.level == 1 for h in shown):
            return
        h1s = [el for el in page.by_tag("h1") if el not in page.inert]
        start = f"the page has no visible h1 ({_not_an_h1(page, h1s, shown)})" if h1s else "the page has no h1"
        heading = _headline_heading(page, shown)
        box = _headline_box(page) if heading is None else None
        if heading is not None and heading.element.tag == "h1":  # (its aria-level makes it another level)
            yield self.problem(heading.element, f"{start}; drop the aria-level of the headline's h1")
        elif heading is not None:
            yield self.problem(heading.element, f"{start}; the headline {quote(heading.text)} is {_a(_label(heading))}: make it the h1")
        elif box is not None:
            yield self.problem(box[0], f"{start}; the headline {quote(box[1])} is a <{box[0].tag}>, no heading: make it the h1")
        else:
            yield self.problem(None, f"{start}; mark the article's headline up as {'a visible' if h1s else 'an'} h1")


def _not_an_h1(page: Page, h1s: list[etree._Element], shown: list[Heading]) -> str:
    """Why the page's first <h1> is no visible h1, said in a message: hidden, and by what, or made another level or role."""
    first = h1s[0]
    text = squash("".join(first.itertext()))
    level = next((h.level for h in shown if h.element is first), None)
    if level is not None:
        reason = f"is a level-{level} heading by its aria-level=“{first.get('aria-level')}”"
    elif page.is_hidden(first):
        reason = f"is hidden by {_hidden_how(page, first)}"
    else:
        reason = f"is no heading: its role=“{first.get('role')}” takes the heading semantics away"
    if len(h1s) == 1:
        return f"its {'h1 ' + quote(text) if text else 'empty h1'} at {_where(page, first)} {reason}"
    return f"none of its {len(h1s)} h1s is shown as one: the first, {quote(text) if text else 'empty'}, at {_where(page, first)}, {reason}"


def _headline_heading(page: Page, shown: list[Heading]) -> Heading | None:
    """The shown heading that holds the headline (an h2 or h3 of a template that lost its h1): the one the article model
    reads it from, else the first that says it word for word (Blogger's <h3 class="post-title"> where the model takes
    og:title), if any."""
    from ..model import extractor

    said = extractor(page).headline()
    if said is None:
        return None
    element = extractor(page).headline_element()
    found = next((h for h in shown if h.element is element), None) if element is not None else None
    wanted = normalize(said.get("text"))
    return found if found is not None or not wanted else next((h for h in shown if normalize(h.text) == wanted), None)


# A class that names an element the headline's: "headline", "post-title", "h-title", "titulo", "l_tit".
_TITLE_CLASS = lazy(r"(?:^|[-_\s])(?:headline|title|titel|titulo|titre|tit)(?:$|[-_\s])", re.IGNORECASE)


def _headline_box(page: Page) -> tuple[etree._Element, str] | None:
    """An element of a title's class, no heading, that says the headline word for word (<div class="headline">,
    <p class="titulo">), the innermost: the element to make the h1, with the headline. Only a headline that the page's
    <title>, og:title or JSON-LD headline says too: not a box's title the model took for want of a better one."""
    from ..model import extractor

    said = extractor(page).headline()
    wanted = normalize(said.get("text")) if said is not None else ""
    title = page.title
    witnesses = [visible_text(title) if title is not None else "", page.meta_said("og:title"),
                 *(text_value(obj.get("headline")) or "" for _, obj in articles(page))]
    if not wanted or not any(wanted in normalize(witness) for witness in witnesses):
        return None
    for el in page.elements:
        if "class" in el.attrib and _TITLE_CLASS.search(el.get("class")) and el not in page.inert and not page.is_hidden(el) \
                and normalize(visible_text(el)) == wanted and not any(normalize(visible_text(child)) == wanted for child in el):
            return el, squash(visible_text(el))
    return None


def _a(label: str) -> str:
    """The label with its article: "an h2" (said "aitch"), "a heading (level 3)"."""
    return f"an {label}" if label[0] in "aeiou" or _HEADING_TAG.match(label) else f"a {label}"


def _hidden_how(page: Page, el: etree._Element) -> str:
    """What hides an element, and where: an attribute or inline style on it or an ancestor, or a style sheet's rule."""
    found = page.what_hides(el)
    if found is None:
        return "the style sheet"
    node, said = found
    return hiding_named(said) + ("" if node is el else f" on <{node.tag}> at {_where(page, node)}")


class MultipleH1(Rule):
    code = "HDG002"
    name = "multiple-h1"
    family = FAMILY
    summary = "The page has more than one visible h1."
    rationale = (
        "With several h1 elements, assistive technology and search engines cannot tell which one is "
        "the article's headline; the outline starts over at each of them."
    )
    fix = "Keep one h1 for the headline and make the others h2 (or lower) in the right place of the outline."
    wcag = ("1.3.1", "2.4.6")
    techniques = ("H42",)
    incorrect = (_example("<h1>DW</h1>\n<article><h1>Russia blocks UN resolution</h1><p>Text.</p></article>"),)
    correct = (_example('<p class="logo">DW</p>\n<article><h1>Russia blocks UN resolution</h1><h2>Reactions</h2><p>Text.</p></article>'),)

    def check(self, page, options):
        h1s = [h for h in headings(page) if h.level == 1 and h.text]  # (an empty one is HDG004's: the fix is to remove it)
        if len(h1s) < 2:
            return
        # Each h1 but the headline's, wherever it stands: a logo's h1 before it is the one to change.
        headline = headline_h1_of(page, h1s)
        for h in h1s:
            if h is not headline:
                yield self.problem(
                    h.element,
                    f"another h1 on the page (the headline's is at {_where(page, headline.element)}); "
                    "keep one h1 for the headline and use h2 here, or no heading",
                )


def headline_h1_of(page: Page, h1s: list[Heading]) -> Heading | None:
    """The article's own h1 among the page's h1s when a site logo is an h1 too: the one the model reads the headline from
    (Drupal 7's themes: the logo an h1 in the header, the title's h1 above the node's <article>; KXAN's title h1 above
    the <main> that holds a newsletter's h1), else the one in the article or main, else the first."""
    if len(h1s) < 2:
        return h1s[0] if h1s else None
    from ..model import extractor

    said = extractor(page).headline()
    h1 = next((h for h in h1s if said is not None and h.element is said["source"].element), None)
    if h1 is None:
        h1 = next((h for h in h1s if in_content(h.element)), h1s[0])
    return h1


class HeadingLevelSkipped(Rule):
    code = "HDG003"
    name = "heading-level-skipped"
    family = FAMILY
    summary = "A heading goes more than one level deeper than the heading before it."
    rationale = (
        "People who navigate by headings infer the structure from the levels: an h4 right after an "
        "h2 suggests a missing section. Going back up any number of levels is fine."
    )
    fix = "Use the next level down (h2 → h3), and style the heading with CSS if it should look smaller."
    wcag = ("1.3.1",)
    techniques = ("H42", "G141")
    incorrect = (_example("<article><h1>Headline</h1><h2>Reactions</h2><h4>In Moscow</h4></article>"),
                 _example('<article><h1>Headline</h1><div role="heading" aria-level="3">Background</div></article>'))
    correct = (_example("<article><h1>Headline</h1><h2>Reactions</h2><h3>In Moscow</h3><h2>Background</h2></article>"),
               _example("<article><h1>Headline</h1><h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2></article>"))

    def check(self, page, options):
        previous = None
        for h in headings(page):
            if not h.text:
                continue  # (an empty heading says nothing to hear a level by: HDG004 reports it, and its fix is to remove it)
            if previous is not None and h.level > previous.level + 1:
                expected = f"h{previous.level + 1}" if previous.level < 6 else f"level {previous.level + 1}"
                yield self.problem(
                    h.element,
                    f"{_label(h)} follows {_label(previous)} at {_where(page, previous.element)}, skipping "
                    f"level {previous.level + 1}; use {expected} here",
                )
            previous = h


class EmptyHeading(Rule):
    code = "HDG004"
    name = "empty-heading"
    family = FAMILY
    summary = "A heading has no text content."
    rationale = (
        "An empty heading usually means a template slot went unfilled: the section it should name goes unnamed. "
        "Most screen readers leave it out of their list of headings; others stop at it and say only \"heading\", "
        "which is noise for people who navigate by headings."
    )
    fix = "Give the heading text (an image inside counts through its alt, aria-label also counts), or remove it."
    wcag = ("1.3.1", "2.4.6")
    techniques = ("H42", "F43")
    incorrect = (_example("<article><h1>Headline</h1><h2> </h2><p>Text.</p></article>"),
                 _example('<article><h1>Headline</h1><h2><img src="logo.png" alt=""></h2></article>'))
    correct = (_example('<article><h1>Headline</h1><h2><img src="dw.png" alt="DW"></h2><h2 aria-label="Reactions"></h2>'
                        '<span id="t">Background</span><h2 aria-labelledby="t"></h2></article>'),)

    def check(self, page, options):
        for h in headings(page):
            if not h.text:
                yield self.problem(
                    h.element,
                    f"{_label(h)} is empty; give it text (or an image with alt text), or remove it",
                )


class HeadingTooLong(Rule):
    code = "HDG005"
    name = "heading-too-long"
    family = FAMILY
    summary = "A heading is longer than a heading should be."
    rationale = (
        "A paragraph marked up as a heading makes heading navigation tedious and usually means the "
        "template wrapped body text, a teaser or a caption in a heading element."
    )
    fix = "Shorten the heading, or mark the text up as a paragraph."
    wcag = ("2.4.6",)
    techniques = ("G130",)
    severity = Severity.WARNING
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "max-length": {
                "type": "integer",
                "minimum": 1,
                "default": 150,
                "description": "The longest heading text, in characters, that is accepted.",
            }
        },
    }
    incorrect = (_example("<article><h1>Headline</h1><h2>" + "Reactions from Moscow and Washington " * 5 + "</h2></article>"),)
    correct = (_example("<article><h1>Headline</h1><h2>Reactions from Moscow and Washington</h2></article>"),)

    def check(self, page, options):
        limit = options["max-length"]
        for h in headings(page):
            if len(h.text) > limit:
                yield self.problem(
                    h.element,
                    f"{_label(h)} is {len(h.text)} characters long (limit {limit}); shorten it or make it a paragraph",
                )


# (Japanese titles glue on the site: "NEWS WEB EASY|…", "…注意喚起：IPA 独立行政法人 情報処理推進機構")
_CJK_TEXT = lazy(r"[\u3040-\u30ff\u3400-\u9fff]")
_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " ‹ ", " › ", " : ", ": ", " / ", "|", "｜", "："]


def _agrees(page: Page, h1: Heading, value: str, separators: list[str]) -> bool:
    """Whether the h1 says the stated headline: in its text, its text before a footnote's mark, or in the words it shows
    (without a note for screen readers only, "Minister resigns <span class="visually-hidden">(updated)</span>", or a flag's
    alt after its words)."""
    if headline_matches(h1.text, value, separators):
        return True
    if (site := squash(page.meta_said("og:site_name"))) and (bare := _without_site(value, site, separators)) != value \
            and headline_matches(h1.text, bare, separators):
        return True  # the headline between its author or section and the site's name: "Rutger Bregman: Unser wahres Ich - brand eins online"
    from ..figures.credit_text import MEDIA_NOTE
    from ..figures.words import credit_words
    from ..model.headline import footnote_mark, headline_text
    from ..text import visible_text_without

    if (bare := MEDIA_NOTE.sub("", h1.text).rstrip()) and bare != h1.text and headline_matches(bare, value, separators):
        return True  # its words before a note that the story has pictures or a video ("… <small>(video)</small>", "… [PHOTOS]")
    if (mark := footnote_mark(h1.element)) is not None and headline_matches(visible_text_without(h1.element, {mark}), value, separators):
        return True  # its words before a footnote's mark ("… in April<sup>1</sup>")

    if (own := headline_text(h1.element)) and own != h1.text and headline_matches(own, value, separators):
        return True  # its headline without the kicker or the badge inside it (tagesschau's "seitenkopf__topline", an "Updated" badge)
    shown = credit_words(page, h1.element)
    return bool(shown) and shown != h1.text and headline_matches(shown, value, separators)


def _without_site(value: str, site: str, separators: list[str]) -> str:
    """A stated headline without the site's name (og:site_name) after a separator at its end; as it was without one."""
    folded = value.casefold()
    for sep in separators:
        if folded.endswith((sep + site).casefold()) and len(value) > len(sep + site):
            return value[: -len(sep + site)].rstrip()
    return value


class H1HeadlineMismatch(Rule):
    code = "HDG006"
    name = "h1-headline-mismatch"
    family = FAMILY
    summary = "The h1 differs from the headline the page states in its metadata."
    rationale = (
        "Search results, social cards and reading modes show the JSON-LD headline, og:title or <title>; "
        "when the h1 says something else, readers land on a page that looks like a different story, "
        "and it usually means one of the two template fields is stale."
    )
    fix = "Fill the h1 and the metadata headline from the same field, or correct the one that is stale."
    wcag = ("2.4.2",)
    techniques = ("G88",)
    severity = Severity.WARNING
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "sources": {
                "type": "array",
                "items": {"enum": ["json-ld", "og:title", "title"]},
                "uniqueItems": True,
                "default": ["json-ld", "og:title", "title"],
                "description": "Where the stated headline is read, in order; the first one present is compared.",
            },
            "separators": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "default": _SEPARATORS,
                "description": "What separates a site name from the headline in <title> and og:title.",
            },
        },
    }
    incorrect = (
        _example("<article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1></article>",
                 title="UN Security Council adjourns | DW | 06.12.2016"),
    )
    correct = (
        _example("<article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1></article>",
                 title="Russia blocks UN resolution for Aleppo ceasefire | DW | 06.12.2016"),
        _example("<article><h1>‘Made up alibi’</h1></article>", title="DW – 'Made up alibi'"),
    )

    def check(self, page, options):
        h1s = [h for h in headings(page) if h.level == 1]
        h1 = headline_h1_of(page, h1s)
        if h1 is None or not h1.text:
            return
        stated = stated_headline(page, options["sources"])
        if stated is None:
            return
        source, value, el = stated
        if not _agrees(page, h1, value, options["separators"]):
            site = squash(page.meta_said("og:site_name"))
            if site and _words(h1.text) == _words(site):
                # (Engadget's <a href="/"><h1>Engadget</h1></a>: the logo, and the headline below it in no h1)
                yield self.problem(
                    h1.element,
                    f"the h1 {quote(h1.text, 80)} is the site's name (og:site_name), not the headline the {source} states "
                    f"at {_where(page, el)}; make the article's headline the h1, and the site's name no heading",
                )
                return
            said_h1, said_value = quote_pair(h1.text, value, 80)
            yield self.problem(
                h1.element,
                f"the h1 {said_h1} differs from the {source} {said_value} at {_where(page, el)}; "
                "fill both from the same headline",
            )


def stated_headline(page: Page, sources: list[str]) -> tuple[str, str, etree._Element] | None:
    """The headline the page states in metadata: (source label, text, element)."""
    for source in sources:
        if source == "json-ld":
            for block, obj in articles(page):
                value = squash(text_value(obj.get("headline")) or "")
                if value:
                    return "JSON-LD headline", value, block.element
        elif source == "og:title":
            said = squash(page.meta_said("og:title"))
            if said:
                return "og:title", said, page.meta("og:title")
        elif source == "title":
            title = page.title
            if title is not None:
                value = visible_text(title)
                if value:
                    return "<title>", value, title
    return None


def _words(text: str) -> list[str]:
    return _WORDS.findall(normalize(text))


# A site's name of a few capitalized words glued to the title's last word with a hyphen: "…-Xinhua", "…-Global Times".
_GLUED_SITE = lazy(r"[^\s-]-(?-i:[A-Z])[\w.]*(?:\s(?-i:[A-Z])[\w.]*){0,2}$")


# A note in brackets after a title's headline, at its end or before a separator and the site's name.
_NOTE_AFTER = lazy(r"\s*[(\[（【][^()\[\]（）【】]{1,40}[)\]）】](?=\s*(?:$|[-|–—:·•]))")


def headline_matches(h1: str, stated: str, separators: list[str]) -> bool:
    """Equal as words, or equal once a site name before or after a separator is set aside."""
    target = _words(h1)
    if not target:
        return True
    stated = squash(html.unescape(stated))  # JSON-LD written with HTML entities
    if _same_words(target, _words(stated)):
        return True
    if (bare := _NOTE_AFTER.sub("", stated)) != stated and bare and headline_matches(h1, bare, separators):
        # a note in brackets after the headline, at the end or before the site's name: The New York Times's "(Published
        # 2016)", LWN's "[LWN.net]", Yahoo! Japan's "（CNET Japan） - Yahoo!ニュース"
        return True
    if stated.endswith(("…", "...")):  # truncated for search results
        prefix = _words(stated.rstrip(".…"))
        if prefix and target[: len(prefix)] == prefix:
            return True
    if _CJK_TEXT.search(stated):  # Chinese and Japanese titles glue the site on without spaces: "标题-新华网", "标题_新华网"
        separators = [*separators, "-", "_"]
    elif _GLUED_SITE.search(stated):  # … and Xinhua's English ones: "China's exports rise 5 pct in April-Xinhua"
        separators = [*separators, "-"]
    for sep in separators:
        parts = stated.split(sep)
        for i, j in _spans(len(parts)):
            if (i, j) != (0, len(parts)) and _same_words(target, _words(sep.join(parts[i:j])), part=True):
                return True
    # the section before the headline and the site after it, each after its own separator: "Opinion | Headline - The New York Times";
    # the whole headline, in four words at least (not a site's name between the headline and its motto, "… : Krimiblog-Archiv | …")
    parts = re.split("|".join(re.escape(sep) for sep in separators if sep.strip() != sep), stated)
    return len(target) >= 4 and len(parts) >= 3 and any(_words(part) == target for part in parts[1:-1])


def _spans(count: int) -> list[tuple[int, int]]:
    """The spans of a title's parts where its headline may stand: every one in a title of 20 parts or fewer; in a longer
    one, those from the first part or to the last, and those with up to three parts set aside at each end. A title of
    hundreds of separators (found by fuzzing) made millions of word comparisons."""
    if count <= 20:
        return [(i, j) for i in range(count) for j in range(i + 1, count + 1)]
    ends = {(0, j) for j in range(1, count + 1)} | {(i, count) for i in range(count)}
    return sorted(ends | {(i, j) for i in range(4) for j in range(count - 3, count + 1)})


def _same_words(target: list[str], words: list[str], part: bool = False) -> bool:
    """The h1's words are the stated headline's, perhaps joined where inline elements meet (“ZoonosenWie” for
    “Zoonosen – Wie”), perhaps after a kicker inside the h1 (“Wurmkiste | Wurmkiste selber bauen”), which may be
    joined to the headline's first word where its element ends (Zeit's “ÄgyptenProtesters gather …”).

    A part of the stated headline (the site name set aside: tagesschau's og:title "Daten von Rheinmetall gehackt -
    Interne Unterlagen im Netz" for the h1 "Interne Unterlagen im Netz Daten von Rheinmetall gehackt") follows a
    kicker only when it holds four words and half the h1's at least: not "Creative Commons" after "Was ist"."""
    if words == target:
        return True
    joined, said = "".join(target), "".join(words)
    if joined == said:
        return True
    if len(words) < 2 or part and (len(words) < 4 or 2 * len(words) < len(target)):
        return False
    return target[-len(words):] == words or joined.endswith(said) and target[-len(words) + 1:] == words[1:]


# The titles editors, frameworks and starter templates put in until someone writes one ("Untitled Document" in
# Dreamweaver, "Document" in VS Code's HTML boilerplate, "React App", "Vite App", "Create Next App").
_DEFAULT_TITLE = lazy(
    r"^(?:untitled(?: document| page)?|document|new page(?: \d+)?|page title|title|my title|home|index|"
    r"react app|vite app|vite \+ \w+(?: \+ \w+)?|create next app|next\.js|welcome to nginx!?)$",
    re.IGNORECASE,
)


class MissingTitle(Rule):
    code = "HDG007"
    name = "missing-title"
    family = FAMILY
    summary = "The page has no <title>, an empty one, or an editor's default (“Untitled Document”)."
    rationale = (
        "The title is the first thing a screen reader announces on a new page, and what browser tabs, history, "
        "bookmarks and search results show. A template that drops it, or leaves its starter value, names every "
        "article the same."
    )
    fix = "Give every article page a <title> in <head> that names the article, e.g. its headline and the site's name."
    wcag = ("2.4.2",)
    techniques = ("H25", "G88")
    incorrect = (
        '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"></head>\n<body>\n<main>\n'
        "<article><h1>Russia blocks UN resolution</h1></article>\n</main>\n</body>\n</html>\n",
        _example("<article><h1>Russia blocks UN resolution</h1></article>", title=" "),
        _example("<article><h1>Russia blocks UN resolution</h1></article>", title="Untitled Document"),
    )
    correct = (
        _example("<article><h1>Russia blocks UN resolution</h1></article>", title="Russia blocks UN resolution | DW"),
        _example('<article><h1>Russia blocks UN resolution</h1><svg role="img"><title>Map</title></svg></article>',
                 title="Russia blocks UN resolution | DW"),
    )

    def check(self, page, options):
        title = page.title
        if title is None:
            yield self.problem(None, f"the page has no <title>; add one to <head> that names the article{_such_as(page)}")
            return
        said = squash(visible_text(title))
        if not said:
            yield self.problem(title, f"the <title> is empty; name the article in it{_such_as(page)}")
        elif _DEFAULT_TITLE.match(said):
            yield self.problem(title, f"the <title> {quote(said)} is a template's or an editor's default; name the article "
                                      f"in it{_such_as(page)}")


def _such_as(page: Page) -> str:
    """The headline's h1 as a title to offer, for a page whose title is missing: ", such as “…”", or nothing."""
    h1 = headline_h1_of(page, [h for h in headings(page) if h.level == 1])
    return f", such as {quote(h1.text, 80)}" if h1 is not None and h1.text else ""


RULES = [MissingH1, MultipleH1, HeadingLevelSkipped, EmptyHeading, HeadingTooLong, H1HeadlineMismatch, MissingTitle]
