"""Heading rules on the cases the examples do not show."""

from __future__ import annotations

import re

import pytest

from artlint import extract, lint_string

from .conftest import page, position


def codes(html: str, select: str = "headings") -> list[str]:
    return [f.code for f in lint_string(html, select=[select])]


def test_hidden_headings_do_not_count():
    html = page('<h1>Headline</h1><h2 hidden>x</h2><div aria-hidden="true"><h1>Logo</h1></div>'
                '<h5 style="display: none">x</h5><section style="visibility:hidden"><h6></h6></section>')
    assert codes(html) == []


@pytest.mark.parametrize(("css", "box", "found"), [
    # a dialog or paywall box of a class (or id) the page's style sheet never displays: no second h1, no skipped level
    (".mfp-hide { display: none !important }", '<div class="mfp-hide">', []),
    ("#paywall { display: none }", '<div id="paywall">', []),
    # guards: the same class shown from some width on by another of its own classes (Tailwind's "hidden lg:block",
    # Bootstrap's "d-none d-md-block"), a sheet that only applies without scripts, critical CSS that the whole style
    # sheet follows, and a class shown at the top level beside the one that hides (the utility class still hides)
    (".hidden { display: none } @media (min-width: 64em) { .lg\\:block { display: block } }",
     '<div class="hidden lg:block">', ["HDG002", "HDG003"]),
    (".d-none { display: none !important } @media (min-width: 48em) { .d-md-block { display: block !important } }",
     '<div class="d-none d-md-block">', ["HDG002", "HDG003"]),
    (".box { display: block } .hidden { display: none }", '<div class="box hidden">', []),
])
def test_headings_the_pages_style_sheet_never_displays_do_not_count(css, box, found):
    """Screen readers read no heading that is not displayed: Magnific Popup's share dialog ("mfp-hide") and a paywall
    box hold an h1 each."""
    html = page(f'<style>{css}</style><h1>Headline</h1>{box}<h1>Subscribe</h1><h3>Offer</h3></div>')
    assert codes(html) == found


@pytest.mark.parametrize("style", [
    '<noscript><style>.dialog { display: none }</style></noscript>',  # lazy-loading plugins' sheet for readers without scripts
    '<style id="rocket-critical-css">.dialog { display: none }</style>',  # WP Rocket: the whole style sheet follows
])
def test_a_sheet_that_does_not_stay_is_not_what_the_page_displays(style):
    html = page(f'{style}<h1>Headline</h1><div class="dialog"><h1>Subscribe</h1></div>')
    assert codes(html) == ["HDG002"]


@pytest.mark.parametrize(("style", "found"), [
    # XHTML's "<![CDATA[" opens a bracket block that runs to "]]>" and the rule after it: CSS drops all of it (the
    # Guardian's ".is-hidden,[hidden]{display:none !important}" hides nothing), and an unclosed one drops the whole sheet
    ('<style>\n<![CDATA[\nbody{margin:0} .dialog{display:none}\n]]>\n</style>', ["HDG002"]),
    ("<style><!-- <![CDATA[ body{margin:0} .dialog{display:none}</style>", ["HDG002"]),
    ("<style><![CDATA[ body{margin:0} ]]> p{margin:0} .dialog{display:none}</style>", []),  # a rule after the next one stays
    ("<style>/*<![CDATA[*/ body{margin:0} .dialog{display:none} /*]]>*/</style>", []),  # the CDATA in comments, as it should be
])
def test_a_sheet_in_a_cdata_section_hides_nothing(style, found):
    html = page(f'{style}<h1>Headline</h1><div class="dialog"><h1>Subscribe</h1></div>')
    assert codes(html) == found


def test_role_heading_and_aria_level():
    assert codes(page('<div role="heading" aria-level="1">Headline</div><h2>A</h2>')) == []
    assert codes(page('<h1>Headline</h1><div role="heading">Level two by default</div><h4>x</h4>')) == ["HDG003"]
    assert codes(page('<h1>Headline</h1><h2 aria-level="4">really four</h2>')) == ["HDG003"]


def test_going_back_up_any_number_of_levels_is_fine():
    assert codes(page("<h1>Headline</h1><h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5><h6>e</h6><h2>f</h2><h3>g</h3>")) == []


def test_the_first_heading_may_start_below_h1_without_a_skip_finding():
    assert codes(page("<h2>a</h2><h3>b</h3>"), "HDG003") == []


@pytest.mark.parametrize(
    "content",
    ['<img src="x.png" alt="DW">', '<span aria-label="Reactions"></span>', "<svg><title>Chart</title></svg>", " Text "],
)
def test_heading_content_counts_alt_labels_and_text(content):
    assert codes(page(f"<h1>Headline</h1><h2>{content}</h2>"), "HDG004") == []


