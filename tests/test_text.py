"""How messages quote page text: cut with an ellipsis, and two texts shown where they differ."""

from __future__ import annotations

import re
import sys

import pytest

from artlint.text import quote, quote_pair, squash


def test_a_long_text_is_cut_with_an_ellipsis():
    assert quote("x" * 10, 10) == "“xxxxxxxxxx”"
    assert quote("word " * 20, 20) == "“word word word word…”"


@pytest.mark.parametrize("limit", [20, 30, 60, 80])
def test_two_texts_that_agree_for_long_are_shown_from_shortly_before_they_differ(limit):
    same = "The minister said on Tuesday that the talks in Brussels would go on " * 2
    shown, stated = quote_pair(same + "next week", same + "until Friday", limit)
    assert shown.startswith("“…") and stated.startswith("“…")
    assert "next week" in shown and "until Friday" in stated
    assert len(shown) <= limit + 2 and len(stated) <= limit + 2


def test_short_texts_are_quoted_whole():
    assert quote_pair("Stale headline", "Real headline") == ("“Stale headline”", "“Real headline”")


def test_squash_collapses_every_kind_of_white_space_as_the_pattern_would():
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]
    assert len(spaces) > 25 and "\u00a0" in spaces and "\u3000" in spaces and "\x1c" in spaces
    for space in spaces:
        text = f"{space}Syrian{space}{space}army\ttroopers{space}"
        assert squash(text) == re.sub(r"\s+", " ", text).strip() == "Syrian army troopers"
    assert squash("a\u200bb") == "a\u200bb"  # a zero-width space is no white space
    assert squash(None) == squash("") == squash(" \n ") == ""
