"""Inline directives: disable/enable ranges, disable-next, data-artlint-ignore,
and the findings for directives that are wrong or idle."""

from __future__ import annotations

from artlint import lint_string


def codes(html: str, select=("HDG003", "HDG004", "ART001", "ART002")) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in lint_string(html, select=list(select))]


def test_disable_until_enable():
    html = (
        "<html><body><h1>T</h1>\n"
        "<!-- artlint-disable HDG003, empty-heading -- legacy teaser block -->\n"
        "<h3>a</h3><h2>c</h2><h2></h2>\n"
        "<!-- artlint-enable HDG003 -->\n"
        "<h4>b</h4><h2></h2>\n"
        "</body></html>"
    )
    # HDG003 is back after the enable; empty-heading stays off to the end.
    assert codes(html) == [("HDG003", 5, 1)]


def test_disable_next_covers_the_next_element_and_its_subtree():
    html = (
        "<html><body><h1>T</h1>\n"
        "<!-- artlint-disable-next HDG003 -->\n"
        "<section><h3>a</h3><h2>x</h2><h4>b</h4></section>\n"
        "<h2>y</h2><h4>c</h4>\n</body></html>"
    )
    assert codes(html) == [("HDG003", 4, 11)]


def test_attribute_covers_the_element_and_its_subtree():
    html = '<html><body><h1>T</h1>\n<div data-artlint-ignore="HDG003 HDG004"><h3>a</h3><h2></h2></div>\n<h2></h2></body></html>'
    assert codes(html) == [("HDG004", 3, 1)]


def test_directive_without_codes_covers_every_rule():
    html = "<html><body><h1>T</h1>\n<!-- artlint-disable-next --><div><h3></h3></div></body></html>"
    assert codes(html) == []


def test_unknown_code_in_a_directive_is_reported_at_the_directive():
    html = '<html><body><h1>T</h1>\n  <!-- artlint-disable-next HDG999 --><h3>a</h3>\n<p data-artlint-ignore="nonsense">x</p></body></html>'
    result = lint_string(html, select=["HDG003", "ART001", "ART002"])
    assert [(f.code, f.line, f.column) for f in result] == [("ART001", 2, 3), ("HDG003", 2, 39), ("ART001", 3, 1)]
    assert "'HDG999', which is not a rule code" in result[0].message
    assert result[2].selector == "html > body > p"


def test_a_misspelt_code_in_a_directive_gets_the_rule_it_is_close_to():
    html = '<html><body><h1>T</h1>\n<!-- artlint-disable-next HGD003 --><h3>a</h3></body></html>'
    [unknown] = [f for f in lint_string(html, select=["HDG003", "ART001"]) if f.code == "ART001"]
    assert unknown.message == "artlint-disable-next names 'HGD003', which is not a rule code, name or prefix; did you mean 'HDG003'?"


def test_directive_that_suppresses_nothing_is_reported():
    html = "<html><body><h1>T</h1>\n<!-- artlint-disable-next HDG003 --><h2>fine</h2>\n<!-- artlint-disable-next HDG003 --><h4>used</h4></body></html>"
    result = lint_string(html, select=["HDG003", "ART002"])
    assert [(f.code, f.line, f.column) for f in result] == [("ART002", 2, 1)]
    assert result[0].message == "artlint-disable-next for HDG003 suppresses nothing here; remove it"


def test_idle_directive_for_a_rule_that_is_not_running_is_not_reported():
    html = "<html><body><h1>T</h1>\n<!-- artlint-disable-next HDG004 --><h2>fine</h2></body></html>"
    assert codes(html, select=("HDG003", "ART002")) == []


def test_directives_can_be_selected_away():
    html = "<html><body><h1>T</h1>\n<!-- artlint-disable-next HDG999 --><h2>x</h2></body></html>"
    assert codes(html, select=("HDG003",)) == []
