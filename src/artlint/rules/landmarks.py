"""Landmarks and language: a language tag that says the text's language, one main landmark, the article inside it."""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

from ..content import article, article_body, headline_h1, mains
from ..lazyre import lazy
from ..rule import Rule

FAMILY = "landmarks"

# RFC 5646 (BCP 47) well-formed language tags: a langtag, a private-use tag ("x-…") or one of the irregular grandfathered
# tags (its section 2.1; the regular ones are langtags already). The default contract's pattern for lang
# (schemas/article.schema.json) says the same, and a test holds the two to it.
_ALNUM = "[a-z0-9]"
_LANG_TAG = lazy(
    r"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3})"  # 4- and 5-8-letter language subtags are reserved, never assigned
    r"(?:-[a-z]{4})?"
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"
    rf"(?:-(?:{_ALNUM}{{5,8}}|[0-9]{_ALNUM}{{3}}))*"
    rf"(?:-[0-9a-wy-z](?:-{_ALNUM}{{2,8}})+)*"
    rf"(?:-x(?:-{_ALNUM}{{1,8}})+)?"
    rf"|x(?:-{_ALNUM}{{1,8}})+"
    r"|en-gb-oed|i-(?:ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tay|tsu)|sgn-(?:be-fr|be-nl|ch-de))$",
    re.IGNORECASE,
)


@cache
def _two_letter_languages() -> frozenset[str]:
    """ISO 639-1 codes (from CLDR), and the deprecated ones pages still use (Wikipedia links its Bihari edition as "bh")."""
    from babel import Locale

    return frozenset(code for code in Locale.parse("en").languages if len(code) == 2) | {"iw", "in", "ji", "jw", "mo", "bh"}


# The least running text to tell its language by, in characters (spaces aside).
_MIN_LENGTH = 250


def _page(body: str, html: str = '<html lang="en">') -> str:
    return f"<!doctype html>\n{html}\n<head><title>Example</title></head>\n<body>\n{body}\n</body>\n</html>\n"


class MissingLang(Rule):
    code = "LMK001"
    name = "missing-lang"
    family = FAMILY
    summary = "The <html> element has no lang attribute."
    rationale = "Screen readers pick pronunciation from lang; without it a German article is read with English rules. Hyphenation, spell-checking and translation tools need it too."
    fix = 'Set the page\'s language on the root element: <html lang="en">.'
    wcag = ("3.1.1",)
    techniques = ("H57",)
    incorrect = (_page("<main><h1>Headline</h1></main>", "<html>"), _page("<main><h1>Headline</h1></main>", '<html lang=" ">'))
    correct = (_page("<main><h1>Headline</h1></main>"),)

    def check(self, page, options):
        if not page.lang:
            said = _article_language(page)
            xml = (page.root.get("xml:lang") or "").strip()
            if xml and _LANG_TAG.match(xml.replace("_", "-")):
                yield self.problem(None, _only_xml_lang(xml.replace("_", "-"), said))
            elif said:
                yield self.problem(None, f"the page has no language, and its article is in {_name(said)}; set it on the root "
                                         f'element: <html lang="{said}">')
            elif (stated := _stated_language(page)) is not None:
                tag, where = stated
                yield self.problem(None, f"the page has no language, though its {where} says “{tag}”, which screen readers do not read; "
                                         f'set it on the root element: <html lang="{tag}">')
            else:
                yield self.problem(None, 'the page has no language; set it on the root element, e.g. <html lang="en">')


def _stated_language(page) -> tuple[str, str] | None:
    """The language the page's metadata states, where <html> states none and its text does not say for certain: the tag
    the article model reads from JSON-LD inLanguage, og:locale or a language meta, and where it stands."""
    from ..model import extractor

    said = extractor(page).lang()
    if said is None or said["source"].kind not in ("meta", "json-ld") or not _LANG_TAG.match(said["text"]):
        return None
    source = said["source"]
    name = source.extra.get("name", "language")
    return said["text"], "JSON-LD inLanguage" if source.kind == "json-ld" else name if name == "og:locale" else f"{name} meta"


# Countries' codes written where a language's belongs, and the language meant: lang="gb" for English. (Only codes that are
# no language's: Taiwan's "tw", Korea's "kr", Estonia's "ee", Slovenia's "si" and Brazil's "br" are Twi, Kanuri, Ewe,
# Sinhala and Breton.)
_COUNTRY_FOR_LANGUAGE = {"gb": "en", "us": "en", "cn": "zh", "jp": "ja", "dk": "da", "gr": "el", "cz": "cs", "ua": "uk",
                         "rs": "sr", "al": "sq", "at": "de"}


