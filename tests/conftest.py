from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = ROOT.parent / "shared" / "corpus"


def artlint_cmd() -> list[str]:
    return [sys.executable, "-m", "artlint"]


class Result:
    def __init__(self, proc: subprocess.CompletedProcess) -> None:
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def __repr__(self) -> str:
        return f"<exit {self.code}\nstdout: {self.out}\nstderr: {self.err}>"


@pytest.fixture
def run(tmp_path):
    """Run the artlint command line in a clean working directory."""

    def _run(*args: str, cwd: Path | None = None, stdin: bytes | None = None, env: dict | None = None) -> Result:
        environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
        proc = subprocess.run(
            [*artlint_cmd(), *args],
            cwd=cwd or tmp_path,
            input=stdin,
            capture_output=True,
            env=environment,
            timeout=120,
        )
        return Result(
            subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
        )

    return _run


def page(body: str, head: str = "<title>Headline</title>", lang: str = "en") -> str:
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>{head}</head>\n<body>\n{body}\n</body>\n</html>\n'


def position(html: str, marker: str) -> tuple[int, int]:
    """The 1-based line and column (in code points) where ``marker`` first stands in ``html``: where artlint reports the
    element whose start tag begins there."""
    at = html.index(marker)
    return html.count("\n", 0, at) + 1, at - html.rfind("\n", 0, at)


def assert_one_error(result, *fragments: str) -> None:
    """Exit 2, and exactly one line on standard error that names the problem; never a traceback."""
    assert result.code == 2, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result
    assert lines[0].startswith("artlint: error: ") and "Traceback" not in result.err, result
    for fragment in fragments:
        assert fragment in lines[0], result
