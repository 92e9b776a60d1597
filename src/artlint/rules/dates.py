"""Dates and the dateline: machine-readable, valid, consistent, in house style, not in the future. (Which <time> states the
publication is timestamps.py's: the article model reads it too.)"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from itertools import islice

from lxml import etree

from .. import patterns
from ..content import article_body
from ..dates import (MachineDate, either_order_in, format_house, is_placeholder, month_shown, now, numeric_order, other_order_agrees,
                     parse_datetime_value, parse_iso, parse_visible_date, time_written, unix_time, value_meant, value_shown, write_iso)
from ..finding import Severity
from ..lazyre import lazy
from ..page import Page
from ..rule import Rule
from ..structured import articles
from ..text import quote, squash, visible_text
from ..timestamps import TimeElement, metadata_dates, moment_stated, published_time, states_publication, time_elements, time_text, told_of

FAMILY = "dates"


def _page(body: str, head: str = "", lang: str = "en") -> str:
    return (f'<!doctype html>\n<html lang="{lang}">\n<head><title>Example</title>{head}</head>\n<body>\n<main>\n<article>\n'
            f"<h1>Headline</h1>\n{body}\n</article>\n</main>\n</body>\n</html>\n")


class MissingPublicationDate(Rule):
    code = "DAT001"
    name = "missing-publication-date"
    family = FAMILY
    summary = "The article states no machine-readable publication date."
    rationale = (
        "Readers judge news by its date, and search engines, archives and aggregators need it in a form "
        "machines can read; a template that drops the <time datetime> publishes undated news."
    )
    fix = 'Mark the visible date up as <time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time>.'
    wcag = ()
    incorrect = (
        _page('<p class="date">December 6, 2016</p><p>Text.</p>'),
        _page("<p>Text.</p>", head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "6 Dec 2016 00:21 GMT"}</script>'),
    )
    correct = (
        _page('<p><time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time></p><p>Text.</p>'),
        _page("<p>Text.</p>", head='<meta property="article:published_time" content="2016-12-06T00:21:00+01:00">'),
    )

    def check(self, page, options):
        if published_time(page) is not None:
            return
        found = metadata_dates(page)
        if "datePublished" in found or "published_meta" in found:
            return
        if page.with_itemprop("datePublished"):
            return
        # Any other metadata the article model reads its publication date from: the datePublished of JSON-LD of another type
        # (a Recipe, a WebPage), a meta tag of another name (og:article:published_time, DC.date, date, publish-date).
        from ..model import extractor

        model = extractor(page)
        said = model.published()
        source = said["source"] if said is not None else None
        read_at = source.element if source is not None and source.kind == "element" else None
        # (a <time> without datetime states its text: <time>2016-12-06</time>)
        machine = parse_datetime_value(read_at.get("datetime") if read_at.get("datetime") is not None else time_text(read_at)) \
            if read_at is not None and read_at.tag == "time" else None
        if isinstance(machine, MachineDate) and machine.day is not None and states_publication(read_at):
            # The <time> the model reads as the article's own, farther from the headline than published_time looks, or marked
            # the update's too (WordPress's "published updated"), and not the update's alone.
            return
        if source is not None and source.kind in ("json-ld", "meta") and source.element is not None:
            if source.kind == "meta":  # (as the page writes it: the model's value is ISO 8601 already)
                value = source.element.get("content") or source.element.get("value") or ""
            else:
                value = (model._jsonld_text("datePublished", anywhere=True) or ("",))[0]
            if parse_iso(value) is not None:
                return
            where = f"JSON-LD {source.extra.get('property', '').lstrip('/')}" if source.kind == "json-ld" else source.extra.get("name", "the meta tag")
            yield self.problem(source.element, f"the article's only publication date, {where} {quote(value, 40)}, is not an ISO 8601 date; "
                                               f"{write_iso(value, page.lang)}")
            return
        from ..model.published import publication_metas

        # A meta tag of another name that states it machine-readably (sw-pubdate, pubdate), whatever the model shows.
        if any(parse_iso(el.get("content") or "") is not None for el, _ in publication_metas(page)):
            return
        stated = _unreadable_publication_date(page)
        if stated is not None:
            label, value, element = stated
            yield self.problem(
                element,
                f"the article's only publication date, {label} {quote(value, 40)}, is not an ISO 8601 date; {write_iso(value, page.lang)}",
            )
            return
        shown = _text_date(page, said)
        if shown is not None:
            element, text, value = shown
            yield self.problem(element, f"the article states no machine-readable publication date: its date, {quote(text, 60)}, is text "
                                        f'alone; mark it up with <time datetime="{value}">')
            return
        if read_at is not None and read_at.tag == "time":
            text = squash(visible_text(read_at))
            start = f"the article states no machine-readable publication date: its date, <time> {quote(text, 40)}"
            shown = value_shown(text, _reading_lang(page, text)) if len(text) <= 120 else None
            if read_at.get("datetime") is None:
                yield self.problem(read_at, f'{start}, has no datetime attribute, and its text no machine reads as a date; '
                                            f'add datetime="{shown or "…"}"')
            elif not (isinstance(machine, MachineDate) and machine.day is not None):
                value = read_at.get("datetime")
                meant = value_meant(value, page.lang)  # (the moment it means, with its zone, over the text's day and hour)
                fix = f'write datetime="{meant}"' if meant else f'write datetime="{shown}", the date it shows' if shown else write_iso(value, page.lang)
                yield self.problem(read_at, f"{start}, has datetime={quote(value, 40)}, which no machine reads as a date; {fix}")
            else:
                yield self.problem(read_at, f"{start}, "
                                            "is marked as the last update's; mark the publication date up as well, or drop the update's "
                                            "mark if this is it")
            return
        yield self.problem(None, "the article states no publication date that artlint finds, machine-readable or in the text near its "
                                 'headline; show it there, marked up: <time datetime="2016-12-06T00:21+01:00">December 6, 2016</time>')


# Elements whose date is machine-readable in a way of its own, or that no <time> can mark up.
_NOT_TEXT_DATES = frozenset(("time", "abbr", "data", "meta", "link", "title", "br", "script"))


def _text_date(page: Page, said: dict | None) -> tuple[etree._Element, str, str] | None:
    """The publication date the article model reads from an element's text, where the page marks it up in no way a machine
    reads (<p class="date">December 6, 2016</p>): the element, its text, and the value a <time> around it should carry
    (the moment, to the minute, that the text writes; or the model's day)."""
    if said is None or said["source"].kind != "element" or not said.get("text") or not said.get("datetime"):
        return None
    element = said["source"].element
    if element is None or element.tag in _NOT_TEXT_DATES or element.get("datetime") is not None:
        return None
    text = said["text"]
    value = value_shown(text, _reading_lang(page, text)) if len(text) <= 120 else None
    if value is None:
        machine = parse_datetime_value(said["datetime"])
        if not isinstance(machine, MachineDate) or machine.day is None:
            return None
        value = machine.day.isoformat()
    return element, text, value


def _unreadable_publication_date(page: Page) -> tuple[str, str, etree._Element] | None:
    """A publication date that the article's JSON-LD or meta tags state in a form no parser reads
    ("20 Nov 2019 08:02 GMT"), to name in the message instead of saying there is none: where, the value, the element."""
    for block, obj in articles(page):
        value = obj.get("datePublished")
        if isinstance(value, str) and value.strip():
            return "JSON-LD datePublished", value.strip(), block.element
    said = page.meta_said("article:published_time")
    if said:
        return "article:published_time", said, page.meta("article:published_time")
    return None


class InvalidDatetime(Rule):
    code = "DAT002"
    name = "invalid-datetime"
    family = FAMILY
    summary = "A <time> element's datetime value (or, without one, its text) is not valid, or the publication date is a placeholder (1970-01-01)."
    rationale = (
        "Browsers, search engines and assistive technology ignore a datetime they cannot parse; the date is then only text. "
        "A <time> without a datetime attribute offers its text as the value, which must then be a date in an HTML format: "
        "a template that drops the attribute leaves “December 6, 2016”, which no machine reads."
    )
    fix = "Write the value in an HTML format: 2016-12-06, or 2016-12-06T00:21:00+01:00 with the offset."
    wcag = ("4.1.1",)
    incorrect = (
        _page('<p><time datetime="06.12.2016">December 6, 2016</time></p>'),
        _page('<p><time datetime="2016-02-30">February 30, 2016</time></p>'),
        _page('<p><time datetime="1480980060">December 6, 2016</time></p>'),
        _page('<p><time>December 6, 2016</time></p>'),
        _page('<p><time datetime="1970-01-01T00:00:00Z">January 1, 1970</time></p>'),
    )
    correct = (_page('<p><time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time> <time datetime="PT2M">2 min</time> read</p>'),
               _page('<p>Founded in <time datetime="1852">1852</time></p>'),
               _page('<p>Updated <time>2016-12-06 00:21</time></p>'))

    def check(self, page, options):
        for t in time_elements(page):
            if isinstance(t.parsed, str):
                yield self.problem(t.element, f"datetime=“{t.value}” is not valid: {t.parsed}; {_write_datetime(t, page)}")
            elif isinstance(t.parsed, MachineDate) and t.parsed.kind == "year" and (moment := unix_time(t.value)) is not None:
                # HTML reads any four digits or more as a year: a template that prints Unix time dates the story in the year 1480980060
                yield self.problem(t.element, f"datetime=“{t.value}” is Unix time, which browsers and search engines read as the year "
                                              f"{t.value.strip()}; write the moment in ISO 8601: {moment}")
        t = published_time(page)
        if t is not None and isinstance(t.parsed, MachineDate) and is_placeholder(t.parsed):
            # the Unix epoch or the year 1, as a template writes the date it does not have ("January 1, 1970")
            yield self.problem(t.element, f"datetime=“{t.value}” is a placeholder ({_placeholder_name(t.parsed)}), not the article's publication date; "
                                          "render the date it was published, or leave the element out")
        for el in page.times:
            if el.get("datetime") is not None or el in page.inert or next(islice(el.iter(), 20, None), None) is not None:
                continue
            said = time_text(el)
            if not said or len(said) > 80 or not isinstance(parse_datetime_value(said), str):
                continue  # (empty, as a script fills it; or a value in its own right: <time>2016-12-06</time>)
            lang = _reading_lang(page, said)
            if (shown := value_shown(said, lang)) is not None:  # (not "5/3/2024" on a page in English of no region, unless its dates tell)
                value = f'datetime="{shown}"'
            elif (month := month_shown(said, lang)) is not None:  # "November 2019": a month, which HTML writes "2019-11"
                value = f'datetime="{month}"'
            elif _TIME_ALONE.fullmatch(said) and (time := time_written(said)) is not None:
                # a live blog's "23 h 03": the time of day is a value of its own, though the whole moment says more
                value = f'datetime="{time}", or the whole moment with its day and offset'
            elif (meant := value_meant(said, lang)) is not None:
                # a machine's date as text (BuzzFeed's "Fri Sep 30 15:13:45 UTC+0000 2016"), or a date in another language
                value = f'datetime="{meant}"'
            elif (stated := moment_stated(page, el)) is not None:
                # a script's "Updated an hour ago": the moment the element's title or the page's metadata states
                value = f'datetime="{stated[0]}", the moment {stated[1]} states'
            else:
                value = 'a datetime attribute, e.g. datetime="2016-12-06T00:21:00+01:00"'
            yield self.problem(el, f"<time> has no datetime attribute, and its text {quote(said, 40)} is no date machines can read; add {value}")


def _write_datetime(t: TimeElement, page: Page) -> str:
    """What to write instead of an invalid datetime: the value it stands for, where it can be read for certain
    ("2015-06-8", "Wed, 10 Aug 2022 17:23:51 +0000"); else the date the element shows ("comment_date" in a <time> that
    shows "December 6, 2016"); else an example."""
    meant = value_meant(t.value, _reading_lang(page, t.value))
    if meant is not None:
        return f'write datetime="{meant}"'
    shown = (value_shown(t.text, _reading_lang(page, t.text)) or month_shown(t.text, page.lang)) if t.text and len(t.text) <= 80 else None
    if shown is not None:
        return f'write datetime="{shown}", the date it shows'
    return "write e.g. 2016-12-06T00:21:00+01:00"


def _reading_lang(page: Page, text: str) -> str:
    """The language to read a date of the page in: its own; but where the page is in English of no region and ``text`` holds a
    numeric date that reads either way ("06.12.2016"), English as written where the page's other dates show it is written (see
    numeric_order): "en-GB", day first, for DW's "06.12.2016" in a <time datetime="2016-12-06">, or "en-US", month first (not
    with dots, which are read day first in any language)."""
    separator = either_order_in(text, page.lang)
    order = _numeric_orders(page).get(separator) if separator is not None else None
    if order == "dmy":
        return "en-GB"
    return "en-US" if order == "mdy" and separator != "." else page.lang


def _numeric_orders(page: Page) -> dict[str, str]:
    """numeric_order of the dates of the page's <time> elements (outside <noscript> and <template>), with their datetime's day."""
    def find(p: Page) -> dict[str, str]:
        samples = []
        for el in p.times:
            text = time_text(el) if el not in p.inert else ""
            if text and len(text) <= 80:
                parsed = parse_datetime_value(el.get("datetime") or "")
                samples.append((text, parsed.day if isinstance(parsed, MachineDate) else None))
        return numeric_order(samples)

    return page.memo("dates:numeric-order", find)


# A <time>'s text that is a time of day and nothing more ("23 h 03", "12:00 a. m.", "14.30 Uhr")
_TIME_ALONE = lazy(r"\s*\d{1,2}\s*(?::|h|\.)\s*\d\d(?::\d\d)?\s*(?:[ap]\.?\s?m\.?|Uhr|h)?\s*", re.IGNORECASE)


def _placeholder_name(parsed: MachineDate) -> str:
    """What a placeholder date is, for a message."""
    year = parsed.day.year if parsed.day is not None else 0
    return "the Unix epoch" if year == 1970 else "the year 1, the smallest date a program writes" if year == 1 else f"the year {year}"


class VisibleDateMismatch(Rule):
    code = "DAT003"
    name = "visible-date-mismatch"
    family = FAMILY
    summary = "The date a <time> element shows is not the day its datetime says."
    rationale = "Readers see one day, machines read another: one of the two template fields is wrong, and the archive sorts the story under the wrong date."
    fix = "Render the visible date and the datetime attribute from the same value."
    wcag = ("1.3.1",)
    incorrect = (
        _page('<p><time datetime="2016-12-05T10:00:00+01:00">December 6, 2016</time></p>'),
        _page('<p><time datetime="2016-12-05">6. Dezember 2016</time></p>', lang="de"),
        _page('<p><time datetime="2016-12-06">6/12/2016</time></p>', lang="en-US"),
    )
    correct = (
        _page('<p><time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time></p>'),
        _page('<p><time datetime="2016-12-06">06.12.2016</time> <time datetime="2016-12-06">6 décembre 2016</time></p>', lang="fr"),
        _page('<p><time datetime="2016-12-05T23:21:00Z">December 6, 2016</time> <time datetime="2016-12-06">2 hours ago</time></p>'),
        # English without a region: day first in Britain, month first in the United States.
        _page('<p><time datetime="2016-12-06">6/12/2016</time> <time datetime="2016-12-06">12/6/2016</time></p>'),
    )

    def check(self, page, options):
        for t in time_elements(page):
            if not isinstance(t.parsed, MachineDate) or t.parsed.day is None or is_placeholder(t.parsed) and t is published_time(page):
                continue  # (a placeholder's day is DAT002's)
            shown = parse_visible_date(t.text, page.lang)
            if shown is None:
                continue
            day, said = shown
            # A UTC or zone-less value may fall on the local day before or after.
            utc = t.parsed.zone is not None and t.parsed.zone.strip("+-Z:0") == ""
            slack = 1 if utc or t.parsed.kind == "local date and time" else 0
            if abs((day - t.parsed.day).days) > slack and not other_order_agrees(said, t.parsed.day, page.lang, slack):
                yield self.problem(
                    t.element,
                    f"the visible date “{said}” is not the day of datetime=“{t.value}” ({t.parsed.day.isoformat()}); render both from the same value",
                )


class DateFormat(Rule):
    code = "DAT004"
    name = "date-format"
    family = FAMILY
    summary = "The visible publication date does not follow the house format."
    rationale = "A style guide fixes how dates read (“December 6, 2016”, AP's “Dec. 6, 2016”); a template that renders another format breaks it on every page."
    fix = "Format the visible date with the house pattern in the page's language."
    wcag = ()
    severity = Severity.WARNING
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "format": {
                "type": ["string", "null"],
                "format": "cldr-date",
                "default": None,
                "description": "A CLDR date pattern such as “MMMM d, y”, or “ap” for AP style (Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March–July spelled out). Null: no house format.",
            },
            "locale": {
                "type": ["string", "null"],
                "default": None,
                "description": "The locale for month names; default: the page's lang.",
            },
            "languages": {
                "type": "array",
                "items": {"type": "string"},
                "default": [],
                "description": "Check only pages whose lang starts with one of these (e.g. [\"en\"]); empty: every page.",
            },
        },
    }
    incorrect = (_page('<p><time datetime="2016-12-06T00:21:00+01:00">06.12.2016</time></p>'),)
    correct = (_page('<p><time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time></p>'),)
    # The examples run with the DW house format.
    example_options = {"format": "MMMM d, y"}

    def check(self, page, options):
        fmt = options["format"]
        if not fmt:
            return
        if options["languages"] and not any(page.lang.lower().startswith(l.lower()) for l in options["languages"]):
            return
        t = published_time(page)
        if t is None or not t.text:
            return
        lang = options["locale"] or page.lang
        shown = parse_visible_date(t.text, lang)
        expected = format_house(shown[0] if shown else t.parsed.day, fmt, lang)
        if expected not in t.text:
            said = quote(shown[1] if shown else t.text, 40)
            yield self.problem(t.element, f"the date {said} does not follow the house format “{fmt}”; write “{expected}”")


