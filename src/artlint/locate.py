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
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from .lazyre import lazy

# Elements whose content the tokenizer treats as text up to the matching end
# tag, exactly as libxml2's HTML tokenizer does (noscript is parsed as markup).
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"))
_RAW_END = {name: lazy("</" + name, re.IGNORECASE) for name in _RAW_TEXT}

# A quote starts a quoted value only right after "="; quoted values may
# contain ">". Possessive quantifiers keep the scan linear on bad markup.
_ATTRS = r"""(?:[^>=]++|=[\t\n\f\r ]*+(?:"[^"]*+"|'[^']*+'|[^\t\n\f\r >]*+))*+"""
_TOKEN = lazy(
    r"<(?:(?P<tag>[a-zA-Z][^\t\n\f\r />]*+)" + _ATTRS + r">?"
    r"|!--(?P<comment>>|->|.*?(?:--!?>|\Z))"
    r"|/(?P<end>[a-zA-Z][^\t\n\f\r />]*+)[^>]*+>?"
    r"|[!?/][^>]*+>?)",
    re.DOTALL,
)
# The same tokens, found faster: each match first skips, inside the regular expression engine,
# the text, end tags, doctypes and lone "<" before the next start tag or comment, so only those
# come back to Python (half the matches). At the end of the text it matches the empty rest.
_SKIP = r"(?:[^<]++|<(?:/|\?|!(?!--))[^>]*+>?|<(?![a-zA-Z!?/]))*+"
_START = lazy(
    _SKIP + r"(?:<(?P<tag>[a-zA-Z][^\t\n\f\r />]*+)" + _ATTRS + r">?|<!--(?P<comment>>|->|.*?(?:--!?>|\Z))|\Z)",
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


class Scanner:
    """A tokenizer that runs only as far as someone needs: the offset of an element
    near the top of a page costs the tokens up to it, not the whole page."""

    __slots__ = ("text", "offsets", "names", "comments", "_matches", "done")

    def __init__(self, text: str) -> None:
        self.text = text
        self.offsets: list[int] = []
        self.names: list[str] = []
        self.comments: list[Comment] = []
        self._matches = _START.finditer(text)
        self.done = False

    def more(self, count: int) -> None:
        """Scan on until at least ``count`` start tags are known, or the text ends."""
        text = self.text
        offsets = self.offsets
        names = self.names
        add_offset = offsets.append
        add_name = names.append
        while not self.done and len(offsets) < count:
            for m in self._matches:
                tag = m.group("tag")
                if tag is not None:
                    name = tag.lower()
                    if "\x00" in name:
                        name = name.replace("\x00", "\ufffd")
                    add_offset(m.start("tag") - 1)
                    add_name(name)
                    end = raw_text_end(text, name, m.end(), m.start("tag") - 1)
                    if end is not None:
                        if end == len(text):
                            self.done = True
                        else:
                            self._matches = _START.finditer(text, end)
                        break
                    if name == "plaintext":
                        self.done = True
                        break
                    if len(offsets) >= count:
                        return
                else:
                    body = m.group("comment")
                    if body is not None:
                        for close in ("--!>", "-->", ">"):
                            if body.endswith(close):
                                body = body[: -len(close)]
                                break
                        self.comments.append(Comment(m.start("comment") - 4, m.end(), body))
            else:
                self.done = True

    def finish(self) -> Tokens:
        while not self.done:
            self.more(len(self.offsets) + 4096)
        return Tokens(self.offsets, self.names, self.comments)


def tags(text: str) -> Iterator[tuple[int, str, bool, bool]]:
    """Every start and end tag of the text in order, as the tokenizer reads it (none in a comment or in raw text):
    its offset, its lower-case name, whether it is an end tag, and whether a start tag closes itself ("/>": see
    closes_itself)."""
    matches = _TOKEN.finditer(text)
    while True:
        for m in matches:
            name = m.group("tag")
            if name is not None:
                name = name.lower()
                end = m.end()
                yield m.start(), name, False, closes_itself(text, m.start(), end)
                raw = raw_text_end(text, name, end, m.start())
                if raw is not None:
                    matches = _TOKEN.finditer(text, raw)
                    break
                if name == "plaintext":
                    return
            else:
                name = m.group("end")
                if name is not None:
                    yield m.start(), name.lower(), True, False
        else:
            return


def raw_text_end(text: str, name: str, tag_end: int, start: int) -> int | None:
    """Where the text of a raw-text element (a script, a style…) whose start tag spans ``start`` to ``tag_end`` ends: the
    offset of its end tag, or the text's end. None for any other element, and for one whose tag closes itself with "/>"
    (libxml2 enters raw text only for a tag not closed so; the page's parse blanks that "/" outside SVG and MathML, as
    browsers ignore it: see page._ignored_slashes)."""
    if name not in _RAW_TEXT or closes_itself(text, start, tag_end):
        return None
    close = _RAW_END[name].search(text, tag_end)
    return close.start() if close is not None else len(text)


_SPACE = "\t\n\f\r "


def closes_itself(text: str, start: int, end: int) -> bool:
    """Whether the start tag from ``start`` to ``end`` ends in the "/" that HTML's tokenizer reads as closing it ("<div />",
    '<a href="/x"/>'), not in one that ends an unquoted value ("<a href=/x/>": the href is "/x/")."""
    if not text.startswith("/>", end - 2):
        return False
    i = start + 1
    while i < end and text[i] not in "\t\n\f\r />":  # the name
        i += 1
    while i < end:
        char = text[i]
        if char == "/":
            if i == end - 2:
                return True
            i += 1
        elif char in _SPACE:
            i += 1
        elif char == ">":
            return False
        else:  # an attribute's name, and its value if "=" follows
            i += 1
            while i < end and text[i] not in "\t\n\f\r />=":
                i += 1
            j = i
            while j < end and text[j] in _SPACE:
                j += 1
            if j < end and text[j] == "=":
                j += 1
                while j < end and text[j] in _SPACE:
                    j += 1
                if j < end and text[j] in "\"'":
                    close = text.find(text[j], j + 1, end)
                    if close < 0:
                        return False
                    i = close + 1
                else:
                    while j < end and text[j] not in "\t\n\f\r >":
                        j += 1
                    i = j
    return False


def tag_end(text: str, offset: int) -> int:
    """The offset just past the start tag that begins at ``offset``."""
    m = _TOKEN.match(text, offset)
    return m.end() if m else offset + 1


_LONE_CR = lazy(r"\r(?!\n)")


class LineIndex:
    """Offsets to 1-based (line, column); columns count code points.

    Reported lines end where HTML says a line ends (LF, CR LF, or a lone CR, which
    browsers and editors show as a line break). libxml2 counts LF only; its numbers
    (an element's sourceline, a parse error's line) go through the ``parser_*`` methods.
    """

    __slots__ = ("_starts", "_lf_starts")

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._lf_starts = starts
        if "\r" in text and _LONE_CR.search(text):
            starts = sorted(starts + [m.end() for m in _LONE_CR.finditer(text)])
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def parser_offset(self, line: int, column: int) -> int:
        """The offset of a line and column as libxml2 counts them."""
        starts = self._lf_starts
        line = max(1, min(line, len(starts)))
        return starts[line - 1] + max(column - 1, 0)

    def parser_line(self, offset: int) -> int:
        """The line of an offset as libxml2 counts lines."""
        return bisect.bisect_right(self._lf_starts, offset)


def align(text: str, elements: list[etree._Element], lines: LineIndex) -> list[int | None]:
    """The start-tag offset of each element (None for parser-invented ones), the whole text tokenized first."""
    scanner = Scanner(text)
    scanner.finish()
    aligner = Aligner(scanner, elements, lines)
    aligner.upto(len(elements) - 1)
    return aligner.result


class Aligner:
    """Start-tag offsets of elements, aligned in document order as far as someone asks.

    Greedy in-order matching: the next token usually is the element's own
    start tag. When it is not, the parser either dropped tokens (a second
    ``<body>``, a stray tag) or invented the element; look a bounded distance
    ahead for a token of the same name whose start tag spans the element's
    source line (libxml2 records the line where the start tag ends). Stopping
    after element k and resuming later gives exactly the full alignment, because
    each step looks at most ``_WINDOW`` tokens ahead and the scanner is asked
    for them first.
    """

    __slots__ = ("scanner", "elements", "lines", "result", "_i")

    def __init__(self, scanner: Scanner, elements: list[etree._Element], lines: LineIndex) -> None:
        self.scanner = scanner
        self.elements = elements
        self.lines = lines
        self.result: list[int | None] = []
        self._i = 0

    def upto(self, k: int) -> None:
        """Align elements up to index k."""
        scanner = self.scanner
        names = scanner.names
        offsets = scanner.offsets
        text = scanner.text
        lines = self.lines
        result = self.result
        append = result.append
        elements = self.elements
        i = self._i
        for index in range(len(result), min(k + 1, len(elements))):
            el = elements[index]
            tag = el.tag
            if i + _WINDOW >= len(names):
                scanner.more(i + _WINDOW + 1024)
            count = len(names)
            if i < count and names[i] == tag:
                append(offsets[i])
                i += 1
                continue
            found = -1
            if tag in _DOCUMENT_TAGS:
                # A document tag may follow duplicates of the document tags only;
                # a later real <body> after content was merged, not this one.
                j = i
                while True:
                    if j >= len(names):
                        scanner.more(j + 1024)
                        if j >= len(names):
                            break
                    if names[j] not in _DOCUMENT_TAGS:
                        break
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
        self._i = i


def _spans(text: str, lines: LineIndex, offset: int, line: int | None) -> bool:
    if line is None or line >= 65535:  # libxml2 caps line numbers
        return True
    first = lines.parser_line(offset)
    return first <= line and (first == line or lines.parser_line(tag_end(text, offset) - 1) >= line)