@pytest.mark.parametrize(
    "content",
    ['<img src="x.png" alt="">', '<img src="x.png">', "&nbsp; ", '<span hidden>hidden text</span>', "<script>x()</script>"],
)
def test_empty_headings(content):
    assert codes(page(f"<h1>Headline</h1><h2>{content}</h2>"), "HDG004") == ["HDG004"]


@pytest.mark.parametrize(
    ("h1", "head"),
    [
        ("Russia blocks UN resolution", "<title>Russia blocks UN resolution | DW | 06.12.2016</title>"),
        ("Russia blocks UN resolution", "<title>DW – Russia blocks UN resolution</title>"),
        ("Russia blocks “UN” resolution", "<title>Russia blocks \"UN\" resolution</title>"),
        ("Russia blocks UN resolution", '<meta property="og:title" content="Russia blocks UN resolution - DW"><title>Other</title>'),
        ("A very long headline that search engines truncate", '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A very long headline that…"}</script>'),
        ("Anything at all", ""),
        # "Site: Headline" and "Kicker: Headline" in the title.
        ("Der WindRebell", "<title>SONNENENERGIE: Der WindRebell</title>"),
        # A kicker and the headline in spans that the template runs together.
        ('<span class="kicker">Andere Zoonosen</span><span>Wie Umweltzerstörung Epidemien begünstigt</span>',
         '<meta property="og:title" content="Andere Zoonosen – Wie Umweltzerstörung Epidemien begünstigt">'),
        # A kicker in the h1 that the stated headline leaves out, run together with the headline's first word (Zeit),
        # and before a headline stated with the site's name or the kicker after it (tagesschau, skispringen.com).
        ('<span class="article-heading__kicker">Ägypten</span><span class="article-heading__title">Protesters gather in Cairo</span>',
         "<title>Protesters gather in Cairo | ZEIT ONLINE</title>"),
        ('<span class="seitenkopf__topline">Interne Unterlagen im Netz</span> <span>Daten von Rheinmetall gehackt</span>',
         '<meta property="og:title" content="Daten von Rheinmetall gehackt - Interne Unterlagen im Netz">'),
        ('"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking',
         '<meta property="og:title" content="Marita Kramer verpasst Olympische Spiele in Peking - skispringen.com">'),
        # The site's name after the angle quotes older WordPress themes put between them
        ("Talks stall in Cairo", '<meta property="og:title" content="Talks stall in Cairo « The Paper">'),
        ("Talks stall in Cairo", '<meta property="og:title" content="Talks stall in Cairo ‹ The Paper">'),
        # … or after a bullet (Svbtle's blogs: "Voice interfaces • Dustin Curtis")
        ("Voice interfaces", '<meta property="og:title" content="Voice interfaces • Dustin Curtis">'),
        # Words for screen readers only: Drupal's site name in the h1, a flag's alt after the words it shows (the Foreign Office)
        ('Was wir über uns nicht hören wollen<span class="element-invisible"> | FASSETTE.NET</span>',
         '<meta property="og:title" content="Was wir über uns nicht hören wollen">'),
        ('<span>Italien: Reise- und Sicherheitshinweise</span> <span><img src="/flag.jpg" alt="Italien"></span>',
         '<meta property="og:title" content="Italien: Reise- und Sicherheitshinweise">'),
        # Xinhua's English titles glue the site's name on with a hyphen
        ("China's exports rise 5 pct in April", "<title>China's exports rise 5 pct in April-Xinhua</title>"),
        # A footnote's mark after its words
        ("Inflation falls to 2.4% in April<sup>1</sup>", '<meta property="og:title" content="Inflation falls to 2.4% in April">'),
        ('Inflation falls to 2.4% in April<sup><a href="#fn1">[a]</a></sup>', '<meta property="og:title" content="Inflation falls to 2.4% in April">'),
        # The section before the headline and the site after it, each after its own separator (The New York Times)
        ("Senate passes the bill", "<title>Opinion | Senate passes the bill - The New York Times</title>"),
        # A kicker that the title leaves out, or a badge after the headline, in a part of their own that the h1 runs together
        ('<span class="seitenkopf__topline">Haushalt</span><span class="seitenkopf__headline--text">Bundestag beschließt Gesetz</span>',
         "<title>Bundestag beschließt Gesetz | tagesschau.de</title>"),
        ('<span>Senate passes the bill</span><span class="updated-badge">Updated</span>', "<title>Senate passes the bill</title>"),
        ('<span class="label">LIVE</span>Senate passes the bill', "<title>Senate passes the bill</title>"),  # (guard)
        # a note that the story has a video or pictures, which the title leaves out
        ("Senate passes the bill <small>(video)</small>", "<title>Senate passes the bill</title>"),
        ("Senate passes the bill [PHOTOS]", '<meta property="og:title" content="Senate passes the bill">'),
        # a short headline between its author and the site's name, which og:site_name says (the site's motto rule needs four words)
        ("Unser wahres Ich", '<meta property="og:site_name" content="brand eins online">'
                             '<meta property="og:title" content="Rutger Bregman: Unser wahres Ich - brand eins online">'),
        ("Energiewende Oberland: Klimavorreiter Oberland?",
         '<meta property="og:site_name" content="Tegernseerstimme"><meta property="og:title" content="Klimavorreiter Oberland? - Tegernseerstimme">'),
    ],
)
def test_h1_matches_the_stated_headline(h1, head):
    assert codes(page(f"<h1>{h1}</h1>", head=head), "HDG006") == []


