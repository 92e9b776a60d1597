"""Findings land on the exact line and column of the element's start tag."""

from __future__ import annotations

import pytest
from cssselect import HTMLTranslator
from lxml import etree

from artlint import lint_string
from artlint.load import decode
from artlint.locate import tag_end
from artlint.page import Page

from .conftest import CORPUS


def where(text: str, marker: str, nth: int = 0) -> tuple[int, int]:
    """1-based line and column (in code points) of the nth occurrence of marker."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(marker, index + 1)
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def positions(html: str, select: list[str]) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in lint_string(html, select=select)]


def test_multi_line_page():
    html = '<!doctype html>\n<html lang="en">\n<body>\n  <h1>Title</h1>\n  <h2>A</h2>\n      <h4\n class="x">Deep</h4>\n</body></html>'
    assert positions(html, ["HDG003"]) == [("HDG003", *where(html, "<h4"))]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_lines_end_at_lf_crlf_and_a_lone_cr(newline):
    """Old Mac files and mixed endings: a lone CR ends a line, as in browsers and editors
    (libxml2 counts LF only, which must not shift the alignment)."""
    html = newline.join(['<html lang="en">', "<body>", "  <h1>Title</h1>", "", '  <h3 class="x">Skipped</h3>', "</body></html>"])
    assert positions(html, ["HDG003"]) == [("HDG003", 5, 3)]
    mixed = '<html lang="en">\r\n<body>\r<h1>T</h1>\n<!-- a\rcomment -->\r\n<h3>b</h3>\r</body></html>'
    assert positions(mixed, ["HDG003"]) == [("HDG003", 6, 1)]


def test_minified_one_line_page():
    html = '<html lang="en"><body>' + "<p>filler</p>" * 500 + "<h1>T</h1>" + "<div><span>x</span></div>" * 300 + "<h3>Skip</h3><h3>b</h3></body></html>"
    assert positions(html, ["HDG003"]) == [("HDG003", 1, html.index("<h3>") + 1)]


def test_columns_count_code_points_after_non_ascii_text():
    prefix = "<p>Zürich – 東京 😀 naïve</p>"
    html = f'<html lang="de"><body>{prefix}<h1>Ü</h1><h2>ö</h2><h5>ß</h5></body></html>'
    line, col = where(html, "<h5>")
    assert (line, col) == (1, html.index("<h5>") + 1)
    assert positions(html, ["HDG003"]) == [("HDG003", line, col)]
    # The same page in a legacy encoding: positions are in decoded characters.
    latin = html.replace("東京 😀 ", "").replace("–", "-")
    data = latin.replace('<html lang="de">', '<html lang="de"><head><meta charset="iso-8859-1"></head>').encode("latin-1")
    text = data.decode("latin-1")
    assert positions(data, ["HDG003"]) == [("HDG003", *where(text, "<h5>"))]


def test_crlf_line_endings():
    html = '<html lang="en">\r\n<body>\r\n<h1>T</h1>\r\n\r\n  <h3>x</h3>\r\n</body></html>'
    assert positions(html, ["HDG003"]) == [("HDG003", 5, 3)]


def test_markup_inside_comments_scripts_and_attributes_is_not_counted():
    html = (
        '<html lang="en"><body><!-- <h3>not here</h3> --><script>var s = "<h3>";</script>'
        '<style>h3::before { content: "<h3>" }</style><textarea><h3></textarea><title><h3></title>'
        '<div data-x="a > <h3> b" title=\'<h3>\'></div><h1>T</h1><h3>here</h3></body></html>'
    )
    assert positions(html, ["HDG003"]) == [("HDG003", *where(html, "<h3>here"))]


def test_tags_the_parser_drops_or_invents():
    # A second <body> is merged into the first, <p> and <li> close implicitly.
    html = '<html lang="en"><p>a<p>b<ul><li>x<li>y</ul><body class="late"><h1>T</h1><h3>Deep</h3></body></html>'
    assert positions(html, ["HDG003"]) == [("HDG003", *where(html, "<h3>"))]


def test_document_findings_point_at_the_html_tag_or_1_1():
    html = "<!doctype html>\n<!-- c -->\n  <html lang='en'><body><p>no heading</p></body></html>"
    assert positions(html, ["HDG001"]) == [("HDG001", 3, 3)]
    assert positions("<p>no html tag</p>", ["HDG001"]) == [("HDG001", 1, 1)]


def test_implied_elements_fall_back_to_their_nearest_real_ancestor():
    page = Page("x.html", decode(b'<div id="a"><table><tr><td>x</td></tr></table></div>'))
    for el in page.elements:
        line, column = page.position(el)
        assert (line, column) >= (1, 1)
    body = page.root.find("body")
    assert page.position(body) == (1, 1)


def test_void_elements_hold_nothing_and_what_follows_keeps_its_position():
    html = ('<html lang="en"><body>\n<video controls><source src="/v.mp4"><track kind="captions" src="/v.vtt">'
            '<p>Cannot play.</p></video>\n<p>Long<wbr>word and <b>more</b></p></body></html>')
    page = Page("x", decode(html.encode(), None))
    track, fallback, b = page.by_tag("track")[0], page.by_tag("p")[0], page.by_tag("b")[0]
    assert [c.tag for c in page.by_tag("video")[0]] == ["source", "track", "p"]
    assert len(track) == 0 and not page.by_tag("wbr")[0].text
    assert fallback.text == "Cannot play." and page.by_tag("wbr")[0].tail == "word and "
    assert page.position(track) == where(html, "<track")
    assert page.position(fallback) == where(html, "<p>")
    assert page.position(b) == where(html, "<b>")
    assert page.selector(b) == "html > body > p > b"


def test_an_end_tag_closes_what_is_open_inside_its_element_as_in_browsers():
    """libxml2 ignores </section> while a <div> is open inside it, and puts the rest of the page inside that <div>:
    thebalance.com's and Brigitte's footers landed in the <main> (LMK005). Browsers close the <div> and the section at the
    end tag; so does artlint, and what stood inside keeps its position."""
    html = ('<html lang="en"><body>\n<main><section><div class="c"><p>Text</p> more\n</section> after <img src="a.jpg">\n'
            '</main>\n<footer role="contentinfo"><p>© 2024</p></footer></body></html>')
    assert lint_string(html, select=["LMK005"]) == []
    page = Page("x", decode(html.encode(), None))
    section, img, footer = page.by_tag("section")[0], page.by_tag("img")[0], page.by_tag("footer")[0]
    assert (img.getparent().tag, footer.getparent().tag) == ("main", "body")
    assert (page.by_tag("p")[0].tail, section.tail) == (" more\n", " after ")
    assert page.position(img) == where(html, "<img") and page.position(footer) == where(html, "<footer")
    [found] = lint_string(html, select=["IMG001"])
    assert (found.line, found.column, found.selector) == (*where(html, "<img"), "html > body > main > img")


def test_the_end_tags_after_one_that_closed_boxes_close_what_browsers_close():
    """libxml2 ignores </section> while <div>s are open inside it, and then spends the end tags that follow on those
    <div>s: on fogsmagazin.com a popup's own two </div> after a section's end closed the section's inner boxes, and the
    rest of the page, footer and all, stood inside the popup. Browsers close the inner boxes and the section at the end
    tag, so the popup's </div> close the popup; so does artlint, and what follows keeps its position."""
    html = ('<html lang="en"><body>\n<div class="popup"><div class="wrap"><section><div class="row"><div class="col">\n'
            '<p>Sign up</p></section>\n</div>\n</div>\n<footer role="contentinfo"><img src="a.jpg"></footer></body></html>')
    page = Page("x", decode(html.encode(), None))
    [popup], [wrap] = page.with_class("popup"), page.with_class("wrap")
    section, footer = page.by_tag("section")[0], page.by_tag("footer")[0]
    assert (section.getparent(), wrap.getparent(), footer.getparent().tag) == (wrap, popup, "body")
    assert page.position(footer) == where(html, "<footer")
    [found] = lint_string(html, select=["IMG001"])
    assert (found.line, found.column, found.selector) == (*where(html, "<img"), "html > body > footer > img")


