"""One finding a line, for runs too large for one JSON document."""

from __future__ import annotations

from . import Report, json_text


def formatter(report: Report) -> str:
    return "".join(json_text(f.to_dict()) + "\n" for f in report.findings)