@pytest.mark.parametrize(
    ("h1", "head"),
    [
        # A part of the stated headline that the h1 ends with is no headline when it is short beside the h1:
        # the site's name, a topic.
        ("Was ist Creative Commons?", '<meta property="og:title" content="Wie funktionierts - Creative Commons">'),
        ("Wie pflege ich meine Zaubernuss im Winter?", "<title>Zaubernuss im Winter » Wann blüht die Hamamelis?</title>"),
        ("Change Font Size of ggplot2 Plot in R (5 Examples) | Axis Text, Main Title & Legend",
         '<meta property="og:title" content="Change Font Size of ggplot2 Plot in R | Axis Text, Main Title & Legend">'),
        # (guard) a hyphenated word, no site glued on
        ("Senate passes the bill", '<meta property="og:title" content="Senate passes the bill-free budget">'),
        # (guard) the site's name between the headline and the site's motto
        ("Krimiblog-Archiv", "<title>Das vermutlich schwulste Musikvideo der Welt : Krimiblog-Archiv | Ermittlungen in Sachen Krimi</title>"),
        # (guard) the same short headline between two parts, with no site's name known to set the last part aside
        ("Unser wahres Ich", '<meta property="og:title" content="Rutger Bregman: Unser wahres Ich - brand eins online">'),
        # (guard) a typo in the h1 beside a part of the title that the h1 ends with
        ("ll Climate Clock ha iniziato: sette anni è il tempo che ci rimane per agire",
         "<title>Il Climate Clock ha iniziato: sette anni è il tempo che ci rimane per agire - Vegolosi.it</title>"),
    ],
)
def test_h1_that_ends_with_a_part_of_another_headline_differs(h1, head):
    assert codes(page(f"<h1>{h1}</h1>", head=head), "HDG006") == ["HDG006"]


def test_a_title_of_hundreds_of_separators_is_compared_in_few_steps(monkeypatch):
    """Found by fuzzing with atheris: a 13 KB page whose <title> held hundreds of " - " took 10 s, comparing the h1 with
    every span of the title's parts (45,449 word readings; now about 900, linear in the parts). The headline is still
    found between a section and a site's name and motto."""
    from artlint.rules import headings

    calls = []
    words = headings._words
    monkeypatch.setattr(headings, "_words", lambda text: calls.append(text) or words(text))
    title = " - ".join(["Lorem"] * 300)
    assert codes(page("<h1>Senate passes the bill</h1>", head=f"<title>{title}</title>"), "HDG006") == ["HDG006"]
    assert len(calls) < 2000
    title = "Politics - Senate passes the bill - The Daily - News, sport and opinion"
    assert codes(page("<h1>Senate passes the bill</h1>", head=f"<title>{title}</title>"), "HDG006") == []


def test_a_footnotes_mark_is_no_word_of_the_headline():
    """The model's headline leaves out the mark of a footnote that closes the h1; a superscript inside it stays."""
    assert extract(page("<main><h1>Inflation falls to 2.4% in April<sup>1</sup></h1><p>Text.</p></main>"))["headline"]["text"] == \
        "Inflation falls to 2.4% in April"
    assert extract(page("<main><h1>The 10<sup>th</sup> Annual Awards</h1><p>Text.</p></main>"))["headline"]["text"] == \
        "The 10th Annual Awards"  # (guard)


def test_an_h1_that_shows_only_a_logo_still_differs():
    """(guard) The logo's alt is all the h1 says: no words shown to agree with the metadata."""
    head = '<meta property="og:title" content="Unpredictable Sondland faces questions">'
    assert codes(page('<h1><a href="/"><img src="/logo.png" alt="The Berkshire Eagle"></a></h1>', head=head), "HDG006") == ["HDG006"]