def _hyphenated(tag: str) -> str | None:
    """The well-formed tag a tag with underscores was meant to be ("en_US" → "en-US"); None for any other."""
    fixed = tag.replace("_", "-")
    return fixed if fixed != tag and _LANG_TAG.match(fixed) else None


def _primary(tag: str) -> str:
    """A language tag's primary language subtag, in lower case ("en_US" → "en")."""
    return tag.replace("_", "-").split("-")[0].lower()


def _only_xml_lang(xml: str, said: str | None) -> str:
    """LMK001's message for a page whose root declares its language in xml:lang alone (an XHTML template's)."""
    from ..language import same_language

    start = f"the page declares its language only in xml:lang=“{xml}”, which browsers ignore on an HTML page, so screen readers never learn it"
    if said and not same_language(_primary(xml), said):
        return (f"{start}, and its article is in {_name(said)}, not {_name(_primary(xml))}; set lang on the root "
                f'element: <html lang="{said}">, and xml:lang to the same, or drop it')
    return f'{start}; set lang on the root element too: <html lang="{xml}">'


class InvalidLang(Rule):
    code = "LMK002"
    name = "invalid-lang"
    family = FAMILY
    summary = "The <html> lang attribute, or one on an element in the page, is not a well-formed language tag."
    rationale = (
        "Assistive technology ignores a language tag it cannot parse (“en_US”, “english”), so the page, or the quotation "
        "marked with it, is read in the default voice, with the wrong pronunciation."
    )
    fix = ("Use a BCP 47 tag: a language subtag, optionally a script and region, joined by hyphens: en, en-GB, de-DE, zh-Hant. "
           "lang names a human language: mark the programming language of code with a class (class=\"language-python\").")
    wcag = ("3.1.1", "3.1.2")
    techniques = ("H57", "H58")
    incorrect = (_page("<main><h1>Headline</h1></main>", '<html lang="en_US">'), _page("<main><h1>Headline</h1></main>", '<html lang="english">'),
                 _page('<main><h1>Schlagzeile</h1><blockquote lang="gb">“We will not give up.”</blockquote></main>', '<html lang="de">'))
    correct = (_page("<main><h1>Headline</h1></main>", '<html lang="en-GB">'), _page("<main><h1>Headline</h1></main>", '<html lang="zh-Hant-TW">'),
               _page('<main><h1>Schlagzeile</h1><blockquote lang="en-GB">“We will not give up.”</blockquote></main>', '<html lang="de">'))

    def check(self, page, options):
        lang = page.lang
        primary = lang.split("-")[0].lower()
        if lang and _LANG_TAG.match(lang) and len(primary) == 2 and primary not in _two_letter_languages():
            yield self.problem(None, f"lang=“{lang}”: “{primary}” is not a language code (ISO 639){_suggest(page, '; use e.g. en, de or fr')}")
        elif lang and not _LANG_TAG.match(lang):
            hint = f"; write “{fixed}”" if (fixed := _hyphenated(lang)) else ""
            yield self.problem(None, f"lang=“{lang}” is not a well-formed language tag (BCP 47){hint or _suggest(page, '; use e.g. en, en-GB or de')}")
        body = page.root.find("body")
        for el in _declaring_inside()(body) if body is not None else ():
            said = el.get("lang")
            if said == "" or not _takes_its_language(page, el):
                continue  # lang="" is an unknown language, as HTML allows; with no text, the tag says nothing
            if (fault := _element_fault(el, said)) is not None:
                yield self.problem(el, f"<{el.tag}>'s lang=“{said}” {fault}")


def _element_fault(el, said: str) -> str | None:
    """What is wrong with the language tag on an element in the page, said as the end of a message; None if nothing."""
    tag = said.strip()
    primary = tag.split("-")[0].lower()
    if not tag:
        return 'holds only spaces; name its text\'s language (e.g. lang="en"), or write lang="" for an unknown one'
    if el.tag in ("code", "pre", "samp", "kbd") and not (_LANG_TAG.match(tag) and len(primary) != 2
                                                         or primary in _two_letter_languages()):
        return (f"is no language tag (BCP 47): lang names a human language; mark the programming language with a class "
                f"(class=\"language-{tag.lower()}\")")
    if not _LANG_TAG.match(tag):
        hint = f"write “{fixed}”" if (fixed := _hyphenated(tag)) else "use e.g. en, en-GB or de"
        return f"is not a well-formed language tag (BCP 47), which screen readers ignore; {hint}"
    if len(primary) == 2 and primary not in _two_letter_languages():
        if (meant := _COUNTRY_FOR_LANGUAGE.get(primary)) is not None:
            return f"names no language, which screen readers ignore: “{primary}” is a country's code, not a language's; write “{meant}”"
        return f"names no language, which screen readers ignore: “{primary}” is no language code (ISO 639); use e.g. en, de or fr"
    return None


