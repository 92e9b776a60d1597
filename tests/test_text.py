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


# ART005: an entity the template escaped twice shows as text.
_ESCAPED_PAGE = ('<!doctype html>\n<html lang="en">\n<head><title>T</title></head>\n<body>\n<main><article>\n{body}\n'
                 '<p>Text of the story.</p>\n</article></main>\n</body>\n</html>\n')


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("<h1>Britain&amp;#39;s Prince William visits Cairo</h1>",
         "the text shows “&#39;” as text (“Britain&#39;s Prince William visits Cairo”): the template escaped it twice; escape it once, so that browsers show “'”"),
        ("<h1>T</h1><p>A 400&amp;percnt; rise in sales</p>",  # a named entity for the per cent sign
         "the text shows “&percnt;” as text (“A 400&percnt; rise in sales”): the template escaped it twice; escape it once, so that browsers show “%”"),
        ('<h1>T</h1><img src="a.jpg" alt="Mac &amp;amp; i im Digitalabo">',
         "alt shows “&amp;” as text (“Mac &amp; i im Digitalabo”): the template escaped it twice; escape it once, so that screen readers say “&”"),
        ('<h1>T</h1><figure><img src="a.jpg" alt="x"><figcaption>Her son (Photo: Archive)&amp;nbsp;</figcaption></figure>',
         "the text shows “&nbsp;” as text (“Her son (Photo: Archive)&nbsp;”): the template escaped it twice; escape it once, so that browsers show a space"),
    ],
)
def test_an_entity_escaped_twice_shows_as_text(body, message):
    from artlint import lint_string

    findings = lint_string(_ESCAPED_PAGE.format(body=body), select=["ART005"])
    assert [(f.code, f.line, f.message) for f in findings] == [("ART005", 6, message)]


@pytest.mark.parametrize("body", [
    "<h1>Britain&#39;s Prince William &amp; Kate</h1>",  # escaped once: the browser shows the characters
    "<h1>T</h1><p>Write <code>&amp;amp;</code> for an ampersand, or <kbd>&amp;#39;</kbd></p><pre>&amp;lt;p&amp;gt;</pre>",  # code shows code
    "<h1>T</h1><p>Tom &amp; Jerry; AT&amp;T; R&amp;D</p>",  # an ampersand that starts no entity
])
def test_text_escaped_once_or_code_is_no_double_escape(body):
    """(guard)"""
    from artlint import lint_string

    assert lint_string(_ESCAPED_PAGE.format(body=body), select=["ART005"]) == []


def test_html_4s_teletype_text_shows_code():
    """Old documentation and archives write code in <tt> (underscore.js's: "replaces <tt>&amp;amp;</tt>, <tt>&amp;lt;</tt>")."""
    from artlint import lint_string

    body = "<h1>T</h1><p>unescape replaces <tt>&amp;amp;</tt>, <tt>&amp;lt;</tt> and <tt>&amp;quot;</tt>; some handle <tt>NaN</tt>.</p>"
    assert lint_string(_ESCAPED_PAGE.format(body=body), select=["ART005", "ART006"]) == []


# ART006: a value the template failed to fill shows on the page.
@pytest.mark.parametrize(
    ("body", "shown", "tag"),
    [
        ("<h1>{{ article.headline }}</h1>", "“{{ article.headline }}”", "h1"),
        ("<h1>Storm hits the coast</h1><p class=\"byline\">By <span>undefined</span></p>", "“undefined” (“By undefined”)", "p"),
        ("<h1>Storm hits the coast</h1><p class=\"byline\">By [object Object]</p>", "“[object Object]” (“By [object Object]”)", "p"),
        ("<h1>Storm hits the coast</h1><p><time>Invalid Date</time></p>", "“Invalid Date”", "time"),
        ("<h1>Storm hits the coast</h1><p class=\"date\">Updated: NaN</p>", "“NaN” (“Updated: NaN”)", "p"),
        ("<h1>%%HEADLINE%%</h1>", "“%%HEADLINE%%”", "h1"),
        ("<h1>Storm hits the coast</h1><p>ls/bw ({{ agencies }})</p>", "“{{ agencies }}” (“ls/bw ({{ agencies }})”)", "p"),
        # a caption before its credit in one line; a screen reader's text (arteradio.com, sac-cas.ch)
        ('<h1>Storm hits the coast</h1><figure><img src="a.jpg" alt="Waves"><figcaption>null Photo: Jane Doe/AP</figcaption></figure>',
         "“null” (“null Photo: Jane Doe/AP”)", "figcaption"),
        ('<h1>Storm hits the coast</h1><a href="/partner"><img src="logo.svg" alt=""><span class="visually-hidden">[object Object]</span></a>',
         "“[object Object]”", "span"),
    ],
)
def test_a_value_the_template_failed_to_fill(body, shown, tag):
    from artlint import lint_string

    html = _ESCAPED_PAGE.format(body=body)
    [finding] = lint_string(html, select=["ART006"])
    assert (finding.line, finding.column, finding.message) == (
        6, html.split("\n")[5].index(f"<{tag}") + 1,
        f"the page shows {shown}: a value the template failed to fill; fill the field, or leave the element out when it is empty")


