"""PAG001: the viewport tag leaves zoom to the reader (W3C ACT rule b4f0c3)."""

from __future__ import annotations

import pytest

from artlint import lint_string


def page(viewport: str, name: str = "viewport") -> str:
    return (f'<!doctype html>\n<html lang="en">\n<head><title>T</title>\n<meta name="{name}" content="{viewport}">\n</head>\n'
            "<body><main><h1>T</h1></main></body>\n</html>\n")


def test_a_template_that_forbids_zooming():
    [found] = lint_string(page("width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"), select=["PAG001"])
    assert (found.code, found.severity.name, found.line, found.column) == ("PAG001", "WARNING", 4, 1)
    assert found.message == ("the viewport tag's maximum-scale=1 caps zoom at 100% and user-scalable=no forbids zooming, "
                             "where browsers obey them; people with low vision need 200% or more: remove them")


@pytest.mark.parametrize(
    ("viewport", "said"),
    [
        ("width=device-width, user-scalable=no", "user-scalable=no forbids zooming"),
        ("width=device-width; user-scalable = 0", "user-scalable=0 forbids zooming"),
        ("width=device-width user-scalable=0.5", "user-scalable=0.5 forbids zooming"),
        ("user-scalable=false", "user-scalable=false forbids zooming"),  # a keyword browsers do not know counts as no
        ("initial-scale=1.0, maximum-scale=1.0", "maximum-scale=1.0 caps zoom at 100%"),
        ("maximum-scale=1.5", "maximum-scale=1.5 caps zoom at 150%"),
        ("maximum-scale=0", "maximum-scale=0 caps zoom at 0%"),
        ("MAXIMUM-SCALE=1", "maximum-scale=1 caps zoom at 100%"),
        ("maximum-scale=nan", "maximum-scale=nan caps zoom"),  # no number browsers read
    ],
)
def test_what_stops_zoom(viewport, said):
    [found] = lint_string(page(viewport), select=["PAG001"])
    assert found.message.startswith(f"the viewport tag's {said}, where browsers obey it")


@pytest.mark.parametrize(
    "viewport",
    ["width=device-width, initial-scale=1", "user-scalable=yes", "user-scalable=1", "user-scalable=-2",
     "user-scalable=device-width", "maximum-scale=2", "maximum-scale=5.0", "maximum-scale=-1",
     "maximum-scale=device-height", "", "maximum-scale=, user-scalable="],
)
def test_zoom_left_to_the_reader(viewport):
    assert lint_string(page(viewport), select=["PAG001"]) == []


def test_only_the_viewport_tag():
    assert lint_string(page("user-scalable=no", name="description"), select=["PAG001"]) == []
    assert [f.code for f in lint_string(page("user-scalable=no", name=" Viewport "), select=["PAG001"])] == ["PAG001"]


def refreshing(content: str, where: str = "head") -> str:
    meta = f'<meta http-equiv="refresh" content="{content}">'
    head, body = (meta, "") if where == "head" else ("", meta)
    return (f'<!doctype html>\n<html lang="en">\n<head><title>T</title>\n{head}\n</head>\n'
            f"<body><main><h1>T</h1>{body}</main></body>\n</html>\n")


def test_an_article_that_reloads_itself():
    [found] = lint_string(refreshing("300"), select=["PAG002"])
    assert (found.code, found.severity.name, found.line, found.column) == ("PAG002", "ERROR", 4, 1)
    assert found.message == ("the page reloads itself every 5 minutes: readers lose their place, and screen readers start "
                             "again at the top; remove the refresh, and update the content in place with a control to pause it")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("150", "reloads itself every 150 seconds"),
        ("1", "reloads itself every 1 second"),
        ("2700.5", "reloads itself every 45 minutes"),
        ("72000", "reloads itself every 20 hours"),  # WCAG 2.2.1 spares limits "longer than 20 hours" only
        ("5; url=https://example.org/new", "sends readers to “https://example.org/new” after 5 seconds"),
        ("3,URL='/moved'", "sends readers to “/moved” after 3 seconds"),
        ("10 https://example.org/", "sends readers to “https://example.org/” after 10 seconds"),
    ],
)
def test_refresh_delays(content, said):
    [found] = lint_string(refreshing(content), select=["PAG002"])
    assert said in found.message


@pytest.mark.parametrize("content", ["0", "0; url=https://example.org/new", "72001", "100000", "soon", "", "-5"])
def test_no_time_limit(content):
    """At once, after more than 20 hours, or a value browsers cannot read (and ignore)."""
    assert lint_string(refreshing(content), select=["PAG002"]) == []


def test_only_the_first_refresh_browsers_can_read_counts():
    html = refreshing("0; url=/new").replace("</head>", '<meta http-equiv="refresh" content="300">\n</head>')
    assert lint_string(html, select=["PAG002"]) == []
    html = refreshing("later").replace("</head>", '<meta http-equiv="refresh" content="300">\n</head>')
    assert [f.code for f in lint_string(html, select=["PAG002"])] == ["PAG002"]


def test_a_refresh_for_readers_without_scripts_is_not_the_page_s():
    html = refreshing("").replace("<body>", '<body><noscript><meta http-equiv="refresh" content="1;url=/nojs.html"></noscript>')
    assert lint_string(html, select=["PAG002"]) == []
