"""The article model, `artlint extract`, and the content contract."""

from __future__ import annotations

import json
import shutil
import socket
import threading

import pytest
from jsonschema import Draft202012Validator

from artlint import extract, lint_string
from artlint.resources import schema

from .conftest import CORPUS, EXAMPLES, assert_one_error

MODEL = Draft202012Validator(schema("model.schema.json"))


def test_extract_on_the_example_article_gives_every_field_with_positions(run):
    result = run("extract", str(EXAMPLES / "article.html"))
    assert result.code == 0, result
    model = json.loads(result.out)
    MODEL.validate(model)
    assert model["headline"]["text"] == "Russia blocks UN resolution for Aleppo ceasefire"
    assert model["headline"]["source"] == {"kind": "element", "line": 64, "column": 9, "selector": "#main-content > article > header > h1"}
    assert model["section"]["text"] == "Politics"
    assert model["lang"]["text"] == "en"
    assert model["published"]["text"] == "December 6, 2016"
    assert model["published"]["datetime"] == "2016-12-06T00:21:00+01:00"
    assert (model["published"]["source"]["line"], model["published"]["source"]["column"]) == (66, 25)
    assert model["modified"]["datetime"] == "2016-12-06T00:21:00+01:00"
    [image] = model["images"]
    assert image["alt"].startswith("Soldiers in helmets")
    assert image["caption"]["text"] == "Syrian army troopers in Aleppo"
    assert image["credit"]["text"] == "Image: picture-alliance/AP Photo/H. Ammar"
    assert (image["source"]["line"], image["source"]["column"]) == (69, 9)
    assert model["attribution"]["initials"] == ["ls", "bw"] and model["attribution"]["agencies"] == ["AP", "AFP"]
    assert model["attribution"]["source"]["line"] == 83
    assert [(h["level"], h["text"]) for h in model["headings"]] == [(1, "Russia blocks UN resolution for Aleppo ceasefire"), (2, "'Made up alibi'")]
    assert [(s["text"], s["target"], s["resolves"]) for s in model["skip_links"]] == [
        ("Skip to content", "#main-content", True), ("Skip to main menu", "#main-menu", True), ("Skip to more DW sites", "#more-dw-sites", True)]
    assert model["structured_data"][0]["data"]["@type"] == "NewsArticle"
    assert model["structured_data"][0]["source"]["kind"] == "json-ld"


def test_extract_jsonl_for_many_pages(run):
    result = run("extract", str(EXAMPLES), "--format", "jsonl")
    lines = result.out.splitlines()
    assert len(lines) == len(list(EXAMPLES.glob("*.html")))
    for line in lines:
        MODEL.validate(json.loads(line))


def test_extract_as_text_for_people(run, tmp_path):
    """A field a line with the value and where it came from; what the page lacks says "none"; pages one after another."""
    shutil.copy(EXAMPLES / "article.html", tmp_path / "article.html")
    (tmp_path / "bare.html").write_text('<html lang="de"><body><h1>Nur ein Titel</h1><img src="a.jpg"></body></html>')
    result = run("extract", "article.html", "bare.html", "--format", "text")
    assert result.code == 0
    article, bare = result.out.split("\n\n")
    lines = article.splitlines()
    assert lines[0] == "article.html"
    assert "  headline     “Russia blocks UN resolution for Aleppo ceasefire”  64:9 #main-content > article > header > h1" in lines
    assert "  published    2016-12-06T00:21:00+01:00 “December 6, 2016”  66:25 #main-content > article > header > p:nth-of-type(3) > time" in lines
    assert "  modified     2016-12-06T00:21:00+01:00  16:3 JSON-LD /dateModified" in lines
    assert "  attribution  “ls/bw (AP, AFP)” (agencies AP, AFP; initials ls, bw)  83:9 #main-content > article > div > p:nth-of-type(7)" in lines
    assert "               credit   “Image: picture-alliance/AP Photo/H. Ammar”  72:11 #main-content > article > figure > figcaption > small" in lines
    assert "               “Skip to content” → #main-content  45:5 html > body > nav > a:nth-of-type(1)" in lines
    assert bare.splitlines() == [
        "bare.html", "  url          none", "  headline     “Nur ein Titel”  1:23 html > body > h1", "  section      none",
        "  lang         “de”  1:1 html", "  published    none", "  modified     none", "  dateline     none", "  byline       none",
        "  authors      none", "  attribution  none", "  images       none", "  headings", "               h1 “Nur ein Titel”  1:23 html > body > h1",
        "  skip links   none", "  json-ld      none"]


def test_extract_of_pages_that_cannot_be_read_prints_and_writes_nothing(run, tmp_path):
    (tmp_path / "empty.html").write_text("")
    for args in (["nope.html"], ["empty.html"], ["nope.html", "-o", "model.json"]):
        result = run("extract", *args)
        assert (result.code, result.out) == (2, ""), result
        assert_one_error(result, args[0])
    assert not (tmp_path / "model.json").exists()
    both = run("extract", "nope.html", str(EXAMPLES / "article.html"))  # the page that can be read is printed
    assert both.code == 2 and len(json.loads(both.out)) == 1


def test_extract_writes_each_model_it_reads_whatever_fails_after(run, tmp_path):
    """(guard) Models are written as they are read: a page that cannot be read after two that can still leaves the
    file with both (an array), and the exit code says an input failed; the output matches json.dumps(indent=2)."""
    shutil.copy(EXAMPLES / "article.html", tmp_path / "a.html")
    shutil.copy(EXAMPLES / "broken-dates.html", tmp_path / "b.html")
    (tmp_path / "z.html").write_text("")
    result = run("extract", "a.html", "b.html", "z.html", "-o", "models.json")
    assert result.code == 2 and result.out == ""
    written = (tmp_path / "models.json").read_text()
    models = json.loads(written)
    assert [m["path"] for m in models] == ["a.html", "b.html"]
    assert written == json.dumps(models, indent=2, ensure_ascii=False) + "\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_site_profile_selectors_win(tmp_path):
    html = ('<html lang="de"><body><h1>Seitenname</h1><div class="story"><p class="kicker">Politik</p>'
            '<p class="title">Die echte Überschrift des Artikels</p><span class="who">Lisa Schmidt</span></div></body></html>')
    model = extract(html, {"profile": {"headline": ".story .title", "authors": ".who", "section": ".kicker"}})
    assert model["headline"]["text"] == "Die echte Überschrift des Artikels"
    assert model["headline"]["source"]["selector"] == "html > body > div > p:nth-of-type(2)"
    assert [a["name"] for a in model["authors"]] == ["Lisa Schmidt"]
    assert model["section"]["text"] == "Politik"


def test_teasers_and_site_name_headings_are_not_the_article():
    html = ('<html lang="en"><head><title>The real story | Site</title><meta property="og:site_name" content="Site"></head><body>'
            '<header><h1><a href="/">Site</a></h1></header><main><article><h2 class="entry-title">The real story</h2>'
            '<p class="byline">By <a href="/author/lisa">Lisa Schmidt</a></p>'
            '<aside class="related"><p class="byline">By Someone Else</p><time datetime="2001-01-01">Jan 1, 2001</time></aside>'
            '<p>Text.</p></article></main></body></html>')
    model = extract(html)
    assert model["headline"]["text"] == "The real story"
    assert [a["name"] for a in model["authors"]] == ["Lisa Schmidt"]
    assert model["published"] is None


def test_what_a_template_holds_is_not_the_article():
    """A <template> is never rendered: a dialog kept there for a script, with its own byline, date and photo, says
    nothing of the story. A <noscript> may hold the story itself for readers without scripts, and is read (guard)."""
    dialog = ('<div class="offer"><p class="byline">By Newsletter Team</p><time datetime="2030-01-01T00:00:00Z">January 1, 2030'
              '</time><figure><img src="promo.jpg" alt="A tablet"><figcaption>Read us anywhere. Image: DW</figcaption></figure></div>')
    story = ('<main><article><h1>Russia blocks UN resolution on Aleppo</h1>{box}<p>Text of the story, long enough to be '
             'one.</p></article></main>')
    html = f'<html lang="en"><head><title>Russia blocks UN resolution on Aleppo</title></head><body>{story}</body></html>'
    model = extract(html.format(box=f"<template>{dialog}</template>"))
    assert (model["byline"], model["authors"], model["published"], model["images"]) == (None, [], None, [])
    model = extract(html.format(box=f"<noscript>{dialog}</noscript>"))
    assert ([a["name"] for a in model["authors"]], model["published"]["datetime"]) == (["Newsletter Team"], "2030-01-01T00:00:00Z")


@pytest.mark.parametrize(
    "box",
    [
        # Die Furche: a slider of opinion pieces in an aside of the story, each an <article> with its author and date.
        '<aside class="dossier-header"><div class="slider"><article class="slider-teaser"><h2><a href="/other">Other story</a></h2>'
        '<footer><span class="slider-teaser__author">Someone Else</span> <span class="slider-teaser__date">01. Juli 2020</span>'
        "</footer></article></div></aside>",
        # WordPress comments: each an <article> with its author and date, in the comments' section.
        '<section class="comments"><article id="comment-96"><header><span class="comment-author vcard"><b class="fn">Someone Else</b>'
        '</span> <time class="comment-date">01. Juli 2020</time></header><p>Great post!</p></article></section>',
    ],
    ids=["slider-in-an-aside", "comments"],
)
def test_articles_in_boxes_of_the_story_are_not_its_byline_or_date(box):
    html = (f'<html lang="de"><body><main><article><header><h1>Achtsam durch die Krise</h1></header>{box}'
            "<p>Der Text der Geschichte.</p></article></main></body></html>")
    model = extract(html)
    assert (model["authors"], model["published"]) == ([], None)
    # An <article> nested in the story's for its text (ZDF) is the story's own.
    nested = html.replace(box, '<article><div class="author">Von Lisa Schmidt</div><span class="date">18. März 2020</span></article>')
    model = extract(nested)
    assert ([a["name"] for a in model["authors"]], model["published"]["datetime"]) == (["Lisa Schmidt"], "2020-03-18")


@pytest.mark.parametrize(
    ("head", "body", "section"),
    [
        ('<meta property="article:section" content="Politics">', "", "Politics"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Kyiv hit by drones", "articleSection": ["World", "Europe"]}</script>',
         "", "World"),
        # Yoast's BreadcrumbList: home, the category, then the post itself without an address.
        ('<script type="application/ld+json">{"@graph": [{"@type": "BreadcrumbList", "itemListElement": ['
         '{"@type": "ListItem", "position": 1, "name": "Startseite", "item": "https://example.org/"},'
         '{"@type": "ListItem", "position": 2, "name": "Wirtschaft", "item": "https://example.org/wirtschaft/"},'
         '{"@type": "ListItem", "position": 3, "name": "Kyiv hit by drones"}]}]}</script>', "", "Wirtschaft"),
        # A breadcrumb the page shows: the home page and the article itself are no section, nor the separators.
        ("", '<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a> ›</li>'
             '<li class="breadcrumb-item"><a href="/world">World</a> ›</li><li class="breadcrumb-item"><a href="/world/europe">Europe</a> ›</li>'
             '<li class="breadcrumb-item">Kyiv hit by drones</li></ol></nav>', "Europe"),
        # The box around the breadcrumb also holds the share buttons; a year and a back link are no sections either.
        ("", '<div class="intro__breadcrumbNavigation intro__socialSharing"><nav class="breadcrumb"><ul><li><a href="/">Startseite</a></li>'
             '<li><a href="/tipps/">Tipps</a></li></ul></nav><ul class="share"><li><a href="/share">teilen</a></li><li><a href="/tweet">tweeten</a></li></ul></div>',
         "Tipps"),
        ("", '<div id="breadcrumb"><a href="/">heise online</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/2008/">2008</a> &gt; '
             '<a href="/news/2008/kw15/">KW 15</a></div>', "News"),
        ("", '<div class="breadcrumbs"><ul><li><a href="/">Home</a></li><li><a href="javascript:history.back()">‹ Zurück</a></li></ul></div>', None),
        ("", '<p class="kicker">Politics</p>', None),
        # WordPress themes join the post's categories with commas: the first is the section. A sentence (Spox's
        # articleSection holds the description) is none, and the meta tag or the breadcrumb is read instead.
        ('<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "Corporate,Healthcare,Posts"}</script>', "", "Corporate"),
        ('<meta property="article:section" content="Wirtschaft, Tipps">', "", "Wirtschaft"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "Der dreimalige Olympiasieger Eric Frenzel und '
         'sein Teamkollege Terence Weber sind positiv auf das Coronavirus getestet worden."}</script>'
         '<meta property="article:section" content="Wintersport">', "", "Wintersport"),
        # Reuters states it as og:article:section; Parse.ly's meta and the older "section" name come after the breadcrumb,
        # a path gives its first step (the Washington Post), and where the story is teased is no section.
        ('<meta name="og:article:section" value="Business News">', "", "Business News"),
        ('<meta name="parsely-section" content="markets">', "", "markets"),
        ('<meta name="parsely-section" content="space">', '<nav class="breadcrumb"><a href="/">Home</a> <a href="/science">Science</a></nav>', "Science"),
        ('<meta name="section" content="/world/middle_east">', "", "world"),
        ('<meta property="article:section" content="Homepage"><meta name="parsely-section" content="front-page">', "", None),
        # A template's placeholder (Condé Nast's "tags", "All", "undefined"), the site's address or its name are no section:
        # the breadcrumb names it; a section's word that is also the site's name stays (National Geographic's "Magazine").
        ('<meta name="article:section" value="tags">', '<nav class="breadcrumb"><a href="/">Home</a> <a href="/science">Science</a></nav>', "Science"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "example.com"}</script>', "", None),
        ('<meta property="og:site_name" content="Page Six"><meta property="article:section" content="pagesix">', "", None),
        ('<meta property="og:site_name" content="Magazine"><meta property="article:section" content="Magazine">', "", "Magazine"),
        ("", '<nav class="breadcrumb"><a href="/">Home</a> <a href="/articles/">Articles</a> <span>Kyiv hit by drones</span></nav>', None),
        # Ruby's empty value, as a Rails template prints it (ART006 reports it)
        ('<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "nil"}</script>', "", None),
        # A step's dropdown of its subsections (the Swiss Alpine Club's, bmbf's) is no step: the step is its own link. The
        # last step's dropdown was taken for the trail's end ("Bergsport und Umwelt").
        ("", '<ul class="m-breadcrumbs__list"><li><a href="/">Startseite</a><ul><li><a href="/huetten/">Hütten</a></li></ul></li>'
             '<li><a href="/umwelt/">Umwelt</a><ul><li><a href="/umwelt/nutzen/">Nutzen &amp; Schützen</a></li>'
             '<li><a href="/umwelt/bergsport/">Bergsport und Umwelt</a></li></ul></li><li>Kyiv hit by drones</li></ul>', "Umwelt"),
        ("", '<ol class="c-breadcrumb__list"><li><a href="/" aria-label="Home"><svg></svg></a></li><li><a class="level-up" href="/forschung/" '
             'aria-label="Forschung"><svg></svg></a><a href="/forschung/">Forschung</a><button aria-label="Forschung"><svg></svg></button>'
             '<div hidden><p aria-hidden="true">Forschung</p><ul><li><a href="/forschung/arbeit/">Arbeit</a></li>'
             '<li><a href="/forschung/gesundheit/">Gesundheit</a></li></ul></div></li></ol>', "Forschung"),
        # A box marked as the breadcrumb holds the trail and, beside it, the page's subpages (Qualisys's): the trail, which
        # names the home page and the page itself, names no section. The subpages' last was taken.
        ("", '<nav class="breadcrumb-section"><p class="sr-only breadcrumb">You are here:</p><ol class="breadcrumb">'
             '<li class="breadcrumb-item"><a href="/">Willkommen</a></li><li class="breadcrumb-item active">Gefahrstoff-Service</li></ol>'
             '<nav class="subnavigation"><ul class="breadcrumb-subnav"><li><a href="/gefahrstoff/erfassen/">Infos erfassen</a><ul>'
             '<li><a href="/gefahrstoff/vorteile/">Backoffice-Vorteil</a></li></ul></li></ul></nav></nav>', None),
    ],
    ids=["meta", "json-ld", "json-ld-breadcrumb", "breadcrumb", "breadcrumb-in-a-box", "breadcrumb-by-year", "back-link", "none",
         "categories", "categories-spaced", "sentence", "og-meta", "parsely", "breadcrumb-before-parsely", "path", "homepage",
         "placeholder", "site-address", "site-name", "site-name-a-section-word", "breadcrumb-placeholder", "ruby-nil",
         "step-dropdowns", "step-dropdown-toggle", "trail-beside-subpages"],
)
def test_the_section_from_metadata_or_the_breadcrumb(head, body, section):
    html = (f'<html lang="en"><head><title>Kyiv hit by drones</title>{head}</head><body><header>{body}</header><main><article>'
            "<h1>Kyiv hit by drones</h1><p>Text of the story.</p></article></main></body></html>")
    assert (extract(html)["section"] or {}).get("text") == section


@pytest.mark.parametrize("after", ["", '<div class="share"><span>Share</span><ul><li><a href="https://facebook.com/share">Facebook</a></li>'
                                       '<li><a href="https://wa.me/?text=x">WhatsApp</a></li></ul></div>'])
def test_a_headline_that_is_the_breadcrumbs_last_step(after):
    """Spektrum's h1 is the breadcrumb's last step, and what follows the h1 in that step is no step of the trail: with share
    links there, their last ("WhatsApp") was taken for the section."""
    html = ('<html lang="de"><head><title>Genetik</title></head><body><article><ol class="breadcrumbs"><li><a href="/">Startseite</a></li>'
            '<li><a href="/biologie">Biologie</a></li><li><span class="show-for-sr">Aktuelle Seite: </span><h1>Genetik: Das Geheimnis der '
            f'Rafflesien</h1>{after}</li></ol><p>Text der Geschichte.</p></article></body></html>')
    assert (extract(html)["section"] or {}).get("text") == "Biologie"


@pytest.mark.parametrize(
    ("meta", "section"),
    [
        ('<span class="cat-links"><a href="/category/reisen/" rel="category tag">Reisen</a>, '
         '<a href="/category/afrika/" rel="category tag">Afrika</a></span>', "Reisen"),
        ('<span class="cat-links"><a href="/category/allgemein/" rel="category tag">Allgemein</a>, '
         '<a href="/category/politik/" rel="category tag">Politik</a></span>', "Politik"),
        ('<span class="cat-links"><a href="/category/uncategorized/" rel="category tag">Uncategorized</a></span>', None),
        ('<span class="tags-links"><a href="/tag/kenia/" rel="tag">Kenia</a></span>', None),
    ],
    ids=["first-category", "not-the-default", "only-the-default", "a-tag-is-no-section"],
)
def test_a_blogs_section_is_the_posts_first_category(meta, section):
    """WordPress links the post's categories with rel="category tag" in its meta line; the categories of the posts
    listed beside it are not its own."""
    html = ('<html lang="de"><head><title>Feuerholz in Kenia</title></head><body><main><article class="post"><header>'
            f'<h1 class="entry-title">Feuerholz in Kenia</h1><div class="entry-meta">{meta}</div></header><p>Text des Beitrags.</p>'
            '</article><aside><article><h2><a href="/other">Anderer Beitrag</a></h2><a href="/category/sport/" rel="category tag">Sport</a>'
            '</article></aside></main></body></html>')
    assert (extract(html)["section"] or {}).get("text") == section


@pytest.mark.parametrize(
    ("root", "head", "lang", "kind"),
    [
        ('<html lang="de-DE">', '<meta property="og:locale" content="en_US">', "de-DE", "element"),
        ("<html>", '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", "inLanguage": "pt_BR"}</script>'
                   '<meta property="og:locale" content="en_US">', "pt-BR", "json-ld"),
        ("<html>", '<meta property="og:locale" content="en_US">', "en-US", "meta"),
        ("<html>", '<meta http-equiv="content-language" content="es">', "es", "meta"),
        # A language named in words, in English or its own: its tag.
        ("<html>", '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", "inLanguage": "Deutsch"}</script>', "de", "json-ld"),
        ("<html>", '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", "inLanguage": "Klingon-ish"}</script>', None, None),
        ("<html>", '<meta name="DC.language" content="de">', "de", "meta"),
        ("<html>", '<meta name="language" content="Italian">', "it", "meta"),
        ("<html>", '<meta name="language" content="DE, AT, CH">', "DE", "meta"),
    ],
    ids=["html-lang", "json-ld", "og-locale", "http-equiv", "language-in-words", "not-a-language", "dublin-core", "meta-in-words", "meta-list"],
)
def test_the_language_from_the_html_element_then_the_metadata(root, head, lang, kind):
    html = f"{root}<head><title>T</title>{head}</head><body><main><article><h1>H</h1><p>Text.</p></article></main></body></html>"
    said = extract(html)["lang"]
    assert (said and (said["text"], said["source"]["kind"])) == (lang and (lang, kind))


@pytest.mark.parametrize(
    ("head", "body", "modified"),
    [
        ('<meta property="article:modified_time" content="2016-12-07T10:00:00Z">', "", (None, "2016-12-07T10:00:00Z")),
        ("", '<time itemprop="dateModified" datetime="2016-12-07">Updated December 7, 2016</time>', ("Updated December 7, 2016", "2016-12-07")),
        ("", '<div class="timestamp">Updated 5:03 PM EST, Wed December 7, 2016</div>', ("Updated 5:03 PM EST, Wed December 7, 2016", "2016-12-07T17:03:00-05:00")),
        ("", '<p class="date">Veröffentlicht am 06.12.2016, aktualisiert am 07.12.2016</p>', ("aktualisiert am 07.12.2016", "2016-12-07")),
        ("", '<span class="updated">Aktualisiert: <time datetime="2016-12-07T10:00">7. Dezember 2016</time></span>', ("7. Dezember 2016", "2016-12-07T10:00")),
        ("", "<p><span>Beginn: 13. Mai 2012</span> <span>Aktualisiert:</span> 15. Februar 2012</p>", ("Aktualisiert: 15. Februar 2012", "2012-02-15")),
        # The metadata's date, pointing at the page's when that shows the same day; another date shown is not its text.
        ('<meta property="article:modified_time" content="2016-12-07T15:03:00Z">', '<div class="timestamp">Updated Dec. 7, 2016</div>',
         ("Updated Dec. 7, 2016", "2016-12-07")),
        ('<meta property="article:modified_time" content="2019-10-08T16:38:24+00:00">',
         '<time class="entry-date published updated" datetime="2016-12-06T10:00:00+00:00">December 6, 2016</time>', (None, "2019-10-08T16:38:24+00:00")),
        ("", "", None),
    ],
    ids=["meta", "microdata", "updated-line", "in-the-published-line", "updated-box", "labelled-among-others", "meta-and-shown", "meta-and-another-date", "none"],
)
def test_the_modification_date_as_stated_and_as_shown(head, body, modified):
    html = (f'<html lang="de"><head><title>T</title>{head}</head><body><main><article><h1>Die Überschrift des Artikels</h1>{body}'
            "<p>Text.</p></article></main></body></html>")
    said = extract(html)["modified"]
    assert (said and (said["text"], said["datetime"])) == modified


def test_json_ld_author_references_are_resolved():
    html = ('<html lang="en"><head><script type="application/ld+json">{"@graph": [{"@type": "Article", "headline": "H",'
            ' "author": {"@id": "#lisa"}}, {"@type": "Person", "@id": "#lisa", "name": "Lisa Schmidt"}]}</script></head>'
            "<body><h1>H</h1></body></html>")
    [author] = extract(html)["authors"]
    assert author["name"] == "Lisa Schmidt" and author["source"] == {**author["source"], "kind": "json-ld", "property": "/author/0/name"}


# --- the contract -------------------------------------------------------------------


def test_default_contract_passes_the_example_and_names_what_is_missing():
    assert lint_string((EXAMPLES / "article.html").read_text(), select=["CON001"]) == []
    html = (EXAMPLES / "article.html").read_text().replace('<small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small>', "")
    [finding] = lint_string(html, select=["CON001"])
    assert finding.message == "$.images[0].credit has no credit: name the agency or photographer in the caption"
    assert (finding.line, finding.column) == (69, 9)  # the image that lacks it


def test_custom_contract_requiring_a_missing_field_gives_one_finding_at_the_page_start(run, tmp_path):
    (tmp_path / "contract.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "allOf": [{"$ref": "artlint:article.schema.json"}, {"$ref": "byline.json"}],
    }))
    (tmp_path / "byline.json").write_text(json.dumps({
        "properties": {"byline": {"type": "object", "x-message": "is missing: DW articles show a byline"}},
    }))
    page = tmp_path / "article.html"
    page.write_text((EXAMPLES / "article.html").read_text())
    result = run("article.html", "--select", "CON", "--contract", "contract.json", "--format", "json")
    findings = json.loads(result.out)["findings"]
    assert [(f["code"], f["message"], f["line"], f["column"]) for f in findings] == [
        ("CON001", "$.byline is missing: DW articles show a byline", 2, 1)]
    satisfied = page.read_text().replace('<p class="section">', '<p class="byline">By Lisa Schmidt</p><p class="section">')
    page.write_text(satisfied)
    assert json.loads(run("article.html", "--select", "CON", "--contract", "contract.json", "--format", "json").out)["findings"] == []


def test_an_x_message_shows_the_value_where_it_says_value():
    """The shipped contract's messages for a short headline and a malformed language tag quote the value and say what
    to write; a team's own x-message may quote it too ("{value}"), objects shown without their sources."""
    short = ('<!DOCTYPE html><html lang="en_US"><head><title>Vetoed</title></head><body><main><article><h1>Vetoed</h1>'
             '<p>By Jane Roe, <time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time></p><p>Text.</p></article></main></body></html>')
    assert [f.message for f in lint_string(short, select=["CON001"])] == [
        "$.lang.text “en_US” is not a language tag: write one such as en, de-CH or pt-BR in <html lang>",
        "$.headline.text “Vetoed” is no headline: say what happened, in 10 characters or more"]
    # Chinese, Japanese and Korean say as much in fewer characters: four make a headline there
    for lang, headline, said in (("zh-CN", "习近平会见拜登", []), ("ja", "速報", ["$.headline.text “速報” is no headline: say what happened, in 4 characters or more"]),
                                 ("en", "习近平会见拜登", ["$.headline.text “习近平会见拜登” is no headline: say what happened, in 10 characters or more"])):
        html = short.replace('lang="en_US"', f'lang="{lang}"').replace("<h1>Vetoed</h1>", f"<h1>{headline}</h1>").replace("<title>Vetoed", f"<title>{headline}")
        assert [f.message for f in lint_string(html, select=["CON001"])] == said, lang
    no_lang = short.replace(' lang="en_US"', "").replace("<h1>Vetoed</h1>", "<h1>速報</h1>")  # (lang null in the model)
    assert [f.message for f in lint_string(no_lang, select=["CON001"])] == [
        "$.lang is missing: declare the language with <html lang=\"…\">",
        "$.headline.text “速報” is no headline: say what happened, in 10 characters or more"]
    long = short.replace("<h1>Vetoed</h1>", "<h1>" + "Vetoed " * 30 + "</h1>").replace("<title>Vetoed", "<title>" + "Vetoed " * 30)
    assert [f.message.split(" is ", 1)[1] for f in lint_string(long, select=["CON001"])][1:] == [
        "too long for a headline: say it in 200 characters or fewer"]
    from artlint.contract import plain

    class Error:
        schema = {"x-message": "{value} is not wanted ({value})"}
        instance = {"text": "Rome", "source": {"kind": "element"}}

    assert plain(Error) == '{"text": "Rome"} is not wanted ({"text": "Rome"})'


def test_formats_are_checked():
    html = (EXAMPLES / "article.html").read_text()
    local = html.replace('"datePublished": "2016-12-06T00:21:00+01:00"', '"datePublished": "2016-12-06"').replace(
        'datetime="2016-12-06T00:21:00+01:00">December 6, 2016', 'datetime="2016-12-06">December 6, 2016')
    [finding] = lint_string(local, select=["CON001"])
    assert finding.message == ("$.published.datetime “2016-12-06” is not a valid date-time: it gives the day alone; "
                               "write 2016-12-06Thh:mm:ss+hh:mm, with the time and its offset from UTC (RFC 3339)")


@pytest.mark.parametrize(("value", "reason"), [
    # what the date says, in RFC 3339's form, where it says the moment with its offset
    ("2016-12-06T00:21:00+0100", "; write 2016-12-06T00:21:00+01:00 (RFC 3339)"),
    ("2016-12-06 00:21:00 UTC", "; write 2016-12-06T00:21:00Z (RFC 3339)"),
    ("2016-12-06T00:21+01:00", "; write 2016-12-06T00:21:00+01:00 (RFC 3339)"),
    ("2016-12-06T00:21:00.270+01", "; write 2016-12-06T00:21:00.270+01:00 (RFC 3339)"),
    # what it lacks
    ("2016-12-06 00:21:00", ": it gives no offset from UTC; write 2016-12-06T00:21:00+hh:mm, with the offset (RFC 3339)"),
    # nothing certain: an example
    ("2018-11-28CET11:59:00+0100", "; write a date with the time and its offset, e.g. 2016-12-06T00:21:00+01:00 (RFC 3339)"),
    ("2022-01-10T22:06:08:684Z", "; write a date with the time and its offset, e.g. 2016-12-06T00:21:00+01:00 (RFC 3339)"),
])
def test_a_date_time_that_is_not_rfc_3339_is_told_what_to_write(value, reason):
    html = (f'<html lang="en"><head><meta property="article:published_time" content="{value}"></head><body><main><article>'
            "<h1>Russia blocks UN resolution for Aleppo ceasefire</h1><p>Text.</p></article></main></body></html>")
    assert [f.message for f in lint_string(html, select=["CON001"]) if ".published" in f.message] == [
        f"$.published.datetime “{value}” is not a valid date-time{reason}"]


@pytest.mark.parametrize(("time", "reason"), [
    # the time its text says fills in what the value lacks
    ('datetime="2016-12-13">Dec 13, 2016 at 3:45 pm',
     ": it gives the day alone; write 2016-12-13T15:45:00+hh:mm, the time the text says with its offset from UTC (RFC 3339)"),
    ('datetime="2016-12-13 15:45:26">Dec 13, 2016 3:45 PM EST',
     ": it gives no offset from UTC; write 2016-12-13T15:45:26-05:00, the moment the text says (RFC 3339)"),
    # (guards) a text of another day, or of no time of day, or of another minute: what the value lacks
    ('datetime="2016-12-13">Dec 14, 2016 at 3:45 pm',
     ": it gives the day alone; write 2016-12-13Thh:mm:ss+hh:mm, with the time and its offset from UTC (RFC 3339)"),
    ('datetime="2016-12-13">December 13, 2016',
     ": it gives the day alone; write 2016-12-13Thh:mm:ss+hh:mm, with the time and its offset from UTC (RFC 3339)"),
    ('datetime="2016-12-13 15:45:26">Dec 13, 2016 9:00 AM EST',
     ": it gives no offset from UTC; write 2016-12-13T15:45:26+hh:mm, with the offset (RFC 3339)"),
])
def test_a_date_time_without_its_time_or_offset_is_told_the_one_its_text_says(time, reason):
    """Chicago Tribune's <time datetime="2016-12-13">Dec 13, 2016 at 3:45 pm</time>: the page says the time, and the
    message writes it into the value (76 corpus pages)."""
    html = ('<html lang="en-US"><body><main><article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1>'
            f'<p class="byline">By Jane Doe</p><p><time {time}</time></p><p>Text.</p></article></main></body></html>')
    value = time.split('"')[1]
    assert [f.message for f in lint_string(html, select=["CON001"]) if ".published" in f.message] == [
        f"$.published.datetime “{value}” is not a valid date-time{reason}"]


def test_a_published_time_meta_of_the_day_alone_is_told_the_moment_the_page_shows():
    """A meta tag's day, which the page shows with its time and zone: the message gives the moment, zone and all."""
    html = ('<html lang="en-US"><head><meta property="article:published_time" content="2016-12-13"></head>'
            '<body><main><article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1><p class="byline">By Jane Doe</p>'
            '<p class="date">December 13, 2016, 3:45 PM EST</p><p>Text.</p></article></main></body></html>')
    assert [f.message for f in lint_string(html, select=["CON001"]) if ".published" in f.message] == [
        "$.published.datetime “2016-12-13” is not a valid date-time: it gives the day alone; write 2016-12-13T15:45:00-05:00, "
        "the moment the text says (RFC 3339)"]


