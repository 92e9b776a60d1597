"""artlint reads pages as a browser builds them: the tree, the root's attributes and the Tab order checked against headless
Chromium."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")


def _agreement():
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "browser_agreement.py"
    spec = importlib.util.spec_from_file_location("browser_agreement", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page(tmp_path: Path, name: str, body: str) -> Path:
    folder = tmp_path / "pages" / "html"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.html"
    path.write_text(f'<!doctype html>\n<html lang="en">\n<head><title>T</title></head>\n<body>\n{body}\n</body>\n</html>\n', encoding="utf-8")
    return path


# The shapes where libxml2's tree (HTML 4's rules) differs from the one browsers build.
_TREES = {
    "end-tag-through-a-box": '<main><section><div class="c"><p>Text</p> more\n</section> after <img src="a.jpg" alt="">\n</main>'
                             '\n<footer role="contentinfo"><p>© 2024</p></footer>',
    "figure-in-a-paragraph": '<p>Intro <span>and <figure><img src="a.jpg" alt=""><figcaption>Caption</figcaption></figure> more</span> '
                             'text <aside>Box</aside> end</p><p>Next</p>',
    "heading-cut-at-a-paragraph": '<h1>Headline</h1><h3 class="related"><span></span><p>Related links</p></h3><ul><li>One</li></ul>',
    "heading-in-a-heading": '<h1>Headline</h1><h3> <h2>More from MSN</h2> tail</h3><p>Text</p>',
    "list-item-through-a-box": '<ul><li><div>One</li><li><div>Two</li></ul><p>After</p>',
    "list-item-end-in-a-submenu": '<nav><ul><li><a href="/n">News</a><ul class="sub"></li><li>A</li><li>B</li></ul></li>'
                                  '<li><a href="/w">Wine</a><ul class="sub"></li><li>C</li></ul></li></ul><p>After</p></nav>',
    "list-item-through-a-box-and-a-list": '<ul><li><div>One<ul><li>x</ul></li><li>Two</li></ul><p>After</p>',
    "end-tags-after-one-that-closed-boxes": '<div class="popup"><div class="wrap"><section><div class="row"><div class="col"><p>Sign up</p>'
                                            '</section></div></div><footer><p>© 2024</p></footer>',
    "form-end-tag-leaving-its-box-open": '<div class="popup"><section><div class="row"><form><div class="fields"><div><input name="q"></div>'
                                         '</form></div></section></div><footer><p>© 2024</p></footer>',
    "self-closed-elements": '<main><div class="w"><x-sticky/><div class="box"><p>x</p></div></div><p><span class="s"/>text<em>e</em>'
                            '<span class="icon" aria-hidden="true"/> 12</p><svg><path d="M0"/><g/></svg></main><footer><p>f</p></footer>',
    "self-closed-raw-text": '<p>a</p><script type="text/javascript"/>var a = 1;</script><p>b</p><style/><p>c</p></style><p>d</p>',
    # headings shown and hidden: by a class or an id alone, with its type, only in print, by attributes; shown by a style attribute
    "headings-shown-and-hidden": '<style>.gone{display:none} div.x{display:none} .print{display:none} @media print{.print{display:block}}'
                                 '</style><h1>T</h1><h2 class="gone">A</h2><div class="x"><h2>B</h2></div><h3 hidden>C</h3><div '
                                 'aria-hidden="true"><h2>D</h2></div><h2 class="print">E</h2><h2 style="display:none">F</h2><header '
                                 'class="gone" style="display:block"><h2>G</h2></header><span class="x"><h2>H</h2></span>',
    # a sheet that opens with XHTML's "<![CDATA[" is one bracket block to CSS, to "]]>" and the rule after: all of it dropped
    "headings-under-cdata-sheets": '<style><![CDATA[ body{margin:0} .gone{display:none} ]]></style><style><![CDATA[ .x{color:red} ]]> '
                                   '.y{color:red} .also-gone{display:none}</style><style>/*<![CDATA[*/ .hid{display:none} /*]]>*/</style>'
                                   '<style>\n<!-- <![CDATA[ p{margin:0} .unclosed{display:none}</style><h1>T</h1><h2 class="gone">A</h2>'
                                   '<h2 class="also-gone">B</h2><h2 class="hid">C</h2><h2 class="unclosed">D</h2>',
    # headings hidden by selectors of more than one compound, and shown again by a wider screen, a state, a class or a style attribute
    "headings-under-compound-selectors": '<style>.share h3.sd-title{display:none} .bar .widget > .title{display:none} nav ul ul{display:none}'
                                         ' .menu li{display:none} @media (min-width: 1px){.menu li{display:block}} .slider figure{display:none}'
                                         ' .slider figure.active{display:block} .no-js .lazy{display:none} .side .title{display:block}</style><h1>T</h1><div class="share"><h3 class="sd-title">A</h3></div><div class="bar"><div '
                                         'class="widget"><h2 class="title">B</h2></div></div><nav><ul><li><ul><li><h3>C</h3></li></ul></li>'
                                         '</ul></nav><ul class="menu"><li><h2>D</h2></li></ul><div class="slider"><figure class="active"><h3>E'
                                         '</h3></figure></div><div class="lazy"><h2>F</h2></div>',
    "list-item-ended-twice": '<ul><li>A<ul><li>B</li></li></ul></li><li>C<ul><li>D</li>\n</li>\n</ul></li></ul><p>After</p>',
}

# The shapes where the first element the Tab key reaches is not the first in the markup.
_TABS = {
    "positive-tabindex": '<a href="#main">Skip to content</a><header><a href="/">Home</a><input name="q" aria-label="Search" '
                         'tabindex="1"></header><main id="main"><h1>T</h1></main>',
    "tabindex-as-browsers-read-it": '<a href="#main">Skip to content</a><input name="q" aria-label="Search" tabindex="47b3a00f">'
                                    '<main id="main"><h1>T</h1></main>',
    "hidden-by-the-style-sheet": '<style>.ad--is-hidden { display: none; }</style><textarea class="ad--is-hidden"></textarea>'
                                 '<a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    "shown-from-some-width-on": '<style>.burger{display:none} @media (max-width: 6000px) { .burger { display: block } }</style>'
                                '<button class="burger">Menu</button><a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    # another class of the element's own displays it: inside a @media block (Tailwind's escaped "lg:flex"), or in a rule that
    # wins the cascade (PrimeFlex's later ".block"); or it loses, to a later rule or to an id; a sheet in <noscript> hides
    # nothing where scripts run
    "shown-by-another-class-from-some-width-on": '<style>.hidden{display:none} @media (min-width: 1px) { .lg\\:flex { display: flex } }</style>'
                                                 '<nav class="hidden lg:flex"><a href="/">Home</a></nav><a href="#main">Skip to content</a>'
                                                 '<main id="main"><h1>T</h1></main>',
    "shown-by-a-later-class": '<style>.hidden{display:none!important} .block{display:block!important}</style><a class="block hidden" '
                              'href="/">Home</a><a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    "hidden-by-a-later-class": '<style>.block{display:block} .hidden{display:none}</style><a class="block hidden" href="/">Home</a>'
                               '<a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    "hidden-by-an-id": '<style>#menu{display:none} .open{display:block}</style><nav id="menu" class="open"><a href="/">Home</a></nav>'
                       '<a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    "a-sheet-in-noscript": '<noscript><style>.js-menu{display:none}</style></noscript><nav class="js-menu"><a href="/">Home</a></nav>'
                           '<a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    # a rule only paper or Internet Explorer applies displays nothing; a type before a class names elements of that type
    # only; an element's own style attribute displays it over the sheet's display:none, unless the sheet's is !important
    "shown-only-in-print": '<style>.print-logo{display:none} @media print{.print-logo{display:block}}</style>'
                           '<a class="print-logo" href="/">Home</a><a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    "shown-only-in-ie": '<style>.ie-only{display:none} @media all and (-ms-high-contrast:none),(-ms-high-contrast:active)'
                        '{.ie-only{display:block}}</style><div class="ie-only"><a href="/chrome">Chrome</a></div>'
                        '<a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    "hidden-with-its-type": '<style>DIV.ie-popup{display:none}</style><div class="ie-popup"><a href="/y">Upgrade</a></div>'
                            '<a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    "hidden-with-another-type": '<style>div.burger{display:none}</style><a class="burger" href="/">Menu</a>'
                                '<a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    "displayed-by-its-style-attribute": '<style>.top{display:none}</style><header class="top" style="display:block"><a href="/">Home</a>'
                                        '</header><a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    "hidden-by-an-important-rule": '<style>.menu{display:none!important}</style><nav class="menu" style="display:block"><a href="/m">'
                                   'Menu</a></nav><a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>',
    # the focus starts at the element with autofocus, and the Tab key goes on from there
    "autofocus": '<a href="#main">Skip to content</a><header><input type="hidden" autofocus><div hidden><input name="a" autofocus></div>'
                 '<input name="q" aria-label="Search" autofocus><button>Go</button></header><main id="main"><h1>T</h1></main>',
    "autofocus-in-a-dialog": '<a href="#main">Skip to content</a><dialog><input name="e" aria-label="E-mail" autofocus></dialog>'
                             '<main id="main"><h1>T</h1></main>',
}


# Whole pages whose <html> start tags libxml2 takes otherwise than browsers do: it drops the attributes of one it finds
# misplaced, and opens a second root for one after </html>; browsers give the root each attribute it lacks yet.
_ROOTS = {
    "after-a-php-warning": '<br />\n<b>Warning</b>:  session_start(): failed in <b>/www/a.php</b><br />\n<!DOCTYPE html>\n'
                           '<html lang="de-DE" class="no-js"><head><title>T</title></head><body><p>Text</p></body></html>',
    "after-a-meta-tag": '<meta property="og:title" content="T"><!DOCTYPE html>\n<html lang="en" dir="ltr">'
                        '<head><title>T</title></head><body><p>Text</p></body></html>',
    "repeated": '<!doctype html>\n<html lang="en"><head><title>T</title></head><body><p>Text</p>'
                '<html lang="de" class="no-js modern" data-theme="dark"></body></html>',
    "in-a-template-and-svg": '<!doctype html>\n<html><head><title>T</title></head><body><template><html lang="fr"></template>'
                             '<svg><html class="s"></html></svg><p>Text</p></body></html>',
    "in-noscript": '<!doctype html>\n<html><head><title>T</title><noscript><html lang="de"></noscript></head><body><noscript>'
                   '<html dir="rtl"></noscript><p>Text</p></body></html>',
    "beside-the-body": '<!doctype html>\n<html lang="en"><head><title>T</title></head>\n<script>var a;</script><style>p {}</style>\n'
                       '<body><p>Text</p></body>\n<!-- c --><script>var b;</script><div><img src="a.jpg" alt=""></div></html>',
    "body-content-in-the-head": '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>T</title>'
                                '<x-loader src="a.js"></x-loader><meta name="a" content="b"><link rel="preload" href="a.css">'
                                '<input name="q" aria-label="Search"><svg><path d="M0 0"/></svg></head>\n<!-- c -->\n'
                                '<script>var a;</script>\n<body class="b"><main><p>Text</p></main></body></html>',
    "body-content-in-the-head-and-no-body": '<!doctype html>\n<html lang="en"><head><title>T</title><ins class="ad"></ins>'
                                            '<meta name="a" content="b"></head></html>',
    "after-the-end": '<!doctype html>\n<html><head><title>T</title></head><body><p>Text</p></body></html>\n'
                     '<html lang="de" data-a="1"><p>After</p></html><html data-a="2" data-b="3">',
}


def test_the_tree_and_the_tab_order_are_the_browsers(tmp_path):
    pages = [_page(tmp_path, name, body) for name, body in {**_TREES, **_TABS}.items()]
    for name, text in _ROOTS.items():
        pages.append(tmp_path / "pages" / "html" / f"{name}.html")
        pages[-1].write_text(text, encoding="utf-8")
    figures = _agreement().compare(pages, show=False)
    assert figures["pages"] == len(pages)
    assert figures["root_attributes_agree"] == len(pages)
    assert (figures["elements_with_another_parent"], figures["most_common_differences"]) == (0, {})
    assert figures["focus_on_load_agrees"] == len(pages)
    assert figures["first_tab_stop_agrees"] == len(pages)
    assert figures["headings_compared"] >= 10 and figures["headings_shown_agree"] == figures["headings_compared"]


def test_a_page_hidden_until_its_script_runs_is_counted_apart(tmp_path):
    """An anti-flicker style hides the body until a script has run; in the copy, whose scripts are blocked, Chromium's Tab
    key reaches nothing, and the page's first Tab stop is counted apart, not as a difference."""
    flicker = '<style>body { visibility: hidden !important; }</style><a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>'
    pages = [_page(tmp_path, "anti-flicker", flicker), _page(tmp_path, "shown", _TABS["positive-tabindex"])]
    figures = _agreement().compare(pages, show=False)
    assert (figures["first_tab_stop_agrees"], figures["first_tab_stop_hidden_until_script"]) == (1, 1)


