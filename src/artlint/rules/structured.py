"""Structured data: JSON-LD that parses, Article objects that are complete, agree with the page and date in ISO 8601.

The headline and the publication date are compared with the page by
HDG006 (h1-headline-mismatch) and DAT007 (metadata-date-mismatch).
"""

from __future__ import annotations

import html
import unicodedata

from ..dates import is_placeholder, parse_iso, value_meant
from ..lazyre import lazy
from ..model import extractor
from ..model.names import letters
from ..finding import Severity
from ..rule import Rule
from ..structured import articles, is_organization, json_ld, main_article, text_value
from ..text import normalize, quote, quote_pair, squash

FAMILY = "structured-data"
_HEAD = '<!doctype html><html lang="en"><head><title>T</title><script type="application/ld+json">{ld}</script></head>'
_BODY = "<body><main><article><h1>Russia blocks UN resolution</h1>{body}</article></main></body></html>"


def _page(ld: str, body: str = "<p>Text.</p>") -> str:
    return _HEAD.format(ld=ld) + _BODY.format(body=body)


_FULL = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Russia blocks UN resolution", '
         '"datePublished": "2016-12-06T00:21:00+01:00", "author": {"@type": "Person", "name": "Lisa Schmidt"}, '
         '"image": {"@type": "ImageObject", "url": "https://example.org/a.jpg", "caption": "Syrian army troopers in Aleppo", '
         '"creditText": "picture-alliance/AP Photo/H. Ammar"}}')


class JsonLdSyntax(Rule):
    code = "SD001"
    name = "jsonld-syntax-error"
    family = FAMILY
    summary = "A JSON-LD block does not parse."
    rationale = "Search engines and aggregators ignore a JSON-LD block with a syntax error entirely: headline, date, author and image are lost."
    fix = "Fix the JSON at the position given (a trailing comma, an unescaped quote or a raw line break are the usual causes)."
    incorrect = (_page('{"@type": "NewsArticle", "headline": "Russia blocks UN resolution",}'),)
    correct = (_page('{"@type": "NewsArticle", "headline": "Russia blocks UN resolution"}'),)

    def check(self, page, options):
        for block in json_ld(page):
            if block.error is not None:
                message, offset = block.error
                line, column = page.lines.position(offset)
                yield self.problem(block.element, f"JSON-LD does not parse at {line}:{column}: {message}; fix the JSON there", offset=offset)


class ArticleIncomplete(Rule):
    code = "SD002"
    name = "jsonld-article-incomplete"
    family = FAMILY
    summary = "The JSON-LD Article lacks headline, datePublished, author or image."
    rationale = "Search engines show rich results only for articles that state these four; an article without them looks undated and anonymous in feeds."
    fix = "Add the missing properties to the NewsArticle object."
    severity = Severity.WARNING
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "required": {
                "type": "array",
                "items": {"type": "string"},
                "default": ["headline", "datePublished", "author", "image"],
                "description": "The properties every Article object must have.",
            }
        },
    }
    incorrect = (_page('{"@type": "NewsArticle", "headline": "Russia blocks UN resolution"}'),)
    correct = (_page(_FULL),)

    def check(self, page, options):
        for block, obj in articles(page):
            missing = [key for key in options["required"] if obj.get(key) in (None, "", [], {})]
            if missing:
                kind = obj.get("@type")
                kind = kind[0] if isinstance(kind, list) and kind else kind
                yield self.problem(block.element, f"JSON-LD {kind} lacks {', '.join(missing)}; add {'it' if len(missing) == 1 else 'them'}")


