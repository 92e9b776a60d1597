"""--jobs gives the same output as one process; the cache gives the same output, faster, and misses on change."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from .conftest import CORPUS, EXAMPLES


def cached_pages(site) -> list:
    """The pages a run keeps findings for: all but broken-dates.html, whose date in the future (DAT005) is judged
    afresh on every run."""
    return [p for p in site.glob("*.html") if not p.name.endswith("broken-dates.html")]


@pytest.fixture
def site(tmp_path):
    for i in range(6):
        for page in EXAMPLES.glob("*.html"):
            shutil.copy(page, tmp_path / f"{i}-{page.name}")
    shutil.copy(EXAMPLES / "artlint.toml", tmp_path / "artlint.toml")
    return tmp_path


def test_jobs_give_identical_output_in_the_same_order(run, site):
    one = run(".", "--jobs", "1", "--no-cache", "--format", "json")
    two = run(".", "--jobs", "2", "--no-cache", "--format", "json")
    assert one.code == two.code == 1
    assert one.out == two.out


def test_cache_hits_give_identical_output_and_config_changes_miss(run, site):
    first = run(".", "--format", "json")
    assert (site / ".artlint_cache" / "CACHEDIR.TAG").exists()
    entries = len(list((site / ".artlint_cache").glob("*/*")))
    assert entries == len(cached_pages(site))
    second = run(".", "--format", "json")
    assert second.out == first.out
    assert len(list((site / ".artlint_cache").glob("*/*"))) == entries  # nothing new: every page was a hit
    (site / "artlint.toml").write_text((site / "artlint.toml").read_text() + '\n[rules.image-alt-too-long]\nmax-length = 20\n')
    third = run(".", "--format", "json")
    assert third.code == 1 and third.out != first.out  # the configuration changed: no stale hits
    assert len(list((site / ".artlint_cache").glob("*/*"))) == 2 * entries


def test_no_cache_writes_nothing(run, site):
    run(".", "--no-cache")
    assert not (site / ".artlint_cache").exists()


def test_a_corrupt_cache_entry_is_ignored(run, site):
    first = run(".", "--format", "json")
    for entry in (site / ".artlint_cache").glob("*/*"):
        entry.write_text("{broken")
    assert run(".", "--format", "json").out == first.out


def _age(path, days: float) -> None:
    then = time.time() - days * 24 * 60 * 60
    os.utime(path, (then, then))


def test_entries_no_run_used_for_thirty_days_are_swept_at_most_once_a_day(run, site):
    run(".", "--format", "json")
    cache = site / ".artlint_cache"
    real = sorted(cache.glob("*/*"))
    assert len(real) == len(cached_pages(site))
    (cache / "ab").mkdir(exist_ok=True)
    stale, recent = cache / "ab" / ("ab" + "0" * 62), cache / "ab" / ("ab" + "1" * 62)
    leftover, writing = cache / "ab" / ".tmp-killed", cache / "ab" / ".tmp-now"
    for path in (stale, recent, leftover, writing):
        path.write_text("[]")
    _age(stale, 31)
    _age(recent, 29)
    _age(leftover, 2)  # a temporary file of a run killed two days ago
    _age(real[0], 10)  # an entry this run reads
    (cache / "last-swept").touch()
    _age(cache / "last-swept", 2)  # the last sweep, two days ago

    run(".", "--format", "json")
    assert not stale.exists() and not leftover.exists()
    assert recent.exists() and writing.exists()
    assert time.time() - real[0].stat().st_mtime < 60 * 60  # read again: used
    assert time.time() - (cache / "last-swept").stat().st_mtime < 60 * 60

    stale.write_text("[]")
    _age(stale, 31)
    run(".", "--format", "json")
    assert stale.exists()  # swept less than a day ago
    run(".", "--no-cache")
    assert stale.exists()


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_jobs_on_real_pages(run, tmp_path):
    pages = sorted(CORPUS.glob("*/html/*.html"))[::7]
    args = [str(p) for p in pages]
    one = run(*args, "--jobs", "1", "--no-cache", "--format", "json")
    two = run(*args, "--jobs", "2", "--no-cache", "--format", "json")
    assert one.out == two.out and one.code == two.code


def test_a_changed_plugin_misses_the_cache(run, tmp_path):
    plugin = tmp_path / "house_rules.py"
    source = (
        "from artlint.rule import Rule\n"
        "class NoBlink(Rule):\n"
        "    code = 'HSE001'\n    name = 'no-blink'\n    family = 'house'\n    summary = 's'\n    rationale = 'r'\n    fix = 'f'\n"
        "    def check(self, page, options):\n"
        "        for el in page.by_tag('blink'):\n"
        "            yield self.problem(el, MESSAGE)\n"
        "MESSAGE = 'blink; remove it'\nRULES = [NoBlink]\n"
    )
    plugin.write_text(source)
    (tmp_path / "artlint.toml").write_text('plugins = ["house_rules"]\nselect = ["house"]\n')
    (tmp_path / "p.html").write_text("<html lang='en'><body><blink>x</blink></body></html>")
    assert "blink; remove it" in run("p.html").out
    plugin.write_text(source.replace("blink; remove it", "blink is gone from browsers"))
    assert "blink is gone from browsers" in run("p.html").out


def test_a_changed_module_of_a_plugins_package_misses_the_cache(run, tmp_path):
    """A plugin's rule keeps its word list in a module beside it: editing the list changes the findings."""
    package = tmp_path / "house_rules"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "words.py").write_text("BANNED = 'breaking'\n")
    (package / "rules.py").write_text(
        "from artlint.rule import Rule\n"
        "from . import words\n"
        "class Banned(Rule):\n"
        "    code = 'HSE001'\n    name = 'banned-word'\n    family = 'house'\n    summary = 's'\n    rationale = 'r'\n    fix = 'f'\n"
        "    def check(self, page, options):\n"
        "        for el in page.by_tag('h1'):\n"
        "            if words.BANNED in (el.text or '').lower():\n"
        "                yield self.problem(el, 'the headline says ' + words.BANNED)\n"
        "RULES = [Banned]\n"
    )
    (tmp_path / "artlint.toml").write_text('plugins = ["house_rules.rules"]\nselect = ["house"]\n')
    (tmp_path / "p.html").write_text("<html lang='en'><body><h1>Breaking: storm hits coast</h1></body></html>")
    assert "the headline says breaking" in run("p.html").out
    (package / "words.py").write_text("BANNED = 'storm'\n")
    assert "the headline says storm" in run("p.html").out