def test_chromium_lays_the_page_out_for_a_desktop(tmp_path):
    """A class hidden below 1,000 pixels (a tablet's header) is displayed in the window Chromium opens, as artlint reads it."""
    narrow = ('<style>@media (max-width: 1000px) { .wide-only { display: none } }</style><a class="wide-only" href="/">Home</a>'
              '<a href="#main">Skip to content</a><main id="main"><h1>T</h1></main>')
    figures = _agreement().compare([_page(tmp_path, "narrow", narrow)], show=False)
    assert figures["first_tab_stop_agrees"] == 1


# Pages saved in an encoding, with the <meta charset> they declare: (label, the bytes' codec, the text of <p id="p">)
_ENCODINGS = {
    "label-browsers-do-not-know": ("latin-1", "cp1252", "café"),
    "pythons-spelling-of-utf-8": ("utf_8", "cp1252", "café"),
    "utf-16-in-a-meta": ("ucs-2", "utf-8", "café"),
    "pythons-spelling-of-utf-16": ("utf-16-le", "utf-8", "café"),
    "mac-roman": ("x-mac-roman", "mac_roman", "grüß"),
    "thai": ("windows-874", "cp874", "สวัสดี"),
    "c1-control-in-windows-1252": ("windows-1252", "cp1252", "a\x81b"),
    "hebrew-point-in-windows-1255": ("windows-1255", "cp1255", "ש\u05ba"),
    "koi8-ru": ("koi8-u", "koi8_u", "ўЎ"),
    "windows-932": ("shift-jis", "cp932", "東京①"),
    "latin-5-is-windows-1254": ("iso_8859-9", "cp1254", "5 €"),
    "gb2312-is-gbk": ("gb2312", "gb18030", "你好"),
    "x-user-defined-in-a-meta": ("x-user-defined", "cp1252", "café"),
    "replacement": ("iso-2022-kr", "utf-8", "cafe"),
}
_SPECIAL_BYTES = {"a\x81b": b"a\x81b", "ש\u05ba": b"\xf9\xca", "ўЎ": b"\xae\xbe"}  # (Python's codecs do not write these)
# Heads whose <meta> tags declare windows-1250 as HTML's prescan reads them, for a page saved in it
_PRESCANS = {
    "a-meta-in-a-comment": '<!-- <meta charset="iso-8859-7"> --><meta charset="windows-1250">',
    "content-without-http-equiv": '<meta name="description" content="charset=koi8-r"><meta charset="windows-1250">',
    "a-label-browsers-do-not-know-then-one-they-do": '<meta charset="utf_8"><meta http-equiv="Content-Type" '
                                                     'content="text/html; charset=windows-1250">',
    "charset-beside-http-equiv": '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7" charset="windows-1250">',
    "http-equiv-after-content": '<meta content="text/html; charset=windows-1250" http-equiv="content-type">',
    "a-slash-after-the-label": "<meta charset=windows-1250/>",
}