@pytest.mark.parametrize("inside", ['<div id="mms_nojava">', '<div class="a"><div class="b"><p>Turn scripts on', '<span>'])
def test_a_noscript_end_tag_ends_what_its_content_seemed_to_open(inside):
    """Where scripts run, browsers read a <noscript>'s content as text, so its end tag ends it whatever it seemed to open.
    libxml2 ignored </noscript> while a <div> was open inside it, and the rest of the page stood in the <noscript>, out of
    every check (parcoabruzzo.it: its h1 and its images). A <span> it closed already (guard)."""
    html = (f'<html lang="it"><head><title>Orsi</title></head><body><noscript>{inside}</noscript>\n'
            '<main><h1>Orsi marsicani</h1><img src="orsa.jpg"></main></body></html>')
    page = Page("x", decode(html.encode(), None))
    assert page.by_tag("main")[0].getparent().tag == "body"
    assert [f.code for f in lint_string(html, select=["HDG001", "IMG001"])] == ["IMG001"]
    [found] = lint_string(html, select=["IMG001"])
    assert (found.line, found.column, found.selector) == (*where(html, "<img"), "html > body > main > img")


def test_a_form_end_tag_leaves_the_boxes_it_holds_open_as_in_browsers():
    """Browsers take a form out of the open elements at </form> and leave a <div> still open inside it open, so a
    later </div> closes that one, not the box around the form; the </section> after it then closes the boxes the
    section still holds."""
    html = ('<html lang="en"><body>\n<div class="popup"><section><div class="row"><form><div class="fields">'
            '<div class="field"><input name="q"></div>\n</form></div></section></div>\n'
            '<footer role="contentinfo"><img src="a.jpg"></footer></body></html>')
    page = Page("x", decode(html.encode(), None))
    [popup], section, footer = page.with_class("popup"), page.by_tag("section")[0], page.by_tag("footer")[0]
    assert (section.getparent(), footer.getparent().tag) == (popup, "body")
    [found] = lint_string(html, select=["IMG001"])
    assert (found.line, found.column, found.selector) == (*where(html, "<img"), "html > body > footer > img")