def test_contract_from_configuration(run, tmp_path):
    (tmp_path / "contracts").mkdir()
    (tmp_path / "contracts" / "ours.json").write_text(json.dumps({"required": ["section"], "properties": {"section": {"type": "object"}}}))
    (tmp_path / "artlint.toml").write_text('contract = "contracts/ours.json"\nselect = ["CON"]\n')
    (tmp_path / "p.html").write_text('<html lang="en"><body><h1>Headline here</h1></body></html>')
    assert [f["message"] for f in json.loads(run("p.html", "--format", "json").out)["findings"]] == ["$.section is missing"]


@pytest.mark.parametrize("table", ["", "[rules.contract-violation]\n"])
def test_a_configured_contract_is_found_from_the_configurations_directory_wherever_artlint_runs(run, tmp_path, table):
    """Set under [rules.contract-violation], the file was looked for in the working directory instead."""
    site = tmp_path / "site"
    (site / "contracts").mkdir(parents=True)
    (site / "contracts" / "ours.json").write_text(json.dumps({"required": ["section"], "properties": {"section": {"type": "object"}}}))
    (site / "artlint.toml").write_text('select = ["CON"]\n' + table + 'contract = "contracts/ours.json"\n')
    (site / "p.html").write_text('<html lang="en"><body><h1>Headline here</h1></body></html>')
    found = json.loads(run("site/p.html", "--format", "json").out)["findings"]
    assert [f["message"] for f in found] == ["$.section is missing"]
    (site / "artlint.toml").write_text('select = ["CON"]\n' + table + 'contract = "contracts"\n')
    key = "rules.contract-violation.contract" if table else "contract"
    assert_one_error(run("site/p.html"), f"artlint.toml: {key}: 'contracts': {site / 'contracts'} is a directory; name the contract's JSON file")
    (site / "artlint.toml").write_text('select = ["CON"]\n' + table + 'contract = "ours.json"\n')
    assert_one_error(run("site/p.html"), f"artlint.toml: {key}: 'ours.json': no file {site / 'ours.json'}")


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        ('{"type": "strin"}', ["contract.json", "invalid contract schema at /type", "'strin'"]),
        ('{"properties": {"headline": {"minLength": -1}}}', ["contract.json", "invalid contract schema at /properties/headline/minLength"]),
        ('{"type": "object",}', ["contract.json", "not valid JSON", "line 1, column 19"]),
        ('{"$ref": "missing.json"}', ["contract.json", "$ref 'missing.json': no file"]),
        ('{"$ref": "artlint:nope.schema.json"}', ["names no schema that artlint ships"]),
        ('{"$ref": "#/nope"}', ["contract.json", "invalid contract schema at /$ref", "'#/nope' points at nothing"]),
        ('{"$defs": {"a": {}}, "allOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}]}',
         ["contract.json", "invalid contract schema at /allOf/1/$ref", "'#/$defs/b' points at nothing"]),
        ('{"properties": {"headline": {"$ref": "#byline"}}}', ["invalid contract schema at /properties/headline/$ref", "'#byline'"]),
        # A pointer on through true, or at a value that is no schema
        ('{"$defs": {"a": true}, "$ref": "#/$defs/a/0"}', ["contract.json", "invalid contract schema at /$ref", "'#/$defs/a/0' points at nothing"]),
        ('{"$defs": {"a": {"title": "Byline"}}, "properties": {"byline": {"$ref": "#/$defs/a/title"}}}',
         ["contract.json", "at /properties/byline/$ref: $ref '#/$defs/a/title' points at the text “Byline”, not a schema"]),
        ('{"allOf": [{"$id": "http://[x/"}]}', ["contract.json", "invalid contract schema at /allOf/0/$id: $id 'http://[x/' is not a valid address"]),
        # Draft 4's meta-schema leaves "$ref" free (a property named "$ref" is a property)
        ('{"$schema": "http://json-schema.org/draft-04/schema#", "properties": {"headline": {"$ref": 90}}}',
         ["contract.json", "invalid contract schema at /properties/headline/$ref: 90 is not a string"]),
        ('{"$schema": "http://json-schema.org/draft-04/schema#", "$ref": "\\u000f"}',
         ["contract.json", 'invalid contract schema at /$ref: "\\u000f" is not an address (it holds U+000F)']),
        # … and below a subschema with its own $id, whose address its references resolve against
        ('{"$defs": {"x": {"$id": "https://example.org/x", "$ref": "#/nope"}}, "properties": {"headline": {"$ref": "https://example.org/x"}}}',
         ["contract.json", "at /$defs/x/$ref: $ref '#/nope' points at nothing"]),
        ('{"properties": {"headline": {"$dynamicRef": "#meta"}}}', ["at /properties/headline/$dynamicRef", "'#meta' points at nothing"]),
        ('{"$schema": "https://example.com/our-dialect", "required": ["headline"]}',
         ["contract.json", "$schema names a dialect artlint does not know: 'https://example.com/our-dialect'", "2020-12"]),
        ('{"$schema": 7}', ["contract.json", "invalid contract schema at /$schema: 7 is not a string"]),
        # A file the contract refers to is named itself.
        ('{"$ref": "part.json"}', ["part.json", "invalid contract schema at /type", "'objekt'"]),
        ('{"$ref": "dialect.json"}', ["dialect.json", "does not know: 'https://example.com/d'"]),
    ],
)
def test_broken_contracts(run, tmp_path, content, fragments):
    (tmp_path / "part.json").write_text('{"type": "objekt"}')
    (tmp_path / "dialect.json").write_text('{"$schema": "https://example.com/d"}')
    (tmp_path / "contract.json").write_text(content)
    (tmp_path / "p.html").write_text("<html lang='en'><body><h1>Headline here</h1></body></html>")
    assert_one_error(run("p.html", "--contract", "contract.json"), *fragments)


def test_a_property_named_like_a_keyword_is_a_property(run, tmp_path):
    """(guard)"""
    contract = {"$schema": "http://json-schema.org/draft-04/schema#", "properties": {"$ref": {"type": "string"}}, "required": ["$ref"]}
    (tmp_path / "contract.json").write_text(json.dumps(contract))
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    done = run("p.html", "--contract", "contract.json", "--select", "CON001", "--format", "json")
    assert [f["message"] for f in json.loads(done.out)["findings"]] == ["$ lacks $ref"]


def test_the_values_of_const_default_and_examples_are_data_not_schemas(run, tmp_path):
    """A "$ref" or "$id" in them is no reference and no address: the validator never follows them. Before, artlint
    looked for elsewhere.json, and called the contract invalid for '#/nowhere' and 'http://[x/'."""
    contract = {"default": {"$id": "http://[x/"}, "properties": {"headline": {
        "examples": [{"$ref": "elsewhere.json", "text": "Storm hits the coast"}], "const": {"$ref": "#/nowhere"}}}}
    (tmp_path / "contract.json").write_text(json.dumps(contract))
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    done = run("p.html", "--contract", "contract.json", "--select", "CON001", "--format", "json")
    assert [(f["line"], f["message"]) for f in json.loads(done.out)["findings"]] == [
        (64, '$.headline is an object (text), not {"$ref": "#/nowhere"}')]


def test_a_reference_below_a_subschemas_own_id_resolves_against_it(run, tmp_path):
    """"y" below "$id": "defs/x" is defs/y, another subschema of the file (it was looked for as a file next to it)."""
    contract = {"$id": "https://example.org/contracts/ours.json", "$ref": "defs/x",
                "$defs": {"x": {"$id": "defs/x", "$ref": "y"}, "y": {"$id": "defs/y", "required": ["kicker"]}}}
    (tmp_path / "contract.json").write_text(json.dumps(contract))
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    done = run("p.html", "--contract", "contract.json", "--select", "CON001", "--format", "json")
    assert [(f["line"], f["message"]) for f in json.loads(done.out)["findings"]] == [(2, "$ lacks kicker")]  # (at <html>)


def test_a_contract_in_an_older_draft_is_validated_by_that_draft(run, tmp_path):
    """Draft 7's "items" as a list checks each position (2020-12 calls it "prefixItems", and rejects the list)."""
    contract = {"$schema": "http://json-schema.org/draft-07/schema#",
                "properties": {"images": {"items": [{"required": ["credit", "rights"]}]}}}
    (tmp_path / "contract.json").write_text(json.dumps(contract))
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    done = run("p.html", "--contract", "contract.json", "--select", "CON001", "--format", "json")
    assert [(f["line"], f["message"]) for f in json.loads(done.out)["findings"]] == [(69, "$.images[0] lacks rights")]


def test_a_draft_4_contract_refers_by_its_id_to_files_next_to_it(run, tmp_path):
    """Draft 4 names a schema's address "id" (and "id": "#name" is a name within the file)."""
    (tmp_path / "defs.json").write_text(json.dumps({"definitions": {"shown": {"id": "#shown", "required": ["kicker"]}}}))
    contract = {"$schema": "http://json-schema.org/draft-04/schema#", "id": "https://example.org/contracts/ours.json",
                "properties": {"headline": {"$ref": "defs.json#/definitions/shown"}}}
    (tmp_path / "contract.json").write_text(json.dumps(contract))
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    done = run("p.html", "--contract", "contract.json", "--select", "CON001", "--format", "json")
    assert [(f["line"], f["message"]) for f in json.loads(done.out)["findings"]] == [(64, "$.headline lacks kicker")]


def test_refs_to_a_definition_an_anchor_or_a_subschemas_own_id_are_local(run, tmp_path):
    contract = {
        "$defs": {"shown": {"$anchor": "shown", "required": ["text"]},
                  "dated": {"$id": "https://example.org/schemas/dated", "required": ["datetime"]}},
        "properties": {"headline": {"$ref": "#shown"}, "published": {"$ref": "https://example.org/schemas/dated"},
                       "lang": {"$ref": "#/$defs/shown"}},
    }
    (tmp_path / "contract.json").write_text(json.dumps(contract))
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    done = run("p.html", "--contract", "contract.json", "--select", "CON001")
    assert (done.code, done.err) == (0, "")


def test_a_contracts_pattern_that_backtracks_catastrophically_does_not_hang_the_run(run, tmp_path):
    """Python's re needs minutes for ^(\\w+\\s?)+$ on forty words and a "!"; contract patterns run bounded, as packs' do."""
    (tmp_path / "contract.json").write_text(json.dumps({"properties": {"headline": {"properties": {"text": {"pattern": "^(\\w+\\s?)+$"}}}}}))
    (tmp_path / "p.html").write_text('<html lang="en"><body><main><article><h1>' + "word " * 40 + "!</h1><p>Text.</p></article></main></body></html>")
    done = run("p.html", "--contract", "contract.json", "--select", "CON001", "--format", "json")
    assert done.code == 1, done
    assert [f["message"].endswith("does not match the pattern ^(\\w+\\s?)+$") for f in json.loads(done.out)["findings"]] == [True]


@pytest.mark.parametrize("contract", ['{"$ref": "#"}', '{"properties": {"headline": {"$ref": "#/$defs/a"}}, '
                                      '"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}}'])
def test_a_contract_whose_references_loop_is_named_not_blamed_on_the_page(run, tmp_path, contract):
    (tmp_path / "contract.json").write_text(contract)
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    assert_one_error(run("p.html", "--contract", "contract.json"), "invalid contract schema", "contract.json", "loop without end")


@pytest.mark.parametrize("headline, where, name", [
    ({"type": ["string", "headline"]}, "/properties/headline/type", "headline"),
    ({"type": ["string", {"disallow": "String"}]}, "/properties/headline/type/1/disallow", "String"),
    ({"properties": {"kicker": {"type": "text"}}}, "/properties/headline/properties/kicker/type", "text"),
])
def test_a_draft_3_type_that_names_no_type_is_an_invalid_contract_before_any_page(run, tmp_path, headline, where, name):
    """Draft 3's meta-schema lets "type" and "disallow" be any string; the validator knows eight (found by fuzzing
    with atheris). Named when the contract loads, also where no page's value reaches it (the model has no kicker)."""
    contract = {"$schema": "http://json-schema.org/draft-03/schema#", "properties": {"headline": headline}}
    (tmp_path / "contract.json").write_text(json.dumps(contract))
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    assert_one_error(run("p.html", "--contract", "contract.json"), "contract.json", f"invalid contract schema at {where}: "
                     f'"{name}" names no type (string, number, integer, boolean, object, array, null, any)')


def test_a_draft_3_contract_may_name_any_type(run, tmp_path):
    contract = {"$schema": "http://json-schema.org/draft-03/schema#",
                "properties": {"headline": {"type": ["object", "null"], "disallow": ["string", "array"],
                                            "properties": {"text": {"type": "any"}}}}}
    (tmp_path / "contract.json").write_text(json.dumps(contract))
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    done = run("p.html", "--contract", "contract.json", "--select", "CON001")
    assert (done.code, done.err) == (0, "")


def test_a_false_schema_says_so_in_plain_words(run, tmp_path):
    (tmp_path / "contract.json").write_text("false")
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    done = run("p.html", "--contract", "contract.json", "--select", "CON001", "--format", "json")
    assert [f["message"] for f in json.loads(done.out)["findings"]] == ["$ is not allowed: the contract's schema here is false"]


def test_a_contract_with_its_own_id_refers_to_files_next_to_it(run, tmp_path):
    """Teams give their schemas an $id; a relative $ref then resolves against it, and still means the file beside it."""
    (tmp_path / "defs.json").write_text(json.dumps({"$id": "urn:example:defs", "$defs": {"shown": {"$ref": "#/$defs/texted"},
                                                                                     "texted": {"required": ["text"]}}}))
    contract = {"$id": "https://example.org/contracts/ours.json", "properties": {"headline": {"$ref": "defs.json#/$defs/shown"}}}
    (tmp_path / "contract.json").write_text(json.dumps(contract))
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    done = run("p.html", "--contract", "contract.json", "--select", "CON001")
    assert (done.code, done.err) == (0, "")
    contract["properties"]["headline"]["$ref"] = "defs.json#/$defs/gone"
    (tmp_path / "contract.json").write_text(json.dumps(contract))
    assert_one_error(run("p.html", "--contract", "contract.json"), "contract.json", "invalid contract schema at /properties/headline/$ref")


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"properties": {"headline": {"type": "string"}}}, "$.headline is an object (text), not a string"),
        ({"properties": {"authors": {"type": ["object", "null"]}}}, "$.authors is an empty list, not an object or null"),
        ({"properties": {"images": {"maxItems": 0}}}, "$.images has 1 item; the contract allows at most 0"),
        ({"properties": {"lang": {"properties": {"text": {"const": "de"}}}}}, "$.lang.text is the text “en”, not “de”"),
        ({"properties": {"lang": {"properties": {"text": {"enum": ["de", "fr"]}}}}}, "$.lang.text “en” is not one of “de”, “fr”"),
        # (values in JSON's words: not Python's None and True)
        ({"properties": {"headline": {"enum": [None, True, {"text": "Storm"}]}}},
         '$.headline is an object (text), not one of null, true, {"text": "Storm"}'),
        ({"properties": {"attribution": {"not": {"type": "object"}}}}, "$.attribution is an object (text, initials, agencies) that fails “not”: {\"type\": \"object\"}"),
        # A contract's long lists and a page's long values are cut short: the message stays a line
        ({"properties": {"lang": {"properties": {"text": {"enum": list(range(100_000))}}}}},
         "$.lang.text “en” is not one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, … (100,000 in all)"),
        ({"properties": {"headline": {"properties": {"text": {"pattern": "^x" + "y" * 200}}}}},
         "$.headline.text “Russia blocks UN resolution for Aleppo ceasefire” does not match the pattern ^x" + "y" * 117 + "…"),
        ({"properties": {"url": {"properties": {"text": {"format": "email"}}}}},  # (an address of 84 characters, shown whole)
         "$.url.text “https://www.dw.com/en/russia-blocks-un-resolution-for-aleppo-ceasefire/a-36660133” is not a valid email; "
         "write an address such as desk@example.com"),
        # a date-time where the contract wants a day: the day it gives
        ({"properties": {"published": {"properties": {"datetime": {"format": "date"}}}}},
         "$.published.datetime “2016-12-06T00:21:00+01:00” is not a valid date; write 2016-12-06"),
    ],
)
def test_contract_messages_say_what_the_value_is_in_plain_words(run, tmp_path, rule, message):
    (tmp_path / "contract.json").write_text(json.dumps(rule))
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    done = run("p.html", "--contract", "contract.json", "--select", "CON001", "--format", "json")
    assert [f["message"] for f in json.loads(done.out)["findings"]] == [message]


def test_remote_ref_is_refused_without_any_connection(run, tmp_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(3)
    port = listener.getsockname()[1]
    connections = []

    def watch():
        try:
            connections.append(listener.accept())
        except OSError:
            pass

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        (tmp_path / "contract.json").write_text(json.dumps({"$ref": f"http://127.0.0.1:{port}/article.json"}))
        (tmp_path / "p.html").write_text("<html lang='en'><body><h1>Headline here</h1></body></html>")
        assert_one_error(run("p.html", "--contract", "contract.json"), f"$ref 'http://127.0.0.1:{port}/article.json' points at a remote address")
    finally:
        watcher.join()
        listener.close()
    assert connections == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_model_of_real_pages_follows_its_schema():
    from artlint.model import extract as build
    from artlint.load import decode
    from artlint.page import Page

    for path in sorted(CORPUS.glob("*/html/*.html"))[::50]:
        MODEL.validate(build(Page(path.name, decode(path.read_bytes()))))


def test_photo_credits_are_not_bylines():
    html = ('<html lang="de"><body><main><article><h1>Die Überschrift des Artikels</h1>'
            '<figure><img src="a.jpg" alt="x"><figcaption>Heu <span class="author">Bild: S. Lafrentz</span></figcaption></figure>'
            '<p class="byline">Bild: PAP/ Rafał Guz</p><p>Text.</p></article></main></body></html>')
    assert extract(html)["authors"] == []


@pytest.mark.parametrize(
    "body, head, day",
    [
        ("<h1>Tach auch, liebe Leute</h1><abbr class='published' title='2020-04-28T21:11:00+02:00'>Dienstag</abbr>", "", "2020-04-28"),
        ("<h1>Alleinerziehende stärken</h1><p>Text</p>", "<meta name='sw-pubdate' content='2021-11-19'>", "2021-11-19"),
        ('<div><h1>Messengerdienste</h1></div>' + "<p>filler text here.</p>" * 60 + '<ul><li><span>Datum:</span>26. Januar 2022</li></ul>', "", "2022-01-26"),
        # Blogger: no h1, the title from og:title, the date in a "widget" that also holds the post.
        ('<div class="widget Blog"><h2 class="date-header"><span>Samstag, 5. Oktober 2013</span></h2>'
         '<h3 class="post-title">Viertes Blog-Interview</h3><p>Text</p></div><aside class="widget"><span>1. Mai 2013</span></aside>',
         "<meta property='og:title' content='Viertes Blog-Interview'>", "2013-10-05"),
        ('<h1>Putin and the hack</h1><div class="ShareByline"><div>December 16, 2016, 4:19 PM</div></div>', "", "2016-12-16"),
        # A two-digit year run into the time by adjacent spans reads as 2019, not 1912.
        ('<h1>Kein App Store mehr</h1><span class="date"><span>28.09.19</span><span>12:44</span></span>', "", "2019-09-28"),
        # Far below the headline, as the last resort, but never in a comment.
        ('<h1>Time to say goodbye</h1>' + "<p>A long paragraph of text.</p>" * 80 + "<p>Benni, 10. September 2017</p>"
         '<div class="comments"><p>1. Januar 2018</p></div>', "", "2017-09-10"),
        # Last resorts beside the headline: the article's meta aside, and a page that shows only its update.
        ('<article><div class="row"><aside class="columns"><ul class="content__meta"><li class="content__meta__date">19.07.2022</li></ul></aside>'
         '<div class="columns"><h2>Das Geheimnis der Riesenblumen</h2><p>Text</p></div></div></article>', "<meta property='og:title' content='Das Geheimnis der Riesenblumen'>",
         "2022-07-19"),
        ('<h1>Here are six gadgets</h1><span>Updated: Dec 15, 2016 2:57 PM UTC</span>', "", "2016-12-15"),
        # Blogger's itemprop=datePublished on an <abbr> whose title holds the date-time.
        ("<h1>Privacy Policy</h1><p>Text.</p><a href='/2018/06/privacy.html'><abbr itemprop='datePublished' title='2018-06-05T08:00:00-07:00'>08:00</abbr></a>",
         "", "2018-06-05"),
        # A review's footer beside its text, after a line break; and a long text whose only date is its update.
        ('<div class="rez_content"><h1>Vom Boden aus gedacht</h1>' + "<p>A long paragraph of text.</p>" * 400 + "</div>"
         '<div class="rez_footer"><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p></div>', "", "2023-11-01"),
        ('<h1>Kinder und Arbeit</h1>' + "<p>A long paragraph of text.</p>" * 400 + '<p class="info">Aktualisiert: 30.12.2016</p>', "", "2016-12-30"),
        # A date standing alone just above the headline beats one in the text below it.
        ('<div class="topline"><span>Pressemitteilung</span><span>06.12.2022</span></div><h1>Bürgerbeteiligung am Windpark</h1>'
         "<p>Mit der Investition, die am 10. Februar 2023 beginnt, fördern Anleger die Energiewende.</p>", "", "2022-12-06"),
        # A bare <meta name="date"> (often the last change) gives way to a date shown beside the headline; a stated
        # article:published_time does not.
        ('<h1>Winter mit Hund</h1><div class="date">27.01.2022</div><p>Text.</p>', "<meta name='date' content='2022-01-21T15:38:44+01:00'>", "2022-01-27"),
        ('<h1>Winter mit Hund</h1><div class="date">27.01.2022</div><p>Text.</p>',
         "<meta property='article:published_time' content='2022-01-21T15:38:44+01:00'>", "2022-01-21"),
        # A date line that names the update first: the publication date, in any order and language.
        ('<h1>Winter mit Hund</h1><p class="date">Updated 6 March 2024, first published 5 March 2024</p><p>Text.</p>', "", "2024-03-05"),
        ("<h1>Winter mit Hund</h1><p>Aktualisiert am 06.03.2024, erstellt am 05.03.2024</p><p>Text.</p>", "", "2024-03-05"),
        ("<h1>Winter mit Hund</h1><p>Mis à jour le 06/03/2024 à 12h00 - Publié le 05/03/2024 à 10h00</p><p>Text.</p>", "", "2024-03-05"),
        ("<h1>Winter mit Hund</h1><p>Actualizado: 06/03/2024 12:00 - Publicado: 05/03/2024 10:00</p><p>Text.</p>", "", "2024-03-05"),
        ("<h1>Winter mit Hund</h1><p>Bijgewerkt: 6 maart 2024, gepubliceerd: 5 maart 2024</p><p>Text.</p>", "", "2024-03-05"),
        # A <time> that says it is the update, in its own text: the JSON-LD date (CBS News).
        ('<h1>Winter mit Hund</h1><p><time datetime="2019-11-19T10:07:00-0500">Updated on: November 19, 2019 / 10:07 AM</time></p>',
         '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-18T13:16:49+00:00"}</script>', "2019-11-18"),
        # A compact date in a meta tag, and the scholarly citation_publication_date.
        ("<h1>Winter mit Hund</h1><p>Text.</p>", "<meta name='pubdate' content='20220121'>", "2022-01-21"),
        ("<h1>Winter mit Hund</h1><p>Text.</p>", "<meta name='citation_publication_date' content='2022/01/21'>", "2022-01-21"),
        # A placeholder date in JSON-LD gives way to the date the page shows (Gannett: "0001-01-01T00:00:00Z").
        ('<h1>Teachers pack the Statehouse</h1><div class="asset-metabar">Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019</div>',
         '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}</script>', "2019-11-19"),
        # JSON-LD and article:published_time disagree: the date shown beside the headline sides with one of them
        # (a republished story); with no date shown, JSON-LD's.
        ('<h1>Winter mit Hund</h1><div class="date">15.12.2022</div><p>Text.</p>',
         '<meta property="article:published_time" content="2022-12-15T09:13:00"><script type="application/ld+json">'
         '{"@type": "NewsArticle", "datePublished": "2021-12-06T14:36:00+01:00"}</script>', "2022-12-15"),
        ('<h1>Winter mit Hund</h1><div class="date">06.12.2021</div><p>Text.</p>',
         '<meta property="article:published_time" content="2022-12-15T09:13:00"><script type="application/ld+json">'
         '{"@type": "NewsArticle", "datePublished": "2021-12-06T14:36:00+01:00"}</script>', "2021-12-06"),
        ('<h1>Winter mit Hund</h1><p>Text.</p>',
         '<meta property="article:published_time" content="2022-12-15T09:13:00"><script type="application/ld+json">'
         '{"@type": "NewsArticle", "datePublished": "2021-12-06T14:36:00+01:00"}</script>', "2021-12-06"),
        # A bare <meta name="date"> in the server's order of month and day gives way to the date the page labels as
        # its publication's, far below the headline too.
        ("<h1>Trinkwasser in Schwarzenmatt belastet</h1>" + "<p>A long paragraph of text.</p>" * 40 + "<p>Erstellt am: 01.11.2023</p>",
         "<meta name='date' content='11/01/2023 12:43:42'>", "2023-11-01"),
        # A page's address whose last step is its date, day first (not in an American's English, when month and day are both 12 or less).
        ("<h1>Erfolgsgeschichte</h1><p>Text.</p>", "<link rel='canonical' href='https://weisser-ring.de/media-news/meldungen/29-10-2021'>", "2021-10-29"),
        ("<h1>Erfolgsgeschichte</h1><p>Text.</p>", "<link rel='canonical' href='https://weisser-ring.de/media-news/meldungen/09-10-2021'>", "2021-10-09"),
        # A date in a sentence of the text is the event's: the date in the page's address comes first; without
        # one, the sentence's date is the last witness.
        ("<h1>Zentrum am Berg offiziell eröffnet</h1><p>Im Beisein zahlreicher Ehrengäste wurde das Zentrum am Berg "
         "am 18. Oktober 2021 am steirischen Erzberg offiziell eröffnet.</p>",
         "<link rel='canonical' href='https://www.bundesfeuerwehrverband.at/2021/10/20/zentrum-am-berg-offiziell-eroeffnet/'>", "2021-10-20"),
        ("<h1>Zentrum am Berg offiziell eröffnet</h1><p>Im Beisein zahlreicher Ehrengäste wurde das Zentrum am Berg "
         "am 18. Oktober 2021 am steirischen Erzberg offiziell eröffnet.</p>", "", "2021-10-18"),
        # … and CNN's address with the section between the year and the month; the date in its story highlights is history's.
        ("<h1>Democrats to use Social Security against GOP</h1><ul><li>The Social Security Act was signed into law on August 14, 1935</li></ul>",
         "<link rel='canonical' href='http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html'>", "2010-08-13"),
        # A navigation named by its class is not the article's: the date after it is.
        ('<div><ul id="currentNav"><li><a href="/wb1">WoB 31. Dezember 2021</a></li></ul></div><header><h4>Wochenbericht</h4></header>'
         "<p>Text.</p><div>14.01.2022</div>", "", "2022-01-14"),
    ],
    ids=["hatom-abbr", "meta-pubdate", "labelled", "blogger-widget", "share-byline", "two-digit-year", "far-below",
         "meta-aside", "only-updated", "itemprop-abbr", "labelled-after-br", "only-updated-far-below", "alone-above-headline",
         "generic-meta-date", "stated-published-time", "update-first-en", "update-first-de", "update-first-fr", "update-first-es", "update-first-nl",
         "time-says-updated", "compact-meta-date", "citation-date", "placeholder-json-ld", "json-ld-and-meta-disagree-shown-meta",
         "json-ld-and-meta-disagree-shown-json-ld", "json-ld-and-meta-disagree-none-shown", "generic-meta-date-labelled", "url-day-first", "url-day-first-small", "sentence-after-url", "sentence-last", "section-in-url", "nav-by-class"],
)
def test_more_places_publishers_put_the_date(body, head, day):
    html = f'<html lang="de"><head><title>T</title>{head}</head><body><main>{body}</main></body></html>'
    assert extract(html)["published"]["datetime"][:10] == day


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="left author">Author: <a href="index.php?site=profile&amp;id=58"><b>Bo2man</b></a> am 29.05.2012</div>',
        '<p class="byline">By Lisa Schmidt, December 6, 2016</p>',
        '<footer class="footer"><span>Author: </span><span>Lisa Schmidt</span></footer>',
    ],
)
def test_bylines_with_dates_and_in_article_footers(byline):
    html = f'<html lang="en"><body><main><article><h1>A headline of some length</h1><p>Text.</p>{byline}</article></main></body></html>'
    assert [a["name"] for a in extract(html)["authors"]] in (["Bo2man"], ["Lisa Schmidt"])


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ('<meta property="og:site_name" content="EJW"><meta property="og:title" content="Faire Lieferketten - EJW">', "Faire Lieferketten"),
        ('<link rel="canonical" href="https://www.xinhuanet.com/a.htm"><meta property="og:title" content="武汉的声音|xinhuanet">', "武汉的声音"),
        ("<title>mediaarchitecture.de //   &raquo; Jens Weber</title>", "Jens Weber"),
        # Without a known site name, a short last part is the site, even when it is the longer one.
        ("<title>Drones hit Kyiv | Daily Mail Online</title>", "Drones hit Kyiv"),
        ("<title>Home | The complete guide to growing lemons indoors</title>", "The complete guide to growing lemons indoors"),
        # A dash between numbers is a range, not a separator.
        ("<title>Wochenbericht 14. - 20. Januar 2022 - SLF</title>", "Wochenbericht 14. - 20. Januar 2022"),
        # The site's name from its address, when the title is all the page says.
        ('<link rel="canonical" href="https://www.sheego.de/magazin/cleaning/"><title>Magic Cleaning | sheego ♥ Magazin</title>', "Magic Cleaning"),
    ],
)
def test_site_names_are_stripped_from_stated_headlines(head, headline):
    html = f'<html lang="de"><head>{head}</head><body><p>Text</p></body></html>'
    assert extract(html)["headline"]["text"] == headline


