"""No input breaks artlint: generated and mutated HTML, deep nesting, signals, and a matrix of bad inputs."""

from __future__ import annotations

import codecs
import json
import os
import random
import signal
import subprocess
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from artlint import ArtlintError, extract, lint_string
from artlint.formatters import Report
from artlint.formatters.json import document
from artlint.resources import schema

from .conftest import EXAMPLES, artlint_cmd, assert_one_error

REPORT = Draft202012Validator(schema("report.schema.json"))
TAGS = ["html", "head", "body", "main", "article", "h1", "h2", "h3", "h6", "p", "a", "img", "figure", "figcaption",
        "time", "script", "style", "table", "tr", "td", "svg", "title", "noscript", "template", "nav", "div", "span",
        "cite", "button", "label", "aside", "address", "ul", "li", "picture", "source", "amp-img", "wbr", "video", "track"]
ATTRS = ['href="#x"', 'href="#"', 'id="x"', 'alt=""', 'alt="IMG_1.jpg"', 'datetime="2016-12-06"', 'datetime="bad"',
         'lang="en"', 'role="img"', 'role="heading"', 'aria-level="9"', 'hidden', 'aria-hidden="true"', 'tabindex="-1"',
         'type="application/ld+json"', 'style="display:none"', 'data-artlint-ignore="HDG"', 'class="credit"',
         'class="caption"', 'class="wp-caption"', 'class="attribution"', 'class="byline"', 'class="teaser"', 'class="author"',
         'rel="author"', 'itemprop="author"', 'class="date"', 'class="lazy"', 'src="/spacer.gif"', 'srcset="a.jpg 1x, b.jpg 2x"',
         'data-src="real.jpg"']
PIECES = st.one_of(
    st.builds(lambda t, a: f"<{t} {a}>", st.sampled_from(TAGS), st.sampled_from(ATTRS)),
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(["<!--", "-->", "<!-- artlint-disable HDG003 -->", "<!-- artlint-disable-next X -->", "<![CDATA[", "]]>",
                     "<!doctype html>", "<?xml version='1.0'?>", "&amp;", "&#0;", "&#xD800;", "<", ">", "\"", "'", "\x00",
                     '{"@type": "NewsArticle", "headline": ', "ls/bw (AP, AFP)", "December 6, 2016", "\r\n", "\u202e",
                     "By Jane Doe, Staff Writer", "Foto: dpa", "Autor:", "28.09.19", "Updated: Dec 15, 2016", "(Source: x.com)"]),
    st.text(max_size=12),
)
HTML = st.lists(PIECES, max_size=60).map("".join)


def check(data: str | bytes) -> None:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    lines = text.splitlines() or [""]
    try:
        findings = lint_string(data)
    except ArtlintError as exc:
        assert "internal error" not in str(exc), exc  # (a rule's bug comes as an ArtlintError too)
        return  # empty or binary input: a clear error, which the CLI turns into exit 2
    for f in findings:
        assert 1 <= f.line <= max(len(lines), 1) + 1, f
        assert f.column >= 1
        assert f.selector
    REPORT.validate(document(Report(findings, ["page.html"])))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example('<source href="#x">\x08')  # text with a control character that a void element's repair moves
@example("<h1></h1>")  # a headline beside which a reader meets nothing: the byline's search had no window
@given(HTML)
def test_generated_markup_never_crashes(html):
    check(html)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(data):
    check(data)


ARTICLE = (EXAMPLES / "article.html").read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(ARTICLE)), st.integers(0, 40), st.binary(max_size=20)), min_size=1, max_size=8))
def test_mutated_article_never_crashes(edits):
    data = bytearray(ARTICLE)
    for at, length, insert in edits:
        data[at:at + length] = insert
    check(bytes(data))