def _takes_its_language(page, el) -> bool:
    """Whether some text takes its language from el: text shown in it, or an image's alt, outside every element inside it
    that sets a language of its own (lang="" too)."""
    if page.is_hidden(el):
        return False
    stack = [el]
    while stack:
        node = stack.pop()
        if (node.text or "").strip() and node.tag not in _NO_TEXT:
            return True
        for child in node:
            if (child.tail or "").strip():
                return True  # (a child's tail is its parent's text)
            if not isinstance(child.tag, str) or child.tag in _NO_TEXT or child.get("lang") is not None or page.is_hidden(child):
                continue
            if child.tag == "img" and (child.get("alt") or "").strip():
                return True
            stack.append(child)
    return False


_NO_TEXT = frozenset(("script", "style", "template", "noscript"))


class MainCount(Rule):
    code = "LMK003"
    name = "main-landmark-count"
    family = FAMILY
    summary = "The page does not have exactly one visible main landmark."
    rationale = "Screen-reader users jump to the main landmark to skip the site chrome; with none they cannot, with several they land in the wrong one."
    fix = "Wrap the article and its page-specific content in one <main> element."
    wcag = ("1.3.1", "2.4.1")
    techniques = ("ARIA11", "H101")
    incorrect = (_page("<header>Site</header><article><h1>Headline</h1></article>"),
                 _page("<main><h1>Headline</h1></main><main><p>Other</p></main>"))
    correct = (_page("<header>Site</header><main><article><h1>Headline</h1></article></main>"),
               _page('<div role="main"><h1>Headline</h1></div><main hidden><p>Other view</p></main>'))

    def check(self, page, options):
        found = mains(page)
        if not found:
            art, h1 = article(page), headline_h1(page)
            if art is not None and art.tag == "article" and h1 is not None and art in set(h1.iterancestors()):
                yield self.problem(art, "the page has no main landmark; wrap the <article> that holds the headline in <main>")
            elif (start := _headline_heading(page)) is not None:
                yield self.problem(start, "the page has no main landmark; wrap the article, from its headline here, in <main>")
            else:
                yield self.problem(None, "the page has no main landmark; wrap the article in <main>")
            return
        first = found[0]
        for extra in found[1:]:
            line, column = page.position(first)
            yield self.problem(extra, f"another main landmark (the first is at {line}:{column}); keep one <main> per page")


def _headline_heading(page) -> etree._Element | None:
    """The heading the article model reads the headline from (not a logo's h1 above it), if the headline is a heading's."""
    from ..model import extractor

    element = extractor(page).headline_element()
    return element if element is not None and element.tag in ("h1", "h2", "h3", "h4", "h5", "h6") else None


class ArticleOutsideMain(Rule):
    code = "LMK004"
    name = "article-outside-main"
    family = FAMILY
    summary = "The article is not inside the main landmark."
    rationale = "“Skip to main content” and landmark navigation lead into main; an article outside it is skipped by exactly the users who rely on them."
    fix = "Move the <article> inside <main>."
    wcag = ("1.3.1", "2.4.1")
    techniques = ("ARIA11",)
    incorrect = (_page("<main><p>Teasers</p></main><article><h1>Headline</h1></article>"),)
    correct = (_page("<main><article><h1>Headline</h1></article></main>"),)

    def check(self, page, options):
        found = mains(page)
        art = article(page)
        h1 = headline_h1(page)
        if not found or art is None or h1 is None or art not in set(h1.iterancestors()):
            return  # only the article that holds the headline; teaser cards may sit anywhere
        ancestors = set(art.iterancestors())
        if not any(m in ancestors or m is art for m in found) and not any(art in set(m.iterancestors()) for m in found):
            line, column = page.position(found[0])
            yield self.problem(art, f"the article is outside the main landmark at {line}:{column}; move it inside <main>")


