"""GitLab Code Quality JSON."""

from __future__ import annotations

from . import Report, fingerprints, json_text

_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def location(f) -> dict:
    """The path, the line, and the positions of the element's start tag (its end one past the ">")."""
    positions = {"begin": {"line": f.line, "column": f.column}}
    if f.end_line is not None:
        positions["end"] = {"line": f.end_line, "column": f.end_column}
    return {"path": f.path, "lines": {"begin": f.line}, "positions": positions}


def formatter(report: Report) -> str:
    issues = [
        {
            "type": "issue",
            "check_name": f"{f.code} {f.name}",
            "description": f"{f.code} {f.message}",
            "categories": ["Style" if f.severity.name == "INFO" else "Bug Risk"],
            "severity": _SEVERITIES[str(f.severity)],
            "fingerprint": print_,
            "location": location(f),
        }
        for f, print_ in zip(report.findings, fingerprints(report.findings))
    ]
    return json_text(issues, indent=2) + "\n"