def test_h1_mismatch_names_its_source_and_place():
    head = '<title>T</title><script type="application/ld+json">{"@graph": [{"@type": ["NewsArticle"], "headline": "Real headline"}]}</script>'
    [finding] = lint_string(page("<h1>Stale headline</h1>", head=head), select=["HDG006"])
    assert finding.message == "the h1 “Stale headline” differs from the JSON-LD headline “Real headline” at 3:23; fill both from the same headline"
    assert (finding.line, finding.column) == (5, 1)


def test_an_h1_that_is_the_sites_name_is_reported_as_such():
    """Engadget's logo in an h1, the headline in an h2: the message says what is wrong with the h1."""
    head = '<meta property="og:site_name" content="Engadget"><meta property="og:title" content="Verizon FiOS boxes get a new guide">'
    [finding] = lint_string(page('<a href="/"><h1><span>Engadget</span></h1></a><h2>Verizon FiOS boxes get a new guide</h2>', head=head),
                            select=["HDG006"])
    assert finding.message == ("the h1 “Engadget” is the site's name (og:site_name), not the headline the og:title states at 3:56; "
                               "make the article's headline the h1, and the site's name no heading")


def test_h1_mismatch_of_long_headlines_shows_where_they_differ():
    same = "Hunter diagnosed with bubonic plague after eating a rabbit, making him the third "
    head = f'<meta property="og:title" content="{same}local to contract the disease">'
    [finding] = lint_string(page(f"<h1>{same}local to contract medieval disease</h1>", head=head), select=["HDG006"])
    assert finding.message == ("the h1 “…local to contract medieval disease” differs from the og:title "
                               "“…local to contract the disease” at 3:7; fill both from the same headline")


def test_h1_mismatch_sources_option():
    html = page("<h1>Headline</h1>", head='<meta property="og:title" content="Other"><title>Headline</title>')
    assert codes(html, "HDG006") == ["HDG006"]
    assert lint_string(html, {"rules": {"HDG006": {"sources": ["title"]}}}, select=["HDG006"]) == []


def test_deep_nesting_does_not_crash():
    html = page("<h1>Headline</h1>" + "<div>" * 3000 + "<h2>deep</h2>")
    found = [f.code for f in lint_string(html, select=["headings", "ART"])]
    assert "ART004" in found
    # libxml2's words, without its advice to programmers ("use XML_PARSE_HUGE option")
    [message] = [f.message for f in lint_string(html, select=["ART004"])]
    assert re.fullmatch(r"elements are nested deeper than the parser's limit; everything after this point was not checked "
                        r"\(Excessive depth in document: \d+\)", message), message


def test_heading_the_parser_closes_early_is_judged_by_its_source():
    # libxml2 closes <h3> at <p>; browsers keep the paragraph inside the heading.
    html = page("<h1>Headline</h1><h3><p>Über 30.000 Subscriber</p></h3><h3></h3>")
    column = html.splitlines()[4].index("<h3></h3>") + 1
    assert [(f.code, f.column) for f in lint_string(html, select=["HDG004"])] == [("HDG004", column)]


def _headings(body: str) -> list[tuple[int, str]]:
    return [(h["level"], h["text"]) for h in extract(page(body))["headings"]]


@pytest.mark.parametrize(("body", "said"), [
    # Mynavi's related links: the heading holds an empty <span> before the paragraph libxml2 cut off
    ('<h3 class="articleRelated_head"><span></span><p class="related_link_tech">関連リンク</p></h3><ul><li>Check Point</li></ul>',
     [(3, "関連リンク")]),
    # Rolling Stone's dek; what stands after the heading's end tag stays after it
    ('<h2>\n<p>Inside the story of how Damien Chazelle made the movie</p> of the year</h2> More text<p>Body</p>',
     [(2, "Inside the story of how Damien Chazelle made the movie of the year")]),
    ('<h2><p>Dek &amp; more</p></h2>&lt;after&gt;', [(2, "Dek & more")]),
    # a list, a form and a table start inside a heading too
    ('<h4><ul><li>One</li></ul><form><button>Follow</button></form></h4><p>Body</p>', [(4, "One Follow")]),
    # a heading that starts before the end tag closes the one open, as in browsers (guard)
    ('<h2><p>Dek</p><h3>Section</h3></h2>', [(2, "Dek"), (3, "Section")]),
])
def test_what_the_parser_cut_from_a_heading_is_put_back(body, said):
    """libxml2 closes an open heading at a <p>, <li>, <form>, <table> or <fieldset> start tag (HTML 4's rule) and ignores
    its end tag; browsers keep them inside the heading until the end tag. The model's headings and the heading rules read
    the heading as browsers build it: Mynavi's heading was "empty" (HDG004), Rolling Stone's dek and the Independent's
    standfirst were empty headings in the model."""
    assert _headings(body) == said
    assert [f.code for f in lint_string(page(body), select=["HDG004"])] == []


