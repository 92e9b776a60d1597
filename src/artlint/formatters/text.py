"""``path:line:col: CODE message``, one finding a line, then a summary."""

from __future__ import annotations

from ..text import visible_controls
from . import Report

_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_RESET = "\x1b[0m"


def formatter(report: Report) -> str:
    lines = []
    for f in report.findings:
        severity = str(f.severity)
        if report.color:
            lines.append(
                f"{_BOLD}{visible_controls(f.path, one_line=True)}:{f.line}:{f.column}:{_RESET} {_COLORS[severity]}{_BOLD}{f.code}{_RESET} "
                f"{f.message} {_DIM}[{severity}]{_RESET}"
            )
        else:
            lines.append(f"{visible_controls(f.path, one_line=True)}:{f.line}:{f.column}: {f.code} {f.message} [{severity}]")
    if not report.quiet:
        extra = extras(report)
        if extra:
            lines.append(extra.rstrip("\n"))
        lines.append(summary(report))
    return "\n".join([*lines, ""]) if lines else ""  # (one join: a page's emoji makes the text four bytes a character)


def summary(report: Report) -> str:
    counts = report.counts()
    files = len(report.files)
    pages = f"{files} page{'s' if files != 1 else ''}" + (f" ({report.excluded} excluded)" if report.excluded else "")
    errors = f"; {len(report.errors)} input error{'s' if len(report.errors) != 1 else ''}" if report.errors else ""
    if not report.findings:
        return f"No problems found in {pages}{errors}."
    parts = ", ".join(f"{n} {name}{'s' if n != 1 and name != 'info' else ''}" for name, n in counts.items())
    total = len(report.findings)
    return f"Found {total} problem{'s' if total != 1 else ''} ({parts}) in {pages}{errors}."



_RECURRING_SHOWN = 10


def _recurring(report: Report) -> list[str]:
    """The places where a rule's findings recur on several pages, most pages first (the HTML report lists more)."""
    found = report.recurring()
    if not found:
        return []
    lines = ["Where findings recur: the same rule at the same place in the template, on several pages"]
    for r in found[:_RECURRING_SHOWN]:
        f = r.example
        what = f"{r.code} {r.field}" if r.field else r.code
        lines.append(visible_controls(f"{r.pages:>6} pages  {what}  {r.place}  (e.g. {f.path}:{f.line}:{f.column})", one_line=True))
    if len(found) > _RECURRING_SHOWN:
        more = len(found) - _RECURRING_SHOWN
        lines.append(f"  … and {more:,} more place{'s' if more != 1 else ''} (--format html lists them)")
    return lines


def extras(report: Report) -> str:
    """Statistics per rule (findings, and the pages they are on) and baseline entries that no longer match, when asked
    for or present."""
    lines = []
    if report.statistics and report.findings:
        from collections import Counter

        counts = Counter((f.code, f.name) for f in report.findings)
        pages = report.pages_per_rule()
        width = max(len(name) for _, name in counts)
        for (code, name), n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            on = pages[code, name]
            lines.append(f"{n:>6}  {code}  {name:<{width}}  on {on:,} page{'s' if on != 1 else ''}")
        lines += _recurring(report)
    if report.reworded_baseline:
        n = report.reworded_baseline
        lines.append(f"{n} finding{'s' if n != 1 else ''} matched baseline entries of {'their' if n != 1 else 'its'} rule in other "
                     "words or at another place (a newer artlint's); --update-baseline records them")
    if report.unmatched_baseline:
        n = sum(e["count"] for e in report.unmatched_baseline)
        lines.append(f"{n} baseline entr{'ies' if n != 1 else 'y'} matched nothing (fixed, or changed); refresh with --update-baseline:")
        for e in report.unmatched_baseline[:20]:
            lines.append(visible_controls(f"  {e['path']}: {e['code']} {e['message']} ({e['selector']})", one_line=True))  # (from a file)
    return "\n".join(lines) + ("\n" if lines else "")
