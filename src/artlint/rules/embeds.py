"""Embedded content: the frames an article embeds (videos, charts, maps, posts, players) have names."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..figures.accessible import accessible_name, decorative
from ..lazyre import lazy
from ..page import tab_index
from ..rule import Rule
from ..text import quote

FAMILY = "embeds"

_PAGE = '<!doctype html>\n<html lang="en">\n<head><title>Example</title></head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n'

# A title that names no content: the element's kind, or a value a template failed to fill.
_NAMES_NOTHING = lazy(
    r"^(?:i?frame|embed(?:ded)?(?: content| frame| media)?|iframe (?:content|embed)|untitled|title|content|"
    r"null|undefined|none|blank|about:blank|\W*)$",
    re.IGNORECASE,
)


def _example(body: str) -> str:
    return _PAGE.format(body=body)


def _source(frame) -> str:
    """Where the frame's content comes from: its host ("www.youtube.com"), or "" for an inline or blank frame."""
    src = next((value.strip() for name in ("src", "data-src", "data-lazy-src", "data-original", "data-url")
                if (value := frame.get(name)) and "//" in value), "")
    try:
        host = urlsplit(src).hostname or ""
    except ValueError:
        host = ""
    return host


class FrameMissingTitle(Rule):
    code = "EMB001"
    name = "frame-missing-title"
    family = FAMILY
    summary = "An embedded frame (a video, a chart, a map, a post) has no title that says what it holds."
    rationale = (
        "Screen readers announce a frame by its title, and list frames by title for users to jump to; one without "
        "is announced as “frame” and its address, and users cannot tell the video from the chart or the ad. "
        "Embed codes pasted into articles, and the players templates wrap them in, often leave it out."
    )
    fix = 'Give the <iframe> a title that says what it holds: title="Video: Aleppo after the ceasefire".'
    wcag = ("4.1.2", "2.4.1")
    techniques = ("H64",)
    incorrect = (
        _example('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315"></iframe>'),
        _example('<iframe src="https://datawrapper.dwcdn.net/cw7t6/1/" title="iframe"></iframe>'),
    )
    correct = (
        _example('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Video: Aleppo after the ceasefire"></iframe>'),
        _example('<iframe src="https://datawrapper.dwcdn.net/cw7t6/1/" aria-label="Chart: refugees by month"></iframe>'
                 '\n<iframe src="/ads/frame.html" tabindex="-1" aria-hidden="true"></iframe>'
                 '\n<iframe src="/ads/other.html" hidden></iframe>'),
    )

    def check(self, page, options):
        for frame in page.by_tag("iframe"):
            if page.is_hidden(frame) or frame in page.inert:
                continue
            if (tab_index(frame) or 0) < 0:
                continue  # out of the tab order, as axe-core's frame-title leaves it
            if decorative(frame):
                continue  # role="none" marks it decorative (W3C ACT rule cae760; axe-core's presentational-role)
            host = _source(frame)
            what = f"iframe from {host}" if host else "iframe"
            name = accessible_name(page, frame, alt_attr="").name  # aria-labelledby, aria-label, then title
            if not name:
                yield self.problem(frame, f"{what} has no title; screen readers announce it as “frame”: add a title that "
                                          "says what it holds")
            elif _NAMES_NOTHING.match(name):
                yield self.problem(frame, f"{what} is titled {quote(name)}, which says nothing of what it holds; "
                                          "say what it holds (“Video: …”, “Chart: …”)")


RULES = [FrameMissingTitle]
