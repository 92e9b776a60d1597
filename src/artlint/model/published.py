"""The published and modified dates: machine values (JSON-LD, meta tags, <time>, the address) and the dates a page shows its readers."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date
from typing import Any
from urllib.parse import urlparse

from lxml import etree

from ..content import article, content_root, in_template, names_meta
from ..dates import PUBLISHED_WORDS, UPDATE_WORDS, is_placeholder, moment_written, other_order_agrees, parse_any, parse_iso, parse_visible_date
from ..lazyre import lazy
from ..page import Page
from ..text import squash, visible_text
from ..timestamps import in_box_of_other_stories, in_other_article, in_story_card, in_story_list, published_time
from .source import Source, _meta_source, _once, source_of
from .names import _PUBLISHED_LINE, _UPDATED, _UPDATED_LOWER, _UPDATE_LINE, _person_like, _weekdays


# "Datum: 26. Januar 2022", "Erschienen am: …"; and the last update's label (with its colon): "Stand: …".
_ANY_DATE_LABEL = lazy(
    r"\s*(?:(?P<published>datum|date|published|publiziert|veröffentlicht|erschienen|publié|publicado|pubblicato|erstellt)\s*(?:am|on|le|el|il)?\s*:?"
    r"|(?:zuletzt\s+)?(?:aktualisiert|geändert|stand|(?:last\s+)?updated|mis à jour|actualizado|aggiornato)\s*(?:am|on|le|el|il)?\s*:)",
    re.IGNORECASE,
)
_META_DATES = (
    "article:published_time", "og:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
    "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
    "article.published", "cxenseparse:recs:publishtime", "published_time", "release_date",
    "citation_publication_date", "citation_date",
    # Older and regional names: Open Graph's draft "article:published"; the New York Times' "ptime" and "pdate"
    # ("20180321050012") and "displaydate"; the BBC's "OriginalPublicationDate"; Daum's "og:regDate".
    "article:published", "publication_date", "originalpublicationdate", "article_date_original", "ptime", "pdate",
    "og:regdate", "displaydate",
)
_ISO_MOMENT = lazy(r"(?:19|20)\d\d-\d\d-\d\dT\d\d:\d\d")
# (and a section's name between the year and the month, as CNN's addresses had it: "/2010/POLITICS/08/13/")
_URL_DATE = lazy(r"/(20\d\d|19\d\d)(?:/[A-Za-z]{2,30})?[/-](\d{1,2})[/-](\d{1,2})(?:/|\b)")
# A path segment that is a date, day first ("/meldungen/29-10-2021").
_URL_DAY_FIRST = lazy(r"/(\d{1,2})[-.](\d{1,2})[-.](20\d\d|19\d\d)(?=/|$)")


def _date_in_path(path: str, lang: str) -> str | None:
    """The date a page's address gives: "/2016/12/06/", or a step that is the date, day first ("/29-10-2021"),
    but not on an English page when day and month are both 12 or less (an American address puts the month first)."""
    m = _URL_DATE.search(path)
    if m and parse_iso(machine := f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"):
        return machine
    m = _URL_DAY_FIRST.search(path)
    if m and (int(m[1]) > 12 or lang != "en") and parse_iso(machine := f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"):
        return machine
    return None


def _stated(value: str, lang: str):
    """A date a page states in markup, unless it is a template's placeholder ("0001-01-01T00:00:00Z"):
    then the page's other sources say when it was published."""
    parsed = parse_any(value, lang)
    return None if parsed is None or is_placeholder(parsed) else parsed


_DAY_ONLY = lazy(r"\d{4}-\d{2}-\d{2}")
# A time of day written in a date's text: "19:27", "17.40 BST", "12h32", "8 a.m." (not a dotted date's "01.10.2020").
_TIME_OF_DAY = lazy(r"(?<![\d.])\d{1,2}\s*[:h]\s*\d{2}(?!\d)|(?<![\d.])\d{1,2}\.\d{2}(?![.\d])|(?<!\d)\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])", re.IGNORECASE)


def _floating_within(value: str, moment: str, lang: str) -> bool:
    """Whether a machine value gives a day, or a local date and time, without a zone (``value``), and ``moment`` states
    that day (and that time) to the minute with its zone."""
    shown, said = _stated(value, lang), _stated(moment, lang)
    if shown is None or said is None or shown.zone is not None or said.moment is None or said.zone is None:
        return False
    local = value.strip().replace(" ", "T")[:16]
    return len(local) in (10, 16) and moment.strip().replace(" ", "T").startswith(local)


def _with_moment(found: dict[str, Any] | None) -> dict[str, Any] | None:
    """A date read from the page's text alone, as the date-time that text gives when it writes the time and the zone beside
    the day ("Nov. 3, 2026 10:02 a.m. ET"); a day alone stays a day."""
    if found is None or not _DAY_ONLY.fullmatch(found.get("datetime") or "") or found["source"].kind != "element":
        return found  # (a number of Unix time has ten digits too)
    element = found["source"].element
    around = visible_text(element)[:200] if element is not None else ""
    for text in (found.get("text"), around if not _says_updated(around) else None):  # (not the update's time beside the day)
        moment = moment_written(text, date.fromisoformat(found["datetime"])) if text else None
        if moment is not None:
            return {**found, "datetime": moment}
    return found


def _date_value(text: str, machine: str, source: Source, lang: str) -> dict[str, Any] | None:
    """A date with its visible text and an ISO 8601 value (as written when it is ISO already)."""
    parsed = parse_iso(machine)
    if parsed is not None:
        return {"text": squash(text) or None, "datetime": machine.strip(), "source": source}
    parsed = parse_any(machine, lang)
    if parsed is None:
        shown = parse_visible_date(text, lang)
        if shown is None:
            return None
        return {"text": squash(text) or None, "datetime": shown[0].isoformat(), "source": source}
    value = parsed.moment.isoformat() if parsed.moment is not None else parsed.day.isoformat()
    return {"text": squash(text) or None, "datetime": value, "source": source}