def test_pages_are_decoded_as_chromium_decodes_them(tmp_path):
    """The encoding artlint reads a page in, and the text it reads, are Chromium's: document.characterSet and the text
    of the page's paragraph, for charset labels and for the <meta> tags HTML's prescan reads or passes over. A page in
    the "replacement" encoding is one U+FFFD in Chromium; artlint reports it."""
    from artlint.load import decode
    from artlint.page import Page

    chromium = _agreement().Chromium()
    try:
        pages = {name: (f'<meta charset="{label}">', codec, text) for name, (label, codec, text) in _ENCODINGS.items()}
        pages.update((name, (head, "cp1250", "Łódź")) for name, head in _PRESCANS.items())
        for name, (head, codec, text) in pages.items():
            html = f'<!doctype html><html><head>{head}<title>T</title></head><body><p id="p">{text}</p></body></html>'
            data = html.encode(codec) if text not in _SPECIAL_BYTES else html.encode().replace(text.encode(), _SPECIAL_BYTES[text])
            path = tmp_path / f"{name}.html"
            path.write_bytes(data)
            chromium.open(path)
            their_encoding, their_text, their_body = chromium.evaluate(
                '[document.characterSet, document.getElementById("p") && document.getElementById("p").textContent, '
                "document.body.textContent]"
            )
            decoded = decode(data)
            if name == "replacement":
                assert (their_text, their_body) == (None, "\ufffd")
                assert decoded.problem.startswith(f'the {head} names an encoding browsers refuse to decode')
                continue
            ours = Page(str(path), decoded).root.xpath("string(//p)")
            assert (name, decoded.encoding, ours) == (name, their_encoding.lower(), their_text)
        # A byte-order mark decides, even where the bytes are valid UTF-8 too (UTF-16 of 你好 is all bytes below 0x80)
        path = tmp_path / "utf-16-bom.html"
        path.write_bytes("<!doctype html><html><body><p id='p'>你好</p></body></html>".encode("utf-16"))
        chromium.open(path)
        assert chromium.evaluate('[document.characterSet, document.getElementById("p").textContent]') == ["UTF-16LE", "你好"]
        assert (decode(path.read_bytes()).encoding, Page(str(path), decode(path.read_bytes())).root.xpath("string(//p)")) == (
            "utf-16le", "你好")
    finally:
        chromium.close()