@pytest.mark.parametrize(
    "html",
    [
        # a control character in an attribute's name, which the parser lets through and lxml will not look up
        '<html lang="en"><body><main><h1>T</h1><img src="a.jpg" alt="A " b\x01c></main></body></html>',
        # a control character in the text that moves out of a <div> left open when its <section> closes
        '<html lang="en"><body><main><h1>T</h1><section><div>One\x01</section> Two<p>x</p></div></main></body></html>',
        # addresses that do not parse ("[" opens an IPv6 host): in a breadcrumb trail, and beside a link to the page itself
        '<html lang="de"><head><link rel="canonical" href="https://www.vergleich.de/auto/story.html"></head><body>'
        '<ol class="breadcrumb"><li><a href="https://www.ver[gleich.de/">Start</a></li><li><a href="https://www.ver[gleich.de/auto/">Auto</a>'
        '</li><li><a href="https://www.ver[gleich.de/auto/story.html">Leasen oder kaufen?</a></li></ol><main><h1>Leasen</h1></main></body></html>',
        '<html lang="en"><head><link rel="canonical" href="https://news.example/x"></head><body><main><h1>T</h1><div class="card">'
        '<a href="https://news.example/x"><img src="a.jpg" alt="A photo"></a><a href="http://[broken/y">Other</a></div></main></body></html>',
        # a lazy image's srcset whose first candidate is empty (found by fuzzing with atheris)
        '<html lang="en"><body><main><h1>T</h1><figure><img src="data:," class="lazy" data-srcset=", a.jpg 2x" alt="A">'
        '<figcaption>C</figcaption></figure><picture><source srcset=",,"><img src="data:," alt="B"></picture></main></body></html>',
    ],
    ids=["attribute-name", "moved-text", "breadcrumb-address", "card-address", "empty-srcset-candidate"],
)
def test_shapes_that_mutated_corpus_pages_broke_on(html):
    """Found by mutating corpus pages (cut, spliced, with tags and bytes put in), or by fuzzing: each raised an internal
    error."""
    check(html)
    assert extract(html)["headline"] is not None


def test_what_a_page_writes_after_its_end_tag_is_part_of_the_body():
    """A forum's footer after </html>, and a breadcrumb there (found by fuzzing with atheris: the breadcrumb was an
    internal error). libxml2 opens a second <html> for it; browsers put it at the end of the body, and so does artlint."""
    html = ('<!doctype html><html lang="de"><head><title>Regeln</title></head><body><main><h1>Regeln</h1><p>Text.</p></main>'
            '</body></html><a class="copyright" href="../forum"><img src="coolt132.png"></a>\n'
            '<nav aria-label="breadcrumb"><a href="/">Start</a></nav>')
    [finding] = lint_string(html, select=["IMG001"])
    assert (finding.line, finding.column, finding.message) == (
        1, html.index("<img") + 1, 'image (coolt132.png) has no alt text, and the link to “../forum” holds only this image, so the link has '
        'no name; give the image alt that says where the link goes')
    assert extract(html)["section"] is None
    # a second <html> start tag there, whose attributes name a breadcrumb (the lookup no longer searches beyond the root)
    second = html.replace("</html>", '</html><html aria-label="breadcrumb">', 1).replace('<nav aria-label="breadcrumb"><a href="/">Start</a></nav>', "")
    assert "IMG001" in [f.code for f in lint_string(second, select=["IMG001", "CON001"])]
    assert extract(second)["section"] is None


def test_attribute_names_of_a_second_html_tag_that_lxml_reads_as_namespaces():
    """The root takes the attributes of every <html> tag it lacks; lxml refuses to set "{x}" or "{}" (Clark notation)."""
    html = '<p>Warning</p><html {x}="1" {}="2" {a}b="3" lang="de"><title>Brücke</title><h1>Brücke</h1>'
    assert extract(html)["lang"]["text"] == "de"
    assert [f.code for f in lint_string(html, select=["LMK001", "LMK002"])] == []


def test_a_page_that_repeats_html_tags_with_ever_new_attributes_gives_the_root_a_hundred():
    """The root takes the attributes of later <html> tags, at most 100 of them: libxml2 searches an element's attributes one
    by one, and 20,000 new ones in half a megabyte took 20 s to lint (the benchmark measures speed; this, the bound)."""
    from artlint.load import decode
    from artlint.page import Page

    html = '<p>Warning</p><html lang="de">' + "".join(f'<html data-n{i}="{i}">' for i in range(20_000)) + "<h1>Brücke</h1>"
    root = Page("p.html", decode(html.encode())).root
    assert (len(root.keys()), root.get("lang"), root.get("data-n0"), root.get("data-n98"), root.get("data-n99")) == (100, "de", "0", "98", None)