def _published_part(text: str, lang: str) -> str:
    """A published <time>'s words without the update they also say: NBC's "Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13,
    2016, 6:06 PM UTC" is the publication's "Dec. 13, 2016, 12:31 PM UTC"."""
    if not text or not _says_updated(text):
        return text
    kept = _without_updates(text)
    return kept if kept and parse_visible_date(kept, lang, fallback=True) is not None else text


def _date_phrase(text: str, said: str, lang: str) -> str:
    """The part of a meta line that says the date: without the author's name or the place before it ("Keith Noonan -
    Jan 9, 2017 at 10:05AM", "Wien - Mittwoch, 02.02.2022, 11:17 Uhr") and the section, comments or "by" after its
    time ("Paddy · April 19, 2019 · Mac · 7 comments"); ``said`` is the date as the text writes it. A label, a weekday
    or a number before it stays ("Published: …", "Tuesday | April 26, 2022")."""
    at = text.find(said)
    if at < 0:
        return text
    head, tail = text[:at], text[at + len(said):]
    separators = list(_PHRASE_SEP.finditer(head))
    last = separators[-1] if separators else None
    rest = head[last.end():] if last is not None else ""
    if last is not None and (not rest.strip() or _is_weekday(rest.strip(" ,.").casefold(), lang)):  # "Wien - Freitag, 04.12.2026"
        before = head[: last.start()].strip()
        words = before.casefold().rstrip(".,:").split()
        if before and not _DIGIT.search(before) and len(words) <= 4 and not _PUBLISHED_LINE.search(before) and not _UPDATED.search(before) \
                and not (len(words) == 1 and (words[0] in _DATE_LABELS or _is_weekday(words[0], lang))):
            head = rest
    elif last is None and (named := _NAME_BEFORE_DATE.match(head)) and _person_like(named[1]) and not _PUBLISHED_LINE.search(named[1]) \
            and not _UPDATED.search(named[1]) and not any(w in _DATE_LABELS or w in _LABEL_WORDS or _is_weekday(w, lang)
                                                          for w in named[1].casefold().replace(".", " ").split()):
        # the author's name and a colon, a comma or "on" before the date: "Martin Fowler: 25 Feb 2026", "James Somers, February 28, 2010",
        # "Jane Doe on June 5, 2023"
        head = ""
    dot = 1 if tail.startswith(".") else 0  # (the day's dot of a date written year first: "2015. augusztus 20., 11:16")
    clock = _CLOCK_AFTER.match(tail, dot) or (_CLOCK_GLUED.match(tail) if said.endswith(("日", "号", "號")) else None)
    kept = clock.end() if clock else dot
    if _AFTER_DATE_END.match(tail, kept):
        tail = tail[:kept]
    if head.strip().casefold() in _CONNECTORS and len(tail.split()) <= 3:
        head = ""  # "on June 5, 2023" after the author's name in the element before: the date alone (not a sentence's "Am 31.8.1990 fand …")
    return (head + said + tail).strip(" ,|·•/–—-")


def _is_weekday(word: str, lang: str) -> bool:
    """Whether a (case-folded) word names a weekday in the page's language or one a page often writes in another ("Freitag")."""
    from ..dates import _FALLBACK_LOCALES

    return any(word in _weekdays(tag, "wide") or word in _weekdays(tag, "abbreviated") for tag in (lang, *_FALLBACK_LOCALES))


_DATE_LABELS = frozenset(("stand", "datum", "date", "fecha", "data", "dato"))
# Words of a date's label that no name holds: "Aktuelle Zeit:", "First Posted :"
_LABEL_WORDS = frozenset(("zeit", "uhrzeit", "time", "heure", "hora", "ora", "tijd", "tid", "posted", "created", "updated", "modified"))
_CONNECTORS = frozenset(("on", "am", "le", "el", "il", "den", "vom", "op", "em", "no", "na", "w", "dne"))
_NAME_BEFORE_DATE = lazy(r"^(?:by\s+)?(.{3,60}?)(?:\s*[:,]|\s+(?:on|am|le|el|il|den|vom|op|em))\s+$", re.IGNORECASE)
_PHRASE_SEP = lazy(r"\s+(?:[-–—|·•]|/{1,2})\s+|\s*[|·•]\s*")
# The time after the date ("at 10:05AM", ", 11:17 Uhr", " / 06:15", "7:45 am PST"), and what ends the date's part after it.
_CLOCK_AFTER = lazy(r"(?:(?:\s*[,|/·•@]\s*|\s+[-–—]\s+|\s+)(?:(?:at|um|à|às|a las|alle|kl\.?)\s+)?\d{1,2}(?:[:.h]\d{2}){1,2}"
                    r"(?:\s*(?:[ap]\.?\s?m\.?|uhr|h|hrs\.?))?(?:\s+(?!(?:by|von|par|por|di|av|in)\b)(?-i:[A-Z]{2,5})\b)?)+", re.IGNORECASE)