class AuthorMismatch(Rule):
    code = "SD003"
    name = "jsonld-author-mismatch"
    family = FAMILY
    summary = "The JSON-LD author names nobody the byline names."
    rationale = (
        "Search results credit the JSON-LD author; when it differs from the byline, the wrong person is credited (often a stale "
        "default of the CMS). An author written as HTML markup or character references, or as the CMS's user name, is shown as written."
    )
    fix = "Fill the JSON-LD author from the same field as the byline."
    severity = Severity.WARNING
    incorrect = (_page(_FULL.replace("Lisa Schmidt", "Web Desk"), '<p class="byline">By Lisa Schmidt</p><p>Text.</p>'),)
    correct = (_page(_FULL, '<p class="byline">By Lisa Schmidt</p><p>Text.</p>'),)

    def check(self, page, options):
        from ..model.names import _names

        found = extractor(page)
        named = _names(found._byline_elements(), found._lang())
        if not named:
            return
        byline = found._people(named) or named  # the people, as the model's authors, for the message
        shown = {normalize(b["name"]): b["name"] for b in named + byline}  # an agency or the site beside them counts too
        for block, obj in filter(None, [main_article(page)]):
            people = obj.get("author")
            people = people if isinstance(people, list) else [people] if people else []
            people = [p for p in people if not is_organization(p)]
            names = [n for n in (text_value(p) for p in people) if n]
            marked = [n for n in names if _MARKUP.search(n) and any(_same_person(normalize(_MARKUP.sub("", n)), s) for s in shown)]
            if not names or not marked and any(_same_person(normalize(n), s) for n in names for s in shown):
                continue
            escaped = [n for n in names if any(_same_person(normalize(html.unescape(n)), s) for s in shown)]
            handles = [(n, shown[s]) for n in names for s in shown if " " not in n.strip() and " " in shown[s] and letters(n) == letters(s)]
            if marked:
                # '<a href="/experts/jane-doe">Jane Doe</a>': JSON-LD readers show the markup as text.
                yield self.problem(
                    block.element,
                    f"JSON-LD author {quote(marked[0], 60)} is written as HTML markup, which JSON-LD readers show as text; "
                    f"write {quote(html.unescape(_MARKUP.sub('', marked[0]).strip()), 60)}",
                )
            elif escaped:
                # "Lindsey O&#039;Donnell": JSON is not HTML, and readers of JSON-LD show the reference as written.
                yield self.problem(
                    block.element,
                    f"JSON-LD author “{escaped[0]}” is written with HTML character references, which JSON-LD readers show as they are; "
                    f"write “{html.unescape(escaped[0])}”",
                )
            elif handles:
                # "arianschlichenmayer", "edilson.la.rosa": the CMS's user name, not the name readers see.
                name, display = handles[0]
                yield self.problem(
                    block.element,
                    f"JSON-LD author {quote(name, 60)} is a user name; write the name the byline shows, {quote(display, 60)}",
                )
            else:
                yield self.problem(
                    block.element,
                    # (names as they read: "Bruno Rodrigues " in a CMS's field has no space after it in a message)
                    f"JSON-LD {'authors' if len(names) > 1 else 'author'} {', '.join(quote(squash(n), 60) for n in names)} "
                    f"{'are' if len(names) > 1 else 'is'} not in the byline ({', '.join(quote(squash(b['name']), 60) for b in byline)}); "
                    "fill both from the same field",
                )


_MARKUP = lazy(r"<[a-zA-Z/][^>]*>")
_INITIAL_DOT = lazy(r"\.(?=\s|$)")


def _same_person(a: str, b: str) -> bool:
    """Two normalized names of one person: one holds the other; or, without accents and initials' dots and with a name
    written surname first turned round, they are the same, or share the first and the last name ("jane a. doe", "jane doe")."""
    if a == b or a in b or b in a:
        return True
    a, b = _plain_name(a), _plain_name(b)
    if a == b or a in b or b in a:
        return True
    wa, wb = a.split(), b.split()
    return len(wa) >= 2 and len(wb) >= 2 and wa[0] == wb[0] and wa[-1] == wb[-1]


def _plain_name(name: str) -> str:
    """A name without accents and its initials' dots, given name first: "garcía, josé" → "jose garcia"."""
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = _INITIAL_DOT.sub("", name)  # "jane m. doe", not a user name's "edilson.la.rosa"
    surname, comma, given = name.partition(",")
    if comma and "," not in given and 1 <= len(given.split()) <= 2 and 1 <= len(surname.split()) <= 2:
        name = f"{given} {surname}"
    return " ".join(name.split())


class ImageMismatch(Rule):
    code = "SD004"
    name = "jsonld-image-mismatch"
    family = FAMILY
    summary = "The JSON-LD image caption or credit differs from the figure's."
    rationale = "Syndication and image search take caption and credit from JSON-LD; a different text there misattributes the photo."
    fix = "Fill ImageObject caption and creditText from the same fields as the figure caption and credit."
    severity = Severity.WARNING
    incorrect = (
        _page(_FULL, '<figure><img src="https://example.org/a.jpg" alt="Soldiers" width="940" height="529"><figcaption>Aid convoy near Aleppo '
                     '<small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small></figcaption></figure>'),
    )
    correct = (
        _page(_FULL, '<figure><img src="https://example.org/a.jpg" alt="Soldiers" width="940" height="529"><figcaption>Syrian army troopers in Aleppo '
                     '<small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small></figcaption></figure>'),
    )

    def check(self, page, options):
        images = extractor(page).images()
        if not images:
            return
        for block, obj in filter(None, [main_article(page)]):
            image = obj.get("image")
            image = image[0] if isinstance(image, list) and image else image
            if not isinstance(image, dict):
                continue
            figure = _matching(images, image)
            for key, field in (("caption", "caption"), ("creditText", "credit")):
                stated = text_value(image.get(key))
                shown = (figure.get(field) or {}).get("text") if figure else None
                if not stated or not shown or _agrees(stated, shown):
                    continue
                if _agrees(html.unescape(stated), shown):
                    said, meant = quote_pair(stated, html.unescape(stated))
                    yield self.problem(block.element, f"JSON-LD image {key} {said} is written with HTML character references, which "
                                                      f"JSON-LD readers show as they are; write {meant}")
                else:
                    said, seen = quote_pair(stated, shown)
                    yield self.problem(block.element, f"JSON-LD image {key} {said} differs from the figure's {field} {seen}; fill both from the same field")