def test_what_stands_beside_the_body_goes_in_the_head_or_the_body_as_in_browsers():
    """libxml2 leaves a script between </head> and <body>, and what follows </body>, in the root beside the body, and
    the selectors of findings there found nothing in browsers, which put the script in the head and the rest at the end
    of the body (gazetadopovo.com.br's 48 scripts, divs and iframes after </body>). A comment right after </body> stays
    in the root, as in browsers."""
    html = ('<!doctype html>\n<html lang="en"><head><title>T</title></head>\n<script>var a;</script>\n'
            '<body>\n<main><h1>T</h1></main>\n</body>\n<!-- c -->\n<script>var b;</script><div><img src="a.jpg"></div>\n</html>')
    page = Page("x", decode(html.encode(), None))
    first, second = page.by_tag("script")
    assert (first.getparent().tag, second.getparent().tag, page.by_tag("div")[0].getparent().tag) == ("head", "body", "body")
    assert [c.tag for c in page.root if not isinstance(c.tag, str)] == [etree.Comment]
    assert [page.position(el) for el in (first, second)] == [where(html, "<script"), where(html, "<script", 1)]
    [found] = lint_string(html, select=["IMG001"])
    assert (found.line, found.column, found.selector) == (*where(html, "<img"), "html > body > div > img")


