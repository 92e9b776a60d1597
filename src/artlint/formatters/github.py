"""GitHub Actions workflow commands: an annotation per finding on the pull request."""

from __future__ import annotations

from ..text import visible_controls
from . import Report

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return visible_controls(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))  # (no ESC in the log)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


# GitHub shows this many annotations of each kind (error, warning, notice) from a step, the first ones printed; the rest
# are in the step's log only.
ANNOTATIONS_SHOWN = 10


def formatter(report: Report) -> str:
    lines = []
    counts = report.counts()
    unread = len(report.errors)  # (pages that could not be linted: error annotations too)
    if any(n > ANNOTATIONS_SHOWN for n in (counts["error"] + unread, counts["warning"], counts["info"])):
        # First, so that it is among the notices shown: the pull request would otherwise show ten problems as if all.
        kinds = [f"{n:,} {name}{'s' if n != 1 else ''}" for name, n in
                 (("error", counts["error"]), ("warning", counts["warning"]), ("notice", counts["info"])) if n]
        kinds += [f"{unread:,} page{'s' if unread != 1 else ''} it could not lint"] if unread else []
        said = ", ".join(kinds[:-1]) + " and " + kinds[-1] if len(kinds) > 1 else kinds[0]
        lines.append(f"::notice title=artlint::artlint found {said}; GitHub shows the first {ANNOTATIONS_SHOWN} annotations of each "
                     "kind from a step: this step's log lists them all, and SARIF uploaded to code scanning keeps them all")
    for f in report.findings:
        # The start tag's extent where it stands on one line: GitHub takes columns only for an annotation of one line.
        extent = (f"endLine={f.end_line}", f"endColumn={f.end_column}") if f.end_line == f.line else ()
        props = ",".join((
            f"file={escape_property(f.path)}",
            f"line={f.line}",
            f"col={f.column}",
            *extent,
            f"title={escape_property(f'{f.code} {f.name}')}",
        ))
        lines.append(f"::{_LEVELS[str(f.severity)]} {props}::{escape_data(f.message)}")
    for path, message in report.errors:
        where = f" file={escape_property(path)}" if path else ""
        lines.append(f"::error{where}::{escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