def test_an_element_put_back_into_a_heading_keeps_its_position():
    html = page('<h1>Headline</h1><h6><p>Quelle: THW <img src="thw.jpg"></p></h6>')
    column = html.splitlines()[4].index("<img") + 1
    assert [(f.code, f.line, f.column, f.selector) for f in lint_string(html, select=["IMG001"])] == [
        ("IMG001", 5, column, "html > body > h6 > p > img")]


@pytest.mark.parametrize(("body", "said"), [
    # Folha: the title names a heading whose logo is an SVG hidden from screen readers
    ('<h1 title="Folha de S.Paulo"><a href="/"><svg aria-hidden="true"><path d="M0"></path></svg></a></h1>', "Folha de S.Paulo"),
    # MacTechNews, Deutschlandfunk: a logo link drawn with CSS, named by its title
    ('<h1><a href="/" class="menulogo" title="Deutschlandfunk. Alles von Relevanz."></a></h1>', "Deutschlandfunk. Alles von Relevanz."),
    # (guards) what the heading says wins over a title, and a title inside a word adds no space
    ('<h2 title="Tooltip">Ceasefire holds</h2>', "Ceasefire holds"),
    ('<h2>Cease<span title="a word">fire</span> holds</h2>', "Ceasefire holds"),
])
def test_a_title_names_what_says_nothing_else(body, said):
    """The accessible-name algorithm's last step: an element whose content says nothing is named by its title, in
    browsers and in axe-core (HDG004 reported these four corpus logos as empty headings)."""
    assert _headings(body) == [(int(body[2]), said)]
    assert codes(page(body), select="HDG004") == []


def test_a_heading_of_a_zero_width_space_is_empty():
    """A blog template's widget title "&#8203; " (links-in-tables) shows nothing."""
    assert codes(page("<h1>Headline</h1><h2>\u200b </h2>"), select="HDG004") == ["HDG004"]


def test_a_japanese_h1_with_ruby_readings_matches_the_title_the_site_glues_on():
    # NHK News Web Easy: the h1 gives each kanji its reading in <rt>; the og:title puts the site before a bar without spaces
    html = ('<html lang="ja"><head><title>子どもへの体罰を禁止する法律ができる</title><meta property="og:title" content="NEWS WEB EASY|子どもへの体罰を禁止する法律ができる">'
            '</head><body><main><article><h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を<ruby>禁止<rt>きんし</rt></ruby>する'
            '<ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1><p>本文。</p></article></main></body></html>')
    assert [f for f in lint_string(html) if f.code == "HDG006"] == []
    assert extract(html)["headline"]["text"] == "子どもへの体罰を禁止する法律ができる"


@pytest.mark.parametrize("title", [
    "Grundeinkommen ist ein Menschenrecht! › Piratenpartei",  # WordPress themes' "›"
    "Grundeinkommen ist ein Menschenrecht!：IPA 独立行政法人",  # a Japanese site after a full-width colon
])
def test_the_site_after_an_angle_quote_or_a_full_width_colon(title):
    html = page("<h1>Grundeinkommen ist ein Menschenrecht!</h1>", head=f"<title>{title}</title>")
    assert lint_string(html, select=["HDG006"]) == []


@pytest.mark.parametrize("title", ["短缺药品保供稳价 全力保障临床用药需求-新华网", "短缺药品保供稳价 全力保障临床用药需求_新华网"])
def test_a_chinese_site_glued_on_without_spaces(title):
    """Xinhua's titles: the site after a hyphen or an underscore, with no space."""
    html = page("<h1>短缺药品保供稳价 全力保障临床用药需求</h1>", head=f"<title>{title}</title>", lang="zh")
    assert lint_string(html, select=["HDG006"]) == []
    assert [f.code for f in lint_string(page("<h1>Well-known facts</h1>", head="<title>Well-known facts about Cairo</title>"),
                                        select=["HDG006"])] == ["HDG006"]  # (a hyphen in a word of a Latin title separates nothing)


