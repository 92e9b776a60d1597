"""Skip links and in-page links on the shapes real templates produce."""

from __future__ import annotations

import pytest

from artlint import lint_string

from .conftest import page


def codes(body: str, select=("skip-links",)) -> list[str]:
    return [f.code for f in lint_string(page(body), select=list(select))]


@pytest.mark.parametrize(
    "link",
    [
        '<a href="#nav" class="js-menu-toggle">Menu</a>',
        '<a href="#dropdown" class="list-link--dropdown">More</a>',
        '<a href="#login" data-toggle="modal">Log in</a>',
        '<a href="#panel" aria-controls="panel" aria-expanded="false">Open</a>',
        '<a href="#offcanvas" uk-toggle>Menu</a>',
        '<a href="#x" onclick="close()">Close</a>',
        '<a href="#/settings">Settings</a>',
        '<a href="#!photo">Photo</a>',
    ],
)
def test_links_that_scripts_handle_are_not_broken_in_page_links(link):
    assert codes(f"<main><h1>T</h1>{link}</main>", select=("SKL002",)) == []


def test_skip_link_inside_a_main_that_wraps_the_page_is_still_a_skip_link():
    body = '<main id="page"><a href="#content">Skip navigation</a><nav><a href="/">Home</a></nav><div id="content"><h1>T</h1></div></main>'
    assert codes(body, select=("SKL001",)) == []


def test_anchor_before_the_page_title_is_the_start_of_the_content():
    body = ('<a href="#main-content">Skip to main content</a><nav><a href="/">Home</a></nav>'
            '<a id="main-content"></a><h1>Title</h1><article><p>Text</p></article>')
    assert codes(body, select=("SKL003",)) == []


@pytest.mark.parametrize("text", ["Direkt zur Inhaltsübersicht", "Weiter zum Sekundärinhalt", "Skip to related content"])
def test_links_to_other_places_do_not_promise_the_main_content(text):
    body = f'<a href="#other">{text}</a><nav id="other"><a href="/">Home</a></nav><main><h1>T</h1></main>'
    assert codes(body, select=("SKL003",)) == []


def test_skip_link_to_the_top_of_the_page_is_reported():
    body = '<a id="pagetop"></a><a href="#pagetop">Skip to main content</a><nav><a href="/">x</a></nav><main><h1>T</h1><p>Text</p></main>'
    assert codes(body, select=("SKL003",)) == ["SKL003"]