@pytest.mark.parametrize(("body", "label", "what", "tag"), [
    ('<h1>Storm hits the coast</h1><p class="byline">By </p><time datetime="2024-05-06T10:00:00Z">May 6, 2024</time>', "By", "name", "p"),
    ('<h1>Storm hits the coast</h1><div class="article-author"><span>Von</span></div>', "Von", "name", "div"),
    ('<h1>Storm hits the coast</h1><p><time datetime="2024-05-06T10:00:00Z">Published</time></p>', "Published", "date", "time"),
    ('<h1>Storm hits the coast</h1><p><time datetime="2024-05-06T10:00:00Z">Updated:</time></p>', "Updated:", "date", "time"),
])
def test_a_label_the_template_left_without_its_value(body, label, what, tag):
    from artlint import lint_string

    html = _ESCAPED_PAGE.format(body=body)
    [finding] = lint_string(html, select=["ART006"])
    assert (finding.column, finding.message) == (
        html.split("\n")[5].index(f"<{tag}") + 1,
        f"the page shows “{label}” and no {what}: the template left the value out; fill the field, or leave the element out when it is empty")


@pytest.mark.parametrize("body", [
    '<h1>T</h1><p class="byline"><span class="byline-prefix">By </span><span itemprop="name"><a href="/by/jane-doe">Jane Doe</a></span></p>',
    '<h1>T</h1><p><span class="byline__name"><span class="byline__preamble">Von </span>Micol Passariello</span></p>',  # the name in its tail
    '<h1>T</h1><div class="byline"><div class="byline-by">By</div><div class="byline-names">Jane Doe and John Roe</div></div>',
    '<h1>T</h1><p><time datetime="2024-05-06T10:00:00Z">Updated</time> <span>May 6, 2024</span></p>',  # the date beside it
])
def test_a_label_with_its_value_beside_it(body):
    """(guard)"""
    from artlint import lint_string

    assert lint_string(_ESCAPED_PAGE.format(body=body), select=["ART006"]) == []


@pytest.mark.parametrize(("body", "message"), [
    ('<h1>T</h1><button aria-label="Search [object Object]">Go</button>',
     "aria-label=“Search [object Object]” shows “[object Object]”, a value the template failed to fill, which screen readers read; "
     "fill it, or leave the attribute out"),
    ('<h1>T</h1><a href="/fiscal" title="null">Fiscal</a>',
     "title=“null” is a value the template failed to fill, which screen readers read; fill it, or leave the attribute out"),
])
def test_a_name_for_screen_readers_the_template_failed_to_fill(body, message):
    """An aria-label a script left unfilled (aeb's search button), Angular's uncompiled expression, La Prensa Gráfica's titles."""
    from artlint import lint_string

    assert [f.message for f in lint_string(_ESCAPED_PAGE.format(body=body), select=["ART006"])] == [message]


def test_dummy_text_is_reported_once_where_it_starts():
    from artlint import lint_string

    body = ("<h1>Storm hits the coast</h1><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p><p>Lorem ipsum dolor sit amet again.</p>"
            "<p>Write <code>Lorem ipsum</code> where the text will go.</p>")
    html = _ESCAPED_PAGE.format(body=body)
    [finding] = lint_string(html, select=["ART006"])
    assert (finding.column, finding.message) == (
        html.split("\n")[5].index("<p>") + 1,
        "the page shows the dummy text “Lorem ipsum” (“Lorem ipsum dolor sit amet, consectetur adipiscin…”) (and in 1 more place): "
        "a template's filler, not the article's; write the text, or leave the element out")


