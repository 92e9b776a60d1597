"""Each finding with the source around it and the element's start tag marked, as html-validate's and ESLint's
codeframe formats show it: for a person at a terminal, editing a template.

    error HDG003 h3 follows h1 at 5:1, skipping level 2; use h2 here (heading-level-skipped)
      at broken.html:6:1
        4 | <body>
        5 | <h1>Headline</h1>
      > 6 | <h3>Deep</h3>
          | ^^^^
        7 | </body>
"""

from __future__ import annotations

import unicodedata

from ..text import visible_controls
from . import Report
from .excerpt import Sources
from .text import _BOLD, _COLORS, _DIM, _RESET, extras, summary


def formatter(report: Report) -> str:
    sources = Sources(report.source_files)
    out = []
    for f in report.findings:
        severity = str(f.severity)
        if report.color:
            out.append(f"{_COLORS[severity]}{severity}{_RESET} {_BOLD}{f.code}{_RESET} {f.message} {_DIM}({f.name}){_RESET}")
            out.append(f"  {_DIM}at{_RESET} {visible_controls(f.path, one_line=True)}:{f.line}:{f.column}")
        else:
            out.append(f"{severity} {f.code} {f.message} ({f.name})")
            out.append(f"  at {visible_controls(f.path, one_line=True)}:{f.line}:{f.column}")
        rows = sources.excerpt(f)
        gutter = len(str(rows[-1].number)) if rows else 0
        for row in rows:
            prefix = ">" if row.hit else " "
            shown = visible_controls(row.text)  # (one symbol a control: marks stay put)
            out.append(f"  {prefix} {row.number:>{gutter}} | {shown}".rstrip())
            if row.mark is not None:
                start, length = row.mark
                marker = " " * _cells(shown[:start]) + "^" * max(1, _cells(shown[start:start + length]))
                out.append(f"    {' ' * gutter} | {_COLORS[severity] + marker + _RESET if report.color else marker}")
        out.append("")
    if not report.quiet:
        extra = extras(report)
        if extra:
            out.append(extra.rstrip("\n"))
        out.append(summary(report))
    elif out:
        out.pop()  # (no blank line after the last finding when nothing follows)
    return "\n".join([*out, ""]) if out else ""


def _cells(text: str) -> int:
    """The columns a terminal gives text: two for a wide character (Chinese, Japanese and Korean script, most emoji),
    none for a combining mark or an invisible format character, one for the rest; so the marks stand under the element
    on a line of a Japanese page as on an English one."""
    if text.isascii():
        return len(text)
    cells = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        cells += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return cells
