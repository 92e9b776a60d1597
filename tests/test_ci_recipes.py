"""The CI recipes and the pre-commit hook definition are well-formed and use real options."""

from __future__ import annotations

import re

from .conftest import ROOT


def test_recipes_use_options_artlint_has(run):
    help_text = run("check", "--help").out
    for name in ("github-actions.yml", "gitlab-ci.yml"):
        text = (ROOT / "examples" / "ci" / name).read_text()
        for option in set(re.findall(r"(--[a-z][a-z-]+)", text)):
            assert option in help_text, f"{name} uses {option}, which artlint check does not have"
        for fmt in re.findall(r"--format (\w+)", text):
            assert fmt in ("text", "json", "jsonl", "sarif", "junit", "github", "gitlab")


def test_pre_commit_hook_definition():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text()
    assert "id: artlint" in text and "entry: artlint" in text and "types_or: [html]" in text