def test_a_changed_file_the_contract_refers_to_misses_the_cache(run, tmp_path):
    """A team's shared definitions live in a file of their own: editing it is a changed contract."""
    (tmp_path / "defs").mkdir()
    (tmp_path / "defs" / "shown.json").write_text('{"required": ["text"]}')
    (tmp_path / "contract.json").write_text('{"properties": {"headline": {"$ref": "defs/shown.json"}}}')
    (tmp_path / "artlint.toml").write_text('contract = "contract.json"\nselect = ["CON001"]\n')
    shutil.copy(EXAMPLES / "article.html", tmp_path / "p.html")
    assert run("p.html").code == 0
    (tmp_path / "defs" / "shown.json").write_text('{"required": ["text", "kicker"]}')
    done = run("p.html")
    assert done.code == 1 and "CON001 $.headline lacks kicker" in done.out


def test_a_date_in_the_future_is_judged_afresh_on_every_run(tmp_path, monkeypatch):
    """Tomorrow's date is DAT005 today and nothing the day after: such a page is not answered from the cache."""
    from datetime import datetime, timedelta, timezone

    from artlint.api import Linter
    from artlint.load import Source
    from artlint.rules import dates

    today = datetime.now(timezone.utc)
    tomorrow = (today + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    page = tmp_path / "p.html"
    page.write_text(f'<html lang="en"><body><main><article><h1>Storm</h1><time datetime="{tomorrow}">soon</time></article></main></body></html>')

    def codes():
        linter = Linter({"select": ["DAT005"]})
        linter.use_cache(tmp_path)
        return [f.code for f in linter.lint_source(Source("p.html", page)).findings]

    assert codes() == ["DAT005"]
    monkeypatch.setattr(dates, "now", lambda: today + timedelta(days=2))
    assert codes() == []


def test_a_changed_artlint_misses_the_cache(run, tmp_path):
    """Between releases the version stays the same while rules change: the cache keys on artlint's code too."""
    import shutil

    from .conftest import ROOT

    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "src", copy / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("rules", "schemas"):
        shutil.copytree(ROOT / name, copy / name)
    site = tmp_path / "site"
    site.mkdir()
    (site / "p.html").write_text("<html lang='en'><body><main><h1>A headline of some length</h1><h3>Skipped</h3></main></body></html>")
    env = {"PYTHONPATH": str(copy / "src")}
    assert "use h2 here" in run("p.html", "--select", "HDG003", cwd=site, env=env).out
    module = copy / "src" / "artlint" / "rules" / "headings.py"
    module.write_text(module.read_text(encoding="utf-8").replace("; use {expected} here", "; make it an {expected}"), encoding="utf-8")
    assert "make it an h2" in run("p.html", "--select", "HDG003", cwd=site, env=env).out


def test_another_version_of_a_library_misses_the_cache(run, tmp_path):
    """Babel's CLDR data, the language model and the parser decide findings too: upgrading one must not leave the
    cache answering with what the old one found. (A metadata folder earlier on the path says another version of
    Babel is installed, as pip's upgrade would.)"""
    site = tmp_path / "site"
    site.mkdir()
    (site / "p.html").write_text("<html lang='en'><body><main><h1>A headline of some length</h1><h3>Skipped</h3></main></body></html>")
    first = run("p.html", "--select", "HDG003", cwd=site)
    assert len(list((site / ".artlint_cache").glob("*/*"))) == 1
    assert run("p.html", "--select", "HDG003", cwd=site).out == first.out
    assert len(list((site / ".artlint_cache").glob("*/*"))) == 1  # the same libraries: a hit
    upgraded = tmp_path / "upgraded"
    (upgraded / "babel-99.0.dist-info").mkdir(parents=True)
    (upgraded / "babel-99.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: babel\nVersion: 99.0\n")
    again = run("p.html", "--select", "HDG003", cwd=site, env={"PYTHONPATH": str(upgraded)})
    assert again.out == first.out
    assert len(list((site / ".artlint_cache").glob("*/*"))) == 2  # another Babel: a miss, linted again


def test_the_cache_keys_on_every_library_artlint_depends_on_but_click():
    import tomllib

    from artlint.cache import DECIDING

    from .conftest import ROOT

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {requirement.split(">")[0].split("=")[0].split("<")[0].split(";")[0].strip().lower() for requirement in declared}
    assert names - {"click"} <= set(DECIDING)