def test_metadata_the_template_failed_to_fill():
    """The article's JSON-LD texts and the meta tags that describe it: a SEO plugin's unrendered template (industriemagazin.at),
    a CMS's "null" author tag (Gazeta do Povo), Ruby's "nil" section; each block or tag once, its dates left to SD005."""
    from artlint import lint_string

    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Storm hits the coast", '
            '"description": "{{ seomatic.helper.extractTextFromField(entry.teaser) }}", "articleSection": "nil", '
            '"author": {"@type": "Person", "name": "Jane Doe"}, "datePublished": "{{ entry.postDate }}"}</script>'
            '<meta name="author" content="null"><meta property="og:title" content="Storm hits the coast">')
    html = f'<html lang="en"><head><title>Storm hits the coast</title>{head}</head><body><main><h1>Storm hits the coast</h1></main></body></html>'
    assert [(f.column, f.message) for f in lint_string(html, select=["ART006"])] == [
        (html.index("<script") + 1, "JSON-LD description “{{ seomatic.helper.extractTextFromField…” and articleSection “nil” are values the template "
                                    "failed to fill; fill the field, or leave it out"),
        (html.index('<meta name="author"') + 1, "meta author “null” is a value the template failed to fill; fill the field, or leave the tag out"),
    ]


@pytest.mark.parametrize("body", [
    "<h1>Storm hits the coast</h1><p><i>null</i> can be passed as the module when its name is unknown, the manual says.</p>",  # a word in a sentence
    "<h1>Storm hits the coast</h1><p>The null hypothesis was rejected, and undefined behaviour is no excuse.</p>",
    "<h1>Storm hits the coast</h1><p>Write <code>{{ name }}</code> where the name goes.</p><pre>${headline}</pre>",  # code shows code
    '<h1>Storm hits the coast</h1><div class="gallery-showbox showbox"><h2>{{ caption }}</h2></div>',  # a lightbox's markup, filled by its script
    '<h1>Storm hits the coast</h1><div v-cloak><p>{{ author }}</p></div><p hidden>undefined</p>',  # hidden until filled; hidden
    "<h1>Storm hits the coast</h1><p>Prices rose 40% in a year; the {curly} braces stay.</p>",
])
def test_words_and_code_that_are_no_unfilled_value(body):
    """(guard)"""
    from artlint import lint_string

    assert lint_string(_ESCAPED_PAGE.format(body=body), select=["ART006"]) == []


# ART007: a rich-text field the template escaped shows its tags.
@pytest.mark.parametrize(
    ("body", "tag", "said"),
    [
        ("<h1>&lt;em&gt;Titanic&lt;/em&gt; returns to cinemas</h1>", "<em>", "<em>Titanic</em> returns to cinemas"),
        ("<h1>T</h1><p>&lt;p&gt;The storm hit the coast on Monday.&lt;/p&gt;</p>", "<p>", "<p>The storm hit the coast on Monday.</p>"),
        ("<h1>T</h1><p>The storm hit the coast on Monday.&lt;/p&gt;</p>", "</p>", "The storm hit the coast on Monday.</p>"),
        ("<h1>T</h1><p>&lt;B&gt;Storm&lt;/B&gt; hits the coast</p>", "<B>", "<B>Storm</B> hits the coast"),  # (an old CMS's capitals)
        # CNET's sponsor line, its markup escaped inside a span
        ('<h1>T</h1><p><span class="sponsor">&lt;span class=firstTabBranding&gt;Sponsored by &lt;/span&gt;Babbel</span></p>', "<span>",
         "<span class=firstTabBranding>Sponsored by </span>…"),
    ],
)
def test_markup_shown_as_text(body, tag, said):
    from artlint import lint_string

    [finding] = lint_string(_ESCAPED_PAGE.format(body=body), select=["ART007"])
    assert (finding.line, finding.message) == (
        6, f"the text shows the tag “{tag}” as text (“{said}”): the template escaped a rich-text field; write it into the page as HTML, or strip its tags")


@pytest.mark.parametrize("body", [
    "<h1>T</h1><p>Use &lt;br&gt; for a line break and &lt;p&gt; for a paragraph, the guide says.</p>",  # tags named in a sentence
    "<h1>T</h1><ul><li>Allowed HTML tags: &lt;em&gt; &lt;strong&gt; &lt;blockquote&gt; &lt;p&gt;</li></ul>",  # a comment form's help
    "<h1>T</h1><p>Write <code>&lt;em&gt;word&lt;/em&gt;</code> for italics.</p>",  # code shows code
    '<h1>T</h1><div class="comments"><p>Nice post! &lt;a href="https://spam.example"&gt;cheap pills&lt;/a&gt;</p></div>',  # a reader's tags, rightly escaped
    "<h1>T</h1><p>If a &lt;b and b&gt;c, then c &lt; a.</p>",  # comparisons
])
def test_tags_named_in_text_code_or_comments_are_no_escaped_field(body):
    """(guard)"""
    from artlint import lint_string

    assert lint_string(_ESCAPED_PAGE.format(body=body), select=["ART007"]) == []