def _matching(images: list[dict], image: dict) -> dict | None:
    url = str(image.get("url") or image.get("contentUrl") or "")
    name = url.rsplit("/", 1)[-1].split("?")[0]
    for entry in images:
        if name and entry["src"].rsplit("/", 1)[-1].split("?")[0] == name:
            return entry
    return images[0]


def _agrees(a: str, b: str) -> bool:
    na, nb = normalize(a).strip(" ."), normalize(b).strip(" .")
    return na in nb or nb in na


class DateFormat(Rule):
    code = "SD005"
    name = "jsonld-date-format"
    family = FAMILY
    summary = "A JSON-LD date is not in ISO 8601's extended form, or is a template's placeholder."
    rationale = (
        "schema.org and search engines read datePublished and dateModified as ISO 8601 dates. “Tue Jan 28 15:28:56 CET 2020” "
        "or “20 Nov 2019 08:02 GMT” is not read, nor is a number of Unix time (1480980060000): the article shows undated in search "
        "results and feeds. schema.org names ISO 8601's extended form (2016-12-06T00:21:00+01:00), not its basic form "
        "(20161206T002100+0100). A template that has "
        "no date to give writes the smallest one it knows instead (“0001-01-01T00:00:00Z”, or the Unix epoch 1970-01-01): "
        "the article is then dated two thousand years ago."
    )
    fix = "Write the article's own date in ISO 8601 with its offset: 2016-12-06T00:21:00+01:00; leave the property out if the CMS has none."
    incorrect = (_page(_FULL.replace("2016-12-06T00:21:00+01:00", "Tue Dec 06 00:21:00 CET 2016")),
                 _page(_FULL.replace("2016-12-06T00:21:00+01:00", "0001-01-01T00:00:00Z")),
                 _page(_FULL.replace('"2016-12-06T00:21:00+01:00"', "1480980060000")),
                 _page(_FULL.replace("2016-12-06T00:21:00+01:00", "20161206T002100+0100")))
    correct = (_page(_FULL), _page(_FULL.replace("2016-12-06T00:21:00+01:00", "2016-12-06")))

    def check(self, page, options):
        for block, obj in articles(page):
            wrong, basic, placeholders = [], [], []
            for key in ("datePublished", "dateModified", "dateCreated"):
                value = obj.get(key)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    wrong.append((key, str(value)))  # a number: Unix time, which schema.org's Date and DateTime are not
                    continue
                if not isinstance(value, str) or not value.strip():
                    continue
                parsed = parse_iso(value)
                if parsed is None:
                    extended = _extended(value.strip())
                    (basic if extended else wrong).append((key, value.strip()))
                elif is_placeholder(parsed):
                    placeholders.append((key, value.strip()))
            if wrong:
                said = " and ".join(f"{key} {quote(value, 40)}" for key, value in wrong)
                verb = "is not an ISO 8601 date" if len(wrong) == 1 else "are not ISO 8601 dates"
                meant = [(key, value_meant(value, page.lang)) for key, value in wrong]
                fix = ("write " + ", ".join(f'"{key}": "{value}"' for key, value in meant) if all(value for _, value in meant)
                       else "write e.g. 2016-12-06T00:21:00+01:00")
                yield self.problem(block.element, f"JSON-LD {said} {verb}; {fix}")
            if basic:
                # ISO 8601's basic form (Nikkei's "20180619T055000+0900"): schema.org's Date and DateTime are its extended form
                said = " and ".join(f"{key} {quote(value, 40)}" for key, value in basic)
                verb = "is" if len(basic) == 1 else "are"
                yield self.problem(block.element, f"JSON-LD {said} {verb} in ISO 8601's basic form, which schema.org's dates are not; "
                                                  f"write the extended form: {_extended(basic[0][1])}")
            if placeholders:
                said = " and ".join(f"{key} {quote(value, 40)}" for key, value in placeholders)
                verb = "is a placeholder, not a date" if len(placeholders) == 1 else "are placeholders, not dates"
                yield self.problem(block.element, f"JSON-LD {said} {verb}; write the article's own date, or leave it out")


# ISO 8601's basic form: 20180619, 20180619T0550, 20180619T055000(.5), with Z or an offset of hours (and minutes).
_BASIC = lazy(r"(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d(?:[.,]\d+)?)?(Z|[+-]\d\d(?:\d\d)?)?)?")


def _extended(value: str) -> str:
    """A date in ISO 8601's basic form written in its extended form ("20180619T055000+0900" → "2018-06-19T05:50:00+09:00"),
    or "" when the value is not one that parses so."""
    found = _BASIC.fullmatch(value)
    if found is None:
        return ""
    year, month, day, hour, minute, second, zone = found.groups()
    out = f"{year}-{month}-{day}"
    if hour is not None:
        out += f"T{hour}:{minute}:{(second or '00').replace(',', '.')}"
        if zone and zone != "Z":
            zone = f"{zone[:3]}:{zone[3:] or '00'}"
        out += zone or ""
    return out if parse_iso(out) is not None else ""


RULES = [JsonLdSyntax, ArticleIncomplete, AuthorMismatch, ImageMismatch, DateFormat]
