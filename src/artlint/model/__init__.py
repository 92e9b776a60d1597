"""The article model (`artlint extract`): what an article page says, and where each value came from.

Values come from a site profile's CSS selectors when configuration gives one;
otherwise from semantic HTML (article, h1, time, figure/figcaption, address,
rel=author, itemprop), JSON-LD and meta tags, preferring the article's own
elements over teasers, related-article boxes and navigation.

Every value records its source: an element (line, column, CSS selector), a
JSON-LD property (and the script element that holds it), or a meta tag.

Each field is read by its own module (headline, section, published, authors,
images, attribution), on a class that `Extractor` brings together; `context`
holds what every field reads of the page.
"""

from __future__ import annotations

from typing import Any

from ..links import DEFAULT_OPTIONS, skip_links
from ..outline import headings
from ..page import Page
from ..structured import articles
from .source import Source, _jsonld_source, materialize, source_of
from .context import PageContext
from .headline import HeadlineFields
from .section import SectionFields
from .published import DateFields
from .authors import AuthorFields
from .images import ImageFields
from .attribution import AttributionFields
__all__ = ["Extractor", "Source", "extract", "extractor", "materialize", "model"]


def extractor(page: Page, profile: dict[str, str] | None = None) -> Extractor:
    """The page's extractor for this profile, shared by every rule that needs the model."""
    key = "extractor:" + repr(sorted((profile or {}).items()))
    return page.memo(key, lambda p: Extractor(p, profile))


def model(page: Page, profile: dict[str, str] | None = None) -> dict[str, Any]:
    """The model with lazy sources, for rules; see extract() for plain JSON."""
    found = extractor(page, profile)
    if "_model" not in found.__dict__:
        found._model = found.model()
    return found._model


def extract(page: Page, profile: dict[str, str] | None = None) -> dict[str, Any]:
    """The article model as JSON data, sources with line, column and selector."""
    return materialize(model(page, profile))


class Extractor(PageContext, HeadlineFields, SectionFields, DateFields, AuthorFields, ImageFields, AttributionFields):
    """Builds the article model of one page."""

    def headings(self) -> list[dict[str, Any]]:
        return [{"level": h.level, "text": h.text, "source": source_of(self.page, h.element)} for h in headings(self.page)]

    def skip_links(self) -> list[dict[str, Any]]:
        return [
            {"text": link.text, "target": "#" + link.fragment, "resolves": link.target is not None, "source": source_of(self.page, link.element)}
            for link in skip_links(self.page, DEFAULT_OPTIONS)
        ]

    def structured_data(self) -> list[dict[str, Any]]:
        return [{"data": obj, "source": _jsonld_source(self.page, block.element, "")} for block, obj in articles(self.page)]

    def model(self) -> dict[str, Any]:
        return {
            "path": self.page.path,
            "url": self.url(),
            "headline": self.headline(),
            "section": self.section(),
            "lang": self.lang(),
            "published": self.published(),
            "modified": self.modified(),
            "dateline": self.dateline(),
            "byline": self.byline(),
            "authors": self.authors(),
            "images": self.images(),
            "attribution": self.attribution(),
            "headings": self.headings(),
            "skip_links": self.skip_links(),
            "structured_data": self.structured_data(),
        }