@pytest.mark.parametrize("body", [
    # rustdoc's signatures, in a heading of their own: a generic type's parameters, not tags
    '<h1>T</h1><h4 class="code-header">fn <a href="#cmp_by">cmp_by</a>&lt;I, F&gt;(self, other: I, cmp: F) -&gt; Ordering</h4>',
    '<h1>T</h1><h4 class="code-header">fn <a href="#retain">retain</a>&lt;P&gt;(&amp;mut self, predicate: P)</h4>',
    '<h1>T</h1><h4 class="code-header">fn <a href="#from">from</a>&lt;A&gt;(value: A) -&gt; Self</h4>',
    '<h1>T</h1><h4 class="code-header">fn <a href="#open">open</a>&lt;P: AsRef&lt;Path&gt;&gt;(path: P)</h4>',
])
def test_a_code_signatures_type_parameters_are_no_tags(body):
    from artlint import lint_string

    assert lint_string(_ESCAPED_PAGE.format(body=body), select=["ART007"]) == []


@pytest.mark.parametrize("hyphen", ["&shy;", "&shy", "&#173;", "&#xAD;", "\u00ad", "&#8203;", "&ZeroWidthSpace;", "\u200b", "&#x2060;"])
def test_invisible_characters_are_not_part_of_the_text(hyphen):
    """A soft hyphen (shown only where the word breaks at a line's end), a zero-width space or a word joiner is not a
    letter people read: the model's headline and dates, and the text messages quote, are without it (bmz.de's headline
    "Deutsch&shy;land steht fest …" was the model's with its soft hyphens; a label "Er&shy;schienen am:" was no label)."""
    from artlint import extract, lint_string

    html = ('<html lang="de"><head><title>Deutschland hilft</title></head><body><main><article>'
            f'<h1><span class="headline">Deutsch{hyphen}land hilft</span></h1><p>Er{hyphen}schienen am: 01.11.2023</p>'
            f'<p>Lorem ipsum dolor sit amet, con{hyphen}sectetur adipiscing elit.</p></article></main></body></html>')
    model = extract(html)
    assert (model["headline"]["text"], model["published"]["text"], model["published"]["datetime"]) == (
        "Deutschland hilft", "Erschienen am: 01.11.2023", "2023-11-01")
    [dummy] = lint_string(html, select=["ART006"])
    assert "“Lorem ipsum dolor sit amet, consectetur adipiscin…”" in dummy.message


def test_invisible_characters_in_a_script_stay():
    """JSON-LD is read as written (its positions are the page's): a soft hyphen in a script's text is left there."""
    from artlint import extract

    html = ('<html lang="de"><head><title>T</title><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Deutsch\u00adland hilft"}</script></head><body><h1>Deutschland hilft</h1></body></html>')
    assert extract(html)["structured_data"][0]["data"]["headline"] == "Deutsch\u00adland hilft"


def test_decomposed_text_is_read_composed_and_addresses_stay_as_written():
    """A page written in decomposed form (NFD) is read composed, as browsers show it; but an image's address names its file
    in the form the file was uploaded in (a Mac's NFD name), and the model keeps it so."""
    import unicodedata

    from artlint import extract

    src = unicodedata.normalize("NFD", "/uploads/Capture-d’écran-à-21.png")
    html = unicodedata.normalize("NFD", '<html lang="fr"><head><title>Société</title></head><body><main><article><h1>La société française</h1>'
                                        '<p>Texte de l’article.</p><figure><img alt="Collège de France"><figcaption>Le Collège de France à Paris. '
                                        'Photo: AFP</figcaption></figure></article></main></body></html>').replace("<img ", f'<img src="{src}" ')
    model = extract(html)
    [image] = model["images"]
    assert (model["headline"]["text"], image["alt"], image["caption"]["text"]) == ("La société française", "Collège de France", "Le Collège de France à Paris.")
    assert image["src"] == src