class LandmarkInMain(Rule):
    code = "LMK005"
    name = "landmark-in-main"
    family = FAMILY
    summary = "A banner or contentinfo landmark is nested inside main."
    rationale = "The banner (site header) and contentinfo (site footer) belong to the page, not to the main content; nested inside main they confuse landmark navigation."
    fix = 'Move the element out of <main>, or drop role="banner"/"contentinfo" (a <header> or <footer> inside <main> is not a landmark).'
    wcag = ("1.3.1",)
    techniques = ("ARIA11",)
    incorrect = (_page('<main><div role="banner">Site</div><h1>Headline</h1></main>'),
                 _page('<main><h1>Headline</h1><footer role="contentinfo">© DW</footer></main>'))
    correct = (_page('<header>Site</header><main><article><header><h1>Headline</h1></header><footer>Tags</footer></article></main><footer>© DW</footer>'),)

    def check(self, page, options):
        found = set(mains(page))
        if not found:
            return
        for role in ("banner", "contentinfo"):
            for el in page.with_role(role):
                if page.is_hidden(el) or el in page.inert:
                    continue
                if any(a in found for a in el.iterancestors()):
                    yield self.problem(el, f'role="{role}" inside the main landmark; move the element out of <main> or drop the role')


_GERMAN = (
    "<main>\n<h1>Neue Brücke für Köln</h1>\n"
    "<p>Die Stadt Köln hat am Dienstag mit dem Bau einer neuen Brücke über den Rhein begonnen. Nach Angaben der "
    "Verwaltung soll sie in drei Jahren fertig sein und täglich mehr als zwanzigtausend Fahrzeuge aufnehmen.</p>\n"
    "<p>Der Oberbürgermeister sprach von einem wichtigen Tag für die ganze Region. Anwohner hatten sich lange "
    "gegen die Pläne gewehrt, weil sie mehr Lärm und Verkehr in ihren Straßen befürchten.</p>\n</main>"
)
_ENGLISH = (
    "<main>\n<h1>New bridge for Cologne</h1>\n"
    "<p>The city of Cologne began building a new bridge over the Rhine on Tuesday. The council says it will be "
    "finished in three years and will carry more than twenty thousand vehicles a day.</p>\n"
    "<p>The mayor called it an important day for the whole region. Residents had long opposed the plans because "
    "they fear more noise and traffic in their streets.</p>\n</main>"
)


def _article_text(page) -> tuple:
    """The element that holds the article's running text (its body, else the page's), and that text."""
    def read(p):
        body = article_body(p)
        scope = body if body is not None else p.root.find("body")
        return scope, (_running_text(p, scope) if scope is not None else "")

    return page.memo("landmarks:text", read)


def _article_language(page) -> str | None:
    """The language the article is surely written in, for a page that declares none or an invalid one."""
    from ..language import identify

    text = _article_text(page)[1]
    return identify(text) if len(text) - text.count(" ") >= _MIN_LENGTH else None


def _suggest(page, otherwise: str) -> str:
    said = _article_language(page)
    return f"; the article is in {_name(said)}: use “{said}”" if said else otherwise


def _running_text(page, scope) -> str:
    """The article's running text in its own language: its paragraphs of 40 characters or more, not hidden, and not
    inside an element that declares a language of its own (a quotation marked lang="fr" is right as it is); at most
    2,000 characters (the model is as sure of 2,000 as of 4,000: over the corpus one page more is told its language)."""
    parts: list[str] = []
    size = 0
    marked = {p for el in _declaring_inside()(scope) for p in el.iter("p")}
    for p in scope.iter("p"):
        if p in marked or page.is_hidden(p):
            continue
        text = " ".join(" ".join(_text_nodes()(p)).split())
        if len(text) >= 40:
            parts.append(text)
            size += len(text)
            if size >= 2000:
                break
    return " ".join(parts)


def _declaring(el):
    """The element whose lang attribute sets el's language (el or an ancestor), or None."""
    while el is not None:
        if (el.get("lang") or "").strip():
            return el
        el = el.getparent()
    return None


@cache
def _declaring_inside():
    """The elements inside an element that declare a language of their own (found by libxml2, not a walk in Python)."""
    return etree.XPath("descendant::*[@lang]")


@cache
def _text_nodes():
    """An element's texts, without its scripts' and styles'."""
    return etree.XPath(".//text()[not(ancestor::script) and not(ancestor::style)]")


