"""Patterns compiled on first use behave as compiled patterns, and every built-in one compiles."""

import copy
import importlib
import pickle
import pkgutil
import re

import pytest

import artlint
from artlint.lazyre import MADE, lazy


def test_every_builtin_pattern_compiles():
    for module in pkgutil.walk_packages(artlint.__path__, "artlint."):
        if module.name != "artlint.__main__":  # runs the command
            importlib.import_module(module.name)
    assert len(MADE) > 100
    for pattern in MADE:
        assert pattern.flags == re.compile(pattern.pattern, pattern._flags).flags, pattern.pattern


def test_matches_as_the_compiled_pattern():
    lazy_one, compiled = lazy(r"(?P<word>\w+)-(\d)", re.IGNORECASE), re.compile(r"(?P<word>\w+)-(\d)", re.IGNORECASE)
    text = "a-1 B-2 c"
    assert lazy_one.search(text).group("word") == compiled.search(text).group("word")
    assert lazy_one.findall(text) == compiled.findall(text)
    assert lazy_one.sub(r"\2", text) == compiled.sub(r"\2", text)
    assert lazy_one.groupindex == compiled.groupindex and lazy_one.groups == 2
    assert lazy_one.fullmatch("x-9") and not lazy_one.match(" x-9")


def test_compiles_on_first_use_only():
    broken = lazy(r"(unclosed")  # no error yet: nothing has used it
    MADE.remove(broken)
    with pytest.raises(re.error):
        broken.search("x")


def test_pickles_and_copies_before_and_after_use():
    pattern = lazy(r"b+")
    assert pickle.loads(pickle.dumps(pattern)).search("abba").group() == "bb"
    pattern.search("")
    assert pickle.loads(pickle.dumps(pattern)).sub("-", "abba") == "a-a"
    assert copy.deepcopy(pattern).match("bb")


def test_other_attributes_are_missing():
    with pytest.raises(AttributeError):
        lazy("x").no_such_thing