@pytest.mark.parametrize(
    ("head", "body", "names"),
    [
        # Roles and desks beside the name are not people.
        ("", '<p class="byline">By <a href="/author/andrew-husband">Andrew Husband</a>, Culture Writer</p>', ["Andrew Husband"]),
        ("", '<p class="byline">By Howard Blume, Staff Writer</p>', ["Howard Blume"]),
        ("", '<p class="byline">By Grant Tinsley, PhD</p>', ["Grant Tinsley"]),
        # Beside a person, the agency and the site itself go; alone, an agency stays.
        ('<meta property="og:site_name" content="Herrpfleger">', '<p class="byline">Von Matthias, Herrpfleger</p>', ["Matthias"]),
        ("", '<p class="byline">By Rob Picheta, CNN</p>', ["Rob Picheta"]),
        ("", '<p class="byline">Von dpa</p>', ["dpa"]),
        # The publisher's company, address and CMS account in the author meta tag are not authors.
        ('<meta name="author" content="Olympia-Verlag GmbH, Nürnberg, Germany">', "", []),
        ('<meta name="author" content="hessenschau.de, Frankfurt, Germany">', "", []),
        ('<meta name="author" content="Super User">', "", []),
        ('<meta name="author" content="Jonathan Krase">', "", ["Jonathan Krase"]),
        # A role with its organisation after the name, a list's kind of item, a theme's "designed" are not people.
        ("", '<p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p>', ["Uta Staschewski"]),
        ('<meta name="author" content="Peter Amende und Fuchsy designed">', "", ["Peter Amende"]),
        # Links to a site's member pages in its menus are not bylines: registration, a list of services (Yomiuri). A post's
        # meta line with the author's link among date and section, and a list of authors' links, are.
        ("", '<div><a href="https://www.yomiuri.co.jp/member/free/new_registration/account/">一般会員登録はこちら（無料）</a></div>', []),
        ("", "<dl>" + "".join(f'<dd><a href="/{p}/">{t}</a></dd>' for p, t in [("stream", "動画"), ("kosodate", "子育てサロン"),
         ("member/mynews", "myニュース"), ("member/scrap", "スクラップ"), ("article-search", "紙面記事検索")]) + "</dl>", []),
        ("", '<ul><li><a href="/author/modejournalistin/">Kathrin Bierling</a></li><li>6. Mai 2019</li><li><a href="/beauty/">Beauty</a></li>'
             '<li>3 Kommentare</li><li><a href="/tag/reisen/">Reisen</a></li></ul>', ["Kathrin Bierling"]),
        ("", "<ul>" + "".join(f'<li><a href="/author/{n.lower().replace(" ", "-")}/">{n}</a></li>' for n in
                              ["Jane Doe", "John Roe", "Ann Lee", "Bo Chen", "Eva Berg"]) + "</ul>", ["Jane Doe", "John Roe", "Ann Lee", "Bo Chen", "Eva Berg"]),
        # The site's name run on after the person's (BuzzFeed, USA TODAY's network).
        ('<meta property="og:site_name" content="BuzzFeed">', '<div class="byline">Mark Di Stefano BuzzFeed News Reporter</div>',
         ["Mark Di Stefano"]),
        ('<meta property="og:site_name" content="USA TODAY">', '<div class="byline">Kevin Johnson and Kevin McCoy USA TODAY</div>',
         ["Kevin Johnson", "Kevin McCoy"]),
        # A publication's name in title brackets (ScanNetSecurity, RBB Today) is no person.
        ("", '<span class="author">《ScanNetSecurity》</span>', []),
        # The company first, then the writer in a second author tag (Gizmodo Japan, with "value" for "content").
        ('<meta name="author" value="mediagene Inc."><meta name="author" value="小暮ひさのり">', "", ["小暮ひさのり"]),
        # “Artikel von” is the label, not the name; the weekday is not a name either.
        ("", '<p class="byline"><span>Artikel von</span> <a href="/autor/hausinfo">Hausinfo</a></p>', ["Hausinfo"]),
        ("", '<p class="author">Donnerstag, Auto-Motor Redaktion</p>', ["Auto-Motor Redaktion"]),
        # Labels before the name, names in a list, and "Auteur :" in French.
        ("", '<div><span class="label">Datum:</span> 19.11.2021<br><span class="label">Autor:</span> Fritz Imhof<br></div>', ["Fritz Imhof"]),
        ("", '<ul class="author clipboard"><li>Stefan Loibl</li></ul>', ["Stefan Loibl"]),
        ("", '<div class="longText"><p>Auteur : Kossivi Tiassou</p></div>', ["Kossivi Tiassou"]),
        # Addresses, handles and a note in brackets after the name are not part of it.
        ("", '<p class="byline">By Mike Cason, mcason@al.com</p>', ["Mike Cason"]),
        ("", '<p class="byline">Par Cécile Ducourtieux(Bruxelles, bureau européen)</p>', ["Cécile Ducourtieux"]),
        ("", '<p class="byline">By Bradley M. Kuhn &lt;bkuhn@ebb.org&gt; (@bkuhn)</p>', ["Bradley M. Kuhn"]),
        # A byline box that also holds the desk and the date: the "By" line inside it.
        ("", '<div class="article_byline"><div>By <span>Meg Wagner</span></div><div>NEW YORK DAILY NEWS</div><time>Dec 16, 2016 at 1:38 pm</time></div>',
         ["Meg Wagner"]),
        # Labels, video platforms, months and ministries are not authors either.
        ("", '<p class="byline">Pressemitteilung von Katja Kipping</p>', ["Katja Kipping"]),
        ('<meta name="author" content="YouTube">', "", []),
        ('<meta name="author" content="Sylvia Grossgasteiger, Oktober">', "", ["Sylvia Grossgasteiger"]),
        ('<meta name="author" content="Deutscher Caritasverband">', "", []),
        # A "By" that starts a sentence is no byline; a weekday run on after the name is not part of it.
        ("", '<form><span>By clicking "Submit," you agree to the Privacy Policy and Terms of Use.</span></form>', []),
        ("", '<p>Read more, <a href="/x">by the way</a>.</p>', []),
        ("", '<div class="byline">Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC</div>', ["Joe Wee"]),
        # Words run on after a name go; a sentence, a photo credit, quotes and labels are no names.
        ("", '<p class="byline">By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.</p>', ["Louis Jacobson"]),
        ("", '<p class="byline">Written by Michael Larabel in Valve on 1 June 2019</p>', ["Michael Larabel"]),
        ("", '<div class="author"><p>Martin is a full-stack engineer and has worked as a developer since 2007.</p></div>', []),
        ("", '<div class="byline">Photograph by Ed Marshall, Redonda Restoration Programme</div>', []),
        ("", '<p><strong>Von „Bikepark Feeling“ zu sprechen</strong></p>', []),
        ("", '<span class="author">Autor/in: Korinna Hennig</span>', ["Korinna Hennig"]),
        ("", '<div class="byline">Publicado el 11 de mayo</div><div class="byline">Escribe Camila Méndez en Territorio</div>', ["Camila Méndez"]),
        ('<meta name="author" content="Sebastian Held, Daniel Hentschel ebrosia, Germany">', "", ["Sebastian Held"]),
        # Two words may be typed in lower case, and particles are part of the name.
        ("", '<span class="author">Mobasir hassan</span>', ["Mobasir hassan"]),
        ("", '<span class="author">Von Karl-Theodor zu Guttenberg</span>', ["Karl-Theodor zu Guttenberg"]),
        # More labels: "Ein Artikel von", "Text & Fotos:", and a photographer named after the author.
        ("", '<div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>', ["Pamela Sladky"]),
        ("", '<td>Text &amp; Fotos: Ivan Valetny</td>', ["Ivan Valetny"]),
        ("", '<div class="byline">Interview: Jens Bergmann Foto: Michael Hudler</div>', ["Jens Bergmann"]),
        # A name shown twice (once for screen readers) is one name; a desk's role is not a name.
        ("", '<span class="author"><a href="/auteurs/kf">Kristen Falc\'hon</a><a href="/auteurs/kf">Kristen Falc\'hon</a></span>', ["Kristen Falc'hon"]),
        ("", '<div class="byline"><span>Ikran Dahir</span></div><div class="byline">BuzzFeed UK News Fellow</div>', ["Ikran Dahir"]),
        # A line that names no one does not stop the search; a person linked in the text is not the author.
        ("", '<p class="lead">Man kann die Zahl <a href="/x">von 500.000 auf 20.000 herunterrechnen</a>.</p>'
             '<p>Hier sind die <a href="/people/donald-trump">Donald Trump</a> Aussagen, die in diesem langen Absatz zitiert werden, und noch mehr Text.</p>'
             '<div class="meta"><a href="/autor/frank_g">Gunter Frank</a></div>', ["Gunter Frank"]),
        # The city a byline puts after the name is no author.
        ("", '<p class="byline">By Nada Tawfik, New York</p>', ["Nada Tawfik"]),
        # Author pages as publishers name them: /by/ (The New York Times), /impressum/autor-… (Der Spiegel).
        ("", '<div><a href="https://www.spiegel.de/impressum/autor-bd6e3a45-0001-0003-0000-000000041233">Jane Doe</a></div>', ["Jane Doe"]),
        ("", '<div><a href="https://www.nytimes.com/by/jane-doe">Jane Doe</a></div>', ["Jane Doe"]),
        ("", '<p class="license"><a href="https://creativecommons.org/licenses/by/4.0/">CC BY</a></p>', []),
        # The Times of India: /toireporter/author-Saibal-Dasgupta-13399.cms.
        ("", '<div><a href="https://timesofindia.indiatimes.com/toireporter/author-Saibal-Dasgupta-13399.cms">Saibal Dasgupta</a></div>',
         ["Saibal Dasgupta"]),
        # A channel on a video platform is not the site's author page.
        ("", '<p>Meine Kanäle: <a href="https://www.youtube.com/user/manniacmind">Comedy &amp; Cartoons</a></p>', []),
        # A teaser's "Name: Headline" and filler words ("vor 3 Tagen", "mehr") are no names.
        ("", '<div class="author">Charlotte Würdig: Trauriges Geständnis</div>', []),
        ("", '<div class="author">Текст: Венера Ерофеева</div>', ["Венера Ерофеева"]),
        ("", '<div class="author">Houzz Deutschland, vor 3 Tagen, mehr</div>', ["Houzz Deutschland"]),
        # "Posted on … by", "Blog Beitrag von", "Text von", and a meta line with the date, then the author.
        ("", "<p>Posted on September 21, 2020  by Adi Tzlil</p>", ["Adi Tzlil"]),
        ("", "<p>Blog Beitrag von Margarita Koreneva</p>", ["Margarita Koreneva"]),
        ("", "<p><em>Text von Christian Seiler</em></p>", ["Christian Seiler"]),
        ("", '<p class="text-muted">11.12.2019 - Amelie Loevenich</p>', ["Amelie Loevenich"]),
        ("", '<h2>Konzert-Kalender</h2><p>16.11.2022 - JP Cooper - Flex</p><p>17.11.2022 - Aymz- Grelle Forelle</p>'
             '<p>18.11.2022 - Dame - Gasometer</p>', []),  # a calendar's dated lines, not a meta line
        ("", '<div class="cb-byline"><div class="cb-author cb-byline-element"><a href="/author/paul/">Paul</a></div>'
             '<div class="cb-category cb-byline-element"><a href="/category/scifly/">Scifly</a></div></div>', ["Paul"]),
        ("", "<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>", ["Uta Helkenberg"]),
        ("", '<p class="text-muted">11.12.2019 - Hamburg</p>', []),
        # "Redaktion:" after the date, and a label read from where it stands, not from the line's start.
        ("", '<div class="news-single-timedata">05.02.2020 <span>-&nbsp;Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</span></div>',
         ["Eberhard Fuhr"]),
        ("", '<div class="article_meta_info"><span class="trending">yas!</span> <span class="screen-reader-text">| By </span>'
             '<span>Cara Stiles</span> | <time>April 13, 2020</time></div>', ["Cara Stiles"]),
        # A role after the name goes, a desk stays whole; a phone number is no name.
        ("", '<p class="byline">Kathrin Klinkusch Pressesprecherin</p>', ["Kathrin Klinkusch"]),
        ("", '<p class="byline">By Our Foreign Staff</p>', ["Our Foreign Staff"]),
        ("", '<div class="author">Juval, Gasthaus Schlosswirt Familie Rieder +39 0473 668056</div>', ["Juval"]),
        # Yoast's Twitter card: "Written by" / "Verfasst von" and the name; another label's value is no author.
        ('<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">', "", ["Karoline Herr"]),
        ('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 Minuten">', "", []),
        # A date label between the name and the date goes with the date.
        ("", '<div class="author-info"><span>Sara Zinnecker</span> <span>Stand: 05. Februar 2020</span></div>', ["Sara Zinnecker"]),
        ("", '<p class="byline">By Jane Doe Last updated: January 7, 2025</p>', ["Jane Doe"]),
        ("", '<p class="byline">By Kimiko Date</p>', ["Kimiko Date"]),
        # Medium and Substack link their authors' profiles as /@handle; Drupal shows the author in its uid field.
        ("", '<div><a data-testid="authorName" href="/@janedoe">Jane Doe</a></div><div><span>4 min read</span></div>', ["Jane Doe"]),
        ("", '<div class="node__meta"><span class="field field--name-uid"><span>Jane Doe</span></span></div>', ["Jane Doe"]),
        # A profile linked in running text is someone the article names, not the author.
        ("", '<div>Weitere Beiträge zu unseren Arbeiten sind in diesen <a href="https://example.org/author/bernhard">Beiträgen</a> '
             "und dieser wissenschaftlichen Publikation zum Thema zu finden.<br>Mehr dazu später.</div>", []),
        # A profile linked in a sentence of the text is someone the article names, also inside a <span>.
        ("", '<p>Text: <span><a href="https://www.frontlinedefenders.org/en/profile/francisca-ramirez">Anführer</a> von '
             "Bauernbewegungen, Studierende und Journalisten wurden seit April 2018 verhaftet oder ins Exil gezwungen.</span></p>", []),
        # An organization as the meta author names no one, not even in part; nor do a heading that starts
        # with "Von" and a picture's "zvg".
        ('<meta name="author" content="Bundesministerium für Wirtschaft und Klimaschutz">', "", []),
        ('<meta name="author" content="Bündnis 90/Die Grünen Bundestagsfraktion">', "", []),
        ("", "<h3>Von Barzahler-Rabatten profitieren</h3>", []),
        ("", '<p><span class="author">zvg</span></p>', []),
        # The illustrator or photographer named after the author is no author.
        ("", "<p><em>Text von Christian Seiler &nbsp; Illustration von Markus Roost</em></p>", ["Christian Seiler"]),
        ("", '<p class="byline">By Jane Doe Photographs by John Roe</p>', ["Jane Doe"]),
        # A broadcaster's studio after the name is a place of work, not an author.
        ("", '<div class="authorline__author">Von Jane Doe, ARD-Studio Kiew</div>', ["Jane Doe"]),
        # The agency, editor, additional reporting or publication after the authors is none of them.
        ("", '<p class="byline">By JANE DOE and JOHN ROE, Associated Press</p>', ["JANE DOE", "JOHN ROE"]),
        # A label of the story's kind before "by" (CNN's "Analysis by"), a correspondent's title after "von"/"par";
        # a paper after the names, which no person's name starts with "The".
        ("", '<div class="byline">Analysis by Stephen Collinson, CNN</div>', ["Stephen Collinson"]),
        ("", '<div class="byline">Opinion by Jane Doe</div>', ["Jane Doe"]),
        ("", '<div class="autor">Von unserem Korrespondenten Jan Petersen</div>', ["Jan Petersen"]),
        ("", '<div class="auteur">Par notre correspondante Claire Martin</div>', ["Claire Martin"]),
        ("", '<div class="byline">By Jane Doe and John Roe, The New York Times</div>', ["Jane Doe", "John Roe"]),
        # Written out with its article, as Canadian and American papers reprint the wire: the agency is no author.
        ("", '<div class="byline">Paul Wiseman, Fatima Hussein, The Associated Press</div>', ["Paul Wiseman", "Fatima Hussein"]),
        ("", '<p class="byline">Por Jane Doe / EFE</p>', ["Jane Doe"]),
        ("", '<p class="byline">det/dpa</p>', ["det/dpa"]),
        ("", '<p class="byline">Written by Jane Doe. Edited by John Roe</p>', ["Jane Doe"]),
        ("", '<p class="byline">By Jane Doe with additional reporting by John Roe</p>', ["Jane Doe"]),
        ("", '<p class="byline">Por Jane Doe, da Folha</p>', ["Jane Doe"]),
        ("", '<p class="byline">Ein Kommentar von Jane Doe</p>', ["Jane Doe"]),
        ("", "<p><span>Ein Gastbeitrag von Anna Schmidt</span></p>", ["Anna Schmidt"]),
        # A byline that a script renders gives each person's role or desk an element of its own, with nothing between
        # (the BBC, Postlight): read whole, the texts run together ("Nick BeakeEurope correspondent").
        ("", '<div data-testid="byline-new"><div data-testid="byline-new-contributors"><div><span>Nick Beake</span>'
             '<div><span>Europe correspondent</span></div></div></div></div>', ["Nick Beake"]),
        ("", '<div data-testid="byline-new"><div><div><span>Jane Doe</span><div><span>Political editor</span></div></div>'
             '<div><span>John Roe</span><div><span>BBC Verify</span></div></div></div></div>', ["Jane Doe", "John Roe"]),
        ("", '<div class="byline__text"><span class="byline__author"><span class="byline__name">Gina Trapani</span>'
             '<span class="byline__title">CEO</span></span></div>', ["Gina Trapani"]),
        # A given name and a surname a space apart are one name; a name and the tags beside it are not names and roles.
        ("", '<span class="citation-author"><span class="given-names">Bradon R.</span> <span class="surname">McDonald</span></span>',
         ["Bradon R. McDonald"]),
        ("", '<div class="news-author"><a href="/autorzy/jan"><div class="news-author-name-container"><span>Jan Kowalski</span></div></a><p><strong>DOTYCZY:</strong></p>'
             '<ul><li><a href="/tag/gazprom">Gazprom</a></li><li><a href="/tag/pgnig">PGNIG SA</a></li></ul></div>', ["Jan Kowalski"]),
        # "With" between two people's names, not before a role.
        ("", '<p class="byline">By Jane Doe with John Roe</p>', ["Jane Doe", "John Roe"]),
        # Each name's role goes, not the names after it; a place ends the byline.
        ("", '<p class="byline">By Jane Doe, Political Reporter, and John Roe, Health Editor</p>', ["Jane Doe", "John Roe"]),
        ('<meta name="author" content="Iberische Weine in Berlin - Vinos Y Tapas und Vinho Iberico">', "", ["Iberische Weine"]),
        ("", '<p class="byline">Por Jane Doe con John Roe</p>', ["Jane Doe", "John Roe"]),
        # The desk in a role after the name, and AP's agency written out after the names.
        ("", '<div class="author-name">Jane Doe, Political Correspondent</div>', ["Jane Doe"]),
        ("", '<div class="author-name">Jane Doe, Chief Foreign Correspondent</div>', ["Jane Doe"]),
        ("", "<p>By JANE DOE and JOHN ROE Associated Press</p>", ["JANE DOE", "JOHN ROE"]),
        # Chinese bylines: a label with a full-width colon, two-character names, the reporter's title before the name;
        # a two-character link is no name without the label.
        ("", "<p>作者：李明</p>", ["李明"]),
        ("", "<p>作者： 记者王敬照</p>", ["王敬照"]),
        ("", '<p class="byline"><a href="/settings/profile/">設定</a></p>', []),
        # CMS bylines with a user name, which may be lower case; "the Editors" is no one's name; a nickname with an article.
        ("", "<p>Posted in Datenschutz by damianduchamps on August 3, 2019</p>", ["damianduchamps"]),
        ("", "<p>Gespeichert von rasos am 24. Juli 2017 - 18:55</p>", ["rasos"]),
        ("", "<p>Submitted by Jane Doe on Tue, 03/05/2024 - 10:00</p>", ["Jane Doe"]),
        ("", "<p>Verfasst von: Anna Schmidt | 31. Dezember 2008</p>", ["Anna Schmidt"]),
        ("", "<p>Posted in News by the Editors</p>", []),
        ("", "<span class='post-author vcard'>Eingestellt von <span class='fn'>der Michel</span></span>", ["der Michel"]),
        # An organization's hCard (Wikipedia's infobox about Mozilla) names the subject, not an author.
        ("", '<table class="infobox vcard"><caption class="fn org">Mozilla</caption><tr><td>Founded 1998</td></tr></table>', []),
        ("", "<p>Publicado por Ana García el 5 de marzo de 2024</p>", ["Ana García"]),
        # Korean, Japanese, Arabic and Hindi bylines: the reporter's title after the name goes.
        ("", '<p class="byline">홍길동 기자</p>', ["홍길동"]), ("", '<p class="author">山田 太郎 記者</p>', ["山田 太郎"]),
        ("", "<p>文：山田太郎</p>", ["山田太郎"]), ("", "<p>بقلم: محمد علي</p>", ["محمد علي"]), ("", "<p>लेखक: राम शर्मा</p>", ["राम शर्मा"]),
        ("", "<p>文学の話</p>", []),
        # Yonhap's dateline names the reporters: "(city=agency) name 기자 =".
        ("", "<p>(서울=연합뉴스) 홍길동·김영희 기자 = 정부는 5일 발표했다.</p>", ["홍길동", "김영희"]),
        ("", "<p>(워싱턴=연합뉴스) 김철수 특파원 = 미국 정부는</p>", ["김철수"]),
        # Labels and "by" in more languages.
        ("", "<p>Yazan: Ahmet Yılmaz</p>", ["Ahmet Yılmaz"]), ("", "<p>Автор: Иван Петров</p>", ["Иван Петров"]),
        ("", "<p>Текст: Мария Иванова</p>", ["Мария Иванова"]), ("", "<p>Szerző: Kovács János</p>", ["Kovács János"]),
        ("", "<p>Teksti: Matti Virtanen</p>", ["Matti Virtanen"]), ("", "<p>Oleh Budi Santoso</p>", ["Budi Santoso"]),
        ("", "<p>Tác giả: Nguyễn Văn An</p>", ["Nguyễn Văn An"]), ("", "<p>Redacción: Ana García</p>", ["Ana García"]),
        ("", "<p>Texte : Marie Dupont</p>", ["Marie Dupont"]), ("", "<p>Tekst: Jan Kowalski</p>", ["Jan Kowalski"]),
        # A desk before the role (Sky News), and the newsroom's "red" (Redaktion) beside the agencies (ORF).
        ("", '<div class="sdc-article-byline"><div class="sdc-article-byline__name">Jane Doe</div>'
             '<div class="sdc-article-byline__title">Political reporter @janedoe</div></div>', ["Jane Doe"]),
        ("", '<div class="byline"><p>red, ORF.at/Agenturen</p></div>', []),
        # The date's label after the name goes with the date: "Author: … Publish date: Nov 18, 2019" (Maven's sites).
        ("", '<div class="byline">Author: <span>Practical Horseman Editorial Staff</span> Publish date: <time>Oct 4, 2018</time></div>',
         ["Practical Horseman Editorial Staff"]),
        # JSON-LD that names the first of the byline's authors: the byline names them all; not a translator
        # in a line of their own, nor a bio link.
        ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Stefan Becket"}}</script>',
         '<p class="byline">By Stefan Becket, Kathryn Watson, Grace Segers</p>', ["Stefan Becket", "Kathryn Watson", "Grace Segers"]),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Phil Willon"}}</script>',
         '<p class="byline">By Phil Willon and Gavin Newsom</p>', ["Phil Willon", "Gavin Newsom"]),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Adrian Padeanu"}}</script>',
         '<div class="postAuthor">Von: <span class="author">Adrian Padeanu</span></div>'
         '<div class="postAuthor">Übersetzt von: <span class="author">Roland Hildebrandt</span></div>', ["Adrian Padeanu"]),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Victor Davis Hanson"}}</script>',
         '<div class="author-byline"><a href="/author/victor-davis-hanson/">Victor Davis Hanson</a>'
         '<a href="/author/victor-davis-hanson/#bio">About Victor Davis Hanson</a></div>', ["Victor Davis Hanson"]),
        # A fact check's claim names who said it, not who wrote the article.
        ("", '<div class="statement"><div class="statement-author"><div class="thumb"><img alt="" src="a.jpg"></div>'
             '<div><h4 class="author">The Russian and Syrian defense ministries</h4></div></div>'
             '<p>Claimed that the refugees are blocked.</p></div>', []),
        # A role at an agency after the name (Hearst's AP copy).
        ("", '<p class="byline">Tom Krisher, AP Auto Writer</p>', ["Tom Krisher"]),
        ("", '<p class="byline">By Meg Kinnard and Errin Haines, Associated Press</p>', ["Meg Kinnard", "Errin Haines"]),
        # Reviews' authors in microdata, an office's postal address, a department, an institute after the person's name.
        ("", '<div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author" content="Herbert"></span></div>', []),
        ("", '<div id="contact"><address>Bundeshaus Ost 3003 Bern Schweiz</address></div>', []),
        ('<meta name="author" content="Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF">', "<p>Text.</p>", []),
        ("", "<p>Autorin: Sylvia Grossgasteiger, IFZ, Oktober 2008</p>", ["Sylvia Grossgasteiger"]),
        # A name shown twice, a profile card's buttons, an affiliation's number, a paper, a slash between two people,
        # a trailing slash.
        ("", '<p class="byline">By <a href="/authors/awong">Andrea WongAndrea Wong</a></p>', ["Andrea Wong"]),
        ("", '<div class="author">Patrick Allan ProfileFollowUnfollow</div>', ["Patrick Allan"]),
        ("", '<div class="authors"><span class="author">Marwan H. Adwan1</span></div>', ["Marwan H. Adwan"]),
        ("", '<p class="byline">By Glen Owen and Brendan Carlin For The Mail On Sunday</p>', ["Glen Owen", "Brendan Carlin"]),
        ("", '<p class="byline">Por Laura Jordán / Javier Urbina</p>', ["Laura Jordán", "Javier Urbina"]),
        ("", '<p class="byline">Von Thilo /</p>', ["Thilo"]),
        ('<meta property="og:site_name" content="PhillyVoice">', '<p class="byline">Adam Aaronson PhillyVoice Staff</p>', ["Adam Aaronson"]),
        # A label run into the name (Gazeta do Povo); a name that starts like a label stays whole.
        ("", '<p class="byline"><span>Por</span><span>Rodolfo Costa</span></p>', ["Rodolfo Costa"]),
        ("", '<p class="author">Byron Porter</p>', ["Byron Porter"]),
        # A CMS account in the byline is nobody's name.
        ("", '<p class="byline">Posted by <a href="/author/jdadmin/" rel="author">jdadmin</a></p>', []),
        ("", '<p class="byline">Posted by <a href="/author/wordpressadmin/" rel="author">wordpressadmin</a></p>', []),
        # Library metadata: one author a tag, surname first.
        ('<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">', "<p>Text.</p>",
         ["F. Kooman", "Michiel de Jong"]),
        ('<meta name="citation_author" content="Harm, Robert">', "<p>Text.</p>", ["Robert Harm"]),
        # "Von" in a surname is no German "by" (bioRxiv's author list).
        ("", '<div class="authors"><span class="highwire-citation-author"><span class="nlm-given-names">Daniel D.</span> '
             '<span class="nlm-surname">Von Hoff</span></span></div>', ["Daniel D. Von Hoff"]),
        ("", '<div class="byline"><span class="date">12.03.2020</span> <span>Von Anna Schmidt</span></div>', ["Anna Schmidt"]),
        # Degrees after the name are no second author.
        ("", '<p class="byline">By Ilana Muhlstein, MS, RDN and Bruce Lee, Ph.D.</p>', ["Ilana Muhlstein", "Bruce Lee"]),
        # React's empty comments between text nodes do not hide the label (Healthline).
        ("", '<div class="css-12r7hj0"> <!-- -->Written by <a href="/nutrition-team">Rachael Link, MS, RD</a> on November 14, 2019</div>',
         ["Rachael Link"]),
        # A middle initial is no "and" in another language ("e", "y"); a lower-case one is.
        ("", '<p class="byline">By Sarah E. Needleman</p>', ["Sarah E. Needleman"]),
        ("", '<p class="byline">Bruce Y. Lee</p>', ["Bruce Y. Lee"]),
        ("", '<p class="byline">Por Ana García y Luis Pérez</p>', ["Ana García", "Luis Pérez"]),
        ("", '<p class="byline">Di Marco Rossi e Giulia Bianchi</p>', ["Marco Rossi", "Giulia Bianchi"]),
        # An interview names both people.
        ("", '<p class="author">Richard David Precht im Gespräch mit Karin Fischer</p>', ["Richard David Precht", "Karin Fischer"]),
        # A Japanese byline's full-width separator is no part of the name.
        ("", '<div class="author">ライトハウス国際特許事務所 ／</div>', ["ライトハウス国際特許事務所"]),
        # Quotes around a CMS's author field are no part of the names.
        ('<meta name="author" content="\'Luana Patriolino, Raphael Felice\'">', "", ["Luana Patriolino", "Raphael Felice"]),
        # A role in another language glued to the name by the markup (NOS), or after a comma; other labels for the
        # writer (Kompas's "Penulis", NDTV's "Reported by") and not the editor; a date line before "By" (RTÉ); a
        # link to live TV beside the byline (CNBC).
        ("", '<div class="byline">Jan Jansen<span>verslaggever</span></div>', ["Jan Jansen"]),
        ("", '<p class="byline">di Mario Rossi, giornalista</p>', ["Mario Rossi"]),
        ("", "<p>Penulis: Ahmad Naufal</p><p>Editor: Budi Santoso</p>", ["Ahmad Naufal"]),
        ("", '<span class="posted-by">Reported by Jane Doe, Edited by John Roe</span>', ["Jane Doe"]),
        ("", '<p class="byline">Updated / Tuesday, 6 Dec 2016 10:00<br>By Jane Doe</p>', ["Jane Doe"]),
        ("", '<div class="author"><a href="/tom">Tom DiChristopher<span class="underline"></span></a>'
             '<a href="https://twitter.com/tdichristopher">@tdichristopher</a><span><a href="/live-tv/">WATCH LIVE</a></span></div>',
         ["Tom DiChristopher"]),
        # A team after a spaced dash (Google's blogs).
        ("", '<span class="byline-author">Posted by Nathan Parker, Eric Mill and Kiran C Nair - Chrome Safe Browsing team</span>',
         ["Nathan Parker", "Eric Mill", "Kiran C Nair"]),
        # JSON-LD: a person by given and family name; no organization of any kind, nor the publisher's name as a Person;
        # a blog's owner who is both (Yoast) is a person.
        ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "givenName": "Jane", "familyName": "Doe"}}</script>',
         "", ["Jane Doe"]),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "NewsMediaOrganization", "name": "BBC News"}}</script>',
         "", []),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "La Prensa Gráfica"},'
         ' "publisher": {"@type": "Organization", "name": "La Prensa Gráfica"}}</script>', "", []),
        # The publisher's name with its domain, and the site's name (og:site_name) run together, are the same.
        ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "La República"},'
         ' "publisher": {"@type": "Organization", "name": "LaRepública.pe"}}</script>', "", []),
        ('<meta property="og:site_name" content="Stars Insider"><script type="application/ld+json">{"@type": "NewsArticle",'
         ' "author": {"@type": "Person", "name": "StarsInsider"}}</script>', "", []),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ana Republica"},'
         ' "publisher": {"@type": "Organization", "name": "LaRepública.pe"}}</script>', "", ["Ana Republica"]),
        # The author's account on a social network beside the name is no second author (La República).
        ("", '<span class="comp-autor-description"><a href="/autor/ana-torres/">Ana Torres</a><div><span class="items-twitter-authors">'
             '<span class="social-author-tw">ana_torres</span></span></div></span>', ["Ana Torres"]),
        ('<script type="application/ld+json">{"@graph": [{"@type": "BlogPosting", "author": {"@id": "#julia"}, "publisher": {"@id": "#julia"}},'
         ' {"@type": ["Person", "Organization"], "@id": "#julia", "name": "Julia Berger"}]}</script>', "", ["Julia Berger"]),
        # A long list of authors, name by name.
        ("", '<div class="authors">' + "".join(f'<span class="author"><a href="/a{i}">Anna {chr(65 + i)}ndersson</a></span><span>, </span>' for i in range(12)) + "</div>",
         [f"Anna {chr(65 + i)}ndersson" for i in range(12)]),
    ],
)
def test_author_names_without_roles_places_and_publishers(head, body, names):
    html = (f'<html lang="de"><head><title>Die Überschrift des Artikels</title>{head}</head><body><main><article>'
            f"<h1>Die Überschrift des Artikels</h1>{body}<p>Text.</p></article></main></body></html>")
    assert [a["name"] for a in extract(html)["authors"]] == names


