"""The page as a whole: settings in its head that hold for every article a template renders (zoom, refresh)."""

from __future__ import annotations

import math
import re

from ..finding import Severity
from ..lazyre import lazy
from ..rule import Rule
from ..text import quote

FAMILY = "page"

# The viewport's properties as browsers split them: key=value, separated by commas, semicolons or whitespace.
_PROPERTY = lazy(r"([a-z-]+)\s*=\s*([^\s,;]+)", re.IGNORECASE)


def _page(meta: str) -> str:
    """An example page whose head holds ``meta``."""
    return (f'<!doctype html>\n<html lang="en">\n<head><title>Example</title>\n{meta}\n'
            "</head>\n<body>\n<main><h1>Headline</h1></main>\n</body>\n</html>\n")


def _example(viewport: str) -> str:
    return _page(f'<meta name="viewport" content="{viewport}">')


def _number(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _stops_zoom(key: str, value: str) -> bool:
    """Whether a property keeps people from zooming, as the W3C's ACT rule b4f0c3 reads it: user-scalable other than
    yes, device-width, device-height or a number of magnitude 1 or more; maximum-scale from 0 to below 2."""
    value = value.lower()
    number = _number(value)
    if key == "user-scalable":
        return not (value in ("yes", "device-width", "device-height") or (number is not None and abs(number) >= 1))
    if key == "maximum-scale":
        return not (value in ("device-width", "device-height") or (number is not None and (number < 0 or number >= 2)))
    return False


class ZoomDisabled(Rule):
    code = "PAG001"
    name = "zoom-disabled"
    family = FAMILY
    summary = "The viewport meta tag keeps people from zooming (user-scalable=no, maximum-scale below 2)."
    rationale = (
        "People with low vision zoom to read; a template's viewport tag that forbids it, or caps it below 200%, stops "
        "them on the phones and browsers that obey it (most now let users override it in their settings, which few "
        "know of). One line in the template decides it for every article."
    )
    fix = 'Leave zoom to the reader: <meta name="viewport" content="width=device-width, initial-scale=1">.'
    wcag = ("1.4.4",)
    severity = Severity.WARNING
    incorrect = (
        _example("width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"),
        _example("width=device-width, initial-scale=1.0, maximum-scale=1.0"),
        _example("width=device-width; user-scalable=0"),
    )
    correct = (
        _example("width=device-width, initial-scale=1"),
        _example("width=device-width, initial-scale=1, maximum-scale=5, user-scalable=yes"),
    )

    def check(self, page, options):
        for meta in page.by_tag("meta"):
            if (meta.get("name") or "").strip().lower() != "viewport":
                continue
            stopping = [(key.lower(), value) for key, value in _PROPERTY.findall(meta.get("content") or "")
                        if _stops_zoom(key.lower(), value)]
            if stopping:
                said = " and ".join(_what_it_does(key, value) for key, value in stopping)
                them = "them" if len(stopping) > 1 else "it"
                yield self.problem(meta, f"the viewport tag's {said}, where browsers obey {them}; people with low vision "
                                         f"need 200% or more: remove {them}")


def _what_it_does(key: str, value: str) -> str:
    if key == "user-scalable":
        return f"{key}={value} forbids zooming"
    number = _number(value)
    return f"{key}={value} caps zoom at {number:.0%}" if number is not None else f"{key}={value} caps zoom"


# A refresh's content as browsers read it (HTML's shared declarative refresh steps): a delay in seconds (a fraction
# ignored), then, after a comma or semicolon, an address, perhaps after "url=" and in quotes.
_REFRESH = lazy(r"^\s*(\d+)(?:\.[\d.]*)?\s*(?:[;,\s]\s*(?:url\s*=\s*)?[\"']?([^\"']*)[\"']?)?\s*$", re.IGNORECASE)
# A delay longer than 20 hours is no time limit (WCAG 2.2.1's exception says "longer than 20 hours"; ACT rule
# bc659a fails a delay of exactly 72,000 seconds).
_LONGEST = 72000


def _seconds(delay: int) -> str:
    if delay >= 7200 and delay % 3600 == 0:
        return f"{delay // 3600} hours"
    if delay >= 120 and delay % 60 == 0:
        return f"{delay // 60} minutes"
    return "1 second" if delay == 1 else f"{delay} seconds"


def _refresh_example(content: str) -> str:
    return _page(f'<meta http-equiv="refresh" content="{content}">')


class MetaRefresh(Rule):
    code = "PAG002"
    name = "meta-refresh"
    family = FAMILY
    summary = "The page reloads itself, or sends readers elsewhere, after a delay (<meta http-equiv=\"refresh\">)."
    rationale = (
        "A page that reloads every few minutes throws readers back to the top mid-article, and screen readers start "
        "reading it again from the beginning; a delayed redirect moves people on before they have read the page. "
        "Neither lets them stop it or take longer (WCAG 2.2.1). Templates add the reload to keep pages' ad counts and "
        "breaking news fresh, and leave it on every article."
    )
    fix = "Remove the refresh; update the content in place, with a control to pause it; redirect at once, on the server."
    wcag = ("2.2.1", "2.2.4", "3.2.5")
    techniques = ("F40", "F41", "H76")
    incorrect = (_refresh_example("300"), _refresh_example("5; url=https://example.org/new-address"))
    correct = (_refresh_example("0; url=https://example.org/new-address"), _refresh_example("86400"))

    def check(self, page, options):
        for meta in page.by_tag("meta"):
            if (meta.get("http-equiv") or "").strip().lower() != "refresh" or meta in page.inert:
                continue  # (one in <noscript> is for readers without scripts, which the page sends elsewhere)
            match = _REFRESH.match(meta.get("content") or "")
            if match is None:
                continue  # browsers ignore a refresh they cannot read, and read the next one
            delay, address = int(match.group(1)), (match.group(2) or "").strip()
            if 0 < delay <= _LONGEST:
                if address:
                    yield self.problem(meta, f"the page sends readers to {quote(address, 60)} after {_seconds(delay)}, "
                                             "before they can read it; redirect at once, on the server")
                else:
                    yield self.problem(meta, f"the page reloads itself every {_seconds(delay)}: readers lose their place, "
                                             "and screen readers start again at the top; remove the refresh, and update "
                                             "the content in place with a control to pause it")
            return  # browsers heed the first refresh they can read


RULES = [ZoomDisabled, MetaRefresh]