def test_the_body_starts_at_an_element_libxml2_keeps_in_the_head_as_in_browsers():
    """libxml2 keeps an element it does not know as one that starts the body (a custom element, an <input>, <svg>, <ins>,
    <picture>…) in the head, and reads the tags after it as the head's; browsers start the body there, with everything
    after it, the <title> too (si.com's and opposingviews.com's <phoenix-script>, and the two dozen tags after it)."""
    html = ('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><phoenix-script src="a.js"></phoenix-script>\n'
            '<title>{{ page.title }} | DW</title><meta name="description" content="D"><picture><img src="a.jpg"></picture>\n'
            '</head>\n<script>var a;</script>\n<body class="b">\n<main><h1>Headline</h1></main>\n</body></html>')
    page = Page("x", decode(html.encode(), None))
    assert [el.getparent().tag for el in page.by_tag("meta")] == ["head", "body"]
    assert [el.tag for el in page.root.find("body")] == ["phoenix-script", "title", "meta", "picture", "script", "main"]
    assert page.root.find("body").get("class") == "b"
    assert [page.position(el) for el in page.by_tag("script")] == [where(html, "<script")]
    found = {f.code: f for f in lint_string(html, select=["IMG001", "ART006"])}
    assert (found["IMG001"].line, found["IMG001"].column, found["IMG001"].selector) == (*where(html, "<img"), "html > body > picture > img")
    assert (found["ART006"].line, found["ART006"].column, found["ART006"].selector) == (*where(html, "<title"), "html > body > title")


def test_the_title_is_read_where_libxml2_put_it():
    """Text before <html> (a PHP warning) makes libxml2 put the <title> in the body; a placeholder in it was missed."""
    html = ('<br />\n<b>Warning</b>:  session_start(): failed<br />\n<!doctype html>\n<html lang="en"><head>\n'
            '<title>{{ page.title }} | DW</title></head>\n<body><main><h1>Headline</h1></main></body></html>')
    [found] = lint_string(html, select=["ART006"])
    assert (found.line, found.column, found.message) == (
        *where(html, "<title"), "the page shows “{{ page.title }}” (“{{ page.title }} | DW”): a value the template failed to "
        "fill; fill the field, or leave the element out when it is empty")


def test_an_element_that_is_not_void_stays_open_after_a_slash_as_in_browsers():
    """libxml2 takes "<div/>" for an empty element; browsers ignore the "/" on an element that is not void, and the
    element holds what follows (wpDiscuz's '<i class="fa fa-link" aria-hidden="true" />', Osthessen News's
    '<span class="lp_is_start"/>' before the article, Betty Crocker's '<script type="text/javascript"/>' before its
    code). A "/" that ends an unquoted value is the value's, and SVG's elements close with "/>"."""
    html = ('<!doctype html>\n<html lang="en"><head><title>T</title>\n<script type="text/javascript"/>var a = "<p>";</script>\n'
            '</head><body><main><h1>T</h1><div class="w"><x-sticky/><div class="box"><p>x<img src="a.jpg"></p></div></div>\n'
            '<p><a href=/x/>Link</a> <a href="/y"/>More</p><svg><path d="M0"/><g/></svg><p>After</p></main></body></html>')
    page = Page("x", decode(html.encode(), None))
    sticky, script = page.by_tag("x-sticky")[0], page.by_tag("script")[0]
    assert [el.tag for el in sticky] == ["div"]
    assert script.text == 'var a = "<p>";' and not page.by_tag("p")[0].text.startswith("var")
    first, second = page.by_tag("a")
    assert (first.get("href"), first.text, second.text) == ("/x/", "Link", "More")
    assert page.by_tag("g")[0].getparent().tag == "svg"
    assert [page.position(el) for el in (sticky, second, page.by_tag("g")[0])] == [where(html, "<x-sticky"), where(html, '<a href="/y"'), where(html, "<g")]
    [found] = lint_string(html, select=["IMG001"])
    assert (found.line, found.column, found.selector) == (*where(html, "<img"), "html > body > main > div > x-sticky > div > p > img")


_SELF_CLOSED = '<!doctype html>\n<html lang="en"><head><title>T</title>{head}</head>\n<body><main><h1>T</h1>\n{body}\n</main></body></html>'