def test_the_extra_h1_reported_is_the_logos_not_the_headlines():
    """A logo's h1 before the article's is the one to change, whether the article is marked up or not (Drupal 7's themes:
    the logo an h1 in the header, the title's h1 above the node's <article>); and HDG006 compares the headline's h1."""
    head = "<title>Talks stall in Cairo | Prachatai</title>"
    marked = page('<header><h1 class="logo"><a href="/">Prachatai</a></h1></header><main><article><h1>Talks stall in Cairo</h1>'
                  '<p>Text.</p></article></main>', head)
    bare = page('<header><h1 id="website-logo"><a href="/node">Prachatai</a></h1></header><div class="region-content">'
                '<h1 class="title" id="page-title">Talks stall in Cairo</h1><article class="node"><p>Text of the story.</p></article></div>', head)
    for html in (marked, bare):
        found = lint_string(html, select=["headings"])
        assert [(f.code, f.line, html.splitlines()[f.line - 1][f.column - 1:].split(">")[0]) for f in found] == [
            ("HDG002", 5, '<h1 class="logo"' if html is marked else '<h1 id="website-logo"')]
        assert "the headline's is at 5:" in found[0].message


def test_the_headlines_h1_above_the_main_beats_a_signup_boxs_h1_inside_it():
    """KXAN: the article's title h1 stands above the <main> that holds a newsletter's h1; that one is the extra."""
    html = page('<header><h1 class="article-title">Voters pass increase for retired teachers</h1></header><main><p>Text of the story.</p>'
                '<div class="widget Sailthru_Subscribe"><div class="sailthru-signup"><h1 class="sailthru-signup-display-message">Get the latest news'
                '</h1></div></div></main>',
                '<title>Voters pass increase for retired teachers | KXAN</title>'
                '<meta property="og:title" content="Voters pass increase for retired teachers">')
    found = lint_string(html, select=["headings"])
    assert [(f.code, html.splitlines()[f.line - 1][f.column - 1:].split(">")[0]) for f in found] == [
        ("HDG002", '<h1 class="sailthru-signup-display-message"')]


def _titled(head: str, body: str = "<main><article><h1>Russia blocks UN resolution</h1></article></main>") -> str:
    return f'<!doctype html>\n<html lang="en">\n<head>{head}</head>\n<body>\n{body}\n</body>\n</html>\n'


def test_a_page_without_a_title():
    [found] = lint_string(_titled('<meta charset="utf-8">'), select=["HDG007"])
    assert (found.line, found.column) == (2, 1)  # the page's start: its root element
    assert found.message == "the page has no <title>; add one to <head> that names the article, such as “Russia blocks UN resolution”"
    [found] = lint_string(_titled("", "<main><p>No headline either.</p></main>"), select=["HDG007"])
    assert found.message == "the page has no <title>; add one to <head> that names the article"
    # an SVG's title names the graphic, not the page
    assert [f.code for f in lint_string(_titled("", '<svg role="img"><title>Map</title></svg>'), select=["HDG007"])] == ["HDG007"]


@pytest.mark.parametrize("title", ["", " ", "&nbsp;", "\n  \n"])
def test_an_empty_title(title):
    [found] = lint_string(_titled(f"<title>{title}</title>"), select=["HDG007"])
    assert (found.line, found.column) == (3, 7)
    assert found.message == "the <title> is empty; name the article in it, such as “Russia blocks UN resolution”"


@pytest.mark.parametrize("title", ["Untitled Document", "untitled", "Document", "New Page 1", "Home", "React App",
                                   "Vite + React + TS", "Create Next App", "Page Title"])
def test_a_default_title(title):
    [found] = lint_string(_titled(f"<title>{title}</title>"), select=["HDG007"])
    assert found.message.startswith(f"the <title> “{title}” is a template's or an editor's default; name the article in it")


@pytest.mark.parametrize("title", ["Home prices rise again | DW", "Russia blocks UN resolution", "Document leak: what we know",
                                   "DW"])
def test_a_title_that_names_something(title):
    assert lint_string(_titled(f"<title>{title}</title>"), select=["HDG007"]) == []


def test_a_title_the_parser_moved_into_the_body_still_titles_the_page():
    """Browsers take the document's first <title> wherever it stands (outside SVG): one after body content is still the
    page's title."""
    html = '<!doctype html>\n<html lang="en">\n<body>\n<p>x</p><title>Russia blocks UN resolution | DW</title>\n</body>\n</html>\n'
    assert lint_string(html, select=["HDG007"]) == []


def test_a_heading_that_starts_right_inside_another_ends_it():
    """MSN's "<h3> <h2>More from MSN</h2></h3>": browsers end the h3 at the h2 (libxml2 nests them), so the h3 is empty."""
    body = "<h1>Headline</h1><h3> <h2>More from MSN</h2></h3>"
    assert _headings(body) == [(1, "Headline"), (3, ""), (2, "More from MSN")]
    assert codes(page(body), select="HDG004") == ["HDG004"]


