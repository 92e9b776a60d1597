"""The landmark rules (LMK) on what browsers render."""

from __future__ import annotations

import pytest

from artlint import lint_string

from .conftest import page, position


@pytest.mark.parametrize("box", ["template", "noscript"])
def test_landmarks_in_a_template_or_a_noscript_are_not_the_pages(box):
    """A <template> is never rendered, nor is a <noscript> where scripts run: a dialog's <main> kept there for a script is
    no second main landmark, and a banner in it stands in no main."""
    dialog = f'<{box}><main class="dialog"><div role="banner">Subscribe</div><p>Offer</p></main></{box}>'
    html = page(f"<main><h1>Russia blocks UN resolution on Aleppo</h1><p>Text.</p></main>{dialog}")
    assert [f.code for f in lint_string(html, select=["LMK003", "LMK005"])] == []
    shown = html.replace(f"<{box}>", "").replace(f"</{box}>", "")  # (guard) rendered, they are
    assert [f.code for f in lint_string(shown, select=["LMK003", "LMK005"])] == ["LMK003", "LMK005"]


@pytest.mark.parametrize(
    ("element", "said"),
    [
        ('<blockquote lang="english">We will not give up.</blockquote>',
         "<blockquote>'s lang=“english” is not a well-formed language tag (BCP 47), which screen readers ignore; use e.g. "
         "en, en-GB or de"),
        ('<li><button lang="pt_BR">Português</button></li>',  # LinkedIn's language menu
         "<button>'s lang=“pt_BR” is not a well-formed language tag (BCP 47), which screen readers ignore; write “pt-BR”"),
        ('<a lang="gb" href="/en/">English</a>',
         "<a>'s lang=“gb” names no language, which screen readers ignore: “gb” is a country's code, not a language's; "
         "write “en”"),
        ('<a lang="up" href="https://yo.example/">Yorùbá</a>',
         "<a>'s lang=“up” names no language, which screen readers ignore: “up” is no language code (ISO 639); use e.g. en, "
         "de or fr"),
        ('<p lang="  ">Ils ont trouvé un bar.</p>',
         "<p>'s lang=“  ” holds only spaces; name its text's language (e.g. lang=\"en\"), or write lang=\"\" for an unknown one"),
        ('<pre lang="Batch">echo %PATH%</pre>',
         "<pre>'s lang=“Batch” is no language tag (BCP 47): lang names a human language; mark the programming language "
         "with a class (class=\"language-batch\")"),
        ('<div lang="invalid"><img src="paris.jpg" alt="Fireworks over Paris"></div>',  # the alt takes its language
         "<div>'s lang=“invalid” is not a well-formed language tag (BCP 47), which screen readers ignore; use e.g. en, "
         "en-GB or de"),
    ],
)
def test_a_language_tag_on_an_element_in_the_page(element, said):
    """W3C ACT rule de46e4: a lang attribute in the body that some text takes its language from names a language."""
    html = page(f"<main><h1>Headline</h1>\n{element}\n</main>")
    [found] = lint_string(html, select=["LMK002"])
    marked = element[element.rfind("<", 0, element.index(" lang=")):]  # the element the attribute is on
    assert (found.message, (found.line, found.column)) == (said, position(html, marked))


@pytest.mark.parametrize(
    "element",
    [
        '<blockquote lang="fr-CH">Ils ont trouvé un bar.</blockquote>',
        '<p lang="zh-Hant-TW">台北</p>',
        '<p lang="">Unknown language</p>',  # HTML's unknown language
        '<div lang="invalid"><p lang="en">All of its text declares its own language.</p></div>',
        '<div lang="invalid"><img src="divider.png" alt=""></div>',  # no text takes its language
        '<div lang="invalid"></div>',
        '<p lang="invalid"><span style="display:none">Hidden</span></p>',
        '<p lang="invalid" hidden>Hidden</p>',
        '<pre lang="en">A human language on code is no fault</pre>',
        '<a lang="bh" href="https://bh.wikipedia.org/">भोजपुरी</a>',  # Wikipedia's Bihari edition: a deprecated ISO 639-1 code
    ],
)
def test_language_tags_on_elements_that_are_right_or_say_nothing(element):
    assert lint_string(page(f"<main><h1>Headline</h1>\n{element}\n</main>"), select=["LMK002"]) == []


def test_lang_and_xml_lang_that_name_different_languages():
    """W3C ACT rule 5b7ae0, axe-core's html-xml-lang-mismatch: the primary languages must agree."""
    html = '<!DOCTYPE html>\n<html lang="fr" xml:lang="en">\n<head><title>Titre</title></head>\n<body><main><h1>Titre</h1></main></body>\n</html>\n'
    [found] = lint_string(html, select=["LMK007"])
    assert (found.code, found.line, found.column) == ("LMK007", 2, 1)
    assert found.message == ("lang=“fr” says French, but xml:lang=“en” says English; drop xml:lang, which an HTML page does not "
                             'need, or write xml:lang="fr"')


def test_lang_and_xml_lang_offers_a_well_formed_tag():
    html = '<!DOCTYPE html>\n<html lang="en_US" xml:lang="de">\n<head><title>T</title></head>\n<body></body>\n</html>\n'
    [found] = lint_string(html, select=["LMK007"])
    assert found.message.endswith('or write xml:lang="en-US"')


@pytest.mark.parametrize("root", ['<html lang="en-GB" xml:lang="en-US">', '<html lang="en" xml:lang="">', '<html lang="fr">',
                                  '<html lang="" xml:lang="">', '<html lang="no" xml:lang="nb">'])
