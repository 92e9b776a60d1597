"""The page's <time> elements and dated metadata: which <time> states the article's publication (not an update's, a
teaser's or an embed's), and the dates JSON-LD and meta tags give."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from lxml import etree

from .content import headline_h1, is_navigation, names_box, names_meta, titled_other_stories
from .dates import UPDATE_WORDS, MachineDate, parse_datetime_value, parse_iso
from .lazyre import lazy
from .page import Page
from .structured import articles
from .text import readable, squash, visible_text


_PUBLISHED_HINT = lazy(r"publi(?!sh\b)(?<!status-publi)|pubdate|date-?published|created|posted|veröffentlicht|erschienen", re.IGNORECASE)
_MODIFIED_HINT = lazy(rf"modif|update|{UPDATE_WORDS}", re.IGNORECASE)  # also in class names: "date-modified"


@dataclass(frozen=True)
class TimeElement:
    element: etree._Element
    value: str
    parsed: MachineDate | str  # str: why the value is invalid
    text: str  # visible text


def time_elements(page: Page) -> list[TimeElement]:
    def find(p: Page):
        out = []
        for el in p.times:
            value = el.get("datetime")
            if value is None or el in p.inert:
                continue  # inside <noscript> or <template>
            # A <time> that holds twenty elements and more shows no date of its own (and a deep page is not read
            # again at every level).
            shown = time_text(el) if next(islice(el.iter(), 20, None), None) is None else ""
            out.append(TimeElement(el, value, parse_datetime_value(value), shown))
        return out

    return page.memo("time_elements", find)


def time_text(time: etree._Element) -> str:
    """A <time>'s visible text, its parts set apart where their words would run together: Reuters writes the day
    and the hour in spans of their own, which its stylesheet sets on lines of their own ("November 3, 2026" and
    "8:15 AM GMT", not "November 3, 20268:15 AM GMT")."""
    parts = [c for c in time if isinstance(c.tag, str)]
    if parts and (time.text or "").strip() and not any(visible_text(c) for c in parts):
        # text set apart by empty elements that the style sheet draws as dividers: CNBC's "Published Wed, Nov 20 2019<span
        # class="ArticleHeader-datetimeDivider"></span>4:29 AM EST" (not "20194:29"); a comment sets nothing apart
        said = time.text or ""
        for c in time:
            tail = c.tail or ""
            if isinstance(c.tag, str) and said[-1:].isalnum() and tail[:1].isalnum():
                said += " "
            said += tail
        return readable(said)
    if len(parts) < 2 or (time.text or "").strip() or any((c.tail or "").strip() for c in parts):
        return visible_text(time)
    whole = visible_text(time)
    said = ""
    for part in (visible_text(c) for c in parts):
        if part:
            apart = said and (said[-1].isalnum() and part[0].isalnum() or said[-8:] + part[:8] not in whole)
            said += " " + part if apart else part
    return said


def _hints(el: etree._Element) -> str:
    """The element's own itemprop, class and id, and its parent's (WordPress's “status-publish” on posts is no hint)."""
    parts = [el.get("itemprop") or "", el.get("class") or "", el.get("id") or ""]
    parent = el.getparent()
    if parent is not None:
        parts += [parent.get("class") or "", parent.get("itemprop") or ""]
    if "pubdate" in el.attrib:
        parts.append("pubdate")
    return " ".join(parts)


def states_publication(el: etree._Element) -> bool:
    """Whether a time may state the publication date, by what it and the words before it say: not when its itemprop,
    class or id, or its parent's, or the words before it, say it is an update's, unless its own itemprop, class or id
    says it is the publication's too (WordPress marks a post never updated <time class="entry-date published updated">)."""
    if _PUBLISHED_HINT.search(" ".join((el.get("itemprop") or "", el.get("class") or "", el.get("id") or ""))):
        return True
    return not _MODIFIED_HINT.search(_hints(el)) and not _says_updated(el)


def _says_updated(el: etree._Element) -> bool:
    """The words around the time say it is an update: “Updated …”, “Aktualisiert am …”, also
    inside it (<time>Updated March 6</time>)."""
    own = (el.text or "")[:30]
    if _MODIFIED_HINT.search(own) and not _PUBLISHED_HINT.search(own):
        return True
    parent = el.getparent()
    if parent is None:
        return False
    near = list(islice(el.itersiblings(preceding=True), 5))  # the words just before it, not a whole list's
    before = ("" if len(near) == 5 else parent.text or "") + " ".join((sib.tail or "") for sib in near)
    return bool(_MODIFIED_HINT.search(before)) and not _PUBLISHED_HINT.search(before)


def _embedded(page: Page, el: etree._Element) -> bool:
    """In a quoted embed (a tweet, an Instagram post), a teaser, related or comments box, or the navigation:
    not the article's own date. (Answers are kept per element: the times of a deep page cost one walk.)"""
    def decide(a: etree._Element) -> bool | None:
        if a.tag in ("body", "html"):  # a page-wide class ("is-sidebar-enabled") names no box
            return False
        if a.tag == "aside" and names_meta(a):
            return None  # <aside class="meta"> beside the headline: the article's own byline and date
        if a.tag in ("blockquote", "aside") or is_navigation(a) or names_box(a, layout=False):
            return True
        return None

    return page.walk_up(el.getparent(), "date-embedded", decide)


def in_story_card(page: Page, el: etree._Element) -> bool:
    """A date inside a link to another page that also holds that page's title (a heading, or more text than the date):
    a list of stories' card (A1+'s feed: <a href="/hy/article/378877"><time>12:15</time><h3>…</h3></a>), not the
    article's own date, nor WordPress's <a rel="bookmark"><time></a> around the post's."""
    from .figures.selection import links_to_itself

    for a in islice(el.iterancestors(), 4):
        if a.tag in ("article", "main", "body"):
            return False
        if a.tag != "a":
            continue
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#") or links_to_itself(page, href):
            return False
        titled = any(isinstance(d.tag, str) and d.tag in ("h1", "h2", "h3", "h4", "h5", "h6") for d in islice(a.iterdescendants(), 40))
        return titled or len(visible_text(a)) > len(visible_text(el)) + 30
    return False


def in_story_list(page: Page, el: etree._Element) -> bool:
    """A date in an item of a list of stories, beside the link to the story it dates: a "most read" sidebar's
    <li><a href="/other-story">A different story</a> <span class="date">March 3, 2011</span></li>, or its cards,
    <div class="item"> after <div class="item">. A meta line holds the date alone, or beside a link that is not a
    story's title (an author's name, a section's), and does not repeat."""
    from .figures.selection import links_to_itself

    said = visible_text(el)
    for box in islice(el.iterancestors(), 3):
        if box.tag in ("article", "main", "body", "html", "ul", "ol"):
            return False
        for link in box.iter("a"):
            href = (link.get("href") or "").strip()
            if not href or href.startswith("#") or el in link.iterancestors() or links_to_itself(page, href):
                continue
            title = visible_text(link)
            if len(title) >= 25 and len(title.split()) >= 4 and said not in title:
                return box.tag == "li" or _repeated(box)
    return False


def in_box_of_other_stories(el: etree._Element, line: set[etree._Element]) -> bool:
    """Inside a box that its class or id, or its heading, names as other stories or comments ("most-read", "related",
    "teaser"; "Most read", "Lesen Sie auch"), below the boxes that hold the headline (``line``): a date there is
    another story's, however short the titles beside it."""
    for box in el.iterancestors():
        if box in line:
            return False
        if names_box(box, layout=False, share=False) or titled_other_stories(box):
            return True
    return False


def _repeated(box: etree._Element) -> bool:
    """Whether a box has a sibling of its kind: the same tag and class."""
    parent = box.getparent()
    return parent is not None and any(
        s is not box and s.tag == box.tag and s.get("class") == box.get("class") for s in parent.iterchildren(box.tag))


def in_other_article(el: etree._Element, line: set[etree._Element]) -> bool:
    """Inside an <article> that does not hold the headline (whose ancestors are ``line``): a teaser."""
    if not any(a.tag == "article" for a in line):
        return False  # the headline stands outside any <article>: no way to tell the page's own from others
    for a in el.iterancestors():
        if a in line:
            return False
        if a.tag == "article":
            return True
    return False


def published_time(page: Page) -> TimeElement | None:
    """The element that states the publication date.

    An itemprop or class that says “published” wins; otherwise the time
    element nearest after the article's h1 in the article that holds it.
    Times that say they are updates, and times in teasers, never count.
    """
    def find(p: Page):
        times = [t for t in time_elements(p) if isinstance(t.parsed, MachineDate) and t.parsed.day is not None]
        times = [
            t for t in times
            if not _MODIFIED_HINT.search(_hints(t.element)) and not _says_updated(t.element) and not _embedded(p, t.element)
            and not in_story_card(p, t.element)
        ]
        if not times:
            return None
        h1 = headline_h1(p)
        # An article of its own that does not hold the headline is a teaser: its dateCreated is not this page's.
        line = set(h1.iterancestors()) if h1 is not None else set()
        from .model import extractor

        apart = extractor(p).apart
        for t in times:  # (not a teaser's "entry-date published" in a box of other stories)
            if _PUBLISHED_HINT.search(_hints(t.element)) and not in_other_article(t.element, line) and not apart(t.element):
                return t
        if h1 is None:
            return times[0] if len(times) == 1 else None
        root = headline_region(h1)
        inside = set(root.iter("time", "amp-timeago")) if root is not None else set()
        candidates = [t for t in times if t.element in inside]
        order = p.order
        h1_at = order[h1]
        if not candidates:
            # A title bar above the headline's column ("Pressemitteilung | … 12.12.2022"): the nearest time just before it.
            before = [t for t in times if 0 < h1_at - order[t.element] <= 20 and not in_other_article(t.element, line)]
            return max(before, key=lambda t: order[t.element]) if before else None
        after = [t for t in candidates if order[t.element] > h1_at]
        return min(after, key=lambda t: order[t.element]) if after else max(candidates, key=lambda t: order[t.element])

    return page.memo("published_time", find)


def told_of(page: Page, el: etree._Element) -> bool:
    """Whether a <time> is a date a text tells of, not when something was published or updated: one in a sentence ("the
    Assembly votes on <time>May 1</time>"), or in a box of events, fixtures or a calendar; never the one the page shows
    as the article's publication (published_time), nor one whose itemprop, class or id (or its parent's), or the words
    before it, say publication or update."""
    shown = published_time(page)
    if shown is not None and el is shown.element or _PUBLISHED_HINT.search(_hints(el)) or _MODIFIED_HINT.search(_hints(el)) \
            or _says_updated(el):
        return False
    for a in islice(el.iterancestors(), 6):
        if a.tag in ("body", "html"):
            break
        if _EVENT_BOX.search((a.get("class") or "") + " " + (a.get("id") or "")):
            return True
        if a.tag == "p" and len(squash(visible_text(a))) >= len(squash(visible_text(el))) + 20 and not names_meta(a) \
                and not any(b.tag == "header" or names_meta(b) for b in islice(a.iterancestors(), 2)):
            return True  # words around it in its paragraph: a sentence (not a card's or a byline's line, nor a header's)
    return False


# Boxes of dates to come or of what happened when: events, fixtures, schedules, calendars, programmes.
_EVENT_BOX = lazy(r"(?:^|[\s_-])(?:events?|fixtures?|schedules?|calendar|kalender|termine?|veranstaltung(?:en)?|agenda|programm?e?|countdown|"
                  r"upcoming|kick-?off|match-?(?:day|date|time))(?:$|[\s_-])", re.IGNORECASE)


def headline_region(h1: etree._Element) -> etree._Element | None:
    """Where the article's own dates stand, near its headline: the headline's article, else its header, else the element
    two levels up."""
    ancestors = list(h1.iterancestors())
    root = next((a for a in ancestors if a.tag == "article"), None)
    if root is None:
        root = next((a for a in ancestors if a.tag == "header"), None)
    if root is None:
        root = ancestors[1] if len(ancestors) > 1 else h1.getparent()
    return root


def moment_stated(page: Page, time: etree._Element) -> tuple[str, str] | None:
    """For a <time> whose text no machine reads ("Updated an hour ago"): the moment it stands for, where the page states it
    for certain, and where: a script's data attribute or title (timeago plugins keep the moment there), or, for the
    article's own time near its headline, the moment of publication, or of the update where the time says it is one,
    that the article's JSON-LD or meta tags state. None where the page states none."""
    for name in ("title", "data-datetime", "data-time", "data-timestamp", "data-published", "data-date"):
        value = time.get(name)
        parsed = parse_datetime_value(value) if value else None
        if isinstance(parsed, MachineDate) and parsed.moment is not None:
            return parsed.moment.isoformat(timespec="seconds"), f"its {name}"
    h1 = headline_h1(page)
    region = headline_region(h1) if h1 is not None else None
    if region is None or not any(a is region for a in time.iterancestors()) or _embedded(page, time) or in_story_card(page, time):
        return None
    said = metadata_dates(page)
    keys = ("dateModified", "modified_meta") if not states_publication(time) else ("datePublished", "published_meta")
    for key in keys:
        if key in said and said[key][1].moment is not None:
            label = "JSON-LD " + key if key.startswith("date") else f"article:{key.removesuffix('_meta')}_time"
            return said[key][1].moment.isoformat(timespec="seconds"), f"the page's {label}"
    return None


def metadata_dates(page: Page) -> dict[str, tuple[str, MachineDate, etree._Element]]:
    """Publication and modification dates from JSON-LD and meta tags: key → (label, value, element)."""
    def find(p: Page):
        out = {}
        for block, obj in articles(p):
            for key in ("datePublished", "dateModified"):
                value = obj.get(key)
                if isinstance(value, str) and key not in out:
                    parsed = parse_iso(value)
                    if parsed is not None:
                        out[key] = (f"JSON-LD {key} “{value}”", parsed, block.element)
        for key, prop in (("published_meta", "article:published_time"), ("modified_meta", "article:modified_time")):
            said = p.meta_said(prop)
            parsed = parse_iso(said) if said else None
            if parsed is not None:
                out[key] = (f"{prop} “{said}”", parsed, p.meta(prop))
        return out

    return page.memo("metadata_dates", find)
