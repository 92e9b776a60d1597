"""Every real page of ../shared/corpus lints without an internal error."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from artlint.resources import schema

from .conftest import CORPUS

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")]


def test_whole_corpus_lints_with_exit_0_or_1(run, tmp_path):
    result = run(str(CORPUS), "--format", "json", "--output", "report.json")
    assert result.code in (0, 1), result.err[-2000:]
    assert "artlint: " not in result.err and "Traceback" not in result.err
    document = json.loads((tmp_path / "report.json").read_text())
    assert document["summary"]["files"] == len(list(CORPUS.glob("*/html/*.html")))
    assert document["errors"] == []
    Draft202012Validator(schema("report.schema.json")).validate(document)
    for finding in document["findings"]:
        assert finding["line"] >= 1 and finding["column"] >= 1