@pytest.mark.parametrize("box", ["template", "noscript"])
def test_headings_in_a_template_or_a_noscript_are_not_the_pages(box):
    """A <template> is never rendered, nor is a <noscript> where scripts run: nymag.com keeps its paywall's and its
    newsletter's dialogs in <template>s, each with an empty h1, that screen readers never meet. They are not the
    page's headings, nor the article model's."""
    dialog = f'<{box}><div class="promo"><h1 class="promo-message"></h1><h3>Subscribe</h3></div></{box}>'
    html = page(f"<main><h1>Russia blocks UN resolution on Aleppo</h1><p>Text.</p>{dialog}<h2>Reactions</h2></main>",
                head="<title>Russia blocks UN resolution on Aleppo</title>")
    assert [f.code for f in lint_string(html, select=["HDG"])] == []
    assert [(h["level"], h["text"]) for h in extract(html)["headings"]] == [
        (1, "Russia blocks UN resolution on Aleppo"), (2, "Reactions")]


def _missing_h1(body: str) -> list[tuple[str, tuple[int, int]]]:
    html = page(body, head="<title>Russia blocks UN resolution for Aleppo ceasefire</title>")
    return [(f.message, (f.line, f.column)) for f in lint_string(html, select=["HDG001"])]


def test_a_missing_h1_points_at_the_heading_that_holds_the_headline():
    """A template that lost its h1 still prints the headline, as an h2 or h3: HDG001 reports it there, where the fix goes
    (38 of the corpus's 88 pages without a visible h1 have the headline in an h2 or h3)."""
    body = '<main><h2>Russia blocks UN resolution for Aleppo ceasefire</h2><h3>Reactions</h3></main>'
    html = page(body, head="<title>Russia blocks UN resolution for Aleppo ceasefire</title>")
    assert _missing_h1(body) == [("the page has no h1; the headline “Russia blocks UN resolution for Aleppo ceasefire” is an h2: make it "
                                  "the h1", position(html, "<h2>"))]
    body = '<main><h3>Russia blocks UN resolution for Aleppo ceasefire</h3></main>'
    assert _missing_h1(body)[0][0].endswith("is an h3: make it the h1")


@pytest.mark.parametrize("body, said", [
    ('<header><h1 class="logo">DW</h1></header><style>.logo{display:none}</style>',
     "its h1 “DW” at 5:9 is hidden by the style sheet's display:none for .logo"),
    ('<div id="login" style="display: none"><h1>Log in</h1></div><h1 hidden></h1>',
     "none of its 2 h1s is shown as one: the first, “Log in”, at 5:39, is hidden by inline display:none on <div> at 5:1"),
    ('<h1 hidden></h1>', "its empty h1 at 5:1 is hidden by the hidden attribute"),
    ('<div aria-hidden="true"><h1>DW</h1></div>', 'its h1 “DW” at 5:25 is hidden by aria-hidden="true" on <div> at 5:1'),
    ('<h1 role="button">Menu</h1>', "its h1 “Menu” at 5:1 is no heading: its role=“button” takes the heading semantics away"),
])
def test_a_missing_h1_says_why_the_h1_in_the_markup_is_none(body, said):
    """An h1 the author can see in the markup but that no browser shows as one: the message says which, and what does it."""
    assert _missing_h1(f"{body}<main><p>Text.</p></main>") == [
        (f"the page has no visible h1 ({said}); mark the article's headline up as a visible h1", (2, 1))]


def test_a_headline_h1_made_another_level_by_aria_level():
    body = '<main><h1 aria-level="2">Russia blocks UN resolution for Aleppo ceasefire</h1></main>'
    html = page(body, head="<title>Russia blocks UN resolution for Aleppo ceasefire</title>")
    assert _missing_h1(body) == [("the page has no visible h1 (its h1 “Russia blocks UN resolution for Aleppo ceasefire” at 5:7 is a "
                                  "level-2 heading by its aria-level=“2”); drop the aria-level of the headline's h1", position(html, "<h1"))]


def test_a_page_without_any_h1_or_headline_heading():
    assert _missing_h1("<main><p>Text.</p></main>") == [("the page has no h1; mark the article's headline up as an h1", (2, 1))]