@pytest.mark.parametrize(
    ("lang", "head", "h1", "headline"),
    [
        # A long h1 is the headline even when og:title words it for search engines.
        ("en", '<meta property="og:title" content="Neon symbol of the century">',
         "Why neon is the ultimate symbol of the 20th century", "Why neon is the ultimate symbol of the 20th century"),
        # One marked up as the headline is, even when og:title and <title> say the shop's name.
        ("de", '<title>.:: NMB-MEDIA ::. eBay-Templates, JTL-Wawi</title><meta property="og:title" content=".:: NMB-MEDIA ::. eBay-Templates, JTL-Wawi">',
         '<span itemprop="headline">Anpassung der eBay-Vorlagen</span>', "Anpassung der eBay-Vorlagen"),
        # A short one that disagrees with the metadata is a section's name.
        ("en", '<title>What CEOs think of public transit | Herald</title><meta property="og:title" content="What CEOs think of public transit">',
         "Business Monday", "What CEOs think of public transit"),
        # Section and service headings are furniture too.
        ("de", "<title>Norddeutschland findet seine Meister | LV Berlin</title>", "Pressemitteilungen", "Norddeutschland findet seine Meister"),
        ("de", "<title>Levelpässe können bestellt werden - DSV</title>", "Quicklinks", "Levelpässe können bestellt werden"),
        # A short h1 that says a middle part of the title names a section, a long one does not.
        ("de", "<title>GALORE.de | Kultur | Literatur | Buch der Woche: 1619</title>", "Literatur", "Buch der Woche: 1619"),
        ("de", "<title>23.01.2022 - Wierer darf beim Abschluss noch jubeln - Biathlon Antholz</title>",
         "Wierer darf beim Abschluss noch jubeln", "Wierer darf beim Abschluss noch jubeln"),
        # A short first part of the title is the headline when the long last part names the site.
        ("de", "<title>Vom Boden aus gedacht - Ann Cotten verwebt in ihrem Roman Lokales und Globales : literaturkritik.de</title>"
               '<link rel="canonical" href="https://literaturkritik.de/cotten-anleitungen,30000.html">',
         "Vom Boden aus gedacht", "Vom Boden aus gedacht"),
        # A welcome is no headline.
        ("de", '<meta property="og:title" content="Italien: Reise- und Sicherheitshinweise">',
         "Willkommen auf den Seiten des Auswärtigen Amts", "Italien: Reise- und Sicherheitshinweise"),
        # A named anchor inside the h1 is no link home.
        ("it", "<title>Orso marsicano: 2019 da record | Parco Nazionale d'Abruzzo, Lazio e Molise</title>",
         '<a id="top"></a>Orso marsicano: 2019 da record', "Orso marsicano: 2019 da record"),
        # The first part of the title is the article's, unless a much longer part follows it.
        ("en", "<title>Mozilla - Wikipedia</title>", "Mozilla", "Mozilla"),
        ("en", "<title>Herald | What CEOs think of public transit in the city</title>", "Herald", "What CEOs think of public transit in the city"),
        # Kickers, sections, dates and screen-reader separators inside the h1 are not the headline.
        ("de", "", '<span class="entry-title__toptitle">Investitionen in IT-Sicherheit</span> Cyber-Angriffe: 20 Prozent vom Budget',
         "Cyber-Angriffe: 20 Prozent vom Budget"),
        ("de", "", "<small>Tunesien</small><br>Große Aufgaben für die neue Regierung", "Große Aufgaben für die neue Regierung"),
        ("de", "", '<span class="subtitle">Olympische Spiele</span> Getränke per Schiff ins Stadtzentrum', "Getränke per Schiff ins Stadtzentrum"),
        # … also inside a box that holds the whole heading (a link, a span around its words).
        ("de", "", '<span><span class="subtitle">Olympische Spiele</span> Getränke per Schiff ins Stadtzentrum</span>',
         "Getränke per Schiff ins Stadtzentrum"),
        ("de", "", '<a href="/tunesien"><small>Tunesien</small><br>Große Aufgaben für die neue Regierung</a>', "Große Aufgaben für die neue Regierung"),
        ("en", "", '<span class="article__subheadline">Open Progress</span><br><span class="article__headline">Why thinking together wins</span>',
         "Why thinking together wins"),
        ("de", "", '<span class="kicker">Corona</span><span class="visually-hidden"> - </span><span>„Es kommt darauf an“</span>', "„Es kommt darauf an“"),
        # The FAZ: the part whose class names it the title ("header-title"), not the label before it.
        ("de", "", '<span class="header-label__content">Ukraine-Krieg</span><span class="header-title">Drohnen über Kiew</span>',
         "Drohnen über Kiew"),
        # The FAZ's other template ("atc-HeadlineText" after the emphasised kicker and a hidden colon), a BEM title's text.
        ("de", "", '<span class="atc-HeadlineEmphasis"><span class="atc-HeadlineEmphasisText">Nutzerbasierte Abrechnung</span>'
                   '<span class="o-VisuallyHidden">: </span></span><span class="atc-HeadlineText">Musik-Stars fordern neues Streaming-Modell</span>',
         "Musik-Stars fordern neues Streaming-Modell"),
        ("de", "", '<span class="header-label">Bundestag:</span><span class="header-title__text">Scholz gewinnt die Vertrauensfrage</span>',
         "Scholz gewinnt die Vertrauensfrage"),
        ("de", "", '<span class="flag">Exklusiv</span>Scholz gewinnt die Vertrauensfrage', "Scholz gewinnt die Vertrauensfrage"),
        ("en", "", '<span class="post-title">Why thinking together wins</span><span class="post-subtitle"> and what it costs</span>',
         "Why thinking together wins"),
        # Der Spiegel: the kicker is whatever stands before an element that holds only the separator.
        ("de", "", '<span class="text-primary-base">Krieg in der Ukraine</span><span class="hidden">:</span><span class="align-middle">Kiew von Drohnen getroffen</span>',
         "Kiew von Drohnen getroffen"),
        ("en", "", '<div class="entry-section"><a href="/local-news/">Local News | </a></div><span>Brothel busted in Boston</span>',
         "Brothel busted in Boston"),
        ("de", "", '<time datetime="2019-06-17">Jun 17 </time>Das schönste Ende der Welt', "Das schönste Ende der Welt"),
        ("de", "", "23.01.2022 - Wierer darf noch jubeln", "Wierer darf noch jubeln"),
        # A subtitle after the headline belongs to it.
        ("ja", "", '<span class="title__maintext">NUCで比較</span><i class="title__subtitle">さらば平成</i>', "NUCで比較さらば平成"),
        # Metadata agrees with an h1 only in whole words: "€5" is not in "DiEM25".
        ("en", "<title>The EU's Green Deal is not enough | DiEM25</title>"
         '<meta property="og:title" content="The EU\'s Green Deal is not enough | DiEM25">', "€5", "The EU's Green Deal is not enough"),
        # Page furniture is never the headline.
        ("en", '<meta property="og:title" content="Superbugs: what they are">', "Information and Resources", "Superbugs: what they are"),
        # The seam between inline elements is not a space before the colon, except in French.
        ("de", "", "<span>Nutzerbasierte Abrechnung</span> <span>: Musik-Stars fordern mehr</span>", "Nutzerbasierte Abrechnung: Musik-Stars fordern mehr"),
        ("fr", "", "Affaire KPMG : un juge se récuse", "Affaire KPMG : un juge se récuse"),
        # A badge before the headline: "Live", "Exclusive".
        ("en", "", '<span class="live-badge">Live</span> Storm hits coast – latest updates', "Storm hits coast – latest updates"),
        ("en", "", '<span class="badge badge--exclusive">Exclusive</span>Storm hits coast', "Storm hits coast"),
    ],
)
def test_which_heading_is_the_headline(lang, head, h1, headline):
    html = f'<html lang="{lang}"><head>{head}</head><body><main><article><h1>{h1}</h1><p>Text.</p></article></main></body></html>'
    assert extract(html)["headline"]["text"] == headline