def test_an_item_holding_20000_open_elements_is_replayed_in_linear_time():
    """(guard) Which </li> browsers ignore is found by replaying the page's tokens on a stack of open elements; an end
    tag that closes nothing walked the whole stack, so 20,000 <span> left open and as many </b> took 28 s. The stack now
    finds an element and its scope's boundaries in constant time (the benchmark measures speed; this, the bound), and
    takes a form out of them (a boundary of an end tag's walk) in constant time too."""
    from artlint.load import decode
    from artlint.page import Page

    html = "<ul><li>A" + "<span>" * 20_000 + "</b>" * 20_000 + "</li><li>B<ul></li></ul></li></ul>"
    page = Page("p.html", decode(html.encode()))
    a, b = html.index("<li>A"), html.index("<li>B")
    assert page.end_tag_replay[:2] == ([html.index("</li></ul>")], {a: html.index("</li><li>B"), b: html.rindex("</li>")})
    # 20,000 forms each taken out at its end tag, leaving its <div> open, then one </section> that closes them all
    html = "<section>" + "<div><form>" * 20_000 + "</form>" * 20_000 + "</section><p>After</p>"
    page = Page("p.html", decode(html.encode()))
    assert page.end_tag_replay.through == {html.index("</section>"): 20_000}


@pytest.mark.parametrize("odd", ["\uffff", "\ufffe", "\x01"])
def test_characters_lxml_will_not_set_after_the_end_tag_or_in_a_later_html_tag(odd):
    """libxml2 keeps U+FFFF, U+FFFE and C0 controls in text and attribute values; lxml sets none of them, and moving the text
    after </html> into the body, or giving the root a later <html> tag's lang, was an internal error (found by fuzzing)."""
    html = (f'<p>Warning</p><html lang="d{odd}e"><title>Brücke</title><h1>Brücke</h1><p>Text</p></body></html>{odd}'
            '<a href="/">Home</a>')
    [found] = lint_string(html, select=["LMK002"])
    assert found.message.startswith("lang=“d\ufffde” is not a well-formed language tag")
    assert extract(html)["lang"]["text"] == "d\ufffde"


@pytest.mark.parametrize("fmt", ["junit", "github", "text", "json", "sarif", "gitlab", "html"])
def test_half_a_character_in_json_ld_reaches_every_report_as_a_replacement_character(run, tmp_path, fmt):
    """JSON's "\\ud800" escapes half a character: json.loads keeps it as a lone surrogate, which UTF-8 cannot encode, and
    the JUnit and GitHub reports raised an internal error on the message that quoted it."""
    (tmp_path / "p.html").write_text(
        '<html lang="en"><head><title>Storm hits</title><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Storm \\ud800 hits the coast", "datePublished": "2016-12-06T00:21:00+01:00"}</script></head>'
        "<body><main><h1>Storm hits</h1></main></body></html>")
    result = run("p.html", "--format", fmt, "--select", "HDG006", "-o", "report", "-q")
    assert (result.code, result.err) == (0, "")  # (a warning)
    report = (tmp_path / "report").read_text(encoding="utf-8")
    assert "Storm \ufffd hits the coast" in (json.loads(report)["findings"][0]["message"] if fmt == "json" else report)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["utf-8", "latin-1", "cp1252", "utf-16", "shift_jis", "gb18030"]), st.sampled_from(["utf-8", "iso-8859-1", "shift_jis", "koi8-r", "nonsense"]))
def test_mixed_encodings(actual, declared):
    html = f'<html lang="de"><head><meta charset="{declared}"><title>Grüße – 東京</title></head><body><h1>Grüße</h1></body></html>'
    check(html.encode(actual, "replace"))