def test_an_empty_heading_takes_no_part_in_the_levels():
    """An empty heading says nothing to hear a level by: HDG004 reports it (and asks to remove it), HDG003 neither reports
    it nor measures the next heading from it."""
    html = page("<main><h1>Russia blocks UN resolution</h1><h3></h3><h4>In Moscow</h4><h2>Reactions</h2><h3>Paris</h3></main>")
    assert [(f.code, f.message) for f in lint_string(html, select=["HDG003", "HDG004"])] == [
        ("HDG004", "h3 is empty; give it text (or an image with alt text), or remove it"),
        ("HDG003", "h4 follows h1 at 5:7, skipping level 2; use h2 here")]


def test_an_empty_h1_is_no_second_h1():
    """An empty h1 beside the headline's is HDG004's (remove it), not another h1 to make an h2 of."""
    html = page('<header><h1 class="headline"></h1></header><main><h1>Russia blocks UN resolution</h1><p>Text.</p></main>')
    assert [(f.code, f.message) for f in lint_string(html, select=["HDG002", "HDG004"])] == [
        ("HDG004", "h1 is empty; give it text (or an image with alt text), or remove it")]
    html = html.replace('<h1 class="headline"></h1>', "<h1>DW</h1>")  # (guard) one that says something is another h1
    assert [f.code for f in lint_string(html, select=["HDG002", "HDG004"])] == ["HDG002"]


def test_a_missing_h1_finds_the_heading_or_title_box_that_says_the_headline():
    """Where the model reads the headline from the metadata, the heading that says it word for word is where it stands
    (Blogger's <h3 class="post-title">); no heading saying it, an element of a title's class that does (<p class="titulo">,
    <div class="headline">) is, when the <title>, og:title or JSON-LD says that headline too."""
    head = ('<title>Python 3.6.0 is now available! | Python Insider</title>'
            '<meta property="og:title" content="Python 3.6.0 is now available!">')
    blogger = page('<main><div class="post"><h3 class="post-title entry-title">Python 3.6.0 is now available!</h3>'
                   '<p>Python 3.6.0 is the newest major release.</p></div></main>', head=head)
    [found] = lint_string(blogger, select=["HDG001"])
    assert (found.message, (found.line, found.column)) == (
        "the page has no h1; the headline “Python 3.6.0 is now available!” is an h3: make it the h1", position(blogger, "<h3"))
    boxed = page('<main><p class="titulo">Python 3.6.0 is now available!</p><p>Python 3.6.0 is the newest major release.</p></main>',
                 head=head)
    [found] = lint_string(boxed, select=["HDG001"])
    assert (found.message, (found.line, found.column)) == (
        "the page has no h1; the headline “Python 3.6.0 is now available!” is a <p>, no heading: make it the h1", position(boxed, '<p class'))
    # A box's title the model takes for want of a better one, which the <title> does not say (cdu-fraktion-erfurt.de's
    # social links): the page's start, the general advice.
    sidebar = page('<div id="box"><div class="headline">CDU-Fraktion überall</div><a href="/rss">RSS</a></div>'
                   '<div class="text"><p>Die Fraktion hat heute beschlossen, die Waldorfschule zu unterstützen.</p></div>',
                   head="<title>CDU-Fraktion im Erfurter Stadtrat - Entwicklung der Waldorfschule ermöglicht</title>")
    assert extract(sidebar)["headline"]["text"] == "CDU-Fraktion überall"
    assert [(f.line, f.message) for f in lint_string(sidebar, select=["HDG001"])] == [
        (2, "the page has no h1; mark the article's headline up as an h1")]


@pytest.mark.parametrize("h1, og_title, agrees", [
    ("Nikki Haley to Resign as Trump’s Ambassador to the U.N.", "Nikki Haley to Resign as Trump’s Ambassador to the U.N. (Published 2018)", True),
    ("LWN.net Weekly Edition for March 26, 2015", "LWN.net Weekly Edition for March 26, 2015 [LWN.net]", True),
    ("トレンドマイクロ、公衆無線LANを安全に使うためのアプリ", "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ（CNET Japan） - Yahoo!ニュース", True),
    ("Russia blocks UN resolution", "Russia blocks UN resolution (Aleppo) on Tuesday", False),  # the brackets inside the headline
    ("Senate passes the bill", "Senate passes the bill-free budget", False),  # another headline that starts with the h1's words
])
def test_h1_agrees_with_a_title_that_adds_a_note_in_brackets(h1, og_title, agrees):
    """A template that fills the og:title from the headline and adds a note in brackets after it for search results (The
    New York Times's "(Published 2018)", LWN's "[LWN.net]") fills both from the same headline: HDG006 agrees."""
    html = page(f"<main><h1>{h1}</h1><p>Text.</p></main>", head=f'<title>{h1}</title><meta property="og:title" content="{og_title}">')
    assert [f.code for f in lint_string(html, select=["HDG006"])] == ([] if agrees else ["HDG006"])