@pytest.mark.parametrize(("head", "body", "marker", "said"), [
    ("", '<p><i class="icon" aria-hidden="true"/> 12 comments</p>', "<i ",
     "it holds the text after it (“12 comments”), and its aria-hidden hides all of it from screen readers; "
     'write “<i class="icon" aria-hidden="true"></i>”'),
    ("", '<p><a href="/more"/>Read <b>more</b></p>', "<a ",
     'it holds the element after it (the last at {b}), all of it part of the link; write “<a href="/more"></a>”'),
    ("", '<div class="w"><div class="clear"/></div><p>Text</p>', '<div class="clear"',
     "it stays open (it holds nothing here, as its parent ends right after it, but will take in whatever the template "
     'writes after it); write “<div class="clear"></div>”'),
    ('<script src="/ads.js"/><meta name="a" content="b"><script src="/b.js"></script>', "<p>Text</p>", "<script",
     'the page up to the </script> at {end} is the script\'s text, not the page\'s; write “<script src="/ads.js"></script>”'),
    ('<script src="/ads.js"/>', "<p>Text</p>", "<script",
     'the rest of the page is the script\'s text, not the page\'s; write “<script src="/ads.js"></script>”'),
    ('<script type="text/javascript"/>var a = 1;</script>', "<p>Text</p>", "<script",
     "the text after it, up to the </script> at {end}, is the script's, as it seems meant to be; drop the “/”"),
    ('<script src="/ads.js"/></script>', "<p>Text</p>", "<script", "the </script> after it ends it; drop the “/”"),
    ("", "<form><textarea/><p>Text</p></form>", "<textarea",
     "the rest of the page is the textarea's text, not the page's; write “<textarea></textarea>”"),
])
def test_a_slash_that_closes_no_element_is_reported_with_what_the_element_holds(head, body, marker, said):
    html = _SELF_CLOSED.format(head=head, body=body)
    [found] = lint_string(html, select=["ART008"])
    name = marker[1:].split()[0]
    tag = html[html.index(marker):html.index("/>", html.index(marker)) + 2]
    assert (found.line, found.column) == where(html, marker)
    at = {key: "{}:{}".format(*where(html, text)) for key, text in (("b", "<b>"), ("end", "</script>")) if text in html}
    assert found.message == (f"“{tag}” does not close the <{name}>: browsers ignore the “/” on an element that is not void, "
                             f"so {said.format(**at)}")


@pytest.mark.parametrize("body", [
    '<p>Text<br/><img src="a.jpg" alt="A harbour"/><input type="checkbox" aria-label="Agree"/></p>',  # void elements
    '<svg aria-hidden="true"><path d="M0 0h24v24H0z"/><title/><g/></svg><math><mi/><mspace/></math><svg/>',  # SVG's, MathML's
    "<p><a href=/more/>Read more</a></p>",  # the "/" ends the unquoted value "/more/"
    "<p>A &lt;div/&gt; in text</p><!-- <div/> --><script>var s = '<div/>';</script>",  # in text, a comment, a script
])
def test_a_slash_where_html_allows_it_is_not_reported(body):
    """(guard)"""
    assert lint_string(_SELF_CLOSED.format(head="", body=body), select=["ART008"]) == []


def test_a_figure_or_an_aside_ends_the_paragraph_it_starts_in_as_in_browsers():
    """libxml2 knows HTML 4's blocks only and keeps a <figure>, <aside>, <section>… inside the <p> it starts in;
    browsers end the paragraph there (Ars Technica's and Bloomberg's figures and asides inside a <p>)."""
    html = ('<html lang="en"><body>\n<p>Intro <span>and <figure><img src="a.jpg"><figcaption>Caption</figcaption></figure> more</span>'
            ' text <aside>Box</aside> end</p>\n<p>Next</p></body></html>')
    page = Page("x", decode(html.encode(), None))
    paragraph, figure, aside = page.by_tag("p")[0], page.by_tag("figure")[0], page.by_tag("aside")[0]
    assert "".join(paragraph.itertext()) == "Intro and "
    assert (figure.getparent().tag, figure.tail, aside.getparent().tag, aside.tail) == ("body", " more text ", "body", " end\n")
    [found] = lint_string(html, select=["IMG007"])
    assert (found.line, found.column, found.selector) == (*where(html, "<img"), "html > body > figure > img")
    assert [page.position(el) for el in (figure, aside)] == [where(html, "<figure"), where(html, "<aside")]