# Links around figures: Chromium gives the name of a link around a figure the figure's own aria-label or title, and
# nothing of its content, its figcaption neither.
_FIGURE_LINKS = [
    '<a href="/a"><figure><img src="a.jpg" alt="Aleppo"></figure></a>',
    '<a href="/a"><figure><picture><img src="a.jpg" alt="Aleppo"></picture></figure></a>',
    '<a href="/a"><span><figure><img src="a.jpg" alt="Aleppo"></figure></span></a>',
    '<a href="/a"><div role="figure"><img src="a.jpg" alt="Aleppo"></div></a>',
    '<a href="/a"><figure><img src="a.jpg" alt="Aleppo"><figcaption hidden>Aleppo</figcaption></figure></a>',
    '<a href="/a"><figure><img src="a.jpg" alt=""><figcaption>Aleppo</figcaption></figure></a>',
    '<a href="/a"><figure><img src="a.jpg" alt="Buses"></figure><h3>Aleppo</h3></a>',
    '<a href="/a" title="Aleppo"><figure><img src="a.jpg" alt="Aleppo"></figure></a>',
    '<a href="/a"><figure aria-label="Aleppo"><img src="a.jpg" alt="Buses"></figure></a>',
    '<a href="/a"><figure title="Aleppo"><img src="a.jpg" alt="Buses"></figure></a>',
    '<a href="/a"><figure role="none"><img src="a.jpg" alt="Aleppo"></figure></a>',
    '<a href="/a"><img src="a.jpg" role="figure" alt="Aleppo"></a>',
]


def test_a_link_whose_words_are_in_a_figure_is_nameless_as_in_chromium(tmp_path):
    """IMG014 reports a link exactly where Chromium's accessibility tree gives it no name."""
    from artlint import lint_string

    chromium = _agreement().Chromium()
    try:
        chromium.call("Accessibility.enable", page=True)
        for i, body in enumerate(_FIGURE_LINKS):
            path = _page(tmp_path, f"figure-link-{i}", body)
            chromium.open(path)
            link = chromium.call("Runtime.evaluate", page=True, expression="document.querySelector('a')")["result"]["objectId"]
            [node] = chromium.call("Accessibility.getPartialAXTree", page=True, objectId=link, fetchRelatives=False)["nodes"][:1]
            nameless = not node.get("name", {}).get("value", "").strip()
            reported = [f.code for f in lint_string(path.read_text(encoding="utf-8"), select=["IMG014"])] == ["IMG014"]
            assert reported == nameless, body
    finally:
        chromium.close()
