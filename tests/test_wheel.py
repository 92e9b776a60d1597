"""A wheel built from the repository works outside the checkout: it ships
rules/ and schemas/ and lints an example page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("artlint-*.whl")
    return built


def test_wheel_contains_the_data_directories(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "artlint/_data/schemas/report.schema.json" in names
    assert "artlint/_data/schemas/config.schema.json" in names
    assert any(n.startswith("artlint/_data/rules/") for n in names)
    assert "artlint/py.typed" in names


def test_wheel_installed_in_a_fresh_venv_lints_an_example(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    # The runtime dependencies come from the test environment, without network.
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["NO_COLOR"] = "1"
    where = subprocess.run([str(python), "-c", "import artlint.resources as r; print(r.data_dir('schemas'))"],
                           cwd=work, env=env, check=True, capture_output=True, text=True).stdout.strip()
    assert where.startswith(str(venv)), where

    page = work / "article.html"
    page.write_bytes((EXAMPLES / "broken-headings.html").read_bytes())
    result = subprocess.run([str(venv / "bin" / "artlint"), "article.html", "--format", "json"],
                            cwd=work, env=env, capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert {f["code"] for f in json.loads(result.stdout)["findings"]} == {"HDG002", "HDG003", "HDG004", "HDG005", "HDG006"}
    clean = subprocess.run([str(venv / "bin" / "artlint"), str(EXAMPLES / "article.html")], cwd=work, env=env,
                           capture_output=True, text=True)
    assert clean.returncode == 0, clean.stdout + clean.stderr