def test_an_end_tag_does_not_close_through_a_table_as_in_browsers():
    """(guard) Browsers ignore </section> when a table cell is open inside the section, as libxml2 does."""
    html = ('<html lang="en"><body><main><section><table><tr><td><div>Text</section><img src="a.jpg">'
            '</td></tr></table></section></main></body></html>')
    img = Page("x", decode(html.encode(), None)).by_tag("img")[0]
    assert [img.getparent().tag, img.getparent().getparent().tag] == ["div", "td"]


def test_an_item_end_tag_while_a_list_is_open_inside_the_item_is_ignored_as_in_browsers():
    """Browsers ignore </li> while a list is open inside the item (the item is not in list-item scope). libxml2 closed the
    list and the item there: the rest of the submenu stood a level up, and the submenu's </ul> closed the menu
    (falstaff.de: the items of six submenus in <nav>, outside any list). End tags in a script or a comment count for
    nothing."""
    html = ('<html lang="en"><body><nav><ul class="menu">\n<li><a href="/news/">News</a><ul class="sub"></li>\n'
            '<li><a href="/a/">A</a></li>\n<li><a href="/b/"><img src="b.jpg"></a></li></li>\n</ul></li>\n'
            '<li><a href="/wine/">Wine</a><script>document.write("</li>")</script><!-- </li> --></li></ul>\n'
            '<p>Menu ends</p></nav><main><h1>T</h1></main></body></html>')
    page = Page("x", decode(html.encode(), None))
    [menu], [sub] = page.with_class("menu"), page.with_class("sub")
    assert [li.getparent() for li in page.by_tag("li")] == [menu, sub, sub, menu]
    assert [page.position(li) for li in page.by_tag("li")] == [where(html, "<li>", n) for n in range(4)]
    assert (sub.text, page.by_tag("li")[2].tail, page.by_tag("p")[0].getparent().tag) == ("\n", "\n", "nav")
    [found] = lint_string(html, select=["IMG001"])
    assert (found.line, found.column) == where(html, "<img")
    assert found.selector == "html > body > nav > ul > li:nth-of-type(1) > ul > li:nth-of-type(2) > a > img"


def test_an_item_end_tag_that_closed_a_list_may_hide_another():
    """Both </li> after <ul> and after B stand in an open list. libxml2 closed the lists at the first, so at the second
    no item was open; once the first is ignored, the second stands in the inner list too."""
    html = '<ul><li>A<ul></li><li>B</li></li></ul></li><li>C</li></ul><p>After</p>'
    page = Page("x", decode(html.encode(), None))
    assert [(li.text, li.getparent().getparent().tag) for li in page.by_tag("li")] == [("A", "body"), ("B", "li"), ("C", "body")]
    assert page.by_tag("p")[0].getparent().tag == "body"


def test_an_item_end_tag_written_twice_for_every_item_of_a_submenu():
    """A template that ends each item of a submenu twice: browsers ignore every second </li>, so the submenu keeps its
    30 items and the menu its two."""
    html = '<ul class="menu"><li>A<ul>' + "".join(f"<li>a{n}</li></li>\n" for n in range(30)) + "</ul></li><li>B</li></ul><p>After</p>"
    page = Page("x", decode(html.encode(), None))
    [menu] = page.with_class("menu")
    assert [len(menu), len(menu[0][0]), page.by_tag("p")[0].getparent().tag] == [2, 30, "body"]
    assert [page.position(li) for li in page.by_tag("li")] == [where(html, "<li>", n) for n in range(32)]


