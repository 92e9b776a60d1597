"""artlint as a pre-commit hook, run for real by pre-commit in a temporary repository.

No network: pre-commit installs the hook with PIP_NO_INDEX from a local
wheelhouse, made of artlint's own wheel and the test environment's installed
distributions packed back into wheels.
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


def rewheel(dist, out: Path) -> None:
    """Pack an installed distribution back into a wheel (its files as RECORD lists them)."""
    import base64
    import csv
    import hashlib
    import io
    import zipfile

    tags = [line.split(":", 1)[1].strip() for line in (dist.read_text("WHEEL") or "").splitlines() if line.startswith("Tag:")]
    if not tags or not dist.files:
        return
    name = dist.metadata["Name"].replace("-", "_").replace(".", "_")
    parts = [t.split("-") for t in tags]
    tag = "-".join(".".join(dict.fromkeys(p[i] for p in parts)) for i in range(3))  # py2.py3-none-any
    wheel = out / f"{name}-{dist.version}-{tag}.whl"
    rows = io.StringIO()
    record = csv.writer(rows)
    record_path = None
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in dist.files:
            if str(file).startswith("..") or "__pycache__" in str(file) or "__editable__" in str(file):
                continue
            if str(file).endswith(".dist-info/RECORD"):
                record_path = str(file)
                continue
            path = Path(dist.locate_file(file))
            if not path.is_file():
                continue
            data = path.read_bytes()
            archive.writestr(str(file), data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.writerow([str(file), f"sha256={digest}", len(data)])
        if record_path:
            record.writerow([record_path, "", ""])
            archive.writestr(record_path, rows.getvalue())


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory) -> Path:
    from importlib.metadata import distributions

    wheels = tmp_path_factory.mktemp("wheels")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index", "--wheel-dir", str(wheels), str(ROOT)],
        capture_output=True, text=True,
    )
    assert built.returncode == 0, built.stderr
    for dist in distributions():
        if dist.metadata["Name"] not in ("artlint", "pip"):
            rewheel(dist, wheels)
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
    assert "story.html:50:5: HDG002" in failing.stdout  # the logo's h1, not the headline's

    page.write_text((EXAMPLES / "article.html").read_text())
    # a template's partial that the configuration excludes: pre-commit names it, the hook skips it
    (site / "partials").mkdir()
    (site / "partials" / "nav.html").write_text((EXAMPLES / "broken-headings.html").read_text())
    (site / "artlint.toml").write_text('exclude = ["partials"]\n')
    git("add", ".", cwd=site)
    passing = subprocess.run(pre_commit, cwd=site, env=env, capture_output=True, text=True, timeout=600)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
