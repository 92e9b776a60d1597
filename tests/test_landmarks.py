"""The landmark rules (LMK) on what browsers render."""

from __future__ import annotations

import pytest

from artlint import lint_string

from .conftest import page


@pytest.mark.parametrize("box", ["template", "noscript"])
def test_landmarks_in_a_template_or_a_noscript_are_not_the_pages(box):
    """A <template> is never rendered, nor is a <noscript> where scripts run: a dialog's <main> kept there for a script is
    no second main landmark, and a banner in it stands in no main."""
    dialog = f'<{box}><main class="dialog"><div role="banner">Subscribe</div><p>Offer</p></main></{box}>'
    html = page(f"<main><h1>Russia blocks UN resolution on Aleppo</h1><p>Text.</p></main>{dialog}")
    assert [f.code for f in lint_string(html, select=["LMK003", "LMK005"])] == []
    shown = html.replace(f"<{box}>", "").replace(f"</{box}>", "")  # (guard) rendered, they are
    assert [f.code for f in lint_string(shown, select=["LMK003", "LMK005"])] == ["LMK003", "LMK005"]
