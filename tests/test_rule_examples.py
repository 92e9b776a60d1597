"""Every rule's documented examples are linted: incorrect ones yield exactly
that rule's code, correct ones nothing. A rule without both kinds fails."""

from __future__ import annotations

import pytest

from artlint import lint_string
from artlint.registry import default_registry

# The registry holds the built-in families and the shipped packs' own rules.
RULES = list(default_registry())


def _config(rule) -> dict:
    return {"rules": {rule.code: dict(rule.example_options)}} if rule.example_options else {}


def _id(rule) -> str:
    return f"{rule.code}-{rule.name}"


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_rule_documents_both_kinds_of_example(rule):
    assert rule.incorrect, f"{rule.code} has no incorrect example"
    assert rule.correct, f"{rule.code} has no correct example"


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_incorrect_examples_yield_exactly_the_rule(rule):
    for example in rule.incorrect:
        findings = lint_string(example, _config(rule), select=[rule.code, *rule.companions])
        assert findings, f"{rule.code}: incorrect example yields nothing:\n{example!r}"
        assert {f.code for f in findings} == {rule.code}


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_correct_examples_yield_nothing(rule):
    for example in rule.correct:
        findings = lint_string(example, _config(rule), select=[rule.code, *rule.companions])
        assert findings == [], f"{rule.code}: correct example yields {[(f.code, f.message) for f in findings]}"


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_rule_metadata_is_complete(rule):
    meta = rule.metadata()
    for key in ("code", "name", "family", "summary", "rationale", "fix", "severity"):
        assert meta[key], f"{rule.code} lacks {key}"
    assert meta["options"]["type"] == "object"
    for spec in meta["options"].get("properties", {}).values():
        assert "default" in spec and "description" in spec


def test_rule_codes_and_names_are_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_rule_reference_is_generated_from_the_metadata():
    """docs/rules.md is what `artlint rules --format markdown` prints: docs and code cannot drift."""
    from artlint.cli import render_reference

    from .conftest import ROOT

    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == render_reference(default_registry()), "regenerate: artlint rules --format markdown > docs/rules.md"