def test_an_item_end_tag_through_a_box_pairs_with_its_item_as_in_browsers():
    """An </li> that closes its item through a <div> still open (libxml2 ignores it; artlint closes the item there, as
    browsers do) belongs to the item whose list is open, not to one the list's </ul> ended without an end tag."""
    html = '<ul><li><div>One<ul><li>x</ul></li><li>Two</li></ul><p>After</p>'
    page = Page("x", decode(html.encode(), None))
    one, x, two = page.by_tag("li")
    assert (two.getparent(), x.getparent().getparent().getparent()) == (one.getparent(), one)
    assert page.position(two) == where(html, "<li>Two")


def test_an_item_end_tag_in_a_table_cell_is_ignored_as_before():
    """(guard) Browsers ignore </li> while a table cell is open inside the item, and so does libxml2."""
    html = '<ul><li>A<table><tr><td>x</li>y</td></tr></table>z</li><li>B</li></ul><p>After</p>'
    page = Page("x", decode(html.encode(), None))
    assert [li.getparent().tag for li in page.by_tag("li")] == ["ul", "ul"]
    assert (page.by_tag("td")[0].text, page.by_tag("table")[0].tail) == ("xy", "z")


def test_selectors_match_exactly_the_element():
    html = (
        '<html lang="en"><body><div id="dup"><h1>T</h1></div><div id="dup"><h3 id="x:y">a</h3>'
        '<section><h3>b</h3><h3>c</h3></section><h2 id="only">d</h2><h4>e</h4></div></body></html>'
    )
    findings = lint_string(html, select=["HDG003"])
    # A unique id is used (escaped); a duplicated id is not.
    assert [f.selector for f in findings] == ["#x\\:y", "html > body > div:nth-of-type(2) > h4"]
    tree = etree.HTML(html)
    for f in findings:
        matched = tree.xpath(HTMLTranslator().css_to_xpath(f.selector))
        assert len(matched) == 1
        assert matched[0].sourceline == f.line


def test_the_root_is_html_whatever_its_id():
    """A finding at the page's start has the selector "html" on every page, also where <html> has an id (SI.com's
    "phx-wrapper"), so a baseline knows it for one; the elements under it are named from it, or from their own ids."""
    html = '<html id="phx-wrapper" lang="en"><body><main><h1>T</h1><h3 id="e">a</h3><h5>f</h5></main></body></html>'
    assert [f.selector for f in lint_string(html, select=["LMK001", "HDG003"])] == ["#e", "html > body > main > h5"]
    assert [f.selector for f in lint_string(html.replace(' lang="en"', ""), select=["LMK001"])] == ["html"]