@pytest.mark.parametrize(
    ("figure", "caption", "credit"),
    [
        ('<figure><img src="a.jpg" alt="x"><figcaption>Protesters in Berlin. <span class="credit">Photo: John Doe/AP</span></figcaption></figure>',
         "Protesters in Berlin.", "Photo: John Doe/AP"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Protesters in Berlin. Image: picture-alliance/AP Photo/H. Ammar</figcaption></figure>',
         "Protesters in Berlin.", "Image: picture-alliance/AP Photo/H. Ammar"),
        # The Guardian: the label runs on after the caption's last word.
        ('<figure><img src="a.jpg" alt="x"><figcaption><span>Protesters in Berlin</span> Photograph: Jane Doe/The Guardian</figcaption></figure>',
         "Protesters in Berlin", "Photograph: Jane Doe/The Guardian"),
        # The New York Times: "Credit..." for screen readers, right after the caption's period; the credit is what people see.
        ('<figure><img src="a.jpg" alt="x"><figcaption><span>Protesters in Berlin.</span><span><span class="visually-hidden">Credit...</span>'
         "<span>Jane Doe for The New York Times</span></span></figcaption></figure>",
         "Protesters in Berlin.", "Jane Doe for The New York Times"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Stromnetz / Photo by <a href="#">Fré Sonneveld</a> on Unsplash</figcaption></figure>',
         "Stromnetz", "Photo by Fré Sonneveld on Unsplash"),
        # Quanta: the credit in its own .attribution block of the caption.
        ('<figure><img src="a.jpg" alt="x"><figcaption><div class="caption"><p>Cells that taste.</p></div>'
         '<div class="attribution"><p><a href="#">RenderBurger</a> for Quanta Magazine</p></div></figcaption></figure>',
         "Cells that taste.", "RenderBurger for Quanta Magazine"),
        # Vox: the credit in a <cite> after the figcaption; a source in brackets at the caption's end.
        ('<figure><span><img src="a.jpg" alt="x"><figcaption>Air pollution in Delhi.</figcaption> <cite>Sanjeev Verma/Getty Images</cite></span></figure>',
         "Air pollution in Delhi.", "Sanjeev Verma/Getty Images"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Europa rising above Jupiter. (Source: NASA)</figcaption></figure>',
         "Europa rising above Jupiter.", "(Source: NASA)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><span class="caption__container">A rally in Seoul.</span>'
         '<span class="caption__source">Anthony Wallace / AFP - Getty Images</span></figcaption></figure>',
         "A rally in Seoul.", "Anthony Wallace / AFP - Getty Images"),
        ('<figure><div><img src="a.jpg" alt="x"><span class="figCopyright">Foto: Shanghai Electric</span></div>'
         "<figcaption>Die Anlage hat eine Leistung von 200 MW.</figcaption></figure>",
         "Die Anlage hat eine Leistung von 200 MW.", "Foto: Shanghai Electric"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Materials from the campaign. (onmeth.com)</figcaption></figure>',
         "Materials from the campaign.", "(onmeth.com)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Angela Merkel. Photographer: Armin Kübelbeck, CC-BY-SA</figcaption></figure>',
         "Angela Merkel.", "Photographer: Armin Kübelbeck, CC-BY-SA"),
        # CNN: the figcaption holds only the credit, the caption is a block of its own; the BBC's "Image caption," label.
        ('<figure><img src="a.jpg" alt="x"><div class="image__caption"><span>Prince Harry in London.</span></div>'
         '<figcaption class="image__credit">Chris Jackson/Getty Images</figcaption></figure>',
         "Prince Harry in London.", "Chris Jackson/Getty Images"),
        ('<figure><div><img src="a.jpg" alt="x"><span class="Copyright"><span class="visually-hidden">Image source, </span>Getty Images</span></div>'
         '<figcaption><span class="visually-hidden">Image caption, </span>Crowds gathered in the square</figcaption></figure>',
         "Crowds gathered in the square", "Getty Images"),
        # No <figure>: WordPress's wp-caption, and an image box with .caption and .credit.
        ('<div class="wp-caption"><img src="a.jpg" alt="x"><p class="wp-caption-text">Protesters in Berlin. Foto: dpa</p></div>',
         "Protesters in Berlin.", "Foto: dpa"),
        ('<div class="image"><img src="a.jpg" alt="x"><p class="caption">Protesters in Berlin</p><p class="credit">Foto: dpa</p></div>',
         "Protesters in Berlin", "Foto: dpa"),
        # A credit without a label after the caption's last sentence, when it names a known agency.
        ('<figure><img src="a.jpg" alt="x"><figcaption>Protesters gather in Paris, January 3, 2024. REUTERS/Stephanie Lecocq</figcaption></figure>',
         "Protesters gather in Paris, January 3, 2024.", "REUTERS/Stephanie Lecocq"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>A man rides on a donkey in Kifl Hares. Jaafar ASHTIYEH / AFP</figcaption></figure>',
         "A man rides on a donkey in Kifl Hares.", "Jaafar ASHTIYEH / AFP"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Manifestantes en Madrid. Jane Doe (EFE)</figcaption></figure>',
         "Manifestantes en Madrid.", "Jane Doe (EFE)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Il presidente a Roma (Ansa)</figcaption></figure>', "Il presidente a Roma", "(Ansa)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Trybunał Konstytucyjny. Shutterstock</figcaption></figure>',
         "Trybunał Konstytucyjny.", "Shutterstock"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>An oil pump jack in Texas, March 3, 2020. REUTERS/Nick Oxford/File Photo</figcaption></figure>',
         "An oil pump jack in Texas, March 3, 2020.", "REUTERS/Nick Oxford/File Photo"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The damaged bridge near Kherson. Handout via REUTERS</figcaption></figure>',
         "The damaged bridge near Kherson.", "Handout via REUTERS"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The senator in Washington. Getty Images/iStockphoto</figcaption></figure>',
         "The senator in Washington.", "Getty Images/iStockphoto"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Le président à Paris. Photo AFP</figcaption></figure>', "Le président à Paris.", "Photo AFP"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Fans in Doha. Mandatory Credit: Photo by Jane Doe/Shutterstock (12345a)</figcaption></figure>',
         "Fans in Doha.", "Mandatory Credit: Photo by Jane Doe/Shutterstock (12345a)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Protesters in Berlin. They spoke to the AP.</figcaption></figure>',
         "Protesters in Berlin. They spoke to the AP.", None),
        # Beside the image, outside the caption: the BBC's "Image source," without a class, a "©" line.
        ('<figure><div><span><img src="a.jpg" alt="x"></span><span role="text"><span class="visually-hidden">Image source, </span>Getty Images</span></div>'
         '<figcaption><span class="visually-hidden">Image caption, </span>Protesters outside the council</figcaption></figure>',
         "Protesters outside the council", "Image source, Getty Images"),
        ('<figure><div class="image"><img src="a.jpg" alt="x"><div class="copy">&copy; Getty Images</div></div>'
         "<figcaption>Elias Ymer in Madrid</figcaption></figure>", "Elias Ymer in Madrid", "© Getty Images"),
        # El País: the photographer's name alone in the caption's last element; other last elements are caption.
        ('<figure><img src="a.jpg" alt="x"><figcaption><span>Pedro Sánchez, este lunes en el Congreso.</span><span>Claudio Álvarez</span></figcaption></figure>',
         "Pedro Sánchez, este lunes en el Congreso.", "Claudio Álvarez"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><span>Die neuen Sneaker der Saison</span> <span>ab 24,99 €</span></figcaption></figure>',
         "Die neuen Sneaker der Saison ab 24,99 €", None),
        ('<div class="img-container"><img src="a.jpg" alt="x"><div class="caption"><div>Gucci</div><div>Plateau-Sneakers Ace aus Leder</div>'
         "<div>Zum Shop</div></div></div>", "Gucci Plateau-Sneakers Ace aus Leder Zum Shop", None),
        # More newsrooms' ways: an agency alone in the last element (NOS), in brackets (The Independent, la Repubblica),
        # a label and a name in brackets (ABC Australia), labels in other languages, a photographer and a picture service.
        ('<figure><img src="a.jpg" alt="x"><figcaption>Premier Rutte in Den Haag <span>ANP</span></figcaption></figure>',
         "Premier Rutte in Den Haag", "ANP"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Boris Johnson in Downing Street (PA)</figcaption></figure>',
         "Boris Johnson in Downing Street", "(PA)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Il premier a Roma (fotogramma)</figcaption></figure>', "Il premier a Roma", "(fotogramma)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Anthony Albanese in Canberra. <span>(ABC News: Matt Roberts)</span></figcaption></figure>',
         "Anthony Albanese in Canberra.", "(ABC News: Matt Roberts)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Premier Donald Tusk w Sejmie. Fot. Sławomir Kamiński / Agencja Wyborcza.pl</figcaption></figure>',
         "Premier Donald Tusk w Sejmie.", "Fot. Sławomir Kamiński / Agencja Wyborcza.pl"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Sanna Marin Helsingissä. Kuva: Lehtikuva</figcaption></figure>',
         "Sanna Marin Helsingissä.", "Kuva: Lehtikuva"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>O presidente Lula em Brasília - Pedro Ladeira/Folhapress</figcaption></figure>',
         "O presidente Lula em Brasília", "Pedro Ladeira/Folhapress"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Pic: Reuters</figcaption></figure>', None, "Pic: Reuters"),
        # A caption by its class in a figure without figcaption, or named by aria-describedby; Italian and Spanish class names.
        ('<figure class="image"><div><img src="a.jpg" alt="x"></div><div class="image__caption"><p>Ministers in Brussels.</p></div>'
         '<div class="image__credit">Reuters</div></figure>', "Ministers in Brussels.", "Reuters"),
        ('<div><img src="a.jpg" alt="x" aria-describedby="c1"><p id="c1">Ministers in Brussels. Photo: Reuters</p></div>',
         "Ministers in Brussels.", "Photo: Reuters"),
        ('<div class="foto"><img src="a.jpg" alt="x"><div class="didascalia">I ministri a Bruxelles (Ansa)</div></div>',
         "I ministri a Bruxelles", "(Ansa)"),
        ('<div class="foto"><img src="a.jpg" alt="x"><p class="pie-foto">Los ministros en Bruselas. EFE</p></div>',
         "Los ministros en Bruselas.", "EFE"),
        # A caption that is only a credit (eHow), and a caption, " / ", then its credit.
        ('<figure><img src="a.jpg" alt="x"><figcaption>evgenyb/iStock/Getty Images</figcaption></figure>', None, "evgenyb/iStock/Getty Images"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Kane Skennar/Photodisc/Getty Images</figcaption></figure>',
         None, "Kane Skennar/Photodisc/Getty Images"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Trybunał Konstytucyjny / Shutterstock</figcaption></figure>',
         "Trybunał Konstytucyjny", "Shutterstock"),
        # Korean, Japanese and Chinese credits in brackets, full-width too.
        ('<figure><img src="a.jpg" alt="x"><figcaption>서울 시내 모습 [연합뉴스 자료사진]</figcaption></figure>', "서울 시내 모습", "[연합뉴스 자료사진]"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>東京の街並み（写真：共同）</figcaption></figure>', "東京の街並み", "（写真：共同）"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>北京街景（新华社记者 李明 摄）</figcaption></figure>', "北京街景", "（新华社记者 李明 摄）"),
        # Reuters' licensing link is a tool, not the credit; NPR's box of caption and credit; labels without a colon or with two words.
        ('<figure><img src="a.jpg" alt="x"><figcaption><span>Police outside the court in London. REUTERS/Toby Melville/File Photo</span> '
         '<a href="/licensing">Purchase Licensing Rights</a></figcaption></figure>',
         "Police outside the court in London.", "REUTERS/Toby Melville/File Photo"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Police in London. REUTERS/Toby Melville <a href="#">Enlarge</a> <button>Buy photo</button>'
         '</figcaption></figure>', "Police in London.", "REUTERS/Toby Melville"),
        ('<div class="bucketwrap image"><div class="imagewrap"><img src="a.jpg" alt="x"></div><div class="credit-caption"><div class="caption">'
         '<p>Protesters in Chicago.</p></div><span class="credit">Scott Olson/Getty Images</span></div></div>',
         "Protesters in Chicago.", "Scott Olson/Getty Images"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Protesters in Brussels - Copyright AFP</figcaption></figure>', "Protesters in Brussels", "Copyright AFP"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The Martian surface. Image credit: NASA/JPL-Caltech</figcaption></figure>',
         "The Martian surface.", "Image credit: NASA/JPL-Caltech"),
        # Hebrew, Arabic and Greek credits.
        ('<figure><img src="a.jpg" alt="x"><figcaption>מפגינים בתל אביב (צילום: רויטרס)</figcaption></figure>', "מפגינים בתל אביב", "(צילום: רויטרס)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>متظاهرون في لندن (رويترز)</figcaption></figure>', "متظاهرون في لندن", "(رويترز)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Διαδηλωτές στην Αθήνα (Φωτ.: Eurokinissi)</figcaption></figure>',
         "Διαδηλωτές στην Αθήνα", "(Φωτ.: Eurokinissi)"),
        # An image linked to its gallery page, with its caption beside it, is the article's (the Bundesrat, Deutsche Welle).
        ('<div class="picture"><a href="/SharedDocs/bilder/galerien/2022/weremember/01.html"><img src="a.jpg" alt="x"></a>'
         '<p class="caption">Knesset speaker Mickey Levy in Berlin <span class="copyright">© Jesco Denzel</span></p></div>',
         "Knesset speaker Mickey Levy in Berlin", "© Jesco Denzel"),
        # A credit element's words stay in the caption where the caption says them too (Forbes).
        ('<figure><img src="a.jpg" alt="x"><figcaption><p>A duvet on the bed. (Photo: Getty Images)</p><small>Getty</small></figcaption></figure>',
         "A duvet on the bed. (Photo: Getty Images)", "Getty"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><span class="credit">AP</span> AP reporters in Kabul</figcaption></figure>',
         "AP reporters in Kabul", "AP"),
        # More labels and picture services: German archive and symbol photos, free photo sites, a photographer named in
        # the caption's "author" element, "files" after an agency (Postmedia), a bracketed credit before the full stop.
        ('<figure><img src="a.jpg" alt="x"><figcaption>Die neue Bürgermeisterin. Archivfoto: ON</figcaption></figure>',
         "Die neue Bürgermeisterin.", "Archivfoto: ON"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Ein Rechenzentrum. Foto Sergey Rraikin via Unsplash</figcaption></figure>',
         "Ein Rechenzentrum.", "Foto Sergey Rraikin via Unsplash"),
        ('<div class="article-photo"><img src="a.jpg" alt="x"><div class="photo-text"><span class="author">Фото из Инстаграма</span>'
         '<span>Лукаш Подольски</span></div></div>', "Лукаш Подольски", "Фото из Инстаграма"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Microsoft plans to cut its emissions. Mike Blake/Reuters files</figcaption></figure>',
         "Microsoft plans to cut its emissions.", "Mike Blake/Reuters files"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The chief officer. (Picture by Jameel Springer)</figcaption></figure>',
         "The chief officer.", "(Picture by Jameel Springer)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Ein Floß bei Bonn (Foto: Siebengebirgsmuseum).</figcaption></figure>',
         "Ein Floß bei Bonn", "(Foto: Siebengebirgsmuseum)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Photo composite by Tim O’Reilly</figcaption></figure>', None, "Photo composite by Tim O’Reilly"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Büro / ShutterStock</figcaption></figure>', "Büro", "ShutterStock"),
        # A label for screen readers that opens the caption is not a credit (Sky News, the BBC); MSN's attribution in the
        # caption box; a labelled credit in the brackets that close the caption (The Hindu).
        ('<figure><img src="a.jpg" alt="x"><figcaption><span class="sdc-article-image__visually-hidden">Image:</span> '
         "<span>Jose Mourinho has agreed a deal with Tottenham</span></figcaption></figure>", "Jose Mourinho has agreed a deal with Tottenham", None),
        ('<figure><img src="a.jpg" alt="x"><figcaption><span class="off-screen">Media caption</span>Who is Julian Assange?</figcaption></figure>',
         "Who is Julian Assange?", None),
        ('<span class="storyimage"><span class="image"><img src="a.jpg" alt="x"></span><span class="caption truncate">'
         '<span class="attribution">© Getty Images</span> Students in Manchester, Sept. 29, 2020.</span></span>',
         "Students in Manchester, Sept. 29, 2020.", "© Getty Images"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Customers breathe pure oxygen. (Photo Credit : PTI File Photo )</figcaption></figure>',
         "Customers breathe pure oxygen.", "(Photo Credit : PTI File Photo )"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The minister (Photo: AP) spoke in Kabul, and (later) in Doha</figcaption></figure>',
         "The minister (Photo: AP) spoke in Kabul, and (later) in Doha", None),
        # A credit match that is the box around the image or the caption gives way to the credit inside it (the BBC,
        # hessenschau); a lazy-loading page's <noscript> copy of the image is not a second image; a figure with a
        # credit and no caption (ORF); a caption right after the image's link (taz); a theme's <figure> as caption.
        ('<figure class="media-landscape no-caption"><span class="image-and-copyright-container"><img src="a.jpg" alt="x">'
         '<span class="off-screen">Image copyright</span><span class="story-image-copyright">Getty Images</span></span></figure>',
         None, "Getty Images"),
        ('<figure><div><noscript><img src="a.jpg" alt="x"></noscript><img src="data:," data-src="a.jpg" alt="x"></div>'
         '<div class="copytext__captionLine mediaBox__copyright"><span class="figcaption">Crowds at the fair</span>'
         '<span class="figcaption__copyright">Bild © Johannes Gregor/hr</span></div></figure>', "Crowds at the fair", "Bild © Johannes Gregor/hr"),
        ('<figure><picture><img src="a.jpg" alt="x"></picture><footer class="credit" aria-hidden="true"><span class="copyright">'
         "APA/Georg Hochmuth</span></footer></figure>", None, "APA/Georg Hochmuth"),
        ('<a class="full picture" href="/picture/3905628/948/a.jpeg"><img src="a.jpg" alt="x"></a>'
         '<p class="caption">Joe Kaeser answers questions <span class="credit">Foto: Soeren Stache/dpa</span></p>',
         "Joe Kaeser answers questions", "Foto: Soeren Stache/dpa"),
        ('<div class="herald-post-thumbnail"><span><a href="/a.jpg"><img src="a-990.jpg" alt="x"></a></span>'
         '<figure class="wp-caption-text">A light reactor. © Brandon Martin/ Rice University</figure></div>',
         "A light reactor.", "© Brandon Martin/ Rice University"),
        ('<img src="a.jpg" alt="x"><div class="figcaption"><h3>Another story</h3><p>Its summary</p></div>', None, None),
        ('<div class="bc-main_image"><img src="a.jpg" alt="x"> <div class="image-title">Foto: The Nation</div></div>'
         '<div><img src="b.jpg" alt="y"></div>', None, "Foto: The Nation"),
        ('<div class="lead"><img src="a.jpg" alt="x"><p>Foto: The Nation is a newspaper in Bangkok.</p></div>', None, None),
        # An outlet's photo label (The Straits Times), "Photo /" (NZ Herald), "Beeld" (Dutch), a photographer for a paper
        # (The Globe and Mail, the NYT); Reuters' "FILE PHOTO:" is not a credit label.
        ('<figure><img src="a.jpg" alt="x"><figcaption>Police at the scene on Jan 5. ST PHOTO: GAVIN FOO</figcaption></figure>',
         "Police at the scene on Jan 5.", "ST PHOTO: GAVIN FOO"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Jacinda Ardern in Wellington. Photo / Mark Mitchell</figcaption></figure>',
         "Jacinda Ardern in Wellington.", "Photo / Mark Mitchell"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Mark Rutte in Den Haag. Beeld ANP</figcaption></figure>', "Mark Rutte in Den Haag.", "Beeld ANP"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Justin Trudeau in Ottawa. Fred Lum/The Globe and Mail</figcaption></figure>',
         "Justin Trudeau in Ottawa.", "Fred Lum/The Globe and Mail"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Joe Biden at the White House. Kent Nishimura for The New York Times</figcaption></figure>',
         "Joe Biden at the White House.", "Kent Nishimura for The New York Times"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>FILE PHOTO: Traders at the New York Stock Exchange. REUTERS/Brendan McDermid</figcaption></figure>',
         "FILE PHOTO: Traders at the New York Stock Exchange.", "REUTERS/Brendan McDermid"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Giorgia Meloni a Roma. Foto Ansa/Angelo Carconi</figcaption></figure>',
         "Giorgia Meloni a Roma.", "Foto Ansa/Angelo Carconi"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Der Tweet des Ministers. Screenshot: Twitter</figcaption></figure>',
         "Der Tweet des Ministers.", "Screenshot: Twitter"),
        # An agency's short name alone in the closing brackets: Anadolu's "(AA)", Italian papers' "(ansa)"; not batteries.
        ('<figure><img src="a.jpg" alt="x"><figcaption>Erdoğan Ankara\'da konuştu. (AA)</figcaption></figure>', "Erdoğan Ankara'da konuştu.", "(AA)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Giorgia Meloni a Palazzo Chigi (ansa)</figcaption></figure>', "Giorgia Meloni a Palazzo Chigi", "(ansa)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>A torch takes two (AA batteries)</figcaption></figure>', "A torch takes two (AA batteries)", None),
        # Brackets that say something else stay caption.
        ('<figure><img src="a.jpg" alt="x"><figcaption>The new stadium (opened in 2021)</figcaption></figure>',
         "The new stadium (opened in 2021)", None),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Premier Rutte in Den Haag <span>vandaag</span></figcaption></figure>',
         "Premier Rutte in Den Haag vandaag", None),
        # A closing link to a stock agency's or a picture library's page is the picture's source (a WordPress blog's
        # Fotolia licence line); a closing link elsewhere stays caption.
        ('<figure><img src="a.jpg" alt="x"><figcaption>Der Mensch als Getriebener der Zeit?<br>'
         '<a href="http://www.fotolia.com/id/755112">Fotolia 755112 – deadline concept</a></figcaption></figure>',
         "Der Mensch als Getriebener der Zeit?", "Fotolia 755112 – deadline concept"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Sunrise over the harbour <a href="https://www.flickr.com/photos/jdoe/1">'
         'Jane Doe on Flickr</a></figcaption></figure>', "Sunrise over the harbour", "Jane Doe on Flickr"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Sunrise over the harbour, as the <a href="/harbour">port authority</a>'
         '</figcaption></figure>', "Sunrise over the harbour, as the port authority", None),
        # A web address alone names where the picture comes from (Medium, a chart's "statista.com"); a file's name does not.
        ('<figure><img src="a.jpg" alt="x"><figcaption>topleftpixel.com</figcaption></figure>', None, "topleftpixel.com"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>image5554754.jpg</figcaption></figure>', "image5554754.jpg", None),
        # Celebrity pictures' agencies alone: People's "AKM-GSI", "Backgrid".
        ('<figure><img src="a.jpg" alt="x"><figcaption>AKM-GSI</figcaption></figure>', None, "AKM-GSI"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Taylor Swift in New York <span>Jane Doe/Backgrid</span></figcaption></figure>',
         "Taylor Swift in New York", "Jane Doe/Backgrid"),
        # A caption shown shortened beside the full one, with its toggles (Hearst), and a gallery's counter: the full words.
        ('<figure><img src="a.jpg" alt="x"><div class="caption"><div class="caption-full">Defense Secretary Mark Esper shakes hands'
         ' in Hanoi on Wednesday.<a class="more-caption"> less</a></div><div class="caption-truncated">Defense Secretary Mark Esper'
         ' shakes hands<a class="more-caption"> ... more</a></div><span class="credit">Photo: Hau Dinh, AP</span></div></figure>',
         "Defense Secretary Mark Esper shakes hands in Hanoi on Wednesday.", "Photo: Hau Dinh, AP"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><span class="count">1<span>of</span>4</span>'
         '<span class="caption">A shopper looks at extension cords. (Elias Funez/The Union via AP)</span></figcaption></figure>',
         "A shopper looks at extension cords.", "(Elias Funez/The Union via AP)"),
        # Brackets inside the closing credit's brackets.
        ('<figure><img src="a.jpg" alt="x"><figcaption>Holz zusammengebunden (Zeichnung: W. Hasemann, Mein Heimatland 13 (1926) S. 109).</figcaption></figure>',
         "Holz zusammengebunden", "(Zeichnung: W. Hasemann, Mein Heimatland 13 (1926) S. 109)"),
        # Japanese papers' "＝source"; an icon that marks the credit's element; a teaser's "Leer más"; a recipe card's buttons.
        ('<figure><img src="a.jpg" alt="x"><figcaption>喜ぶメッシ（左）とスアレス＝ロイター</figcaption></figure>', "喜ぶメッシ（左）とスアレス", "＝ロイター"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><i class="fas fa-search"></i>Frost: Düngung nicht erlaubt!'
         '<span><i class="fal fa-copyright"></i>Jelko Djuren</span></figcaption></figure>', "Frost: Düngung nicht erlaubt!", "Jelko Djuren"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Una amenaza para la democracia <a href="/nota">Leer más</a></figcaption></figure>',
         "Una amenaza para la democracia", None),
        ('<figure><img src="a.jpg" alt="x"><figcaption><a href="/nota"><h5>Boric visitó la ex Posta Central</h5>'
         '<span><i class="fa fa-arrow-right" aria-hidden="true"></i>&nbsp;Leer más</span></a></figcaption></figure>',
         "Boric visitó la ex Posta Central", None),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Stir-fried noodles <a href="#pin">Pin</a> <a href="#print">Print</a></figcaption></figure>',
         "Stir-fried noodles", None),
        # A label the page's stylesheet keeps for screen readers only is no part of the credit (NYT's generated classes).
        ('<style>.css-1ly73wi{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);}</style>'
         '<figure><img src="a.jpg" alt="x"><figcaption><span>Trump asked voters in Louisiana for a big win.</span>'
         '<span itemprop="copyrightHolder"><span class="css-1ly73wi">Credit...</span><span>Doug Mills/The New York Times</span></span>'
         '</figcaption></figure>', "Trump asked voters in Louisiana for a big win.", "Doug Mills/The New York Times"),
        # More labels and forms: "Image source:", "Foto und Styling:", a licence, a screenshot's source, a photographer and the company.
        ('<figure><img src="a.jpg" alt="x"><figcaption>Image source: Getty Images.</figcaption></figure>', None, "Image source: Getty Images."),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Foto und Styling: Emily Henderson</figcaption></figure>', None, "Foto und Styling: Emily Henderson"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Das Firmengeflecht der Cider Connection. CC-BY-SA 2.0</figcaption></figure>',
         "Das Firmengeflecht der Cider Connection.", "CC-BY-SA 2.0"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Die Berliner Mauer (Public Domain)</figcaption></figure>', "Die Berliner Mauer", "(Public Domain)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Ein Bild aus besseren Tagen. (Tag24 – Twitter Screenshot)</figcaption></figure>',
         "Ein Bild aus besseren Tagen.", "(Tag24 – Twitter Screenshot)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Devindra Hardawar/AOL</figcaption></figure>', None, "Devindra Hardawar/AOL"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The CC BY licence explained</figcaption></figure>', "The CC BY licence explained", None),
        # French papers' "DR" (rights reserved) closes the caption; the Dominican Republic does not.
        ('<figure><img src="a.jpg" alt="x"><figcaption>«Vape Wave», «6 Days» et «Braguino» DR</figcaption></figure>',
         "«Vape Wave», «6 Days» et «Braguino»", "DR"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Tourists on a beach in the DR</figcaption></figure>',
         "Tourists on a beach in the DR", None),
        # A photographer's name alone in brackets after the last sentence (El Nuevo Día, The Times of Israel, CBC);
        # one word in brackets, or brackets inside the sentence, stay caption.
        ('<figure><img src="a.jpg" alt="x"><figcaption>Ada Álvarez Conde renunciará a la presidencia. (Teresa Canino Rivera)</figcaption></figure>',
         "Ada Álvarez Conde renunciará a la presidencia.", "(Teresa Canino Rivera)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Joel Mergui addresses the conference in Paris. (Maria de la Cruz)</figcaption></figure>',
         "Joel Mergui addresses the conference in Paris.", "(Maria de la Cruz)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The new stadium. (File)</figcaption></figure>', "The new stadium. (File)", None),
        # Gannett's and the AP's "Jane Doe, AP" in the caption's last element; Vox's <cite> with "… via Getty Images";
        # Italian papers' agency in lower case alone in brackets; a label the class hides visually ("u-hide-visually", Sky).
        ('<figure><img src="a.jpg" alt="x"><figcaption><span class="gnt_em_img_ccr_c">Protesters gather in Cairo on Friday.</span> '
         '<span class="gnt_em_img_ccr_cr">Jane Doe, AP</span></figcaption></figure>', "Protesters gather in Cairo on Friday.", "Jane Doe, AP"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Protesters gather in Cairo. <cite>Jane Doe/AFP via Getty Images</cite></figcaption></figure>',
         "Protesters gather in Cairo.", "Jane Doe/AFP via Getty Images"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Manifestanti al Cairo venerdì (afp)</figcaption></figure>', "Manifestanti al Cairo venerdì", "(afp)"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><span class="u-hide-visually">Image:</span><span class="caption-text">'
         'Protesters gather in Cairo. Pic: Reuters</span></figcaption></figure>', "Protesters gather in Cairo.", "Pic: Reuters"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>We met Anna, AP</figcaption></figure>', "We met Anna, AP", None),
        # "Photo courtesy of" opens a credit, as "Courtesy of" does.
        ('<figure><img src="a.jpg" alt="x"><figcaption>Protesters gather in Cairo on Friday. Photo courtesy of Jane Doe.</figcaption></figure>',
         "Protesters gather in Cairo on Friday.", "Photo courtesy of Jane Doe."),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Jose Mourinho (Tottenham Hotspur)</figcaption></figure>',
         "Jose Mourinho (Tottenham Hotspur)", None),
        # An icon in the caption says nothing; a credit box that holds the caption gives the credit after it (Gothamist);
        # a credit's own label inside it stays the credit's (The Telegraph).
        ('<figure><img src="a.jpg" alt="x"><figcaption><svg role="img" aria-label="arrow"><title>arrow</title><path d="M1 1"/></svg>'
         '<div class="image-with-caption-credit"><div class="gothamist-caption">A fallout shelter in Crown Heights.</div>'
         ' <span>Scott Heins/Gothamist</span></div></figcaption></figure>',
         "A fallout shelter in Crown Heights.", "Scott Heins/Gothamist"),
        # … and none when the template left the credit out of that box, which then holds only the caption
        ('<figure><img src="a.jpg" alt="x"><figcaption><div class="image-with-caption-credit"><div class="gothamist-caption">'
         'A fallout shelter in Crown Heights.</div></div></figcaption></figure>', "A fallout shelter in Crown Heights.", None),
        # (guard) a credit box that holds the link to the photo's page, whose class says caption (Ars Technica)
        ('<figure><img src="a.jpg" alt="x"><figcaption class="caption"><div class="caption-credit"><a class="caption-link" '
         'href="https://en.wikipedia.org/wiki/Kernel_panic">Kevin</a></div></figcaption></figure>', None, "Kevin"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><span itemprop="caption">Gas fitter Andrew Hartley was jailed.</span>'
         '<span class="e-caption__credit"><span class="e-caption__credit-description">Credit</span>: Photo: PA</span></figcaption></figure>',
         "Gas fitter Andrew Hartley was jailed.", "Credit: Photo: PA"),
        # A credit in its own element before the caption's words (Greenpeace, 5 Minuten): the credit is that element.
        ('<figure><img src="a.jpg" alt="x"><figcaption><p class="Media-legal">© Iona Dutz / Greenpeace</p>'
         '<p class="Media-caption">Mit Aktionstagen macht Greenpeace darauf aufmerksam.</p></figcaption></figure>',
         "Mit Aktionstagen macht Greenpeace darauf aufmerksam.", "© Iona Dutz / Greenpeace"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><div class="block">©5 Minuten</div>'
         ' Spezialisiert auf Reinigungen, putzt sich Filana in die Herzen.</figcaption></figure>',
         "Spezialisiert auf Reinigungen, putzt sich Filana in die Herzen.", "©5 Minuten"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><b>Photo:</b> Jane Doe</figcaption></figure>', None, "Photo: Jane Doe"),
        # A gallery's counter (or the template's placeholders for it) and a link past the gallery for screen readers;
        # the image's file name; a caption set in <small>; a stray colon before the caption.
        ('<figure><img src="a.jpg" alt="x"><figcaption><p class="caption">Greenpeace-Aktive am Refill Day.</p>'
         '<p class="ImageGallery-copyright"><span class="count"><span>Bild 1</span> von 4</span> © Iona Dutz</p>'
         '<a tabindex="-1" href="#EndOfGallery" class="u-hiddenVisually">Überspringe die Bildergalerie</a></figcaption></figure>',
         "Greenpeace-Aktive am Refill Day.", "© Iona Dutz"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Svenja Schulze in Berlin <span class="copyright">© Felix Zahn/photothek.net'
         ' <span data-js-gallery-slide-pagination>--pageNumber-- von --total--</span></span></figcaption></figure>',
         "Svenja Schulze in Berlin", "© Felix Zahn/photothek.net"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><span class="caption">Symbolbild Rettungsdienst</span> | <span class="credit">'
         'Foto: dietwalther/stock.adobe.com</span><span class="caption-filename">2022/01/Rettungsdienst_169266287-scaled.jpeg</span>'
         '</figcaption></figure>', "Symbolbild Rettungsdienst", "Foto: dietwalther/stock.adobe.com"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><h2 class="element-invisible"><a href="/files/csd.bild">CSD-Parade.jpg</a></h2>'
         '<div class="caption">Parade zum Christopher-Street-Day</div></figcaption></figure>', "Parade zum Christopher-Street-Day", None),
        ('<figure><img src="a.jpg" alt="x"><figcaption><p><small>Izkia Siches y Manuel Monsalve en el Congreso</small></p>'
         '</figcaption></figure>', "Izkia Siches y Manuel Monsalve en el Congreso", None),
        ('<figure><img src="a.jpg" alt="x"><figcaption><small>Photo: AP</small></figcaption></figure>', None, "Photo: AP"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>: v.l.: Ingo Degenhardt, Ralf Beltermann. Foto: Thomas Range</figcaption></figure>',
         "v.l.: Ingo Degenhardt, Ralf Beltermann.", "Foto: Thomas Range"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Eine der Windkraftanlagen im Steinheimer Becken, Foto: EnBW</figcaption></figure>',
         "Eine der Windkraftanlagen im Steinheimer Becken", "Foto: EnBW"),
        # Without <figure>: a credit in the image's box (Lebensmittel Praxis); a <figcaption> after the image's figure
        # (90min); an image's description and credit in a small <section> (Amnesty); a credit after a "©" of its own (RT).
        ('<div class="imagecontainer"><div class="item-image"><picture><img src="a.jpg" alt="x"></picture></div>'
         '<span class="imgcredits">Bildquelle: Getty Images</span></div>', None, "Bildquelle: Getty Images"),
        ('<div><figure><picture><img src="a.jpg" alt="x"></picture></figure><div class="wrapper">'
         '<figcaption class="tagStyle_1mz8fny">Deniz Aytekin / Kevin Voigt/GettyImages</figcaption></div></div>',
         "Deniz Aytekin", "Kevin Voigt/GettyImages"),
        ('<section><div class="field"><picture><img src="a.jpg" alt="x"></picture></div>'
         '<p class="image-description">Protestaktion in London (Archivaufnahme)</p>'
         '<p class="image-copyright">© Oli Scarff/Getty Images</p></section>',
         "Protestaktion in London (Archivaufnahme)", "© Oli Scarff/Getty Images"),
        ('<div class="media"><img src="a.jpg" alt="x"><div class="media__footer"><div class="media__title">'
         '<span data-role="title">A cyclist in La Paz, Bolivia. </span><span data-role="copyright-symbol">© </span>'
         '<span data-role="copyright">Reuters / David Mercado</span></div></div></div>', "A cyclist in La Paz, Bolivia.", "© Reuters / David Mercado"),
        ('<div class="article-photo"><img src="a.jpg" alt="x"><div class="article-photo-credit"><div class="photo-credit">'
         'Paul Volcker and President Obama during a meeting in 2009. (Saul Loeb/AFP/Getty Images)</div></div></div>',
         "Paul Volcker and President Obama during a meeting in 2009.", "(Saul Loeb/AFP/Getty Images)"),
        # The words of a small box around the image, when they hold a credit (Golf Post); a teaser's are not a caption.
        ('<div class="col-12"><img src="a.jpg" alt="x"> Golf im TV: Die Übertragungszeiten im Überblick. (Foto: Getty)</div>',
         "Golf im TV: Die Übertragungszeiten im Überblick.", "(Foto: Getty)"),
        ('<div class="col-12"><img src="a.jpg" alt="x"><h3>Golf im TV</h3> (Foto: Getty)</div>', None, None),
        # Or a caption that says it is one, by a figure's label (baechli-bergsport); a figure's label alone is no caption.
        ('<div class="imginline"><img src="a.jpg" alt="x"><p>Abbildung 3: Grosser Schneekristall.</p></div>',
         "Abbildung 3: Grosser Schneekristall.", None),
        ('<div class="imginline"><img src="a.jpg" alt="x"><p>Abbildung 3</p></div>', None, None),
        ('<div class="col-12"><img src="a.jpg" alt="x"><a href="/golf">Golf im TV: die Übertragungszeiten (Foto: Getty)</a></div>', None, None),
        # An agency's credit alone in its element (Breitbart); "Portrait by"; the paragraph after the image's own.
        ('<figure class="featured"><div class="featured-container"><img src="a.jpg" alt="x">'
         '<div class="attribution">JIM WATSON/AFP/Getty Images</div></div></figure>', None, "JIM WATSON/AFP/Getty Images"),
        ('<div class="portrait"><img src="a.jpg" alt="x"><p>Portrait by George Del Barrio</p></div>', None, "Portrait by George Del Barrio"),
        ('<div class="body"><p>Vitamine sind wichtig.</p><p><img src="a.jpg" alt="x"></p><p><em>©iStock</em></p><p>Nüsse auch.</p></div>',
         None, "©iStock"),
        # Not credits: an agency named in the text around the image, the text's source in a box of paragraphs.
        ('<div class="body"><p>A report from <em>Bloomberg</em> has suggested new features.</p>'
         '<p><img src="a.jpg" alt="x"><br>There is also speculation.</p></div>', None, None),
        ('<div class="article"><p>Quelle: dpa-AFX</p><p>' + "Niedrige Zinsen und der Aktienboom locken junge Anleger an. " * 8
         + '</p><p><img src="a.jpg" alt="x"></p></div>', None, None),
        # A second figcaption below the first holds the credit (Gizmodo).
        ('<figure><img src="a.jpg" alt="x"><figcaption class="caption">Duck fluff and feathers drying.</figcaption>'
         '<figcaption class="below-caption">Photo<!-- -->: <!-- -->Getty Images</figcaption></figure>',
         "Duck fluff and feathers drying.", "Photo: Getty Images"),
        # A label element right before the credit is the credit's, not the caption's end: NYT's "Credit" for screen readers
        # (its stylesheet, not saved with the page, hides it), a "Foto:" in bold before the photographer's name.
        ('<figure><img src="a.jpg" alt="x"><figcaption><span>Nikki Haley will be leaving her role.</span><span class="c">'
         '<span class="css-1dv1kvn">Credit</span><span class="credit"><span>Credit...</span><span>Samuel Corum for The New York Times</span>'
         '</span></span></figcaption></figure>', "Nikki Haley will be leaving her role.", "Credit...Samuel Corum for The New York Times"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Der Hafen am Morgen. <b>Foto:</b> <span class="credit">Anna Schmidt</span>'
         '</figcaption></figure>', "Der Hafen am Morgen.", "Anna Schmidt"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><span class="css-jevhma">Nikki Haley will be leaving her role.</span>'
         '<span class="css-cch8ym"><span class="css-1dv1kvn">Credit</span><span class="css-1u46b97"><span class="css-1ly73wi">Credit...</span>'
         '<span>Samuel Corum for The New York Times</span></span></span></figcaption></figure>',
         "Nikki Haley will be leaving her role.", "Credit...Samuel Corum for The New York Times"),
        # The BBC's labels for screen readers by its generated class names, on the credit before the image and on the caption.
        ('<figure><div><span role="text" class="ssrcss-1dv8s9f-Copyright"><span class="ssrcss-1f9wn8f-VisuallyHidden e16en2lz0">'
         'Image source, </span>Getty Images</span></div><img src="a.jpg" alt="A crowd"><figcaption>'
         '<span class="ssrcss-1f9wn8f-VisuallyHidden e16en2lz0">Image caption, </span>Crowds gathered in the square</figcaption></figure>',
         "Crowds gathered in the square", "Getty Images"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>The team at the Hall of Fame Photo: AP</figcaption></figure>',
         "The team at the Hall of Fame", "Photo: AP"),
        ('<div class="image"><img src="a.jpg" alt="x"><div class="legend">Kastanienselven bildeten sich durch Beweidung.<br>'
         'Foto &copy; Peter Steiger</div></div>', "Kastanienselven bildeten sich durch Beweidung.", "© Peter Steiger"),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Ein Foto © Peter Steiger</figcaption></figure>', "Ein Foto", "© Peter Steiger"),
        # A tool before the caption's words (Macwelt's "Vergrößern").
        ('<figure><img src="a.jpg" alt="x"><figcaption><a class="btn" href="/4324738_original.jpg"><strong>Vergrößern</strong></a>'
         ' <strong class="title">Kommt das iPhone 14 ohne Notch?</strong></figcaption></figure>', "Kommt das iPhone 14 ohne Notch?", None),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Zoom calls all day <a href="#">Zoom</a></figcaption></figure>', "Zoom calls all day", None),
        # Not credits: the image itself, a copy shown only in print, the page's copyright notice around the image, an
        # author's byline beside the author's picture; and a <figcaption> that holds the headline is no caption.
        ('<ul><li><img class="appear copyright" src="a.jpg" alt="Bike-Ausflug ins Grüne © Tourismus Salzburg GmbH">'
         '<span class="copyright-print show-for-print">Bike-Ausflug ins Grüne © Tourismus Salzburg GmbH</span></li></ul>', None, None),
        ('<div class="copyright row"><p>© 2022 Bundesamt für Wirtschaft</p><div class="imageBox"><img src="a.jpg" alt="x"></div>'
         '<p>Soweit nicht anders gekennzeichnet, stehen unsere Texte unter einer Creative-Commons-Lizenz.</p></div>', None, None),
        ('<div class="lead"><figure><img src="a.jpg" alt="x"></figure><figcaption><small>31.01.2022 2. HBL</small>'
         '<h2>Neuer Cheftrainer für Dormagen</h2><p>Matthias Flohr wird neuer Cheftrainer.</p></figcaption></div>', None, None),
        # A quote's author under a portrait is not a credit, and a box with two images has no one caption.
        ('<figure><img src="a.jpg" alt="x"><figcaption><cite>Inga Buller</cite></figcaption></figure>', "Inga Buller", None),
        ('<div class="gallery"><img src="a.jpg" alt="x"><img src="b.jpg" alt="y"><p class="caption">Two pictures</p></div>', None, None),
        # A box that holds the image (or its link) and one short text, nothing else, is captioned by it with no class to say
        # so (Deutsche Welle's picBox, Radio Prague's image asset), and Radio Prague's ", photo:" credit after the caption.
        ('<div class="picBox medium"> <a class="overlayLink" href="#"><img src="a.jpg" alt="Tahir Della (picture-alliance/dpa/L. Schwedes)">'
         ' </a> <p>Tahir Della helped organize Berlin\'s new initiative</p> </div>', "Tahir Della helped organize Berlin's new initiative", None),
        ('<div class="asset"><a href="#"><picture><img src="a.jpg" alt="x"></picture></a><div>Jan Hamáček, photo: Archives du '
         'Gouvernement tchèque</div></div>', "Jan Hamáček", "photo: Archives du Gouvernement tchèque"),
        # The image in boxes that hold nothing else, in a link (golf.de); an empty anchor beside it and a caption in Japanese (ITmedia).
        ('<div data-object_id="11562"><a href=""><div class="tw-flex"><div class="aspect-16-9"><picture><img src="a.jpg" alt="x">'
         '</picture></div></div></a><div class="tw-mt-16">Waren gute Freunde: Lee Elder und Gary Player. | &copy; PGA of America via Getty Images'
         '</div></div>', "Waren gute Freunde: Lee Elder und Gary Player.", "© PGA of America via Getty Images"),
        ('<div id="col600c"><a name="l_ht0222_t01.jpg"></a><a href="/l/ht0222_t01.jpg"><img src="a.jpg" alt="Intel NUC"></a>\n'
         '<small>Intelの新型NUCファミリーで最上位のベアボーンモデル</small></div>', "Intelの新型NUCファミリーで最上位のベアボーンモデル", None),
        # The paragraph after the image's own, opening with a figure's label (Statistics Globe); not when it links elsewhere.
        ('<div class="l-section-h"><p>The plot:</p><p><img src="a.jpg" alt="x"></p><p>Figure 1: ggplot2 Barchart with Default Font Sizes.</p>'
         '<p>Now we change the size.</p></div>', "Figure 1: ggplot2 Barchart with Default Font Sizes.", None),
        ('<div class="l-section-h"><p>The plot:</p><p><img src="a.jpg" alt="x"></p><p>Figure 1: see <a href="/other">the barchart post</a>.</p>'
         '<p>Now we change the size.</p></div>', None, None),
        # A credit whose label is for screen readers only, in the caption's last element (Deutsche Welle), with or without a space.
        ('<figure><img src="a.jpg" alt="x"><figcaption><span>Smoke rises over Kyiv after the attack</span><span><span class="sr-only">'
         'Image: </span>Gleb Garanich/REUTERS</span></figcaption></figure>', "Smoke rises over Kyiv after the attack", "Gleb Garanich/REUTERS"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><span>Smoke rises over Kyiv after the attack</span> <span><span class="sr-only">'
         'Image: </span>Michael Kappeler/dpa/picture alliance</span></figcaption></figure>',
         "Smoke rises over Kyiv after the attack", "Michael Kappeler/dpa/picture alliance"),
        # A caption's class abbreviated ("img-desc"), and a Polish credit after a comma (", fot. shutterstock").
        ('<div class="article"><div class="img"><img src="a.jpg" alt="x"></div><div class="img-desc">Eurocash rusza z Platformą Handlu, '
         'fot. shutterstock</div><p>' + "Tekst artykułu. " * 30 + '</p></div>', "Eurocash rusza z Platformą Handlu", "fot. shutterstock"),
        # A Chinese caption's label ("图注："), a caption class of Chinese sites ("pictext"); TYPO3's text beside an image is no caption.
        ('<div><p><img src="a.jpg" alt="x"></p><p>图注：奥尔德林的圣餐杯回到了地球上</p><p>' + "正文。" * 40 + '</p></div>',
         "图注：奥尔德林的圣餐杯回到了地球上", None),
        ('<div><p><img src="a.jpg" alt="x"></p><p class="pictext">奥尔德林的圣餐杯回到了地球上</p><p>' + "正文。" * 40 + '</p></div>',
         "奥尔德林的圣餐杯回到了地球上", None),
        ('<div class="csc-textpic"><div class="csc-textpic-imagewrap"><img src="a.jpg" alt="x"></div><div class="csc-textpic-text"><p>'
         'Warum ist die Banane krumm? Das liegt an den Bananenhormonen.</p><p>Zuerst wachsen alle Bananen nach unten.</p></div></div>', None, None),
        # A <figcaption> after the box that holds the image's caption-less figure (NBC News).
        ('<div class="heroMediaHolder"><div class="heroMediaContainer"><figure class="hero"><picture><img src="a.jpg" alt="x"></picture>'
         '</figure></div><figcaption class="caption___fMPAB"><span>The house where Adolf Hitler was born.</span><span>Leonhard Foeger / Reuters file'
         '</span></figcaption></div>', "The house where Adolf Hitler was born.", "Leonhard Foeger / Reuters file"),
        ('<div><figure><img src="a.jpg" alt="x"></figure></div><figcaption>The house where Adolf Hitler was born.</figcaption>',
         "The house where Adolf Hitler was born.", None),
        # Not such a caption: a product's prices, a gallery's counter, a feature grid's title and text, a comment box's
        # invitation, text beside the image in the box or after the caption, a long text, a text that is mostly a link.
        ('<div class="product"><img src="a.jpg" alt="x"><p>14,90 € 7,90 €</p></div>', None, None),
        ('<div class="gallery-teaser"><img src="a.jpg" alt="x"><span>14 Bilder</span></div>', None, None),
        ('<div class="col-md-4"><img src="a.jpg" alt="x"><p><strong>Antrag ausfüllen</strong><br>Zusage in Sekunden sichern</p></div>', None, None),
        ('<div class="article-comment__guest"><img class="article-comment__guest-image" src="a.jpg" alt="x"><div><a href="/login">'
         'Sign in </a>to leave your comment</div></div>', None, None),
        ('<div>Vorher <img src="a.jpg" alt="x"><p>Tahir Della helped organize Berlin\'s new initiative</p></div>', None, None),
        ('<div><img src="a.jpg" alt="x"><p>Tahir Della helped organize Berlin\'s new initiative</p> und danach</div>', None, None),
        ('<div><img src="a.jpg" alt="x"><p>' + "Wir würden hier gerne eine Newsletter-Anmeldung zeigen. " * 3 + '</p></div>', None, None),
        ('<div><img src="a.jpg" alt="x"><p><a href="/other">Tahir Della helped organize Berlin\'s new initiative</a></p></div>', None, None),
        ('<div class="nsl_l"><img src="beep.png" alt="x"><div class="nsl_tt">your daily newsletter</div></div>', None, None),
        ('<div class="gallery-box__image"><img src="a.jpg" alt="x"><div class="box-label">Prohlédnout si 19 fotografií</div></div>', None, None),
        ('<div class="wprm-call-to-action"><img src="a.jpg" alt="x"><span>Simple and Delicious Vegan Cookbook, order it here</span></div>',
         None, None),
        ('<div><a name="top"></a><img src="a.jpg" alt="x"><span>Tahir Della helped organize Berlin\'s new initiative</span>'
         '<span>Share</span></div>', None, None),
    ],
)
def test_image_captions_and_credits_in_the_model(figure, caption, credit):
    html = f'<html lang="en"><body><main><article><h1>A headline for this test</h1>{figure}<p>Text.</p></article></main></body></html>'
    first = extract(html)["images"][0]
    assert (first["caption"] or {}).get("text") == caption
    assert (first["credit"] or {}).get("text") == credit


def test_the_authors_line_and_a_hidden_box_beside_an_image_are_no_credit():
    """ekhn.de's image without its credit: the box beside it that the page hides holds the author's line ("Autor:",
    a credit's label on some pages) and an empty "Bildrechte:"; neither credits the photo."""
    html = ('<html lang="de"><body><main><div class="news"><h1>Pflegefinanzierung: Papier fordert Reform</h1>'
            '<span class="image-wrapper"><img src="/pflege.jpg" alt="Eine Pflegerin am Bett" width="540" height="250"></span>'
            '<span class="image-description">Die meisten Heime haben zu wenig Pflegekräfte</span>'
            '<p class="news-teaser">Die EKD hat in zwölf Thesen eine Schrift zu Leitlinien eines Sozialstaates veröffentlicht.</p>'
            '<div class="article-info-opened" style="display:none"><p><span class="label">Autor:</span> Multimedia Redaktion</p>'
            '<p><span class="label">Bildrechte:</span> </p></div>'
            '<p>Unter der Überschrift „Einander-Nächste-Sein in Würde und Solidarität“ hatte die EKD Ende Oktober eine Schrift veröffentlicht, '
            'die Leitlinien eines zukunftsfähigen Sozialstaates beschreibt und die Pflege in den Mittelpunkt stellt.</p></div></main></body></html>')
    first = extract(html)["images"][0]
    assert (first["caption"] or {}).get("text") == "Die meisten Heime haben zu wenig Pflegekräfte"
    assert first["credit"] is None


def test_a_credit_field_after_a_caption_that_stands_alone_under_its_image():
    """Drupal renders an image's fields one after another (tierwelt.ch): the image, the caption, the credit.
    The element after the caption is its credit when its class says credit or its words open with a credit's label;
    an author's box ("By …") or a paragraph of the text after the caption is not."""
    fields = ('<div class="field field--name-field-image"><div class="field__item"><img src="/a.jpg" alt="Models in Pelz"></div></div>'
              '<div class="field field--name-field-image-caption"><p>Kunstpelz kommt vermehrt zum Einsatz.</p></div>{}')
    page = '<html lang="de"><body><main><article><h1>Pelzfrei</h1>{}<p>Text.</p></article></main></body></html>'

    def image(after):
        [found] = extract(page.format(fields.format(after)))["images"]
        return found["caption"]["text"], (found["credit"] or {}).get("text")

    assert image('<div class="field field--name-field-image-credits"><p>Pixabay</p></div>') == ("Kunstpelz kommt vermehrt zum Einsatz.", "Pixabay")
    assert image("<div>Foto: Jane Doe/AP</div>") == ("Kunstpelz kommt vermehrt zum Einsatz.", "Foto: Jane Doe/AP")
    assert image('<div class="author-credit">By Jane Doe</div>') == ("Kunstpelz kommt vermehrt zum Einsatz.", None)
    assert image("<p>Die Modemarken verzichten seit Jahren auf echten Pelz.</p>") == ("Kunstpelz kommt vermehrt zum Einsatz.", None)


def test_a_caption_that_ends_with_the_sites_own_name_credits_the_site():
    """Líbero closes a caption after its figure with " | LÍBERO": its own photo. Another word after the bar is not a credit."""
    html = ('<html lang="es"><head><link rel="canonical" href="https://libero.pe/futbol/2022/05/06/ronaldo-56304"></head><body><main><article>'
            '<h1>Cristiano Ronaldo lo sufre</h1><figure><picture><img src="a.webp" alt="Cristiano Ronaldo lo sufre"></picture></figure>'
            '<div class="mainContent__legend">Brighton goleó al Manchester United por la Premier League | LÍBERO</div>'
            "<p>Text.</p></article></main></body></html>")
    [image] = extract(html)["images"]
    assert (image["caption"]["text"], image["credit"]["text"]) == ("Brighton goleó al Manchester United por la Premier League", "LÍBERO")
    [image] = extract(html.replace("| LÍBERO", "| Archivo"))["images"]
    assert (image["caption"]["text"], image["credit"]) == ("Brighton goleó al Manchester United por la Premier League | Archivo", None)


def test_an_image_without_a_credit_beside_it_takes_the_one_its_title_ends_with():
    """Older Deutsche Welle pages credit their photos in the image's title (and alt); ARD's add "| Bildquelle: dpa"."""
    html = ('<html lang="en"><body><main><article><h1>A headline for this test</h1>\n<div class="picBox medium"><a class="overlayLink" href="#">'
            '<img src="/image/47985084_404.jpg" title="Tahir Della (picture-alliance/dpa/L. Schwedes)" '
            'alt="Tahir Della (picture-alliance/dpa/L. Schwedes)"></a><p>Tahir Della helped organize Berlin\'s new initiative</p></div>'
            "<p>Text.</p></article></main></body></html>")
    [image] = extract(html)["images"]
    assert image["caption"]["text"] == "Tahir Della helped organize Berlin's new initiative"
    assert image["credit"] == {"text": "(picture-alliance/dpa/L. Schwedes)",
                               "source": {"kind": "element", "line": 2, "column": 60, "selector": "html > body > main > article > div > a > img",
                                          "attribute": "title"}}
    ard = html.replace("(picture-alliance/dpa/L. Schwedes)", "| Bildquelle: dpa")
    assert extract(ard)["images"][0]["credit"]["text"] == "Bildquelle: dpa"
    # A credit beside the image wins; a title that only names what the image shows gives none.
    credited = html.replace("new initiative</p>", "new initiative <small class=\"credit\">Image: DW/J. Hitz</small></p>")
    assert extract(credited)["images"][0]["credit"]["text"] == "Image: DW/J. Hitz"
    assert extract(html.replace(" (picture-alliance/dpa/L. Schwedes)", ""))["images"][0]["credit"] is None
    # A title that is all credit gives it when its label says so (Radio Prague: title="Photo: ČTK/Vít Šimánek");
    # an unlabelled one may be the picture's name.
    labelled = html.replace('title="Tahir Della (picture-alliance/dpa/L. Schwedes)"', 'title="Photo: ČTK/Vít Šimánek"')
    assert extract(labelled)["images"][0]["credit"]["text"] == "Photo: ČTK/Vít Šimánek"
    named = html.replace('title="Tahir Della (picture-alliance/dpa/L. Schwedes)"', 'title="Getty Images"')
    assert extract(named)["images"][0]["credit"] is None


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # Clarín: a story's card beside the article, its title a linked heading.
        ('<div class="content-new"><div class="mg"><div class="wrap-figure"><picture><img src="/img/gray.jpg" alt="Fernando Gray"></picture>'
         '</div></div><div class="mt"><a href="/politica/fernando-gray-interna"><h2>Fernando Gray y la interna del Frente de Todos</h2></a></div></div>',
         False),
        # El Espectador: the author's box, her name a linked heading.
        ('<div class="ACredit"><div class="ACredit-ImageFrame"><img src="a.jpg" alt="x"></div><div class="ACredit-Info">'
         '<h3 class="ACredit-Author"><a href="/autores/fm">Por Felipe Morales Sierra</a></h3></div></div>', False),
        # Drupal's media element names the image's file in a hidden heading that links to the file's page: the article's image.
        ('<div class="media"><div id="file-12430" class="file file-image"><h2 class="element-invisible"><a href="/files/felixstalderjpg">'
         'felix_stalder.jpg</a></h2><div class="content"><img alt="Felix Stalder" src="/files/felix_stalder.jpg"></div></div></div>', True),
        # A heading that links nowhere else, beside the image, is the article's own.
        ('<div><img src="/img/gray.jpg" alt="Fernando Gray"><h2><a href="#interna">La interna</a></h2></div>', True),
    ],
    ids=["story-card", "author-box", "drupal-media", "in-page-link"],
)
def test_an_image_beside_a_heading_that_links_to_another_story_is_a_card(box, kept):
    html = (f'<html lang="es"><body><main><article><h1>A headline for this test</h1><p>Text.</p>{box}<p>More text.</p>'
            "</article></main></body></html>")
    assert bool(extract(html)["images"]) is kept


def test_a_headline_outside_any_article_beside_story_cards_reads_its_own_column():
    """Clarín puts the headline and the text in a column of their own and each story card in an <article>: the longest
    <article> is a card, so the content is the headline's column, and the cards in it are not the article's images."""
    cards = "".join(f'<li><article class="content-article"><div class="text"><h3>Another story number {i}</h3><p>Teaser</p></div>'
                    f'<picture><img alt="Another story number {i}" src="/img/card{i}.jpg"></picture>'
                    f'<a class="links" href="/politica/story-{i}.html"></a></article></li>' for i in range(3))
    html = ('<html lang="es"><body><div id="page"><div class="col-main"><h1>Aumenta la ofensiva sobre Alberto Fernández</h1>'
            '<figure><img src="/img/cfk.jpg" alt="Cristina Kirchner y Alberto Fernández"><figcaption>Cristina Kirchner y Alberto '
            "Fernández, el 1 de marzo, en el Congreso (Foto: Natacha Pisarenko/Pool via REUTERS)</figcaption></figure>"
            + "<p>" + "La vicepresidenta volvió a cuestionar la legitimidad del Gobierno en un acto en el Chaco. " * 6 + "</p>"
            + "<p>Segundo párrafo del texto de la nota, con más detalles.</p><p>Tercer párrafo del texto de la nota.</p>"
            f'<ul class="content-1">{cards}</ul></div></div></body></html>')
    images = extract(html)["images"]
    assert [(i["src"], i["credit"]["text"]) for i in images] == [("/img/cfk.jpg", "(Foto: Natacha Pisarenko/Pool via REUTERS)")]


def test_a_linked_figure_is_a_teaser():
    """A related post's card links its whole figure to the other story (Contextual Related Posts: <a class="crp_link"><figure>
    <img></figure><span class="crp_title">…</span></a>): not the article's image, and its excerpt is no caption."""
    html = ('<html lang="en"><body><main><article><h1>A headline for this test</h1><p>Text.</p><ul><li>'
            '<a href="https://www.hrjournal.de/fachkraeftemangel/" class="crp_link"><figure><img src="a.jpg" alt="Studie" width="158" '
            'height="100"></figure><span class="crp_title">Studie</span></a><span class="crp_excerpt">67 Prozent der '
            'Personalentscheider…</span></li></ul></article></main></body></html>')
    assert extract(html)["images"] == []
    assert extract(html.replace('href="https://www.hrjournal.de/fachkraeftemangel/"', 'href="/uploads/a-large.jpg"'))["images"] != []


def test_a_pixel_is_no_photo_and_a_blurred_preview_is_the_same_photo():
    """A 1×1 GIF with nothing behind it (an ad's slot) is not an article image; Medium shows a blurred 60-pixel preview,
    then the image itself, in one figure: one photo, at its real address."""
    pixel = '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="th4c1b9653">'
    medium = ('<figure><div><img class="progressiveMedia-thumbnail" src="https://cdn-images-1.medium.com/max/60/1*3Gzaug9mRc8vvx1cuQWkog.png?q=20">'
              '<img class="progressiveMedia-image" data-src="https://cdn-images-1.medium.com/max/1080/1*3Gzaug9mRc8vvx1cuQWkog.png"></div>'
              '<figcaption>New study shows nearly half of US jobs are susceptible</figcaption></figure>')
    html = f'<html lang="en"><body><main><article><h1>A headline for this test</h1>{pixel}<p>Text.</p>{medium}</article></main></body></html>'
    assert [(i["src"], i["caption"]["text"]) for i in extract(html)["images"]] == [
        ("https://cdn-images-1.medium.com/max/1080/1*3Gzaug9mRc8vvx1cuQWkog.png", "New study shows nearly half of US jobs are susceptible")]


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        # A list of stories: the image beside a link to the other story by its title (WP SportoweFakty), or by the title
        # attribute of a link that holds nothing (bike-magazin's "similar" list).
        ('<li class="streamshort"><div class="streamshort__photo"><img src="a.jpg" alt="x" width="243" height="140"></div><span class="h4">'
         '<a href="/zuzel/903465/typer">Żużel. Typer WP SportoweFakty. Gollob z najlepszym wynikiem</a></span></li>', False),
        ('<li><div class="image"><a href="/service/workshop-teil-2" title="MTB-Tourenplanung mit Karte und GPS"></a><img src="a.jpg" alt="x">'
         '</div><div class="title">MTB-Tourenplanung mit Karte und GPS</div></li>', False),
        # A gallery's item with its caption, an item whose link is a word or two, an item that is a paragraph of the text.
        ('<li><img src="a.jpg" alt="x"><span class="caption">Smoke over Kyiv on Sunday</span></li>', True),
        ('<li><img src="a.jpg" alt="x"><a href="/tags/kyiv">Kyiv</a></li>', True),
        ('<li><img src="a.jpg" alt="x"><p>' + "The city was hit again overnight, and officials said that " * 3
         + '<a href="/live/kyiv-updates">our live page has all the updates</a>.</p></li>', True),
    ],
)
def test_an_image_in_a_list_of_stories_is_a_teaser(item, kept):
    html = f'<html lang="en"><body><main><article><h1>A headline for this test</h1><p>Text.</p><ul>{item}</ul></article></main></body></html>'
    assert bool(extract(html)["images"]) is kept


