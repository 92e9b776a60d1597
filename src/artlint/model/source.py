"""Where each value of the article model came from (an element, a meta tag or a JSON-LD property), and the small helpers every field shares."""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..page import Page
from ..text import squash


class Source:
    """Where a value came from. Positions and selectors cost a tokenization of
    the page, so they are computed only when someone asks (output, a finding)."""

    __slots__ = ("page", "element", "kind", "extra")

    def __init__(self, page: Page, element: etree._Element | None, kind: str = "element", **extra: str) -> None:
        self.page, self.element, self.kind, self.extra = page, element, kind, extra

    def as_dict(self) -> dict[str, Any]:
        if self.element is None:
            return {"kind": "document", "line": 1, "column": 1, "selector": "html"}
        line, column = self.page.position(self.element)
        return {"kind": self.kind, "line": line, "column": column, "selector": self.page.selector(self.element), **self.extra}

    def offset(self) -> int | None:
        return None if self.element is None else self.page.offset(self.element)


def source_of(page: Page, el: etree._Element | None) -> Source:
    return Source(page, el, "element" if el is not None else "document")


def _meta_source(page: Page, el: etree._Element, name: str) -> Source:
    return Source(page, el, "meta", name=name)


def _jsonld_source(page: Page, script: etree._Element, pointer: str) -> Source:
    return Source(page, script, "json-ld", property=pointer)


def materialize(value: Any) -> Any:
    """The model as plain JSON data: every Source as its dict."""
    if isinstance(value, Source):
        return value.as_dict()
    if isinstance(value, dict):
        return {k: materialize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [materialize(v) for v in value]
    return value


def _value(text: str | None, source: Source, **extra: Any) -> dict[str, Any] | None:
    text = squash(text)
    if not text:
        return None
    return {"text": text, **extra, "source": source}


def _once(method):
    """Compute a no-argument method once per extractor."""
    name = "_once_" + method.__name__

    def wrapper(self):
        if name not in self.__dict__:
            self.__dict__[name] = method(self)
        return self.__dict__[name]

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper
