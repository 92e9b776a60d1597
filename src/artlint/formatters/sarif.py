"""SARIF 2.1.0, as GitHub code scanning reads it."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from . import Report, fingerprints, json_document, rule_index

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _rule(rule) -> dict:
    examples = ""
    if rule.incorrect:
        example = rule.incorrect[0] if isinstance(rule.incorrect[0], str) else rule.incorrect[0].decode("utf-8", "replace")
        examples = f"\n\nIncorrect:\n\n```html\n{example.strip()}\n```"
    tags = [rule.family, *(f"WCAG {w}" for w in rule.wcag), *rule.techniques]
    return {
        "id": rule.code,
        "name": "".join(part.capitalize() for part in rule.name.split("-")),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "help": {
            "text": f"{rule.fix}\n\nRun `artlint explain {rule.code}` for examples.",
            "markdown": f"{rule.fix}{examples}\n\nRun `artlint explain {rule.code}` for the full documentation.",
        },
        "defaultConfiguration": {"level": _LEVELS[str(rule.severity)]},
        "properties": {"tags": tags, "precision": "high"},
    }


def artifact(path: str) -> dict:
    """Where a page is, as SARIF wants it: a URI reference (RFC 3986), not a file name. A relative path is a
    relative reference under %SRCROOT% with forward slashes, an absolute one a file: URI; either way a space, "#",
    "%", a letter outside ASCII and the bytes of a name that is not UTF-8 are percent-encoded, as consumers that
    parse the URI (GitHub code scanning, SonarQube) need, and they decode back to the name."""
    location = Path(path)
    if location.is_absolute():
        return {"uri": location.as_uri()}
    return {"uri": quote(os.fsencode(location.as_posix())), "uriBaseId": "%SRCROOT%"}


def region(f) -> dict:
    """Where the finding is: the element's start tag, its end column one past the ">" (as SARIF counts)."""
    where = {"startLine": f.line, "startColumn": f.column}
    if f.end_line is not None:
        where.update(endLine=f.end_line, endColumn=f.end_column)
    return where


def document(report: Report) -> dict:
    rules = rule_index(report)
    order = {code: i for i, code in enumerate(rules)}
    results = []
    for f, print_ in zip(report.findings, fingerprints(report.findings)):
        results.append({
            "ruleId": f.code,
            "ruleIndex": order[f.code],
            "level": _LEVELS[str(f.severity)],
            "message": {"text": f.message},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": artifact(f.path),
                    "region": region(f),
                },
                "logicalLocations": [{"name": f.selector, "kind": "element"}],
            }],
            "partialFingerprints": {"artlintFinding/v2": print_},  # (v1 took the message in: a new wording was a new alert)
        })
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "artlint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": "https://pypi.org/project/artlint/",
                "rules": [_rule(r) for r in rules.values()],
            }},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The directory artlint ran in."}}},
            "results": results,
            "invocations": [{
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": message},
                     **({"locations": [{"physicalLocation": {"artifactLocation": artifact(path)}}]} if path else {})}
                    for path, message in report.errors
                ],
            }],
        }],
    }


def formatter(report: Report) -> str:
    return json_document(document(report))