@pytest.mark.parametrize(
    ("img", "src"),
    [
        ('<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg" alt="x">', "/real.jpg"),
        ('<img data-lazy-src="/lazy.jpg" alt="x">', "/lazy.jpg"),
        ('<img src="data:image/gif;base64,R0" srcset="/a-300.jpg 300w, /a-600.jpg 600w" alt="x">', "/a-300.jpg"),
        ('<img src="/plain.jpg" data-src="/other.jpg" alt="x">', "/plain.jpg"),
        ('<img class="ratio-16-9" src="/img/160_90.png" data-src="/a/16-9/strava-update.jpg" alt="x">', "/a/16-9/strava-update.jpg"),
        ('<img src="/uploads/spalt-635x442.jpg" srcset="/uploads/spalt.jpg" alt="x">', "/uploads/spalt-635x442.jpg"),
        # The box a script fills holds the address (Meredith): on the box itself or in its <noscript>.
        ('<div class="lazy-image" data-src="https://img.example/hydrangea.jpg"><div><img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" alt="x">'
         '</div></div>', "https://img.example/hydrangea.jpg"),
        ('<div class="lazy-image"><noscript><img src="https://img.example/hydrangea.jpg" alt="x"></noscript><div><img '
         'src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" alt="x"></div></div>', "https://img.example/hydrangea.jpg"),
        # A placeholder file, or a lazy-loading class: the address the script swaps in (Daily Express, AppleInsider).
        ('<img class="lazy" src="/img/page/preloaderbig.gif" data-src="/real.jpg" alt="x">', "/real.jpg"),
        ('<img src="/v9/images/spacer.gif" data-original="/r.jpg" alt="x">', "/r.jpg"),
        ('<img class="lazy" src="/v9/images/1x1-white.jpg" data-original="/gallery/r.jpg" alt="x">', "/gallery/r.jpg"),
        ('<img class="lazyload" src="/ok.jpg" srcset="/ok-300.jpg 300w" alt="x">', "/ok.jpg"),
        ('<img src="/plugins/lazy-load/images/1x1.trans.gif" data-lazy-src="/uploads/pc.jpg" alt="x">', "/uploads/pc.jpg"),
        ('<img src="/photocrop/img/image-lazy.png" data-src="/photo/751155.jpg" alt="x">', "/photo/751155.jpg"),
        ('<img src="/mug-on-desk-transparent_55x37.png" srcset="/mug-on-desk-transparent_110x74.png 2x" alt="x">', "/mug-on-desk-transparent_55x37.png"),
        ('<picture><source srcset="/p-800.webp 800w, /p-400.webp 400w" type="image/webp"><img src="data:image/gif;base64,R0" alt="x"></picture>',
         "/p-800.webp"),
        ('<img src="data:image/gif;base64,R0" class="progressive" alt="x"><noscript><img src="/n.jpg" alt="x"></noscript>', "/n.jpg"),
    ],
)
def test_an_images_address_is_the_real_one_behind_a_lazy_loading_placeholder(img, src):
    html = (f'<html lang="en"><body><main><article><h1>A headline for this test</h1><figure>{img}'
            "<figcaption>Caption here. Photo: AP</figcaption></figure></article></main></body></html>")
    assert [i["src"] for i in extract(html)["images"]] == [src]


def test_images_in_picture_elements_are_where_browsers_put_them():
    """libxml2 parses <source> as a container and nests the <img> in it; browsers do not."""
    html = ('<html lang="en"><body><main><article><h1>A headline for this test</h1>\n'
            '<div class="photo"><picture><source srcset="/a.webp" type="image/webp"><source srcset="/a.avif">'
            '<img src="/a.jpg" alt="Harbour at dawn"></picture><span class="caption">The harbour at dawn (Image: GETTY)</span></div>\n'
            '<p>Text.</p></article></main></body></html>')
    [image] = extract(html)["images"]
    assert image["source"]["selector"] == "html > body > main > article > div > picture > img"
    assert (image["source"]["line"], image["source"]["column"]) == (2, html.split("\n")[1].index("<img") + 1)
    assert image["caption"]["text"] == "The harbour at dawn"
    assert image["credit"]["text"] == "(Image: GETTY)"


def test_pages_without_article_or_main_use_the_headlines_column():
    """Older templates: the h1's container that also holds the running text is the article."""
    text = "<p>" + "Berlin's relationship with its colonial history is being reconsidered. " * 3 + "</p>"
    html = ('<html lang="en"><body><div id="nav"><img src="logo.png" alt="Site" width="300" height="80"></div>'
            '<div class="col3"><h1>Berlin confronts its colonial past</h1>'
            '<div class="picBox"><a class="overlayLink" href="#"><img src="/image/1_303.jpg" alt="A new street sign"></a></div>'
            f"{text * 3}<p>ls/bw (AP, AFP)</p>"
            '<div class="teaserContentWrap"><img src="/image/2_303.jpg" alt="Teaser"><p>Related story</p></div>'
            '<button><img src="/image/3.jpg" alt="Next"></button><img class="qrcode" src="/qr.png" alt="QR">'
            "</div></body></html>")
    model = extract(html)
    assert [i["src"] for i in model["images"]] == ["/image/1_303.jpg"]
    assert model["attribution"]["agencies"] == ["AP", "AFP"]
    assert [f.code for f in lint_string(html, select=["CAP001"])] == ["CAP001"]


def test_an_author_labelled_below_a_long_article_counts():
    """Deutsche Welle's older pages list "Date" and "Author" after the article's text, far from the headline;
    the same label in a teaser beside it does not count."""
    text = "".join(f"<p>Paragraph {i} of the article, with <a href='/a{i}'>a link</a> and <em>words</em>.</p>" for i in range(80))
    html = ('<html lang="en"><body><div class="col3"><h1>Berlin confronts its colonial past</h1>' + text
            + '<ul class="smallList"><li><strong>Date</strong> 19.01.2020</li><li><strong>Author</strong> Ben Knight</li></ul>'
            '<div class="teaserContentWrap"><p class="author"><strong>Author</strong> Julia Hitz</p></div></div></body></html>')
    assert [a["name"] for a in extract(html)["authors"]] == ["Ben Knight"]
    teaser_only = html.replace("<li><strong>Author</strong> Ben Knight</li>", "")
    assert [a["name"] for a in extract(teaser_only)["authors"]] == []


def test_a_page_without_headline_or_content_block_is_read_from_the_top():
    html = ('<html><head><title>Málaga, die Metropole</title></head><body><div class="top"><a href="/">Home</a></div>'
            '<div class="t">Málaga, die Metropole</div><span class="dot">November 22, 2011</span><p>Text.</p></body></html>')
    assert extract(html)["published"]["datetime"] == "2011-11-22"


def test_boxes_named_with_a_short_prefix_are_boxes():
    """BEM and namespace prefixes ("c-related-list", "kb-comments") still name a teaser or comments box."""
    html = ('<html lang="de"><body><main><article><h1>Zwiebeln richtig schneiden</h1>'
            '<figure><img src="main.jpg" alt="Zwiebeln"><figcaption>Zwiebeln. Foto: dpa</figcaption></figure>'
            "<p>Text.</p>"
            '<div class="c-related-list"><img src="teaser.jpg" alt="Teaser"></div>'
            '<div id="kb-comments"><time datetime="2020-09-23">23.09.20</time></div>'
            "</article></main></body></html>")
    model = extract(html)
    assert [i["src"] for i in model["images"]] == ["main.jpg"]
    assert model["published"] is None


def test_a_long_h1_in_the_page_header_is_the_article_headline():
    """A site's name is short: a long h1 in a <header> outside <article>/<main> is the article's own."""
    head = ('<title>It has been a rough few months for SpaceX | NBC News</title>'
            '<meta property="og:title" content="It has been a rough few months for SpaceX">')
    body = "<header><h1>What's the Hold-Up at SpaceX and its rockets?</h1></header><div><p>Text.</p></div>"
    html = f'<html lang="en"><head>{head}</head><body>{body}</body></html>'
    assert extract(html)["headline"]["text"] == "What's the Hold-Up at SpaceX and its rockets?"
    logo = html.replace("What's the Hold-Up at SpaceX and its rockets?", "NBC News")
    assert extract(logo)["headline"]["text"] == "It has been a rough few months for SpaceX"


@pytest.mark.parametrize("around", ['<header class="article-header">{}</header>', '<section><header>{}</header></section>'])
def test_a_short_h1_in_the_storys_own_header_is_the_headline(around):
    """A short h1 in a <header> outside <article> and <main> was taken for the site's name: with every h1 wrapped in a
    <header class="article-header">, 10 of 363 corpus pages took their <title> or og:title for the headline ("How to watch
    the 21 best films of 2017" for Vox's "The 21 best movies of 2017"). A page header holds the site's furniture (a
    menu, a search, a logo, a link home), and one in a <section> is no page header; Qualisys' h1, in a header of the
    page's content box, is now its headline, as the ground truth says. The site's header stays the site's (guard)."""
    head = '<title>How to watch the 21 best films of 2017 - Vox</title><meta property="og:title" content="How to watch the 21 best films of 2017">'
    body = around.format("<h1>The 21 best movies of 2017</h1>") + "<div><p>Text.</p></div>"
    html = f'<html lang="en"><head>{head}</head><body>{body}</body></html>'
    assert extract(html)["headline"]["text"] == "The 21 best movies of 2017"
    if "section" not in around:  # with a logo linked home and a menu, the header is the site's (guard)
        site = html.replace("<h1>", '<a href="/"><img src="/vox-logo.svg" alt=""></a><nav><a href="/culture">Culture</a></nav><h1>')
        assert extract(site)["headline"]["text"] == "How to watch the 21 best films of 2017"


def test_a_captioned_image_with_empty_alt_is_in_the_model_and_the_contract_wants_its_alt():
    """alt="" marks an image decorative; a caption or credit beside it says it is a news photo (Billboard, Snopes,
    tagDiv's "copywrite" credit line), and the contract wants it described. An uncaptioned one stays out."""
    html = ('<!doctype html><html lang="en"><head><title>Doobie Brothers tour</title></head><body><main><article>'
            '<h1>Doobie Brothers tour</h1>'
            '<figure><img src="band.jpg" alt=""><figcaption>Doobie Brothers <span class="credit">Clay Patrick McBride</span></figcaption></figure>'
            '<figure><img src="c.jpg" alt=""><figcaption><div class="td-gallery-slide-copywrite">Christopher Battin Submitted photo</div></figcaption></figure>'
            '<figure><img src="divider.jpg" alt=""></figure>'
            '<figure class="video-inline"><div class="video video-kaltura"><div class="video__content"><img src="poster.jpg" alt="">'
            '</div></div><figcaption>Corona in Hamburg – die Bilanz des Bürgermeisters</figcaption></figure><p>Text.</p></article></main></body></html>')
    images = extract(html)["images"]
    assert [(i["src"], i["alt"], (i["caption"] or {}).get("text"), (i["credit"] or {}).get("text")) for i in images] == [
        ("band.jpg", "", "Doobie Brothers", "Clay Patrick McBride"), ("c.jpg", "", None, "Christopher Battin Submitted photo")]
    alt = [f for f in lint_string(html, select=["CON001"]) if ".alt" in f.message]
    assert [(f.message, f.line, f.column) for f in alt] == [
        ("$.images[0].alt has no alt text: describe the image in alt", 1, html.index('<img src="band.jpg"') + 1),
        ("$.images[1].alt has no alt text: describe the image in alt", 1, html.index('<img src="c.jpg"') + 1)]


def _lead_page(before: str, inside: str, after: str = "", head: str = "") -> str:
    return ('<!doctype html><html lang="en"><head><title>Senate adjourns</title><link rel="canonical" href="https://news.example/2018/10/senate-adjourns/">'
            '<meta property="og:image" content="https://news.example/uploads/2018/10/Senate-resumes.jpg">' + head + '</head><body>'
            f'{before}<article><h1>Senate adjourns</h1>{inside}<p>The text of the story, which goes on.</p></article>{after}</body></html>')


def test_the_lead_photo_the_metadata_names_is_in_the_model_wherever_the_template_puts_it():
    """og:image (or twitter:image, or the article's JSON-LD image) names the story's photo. Shown above the <article>
    element (a hero, a featured image), with alt="" (a theme's featured image) or in a link to the page itself (a cover),
    it is the article's lead image, and the contract wants its alt, caption and credit."""
    hero = '<div class="hero"><img src="/uploads/2018/10/Senate-resumes-1024x683.jpg?resize=650" alt="The Senate in session"></div>'
    images = extract(_lead_page(hero, ""))["images"]
    # (the address made absolute against the page's own, its canonical link)
    assert [(i["src"], i["alt"]) for i in images] == [("https://news.example/uploads/2018/10/Senate-resumes-1024x683.jpg?resize=650", "The Senate in session")]
    assert [f.code for f in lint_string(_lead_page(hero, ""), select=["CAP001"])] == ["CAP001"]

    featured = '<div class="post-thumbnail"><img src="/uploads/2018/10/Senate-resumes-750x450.jpg" alt=""></div>'
    html = _lead_page("", featured)
    assert [(i["src"], i["alt"], i["caption"]) for i in extract(html)["images"]] == [("https://news.example/uploads/2018/10/Senate-resumes-750x450.jpg", "", None)]
    assert [f.message for f in lint_string(html, select=["CON001"]) if ".alt" in f.message] == ["$.images[0].alt has no alt text: describe the image in alt"]
    assert lint_string(html, select=["CAP001"]) == []  # alt="" still says decorative to the image rules

    cover = ('<div class="post-cover"><a href="https://news.example/2018/10/senate-adjourns/"><img src="/uploads/2018/10/Senate-resumes.jpg" '
             'alt="The Senate"></a><h2><a href="https://news.example/2018/10/senate-adjourns/">Senate adjourns</a></h2></div>')
    assert [i["src"] for i in extract(_lead_page("", cover))["images"]] == ["https://news.example/uploads/2018/10/Senate-resumes.jpg"]

    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Senate adjourns", '
          '"image": {"@type": "ImageObject", "url": "https://cdn.example/Senate-floor-vote.jpg"}}</script>')
    page = _lead_page('<header class="story-hero"><img src="https://cdn.example/Senate-floor-vote_800x450.jpg" alt="The vote"></header>', "", head=ld)
    assert [i["src"] for i in extract(page.replace("Senate-resumes.jpg", "other.jpg"))["images"]] == ["https://cdn.example/Senate-floor-vote_800x450.jpg"]


def test_the_lead_photo_by_a_name_an_image_service_lengthened_and_the_exact_name_first():
    """Cloudinary and optimizing plugins add a suffix to the file's name ("Senate-resumes_k0mek0"); when another image has
    the exact name, that one is the lead."""
    hero = '<div class="hero"><img src="https://res.example/upload/w_1600/Senate-resumes_k0mek0.jpg" alt="The Senate"></div>'
    assert [i["src"] for i in extract(_lead_page(hero, ""))["images"]] == ["https://res.example/upload/w_1600/Senate-resumes_k0mek0.jpg"]
    both = ('<div class="hero"><img src="/uploads/Senate-resumes-2.jpg" alt="Another photo"></div>'
            '<div class="hero"><img src="/uploads/Senate-resumes.jpg" alt="The Senate"></div>')
    assert [i["src"] for i in extract(_lead_page(both, ""))["images"]] == ["https://news.example/uploads/Senate-resumes.jpg"]


def test_the_lead_photo_served_by_an_image_proxy_named_in_its_query():
    """Next.js serves each photo through /_next/image?url=…; AP's image service names the original after ?url= too."""
    hero = ('<div class="hero"><img src="/_next/image?url=https%3A%2F%2Fnews.example%2Fuploads%2F2018%2F10%2FSenate-resumes.jpg&amp;w=1920&amp;q=75" '
            'alt="The Senate" data-nimg="1"></div>')
    assert [i["src"] for i in extract(_lead_page(hero, ""))["images"]] == [
        "https://news.example/_next/image?url=https%3A%2F%2Fnews.example%2Fuploads%2F2018%2F10%2FSenate-resumes.jpg&w=1920&q=75"]


@pytest.mark.parametrize(
    "elsewhere",
    [
        # The story's own card in a list of stories below it, or in an <article> or list item of its own above it.
        ('', '<section class="more"><div class="card"><a href="https://news.example/2018/10/senate-adjourns/?src=rec"><img '
             'src="/uploads/2018/10/Senate-resumes.jpg" alt="The Senate"></a><a href="https://news.example/2018/10/senate-adjourns/?src=rec">'
             'Senate adjourns</a></div></section>'),
        ('<ul class="top"><li><img src="/uploads/2018/10/Senate-resumes.jpg" alt="The Senate"></li><li>Other story</li></ul>', ''),
        ('<article class="teaser"><img src="/uploads/2018/10/Senate-resumes.jpg" alt="The Senate"></article>', ''),
        # A sidebar, a link to another page, the site's logo.
        ('<aside><img src="/uploads/2018/10/Senate-resumes.jpg" alt="The Senate"></aside>', ''),
        ('<div><a href="https://news.example/2018/10/other-story/"><img src="/uploads/2018/10/Senate-resumes.jpg" alt="The Senate"></a></div>', ''),
    ],
)
def test_the_lead_photo_elsewhere_on_the_page_is_not_the_articles(elsewhere):
    before, after = elsewhere
    assert extract(_lead_page(before, "", after))["images"] == []


def test_a_card_that_links_to_the_page_itself_is_still_a_teaser_but_a_gallery_of_its_images_is_not():
    card = ('<div class="newsbox"><div class="pic"><a href="https://news.example/2018/10/senate-adjourns/?src=rec-newsboxes">'
            '<img src="/pics/senate-card.jpg" alt="Senate adjourns"></a></div><a class="title" '
            'href="https://news.example/2018/10/senate-adjourns/?src=rec-newsboxes">Senate adjourns</a></div>')
    gallery = ('<p><a class="gallery_link" href="https://news.example/2018/10/senate-adjourns/?image_id=643539"><img src="/pics/senate-floor.jpg" '
               'alt="The Senate floor"></a></p>')
    assert [i["src"] for i in extract(_lead_page("", gallery + card))["images"]] == ["https://news.example/pics/senate-floor.jpg"]


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://x.example/wp-content/uploads/2018/10/Senate-resumes-1024x683.jpg?resize=650%2C434", "senate-resumes"),
        ("/image/65723145/1188296247.jpg.0.jpg", "1188296247"),
        ("https://cdn.example/a/Flat-Irons@2x.webp", "flat-irons"),
        ("https://cdn.example/a/photo_800x450-scaled.jpeg#x", ""),  # too short once its marks are gone
        ("https://cdn.example/og-image.png", ""),
        ("https://cdn.example/preview", ""),
    ],
)
def test_image_keys(url, key):
    from artlint.figures.boxes import image_key

    assert image_key(url) == key


def test_a_headline_the_page_header_repeats_is_the_articles_own_copy():
    """The Rosa-Luxemburg-Stiftung's header says the title in its h1; the article says it again above its
    byline. The model points at the article's copy, and finds the byline beside it. A subheading that repeats
    the title after the lead is no such copy (blinker.de): there the h1 stays."""
    header = '<!doctype html><html lang="de"><head><title>Wir waren fast 40 Tage in Quarantäne</title></head><body>' \
             '<header><h1 class="header__title">Wir waren fast 40 Tage in Quarantäne</h1><nav>' + '<a href="/x">Menü</a>' * 200 + '</nav></header>'
    own = header + ('<article itemscope itemtype="http://schema.org/Article"><h2 class="intro__title">'
                    '<strong itemprop="headline">Wir waren fast 40 Tage in Quarantäne</strong></h2>'
                    '<section><h4>Autor</h4><p><a href="/profil/nikolai-huke">Nikolai Huke</a></p></section>'
                    '<div itemprop="articleBody"><p>' + 'Text. ' * 40 + '</p></div></article></body></html>')
    model = extract(own)
    assert model["headline"]["source"]["selector"].endswith("article > h2")
    assert [a["name"] for a in model["authors"]] == ["Nikolai Huke"]
    repeated = header + ('<article><p>' + 'Der Anfang des Textes. ' * 10 + '</p><h2>Wir waren fast 40 Tage in Quarantäne</h2>'
                         '<p>Mehr Text.</p></article></body></html>')
    assert extract(repeated)["headline"]["source"]["selector"].endswith("header > h1")


def test_an_h1_that_links_to_another_site_is_a_teaser_not_the_headline():
    """Digg: the article's h2 says the title; the h1 below it features a story on another site."""
    head = ('<link rel="canonical" href="https://digg.com/2019/is-stadia-good-worth-it-reviews">'
            '<meta property="og:title" content="The Early Reviews For Google\'s Stadia Are Here - Digg">')
    body = ('<article><h2 itemprop="headline">The Early Reviews For Google\'s Stadia Are Here</h2><p>Text.</p></article>'
            '<article class="featured"><h1><a href="{href}">\'Why Don\'t You Go Fight For The Reindeer?\'</a></h1></article>')
    html = f'<html lang="en"><head>{head}</head><body>{body}</body></html>'
    found = extract(html.format(href="https://delacortereview.org/2019/11/17/reindeer/"))["headline"]
    assert found["text"] == "The Early Reviews For Google's Stadia Are Here"
    assert found["source"]["selector"].endswith("h2")
    # A link to the page's own site is the usual permalink around a headline: that h1 is the article's.
    assert extract(html.format(href="https://digg.com/2019/reindeer"))["headline"]["text"] == "'Why Don't You Go Fight For The Reindeer?'"


def test_when_the_h1_is_the_sites_name_a_later_h1_that_says_the_title_is_the_headline():
    """Salon: the logo is an h1, a section's h2 says one word of the title ("tech"); the article's h1 comes later,
    with the byline under it. The teasers above name other writers."""
    title = "The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians"
    html = (f'<html lang="en"><head><title>{title} | Salon.com</title><meta property="og:site_name" content="Salon">'
            f'<meta property="og:title" content="{title}"></head><body><header><h1><a href="/">Salon</a></h1></header>'
            '<nav><h2>tech</h2><ul><li><span class="byline"><a href="/writer/jenny_kutner/" rel="author">Jenny Kutner</a></span></li></ul></nav>'
            + "<div><p>Filler.</p></div>" * 30 +
            f'<div class="articleInner"><h1>{title}</h1><span class="byline"><a href="/writer/richard_r_j_eskow/" rel="author">'
            'Richard (R.J.) Eskow</a></span><p>Text.</p></div></body></html>')
    found = extract(html)
    assert found["headline"]["text"] == title and found["headline"]["source"]["kind"] == "element"
    assert [a["name"] for a in found["authors"]] == ["Richard (R.J.) Eskow"]


def test_an_h1_for_screen_readers_only_gives_way_to_the_heading_readers_see():
    """The Umweltbundesamt: a "visuallyhidden" h1 says the document title, site name and all; the h2 below says the
    headline, with the date beside it in a meta line (an icon, the <time> and a rating)."""
    title = "EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig"
    html = (f'<html lang="de"><head><title>{title} | Umweltbundesamt</title>'
            '<meta name="dcterms.date" content="2022-01-21T09:43+01:00"></head><body>\n'
            f'<div id="branding"><h1 class="visuallyhidden">{title} | Umweltbundesamt</h1></div>\n'
            + "<div><a href='/x'>Menu</a></div>" * 20 +
            f'\n<h2 class="title aka-h1">{title}</h2><div class="content-box"><div class="row"><div class="span">\n'
            '<ul class="tools">' + '<li><a href="/print"><i class="icon"></i>Drucken</a></li>' * 3 + '</ul>'
            '<div class="article-meta"><i class="icon-calendar"></i> <time class="date-display-single" datetime="2022-01-25T08:00:00+01:00">'
            '25.01.2022</time> <span class="rating"><span><i class="icon-star"></i> <span>13</span></span></span></div>'
            '<div><p>Die Europäische Kommission schlägt vor, Atomkraft in die Taxonomie aufzunehmen.</p></div></div></div></div></body></html>')
    found = extract(html)
    assert found["headline"]["text"] == title
    assert (found["headline"]["source"]["line"], found["headline"]["source"]["column"]) == (4, 1)
    # The page shows 25 January beside it; the bare dcterms.date (the last change) gives way, and the <time> gives the value.
    assert found["published"]["datetime"] == "2022-01-25T08:00:00+01:00"
    assert found["published"]["source"]["selector"].endswith("time")
    # An h1 readers see keeps its place.
    shown = extract(html.replace(' class="visuallyhidden"', ""))
    assert shown["headline"]["text"] == f"{title} | Umweltbundesamt"


def test_a_meta_line_is_read_at_the_element_whose_class_says_date():
    """Substack's "post-meta" line holds the author's name and the "post-date"; a blog's "entry-meta" the author, the
    date and the comments' count. The date's text and place are the inner element's, without the name."""
    html = ('<html lang="en"><body><main><article><div class="post-header"><h1 class="post-title">Protesters gather in Cairo</h1>'
            '<div class="post-meta"><div class="profile"><a href="https://substack.com/@jane">Jane Doe</a></div>'
            '<div class="post-date" title="Nov 3, 2026, 8:15 AM">Nov 03, 2026</div></div></div>'
            '<p>Story text goes here.</p></article></main></body></html>')
    published = extract(html)["published"]
    assert (published["text"], published["datetime"]) == ("Nov 03, 2026", "2026-11-03")
    assert published["source"]["selector"].endswith("div:nth-of-type(2)")
    # The date in an element of its own whose class does not say date (Substack's hashed classes) is read there too.
    published = extract(html.replace('class="post-date"', 'class="x"'))["published"]
    assert (published["text"], published["datetime"]) == ("Nov 03, 2026", "2026-11-03")
    # A meta line with no element of its own for the date is read whole.
    whole = html.replace('<div class="profile"><a href="https://substack.com/@jane">Jane Doe</a></div><div class="post-date" title="Nov 3, 2026, '
                         '8:15 AM">Nov 03, 2026</div>', "Jane Doe Nov 03, 2026")
    published = extract(whole)["published"]
    assert (published["text"], published["datetime"]) == ("Jane Doe Nov 03, 2026", "2026-11-03")