class DateInFuture(Rule):
    code = "DAT005"
    name = "date-in-future"
    family = FAMILY
    summary = "A publication or modification date lies in the future."
    rationale = "A future date is a wrong clock, a wrong time zone or an embargoed story published early; feeds and archives sort it wrongly."
    fix = "Check the CMS clock and the time-zone offset of the value."
    uses_clock = True  # tomorrow's date is no longer in the future the day after
    wcag = ()
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "clock-skew-minutes": {"type": "integer", "minimum": 0, "maximum": 525600, "default": 10,
                                   "description": "How far ahead of now a date may be, in minutes (a year at most)."}
        },
    }
    incorrect = (_page('<p><time datetime="2999-12-06T00:21:00+01:00">December 6, 2999</time></p>'),
                 _page('<p>Text.</p><p>Updated <time datetime="2999-12-06T09:00:00+01:00">December 6, 2999</time></p>'))
    correct = (_page('<p><time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time> <time datetime="PT4M">4 min</time></p>'),
               # (a date the story tells of, not when it was published)
               _page('<p><time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time></p>'
                     '<p>The Assembly votes on <time datetime="2999-05-01">May 1, 2999</time>.</p>'))

    def check(self, page, options):
        limit = now() + timedelta(minutes=options["clock-skew-minutes"])
        latest_day = (limit + timedelta(hours=14)).date()  # the easternmost time zone
        candidates = [(t.element, None, t.value, t.parsed) for t in time_elements(page)
                      if isinstance(t.parsed, MachineDate) and not told_of(page, t.element)]
        candidates += [(el, offset_label, label, parsed) for offset_label, (label, parsed, el) in metadata_dates(page).items()]
        for el, key, label, parsed in candidates:
            future = (parsed.moment is not None and parsed.moment > limit) or (parsed.moment is None and parsed.day is not None and parsed.day > latest_day)
            if future:
                what = label if key else f"datetime=“{label}”"
                yield self.problem(el, f"{what} lies in the future; check the CMS clock and the time-zone offset")


