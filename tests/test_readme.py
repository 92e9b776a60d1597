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


def test_no_module_outside_the_rules_imports_from_them():
    """The rules read what the model and the shared modules know, never the other way round (the registry finds the
    rules through their entry points)."""
    import ast

    source = ROOT / "src" / "artlint"
    found = []
    for path in sorted(source.rglob("*.py")):
        relative = path.relative_to(source).as_posix()
        if relative.startswith("rules/"):
            continue
        package = ["artlint", *path.relative_to(source).parent.parts]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                module = ".".join(base + (node.module.split(".") if node.module else []))
                names = [module] + [f"{module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            if any(name == "artlint.rules" or name.startswith("artlint.rules.") for name in names):
                found.append(f"{relative}:{node.lineno}")
    assert found == []


def test_the_code_has_no_pyflakes_warnings():
    """Unused imports and names, names never defined, f-strings without fields: pyflakes over the package, the tests and
    the benchmarks, as CI runs them."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "pyflakes", "src", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
