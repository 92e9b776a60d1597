"""Exact source positions for elements.

lxml records only the line of an element's start tag. Users need line *and*
column, also on minified one-line pages, so this module tokenizes the decoded
text the way an HTML tokenizer does (comments, raw-text elements, quoted
attribute values), collects the offset of every start tag, and aligns that
sequence with the elements of the parsed tree in document order.

Elements that the parser invented (an implied ``<body>``) have no start tag of
their own; they take the position of their nearest real ancestor.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from lxml import etree

# Elements whose content the tokenizer treats as text up to the matching end
# tag, exactly as libxml2's HTML tokenizer does (noscript is parsed as markup).
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"))
_RAW_END = {name: re.compile("</" + name, re.IGNORECASE) for name in _RAW_TEXT}

# A quote starts a quoted value only right after "="; quoted values may
# contain ">". Possessive quantifiers keep the scan linear on bad markup.
_ATTRS = r"""(?:[^>=]++|=[\t\n\f\r ]*+(?:"[^"]*+"|'[^']*+'|[^\t\n\f\r >]*+))*+"""
_TOKEN = re.compile(
    r"<(?:(?P<tag>[a-zA-Z][^\t\n\f\r />]*+)" + _ATTRS + r">?"
    r"|!--(?P<comment>>|->|.*?(?:--!?>|\Z))"
    r"|[!?/][^>]*+>?)",
    re.DOTALL,
)

# How far ahead to look for a start tag when the parser dropped tokens.
_WINDOW = 64
_DOCUMENT_TAGS = frozenset(("html", "head", "body"))


@dataclass(frozen=True, slots=True)
class Comment:
    offset: int
    end: int
    text: str


@dataclass(slots=True)
class Tokens:
    offsets: list[int]
    names: list[str]
    comments: list[Comment]


def tokenize(text: str) -> Tokens:
    """Offsets and lower-cased names of every start tag, and every comment."""
    offsets: list[int] = []
    names: list[str] = []
    comments: list[Comment] = []
    search = _TOKEN.search
    add_offset = offsets.append
    add_name = names.append
    pos = 0
    while (m := search(text, pos)) is not None:
        tag = m.group("tag")
        if tag is not None:
            name = tag.lower()
            if "\x00" in name:
                name = name.replace("\x00", "\ufffd")
            add_offset(m.start())
            add_name(name)
            # libxml2 enters raw text only for a tag not closed with "/>".
            if name in _RAW_TEXT and not text.startswith("/>", m.end() - 2):
                close = _RAW_END[name].search(text, m.end())
                if close is None:
                    break
                pos = close.start()
                continue
            if name == "plaintext":
                break
        else:
            body = m.group("comment")
            if body is not None:
                for close in ("--!>", "-->", ">"):
                    if body.endswith(close):
                        body = body[: -len(close)]
                        break
                comments.append(Comment(m.start(), m.end(), body))
        pos = m.end()
    return Tokens(offsets, names, comments)


def tag_end(text: str, offset: int) -> int:
    """The offset just past the start tag that begins at ``offset``."""
    m = _TOKEN.match(text, offset)
    return m.end() if m else offset + 1


class LineIndex:
    """Offsets to 1-based (line, column); columns count code points."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def offset(self, line: int, column: int) -> int:
        starts = self._starts
        line = max(1, min(line, len(starts)))
        return starts[line - 1] + max(column - 1, 0)

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)


def align(text: str, elements: list[etree._Element], tokens: Tokens, lines: LineIndex) -> list[int | None]:
    """The start-tag offset of each element (None for parser-invented ones).

    Greedy in-order matching: the next token usually is the element's own
    start tag. When it is not, the parser either dropped tokens (a second
    ``<body>``, a stray tag) or invented the element; look a bounded distance
    ahead for a token of the same name whose start tag spans the element's
    source line (libxml2 records the line where the start tag ends).
    """
    names = tokens.names
    offsets = tokens.offsets
    count = len(names)
    result: list[int | None] = []
    append = result.append
    i = 0
    for el in elements:
        tag = el.tag
        if i < count and names[i] == tag:
            append(offsets[i])
            i += 1
            continue
        found = -1
        if tag in _DOCUMENT_TAGS:
            # A document tag may follow duplicates of the document tags only;
            # a later real <body> after content was merged, not this one.
            j = i
            while j < count and names[j] in _DOCUMENT_TAGS:
                if names[j] == tag:
                    found = j
                    break
                j += 1
        else:
            line = el.sourceline
            for j in range(i, min(count, i + _WINDOW)):
                if names[j] == tag and _spans(text, lines, offsets[j], line):
                    found = j
                    break
        if found >= 0:
            append(offsets[found])
            i = found + 1
        else:
            append(None)
    return result


def _spans(text: str, lines: LineIndex, offset: int, line: int | None) -> bool:
    if line is None or line >= 65535:  # libxml2 caps line numbers
        return True
    first = lines.line(offset)
    return first <= line and (first == line or lines.line(tag_end(text, offset) - 1) >= line)
