"""The README's two set-up commands, and .ci/run running exactly the test one."""

from __future__ import annotations

import re

from .conftest import ROOT


def commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Set up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_gives_exactly_two_setup_commands():
    install, test = commands()
    assert "pip install ." in install and "artlint examples/" in install
    assert "pytest" in test


def test_ci_runs_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text().splitlines()
    assert commands()[1] in script


def test_the_architecture_page_names_every_module():
    """docs/architecture.md maps the pipeline to the code: a module added without a word there fails here."""
    page = (ROOT / "docs" / "architecture.md").read_text()
    source = ROOT / "src" / "artlint"
    missing = [path.relative_to(source).as_posix() for path in sorted(source.rglob("*.py"))
               if f"`{path.relative_to(source).as_posix()}`" not in page]
    assert missing == []
