"""GitHub Actions workflow commands: an annotation per finding on the pull request."""

from __future__ import annotations

from ..text import visible_controls
from . import Report

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return visible_controls(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))  # (no ESC in the log)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def formatter(report: Report) -> str:
    lines = []
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