class LangMismatch(Rule):
    code = "LMK006"
    name = "lang-mismatch"
    family = FAMILY
    summary = "The language the page declares is not the language its article is written in."
    rationale = (
        "Screen readers speak a text with the rules of its declared language: a German article under lang=\"en\" is "
        "read with English pronunciation and is hard to follow. Templates shared by a site's editions, and themes "
        "that ship with lang=\"en\", set the wrong language on every page."
    )
    fix = 'Set lang to the article\'s language (<html lang="de">); where one article differs from the page, set lang on its element.'
    wcag = ("3.1.1", "3.1.2")
    techniques = ("H57", "H58")
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "min-length": {"type": "integer", "minimum": 50, "default": _MIN_LENGTH,
                           "description": "The least running text to judge the language by, in characters (spaces aside)."},
        },
    }
    incorrect = (_page(_GERMAN), _page(_ENGLISH, '<html lang="de">'))
    correct = (_page(_ENGLISH), _page(_GERMAN, '<html lang="de-AT">'),
               _page(_ENGLISH.replace("<main>", '<main lang="en">'), '<html lang="de">'),
               _page("<main><h1>Kurz</h1><p>Die Stadt Köln hat am Dienstag mit dem Bau einer Brücke begonnen.</p></main>"))

    def check(self, page, options):
        from ..language import (SURE, SURE_WITH_WORDS, UNLIKELY, guess, plain_language, same_language, throughout,
                                written_in_its_script)

        scope, text = _article_text(page)
        if scope is None:
            return
        declaring = _declaring(scope)
        if declaring is None:
            return  # LMK001's
        tag = declaring.get("lang").strip()
        declared = _primary(tag)
        if declared not in _two_letter_languages():
            return  # LMK002's
        if len(text) - text.count(" ") < options["min-length"]:
            return
        words_say = plain_language(text)
        if words_say == declared:
            return
        found = guess(text, declared)
        sure = SURE_WITH_WORDS if words_say == found.language else SURE
        if (found.score < sure or found.declared_score >= UNLIKELY or len(found.language) != 2
                or same_language(found.language, declared) or not written_in_its_script(text, found.language)
                or not throughout(text, found.language)):
            return
        where = "the page's" if declaring is page.root else f"<{declaring.tag}>'s"
        yield self.problem(declaring, f"{where} lang=“{tag}” says {_name(declared)}, but the article's text is in "
                                      f'{_name(found.language)}; set lang="{found.language}"')


def _name(language: str) -> str:
    """A language's English name (CLDR's): "de" → "German"."""
    return _language_names().get(language, language)


@cache
def _language_names() -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse("en").languages)


class XmlLangMismatch(Rule):
    code = "LMK007"
    name = "lang-xml-lang-mismatch"
    family = FAMILY
    summary = "The <html> element's lang and xml:lang name different languages."
    rationale = (
        "Browsers read lang on an HTML page and ignore xml:lang, a leftover of XHTML templates; tools that read the markup "
        "itself (older assistive technology, XHTML processors, translation and search tools) may take xml:lang. When the two "
        "disagree (a theme's xml:lang=\"en\" left on a French edition), the page's language depends on who reads it."
    )
    fix = 'Drop xml:lang (an HTML page needs only lang), or give it the same language as lang: <html lang="fr" xml:lang="fr">.'
    wcag = ("3.1.1",)
    techniques = ("H57",)
    incorrect = (_page("<main><h1>Titre</h1></main>", '<html lang="fr" xml:lang="en">'),)
    correct = (_page("<main><h1>Headline</h1></main>", '<html lang="en-GB" xml:lang="en-US">'),
               _page("<main><h1>Titre</h1></main>", '<html lang="fr">'))

    def check(self, page, options):
        from ..language import same_language

        lang, other = page.lang, (page.root.get("xml:lang") or "").strip()
        primary, other_primary = _primary(lang), _primary(other)
        known = _two_letter_languages()
        if primary in known and other_primary in known and not same_language(primary, other_primary):
            yield self.problem(page.root, f"lang=“{lang}” says {_name(primary)}, but xml:lang=“{other}” says {_name(other_primary)}; "
                                          f'drop xml:lang, which an HTML page does not need, or write xml:lang="{lang.replace("_", "-")}"')


RULES = [MissingLang, InvalidLang, MainCount, ArticleOutsideMain, LandmarkInMain, LangMismatch, XmlLangMismatch]
