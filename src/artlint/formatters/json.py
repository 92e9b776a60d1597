"""One JSON document: the findings and a summary (schemas/report.schema.json)."""

from __future__ import annotations

from .. import __version__
from . import Report, json_document


def document(report: Report) -> dict:
    counts = report.counts()
    return {
        "version": __version__,
        "findings": [f.to_dict() for f in report.findings],
        "errors": [{"path": path, "message": message} for path, message in report.errors],
        "summary": {
            "files": len(report.files),
            "findings": len(report.findings),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "info": counts["info"],
            "input_errors": len(report.errors),
            "excluded": report.excluded,
            "fail_on": str(report.fail_on),
        },
    }


def formatter(report: Report) -> str:
    return json_document(document(report))
