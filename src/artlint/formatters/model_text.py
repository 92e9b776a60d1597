"""The article model as text for people (`artlint extract --format text`): a field a line, each value with where it
came from, so a template's author sees at a glance what artlint reads and what it misses.

    examples/article.html
      headline     “Russia blocks UN resolution for Aleppo ceasefire”  64:9 #main-content > article > header > h1
      published    2016-12-06T00:21:00+01:00 “December 6, 2016”  66:25 … > time
      byline       none
"""

from __future__ import annotations

from typing import Any

from ..text import quote

_WIDTH = 13  # the field names' column


def render(model: dict[str, Any]) -> str:
    out = [model.get("path") or "<string>"]
    url = model.get("url")
    out.append(_line("url", f"{url['text']}{_where(url.get('source'))}" if url else "none"))  # (an address in full)
    for field in ("headline", "section", "lang", "published", "modified", "dateline", "byline"):
        out.append(_line(field, _value(model.get(field))))
    authors = model.get("authors") or []
    out.append(_line("authors", "none" if not authors else ""))
    for author in authors:
        out.append(_line("", f"{quote(author['name'])}{_where(author.get('source'))}"))
    out.append(_line("attribution", _attribution(model.get("attribution"))))
    images = model.get("images") or []
    out.append(_line("images", "none" if not images else f"{len(images)}"))
    for i, image in enumerate(images):
        out.append(_line(f"  [{i}]", image.get("src") or "(no address)"))
        alt = image.get("alt")
        out.append(_line("", f"alt      {'none' if alt is None else quote(alt, 80)}"))
        for part in ("caption", "credit"):
            out.append(_line("", f"{part:<8} {_value(image.get(part))}"))
    headings = model.get("headings") or []
    out.append(_line("headings", "none" if not headings else ""))
    for h in headings:
        out.append(_line("", f"h{h['level']} {quote(h['text'])}{_where(h.get('source'))}"))
    links = model.get("skip_links") or []
    out.append(_line("skip links", "none" if not links else ""))
    for link in links:
        resolves = "" if link.get("resolves") else " (no such target)"
        out.append(_line("", f"{quote(link['text'])} → {link['target']}{resolves}{_where(link.get('source'))}"))
    data = model.get("structured_data") or []
    kinds = [str(d["data"].get("@type")) if isinstance(d.get("data"), dict) else "?" for d in data]
    out.append(_line("json-ld", ", ".join(kinds) if kinds else "none"))
    return "\n".join(line.rstrip() for line in out) + "\n"


def _line(name: str, text: str) -> str:
    return f"  {name:<{_WIDTH}}{text}"


def _value(value: dict[str, Any] | None) -> str:
    """A field's value: the machine value and the text shown, and where it came from; "none" when the page gives none."""
    if not value:
        return "none"
    parts = []
    if value.get("datetime"):
        parts.append(value["datetime"])
    if value.get("text"):
        parts.append(quote(value["text"], 80))
    return " ".join(parts) + _where(value.get("source"))


def _attribution(value: dict[str, Any] | None) -> str:
    if not value:
        return "none"
    details = []
    if value.get("agencies"):
        details.append("agencies " + ", ".join(value["agencies"]))
    if value.get("initials"):
        details.append("initials " + ", ".join(value["initials"]))
    return quote(value.get("text") or "", 80) + (f" ({'; '.join(details)})" if details else "") + _where(value.get("source"))


def _where(source: dict[str, Any] | None) -> str:
    """Where a value came from: the element's position and selector, the meta tag, or the JSON-LD property."""
    if not source:
        return ""
    kind = source.get("kind")
    at = f"{source.get('line')}:{source.get('column')}"
    if kind == "meta":
        return f"  {at} meta {source.get('name')}"
    if kind == "json-ld":
        return f"  {at} JSON-LD {source.get('property') or '/'}"
    if kind == "document":
        return "  the page"
    return f"  {at} {source.get('selector')}"