def test_lang_and_xml_lang_that_agree_or_are_not_both_there(root):
    html = f"<!DOCTYPE html>\n{root}\n<head><title>T</title></head>\n<body><main><h1>T</h1></main></body>\n</html>\n"
    assert lint_string(html, select=["LMK007"]) == []


def test_a_language_declared_in_xml_lang_alone():
    """An XHTML template's <html xmlns=… xml:lang="de">: browsers read no language from it (ACT b5c3f8 fails it)."""
    html = '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de">\n<head><title>T</title></head>\n<body></body>\n</html>\n'
    [found] = lint_string(html, select=["LMK001"])
    assert found.message == ("the page declares its language only in xml:lang=“de”, which browsers ignore on an HTML page, so screen "
                             'readers never learn it; set lang on the root element too: <html lang="de">')


def test_the_countries_codes_offered_are_no_languages_codes():
    """A country's code that is also a language's (Slovenia's "si" is Sinhala's) is never told to be a country's."""
    from artlint.rules.landmarks import _COUNTRY_FOR_LANGUAGE, _two_letter_languages

    assert not set(_COUNTRY_FOR_LANGUAGE) & _two_letter_languages()


@pytest.mark.parametrize(
    "tag, well_formed",
    [
        ("en", True), ("de-CH", True), ("zh-Hant-TW", True), ("es-419", True), ("sl-rozaj-biske", True),
        ("de-DE-u-co-phonebk", True),  # an extension (RFC 6067's collation)
        ("gsw-u-sd-chzh", True), ("en-US-x-twain", True), ("x-klingon", True),  # private use
        ("zh-yue", True), ("zh-min-nan", True),  # extended language subtags
        ("i-navajo", True), ("en-GB-oed", True), ("sgn-CH-DE", True),  # grandfathered
        ("en_US", False), ("english", False), ("en-US-US", False), ("i-wookiee", False), ("de-DE-", False),
        ("en-GB-oxford-", False), ("de-u", False), ("x", False), ("en-x", False), ("sgn-DE-CH", False),
    ],
)
def test_the_rule_and_the_default_contract_agree_on_which_language_tags_are_well_formed(tag, well_formed):
    """LMK002 and the default contract's pattern for lang both read RFC 5646's grammar: a team that lints with both never
    gets one saying a tag is wrong that the other takes (the contract refused extensions, private use and grandfathered
    tags, and took a region twice)."""
    html = page("<main><h1>The council votes on Friday</h1></main>", lang=tag)
    rule = [f.message for f in lint_string(html, select=["LMK002"])]
    contract = [f.message for f in lint_string(html, select=["CON001"]) if f.message.startswith("$.lang")]
    assert (bool(rule), bool(contract)) == (not well_formed, not well_formed), (rule, contract)


def test_no_main_landmark_is_reported_at_the_article_that_holds_the_headline():
    """Where the template prints the story in an <article> but no <main>, the finding is at the <article> to wrap; where
    no <article> holds the headline, at the headline (a teaser's <article> is not the story's)."""
    html = page('<header><a href="/">DW</a></header>\n<article class="story"><h1>Russia blocks UN resolution</h1><p>Text.</p></article>')
    [found] = lint_string(html, select=["LMK003"])
    assert (found.message, (found.line, found.column)) == (
        "the page has no main landmark; wrap the <article> that holds the headline in <main>", position(html, '<article'))
    teaser = page('<div class="story"><h1>Russia blocks UN resolution</h1><p>Text.</p></div>\n<article><h2>More</h2></article>')
    [found] = lint_string(teaser, select=["LMK003"])
    assert (found.message, (found.line, found.column)) == (
        "the page has no main landmark; wrap the article, from its headline here, in <main>", position(teaser, "<h1>"))
    [found] = lint_string(page("<p>Text.</p>"), select=["LMK003"])  # no headline at all: the page's start
    assert (found.message, (found.line, found.column)) == ("the page has no main landmark; wrap the article in <main>", (2, 1))


def test_no_main_landmark_without_an_article_is_reported_at_the_headline():
    """No <article> holds the headline: the finding is at the headline's heading, where <main> should start; not at a
    logo's h1 above it."""
    html = page('<header><h1 class="logo"><a href="/">DW</a></h1></header>\n'
                '<div class="story"><h2>Russia blocks UN resolution for Aleppo ceasefire</h2><p>Text.</p></div>',
                head="<title>Russia blocks UN resolution for Aleppo ceasefire | DW</title>")
    [found] = lint_string(html, select=["LMK003"])
    assert (found.message, (found.line, found.column)) == (
        "the page has no main landmark; wrap the article, from its headline here, in <main>", position(html, "<h2>"))


@pytest.mark.parametrize("head, said", [
    ('<meta http-equiv="content-language" content="pt-BR">', "content-language meta says “pt-BR”"),
    ('<meta name="dc.language" content="de">', "dc.language meta says “de”"),
    ('<meta property="og:locale" content="de_DE">', "og:locale says “de-DE”"),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "inLanguage": "pl"}</script>',
     "JSON-LD inLanguage says “pl”"),
])
def test_a_page_without_lang_is_told_the_language_its_metadata_states(head, said):
    """Too little text to tell its language for certain, but the metadata states it: the message offers that tag, not
    "e.g. en"."""
    html = page("<main><h1>Baumgutachten</h1></main>", head=f"<title>Baumgutachten</title>{head}").replace(' lang="en"', "")
    [found] = lint_string(html, select=["LMK001"])
    tag = said.split("“")[1].rstrip("”")
    assert found.message == (f"the page has no language, though its {said}, which screen readers do not read; set it on the root element: "
                             f'<html lang="{tag}">')