def test_an_h1_whose_id_names_the_section_is_not_the_headline():
    """JNSA: the page header's h1 is the section (id="pagecategory"); the event's title is an h2 below, with a
    subtitle, and the page's og:title states the title. <title> names the association: the metadata does not agree
    with itself, and an h1 that were not the section's would be the best witness."""
    html = ('<html lang="ja"><head><title>NPO日本ネットワークセキュリティ協会</title><meta property="og:title" content="NSF 2019 in Kansai">'
            '</head><body><div id="header"><h1 id="pagecategory">イベント・セミナー情報</h1></div>'
            '<div id="main"><div id="wgtitle"><h2>NSF 2019 in Kansai<br>守りのセキュリティから攻めのセキュリティへ</h2></div><p>Text.</p></div></body></html>')
    assert extract(html)["headline"]["text"] == "NSF 2019 in Kansai"
    assert extract(html.replace('id="pagecategory"', 'id="pagetitle"'))["headline"]["text"] == "イベント・セミナー情報"


def test_a_related_storys_h1_in_an_aside_is_not_the_headline():
    """El Nuevo Día: the headline's h1 stands in a plain div; the related stories in the aside below are <article>s
    with h1s of their own."""
    title = "Líder de la organización Mujeres Populares denuncia intentos del PPD de silenciarla"
    html = (f'<html lang="es"><head><title>{title} - El Nuevo Día</title></head><body><div class="article-header"><h1>{title}</h1></div>'
            '<div class="article-body"><p>Texto.</p><aside class="related-stories"><h1>Relacionados:</h1>'
            '<article class="story-tease-beta"><h1><a href="/otra">José Luis Dalmau indica que el aborto de un feto viable “es asesinato”</a></h1>'
            "</article></aside></div></body></html>")
    assert extract(html)["headline"]["text"] == title
    # The h1 the heading rules compare with the title is that one too: no mismatch (HDG006).
    assert lint_string(html, select=["HDG006"]) == []


def test_a_title_that_the_parser_moved_into_the_body_still_counts():
    """Junk before <title> makes libxml2 move it into the body; it is still the page's title, unlike an SVG's."""
    html = ('<html><head><meta charset="utf-8"><div>junk</div><title>Malaga, die quirlige Metropole</title></head>'
            '<body><svg><title>Logo</title></svg><p>Text.</p></body></html>')
    assert extract(html)["headline"]["text"] == "Malaga, die quirlige Metropole"


def test_a_lower_heading_that_says_the_whole_title_beats_an_h1_that_says_none_of_it():
    """WebMD: the h1 in the page header names the section; the h2 says the page's title word for word."""
    html = ('<html lang="en"><head><title>Babies Who Eat Peanuts Early May Avoid Allergy</title></head><body>\n'
            '<div id="hdr"><h1>Allergies Health Center</h1></div>\n'
            '<div id="textArea"><h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2><p>Text.</p></div></body></html>')
    headline = extract(html)["headline"]
    assert headline["text"] == "Babies Who Eat Peanuts Early May Avoid Allergy"
    assert (headline["source"]["line"], headline["source"]["column"]) == (3, 20)
    # A heading that says only part of the title does not win; nor does one when the h1 agrees with the title.
    partly = html.replace("<h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>", "<h2>Babies who eat peanuts</h2>")
    assert extract(partly)["headline"]["text"] == "Allergies Health Center"
    agreeing = html.replace("<title>", "<title>Allergies Health Center: ")
    assert extract(agreeing)["headline"]["text"] == "Allergies Health Center"


def test_a_site_named_as_the_author_in_json_ld_gives_way_to_the_byline():
    """El Colombiano names itself as every article's author; the byline names the person. Without a byline the
    site's name is no author either, as the publisher's name given as a Person is not: the contract says so."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Alcaldía responde",
                     "author": {"@type": "Person", "name": "El Colombiano"}})
    html = ('<html lang="es"><head><meta property="og:site_name" content="El Colombiano">'
            f'<script type="application/ld+json">{ld}</script></head><body><main><article><h1>Alcaldía responde</h1>'
            '<div class="byline">Jacobo Betancur Peláez | Publicado hace 3 horas</div><p>Text.</p></article></main></body></html>')
    assert [a["name"] for a in extract(html)["authors"]] == ["Jacobo Betancur Peláez"]
    alone = html.replace('<div class="byline">Jacobo Betancur Peláez | Publicado hace 3 horas</div>', "")
    assert [a["name"] for a in extract(alone)["authors"]] == []
    assert "$ names no author and no agency" in [f.message.split(":")[0] for f in lint_string(alone, select=["CON001"])]


@pytest.mark.parametrize(
    ("author", "message"),
    [
        ("Lindsey O&#039;Donnell", "JSON-LD author “Lindsey O&#039;Donnell” is written with HTML character references, which JSON-LD "
                                   "readers show as they are; write “Lindsey O'Donnell”"),
        ("Web Desk", "JSON-LD author “Web Desk” is not in the byline (“Lindsey O'Donnell”); fill both from the same field"),
        ("Lindsey O'Donnell", None),
        ('<a href="/experts/lindsey-odonnell">Lindsey O\'Donnell</a>',
         "JSON-LD author “<a href=\"/experts/lindsey-odonnell\">Lindsey O'Donnell</a>” is written as HTML markup, which JSON-LD "
         "readers show as text; write “Lindsey O'Donnell”"),
        ("lindsey.odonnell", "JSON-LD author “lindsey.odonnell” is a user name; write the name the byline shows, “Lindsey O'Donnell”"),
        ("lodonnell", "JSON-LD author “lodonnell” is not in the byline (“Lindsey O'Donnell”); fill both from the same field"),
        # The same person: with a middle initial, surname first, or with accents the byline leaves out.
        ("Lindsey M. O'Donnell", None),
        ("O'Donnell, Lindsey", None),
        ("Líndsey O'Dónnell", None),
        ("Lindsey Smith", "JSON-LD author “Lindsey Smith” is not in the byline (“Lindsey O'Donnell”); fill both from the same field"),
        # the name as it reads, without the spaces a CMS's field keeps around it
        ("Lindsey  Smith ", "JSON-LD author “Lindsey Smith” is not in the byline (“Lindsey O'Donnell”); fill both from the same field"),
    ],
)
def test_json_ld_author_against_the_byline(author, message):
    """Threatpost writes the JSON-LD author with an HTML character reference: the same person, spelled wrong for JSON."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Android flaw",
                     "author": {"@type": "Person", "name": author}})
    html = (f'<html lang="en"><head><script type="application/ld+json">{ld}</script></head><body><main><article>'
            "<h1>Android flaw</h1><p class=\"byline\">By Lindsey O'Donnell</p><p>Text.</p></article></main></body></html>")
    assert [f.message for f in lint_string(html, select=["SD003"])] == ([message] if message else [])
    # The model names the person as the byline shows them, from the byline, when the JSON-LD gives a user name (one word,
    # whether or not its letters are the byline's); a full name in JSON-LD that is not the byline's stays.
    authors = [(a["name"], a["source"]["kind"]) for a in extract(html)["authors"]]
    if author in ("lindsey.odonnell", "lodonnell"):
        assert authors == [("Lindsey O'Donnell", "element")]
    elif author == "Lindsey Smith":
        assert authors == [("Lindsey Smith", "json-ld")]


def test_json_ld_authors_not_in_the_byline_are_named_each_in_quotes():
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Android flaw",
                     "author": [{"@type": "Person", "name": "Web Desk"}, {"@type": "Person", "name": "Jane Roe"}]})
    html = (f'<html lang="en"><head><script type="application/ld+json">{ld}</script></head><body><main><article>'
            "<h1>Android flaw</h1><p class=\"byline\">By Lindsey O'Donnell and John Doe</p><p>Text.</p></article></main></body></html>")
    assert [f.message for f in lint_string(html, select=["SD003"])] == [
        "JSON-LD authors “Web Desk”, “Jane Roe” are not in the byline (“Lindsey O'Donnell”, “John Doe”); fill both from the same field"]


def test_an_organization_as_json_ld_author_is_not_held_against_the_byline():
    """24horas.cl names itself, a NewsMediaOrganization, as the author; the byline names the agency. No person
    disagrees: SD003 says nothing, as for a plain Organization."""
    for kind in ("Organization", "NewsMediaOrganization"):
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Segundo retiro",
                         "author": {"@type": kind, "name": "24horas.cl"}})
        html = (f'<html lang="es"><head><script type="application/ld+json">{ld}</script></head><body><main><article>'
                '<h1>Segundo retiro</h1><p class="byline">Por Jane Doe</p><p>Text.</p></article></main></body></html>')
        assert lint_string(html, select=["SD003"]) == []


@pytest.mark.parametrize(
    ("caption", "message"),
    [
        ("Rodrigo Pacheco &#8220;moderador&#8221; in Brasília", "JSON-LD image caption “Rodrigo Pacheco &#8220;moderador&#8221; in Brasília” "
         "is written with HTML character references, which JSON-LD readers show as they are; write “Rodrigo Pacheco “moderador” in Brasília”"),
        ("The president of the Senate, Rodrigo Pacheco, was received by the president on Monday",
         "JSON-LD image caption “…received by the president on Monday” differs from the figure's caption "
         "“…received by the governor in Brasília”; fill both from the same field"),
        ("Rodrigo Pacheco “moderador” in Brasília", None),
    ],
)
def test_json_ld_image_caption_against_the_figure(caption, message):
    figure = ("Rodrigo Pacheco “moderador” in Brasília" if "moderador" in caption
              else "The president of the Senate, Rodrigo Pacheco, was received by the governor in Brasília")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Senate",
                     "image": {"@type": "ImageObject", "url": "https://example.org/a.jpg", "caption": caption}})
    html = (f'<html lang="en"><head><script type="application/ld+json">{ld}</script></head><body><main><article>'
            f'<h1>Senate</h1><figure><img src="https://example.org/a.jpg" alt="x"><figcaption>{figure}</figcaption></figure>'
            "<p>Text.</p></article></main></body></html>")
    assert [f.message for f in lint_string(html, select=["SD004"])] == ([message] if message else [])


def test_a_one_word_h1_for_the_site_gives_way_to_the_heading_that_says_a_title_part():
    """zoll.de: a screen-reader h1 "Zoll" names the site; the article's h1 says the title's last part.
    A short h1 that is the title's article part stays (a song's "Purple Rain")."""
    html = ('<html lang="de"><head><title>Zoll online - Fachmeldungen - Verkündung des Tabaksteuermodernisierungsgesetzes</title>'
            '<link rel="canonical" href="https://www.zoll.de/DE/Fachmeldungen/2021/a.html"></head><body><h1 class="aural">Zoll</h1>'
            '<div id="wrapper"><nav><a href="/">Start</a></nav><div class="content"><h1>Verkündung des Tabaksteuermodernisierungsgesetzes</h1>'
            '<p>Text.</p></div></div></body></html>')
    assert extract(html)["headline"]["text"] == "Verkündung des Tabaksteuermodernisierungsgesetzes"
    song = ('<html lang="en"><head><title>Prince and The Revolution – Purple Rain Lyrics | Genius Lyrics</title></head><body><main>'
            "<h1>Purple Rain</h1><h2>Prince and The Revolution</h2><p>Text.</p></main></body></html>")
    assert extract(song)["headline"]["text"] == "Purple Rain"


def test_json_ld_article_lacking_properties_says_which():
    def article(ld: dict) -> str:
        return (f'<html lang="en"><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
                "<body><main><article><h1>Russia blocks UN resolution</h1><p>Text.</p></article></main></body></html>")

    full = {"@type": "NewsArticle", "headline": "Russia blocks UN resolution", "datePublished": "2016-12-06T00:21:00+01:00",
            "author": {"@type": "Person", "name": "Lisa Schmidt"}, "image": "https://example.org/a.jpg"}
    assert [f.message for f in lint_string(article({k: v for k, v in full.items() if k != "image"}), select=["SD002"])] == [
        "JSON-LD NewsArticle lacks image; add it"]
    assert [f.message for f in lint_string(article({"@type": "NewsArticle", "headline": "Russia"}), select=["SD002"])] == [
        "JSON-LD NewsArticle lacks datePublished, author, image; add them"]
    assert lint_string(article(full), select=["SD002"]) == []


def test_a_site_name_h1_inside_a_home_link_and_an_entry_title_that_opens_the_title():
    """<a href="/"><h1>Site</h1></a> names the site; an h1.entry-title that says the title's short first part is the
    article's ("About bugs – Vortex Cannon Entertainment"), not the site's name."""
    logo = ('<html lang="ko"><head><title>엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유 - Entermedia</title></head><body>'
            '<div id="top"><a href="/"><h1>엔터 미디어</h1></a></div><div id="content">'
            '<div class="article-title">엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유</div>' + "<p>본문입니다.</p>" * 5 + "</div></body></html>")
    assert extract(logo)["headline"]["text"] == "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유"
    entry = ('<html lang="en"><head><title>About bugs – Vortex Cannon Entertainment</title></head><body><div id="page">'
             '<div class="page-header"><h3 class="entry-title">Blog</h3></div><div class="post"><h1 class="entry-title">About bugs</h1>'
             "<p>Text.</p></div></div></body></html>")
    assert extract(entry)["headline"]["text"] == "About bugs"


def test_a_branding_h1_gives_way_to_the_heading_that_says_the_titles_article_part():
    html = ('<html lang="de"><head><title>Kinder und Arbeit &raquo; ProNATs e.V.</title></head><body>'
            '<h1 id="branding">ProNATs e.V. Verein zur Unterstützung arbeitender Kinder und Jugendlicher</h1>'
            "<div><h2>Kinder und Arbeit</h2><p>Text.</p></div></body></html>")
    assert extract(html)["headline"]["text"] == "Kinder und Arbeit"


def test_soft_hyphens_and_zero_width_spaces_are_not_part_of_the_text():
    """bka.de and bmz.de hyphenate long German words with &shy;, in the h1 and in og:title alike."""
    html = ('<html lang="de"><head><meta property="og:title" content="Mes&shy;sen&shy;ger&shy;diens&shy;te sind kein rechts&shy;freier Raum">'
            "</head><body><main><article><h1>Mes&shy;sen&shy;ger&shy;diens&shy;te sind kein rechts&shy;freier Raum</h1><p>Text.</p>"
            "</article></main></body></html>")
    assert extract(html)["headline"]["text"] == "Messengerdienste sind kein rechtsfreier Raum"
    assert [f.code for f in lint_string(html, select=["HDG006"])] == []
    # Zero-width spaces and word joiners are invisible too; zero-width joiners stay (emoji and scripts need them).
    zero = html.replace("&shy;", "&#8203;").replace("Raum</h1>", "Raum&#8288;</h1>")
    assert extract(zero)["headline"]["text"] == "Messengerdienste sind kein rechtsfreier Raum"
    assert [f.code for f in lint_string(zero, select=["HDG006"])] == []
    assert extract(html.replace("Raum</h1>", "Raum 👩&#8205;💻</h1>"))["headline"]["text"].endswith("👩\u200d💻")


@pytest.mark.parametrize(
    ("root", "head", "shown", "lang", "day"),
    [
        # XHTML's xml:lang says British English: 02/10/2020 is the 2nd of October.
        ('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB">', "", "02/10/2020", "en-GB", "2020-10-02"),
        # Without lang on the root, og:locale says German: "6. März 2016" reads as a German date.
        ("<html>", '<meta property="og:locale" content="de_DE">', "6. März 2016", "de-DE", "2016-03-06"),
    ],
)
def test_dates_are_read_in_the_language_the_page_declares_elsewhere(root, head, shown, lang, day):
    html = f"{root}<head><title>T</title>{head}</head><body><h1>University plans go ahead</h1><span>{shown}</span><p>Text.</p></body></html>"
    model = extract(html)
    assert (model["lang"]["text"], model["published"]["datetime"]) == (lang, day)


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP) —"),
        ("HAYWARD, Calif. (AP) — A fire broke out.", "HAYWARD, Calif. (AP) —"),
        ("NEW YORK, March 3 (Reuters) - Stocks rose.", "NEW YORK, March 3 (Reuters) -"),
        ("Frankfurt am Main (dpa/lhe) - Die Stadt plant.", "Frankfurt am Main (dpa/lhe) -"),
        ("Montpellier (SID) – Zverev steht im Viertelfinale.", "Montpellier (SID) –"),
        ("LONDON — Britain said on Tuesday.", "LONDON —"),
        # Two places, a date in the agency's language, a full stop before the dash; a city in capitals with a hyphen, a
        # date, or a colon (Indian papers).
        ("Kiew/Moskau (dpa) - Russland hat in der Nacht angegriffen.", "Kiew/Moskau (dpa) -"),
        ("MADRID, 5 Ene. (EUROPA PRESS) - El Gobierno ha aprobado.", "MADRID, 5 Ene. (EUROPA PRESS) -"),
        ("Washington, 5 ene (EFE).- El presidente dijo.", "Washington, 5 ene (EFE).-"),
        ("Paris, le 5 janvier (AFP) - La France a annoncé.", "Paris, le 5 janvier (AFP) -"),
        ("SINGAPORE - The Government announced on Monday.", "SINGAPORE -"),
        ("ROMA, 05 GEN - Il governo ha approvato.", "ROMA, 05 GEN -"),
        ("NEW DELHI: Prime Minister Narendra Modi on Monday said.", "NEW DELHI:"),
        # Kyodo's and Xinhua's double hyphen, TASS's slashes, an agency's service after its name.
        ("TOKYO (Kyodo) -- Japan said on Monday.", "TOKYO (Kyodo) --"),
        ("Beijing, Dec 6 (Xinhua) -- China said on Monday.", "Beijing, Dec 6 (Xinhua) --"),
        ("MOSCOW, December 6 /TASS/. Russia said on Monday.", "MOSCOW, December 6 /TASS/."),
        ("SAN FRANCISCO, Dec 6 (Reuters Breakingviews) - Tech stocks fell.", "SAN FRANCISCO, Dec 6 (Reuters Breakingviews) -"),
        # No dateline: a sentence, a party in brackets, a short acronym before a dash, a column's or an update's label.
        ("DEAR ABBY: My husband and I have been married.", None),
        ("UPDATED: The story was corrected.", None),
        ("EXCLUSIVE - The minister resigned.", None),
        ("The Senate voted on Tuesday.", None),
        ("Die Regierung (CDU) - hat gesagt.", None),
        ("AI — the future of news.", None),
        ("MEHRERE SCHÜSSE IN WOHNUNG: Die Polizei ermittelt.", None),
    ],
)
def test_datelines_of_agency_copy(first, dateline):
    html = f'<html lang="en"><body><main><article><h1>A headline for this test</h1><p>{first}</p><p>More.</p></article></main></body></html>'
    assert (extract(html)["dateline"] or {}).get("text") == dateline


@pytest.mark.parametrize(
    ("first", "agencies"),
    [("MOSCOW, December 6 /TASS/. Russia said on Monday.", ["TASS"]), ("SAN FRANCISCO, Dec 6 (Reuters Breakingviews) - Tech stocks fell.", ["Reuters"]),
     ("Bonn/Berlin (dpa/lnw) – Das Land hat.", ["dpa"]),
     # agencies named in their own script, as their datelines and the papers that run their copy write them
     ("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Οι συνομιλίες σταμάτησαν.", ["ANA-MPA"]), ("القاهرة (رويترز) - تعثرت المحادثات.", ["Reuters"]),
     ("(서울=연합뉴스) 홍길동 기자 = 협상이 결렬됐다.", ["Yonhap"]), ("新华社北京12月3日电 谈判陷入僵局，双方代表在开罗会谈后没有达成任何协议。", ["Xinhua"]),
     ("【カイロ＝共同】エジプトの首都カイロで開かれていた停戦協議は３日、決裂した。", ["Kyodo"]),
     ("【ワシントン共同】米政府は3日、停戦協議が決裂したと発表した。", ["Kyodo"]), ("(ANSA) - ROMA, 04 DIC - I colloqui si sono arenati.", ["ANSA"]),
     ("HÀ NỘI (TTXVN) - Các cuộc đàm phán đã bế tắc.", ["VNA"]), ("Praha 4. prosince (ČTK) - Jednání uvázla.", ["CTK"]),
     ("Zagreb, 4. prosinca (Hina) - Pregovori su zapeli.", ["HINA"]), ("Ljubljana, 4. decembra (STA) - Pogajanja so obstala.", ["STA"]),
     ("Bucureşti, 4 dec /Agerpres/ - Negocierile s-au blocat.", ["Agerpres"]), ("София, 4 декември /БТА/. Преговорите спряха.", ["BTA"]),
     ("【6月18日 AFP】ナイジェリア北東部ボルノ州で16日夜、自爆攻撃が起き、31人が死亡した。", ["AFP"]),
     # Russian and Ukrainian copy opens with the agency it reports as
     ("Как передает Укринформ, об этом сообщается на сайте Нацполиции.", ["Ukrinform"]),
     ("Як передає кореспондент Укрінформу, про це повідомили в поліції.", ["Ukrinform"]), ("Об этом сообщает ТАСС со ссылкой на источник.", ["TASS"])],
)
def test_a_datelines_agency_attributes_the_copy(first, agencies):
    html = f'<html lang="en"><body><main><article><h1>A headline for this test</h1><p>{first}</p><p>More.</p></article></main></body></html>'
    assert extract(html)["attribution"]["agencies"] == agencies


@pytest.mark.parametrize(("last", "agencies"), [("The championships are due to take place in Munich on August 11-21. — AFP", ["AFP"]),
                                               ("The minister said the talks would go on. — Reuters/PTI", ["Reuters", "PTI"]),
                                               ("The minister said the talks would go on. — and so they did", None)])
def test_an_agency_after_a_dash_closes_the_copy(last, agencies):
    html = f'<html lang="en"><body><main><article><h1>A headline for this test</h1><p>Text of the story.</p><p>{last}</p></article></main></body></html>'
    assert (extract(html)["attribution"] or {}).get("agencies") == agencies


def test_a_paper_the_lead_reports_as_is_no_agency():
    html = ('<html lang="ru"><body><main><article><h1>A headline for this test</h1><p>Как сообщает газета «Коммерсант», переговоры зашли в тупик.</p>'
            '<p>More.</p></article></main></body></html>')
    assert extract(html)["attribution"] is None


@pytest.mark.parametrize(
    ("lead", "first", "dateline"),
    [
        ('<div class="entry-thumb"><img src="a.jpg" alt="x"></div><div class="entry-caption"><p>Bernd Lucke in Hamburg. Foto: Markus Scholz/dpa</p></div>',
         "Hamburg (dpa/lno) – Die Fronten bleiben verhärtet.", "Hamburg (dpa/lno) –"),
        ('<figure><img src="a.jpg" alt="x"><figcaption><p>Voters line up in Columbia.</p></figcaption></figure>',
         "COLUMBIA, S.C. (AP) — Voters went to the polls.", "COLUMBIA, S.C. (AP) —"),
        # Nor is a line of a few words before the text (Reuters' reading time).
        ('<p class="ArticleHeader_read-time">5 Min Read</p>', "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.", "NEW YORK (Reuters) -"),
        # Nor the meta line that dates the story above the text (Yonhap's section, time and day).
        ('<p class="txt-time">All News 10:32 May 06, 2024</p>', "SEOUL, May 6 (Yonhap) -- South Korea and the United States held joint drills.",
         "SEOUL, May 6 (Yonhap) --"),
    ],
)
def test_the_lead_images_caption_is_not_the_first_paragraph(lead, first, dateline):
    html = f'<html lang="en"><body><main><article><h1>A headline for this test</h1>{lead}<p>{first}</p><p>More.</p></article></main></body></html>'
    assert (extract(html)["dateline"] or {}).get("text") == dateline


@pytest.mark.parametrize(
    ("body", "dateline"),
    [
        # Reuters writes each paragraph in a box of its own, and closes the text with a <p>: the text starts at the first box.
        ('<div class="article-body__content"><div data-testid="paragraph-0">SINGAPORE, May 6 (Reuters) - Oil prices rose on Monday as talks '
         'stalled.</div><div data-testid="paragraph-1">Brent crude futures rose 52 cents, or 0.6%, to $83.48 a barrel.</div>'
         '<p>Our Standards: <a href="/principles">The Thomson Reuters Trust Principles.</a></p></div>', "SINGAPORE, May 6 (Reuters) -"),
        # (guard) boxes of an image's caption and credit before the text's first paragraph are no paragraphs of it
        ('<div class="image"><img src="a.jpg" alt="x"><div class="image-caption">Sheikh Mohammed passes a Boeing aircraft during the '
         'Dubai Airshow.</div><div class="image-credit">Natalie Naccache | Bloomberg | Getty Images.</div></div>'
         '<p>DUBAI, United Arab Emirates — Emirates finalized a deal on Wednesday.</p>', "DUBAI, United Arab Emirates —"),
    ],
)
def test_a_text_written_in_boxes_of_its_own_starts_at_its_first(body, dateline):
    html = f'<html lang="en"><body><main><article><h1>A headline for this test</h1>{body}</article></main></body></html>'
    found = extract(html)
    assert (found["dateline"] or {}).get("text") == dateline
    assert (found["attribution"] or {}).get("agencies") == (["Reuters"] if "Reuters" in dateline else None)


def test_a_box_of_the_text_may_open_with_its_dateline_in_bold():
    """RIA Novosti writes each paragraph in a box of its own, the first opening with its dateline in bold: the dateline, and
    the agency it names attributes the copy."""
    html = ('<html lang="ru"><body><main><article><h1>Госдума приняла закон о бюджете</h1><div class="article__body">'
            '<div class="article__text"><strong>МОСКВА, 6 мая — РИА Новости.</strong> Госдума приняла в третьем чтении закон о бюджете.</div>'
            '<div class="article__text">За закон проголосовали 320 депутатов.</div></div></article></main></body></html>')
    found = extract(html)
    assert (found["dateline"]["text"], found["attribution"]["agencies"]) == ("МОСКВА, 6 мая — РИА Новости.", ["RIA Novosti"])


@pytest.mark.parametrize(
    ("stated", "datetime"),
    [
        # The <time> gives the day only; the metadata states the same day to the minute: the model keeps the minute, and the
        # contract's date-time is met (ANSA's <time datetime="2024-05-06">).
        ("2024-05-06T10:32:00+02:00", "2024-05-06T10:32:00+02:00"),
        ("2024-05-07T01:00:00+02:00", "2024-05-06"),  # (guard) another day, though within one: the <time>'s own day
        ("2024-05-06", "2024-05-06"),  # (guard) the metadata says no more than the day
    ],
)
def test_a_day_shown_in_time_takes_the_metadatas_moment_of_that_day(stated, datetime):
    html = ('<html lang="it"><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "Maltempo, allerta rossa in Emilia-Romagna", "datePublished": "{stated}"}}</script></head><body><main><article>'
            '<h1>Maltempo, allerta rossa in Emilia-Romagna</h1><time datetime="2024-05-06">06 maggio 2024, 10:32</time>'
            '<p>Allerta rossa per il maltempo in Emilia-Romagna.</p></article></main></body></html>')
    published = extract(html)["published"]
    assert (published["datetime"], published["text"], published["source"]["selector"]) == (datetime, "06 maggio 2024, 10:32", "html > body > main > article > time")
    assert [f.message for f in lint_string(html) if f.code == "CON001" and "published" in f.message] == (
        [] if "T" in datetime else [f"$.published.datetime “{datetime}” is not a valid date-time: it gives the day alone; "
                                    f"write {datetime}T10:32:00+hh:mm, the time the text says with its offset from UTC (RFC 3339)"])


@pytest.mark.parametrize(("shown", "datetime"), [
    ("2024-05-06T10:32", "2024-05-06T10:32:00+09:00"),  # NHK's local time in the <time>, the zone in JSON-LD
    ("2024-05-06T10:33", "2024-05-06T10:33"),  # (guard) another minute: the <time>'s own
])
def test_a_local_time_shown_in_time_takes_the_metadatas_zone(shown, datetime):
    html = ('<html lang="ja"><head><script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", '
            '"headline": "東京で猛暑日 今年初", "datePublished": "2024-05-06T10:32:00+09:00"}</script></head><body><main><article>'
            f'<h1>東京で猛暑日 今年初</h1><time datetime="{shown}">5月6日 10時32分</time><p>6日の東京都心は最高気温が35度以上の猛暑日となりました。</p>'
            '</article></main></body></html>')
    assert extract(html)["published"]["datetime"] == datetime


def test_a_nav_that_is_the_meta_line_beside_the_headline_gives_byline_and_update():
    """NDTV sets its byline and update line in a <nav> under the headline: the story's own, not a menu."""
    html = ('<html lang="en"><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Heatwave Alert In Delhi", "datePublished": "2024-05-06T10:32:00+05:30", "dateModified": "2024-05-06T11:02:00+05:30"}'
            '</script></head><body><main><div class="sp-hd"><h1 class="sp-ttl">Heatwave Alert In Delhi</h1><nav class="pst-by"><ul>'
            '<li><span class="pst-by_lnk"><a href="/author/press-trust-of-india">Press Trust of India</a></span></li><li>'
            '<span itemprop="dateModified" content="2024-05-06T11:02:00+05:30">Updated: May 06, 2024 11:02 am IST</span></li></ul></nav></div>'
            '<div itemprop="articleBody"><p>The temperature in Delhi crossed 45 degrees Celsius on Monday, the weather office said.</p></div>'
            '<nav class="menu"><ul><li><a href="/india">India</a></li><li><a href="/world">World</a></li></ul></nav></main></body></html>')
    found = extract(html)
    assert [a["name"] for a in found["authors"]] == ["Press Trust of India"]
    assert found["attribution"]["agencies"] == ["PTI"]
    assert (found["modified"]["text"], found["modified"]["datetime"]) == ("Updated: May 06, 2024 11:02 am IST", "2024-05-06T11:02:00+05:30")
    menu = html.replace('<li><span class="pst-by_lnk"><a href="/author/press-trust-of-india">Press Trust of India</a></span></li><li>'
                        '<span itemprop="dateModified" content="2024-05-06T11:02:00+05:30">Updated: May 06, 2024 11:02 am IST</span></li>',
                        '<li><a href="/author/jane-doe">Jane Doe</a></li><li><a href="/india">India</a></li><li><a href="/world">World</a></li>'
                        '<li><a href="/sports">Sports</a></li><li><a href="/tech">Tech</a></li>')
    assert extract(menu)["authors"] == []  # (guard) a menu under the headline, its links no byline


@pytest.mark.parametrize(("head", "datetime"), [
    ("", "2020-09-28T18:27:38.000Z"),  # AMP's <amp-timeago> is a <time>: the page's only machine-readable date
    # (guard) The Independent's AMP page: it shows the update's moment, which the metadata gives as dateModified; the
    # publication's is the metadata's datePublished
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Spurs win on penalties", '
     '"datePublished": "2020-09-28T12:41:29.000Z", "dateModified": "2020-09-28T18:27:38.000Z"}</script>', "2020-09-28T12:41:29.000Z"),
])
def test_amp_timeago_is_a_time(head, datetime):
    html = (f'<html lang="en"><head>{head}</head><body><main><article><h1>Spurs win on penalties</h1><amp-timeago layout="fixed-height" '
            'datetime="2020-09-28T18:27:38.000Z" cutoff="604800" locale="en" height="20">Monday 28 September 2020 19:27</amp-timeago>'
            '<p>Tottenham won on penalties after a 1-1 draw on Monday night.</p></article></main></body></html>')
    assert extract(html)["published"]["datetime"] == datetime
    assert [f.code for f in lint_string(html) if f.code.startswith("DAT")] == []


