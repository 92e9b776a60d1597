"""The source around a finding, for the formats a person reads (codeframe, html).

A page is read again from its file and decoded as artlint decoded it, so lines and
columns mean what the findings say (a Latin-1 page shows its own letters, not
U+FFFD). Pages read from standard input or the web have no file: no excerpt.
A line longer than the width shows the part around the finding, so a minified
page's single line still shows the element; the lines around it are cut at the
same columns, and those that end before them are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..finding import Finding
from ..lazyre import lazy

# Lines end where artlint's positions say they do: LF, CR LF or a lone CR.
_LINE_END = lazy(r"\r\n?|\n")
# Characters that would break a terminal's or a report's row: tabs become a space, controls a replacement.
_CONTROL = lazy(r"[\x00-\x08\x0b-\x1f\x7f]")
# Pages larger than this are not read again (a finding's position is still given).
_MAX_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Row:
    number: int
    text: str
    hit: bool = False  # the finding's first line
    mark: tuple[int, int] | None = None  # (start, length) of the marked part of text, on the hit row


class Sources:
    """A page's lines, read when a finding on it asks. Only the last page read is kept: reports take findings page by
    page, and a run over an archive would otherwise hold every page's text at once (the corpus's HTML report: 688 MB)."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files
        self._path: str | None = None
        self._lines: list[str] | None = None

    def lines(self, path: str) -> list[str] | None:
        if path != self._path:
            self._path, self._lines = path, self._read(path)
        return self._lines

    def _read(self, path: str) -> list[str] | None:
        from ..load import decode

        file = self.files.get(path)
        if file is None:
            return None
        try:
            with open(file, "rb") as handle:
                data = handle.read(_MAX_BYTES + 1)
        except OSError:
            return None
        if len(data) > _MAX_BYTES:
            return None
        lines = _LINE_END.split(decode(data).text)
        if len(lines) > 1 and not lines[-1]:
            lines.pop()  # (the text after the last line break: no line, when the file ends with one)
        return lines

    def excerpt(self, finding: Finding, around: int = 2, width: int = 100) -> list[Row]:
        """The finding's line with up to ``around`` lines before and after, each cut to ``width`` characters around the
        finding's column (a line that ends before that part, and those beyond it, are left out); the hit row marks the
        element's start tag (to the line's end when the tag goes on)."""
        lines = self.lines(finding.path)
        if not lines or not 1 <= finding.line <= len(lines):
            return []
        column = finding.column - 1
        if finding.end_line == finding.line and finding.end_column is not None:
            length = max(1, finding.end_column - finding.column)
        elif finding.end_line is not None and finding.end_line > finding.line:
            length = max(1, len(lines[finding.line - 1]) - column)
        else:
            length = 1
        start = _window_start(len(lines[finding.line - 1]), column, min(length, width // 2), width)
        text, shift = _cut(lines[finding.line - 1], start, width)
        mark_start = column - start + shift
        shown = len(text) - (1 if text.endswith("…") and start + width < len(lines[finding.line - 1]) else 0)  # not the ellipsis
        rows = [Row(finding.line, text, True, (mark_start, max(1, min(length, shown - mark_start))))]
        # The lines around, as far as each has text in the part shown (or none at all): a minified page's next lines,
        # which end before the element's column, are not near it, and would show as a bare "…".
        for numbers in (range(finding.line - 1, max(1, finding.line - around) - 1, -1),
                        range(finding.line + 1, min(len(lines), finding.line + around) + 1)):
            for number in numbers:
                line = lines[number - 1].rstrip()
                if 0 < len(line) <= start:
                    break
                rows.append(Row(number, _cut(line, start, width)[0] if line else ""))
        rows.sort(key=lambda row: row.number)
        return rows


def _window_start(size: int, column: int, length: int, width: int) -> int:
    """Where to start showing a line of ``size`` characters so that the marked part shows, with some text before it."""
    if size <= width or column + length <= width - 10:
        return 0
    return max(0, min(column - (width - length) // 3, size - width))


def _cut(line: str, start: int, width: int) -> tuple[str, int]:
    """The line from ``start``, ``width`` characters, with an ellipsis where it is cut; and how far the text moved
    right of ``start`` (one for a leading ellipsis)."""
    line = _CONTROL.sub("\ufffd", line.replace("\t", " "))
    part = line[start: start + width]
    shift = 0
    if start > 0:
        part, shift = "…" + part, 1
    if start + width < len(line):
        part += "…"
    return part.rstrip(), shift