class ModifiedBeforePublished(Rule):
    code = "DAT006"
    name = "modified-before-published"
    family = FAMILY
    summary = "The modification date is earlier than the publication date."
    rationale = ("Search engines and feeds read dateModified as the story's last change since it appeared; one earlier than its publication "
                 "says it changed before it was out. Most often it is when a scheduled story was last saved: the CMS keeps that as the "
                 "modification time, and the template prints it. Otherwise one value is written with the wrong offset from UTC.")
    fix = ("Write dateModified (and article:modified_time) only for a change after publication: until then leave it out, as Yoast SEO "
           "and WordPress's Post Date block do, or give the publication time. Write each value with the offset of the time it states.")
    wcag = ()
    incorrect = (_page("<p>Text.</p>", head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2016-12-06T00:21:00+01:00", "dateModified": "2016-12-05T10:00:00+01:00"}</script>'),
                 # (the update's clock time, 09:45, is later; its offset is not Berlin's in December)
                 _page("<p>Text.</p>", head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2016-12-06T09:30:00+01:00", "dateModified": "2016-12-06T09:45:00+02:00"}</script>'))
    correct = (_page("<p>Text.</p>", head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2016-12-06T00:21:00+01:00", "dateModified": "2016-12-06T09:00:00+01:00"}</script>'),)

    def check(self, page, options):
        found = metadata_dates(page)
        for pub_key, mod_key in (("datePublished", "dateModified"), ("published_meta", "modified_meta")):
            if pub_key in found and mod_key in found:
                (pub_label, pub, _), (mod_label, mod, el) = found[pub_key], found[mod_key]
                earlier = (mod.moment < pub.moment) if (mod.moment and pub.moment) else (mod.day < pub.day)
                if earlier:
                    yield self.problem(el, f"{mod_label} is earlier than {pub_label}{_why_earlier(mod, pub)}")


def _why_earlier(modified: MachineDate, published: MachineDate) -> str:
    """Why a modification date precedes the publication's, and what to write: two clock times written with different offsets
    from UTC, of which the modification's reads later (one offset is wrong); else the time a story was last saved before
    it went out, which a CMS keeps for a scheduled story (WordPress keeps it; Yoast SEO printed it until a fix of December 2024)."""
    if modified.moment and published.moment and modified.moment.utcoffset() != published.moment.utcoffset() \
            and modified.moment.replace(tzinfo=None) >= published.moment.replace(tzinfo=None):
        return (f", though its clock time is later: they are written with different offsets from UTC ({_offset(modified.moment)} "
                f"and {_offset(published.moment)}), and one is wrong; write each with the offset of the time it states")
    return ("; most likely it is when the story was last saved before it went out (a CMS keeps that for a scheduled story), not an "
            "update since: until the story changes after publication, leave it out or give the publication time")


def _offset(moment: datetime) -> str:
    minutes = int(moment.utcoffset().total_seconds()) // 60
    return "Z" if not minutes else f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02}:{abs(minutes) % 60:02}"


class MetadataDateMismatch(Rule):
    code = "DAT007"
    name = "metadata-date-mismatch"
    family = FAMILY
    summary = "The publication date in JSON-LD or meta tags differs from the visible date by more than a day."
    rationale = "Search results and social cards show the metadata date; when it disagrees with the page, readers see two dates for one story."
    fix = "Fill datePublished and article:published_time from the same value as the visible date."
    wcag = ()
    incorrect = (_page('<p><time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time></p>',
                       head='<meta property="article:published_time" content="2016-11-30T08:00:00+01:00">'),)
    correct = (_page('<p><time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time></p>',
                     head='<meta property="article:published_time" content="2016-12-05T23:21:00Z">'),
               # English without a region: day first in Britain, month first in the United States.
               _page('<p><time datetime="2016-12-06T12:32:00+00:00">06/12/2016 - 12:32</time></p>',
                     head='<meta property="article:published_time" content="2016-12-06T12:32:00+00:00">'))

    def check(self, page, options):
        t = published_time(page)
        if t is None:
            return
        shown = parse_visible_date(t.text, page.lang)
        visible = shown[0] if shown else t.parsed.day
        said = f"“{shown[1]}”" if shown else f"datetime=“{t.value}”"
        for key in ("datePublished", "published_meta"):
            found = metadata_dates(page).get(key)
            if found is None:
                continue
            label, parsed, el = found
            # (English without a region writes "06/05/2024" day first too: France 24's English pages)
            if abs((parsed.day - visible).days) > 1 and not (shown and other_order_agrees(shown[1], parsed.day, page.lang, 1)):
                line, column = page.position(t.element)
                # (a <time> the page hides is no visible date, though machines read it: say which it is)
                what = f"the visible date {said}" if not page.is_hidden(t.element) else f"the date {said} of the hidden <{t.element.tag}>"
                yield self.problem(el, f"{label} is not {what} at {line}:{column} (within a day); fill both from the same value")


_DATELINE = patterns.builtin(r"^[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]*[A-ZÀ-Ý.](?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)? \(AP\) — ")


class APDateline(Rule):
    code = "DAT008"
    name = "ap-dateline"
    family = FAMILY
    summary = "The article body does not open with an AP dateline: CITY, State (AP) —."
    rationale = "AP style opens each story with where it was reported; wire partners parse the dateline, and readers expect it."
    fix = "Start the first paragraph with the dateline: the city in capitals, the state or country in AP abbreviation, “(AP)” and an em dash, e.g. “ALEPPO, Syria (AP) — ”."
    enabled = False  # the AP pack selects it
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "pattern": {"type": "string", "format": "regex", "default": _DATELINE, "description": "Regular expression the start of the first paragraph must match."},
            "body-selector": {"type": ["string", "null"], "format": "css-selector", "default": None, "description": "CSS selector of the article body; default: articleBody, a body class, or the article."},
        },
    }
    incorrect = (_page("<p>Aleppo, Syria (AP) - Russia and China vetoed a resolution.</p>"), _page("<p>Russia and China vetoed a resolution.</p>"))
    correct = (_page("<p>ALEPPO, Syria (AP) — Russia and China vetoed a resolution.</p>"), _page("<p>UNITED NATIONS (AP) — Russia and China vetoed a resolution.</p>"),
               _page('<p class="read-time">5 Min Read</p><p>UNITED NATIONS (AP) — Russia and China vetoed a resolution.</p>'))

    def check(self, page, options):
        body = article_body(page, options["body-selector"])
        if body is None:
            return
        from ..model.headline import lead_paragraph

        first = lead_paragraph(body)
        if first is None:
            return
        text = visible_text(first)
        if not patterns.search(options["pattern"], text):
            yield self.problem(first, f"the first paragraph starts {quote(text, 40)}, not with a dateline like “ALEPPO, Syria (AP) — ” (city in capitals, em dash)")


RULES = [MissingPublicationDate, InvalidDatetime, VisibleDateMismatch, DateFormat, DateInFuture, ModifiedBeforePublished, MetadataDateMismatch, APDateline]
