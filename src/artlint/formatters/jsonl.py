"""One finding a line, for runs too large for one JSON document."""

from __future__ import annotations

import json

from . import Report


def formatter(report: Report) -> str:
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in report.findings)