# The time right after the day's "日", as Chinese and Japanese pages write it: "2024年05月06日12:32".
_CLOCK_GLUED = lazy(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
# What ends a date's phrase: a separator, "by", or the label of what follows ("… 11:16 forrás: MTI", "… Source: Reuters")
_AFTER_DATE_END = lazy(r"\s*[|·•/]|\s+[-–—]\s|\s+(?:by|von|par|por|di|door|av)(?:\s|$)|\s+[^\W\d_]{2,20}\s*[:：]", re.IGNORECASE)
# Meta tags that name a date without saying which: many CMSs fill them with the last change.
_GENERIC_DATE_META = frozenset(("date", "dc.date", "dcterms.date"))
_META_PUBLISHED = lazy(r"publish|pubdate|pub_date|pub-date|releasedate|created|issued", re.IGNORECASE)


def publication_metas(page: Page) -> Iterator[tuple[etree._Element, str]]:
    """The meta tags (and microdata's <meta>) whose name says a publication date, with that name in lower case:
    sw-pubdate, pubdate, shareaholic:article_published_time, dateCreated; not an update's, nor an expiry's."""
    for el in page.metas:
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").lower()
        if _META_PUBLISHED.search(key) and not _says_updated(key) and "expir" not in key:
            yield el, key


_ENDS_WITH_UPDATE = lazy(rf"(?:{UPDATE_WORDS})\s*(?:(?:am|on|le|el|il)\s*)?:?\s*$", re.IGNORECASE)


def _after_update_word(el: etree._Element) -> bool:
    """Whether the words right before an element say that it is the update's date (Advance Local's "on December 26, 2014
    at 9:00 AM, updated <span class="updated" title="…">December 26, 2014 at 9:13 AM</span>"); a theme's hAtom class
    "updated" alone says nothing, as WordPress themes put it on the date of publication."""
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    parent = el.getparent()
    text = (before.tail if before is not None else parent.text if parent is not None else None) or ""
    return bool(text.strip()) and _ENDS_WITH_UPDATE.search(text[-40:]) is not None


def _says_updated(text: str) -> bool:
    """The text names an update ("Updated", "Aktualisiert", "Mis à jour" …); searched in lower case, which is
    many times faster than a case-blind search through that many words, on every text near the headline."""
    return _UPDATED_LOWER.search(text.lower()) is not None


# An update clause in a date line, up to the next separator or the label of the publication date:
# "Updated 6 March 2024, first published 5 March 2024", "Mis à jour le 06/03/2024 à 12h00 - Publié le …".
_UPDATE_CLAUSE = lazy(
    rf"(?:(?:zuletzt|last)\s+)?(?:{UPDATE_WORDS}).*?"
    rf"(?=\s*(?:[|·•;]|\s[-–—/]\s|,\s*(?:first\s+|zuerst\s+)?[^\W\d_]*\s*(?:{PUBLISHED_WORDS})|(?:first\s+|zuerst\s+)?(?:{PUBLISHED_WORDS})\b|$))",
    re.IGNORECASE,
)

# An update clause in brackets, whatever separators it holds: "4 dicembre 2026 (modifica il 5 dicembre 2026 | 14:32)".
_UPDATE_IN_BRACKETS = lazy(rf"[(（][^()（）]*?(?:{UPDATE_WORDS})[^()（）]*[)）]", re.IGNORECASE)


def _without_updates(text: str) -> str:
    """A date line without its update clauses: what remains says when the article was published."""
    return _UPDATE_CLAUSE.sub(" ", _UPDATE_IN_BRACKETS.sub(" ", text)).strip(" ,،|·•;/–—-(（")


# A clock in the page's header or footer ("Aktuelle Zeit: 14.10.2020, 12:18") says when it was saved.
# A headline that opens with its date and a dash or a bar.
_DATED_HEADLINE = lazy(r"(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.? [^\W\d]{3,12}\.? \d{4}) [-–—|] \S")
_CLOCK = lazy(r"aktuelle zeit|current time|it is currently|es ist jetzt|heute ist|today is", re.IGNORECASE)
_DATE_HINT = lazy(r"date|time|publish|posted|datum|fecha|meta|submitted", re.IGNORECASE)  # (Drupal's "Submitted by … on …")
# The meta line of what the article quotes: a fact check's claim, "— David McKinley on Sunday, October 13th, 2019
# in an article in a local newspaper" (PolitiFact's "statement__meta"), above the headline and the article's own.
_QUOTED_META = lazy(r"(?:statement|claim|quote)s?(?:__|[-_])(?:meta|date|time)", re.IGNORECASE)
_DIGIT = lazy(r"\d")
# The date a person joined or was born, by its class (Twitter's profile card: <span class="ProfileHeaderCard-joinDateText"
# title="3:06 PM - 20 Oct 2011">Joined October 2011</span>), not the story's.
_PERSONS_DATE = lazy(r"join(?:ed)?[-_]?date|birth[-_]?date|member[-_]?since", re.IGNORECASE)


def _parts(url: dict[str, Any] | None):
    """The parts of the page's stated address; None when there is none or it does not parse ("https://[::1")."""
    if not url:
        return None
    try:
        return urlparse(url["text"])
    except ValueError:
        return None


class DateFields:
    """The published and modified fields."""

    def published(self) -> dict[str, Any] | None:
        return _with_moment(self._date("published", "datePublished", _META_DATES))

    def modified(self) -> dict[str, Any] | None:
        return _with_moment(self._date("modified", "dateModified", ("article:modified_time", "og:updated_time", "dateModified", "last-modified",
                                                                       "dcterms.modified", "article:modified", "utime", "lastmodified",
                                                                       "dateUpdate", "dateUpdated")))

    def _date(self, field: str, ld_key: str, meta_keys: tuple[str, ...]) -> dict[str, Any] | None:
        """JSON-LD, then meta tags, then the page's own <time> and date texts near the headline, then the URL."""
        page = self.page
        lang = self.text_lang
        profiled = self._profiled(field)
        if profiled is not None:
            if not profiled:
                return None
            el = profiled[0]
            machine = el.get("datetime") or el.get("content") or ""
            return _date_value(visible_text(el), machine, source_of(page, el), lang)
        if field == "modified":
            return self._modified(ld_key, meta_keys)
        visible = published_time(page)
        stated = self._jsonld_text(ld_key, anywhere=True)
        if stated is None:
            found = self._meta_date(*meta_keys)
            stated = (found[0], _meta_source(page, found[1], found[2])) if found else None
        if visible is not None and stated is not None:
            said, machine = _stated(stated[0], lang), _stated(visible.value, lang)
            if said is not None and machine is not None and machine.day is not None and abs((said.day - machine.day).days) <= 1:
                # The page shows the date the metadata states: point at what readers see. A <time> that also says its update
                # ("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC") holds the update's moment (NBC News):
                # the metadata's is the publication's.
                text = _published_part(visible.text, lang)
                value = stated[0] if text != visible.text else visible.value
                if self._modified_moment(value) and not self._modified_moment(stated[0]):
                    # The <time> holds the update's moment, as the metadata's dateModified says it (The Independent's
                    # <amp-timeago> on the day of publication, a live blog's latest post): the publication's moment is the
                    # metadata's, and its text that of a <time> that states it (the live blog's first post), else the <time>'s
                    # when it shows the day alone ("01 October 2020"), else none.
                    own = self._time_stating(stated[0])
                    if own is not None:
                        return _date_value(visible_text(own), stated[0], source_of(page, own), lang)
                    if not _TIME_OF_DAY.search(text):
                        return _date_value(text, stated[0], source_of(page, visible.element), lang)
                    return _date_value("", stated[0], stated[1], lang)
                if _floating_within(value, stated[0], lang):
                    # the day (or the local time) the <time> gives, as the metadata states it to the minute with its zone
                    # (ANSA's datetime="2024-05-06", NHK's "2024-05-06T10:32" beside JSON-LD's "…T10:32:00+09:00")
                    value = stated[0]
                return _date_value(text, value, source_of(page, visible.element), lang)
        ld = self._jsonld_text(ld_key, anywhere=True)
        if ld and (in_ld := _stated(ld[0], lang)):
            if field == "published" and (found := self._meta_date(*meta_keys)) and (said := _stated(found[0], lang)) is not None:
                if in_ld.day is not None and said.day is not None and abs((said.day - in_ld.day).days) > 1:
                    # JSON-LD and a meta tag disagree (a republished story's JSON-LD keeps the first date, or the
                    # meta tag the first): the date shown beside the headline sides with one of them.
                    beside = self._date_beside_headline(visible)
                    seen = _stated(beside["datetime"], lang) if beside else None
                    if seen is not None and seen.day is not None and abs((said.day - seen.day).days) <= 1 < abs((in_ld.day - seen.day).days):
                        return _date_value(beside["text"] or "", found[0], _meta_source(page, found[1], found[2]), lang)
            return _date_value(self._shown_for(visible, in_ld, lang) or self._shown_on(in_ld, lang), ld[0], ld[1], lang)
        found = self._meta_date(*meta_keys)
        said = _stated(found[0], lang) if found else None
        if said is not None:
            if field == "published" and found[2] in _GENERIC_DATE_META:
                # A bare <meta name="date"> often says when the page last changed (or swaps month and day: a
                # Swiss server's "11/01/2023 12:43:42"); a date shown right beside the headline, or one the page
                # labels as its publication's ("Erstellt am: 01.11.2023"), that disagrees with it is the date readers see.
                beside = self._date_beside_headline(visible) or self._labelled_date()
                seen = _stated(beside["datetime"], lang) if beside else None
                if seen is not None and abs((said.day - seen.day).days) > 1:
                    return beside
            return _date_value(self._shown_for(visible, said, lang) or self._shown_on(said, lang), found[0], _meta_source(page, found[1], found[2]), lang)
        if visible is not None:
            return _date_value(_published_part(visible.text, lang), visible.value, source_of(page, visible.element), lang)
        if field != "published":
            return None
        for el in page.with_itemprop("datePublished"):
            # <abbr title="2018-06-05T08:00:00-07:00">: the abbr design pattern of microformats (Blogger)
            machine = el.get("datetime") or el.get("content") or (el.get("title") if el.tag == "abbr" else None) or visible_text(el)
            if _stated(machine, lang):
                return _date_value(visible_text(el), machine, source_of(page, el), lang)
        update = None  # (a <time> that says it is the update's only where no other says the publication: La Estrella's "Actualizado …", "Creado …")
        for time in page.times:
            # Scripts that show "3 hours ago" keep the moment in a data attribute or the title ("timeago" plugins).
            machine = (time.get("datetime") or time.get("data-published") or time.get("data-time") or time.get("data-timestamp")
                       or time.get("title") or "")
            if machine and _stated(machine, lang) and not self.apart(time) and not in_story_card(page, time):
                if not _says_updated(visible_text(time)[:30]):
                    return _date_value(visible_text(time), machine, source_of(page, time), lang)
                update = update or _date_value(visible_text(time), machine, source_of(page, time), lang)
        if update is not None:
            return update
        for abbr in page.by_tag("abbr"):
            # The microformats' abbr pattern without its class: Yahoo's byline "<abbr title="2011-08-25T01:40:40Z">1 hr 4 mins
            # ago</abbr>" (a moment to the minute in the title, no abbreviation's expansion).
            machine = (abbr.get("title") or "").strip()
            if _ISO_MOMENT.match(machine) and _stated(machine, lang) and not self.apart(abbr) and not in_story_card(page, abbr):
                return _date_value(visible_text(abbr), machine, source_of(page, abbr), lang)
        near = self._date_text_near_headline()
        if near is not None and (beside := self._update_beside_headline(near)) is not None:
            near = beside
        in_sentence = near is not None and len(near["text"] or "") > 60 and not _DATE_HINT.search(near["source"].element.get("class") or "")
        if near is not None and not in_sentence:
            return near
        for el, key in publication_metas(page):  # any other meta that names a publication date (sw-pubdate, pubdate, …)
            machine = el.get("content") or el.get("value") or el.get("datetime") or ""
            if _stated(machine, lang):
                return _date_value("", machine, _meta_source(page, el, key), lang)
        labelled = self._labelled_date()
        if labelled is not None:
            return labelled
        url = self.url()
        parts = _parts(url)
        machine = _date_in_path(parts.path, self._lang()) if parts else None
        if machine:
            return {"text": None, "datetime": machine, "source": url["source"]}
        if near is not None:
            # A date in a sentence of the text ("… was opened on 18 October") is often the event's: the
            # page's other witnesses of the publication date come first.
            return near
        # Then a date written further below the headline; last, close to it, a date in a box beside it
        # whose class says so (an aside of the article with its meta line), or the only date the page
        # shows, when it was updated, near the headline or labelled anywhere ("Aktualisiert: 30.12.2016").
        return (self._update_beside_headline(None) or self._date_written_near(400, 8000) or self._date_written_near(40, 600, last_resort=True)
                or self._date_written_near(400, 8000, updates=True) or self._labelled_date("updated"))

    def _time_stating(self, value: str) -> etree._Element | None:
        """The article's first <time> whose machine value states the moment ``value`` does, to the second."""
        said = _stated(value, self.text_lang)
        if said is None or said.moment is None or said.zone is None:
            return None
        for time in self.page.times:
            machine = _stated(time.get("datetime") or "", self.text_lang)
            if machine is not None and machine.moment == said.moment and machine.zone is not None and visible_text(time) \
                    and not self.apart(time) and not in_story_card(self.page, time):
                return time
        return None

    def _modified_moment(self, value: str) -> bool:
        """Whether a machine value states, to the second, the moment the metadata gives as the article's modification."""
        said = _stated(value, self.text_lang)
        if said is None or said.moment is None or said.zone is None:
            return False
        return said.moment == self._modified_moment_stated()

    def _modified_moment_stated(self):
        """The moment, with its zone, that the metadata gives as the article's modification (JSON-LD's dateModified, else
        article:modified_time or og:updated_time), or None."""
        stated = self._jsonld_text("dateModified", anywhere=True)
        found = stated[0] if stated else (self._meta("article:modified_time", "og:updated_time") or ("",))[0]
        modified = _stated(found, self.text_lang) if found else None
        return modified.moment if modified is not None and modified.moment is not None and modified.zone is not None else None

    def _update_beside_headline(self, written: dict[str, Any] | None) -> dict[str, Any] | None:
        """The date right beside the headline (within ten elements) though it says it is the update's (the IPA's
        "最終更新日：2019年4月2日" under the h1), when the page has no other date there: it dates the page better than one
        written further below (``written``, found by no class that says date), which is more often an event's or a linked
        report's ("2019年3月15日公表" before a link to another agency's warning)."""
        page, anchor = self.page, self.anchor()
        if anchor is None:
            return None
        if written is not None:
            element = written["source"].element
            if element is None or page.distance(element, anchor, 11) <= 10 or _DATE_HINT.search(element.get("class") or ""):
                return None
        beside = self._date_written_near(10, 400, updates=True)
        element = beside["source"].element if beside is not None else None
        return beside if element is not None and page.distance(element, anchor, 11) <= 10 else None

    @staticmethod
    def _shown_for(visible, said, lang: str) -> str:
        """The text of the page's published <time>, when it shows the day the metadata states (``said``, or the day before
        or after): a <time> that shows another day ("09.03.2022" beside a meta tag's 2022-11-17) is not this date's text."""
        if visible is None or not visible.text or said.day is None:
            return ""
        seen = _stated(visible.value, lang)
        if seen is not None and seen.day is not None:
            day = seen.day
        else:
            written = parse_visible_date(visible.text, lang, fallback=True)
            if written is None:
                return ""
            day = written[0]
        return visible.text if abs((said.day - day).days) <= 1 else ""

    def _shown_on(self, stated, lang: str) -> str:
        """The date written beside the headline, when it is the day the metadata states (or the day before or after,
        as time zones differ): the text readers see of the date the page has no <time> for; not a sentence of the text
        that names the day in passing ("… date strings like "Oct 20, 2025" instead of …")."""
        beside = self._date_beside_headline(None)
        seen = _stated(beside["datetime"], lang) if beside else None
        if seen is None or stated.day is None:
            return ""
        said = beside["text"] or ""
        written = parse_visible_date(said, lang, fallback=True)
        if abs((stated.day - seen.day).days) > 1 and not (written is not None and other_order_agrees(written[1], stated.day, lang, 1)):
            return ""  # (English without a region writes "06/05/2024" day first too: France 24's English pages)
        shown = _stated(moment_written(said, seen.day) or "", lang) if stated.moment is not None and stated.zone is not None else None
        if shown is not None and shown.moment is not None and abs((shown.moment - stated.moment).total_seconds()) >= 120 \
                and (modified := self._modified_moment_stated()) is not None and abs((shown.moment - modified).total_seconds()) < 120:
            return ""  # the update's moment, as the metadata states it: a live blog's latest post ("4:40 p.m. ET, May 6, 2024")
        before = said[: said.find(written[1])] if written is not None else ""
        holder = beside["source"].element
        # (a label, a weekday, a byline may stand before the date in a meta line: "Publicado: Miércoles, 4 de …", "Posted in
        # Datenschutz by damianduchamps on August 3, 2019"; a paragraph of the text that names the day after many words is no date line)
        return "" if len(before.split()) > 5 and holder is not None and len(visible_text(holder)) > 120 else said

    def _modified(self, ld_key: str, meta_keys: tuple[str, ...]) -> dict[str, Any] | None:
        """When the article was last changed: as JSON-LD or a meta tag states it, pointing at the date the page
        shows when that is the same day; else the date the page shows as its update."""
        page, lang = self.page, self.text_lang
        stated = self._jsonld_text(ld_key, anywhere=True)
        if stated is None or _stated(stated[0], lang) is None:
            found = self._meta(*meta_keys)
            stated = (found[0], _meta_source(page, found[1], found[2])) if found and _stated(found[0], lang) else None
        if stated is None:
            return self._shown_update(everywhere=True)
        shown = self._shown_update()
        if shown is not None:
            said, seen = _stated(stated[0], lang), _stated(shown["datetime"], lang)
            if said is not None and seen is not None and abs((said.day - seen.day).days) <= 1:
                return shown  # the page shows the date the metadata states: point at what readers see
        return _date_value("", stated[0], stated[1], lang)  # (another date shown is not this one's text)

    def _shown_update(self, everywhere: bool = False) -> dict[str, Any] | None:
        """The update date the page shows: marked as dateModified (microdata), a <time> in a box whose class says
        updated or modified (hAtom's "updated"), a line beside the headline that says so ("Updated 5:03 PM EST",
        "Stand: 28.04.2020 18:00 Uhr"); ``everywhere``, also a date labelled so elsewhere ("Aktualisiert: …") when
        the search for the publication date has read the page's labels already (a pass over every element is too
        dear for this alone)."""
        page, lang = self.page, self.text_lang
        anchor = self.anchor()
        for el in page.with_itemprop("dateModified"):
            machine = el.get("datetime") or el.get("content") or (el.get("title") if el.tag == "abbr" else None) or visible_text(el)
            # (apart only because the meta line beside the headline is a <nav>, as NDTV's is, it is the story's own)
            if _stated(machine, lang) and (not self.apart(el) or anchor is not None and page.distance(el, anchor, 16) <= 15
                                           and self._in_own_box(el, None)):
                return _date_value(visible_text(el), machine, source_of(page, el), lang)
        for time in page.times:
            machine = time.get("datetime") or ""
            marks = [time, *itertools.islice(time.iterancestors(), 2)]
            if machine and any(_UPDATED.search(a.get("class") or "") for a in marks) and _stated(machine, lang) and not self.apart(time):
                return _date_value(visible_text(time), machine, source_of(page, time), lang)
        # Elsewhere, only what the publication date's search has read already.
        elsewhere = self._labelled_date("updated") if everywhere and "_once__labelled_dates" in self.__dict__ else None
        # Beside the headline, a line that says so, with or without a colon: "Updated 5:03 PM EST, Wed December 7, 2016"
        if anchor is None:
            return elsewhere
        for el in (*reversed(list(page.read_before(anchor, 15))), anchor, *page.read_after(anchor, 39)):  # (as a reader meets them)
            text = squash((el.text or "") + " " + (el.tail or "")) if el.tag not in ("script", "style", "noscript", "template", "meta") else ""
            said = _UPDATE_LINE.search(text) if 8 < len(text) <= 160 and not page.is_hidden(el) else None
            before = text[: said.start()].rstrip() if said is not None else ""
            if said is not None and (said.start() == 0 or before[-1:] in ",;|·/–—-(（" or before[-1:].isdigit()):  # a line's label, not a sentence's word
                text = text[said.start():]  # "Veröffentlicht am 06.12.2016, aktualisiert am 07.12.2016": the update's part
                if before.endswith(("(", "（")):  # "December 4, 2026 (Updated: December 5, 2026)"
                    text = re.split(r"[)）]", text, maxsplit=1)[0]
                published = _PUBLISHED_LINE.search(text)  # "Updated Dec. 5, 2026 / Published Dec. 4, 2026": up to that label
                text = text[: published.start()].rstrip(" ,|·•;/–—-") if published else text
                shown = parse_visible_date(text, lang, fallback=True)
                if shown is not None and not self.apart(el):
                    machine = el.get("datetime") if el.tag == "time" else None
                    stated = _stated(machine, lang) if machine else None
                    if stated is not None and stated.day == shown[0]:
                        return _date_value(text, machine, source_of(page, el), lang)  # the <time>'s own moment
                    return {"text": text, "datetime": shown[0].isoformat(), "source": source_of(page, el)}
        return elsewhere

    def _date_beside_headline(self, visible) -> dict[str, Any] | None:
        """The published <time>, or a date written near the headline, when it stands within 20 elements of it as a reader
        meets them (a meta line with an avatar, the <time> and a rating counts a few; an icon's shapes and empty boxes none)."""
        page = self.page
        anchor = self.anchor()
        if anchor is None:
            return None
        if visible is not None:
            found = _date_value(visible.text, visible.value, source_of(page, visible.element), self.text_lang)
        else:
            found = self._date_text_near_headline()
        element = found["source"].element if found else None
        if element is None:
            return None
        distance = page.distance(element, anchor, 31)  # (as a reader meets them: not the empty boxes and icons' shapes between)
        if distance > 20 and not (distance <= 30 and _DATE_HINT.search(element.get("class") or "")):
            return None  # (a date line by its class a little further, past the byline's icons and the lead photo: Infobae's)
        return found

    @_once
    def _date_text_near_headline(self) -> dict[str, Any] | None:
        """A written date in an element whose class says date, time or published, near the h1;
        else the first date written within a few lines after (or just before) the h1."""
        found = self._date_by_class()
        if found is not None:
            return self._date_in_byline_under(found) or found
        return self._date_written_near(80, 1000)

    def _date_in_byline_under(self, found: dict[str, Any]) -> dict[str, Any] | None:
        """The date written in the byline or meta line right under the headline (within the five elements a reader meets
        after it), when the date found by its class stands further away: Polygon's "By Jane Doe on Jul 04, 2014 at 11:30a"
        under the h2, before a video browser's "long_date" of another video."""
        page, anchor = self.page, self.anchor()
        element = found["source"].element
        if anchor is None or element is None or page.distance(element, anchor, 6) <= 5:
            return None
        lang = self.text_lang
        for el in page.read_after(anchor, 5):
            if anchor in set(el.iterancestors()) or not names_meta(el) or self.apart(el):
                continue
            text = visible_text(el)
            shown = parse_visible_date(text, lang, fallback=True) if 4 < len(text) <= 160 else None
            if shown is not None:
                if shown[0].isoformat() == (found.get("datetime") or "")[:10]:
                    return None  # the same day: the date found by its class says it
                # the element that says the date, or the words around it where the markup sets them apart from the name
                # ("on Jul 04, 2014 at 11:30a")
                inner = [d for d in el.iterdescendants() if isinstance(d.tag, str) and shown[1] in visible_text(d)]
                if inner:
                    holder, piece = inner[-1], visible_text(inner[-1])
                else:
                    holder = el
                    piece = next((squash(t) for t in (el.text, *(c.tail for c in el)) if t and shown[1] in squash(t)), text)
                return {"text": _date_phrase(piece, shown[1], lang), "datetime": shown[0].isoformat(), "source": source_of(page, holder)}
        return None

    def _date_written_near(self, ahead: int, reading: int, last_resort: bool = False, updates: bool = False) -> dict[str, Any] | None:
        """The first date written within ``ahead`` elements and ``reading`` characters after the
        headline (or the start of the content), else within 40 elements before it; but a date that
        stands alone within ten elements either side beats one in a sentence of the text. (Elements as a reader
        meets them: see Page.shows.) As the
        ``last_resort``, also dates that say they are updates, and dates in boxes whose class says date;
        with ``updates``, only the first of these."""
        page = self.page
        h1 = self.anchor()
        if h1 is None:
            h1 = content_root(page)
            if h1 is None:
                h1 = page.root.find("body")  # no headline and no content block: from the top of the page
                if h1 is None:
                    return None
        lang = self.text_lang
        # The elements as a reader meets them, not the empty boxes and icons' shapes between them: the ten nearest either
        # side, nearest first; then the headline's own date; then those after it, then those before.
        close = page.read_beside(h1, 10)
        parsed = self.__dict__.setdefault("_written_dates", {})  # text → its date, shared by the passes
        line = {h1, *h1.iterancestors()}
        for window in (close, None, page.read_after(h1, ahead - 1), page.read_before(h1, 39)):
            if window is None:  # the headline's own date, after the dates that stand alone beside it
                dated = None if last_resort or updates else self._date_opening_headline(h1, lang)
                if dated is not None:
                    return dated
                continue
            seen = 0
            for el in window:
                if el.tag in ("script", "style", "noscript", "template") or in_template(page, el):
                    continue
                if page.is_hidden(el):  # a modal's "terms, updated March 3, 2020", a plugin's version ("3.2.1199"): the text after it only
                    parent = el.getparent()
                    text = squash(el.tail) if parent is not None and not page.is_hidden(parent) else ""
                else:
                    text = squash((el.text or "") + " " + (el.tail or "") + "".join(" " + (c.tail or "") for c in el if not isinstance(c.tag, str)))
                if not text:  # (with what follows a comment inside: Daejon Ilbo's "<span>…</span><!--…-->2020-03-04 16:52:59")
                    continue
                seen += len(text)
                if seen > reading:
                    break
                if self.apart(el) and not (last_resort and _DATE_HINT.search((el.get("class") or "") + " " + (el.get("id") or ""))
                                           and not in_other_article(el, line) and not in_story_list(page, el)
                                           and not in_box_of_other_stories(el, line)) \
                        and not (window is close and self._in_own_box(el, None)):  # not a teaser's or a comment's; the share bar's beside the headline is its own
                    continue
                if _CLOCK.search(text):
                    continue
                if not (last_resort or updates) and _says_updated(text):
                    text = _without_updates(text)  # "Aktualisiert am 06.03.2024, erstellt am 05.03.2024"
                    if not text:
                        continue
                shown = parsed[text] if text in parsed else parsed.setdefault(text, parse_visible_date(text, lang, fallback=True))
                if shown is not None and (len(text) <= 60 or window is not close):
                    # A date after the element, in its tail, stands in the element around it (Yonhap's
                    # <span><strong><a>North Korea</a></strong> 09:31 August 20, 2019</span>): point there.
                    holder = el.getparent() if shown[1] not in squash(el.text) and el.getparent() is not None else el
                    return {"text": _date_phrase(text[:120], shown[1], lang), "datetime": shown[0].isoformat(), "source": source_of(page, holder)}
        return None

    def _date_opening_headline(self, headline: etree._Element, lang: str) -> dict[str, Any] | None:
        """The date a headline opens with, before a dash or a bar ("23.01.2022 - Dorothea Wierer darf … jubeln")."""
        found = _DATED_HEADLINE.match(squash(headline.xpath("string()"))) if headline.tag in ("h1", "h2") else None
        shown = parse_visible_date(found.group(1), lang, fallback=True) if found is not None else None
        if shown is None or shown[1] != found.group(1):
            return None
        return {"text": shown[1], "datetime": shown[0].isoformat(), "source": source_of(self.page, headline)}

    def _labelled_date(self, kind: str = "published") -> dict[str, Any] | None:
        """A date the page labels as such (“Datum: 26. Januar 2022”, “Published: …”; with ``kind="updated"``,
        “Aktualisiert: …”) in the content, else anywhere outside teasers and comments (a review's footer
        beside its text: “Erschienen am: …”)."""
        return self._labelled_dates().get(kind)

    @_once
    def _labelled_dates(self) -> dict[str, dict[str, Any]]:
        """The first labelled date of each kind, in one pass over the page: the content's first, else the body's."""
        page = self.page
        content, body = content_root(page), page.root.find("body")
        scope = body if body is not None else content
        if scope is None:
            return {}
        lang = self.text_lang
        found: dict[tuple[str, bool], dict[str, Any]] = {}
        for el in scope.iter():
            if not isinstance(el.tag, str):
                continue
            if el.text and (m := _ANY_DATE_LABEL.match(el.text)):
                parent = el.getparent()
                text = squash(visible_text(parent if parent is not None and len(visible_text(el)) < 20 else el))
                label = text.find(squash(el.text))  # from the label on: "Beginn: 13. Mai 2012 … Aktualisiert: 15. Februar 2012"
                text = text[max(label, 0):][:160]
            elif el.tag == "br" and el.tail and (m := _ANY_DATE_LABEL.match(el.tail)):  # <br>Erschienen am: 01.11.2023
                text = squash(el.tail)[:160]
            else:
                continue
            kind = "published" if m["published"] is not None else "updated"
            inside = content is not None and (el is content or content in el.iterancestors())
            if (kind, inside) in found or (kind, True) in found:
                continue
            shown = parse_visible_date(text, lang, fallback=True)
            if shown is not None and not self.apart(el):
                found[kind, inside] = {"text": text, "datetime": shown[0].isoformat(), "source": source_of(page, el)}
        out = {}
        for kind in ("published", "updated"):
            first = found.get((kind, True)) or found.get((kind, False))
            if first is not None:
                out[kind] = first
        return out

    def _date_by_class(self) -> dict[str, Any] | None:
        page = self.page
        anchor = self.anchor()
        scope = article(page)
        if anchor is not None and (scope is None or scope not in set(anchor.iterancestors())):
            ancestors = list(anchor.iterancestors())
            scope = ancestors[2] if len(ancestors) > 2 else (ancestors[-1] if ancestors else None)
        if scope is None:
            return None
        lang = self.text_lang
        for el in scope.iter():
            if not isinstance(el.tag, str):
                continue
            hint = (el.get("class") or "") + " " + (el.get("id") or "")
            if _DATE_HINT.search(hint) and not _QUOTED_META.search(hint) and not _PERSONS_DATE.search(hint) \
                    and (not self.apart(el) or self._in_own_box(el, _DATE_HINT)) and not _after_update_word(el):
                for attr in ("datetime", "data-origindate", "data-date", "data-published", "data-timestamp", "content", "title"):
                    machine = el.get(attr)
                    if machine and parse_any(machine, lang):
                        return _date_value(visible_text(el), machine, source_of(page, el), lang)
                if next(itertools.islice(el.iter(), 40, None), None) is not None:
                    continue  # forty elements and more: a box around the date, read at the date itself
                time = next((t for t in el.iter("time") if t.get("datetime")), None) if el.tag != "time" else None
                if time is not None and parse_any(time.get("datetime"), lang):
                    # A meta line whose class says date, around the <time> (and a rating: "25.01.2022 13").
                    return _date_value(visible_text(time), time.get("datetime"), source_of(page, time), lang)
                text = visible_text(el)
                update = _UPDATED.search(text) if _says_updated(text) else None
                if update:  # "Written: 2023-11-07 15:03 / Updated: 2023-11-07 15:30": without the update
                    text = _without_updates(text) if len(text) < 400 else text[: update.start()].rstrip(" /|·,")
                if 4 < len(text) < 120:
                    shown = parse_visible_date(text, lang, fallback=True)
                    if shown is not None and not self._dated_inside(el):
                        at = text.find(shown[1])
                        if at > 0 and (text[at - 1].isalnum() or _person_like(text[:at].strip())):
                            # Words glued to the date by the markup (LRT's <strong>BNS</strong><span>2020.10.26 13:44</span>), or the
                            # author's name before it (Substack's post-meta line, "Jane Doe" then "May 06, 2024" in a box of its
                            # own): the element that holds the date says it.
                            inner = next((d for d in el.iterdescendants() if isinstance(d.tag, str) and not len(d) and shown[1] in visible_text(d)), None)
                            if inner is not None:
                                return {"text": _date_phrase(visible_text(inner), shown[1], lang), "datetime": shown[0].isoformat(),
                                        "source": source_of(page, inner)}
                        return {"text": _date_phrase(text, shown[1], lang), "datetime": shown[0].isoformat(), "source": source_of(page, el)}
        return None

    def _dated_inside(self, box: etree._Element) -> bool:
        """Whether a box whose class says date or meta holds an element of its own whose class says date and
        whose words are one: Substack's "post-meta" line holds the author's name and the "post-date"; the date
        is read there, next, without the name."""
        lang = self.text_lang
        return any(isinstance(d.tag, str) and _DATE_HINT.search((d.get("class") or "") + " " + (d.get("id") or ""))
                   and parse_visible_date(visible_text(d), lang, fallback=True) is not None for d in box.iterdescendants())
