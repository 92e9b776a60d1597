"""artlint as a pre-commit hook, run for real by pre-commit in a temporary repository.

The hook is installed from local wheels (PIP_NO_INDEX): building that
wheelhouse is the only step that may use the package index, and the test
skips when it cannot.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory) -> Path:
    wheels = tmp_path_factory.mktemp("wheels")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--wheel-dir", str(wheels), str(ROOT), "hatchling"],
        capture_output=True, text=True,
    )
    if built.returncode != 0:
        pytest.skip(f"cannot build the wheelhouse here: {built.stderr.strip().splitlines()[-1:]}")
    return wheels


def test_hook_fails_on_a_broken_page_and_passes_on_a_clean_one(tmp_path, wheelhouse):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of artlint")
    rev = git("rev-parse", "HEAD", cwd=ROOT)
    site = tmp_path / "site"
    site.mkdir()
    git("init", "-q", cwd=site)
    git("config", "user.email", "ci@example.org", cwd=site)
    git("config", "user.name", "CI", cwd=site)
    (site / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: artlint\n"
    )
    page = site / "story.html"
    page.write_text((EXAMPLES / "broken-headings.html").read_text())
    git("add", ".", cwd=site)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(wheelhouse),
        "NO_COLOR": "1",
    }
    pre_commit = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    failing = subprocess.run(pre_commit, cwd=site, env=env, capture_output=True, text=True, timeout=600)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "artlint" in failing.stdout and "Failed" in failing.stdout
    assert "story.html:64:9: HDG002" in failing.stdout

    page.write_text((EXAMPLES / "article.html").read_text())
    git("add", ".", cwd=site)
    passing = subprocess.run(pre_commit, cwd=site, env=env, capture_output=True, text=True, timeout=600)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