CORPUS_PAGES = sorted(CORPUS.glob("*/html/*.html"))[::40] if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS_PAGES, reason="../shared/corpus is not present")
@pytest.mark.parametrize("path", CORPUS_PAGES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_every_element_of_real_pages_is_located_and_selectable(path):
    """On pages written by others: each element's start tag is found where lxml
    says it ends (libxml2 records the line of the tag's ">"), and its selector
    matches exactly that element."""
    page = Page(path.name, decode(path.read_bytes()))
    text = page.text
    translator = HTMLTranslator()
    for i, el in enumerate(page.elements):
        offset = page._offsets[el]
        if offset is None:
            assert el.tag in ("html", "head", "body"), f"{el.tag} has no start tag"
            continue
        assert text[offset] == "<" and text[offset + 1 : offset + 1 + len(el.tag)].lower() == el.tag
        if el.sourceline and el.sourceline < 65535:
            first = page.lines.parser_line(offset)
            assert first <= el.sourceline <= first + text.count("\n", offset, tag_end(text, offset))
        if i % 25 == 0:
            selector = page.selector(el)
            matched = page.root.xpath(translator.css_to_xpath(selector))
            assert matched == [el], selector


@pytest.mark.skipif(not CORPUS_PAGES, reason="../shared/corpus is not present")
@pytest.mark.parametrize("path", CORPUS_PAGES[::3], ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_positions_asked_in_any_order_equal_the_whole_alignment(path):
    """Positions are aligned only as far as a finding needs; asking in any order
    (the middle first, then the first, then at random) gives what one pass over
    the fully tokenized page gives."""
    import random

    from artlint import locate

    page = Page(path.name, decode(path.read_bytes()))
    elements = page.elements
    expected = locate.align(page.text, elements, page.lines)
    order = [len(elements) // 2, 0, *random.Random(path.name).sample(range(len(elements)), len(elements))]
    for index in order:
        el = elements[index]
        want = expected[index]
        got = page.offset(el)
        if want is not None:
            assert got == want, (index, el.tag)


def _reference_tokens(text: str) -> tuple[list[int], list[str], list[tuple[int, int, str]]]:
    """The tokenizer written plainly, one token a step, as it was before the scanner skipped text inside the regex."""
    import re

    from artlint.locate import _RAW_END, _RAW_TEXT, _TOKEN

    offsets, names, comments = [], [], []
    pos = 0
    while True:
        m = _TOKEN.search(text, pos)
        if m is None:
            break
        tag = m.group("tag")
        if tag is not None:
            name = tag.lower().replace("\x00", "\ufffd")
            offsets.append(m.start())
            names.append(name)
            if name in _RAW_TEXT and not text.startswith("/>", m.end() - 2):
                close = _RAW_END[name].search(text, m.end())
                if close is None:
                    break
                pos = close.start()
                continue
            if name == "plaintext":
                break
        elif m.group("comment") is not None:
            comments.append((m.start(), m.end(), re.sub(r"(?:--!>|-->|>)\Z", "", m.group("comment"), count=1)))
        pos = m.end()
    return offsets, names, comments


_SOUP = ["<", ">", "<a", "<B id=x>", "<!--", "-->", "--!>", "<!-->", "<script>", "</script>", "<SCRIPT/>", "<style>", "</STYLE >",
         "<plaintext>", "<!", "<?x", "</", '"', "'", "=", " ", "x", '<div a="<b>">', "<p/>", "\x00", "<textarea>", "</textarea",
         "<title>", "<xmp>", "<iframe>", "<noembed>", "<noframes>", "<b", "\n", "<img src=a>"]


def test_the_scanner_finds_the_tokens_a_plain_tokenizer_finds_in_tag_soup():
    """Start tags, their names and the comments, also when asked for a few at a time."""
    import random

    from artlint.locate import Scanner

    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(_SOUP) for _ in range(rnd.randint(1, 40)))
        offsets, names, comments = _reference_tokens(text)
        tokens = Scanner(text).finish()
        assert (tokens.offsets, tokens.names, [(c.offset, c.end, c.text) for c in tokens.comments]) == (offsets, names, comments), text
        scanner, asked = Scanner(text), 0
        while not scanner.done:
            asked += rnd.randint(1, 3)
            scanner.more(asked)
            assert scanner.done or len(scanner.offsets) >= asked
        assert scanner.offsets == offsets


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_json_ld_that_does_not_parse_is_reported_where_it_breaks_whatever_the_line_breaks(newline):
    """A page saved with Windows line breaks was reported a column early for each line of the block before the fault (on
    the corpus's Amica page, four): the parser reads CR LF as one character, where positions count the page's own."""
    html = newline.join(['<!DOCTYPE html>', '<html lang="en"><head><title>Town hall</title>', '<script type="application/ld+json">',
                         '  { "@context" : "https://schema.org",', '    "@type" : "Organization", //"Person",', '    "name": "Town hall" }',
                         '</script></head><body><main><h1>Town hall</h1></main></body></html>'])
    [finding] = lint_string(html, select=["SD001"])
    assert (finding.line, finding.column) == (5, 31)
    assert finding.message == "JSON-LD does not parse at 5:31: Expecting property name enclosed in double quotes; fix the JSON there"
