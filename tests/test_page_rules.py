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