_LIVE_BLOG = ('<html lang="en"><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "LiveBlogPosting", '
              '"headline": "Ukraine war live", "datePublished": "2024-05-06T06:15:00.000Z", "dateModified": "2024-05-06T16:40:00.000Z"}</script>'
              '</head><body><main><article><h1>Ukraine war live</h1><div id="liveblog-body">'
              '<article class="block"><p><time datetime="2024-05-06T16:40:00.000Z">{latest}</time></p><p>Zelenskyy has arrived in Brussels.</p></article>'
              '<article class="block"><p><time datetime="2024-05-06T06:15:00.000Z">07.15 BST</time></p><p>Welcome to our live coverage.</p></article>'
              '</div></article></main></body></html>')


@pytest.mark.parametrize(("latest", "first", "text", "where"), [
    # A live blog's first <time> is its latest post's, the update the metadata states: the publication is the first post's
    ("17.40 BST", True, "07.15 BST", "element"),
    # no <time> states the publication's moment: no text, the metadata's moment
    ("17.40 BST", False, None, "json-ld"),
    # (guard) the update's <time> shows the day alone, which is the publication's day too (the Evening Standard's AMP page)
    ("6 May 2024", False, "6 May 2024", "element"),
])
def test_a_time_that_holds_the_updates_moment_gives_no_text_to_the_publication(latest, first, text, where):
    html = _LIVE_BLOG.replace("{latest}", latest)
    if not first:
        html = html.replace('<time datetime="2024-05-06T06:15:00.000Z">07.15 BST</time>', "07.15 BST")
    published = extract(html)["published"]
    assert (published["datetime"], published["text"], published["source"]["kind"]) == ("2024-05-06T06:15:00.000Z", text, where)


@pytest.mark.parametrize(("shown", "text"), [
    # CNN's live updates: beside the headline, the latest post's time, which the metadata gives as the update's
    ("4:40 p.m. ET, May 6, 2024", None),
    # (guard) a time that is neither the publication's nor the update's as the metadata states them (a zone written wrong)
    ("10:31 p.m. CST, May 6, 2024", "10:31 p.m. CST, May 6, 2024"),
    ("6:02 a.m. ET, May 6, 2024", "6:02 a.m. ET, May 6, 2024"),  # (guard) the publication's
])
def test_a_date_beside_the_headline_that_shows_the_updates_moment_is_not_the_publications_text(shown, text):
    html = ('<html lang="en"><head><meta property="article:published_time" content="2024-05-06T10:02:00.000Z">'
            '<meta property="article:modified_time" content="2024-05-06T20:40:00.000Z"></head><body><main><article>'
            f'<h1>Live updates: Israel-Hamas war news</h1><div class="timestamp">{shown}</div>'
            '<p>Hamas said Monday it has accepted a ceasefire proposal put forward by Egypt and Qatar.</p></article></main></body></html>')
    published = extract(html)["published"]
    assert (published["datetime"], published["text"]) == ("2024-05-06T10:02:00.000Z", text)


@pytest.mark.parametrize(("box", "agencies"), [
    # money.pl names its agency by a logo alone in the article's source box
    ('<div class="source"><img src="/i/z/logo_pap.jpg" alt="PAP"></div>', ["PAP"]),
    ('<div class="source"><img src="/i/z/logo.jpg" alt="Money.pl"></div>', None),  # (guard) the site's own logo
    ('<figure><img src="/a.jpg" alt="PAP"><figcaption class="source"><img src="/logo.jpg" alt="PAP"></figcaption></figure>', None),  # (guard)
])
def test_an_agencys_logo_in_the_articles_source_box_attributes_the_copy(box, agencies):
    html = ('<html lang="pl"><body><main><article><h1>Polacy opracowali narzędzie do audytu stron</h1>'
            f'<p>Polacy z zespołu Blink.pl opracowali pierwsze na świecie narzędzie.</p>{box}</article></main></body></html>')
    assert (extract(html)["attribution"] or {}).get("agencies") == agencies


def test_a_sentence_that_names_agencies_is_no_sign_off():
    """It is a source line: the model's attribution, which the sign-off rules do not judge."""
    html = ('<html lang="de"><head><title>T</title></head><body><main><article><h1>Die Überschrift des Artikels</h1>'
            "<p>Text des Artikels.</p><p>mit Material von dpa und AFP</p></article></main></body></html>")
    assert extract(html)["attribution"]["text"] == "mit Material von dpa und AFP"
    assert [f.code for f in lint_string(html) if f.code.startswith("AGY")] == []
    signed = html.replace("mit Material von dpa und AFP", "ls/bw (AP, AFP)")
    assert extract(signed)["attribution"]["agencies"] == ["AP", "AFP"]


def test_a_sign_off_on_the_last_line_of_the_last_paragraph_counts():
    """Older Deutsche Welle pages end the last paragraph with a line break and the sign-off: it is the attribution,
    the sign-off rules judge it where it stands, and the DW pack does not call it missing."""
    html = ('<html lang="en"><head><title>T</title></head><body><main><article><h1>Syria talks resume in Geneva</h1>'
            "<p>The talks resume on Monday.</p>\n<p>The envoy said so on Sunday in a statement.<br>\nls/bw (AP, Reuters)</p>"
            "</article></main></body></html>")
    signoff = extract(html)["attribution"]
    assert (signoff["text"], signoff["initials"], signoff["agencies"]) == ("ls/bw (AP, Reuters)", ["ls", "bw"], ["AP", "Reuters"])
    assert signoff["source"]["line"] == 2
    assert [f.code for f in lint_string(html, {"extends": ["artlint:dw"]}) if f.code.startswith("AGY")] == []
    assert [(f.code, f.line) for f in lint_string(html.replace("AP, Reuters", "AP, XYZ")) if f.code.startswith("AGY")] == [("AGY003", 2)]
    # A sentence on the last line that names agencies is no sign-off.
    prose = html.replace("ls/bw (AP, Reuters)", "More text here about what they said (AP, Reuters) yesterday.")
    assert extract(prose)["attribution"] is None


def test_an_author_marked_as_such_beside_the_headline_counts_even_in_an_aside_or_a_nav():
    """The Guardian's byline column is an <aside> with an <address>; NDTV's byline is a <nav> with itemprop=author.
    An aside that only says "By" about another story stays apart."""
    guardian = ('<html lang="en"><body><main><article><h1>Standing Rock protesters hold out</h1>'
                '<aside><div><address><a rel="author" href="/profile/julia-carrie-wong">Julia Carrie Wong</a> and '
                '<a rel="author" href="/profile/sam-levin">Sam Levin</a></address></div></aside><p>Text.</p></article></main></body></html>')
    assert [a["name"] for a in extract(guardian)["authors"]] == ["Julia Carrie Wong", "Sam Levin"]
    teaser = ('<html lang="en"><body><main><article><h1>Standing Rock protesters hold out</h1>'
              '<aside class="related"><p class="byline">By Other Person</p></aside><p>Text.</p></article></main></body></html>')
    assert [a["name"] for a in extract(teaser)["authors"]] == []
    ndtv = ('<html lang="en"><body><div class="sp-hd"><div class="sp-ttl-wrp"><h1>Trump talks retaliation</h1></div>'
            '<nav class="pst-by"><span>Edited by <a href="/topic/swati-bhasin"><span itemprop="author" itemscope>'
            '<span itemprop="name">Swati Bhasin</span></span></a></span></nav></div><p>Text.</p></body></html>')
    assert [a["name"] for a in extract(ndtv)["authors"]] == ["Swati Bhasin"]


def test_a_byline_beside_the_headline_counts_inside_the_share_box_or_meta_aside():
    """National Geographic puts the byline in the share bar under the headline, hpd.de in the article's
    <aside class="meta">. A share box further down, or a teaser box beside the headline, stays apart."""
    meta = ('<html lang="de"><body><main><article><h1>Sie wissen nicht, was sie tun</h1><aside class="meta"><p class="authors"><i>'
            '<a class="author-name" href="/autoren/moritz">Moritz Pieczewski-Freimuth</a></i></p></aside>'
            "<p>Text des Artikels.</p></article></main></body></html>")
    assert [a["name"] for a in extract(meta)["authors"]] == ["Moritz Pieczewski-Freimuth"]
    teaser = ('<html lang="en"><body><aside class="up-next"><a href="/next"><span class="writer">Amanda Marcotte</span></a></aside>'
              "<main><article><h1>Despite everything, emissions dipped</h1><p>Text of the article.</p></article></main></body></html>")
    assert [a["name"] for a in extract(teaser)["authors"]] == []
    share = ('<div class="ng-sharekit__container"><div class="ng-sharekit__contributors"><div class="ng-sharekit__contributors--author">'
             'By <span>Michael Hingston</span></div></div><div class="ng-sharekit"><a href="https://www.facebook.com/sharer">Share</a></div></div>')
    html = ('<html lang="en"><body><main><article><h1>Ravenous wild goats ruled this island</h1>'
            + share + "<p>Text of the article.</p></article></main></body></html>")
    assert [a["name"] for a in extract(html)["authors"]] == ["Michael Hingston"]
    further = ('<html lang="en"><body><main><article><h1>Ravenous wild goats ruled this island</h1>'
               + "<p>Text of the article.</p>" * 12 + share + "</article></main></body></html>")
    assert [a["name"] for a in extract(further)["authors"]] == []


def test_an_author_marked_as_such_at_the_end_of_the_article_counts():
    """handwerksblatt.de signs its articles at the end with itemprop=author, far from the headline;
    an organisation named only in a <meta> is metadata, not a byline."""
    text = "<p>Text of the article.</p>" * 250
    signed = ('<html lang="de"><body><main><article><h1>Was gilt jetzt beim Friseurbesuch?</h1>' + text
              + '<div class="article_autor">Text: <span itemprop="author">Kirsten Freund</span></div></article></main></body></html>')
    assert [a["name"] for a in extract(signed)["authors"]] == ["Kirsten Freund"]
    meta_only = ('<html lang="en"><body><main><article><h1>A giant telescope</h1>' + text
                 + '<div itemprop="author" itemscope><meta itemprop="name" content="Nature Editorial"></div></article></main></body></html>')
    assert extract(meta_only)["byline"] is None
    teaser = ('<html lang="en"><body><main><article><h1>A giant telescope</h1>' + text
              + '<article><h2>Next story</h2><span itemprop="author">Other Person</span></article></article></main></body></html>')
    assert [a["name"] for a in extract(teaser)["authors"]] == []


def test_a_byline_just_above_the_headline_beats_one_in_a_list_below():
    """Wired: the byline sits right above the h1; a list of related stories further down has bylines too."""
    related = "".join(f'<li><a href="/story/{i}">Story {i}</a><p class="byline">By Jason Parham</p></li>' for i in range(3))
    html = ('<html lang="en"><body><main><article><div class="bylines"><a class="byline__name-link" href="/author/emma-grey-ellis">'
            'Emma Grey Ellis</a></div><h1>An ode to the Rosetta spacecraft</h1>'
            + "<p>Text of the article.</p>" * 30 + f"<ul>{related}</ul></article></main></body></html>")
    assert [a["name"] for a in extract(html)["authors"]] == ["Emma Grey Ellis"]


@pytest.mark.parametrize(
    ("block", "attribution"),
    [
        # Newsrooms that attribute agency copy in a source line, not a sign-off: ZEIT ONLINE in the header, n-tv after the text.
        ('<div class="metadata"><span class="metadata__source">Quelle: ZEIT ONLINE, dpa, AFP, Reuters, mp</span></div><p>Text.</p>',
         ("Quelle: ZEIT ONLINE, dpa, AFP, Reuters, mp", [], ["dpa", "AFP", "Reuters"])),
        ('<p>Text.</p><p class="article__source">Quelle: ntv.de, jdo/dpa</p>', ("Quelle: ntv.de, jdo/dpa", ["jdo"], ["dpa"])),
        ("<p>Text.</p><p><em>Mit Material von dpa und AFP</em></p>", ("Mit Material von dpa und AFP", [], ["dpa", "AFP"])),
        # Agency copy that names its agency in the dateline; a dateline without one attributes nothing.
        ("<p>HAYWARD, Calif. (AP) — A man was arrested.</p>", ("HAYWARD, Calif. (AP) —", [], ["AP"])),
        ("<p>Hamburg (dpa/lno) – Die Fronten bleiben verhärtet.</p>", ("Hamburg (dpa/lno) –", [], ["dpa"])),  # with dpa's regional service
        ("<p>LONDON — The Bank of England held rates.</p>", None),
        # Lines at the end that name only agencies: in brackets, bare, after "With", "Avec", "Con información de", or
        # "… contributed to this report" with the agency's full name. In a sentence, or beside other words, they do not count.
        ("<p>Text.</p><p>(dpa)</p>", ("(dpa)", [], ["dpa"])),
        ("<p>Text.</p><p>(AFP, Reuters).</p>", ("(AFP, Reuters).", [], ["AFP", "Reuters"])),
        ("<p>Text.</p><p>– AFP</p>", ("– AFP", [], ["AFP"])),
        ("<p>Text.</p><p>With AFP</p>", ("With AFP", [], ["AFP"])),
        ("<p>Text.</p><p>Avec AFP</p>", ("Avec AFP", [], ["AFP"])),
        # The newsroom, then the agencies it worked with: a source line, not the initials "dw" and an agency "with Reuters"
        ("<p>Text.</p><p>DW with Reuters, AFP</p>", ("DW with Reuters, AFP", [], ["Reuters", "AFP"])),
        ("<p>Text.</p><p>Le Monde with AFP</p>", ("Le Monde with AFP", [], ["AFP"])),
        ("<p>Text.</p><p>Con información de EFE</p>", ("Con información de EFE", [], ["EFE"])),
        ("<p>Text.</p><p>(Avec AFP)</p>", ("(Avec AFP)", [], ["AFP"])),
        ("<p>Text.</p><p>— With reporting by AP</p>", ("— With reporting by AP", [], ["AP"])),
        ("<p>Text.</p><p>With additional reporting from Reuters.</p>", ("With additional reporting from Reuters.", [], ["Reuters"])),
        ("<p>Text.</p><p><i>The Associated Press contributed to this report.</i></p>",
         ("The Associated Press contributed to this report.", [], ["AP"])),
        ("<p>Text, writes the <em>Associated Press</em>.</p>", None),
        ("<p>Text.</p><p>(Archivbild)</p>", None),
        ("<p>Text.</p><p>With friends</p>", None),
        # A sign-off wins over a source line.
        ("<p>Quelle: dpa</p><p>Text.</p><p>ls/bw (AP, AFP)</p>", ("ls/bw (AP, AFP)", ["ls", "bw"], ["AP", "AFP"])),
        # Sources that name no agency, and a picture's or a table's source, attribute nothing.
        ("<p>Text.</p><p>Quelle: Statistisches Bundesamt</p>", None),
        # … but a line that credits agencies without naming them is the story's source line, and the contract asks for the
        # agencies there (Al Jazeera's, with the agencies' words in an element of their own)
        ("<p>Text.</p><p>SOURCE: <span>Al Jazeera and news agencies</span></p><ul><li>Asia</li><li>Afghanistan</li><li>United States</li>"
         "<li>Taliban</li><li>War</li><li>Kabul</li></ul>", ("SOURCE: Al Jazeera and news agencies", [], [])),
        ("<p>Text.</p><p>Quelle: Agenturen</p>", ("Quelle: Agenturen", [], [])),
        ('<figure><img src="a.jpg" alt="x"><figcaption>Kiew am Morgen <span>Quelle: dpa</span></figcaption></figure><p>Text.</p>', None),
        ("<table><tr><td>Quelle: Reuters</td></tr></table><p>Text.</p>", None),
    ],
)
def test_source_lines_attribute_agency_copy(block, attribution):
    html = ('<html lang="de"><head><title>Kiew von Drohnen getroffen</title></head><body><main><article>'
            f'<h1>Kiew von Drohnen getroffen</h1><time datetime="2023-05-28T12:12:04+02:00">28. Mai 2023</time>{block}'
            "</article></main></body></html>")
    found = extract(html)["attribution"]
    assert (found and (found["text"], found["initials"], found["agencies"])) == attribution
    names_no_one = [f for f in lint_string(html, select=["CON001"]) if "names no author" in f.message]
    assert len(names_no_one) == (0 if attribution else 1)
    names_no_agency = [f.message for f in lint_string(html, select=["CON001"]) if "attribution.agencies" in f.message]
    assert names_no_agency == (["$.attribution.agencies names no agency: the source line credits agencies without naming them; "
                                "name each, e.g. “(AP, AFP)”"] if attribution and not attribution[2] else [])


@pytest.mark.parametrize(("byline", "attribution"), [
    ('<div class="author__name"><span>Par <span>AFP</span></span></div>', ("Par AFP", ["AFP"])),  # L'Express
    ('<p class="byline">By The Associated Press</p>', ("By The Associated Press", ["AP"])),
    ('<address class="author">Agencia EFE</address>', ("Agencia EFE", ["EFE"])),
    ('<p class="byline">By Jane Doe</p>', None),  # (guard) a person
    ('<p class="byline">By Jane Doe (Berlin)</p>', None),  # (guard) a person and where she wrote from
    # The agency beside the writer or the newsroom: the copy is the agency's too.
    ('<p class="byline">By Jane Doe and Reuters</p>', ("By Jane Doe and Reuters", ["Reuters"])),
    ('<p class="byline">By Jane Doe with AFP</p>', ("By Jane Doe with AFP", ["AFP"])),
    ('<p class="byline">Jane Doe (AFP)</p>', ("Jane Doe (AFP)", ["AFP"])),
    ('<p class="byline">By Jane Doe / EFE</p>', ("By Jane Doe / EFE", ["EFE"])),
    ('<p class="meta__publisher"><span class="meta__author">Le Monde with AFP</span></p>', ("Le Monde with AFP", ["AFP"])),  # Le Monde in English
    ('<p class="byline">DW with Reuters, AFP</p>', ("DW with Reuters, AFP", ["Reuters", "AFP"])),
    # The agency's staff or service, its newsroom, two joined, one before a city, one after a bar
    ('<p class="byline">By Reuters Staff</p>', ("By Reuters Staff", ["Reuters"])),
    ('<p class="byline">By Kyodo News</p>', ("By Kyodo News", ["Kyodo"])),
    ('<p class="byline">PA Media</p>', ("PA Media", ["PA"])),
    ('<p class="byline">Redazione ANSA</p>', ("Redazione ANSA", ["ANSA"])),
    ('<p class="byline">AFP-JIJI</p>', ("AFP-JIJI", ["AFP", "Jiji"])),
    ('<p class="byline">EFE / Madrid</p>', ("EFE / Madrid", ["EFE"])),
    ('<p class="byline">By Jane Doe | Reuters</p>', ("By Jane Doe | Reuters", ["Reuters"])),
    # Yahoo's byline: the agency after the bar, then how long ago
    ('<cite class="byline vcard">By <span class="fn">JANE DOE - AP Technology Writer</span> | <span class="provider org">AP</span> – '
     '<abbr title="2011-08-25T01:40:40Z">1 hr 4 mins ago</abbr></cite>',
     ("By JANE DOE - AP Technology Writer | AP – 1 hr 4 mins ago", ["AP"])),
    ('<p class="byline">Agencia EFE / Jane Doe</p>', ("Agencia EFE / Jane Doe", ["EFE"])),
    ('<p class="byline">By Jane Doe and John Roe of Reuters</p>', ("By Jane Doe and John Roe of Reuters", ["Reuters"])),  # the writers' agency after "of"
    ('<p class="byline">By Jane Doe for Reuters</p>', ("By Jane Doe for Reuters", ["Reuters"])),
    ('<p class="byline">By Jane Doe of The Times</p>', None),  # (guard) a paper, no agency
    ('<p class="byline">By Jane Doe, CNN</p>', None),  # (guard) a network, no agency
    # Agencies by their full names: India's "Press Trust of India" (its "of" is no place), Australia's own agency (not the AP)
    ('<p class="byline">By Press Trust of India</p>', ("By Press Trust of India", ["PTI"])),
    ('<p class="byline">By Jane Doe, Press Trust of India</p>', ("By Jane Doe, Press Trust of India", ["PTI"])),
    ('<p class="byline">Australian Associated Press</p>', ("Australian Associated Press", ["AAP"])),
    ('<p class="byline">By Yonhap News Agency</p>', ("By Yonhap News Agency", ["Yonhap"])),
])
def test_a_byline_that_names_agencies_attributes_the_copy(byline, attribution):
    html = ('<html lang="fr"><head><title>Manchester United rate la marche</title></head><body><main><article><h1>Manchester United rate la marche</h1>'
            f'{byline}<p>Les Red Devils ont finalement été rejoints par Leicester sur un but contre son camp.</p></article></main></body></html>')
    found = extract(html)["attribution"]
    assert (found and (found["text"], found["agencies"])) == attribution


@pytest.mark.parametrize(("line", "agencies"), [
    ("8 SIDOR/TT", ["TT"]),  # the newsroom's own name (its og:site_name) before the agency
    ("Expressen/TT", None),  # another paper's name is no part of a line of agencies
    ("TT/8 SIDOR", None),  # nor the newsroom's name after it
])
def test_the_newsrooms_own_name_may_open_a_line_of_agencies(line, agencies):
    html = ('<html lang="sv"><head><title>De skrev SOS med is</title><meta property="og:site_name" content="8 Sidor"></head><body><main><article>'
            f'<h1>De skrev SOS med is</h1><p>Två män var ute och åkte skidor på isen.</p><p>{line}</p></article></main></body></html>')
    found = extract(html)["attribution"]
    assert (found and found["agencies"]) == agencies


def test_a_reuters_staff_line_names_the_writer_and_no_agency():
    """Reuters closes with the staff who worked on the story: the reporter wrote it, the editor did not, and no agency is named."""
    html = ('<html lang="en"><head><title>Rates held</title></head><body><main><article><h1>Rates held</h1>'
            '<time datetime="2023-05-28T12:12:04+02:00">May 28, 2023</time><p>Text.</p>'
            '<p>Reporting by Jane Doe in London; Editing by John Roe</p></article></main></body></html>')
    model = extract(html)
    assert (model["attribution"], [a["name"] for a in model["authors"]]) == (None, ["Jane Doe"])
    assert not [f for f in lint_string(html, select=["CON001"]) if "names no author" in f.message]


@pytest.mark.parametrize(
    ("src", "is_photo"),
    [
        # Icons by their address or class words, also run together ("playicon", "sharebutton").
        ("/img/playicon.png", False), ("/img/share_icon.png", False), ("/img/sharebutton.png", False), ("/img/flag_de.png", False),
        ("/favicon.ico", False),
        # Longer words that contain those words are photos' names: a sprint, Silicon Valley, shareholders, a flagship, 3D printing.
        ("/Photo%20Database/World%20Cup/Women%20Sprint/Chu070122cm539.jpg", True), ("/news/silicon-valley-office.jpg", True),
        ("/2020/shareholders-meeting.jpg", True), ("/thumb/not-a-flagship.jpg", True), ("/3dprinting_files/printer-farm.jpg", True),
        # The file's name before a query that fills the last 80 characters (verivox.de's seal), and a photo's before one.
        ("/bilder/info-icon.png?updated=1510328692&h=193&w=161&la=de-DE&hash=CD402FA5E3DF4D38CC3F8499D08CE22B", False),
        ("/bilder/harbour.jpg?updated=1510328692&h=193&w=161&la=de-DE&hash=CD402FA5E3DF4D38CC3F8499D08CE22B", True),
        # Umbraco's option says how a lazy image loads: the photo is no pixel.
        ("/media/9381/fanshop_2000x2000.jpg?quality=80&lazyload=true&lazyloadPixelated=false", True),
    ],
)
def test_icons_are_not_article_images_and_photos_named_like_them_are(src, is_photo):
    html = (f'<html lang="en"><body><main><article><h1>A headline for this test</h1><figure><img src="{src}" alt="x">'
            "<figcaption>Caption here. Photo: AP</figcaption></figure><p>Text.</p></article></main></body></html>")
    assert [i["src"] for i in extract(html)["images"]] == ([src] if is_photo else [])


def test_contract_messages_for_a_credit_only_caption_and_an_unattributed_story():
    html = ('<html lang="en"><head><title>Storm hits the coast tonight</title></head><body><main><article>'
            '<h1>Storm hits the coast tonight</h1><time datetime="2024-03-05T10:00:00Z">March 5, 2024</time>'
            '<figure><img src="/storm.jpg" alt="Waves over the pier"><figcaption>Jane Roe/Getty Images</figcaption></figure>'
            "<p>Text.</p></article></main></body></html>")
    messages = [f.message for f in lint_string(html, select=["CON001"])]
    assert "$.images[0].caption has no caption: say who, where and when in the figcaption of the image's figure" in messages
    assert "$ names no author and no agency: add a byline, or a sign-off such as “ls/bw (AP, AFP)”" in messages


_BIO = "Jane Doe is a personal finance writer who has covered credit cards, investing and taxes for more than a decade."


@pytest.mark.parametrize(
    "byline",
    [
        # Dotdash Meredith: the name's link, then the author's bio in a tooltip; a reviewer's tooltip follows.
        f'<div class="byline-item"><span class="descriptor">By</span><div data-tooltip="{_BIO}"><a href="/jane-doe-5113939">Jane Doe</a>'
        f'<div class="tooltip"><p>{_BIO}</p></div></div></div>'
        f'<div class="byline-item"><span class="descriptor">Reviewed by</span><div class="reviewer-tooltip"><span>Mark Roe</span><p>{_BIO}</p></div></div>',
        # The WSJ: the name, then a menu with the biography link, social profiles and e-mail.
        '<div class="byline"><span>By</span><div class="profile-menu"><span class="name">Jane Doe</span><ul><li><a href="/news/author/1460">Biography</a></li>'
        f'<li><a href="https://twitter.com/janedoe">@janedoe</a></li><li>{_BIO}</li></ul></div></div>',
    ],
)
def test_the_name_right_after_a_by_label_when_the_byline_also_holds_a_bio(byline):
    html = f'<html lang="en"><body><main><article><h1>A headline of some length</h1>{byline}<p>Text.</p></article></main></body></html>'
    found = extract(html)
    assert found["byline"]["text"] == "Jane Doe"
    assert [a["name"] for a in found["authors"]] == ["Jane Doe"]


def test_authors_listed_one_link_per_item_are_separate_people():
    """Drupal's author field: one <div class="field--item"> with a link per author, no separator in the text."""
    byline = ('<div class="field field--name-field-autorzy">'
              '<div class="field--item"><a href="/pl/eksperci/jan-kowalski">Jan Kowalski</a></div>'
              '<div class="field--item"><a href="/pl/eksperci/anna-nowak">Anna Nowak</a></div></div>')
    html = f'<html lang="pl"><body><main><article><h1>Nagłówek artykułu</h1>{byline}<p>Tekst.</p></article></main></body></html>'
    assert [a["name"] for a in extract(html)["authors"]] == ["Jan Kowalski", "Anna Nowak"]
    # Items that say more than a name are read as one byline, as before.
    labelled = byline.replace('<a href="/pl/eksperci/anna-nowak">', 'Ilustracje: <a href="/pl/eksperci/anna-nowak">')
    assert "Anna Nowak" not in [a["name"] for a in extract(html.replace(byline, labelled))["authors"]]


def test_a_wix_byline_is_marked_by_its_data_hook():
    byline = ('<ul><li><a data-hook="profile-link"><div class="avatar"><span title="Bianca Praetorius" class="tQ0Q1A" '
              'data-hook="user-name">Bianca Praetorius</span></div></a></li><li><span data-hook="time-ago">5. März</span></li></ul>')
    html = f'<html lang="de"><body><main><article><h1>Eine Überschrift dieser Länge</h1>{byline}<p>Text.</p></article></main></body></html>'
    found = extract(html)
    assert found["byline"]["text"] == "Bianca Praetorius"
    assert [a["name"] for a in found["authors"]] == ["Bianca Praetorius"]


@pytest.mark.parametrize("stated", [1580221736000, 1580221736, 1580221736.5])
def test_a_json_ld_date_written_as_a_number_dates_the_article(stated):
    """goose3's test pages state datePublished as Unix time in a JSON number (milliseconds or seconds): the model reads it."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Streaming", "datePublished": stated})
    html = (f'<html lang="de"><head><script type="application/ld+json">{ld}</script></head><body><main><article>'
            '<h1>Streaming</h1><p>Text.</p></article></main></body></html>')
    assert (extract(html)["published"] or {}).get("datetime", "")[:10] == "2020-01-28"


@pytest.mark.parametrize(
    ("dates", "messages"),
    [
        ({"datePublished": "Tue Jan 28 15:28:56 CET 2020"},
         ['JSON-LD datePublished “Tue Jan 28 15:28:56 CET 2020” is not an ISO 8601 date; write "datePublished": "2020-01-28T15:28:56+01:00"']),
        ({"datePublished": "2022-5-3T23:57:00", "dateModified": "Wed, 04 May 2022 00:25:56 GMT"},
         ["JSON-LD datePublished “2022-5-3T23:57:00” and dateModified “Wed, 04 May 2022 00:25:56 GMT” are not ISO 8601 dates; "
          'write "datePublished": "2022-05-03T23:57:00", "dateModified": "2022-05-04T00:25:56Z"']),
        # a day that does not exist, or a value that names no day, gets an example
        ({"datePublished": "2022-02-30", "dateModified": "Wed, 04 May 2022 00:25:56 GMT"},
         ["JSON-LD datePublished “2022-02-30” and dateModified “Wed, 04 May 2022 00:25:56 GMT” are not ISO 8601 dates; "
          "write e.g. 2016-12-06T00:21:00+01:00"]),
        ({"datePublished": "{{ date }}"}, ["JSON-LD datePublished “{{ date }}” is not an ISO 8601 date; write e.g. 2016-12-06T00:21:00+01:00"]),
        ({"datePublished": "2020-01-28T15:28:56+01:00", "dateModified": "2020-01-28"}, []),
        # Gannett's templates write .NET's smallest date when they have none; the Unix epoch is the other stand-in.
        ({"datePublished": "0001-01-01T00:00:00Z", "dateModified": "1970-01-01T00:00:00Z"},
         ["JSON-LD datePublished “0001-01-01T00:00:00Z” and dateModified “1970-01-01T00:00:00Z” are placeholders, not dates; "
          "write the article's own date, or leave it out"]),
        # ISO 8601's basic form (Nikkei): ISO 8601 all the same, but not the form schema.org's Date and DateTime take
        ({"datePublished": "20180619T055000+0900", "dateModified": "20180619T055000+0900"},
         ["JSON-LD datePublished “20180619T055000+0900” and dateModified “20180619T055000+0900” are in ISO 8601's basic form, which "
          "schema.org's dates are not; write the extended form: 2018-06-19T05:50:00+09:00"]),
        ({"datePublished": "20200128", "dateModified": "Tue Jan 28 15:28:56 CET 2020"},
         ['JSON-LD dateModified “Tue Jan 28 15:28:56 CET 2020” is not an ISO 8601 date; write "dateModified": "2020-01-28T15:28:56+01:00"',
          "JSON-LD datePublished “20200128” is in ISO 8601's basic form, which schema.org's dates are not; write the extended form: 2020-01-28"]),
        # A CMS that writes Unix time as a number (goose3's test pages): no ISO 8601 date either
        ({"datePublished": 1580221736000}, ['JSON-LD datePublished “1580221736000” is not an ISO 8601 date; write "datePublished": "2020-01-28T14:28:56Z"']),
        ({"datePublished": "Tue Jan 28 15:28:56 CET 2020", "dateModified": "0001-01-01T00:00:00Z"},
         ["JSON-LD dateModified “0001-01-01T00:00:00Z” is a placeholder, not a date; write the article's own date, or leave it out",
          'JSON-LD datePublished “Tue Jan 28 15:28:56 CET 2020” is not an ISO 8601 date; write "datePublished": "2020-01-28T15:28:56+01:00"']),
    ],
)
def test_json_ld_dates_in_iso_8601(dates, messages):
    """FAZ writes Java's Date.toString(), La Nación an HTTP date: search engines read neither."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Streaming", **dates})
    html = (f'<html lang="de"><head><script type="application/ld+json">{ld}</script></head><body><main><article>'
            '<h1>Streaming</h1><time datetime="2020-01-28T15:28:56+01:00">28. Januar 2020</time><p>Text.</p></article></main></body></html>')
    found = lint_string(html, select=["SD005"])
    assert [f.message for f in found] == messages
    assert all((f.line, f.column) == (1, html.index("<script") + 1) for f in found)
