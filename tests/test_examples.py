"""The example pages: the clean article passes, each broken variant yields exactly its codes."""

from __future__ import annotations

import pytest

from artlint import lint_paths

from .conftest import EXAMPLES

EXPECTED = {
    "article.html": set(),
    "broken-no-h1.html": {"HDG001"},
    "broken-headings.html": {"HDG002", "HDG003", "HDG004", "HDG005", "HDG006"},
    "broken-skip-links.html": {"SKL001", "SKL002", "SKL003", "SKL004", "SKL005", "SKL006"},
    "broken-images.html": {"IMG001", "IMG002", "IMG003", "IMG004", "IMG005", "IMG006", "IMG007", "IMG008", "IMG009", "IMG010", "IMG011", "IMG013", "IMG014", "CAP001", "CAP002", "CAP003", "CON001"},
    "broken-dates.html": {"DAT002", "DAT003", "DAT004", "DAT005", "DAT006", "DAT007"},
    "broken-attribution.html": {"AGY002", "AGY003", "AGY004", "AGY005"},
    "broken-landmarks.html": {"LMK002", "LMK003", "LMK004", "LMK005", "LMK007", "CON001"},
    "broken-page.html": {"PAG001", "PAG002", "HDG007", "EMB001", "IMG012"},
}


def test_every_example_is_listed():
    assert {p.name for p in EXAMPLES.glob("*.html")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_yields_exactly_its_codes(name):
    # examples/artlint.toml extends artlint:dw, and is found upward from each page.
    [result] = lint_paths([EXAMPLES / name])
    assert result.error is None
    assert {f.code for f in result.findings} == EXPECTED[name]


@pytest.mark.parametrize("pack", ["artlint:recommended", "artlint:dw"])
def test_clean_article_passes_the_packs(pack):
    [result] = lint_paths([EXAMPLES / "article.html"], {"extends": [pack]})
    assert result.findings == []


def test_dw_pack_requires_the_signoff_and_recommended_does_not():
    html = (EXAMPLES / "article.html").read_text().replace('<p class="signoff">ls/bw (AP, AFP)</p>', "")
    from artlint import lint_string

    # Without a sign-off the article names no source at all, which breaks the contract too.
    assert [f.code for f in lint_string(html)] == ["CON001"]
    assert sorted(f.code for f in lint_string(html, {"extends": ["artlint:dw"]})) == ["AGY001", "CON001"]


def test_ap_pack_checks_dates_dateline_and_credits():
    from artlint import lint_string

    html = (EXAMPLES / "article.html").read_text()
    codes = sorted(f.code for f in lint_string(html, {"extends": ["artlint:ap"]}))
    assert codes == ["AP001", "CAP003", "DAT004", "DAT008"]
    ap = (
        html.replace("December 6, 2016</time>", "Dec. 6, 2016</time>")
        .replace("<p>Russia and China on Monday", "<p>UNITED NATIONS (AP) — Russia and China on Monday")
        .replace('<small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small>', "(AP Photo/Hassan Ammar)")
        .replace('<p class="section">', '<p class="byline">By EDITH M. LEDERER</p><p class="section">')
        .replace('"creditText": "picture-alliance/AP Photo/H. Ammar"', '"creditText": "AP Photo/Hassan Ammar"')
    )
    assert lint_string(ap, {"extends": ["artlint:ap"]}) == []
