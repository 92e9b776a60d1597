"""Structured data: JSON-LD blocks and the article objects inside them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .lazyre import lazy
from .page import Page

ARTICLE_TYPES = frozenset(
    (
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
        "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SatiricalArticle", "SocialMediaPosting",
    )
)


@dataclass(frozen=True)
class JsonLdBlock:
    element: etree._Element
    data: Any = None
    # (message, offset in the page text) when the block does not parse.
    error: tuple[str, int] | None = None


def json_ld(page: Page) -> list[JsonLdBlock]:
    return page.memo("json_ld", _parse_blocks)


def _parse_blocks(page: Page) -> list[JsonLdBlock]:
    blocks = []
    for script in page.scripts:
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        body = _strip_wrappers(text)
        if not body.strip():
            continue  # an empty block says nothing
        try:
            data = json.loads(body)
            if "\\u" in body and _LONE_SURROGATE_ESCAPE.search(body):
                data = _without_lone_surrogates(data)
            blocks.append(JsonLdBlock(script, data))
        except RecursionError:
            blocks.append(JsonLdBlock(script, error=("the JSON is nested too deeply to read", _content_offset(page, script))))
        except ValueError as exc:
            pos = getattr(exc, "pos", 0) or 0
            message = getattr(exc, "msg", str(exc))
            blocks.append(JsonLdBlock(script, error=(message, _source_offset(page.text, _content_offset(page, script), pos))))
    return blocks


# "\ud800": JSON's escape of half a character, which json.loads keeps as a lone surrogate (a pair becomes one character).
_LONE_SURROGATE_ESCAPE = lazy(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = lazy("[\ud800-\udfff]")


def _without_lone_surrogates(value: Any) -> Any:
    """The parsed JSON with each lone surrogate shown as U+FFFD, as browsers show it: no text artlint reads, reports or
    writes can hold one (UTF-8 cannot encode it)."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_lone_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in value.items()}
    return value


def _strip_wrappers(text: str) -> str:
    """XHTML-era CDATA wrappers (//<![CDATA[ … //]]>) and HTML comment wrappers (<!-- … -->), which consumers strip,
    and a byte-order mark before the JSON (a file pasted in by a CMS), blanked out (offsets unchanged)."""
    import re

    text = re.sub(r"^(\s*(?://|/\*)?\s*)<!\[CDATA\[|(?://|/\*)?\s*\]\]>(\s*(?:\*/)?\s*)$", lambda m: " " * len(m.group(0)), text)
    return re.sub(r"^\s*(?:<!--|\ufeff)|-->\s*$", lambda m: " " * len(m.group(0)), text)


def _content_offset(page: Page, script: etree._Element) -> int:
    """Where the script's text starts in the page: just past its start tag."""
    from .locate import tag_end

    return tag_end(page.text, page.offset(script))


def _source_offset(text: str, start: int, pos: int) -> int:
    """Where in the page the character ``pos`` characters into the text of an element that starts at ``start`` stands.
    The parser reads each CR LF as one line break, as HTML does, and the page's text keeps both: a page saved with
    Windows line breaks would be reported a character early for each line before the spot."""
    at, left = start, pos
    while left > 0:
        cr = text.find("\r", at, at + left)
        if cr < 0:
            return at + left
        left -= cr - at + 1
        at = cr + (2 if text.startswith("\r\n", cr) else 1)
    return at


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):  # "NewsArticle", "https://schema.org/NewsArticle", "schema:NewsArticle"
        return {t.rsplit("/", 1)[-1].removeprefix("schema:")}
    if isinstance(t, list):
        return {x.rsplit("/", 1)[-1].removeprefix("schema:") for x in t if isinstance(x, str)}
    return set()


def is_organization(obj: Any) -> bool:
    """A schema.org Organization or one of its kinds (the BBC's NewsMediaOrganization, a Corporation), and not also
    a Person (Yoast's blogger is ["Person", "Organization"])."""
    kinds = _types(obj) if isinstance(obj, dict) else set()
    return "Person" not in kinds and any(k.endswith("Organization") or k in ("Corporation", "NGO") for k in kinds)


def _objects(data: Any):
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _objects(graph)
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _objects(main)


def articles(page: Page) -> list[tuple[JsonLdBlock, dict]]:
    """Every Article-like object in the page's JSON-LD, with its block."""
    out = []
    for block in json_ld(page):
        if block.error is None:
            for obj in _objects(block.data):
                if _types(obj) & ARTICLE_TYPES:
                    out.append((block, obj))
    return out


def main_article(page: Page) -> tuple[JsonLdBlock, dict] | None:
    """The article object about this page: the only one, or the one whose headline is the h1's."""
    def find(p: Page):
        found = articles(p)
        if len(found) <= 1:
            return found[0] if found else None
        from .content import headline_h1
        from .text import normalize, visible_text

        h1 = headline_h1(p)
        if h1 is not None:
            wanted = normalize(visible_text(h1))
            for block, obj in found:
                headline = normalize(text_value(obj.get("headline")) or "")
                if headline and (headline in wanted or wanted in headline):
                    return block, obj
        return found[0]

    return page.memo("main_article", find)


def text_value(value: Any) -> str | None:
    """A schema.org text property that may be a string, a list, or an object with a name."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        return text_value(value[0])
    if isinstance(value, dict):
        return text_value(value.get("name") or value.get("@value"))
    return None
