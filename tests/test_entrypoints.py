"""Entry points are read as importlib.metadata reads them, without importing it, and it decides the rest."""

import importlib
import sys
import zipfile
from importlib import metadata

import pytest

from artlint import entrypoints
from artlint.rules import headings

GROUPS = ["artlint.rules", "artlint.formatters", "console_scripts", "pytest11", "no.such.group"]


def theirs(group):
    importlib.invalidate_caches()
    return [(ep.name, ep.value, ep.group) for ep in metadata.entry_points(group=group)]


def ours(group):
    return [(ep.name, ep.value, ep.group) for ep in entrypoints.entry_points(group)]


@pytest.mark.parametrize("group", GROUPS)
def test_this_installation_is_read_directly_and_as_importlib_metadata_reads_it(group):
    assert entrypoints._read(group) is not None
    assert ours(group) == theirs(group)


def test_artlints_own_rules_and_formatters_are_found_and_load():
    rules = {ep.name: ep for ep in entrypoints.entry_points("artlint.rules")}
    assert rules["headings"].value == "artlint.rules.headings"
    assert rules["headings"].load() is headings
    formatters = {ep.name: ep.load() for ep in entrypoints.entry_points("artlint.formatters")}
    assert set(formatters) >= {"text", "json", "sarif", "junit", "github", "gitlab"}
    assert all(callable(f) for f in formatters.values())


def dist(root, folder, text=None):
    (root / folder).mkdir(parents=True)
    if text is not None:
        (root / folder / "entry_points.txt").write_text(text, encoding="utf-8")


@pytest.fixture
def paths(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    monkeypatch.setattr(sys, "path", [str(first), *sys.path, str(second), str(tmp_path / "missing")])
    return first, second


def test_plugins_comments_spacing_and_the_first_distribution_of_a_name(paths):
    first, second = paths
    dist(first, "Acme.Rules-1.0.dist-info", "# rules of Acme\n\n[artlint.rules]\n  acme =  acme_rules.house  \nmore=acme_rules:RULES\n"
                                             "[other]\nacme = not.this\n")
    dist(first, "acme_rules-2.0.dist-info", "[artlint.rules]\nshadowed = acme_rules.old\n")  # the same name: the first wins
    dist(first, "no_entry_points-1.0.dist-info")
    dist(first, "legacy-0.1.egg-info", "[artlint.rules]\nlegacy = legacy.rules\n")
    (first / "old_style-1.0.egg-info").write_text("Metadata-Version: 1.0\nName: old_style\n")  # an egg-info file
    dist(first, "artlint-99.dist-info", "[artlint.rules]\nshadow = shadow.rules\n")  # before the real artlint on the path
    dist(second, "late-1.0.dist-info", "[artlint.rules]\nlate = late.rules\n")
    dist(second, "acme.rules-3.0.dist-info", "[artlint.rules]\nlater = acme_rules.later\n")  # found earlier on the path
    assert entrypoints._read("artlint.rules") is not None
    found = ours("artlint.rules")
    assert found == theirs("artlint.rules")
    names = [name for name, _, _ in found]
    at = names.index("acme")  # a folder's entry points in its file's order (folders in the order the system lists them)
    assert found[at:at + 2] == [("acme", "acme_rules.house", "artlint.rules"), ("more", "acme_rules:RULES", "artlint.rules")]
    assert {"legacy", "shadow", "late"} <= set(names)
    assert not {"shadowed", "later", "headings"} & set(names)  # artlint's own were shadowed by artlint-99


@pytest.mark.parametrize("make", [
    lambda root: dist(root, "Upper-1.0.DIST-INFO", "[artlint.rules]\nupper = upper.rules\n"),
    lambda root: dist(root, "-1.0.dist-info", "[artlint.rules]\nnameless = x.rules\n"),
    lambda root: dist(root, "odd-1.0.dist-info", "[artlint.rules]\nfine = x.rules\n[other]\nno pair here\n"),
    lambda root: dist(root, "binary-1.0.dist-info", None) or (root / "binary-1.0.dist-info" / "entry_points.txt").write_bytes(b"\xff\xfe["),
])
def test_what_it_would_read_otherwise_is_left_to_importlib_metadata(paths, make):
    make(paths[0])
    assert entrypoints._read("artlint.rules") is None
    try:
        expected = theirs("artlint.rules")
    except Exception as exc:  # noqa: BLE001 - importlib.metadata's own answer, whatever it is
        with pytest.raises(type(exc)):
            ours("artlint.rules")
    else:
        assert ours("artlint.rules") == expected


def test_a_zip_archive_on_the_path_is_left_to_importlib_metadata(tmp_path, monkeypatch):
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zipped-1.0.dist-info/entry_points.txt", "[artlint.rules]\nzipped = zipped.rules\n")
        zipped.writestr("zipped-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: zipped\nVersion: 1.0\n")
    monkeypatch.setattr(sys, "path", [*sys.path, str(archive)])
    assert entrypoints._read("artlint.rules") is None
    assert ("zipped", "zipped.rules", "artlint.rules") in ours("artlint.rules")


def test_another_finder_of_distributions_is_left_to_importlib_metadata(monkeypatch):
    class Finder:
        @staticmethod
        def find_spec(*args):
            return None

        @staticmethod
        def find_distributions(context=None):
            return iter([])

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder])
    assert entrypoints._read("artlint.rules") is None
    assert ours("artlint.rules") == theirs("artlint.rules")


def test_a_value_that_names_no_module_does_not_load():
    with pytest.raises(ValueError, match="'not a module!' is not a module or module:attribute"):
        entrypoints.EntryPoint("x", "not a module!", "artlint.rules").load()
