"""CSS selectors, compiled once per process and evaluated on a page."""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from .errors import ConfigError


_EMPTY = etree.Element("html")


@lru_cache(maxsize=1024)
def compile_css(selector: str) -> etree.XPath:
    from cssselect import HTMLTranslator, SelectorError

    try:
        xpath = etree.XPath(HTMLTranslator().css_to_xpath(selector))
        xpath(_EMPTY)
        return xpath
    except etree.XPathEvalError:  # svg|a: cssselect writes svg:a, whose prefix no namespace map holds
        raise ConfigError(f"invalid CSS selector {selector!r}: a namespace prefix matches nothing in an HTML page; leave it out") from None
    except (SelectorError, etree.XPathSyntaxError) as exc:
        raise ConfigError(f"invalid CSS selector {selector!r}: {exc}") from None
    except ValueError:  # lxml refuses a character XML does not allow that cssselect kept, in a quoted value
        odd = next((c for c in selector if not _xml_char(c)), "\x00")
        raise ConfigError(f"invalid CSS selector {selector!r}: it holds U+{ord(odd):04X}, a character XML does not allow") from None


def _xml_char(c: str) -> bool:
    n = ord(c)
    return c in "\t\n\r" or 0x20 <= n <= 0xD7FF or 0xE000 <= n <= 0xFFFD or n >= 0x10000


def css_error(selector: str) -> str | None:
    """Why a selector is invalid, or None: for validating configuration early."""
    try:
        compile_css(selector)
    except ConfigError as exc:
        return exc.message
    return None


def select(root: etree._Element, selector: str) -> list[etree._Element]:
    return compile_css(selector)(root)


def matches(el: etree._Element, selector: str) -> bool:
    """Whether el matches selector (evaluated from the document root)."""
    return el in set(select(el.getroottree().getroot(), selector))