def test_deep_nesting_and_huge_attributes(run, tmp_path):
    (tmp_path / "deep.html").write_text('<html lang="en"><body>' + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>")
    (tmp_path / "wide.html").write_text('<html lang="en"><body><h1 title="' + "x" * 5_000_000 + '">T</h1>' + "<p>a</p>" * 50_000 + "</body></html>")
    deep = run("deep.html", "--format", "json", "--no-cache")
    assert deep.code == 1 and "Traceback" not in deep.err
    assert "ART004" in {f["code"] for f in json.loads(deep.out)["findings"]}
    wide = run("wide.html", "--format", "json", "--no-cache")
    assert wide.code in (0, 1) and "Traceback" not in wide.err


def test_deep_inline_nesting_within_the_parsers_limit_is_checked_in_full():
    """1,500 nested spans beside a byline are within libxml2's depth limit but deeper than Python recurses:
    the page is checked, and the byline read, all the same."""
    html = ('<html lang="en"><body><main><article><h1>A headline here</h1><div><a href="/author/jane">Jane Doe</a>'
            + "<span>" * 1500 + "x" + "</span>" * 1500 + "</div><p>Text.</p></article></main></body></html>")
    assert [a["name"] for a in extract(html)["authors"]] == ["Jane Doe"]
    assert "CON001" not in {f.code for f in lint_string(html, select=["CON001"]) if "author" in f.message}


@pytest.mark.parametrize(("outer", "hidden"), [('<p class="b">b</p><div>', False), ('<div class="b">', True)])
def test_descendant_selectors_over_deep_nesting_are_matched_once_per_box(outer, hidden):
    """".b .a .a .a .c" over 1,500 nested boxes of class a: matched by walking up from each .c, with every box's answer
    kept, the rule is read in full (walking every path of ancestors did not finish: 300 boxes took over a minute)."""
    html = ('<html lang="en"><head><title>T</title><style>.b .a .a .a .c{display:none}</style></head><body>' + outer
            + '<div class="a">' * 1500 + '<p class="c"><a href="/x">X</a></p>' * 20 + "</div>" * 1501
            + '<a href="#main">Skip to content</a><main id="main"><h1>A headline here</h1><p>Text.</p></main></body></html>')
    assert [f.code for f in lint_string(html, select=["SKL001"])] == ([] if hidden else ["SKL001"])


def test_deeply_nested_json_ld_is_a_finding_not_a_crash():
    html = '<html lang="en"><head><script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script></head><body><h1>T</h1></body></html>"
    assert [f.code for f in lint_string(html, select=["SD001"])] == ["SD001"]


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_run_leaves_no_partial_file(tmp_path, sig, code):
    text = (EXAMPLES / "broken-images.html").read_text()
    head, _, rest = text.partition("<body>")
    body, _, tail = rest.rpartition("</body>")
    big = head + "<body>" + body * 30 + "</body>" + tail  # enough work to still be running when the signal comes
    for i in range(200):
        (tmp_path / f"p{i}.html").write_text(big)
    # (Ctrl-C reaches the command as it does in a terminal: a shell that starts the test suite in the background, as a
    # CI runner may, leaves SIGINT ignored in every process it starts, and Python then never raises KeyboardInterrupt)
    proc = subprocess.Popen([*artlint_cmd(), ".", "--no-cache", "--jobs", "2", "--format", "json", "-o", "report.json"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"},
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(1.5)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err.decode()
    assert "Traceback" not in err.decode()
    assert not (tmp_path / "report.json").exists()
    assert not list(tmp_path.glob(".report.json.*"))


# --- a matrix of bad inputs: exit 2 and one clear line, or a normal lint when merely ugly --------------

CLEAN_PAGE = (EXAMPLES / "article.html").read_text()
MATRIX = [
    # (name, files {name: content}, arguments, expected exit, fragment of the one error line or None)
    ("missing file", {}, ["nope.html"], 2, "no such file"),
    ("empty path (a variable unset)", {"p.html": CLEAN_PAGE}, [""], 2, "'': an empty path names no file or directory"),
    ("empty file", {"p.html": ""}, ["p.html"], 2, "file is empty"),
    ("whitespace file", {"p.html": " \n"}, ["p.html"], 2, "only whitespace"),
    ("png", {"p.html": b"\x89PNG\r\n\x1a\n\x00\x00"}, ["p.html"], 2, "PNG image"),
    ("pdf", {"p.html": b"%PDF-1.7\n%\xe2\xe3"}, ["p.html"], 2, "PDF document"),
    ("zip", {"p.html": b"PK\x03\x04\x14\x00"}, ["p.html"], 2, "ZIP archive"),
    ("binary noise", {"p.html": bytes(range(32)) * 200}, ["p.html"], 2, "looks binary"),
    # Random bytes hold as few control bytes as text may; NULs and bytes that are no text in any encoding give them away.
    ("random bytes", {"p.html": random.Random(12).randbytes(3000)}, ["p.html"], 2, "looks binary"),
    ("UTF-16 without a byte-order mark", {"p.html": CLEAN_PAGE.encode("utf-16-le")}, ["p.html"], 2, "UTF-16 (little-endian) without a byte-order mark"),
    # UTF-32, which HTML does not read at all, is not UTF-16 (chardet's test files of both byte orders)
    ("UTF-32 without a byte-order mark", {"p.html": CLEAN_PAGE.encode("utf-32-le")}, ["p.html"], 2,
     "the file looks like UTF-32 (little-endian), which HTML does not read; save it as UTF-8"),
    ("UTF-32 with a byte-order mark", {"p.html": CLEAN_PAGE.encode("utf-32")}, ["p.html"], 2,
     "the file is UTF-32 (little-endian), which HTML does not read"),
    ("UTF-32 big-endian", {"p.html": codecs.BOM_UTF32_BE + CLEAN_PAGE.encode("utf-32-be")}, ["p.html"], 2, "the file is UTF-32 (big-endian)"),
    ("zero bytes before the text", {"p.html": b"\x00" * 1072 + b"<title>NOT UTF-16!</title>NOT UTF-16!"}, ["p.html"], 2, "looks binary"),
    ("UTF-16 with a byte-order mark and nothing else", {"p.html": b"\xff\xfe"}, ["p.html"], 2, "only a byte-order mark"),
    ("UTF-16 with a byte-order mark and blank", {"p.html": "\ufeff \n\t".encode("utf-16-le")}, ["p.html"], 2, "only whitespace"),
    ("UTF-16 with a byte-order mark and a NUL", {"p.html": b"\xff\xfe\x00\x00"}, ["p.html"], 2, "holds no text"),
    ("UTF-16 with a byte-order mark", {"p.html": ("\ufeff" + CLEAN_PAGE).encode("utf-16-le")}, ["p.html"], 0, None),
    ("UTF-16 with a byte-order mark and blank lines first", {"p.html": ("\ufeff" + "\n" * 3000 + CLEAN_PAGE).encode("utf-16-le")}, ["p.html"], 0, None),
    ("an article with NUL bytes", {"p.html": CLEAN_PAGE[:500] + "\x00\x00" + CLEAN_PAGE[500:]}, ["p.html"], 0, None),
    ("JSON named by mistake", {"data.json": '{"headline": "x", "items": [1, 2]}'}, ["data.json"], 2,
     "not an HTML page: it holds no tags (it looks like JSON)"),
    ("a style sheet named by mistake", {"site.css": "body { color: red }\n"}, ["site.css"], 2, "not an HTML page: it holds no tags"),
    ("plain text", {"p.html": "Breaking: the storm hit the coast overnight.\n"}, ["p.html"], 2, "not an HTML page: it holds no tags"),
    ("directory without html", {"d/x.txt": "x"}, ["d"], 2, "no .html"),
    ("glob without match", {}, ["*.htm"], 2, "matches no files"),
    ("page over the size limit", {"p.html": "<p>" + "x" * 2000 + "</p>", "artlint.toml": "max-page-size = 1000\n"}, ["p.html"], 2, "larger than the limit of 1,000 bytes (max-page-size)"),
    ("broken toml", {"p.html": CLEAN_PAGE, "artlint.toml": "select = ["}, ["p.html"], 2, "invalid TOML"),
    ("config not utf-8", {"p.html": CLEAN_PAGE, "artlint.toml": b"\xff\xfe\x00"}, ["p.html"], 2, "artlint.toml"),
    ("config with a byte-order mark", {"p.html": CLEAN_PAGE, "artlint.toml": "\ufeffselect = [\"HDG\"]\n"}, ["p.html"], 0, None),
    ("pack with a byte-order mark", {"p.html": CLEAN_PAGE, "artlint.toml": 'extends = ["pack.toml"]\n',
                                     "pack.toml": '\ufeff[pack]\nname = "ours"\ndescription = "x"\n'}, ["p.html"], 0, None),
    ("unknown config key", {"p.html": CLEAN_PAGE, "artlint.toml": "colour = 1\n"}, ["p.html"], 2, "unknown key"),
    ("unknown rule in config", {"p.html": CLEAN_PAGE, "artlint.toml": 'ignore = ["XYZ123"]\n'}, ["p.html"], 2, "XYZ123"),
    ("option of wrong type", {"p.html": CLEAN_PAGE, "artlint.toml": "[rules.HDG005]\nmax-length = []\n"}, ["p.html"], 2, "max-length"),
    ("bad regex option", {"p.html": CLEAN_PAGE, "artlint.toml": '[rules.credit-format]\npattern = "(("\n'}, ["p.html"], 2, "invalid regular expression"),
    ("bad css in profile", {"p.html": CLEAN_PAGE, "artlint.toml": '[profile]\nheadline = "h1[["\n'}, ["p.html"], 2, "invalid CSS selector"),
    ("control character in a quoted selector", {"p.html": CLEAN_PAGE, "artlint.toml": '[profile]\nheadline = "h1[title=\\"\\u0001\\"]"\n'},
     ["p.html"], 2, "artlint.toml: profile.headline: invalid CSS selector 'h1[title=\"\\x01\"]': it holds U+0001, a character XML does not allow"),
    ("namespace prefix in a selector", {"p.html": CLEAN_PAGE, "artlint.toml": '[rules.SKL001]\ncontent-selector = "svg|main"\n'}, ["p.html"], 2,
     "artlint.toml: rules.skip-link-not-first.content-selector: invalid CSS selector 'svg|main': a namespace prefix matches nothing in an HTML page; leave it out"),
    ("NUL in a contract's file name", {"p.html": CLEAN_PAGE, "artlint.toml": 'contract = "c\\u0000.json"\n'}, ["p.html"], 2,
     "artlint.toml: contract: 'c\\x00.json' holds a NUL character, which no file name can"),
    ("NUL in a pack's file name", {"p.html": CLEAN_PAGE, "artlint.toml": 'extends = ["p\\u0000.toml"]\n'}, ["p.html"], 2,
     "artlint.toml: extends[0]: pack 'p\\x00.toml' holds a NUL character, which no file name can"),
    ("unknown pack", {"p.html": CLEAN_PAGE, "artlint.toml": 'extends = ["artlint:nope"]\n'}, ["p.html"], 2, "unknown pack"),
    ("configuration that extends itself", {"p.html": CLEAN_PAGE, "artlint.toml": 'extends = ["artlint.toml"]\n'}, ["p.html"], 2,
     "extends[0]: 'artlint.toml' is this configuration file"),
    ("plugin without rules", {"p.html": CLEAN_PAGE, "artlint.toml": 'plugins = ["json"]\n'}, ["p.html"], 2, "plugin 'json' defines no rules"),
    ("pack file broken", {"p.html": CLEAN_PAGE, "artlint.toml": 'extends = ["pack.toml"]\n', "pack.toml": "[[custom]]\n"}, ["p.html"], 2, "pack.toml"),
    ("contract not json", {"p.html": CLEAN_PAGE, "c.json": "{"}, ["p.html", "--contract", "c.json"], 2, "not valid JSON"),
    ("contract invalid schema", {"p.html": CLEAN_PAGE, "c.json": '{"type": 5}'}, ["p.html", "--contract", "c.json"], 2, "invalid contract schema"),
    ("contract remote ref", {"p.html": CLEAN_PAGE, "c.json": '{"$ref": "https://example.org/s.json"}'}, ["p.html", "--contract", "c.json"], 2, "remote address"),
    ("contract ref not an address", {"p.html": CLEAN_PAGE, "c.json": '{"$ref": "http://[x/s.json"}'}, ["p.html", "--contract", "c.json"], 2, "is not a valid address"),
    ("missing contract", {"p.html": CLEAN_PAGE}, ["p.html", "--contract", "none.json"], 2, "contract schema not found"),
    ("unknown option", {"p.html": CLEAN_PAGE}, ["p.html", "--colour"], 2, "--colour"),
    ("unknown --select code", {"p.html": CLEAN_PAGE}, ["p.html", "--select", "QQQ"], 2, "QQQ"),
    ("unknown format", {"p.html": CLEAN_PAGE}, ["p.html", "--format", "xml"], 2, "unknown format"),
    ("two formats on stdout", {"p.html": CLEAN_PAGE}, ["p.html", "--format", "json", "--format", "sarif"], 2, "only one format"),
    ("format with an empty file name", {"p.html": CLEAN_PAGE}, ["p.html", "--format", "json:"], 2, "--format json: names no file"),
    ("report into a directory", {"p.html": CLEAN_PAGE, "out/x.txt": "x"}, ["p.html", "--format", "sarif:out"], 2, "cannot write out: it is a directory"),
    ("report into a missing directory", {"p.html": CLEAN_PAGE}, ["p.html", "--format", "sarif:no/r.sarif"], 2, "there is no directory 'no'"),
    ("baseline that is a directory", {"p.html": CLEAN_PAGE, "b/x.txt": "x"}, ["p.html", "--baseline", "b", "--update-baseline"], 2, "is a directory"),
    ("baseline in a missing directory", {"p.html": CLEAN_PAGE}, ["p.html", "--baseline", "no/b.json", "--update-baseline"], 2,
     "cannot write no/b.json: there is no directory 'no'"),
    ("address that does not parse", {}, ["http://[::1/page.html"], 2, "http://[::1/page.html: cannot fetch: Invalid IPv6 URL"),
    ("--jobs 0", {"p.html": CLEAN_PAGE}, ["p.html", "--jobs", "0"], 2, "--jobs"),
    ("broken baseline", {"p.html": CLEAN_PAGE, "b.json": "[]"}, ["p.html", "--baseline", "b.json"], 2, "not an artlint baseline"),
    ("update baseline without file", {"p.html": CLEAN_PAGE}, ["p.html", "--update-baseline"], 2, "needs --baseline"),
    ("ugly but html: addresses that do not parse",
     {"p.html": '<html lang=en><head><link rel="canonical" href="https://[::1"><base href="https://[x"></head><body><a href="#m">Skip</a>'
                '<main id=m><h1>A headline of some length</h1><img src="http://[x/a.jpg" alt="A"></main></body></html>'},
     ["p.html", "-q"], 1, None),
    ("ugly but html: unclosed tags", {"p.html": "<html lang=en><title>T</title><body><h1>T<p>a<div><span>"}, ["p.html", "--select", "HDG"], 0, None),
    ("ugly but html: NUL bytes", {"p.html": b"<html lang=en><title>T</title><body><h1>T\x00</h1>\x00<p>a</p></body></html>"}, ["p.html", "--select", "HDG"], 0, None),
    ("ugly but html: misnested", {"p.html": "<html lang=en><title>T</title><body><h1><b>T</h1></b><h2><i>x</h2></i></body></html>"}, ["p.html", "--select", "HDG"], 0, None),
    ("ugly but html: comments and cdata", {"p.html": "<html lang=en><title>T</title><!-- <h4> --><body><![CDATA[<h5>]]><h1>T</h1><h2>a</h2></body></html>"}, ["p.html", "--select", "HDG"], 0, None),
]


@pytest.mark.parametrize(("files", "args", "code", "fragment"), [m[1:] for m in MATRIX], ids=[m[0] for m in MATRIX])
def test_bad_input_matrix(run, tmp_path, files, args, code, fragment):
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = run(*args, "--no-cache") if args and not args[0].startswith("-") and "--jobs" not in args else run(*args)
    assert result.code == code, result
    assert "Traceback" not in result.err
    if fragment is not None:
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and fragment in lines[0], result


def test_deeply_nested_credits_and_captioned_images_within_the_parsers_limit():
    """1,500 nested credit spans in a figure, and 1,500 nested captioned image boxes, are checked in full: the credit
    inside is found, and each box's image is an image of the article."""
    credits = ('<html lang="en"><body><main><article><h1>A headline here</h1><figure><img src="a.jpg" alt="x">'
               + '<span class="credit">' * 1500 + "AP" + "</span>" * 1500 + "<figcaption>Troops in Aleppo</figcaption></figure>"
               "<p>Text.</p></article></main></body></html>")
    assert extract(credits)["images"][0]["credit"]["text"] == "AP"
    boxes = ('<html lang="en"><body><main><article><h1>A headline here</h1>'
             + "".join(f'<div class="wp-caption"><img src="a{n}.jpg" alt="x"><p class="wp-caption-text">Troops</p>' for n in range(1500))
             + "</div>" * 1500 + "<p>Text.</p></article></main></body></html>")  # 1,500 photos (one photo again is one image)
    assert len(extract(boxes)["images"]) == 1500


def test_nested_figures_and_a_long_list_of_times_are_read_once():
    """1,000 figures nested in each other, each with its image, and 6,000 <time> elements side by side: each figure's
    credit is looked for in its own elements only, and a time's words before it are its nearest siblings' (these took
    minutes and seconds when every figure walked all the figures inside it)."""
    figures = ('<html lang="en"><body><main><article><h1>A headline here</h1>'
               + '<figure><img src="a.jpg" alt="x">' * 1000 + '<span class="credit">Photo: AP</span>' + "</figure>" * 1000
               + "<p>Text.</p></article></main></body></html>")
    images = extract(figures)["images"]
    assert len(images) == 1000
    assert [i for i, image in enumerate(images) if image["credit"]] == [999]  # the innermost figure's credit only
    times = ('<html lang="en"><body><main><article><h1>A headline here</h1><p>Updated:</p>'
             + '<time datetime="2016-12-06">December 6, 2016</time> ' * 6000 + "<p>Text.</p></article></main></body></html>")
    assert extract(times)["published"]["datetime"] == "2016-12-06"


@pytest.mark.parametrize(("links", "fragment"), [
    ({"p.html": "gone.html"}, "p.html: symbolic link to 'gone.html', which does not exist"),
    ({"p.html": "q.html", "q.html": "p.html"}, "p.html: symbolic links that loop and name no file"),
])
def test_broken_symbolic_links_are_named_as_such(run, tmp_path, links, fragment):
    for name, target in links.items():
        (tmp_path / name).symlink_to(target)
    result = run("p.html", "--no-cache")
    assert (result.code, result.err.strip()) == (2, f"artlint: error: {fragment}")


@pytest.mark.parametrize(("args", "toml", "message"), [
    (("-o", "loop.txt"), "", "cannot write loop.txt: symbolic links that loop and name no file"),
    (("--format", "sarif:loop.txt"), "", "cannot write loop.txt: symbolic links that loop and name no file"),
    (("--baseline", "loop.txt", "--update-baseline"), "", "cannot write loop.txt: symbolic links that loop and name no file"),
    (("--contract", "loop.txt"), "", "--contract loop.txt: symbolic links that loop and name no file"),
    (("--stylesheet", "loop.txt"), "", "--stylesheet 'loop.txt': symbolic links that loop and name no file"),
    ((), 'contract = "loop.txt"', "artlint.toml: contract: 'loop.txt': symbolic links that loop and name no file"),
    ((), 'stylesheets = ["loop.txt"]', "artlint.toml: stylesheets[0]: 'loop.txt': symbolic links that loop and name no file"),
    ((), 'extends = ["./loop.txt"]', "artlint.toml: extends[0]: symbolic links that loop and name no file"),
])
def test_a_file_named_by_symbolic_links_that_loop_is_named_as_such(run, tmp_path, args, toml, message):
    """Python's Path.resolve raises RuntimeError on a loop: it was reported as artlint's internal error."""
    (tmp_path / "loop.txt").symlink_to("loop2.txt")
    (tmp_path / "loop2.txt").symlink_to("loop.txt")
    (tmp_path / "p.html").write_bytes((EXAMPLES / "broken-no-h1.html").read_bytes())
    (tmp_path / "artlint.toml").write_text(toml + "\n")
    assert_one_error(run("p.html", "--no-cache", *args), message)
    if args[:1] in (("-o",), ("--stylesheet",)) or toml:
        assert_one_error(run("extract", "p.html", *args), message)


def test_a_directory_walk_names_broken_links_and_reads_no_pipe(run, tmp_path):
    """In a directory: a link that names no file is an input error under the link's own name, while the other pages
    are still checked; a named pipe called *.html is passed over (reading it would block the run until something
    writes to it); a link to a page is reported under its own name, not its target's."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "real.html").write_bytes((EXAMPLES / "broken-no-h1.html").read_bytes())
    (pages / "linked.html").symlink_to("../elsewhere/real.html")
    (pages / "gone.html").symlink_to("nothing.html")
    os.mkfifo(pages / "pipe.html")
    result = run("pages", "--no-cache", "--format", "json")
    assert result.code == 2
    assert result.err.splitlines() == ["artlint: error: pages/gone.html: symbolic link to 'nothing.html', which does not exist",
                                       "Found 1 problem (1 error, 0 warnings, 0 info) in 1 page; 1 input error."]
    assert [(f["path"], f["code"]) for f in json.loads(result.out)["findings"]] == [("pages/linked.html", "HDG001")]


def test_a_named_pipe_named_on_the_command_line_is_read(run, tmp_path):
    """(guard) `artlint <(curl …)` hands artlint a pipe: read it to its end."""
    os.mkfifo(tmp_path / "page.html")
    writer = subprocess.Popen(["sh", "-c", f"cat '{EXAMPLES / 'broken-no-h1.html'}' > page.html"], cwd=tmp_path)
    try:
        result = run("page.html", "--no-cache", "-q")
    finally:
        writer.wait(timeout=60)
    assert (result.code, result.out.split()[1:2]) == (1, ["HDG001"])
