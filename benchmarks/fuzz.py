"""Coverage-guided fuzzing of artlint's inputs with atheris: anything but a clear error is a fault.

    pip install atheris
    python benchmarks/fuzz.py TARGET CORPUS_DIR [SEED_DIR…] [libFuzzer options, e.g. -max_total_time=600]

TARGET is one of:
  pages      bytes as a page, linted and extracted (seed it with small pages: examples/*.html)
  fragments  pages built from fragments that rules read (skip links, <time>, figures, JSON-LD, directives, hidden
             boxes, charset labels…), filled with fuzzed values; one in four saved in a legacy encoding or UTF-16
  configs    configuration mappings: rule options, profile selectors and per-selector ignores of fuzzed values
  contracts  JSON Schemas built from the keywords a contract uses ($ref, $id, drafts…), validated over the example
  packs      rule packs (TOML) of fuzzed options, selections and custom rules (selectors, checks, patterns, examples)
  dates      dates.parse_datetime_value, parse_visible_date and their kin (value_meant's values must be valid), the
             sign-off and credit parsers

A run stops at the first fault and writes the input that caused it beside CORPUS_DIR (libFuzzer's crash-…); an
ArtlintError is a clear error and passes, unless it reports an internal error. Found this way: a five-digit year
in a datetime, control characters and namespace prefixes in selectors, a NUL in a contract's file name, $refs to
no schema, content after </html>, a srcset without a first candidate, a <meta charset> that names one of Python's
codecs that browsers do not know ("uu").
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import atheris

import artlint
from artlint import contract as contracts
from artlint import dates, packs, signoffs
from artlint.errors import ArtlintError
from artlint.figures import credit_text
from artlint.registry import default_registry

EXAMPLE = (Path(__file__).resolve().parent.parent / "examples" / "article.html").read_text(encoding="utf-8")


def _clear(call, *args, **kwargs) -> None:
    """Run call; a clear error passes, an internal one is raised."""
    try:
        call(*args, **kwargs)
    except ArtlintError as exc:
        if "internal error" in str(exc):
            raise


def _lint_and_extract(html: str | bytes, config=None) -> None:
    _clear(artlint.lint_string, html, config, select=["ALL"])
    _clear(artlint.extract, html, config)


def pages(data: bytes) -> None:
    _lint_and_extract(data)  # (the bytes themselves: the encoding is sniffed as for a file)


_FRAGMENTS = [
    '<a href="#{0}">Skip to {1}</a>', '<a href="{0}">{1}</a>', '<div id="{0}" tabindex="{1}">x</div>', '<main id="{0}">', "</main>",
    '<time datetime="{0}">{1}</time>', "<time>{0}</time>", '<p class="date">{0}</p>', '<span class="dateline">{0}</span>',
    '<figure><img src="{0}" alt="{1}"><figcaption>{2}<span class="credit">{3}</span></figcaption></figure>',
    '<img src="{0}" srcset="{1}" sizes="{2}" alt="{3}" width="{0}" height="{1}">',
    '<picture><source srcset="{0}" media="{1}"><img src="{2}" alt="{3}"></picture>',
    "<h{0}>{1}</h{0}>", "<h1>{0}</h1>", '<h2 aria-level="{0}" role="{1}">{2}</h2>', '<div role="heading" aria-level="{0}">{1}</div>',
    "<p>{0}</p>", "<p><em>{0}</em> ({1})</p>", '<p class="signoff">{0}/{1} ({2}, {3})</p>',
    '<script type="application/ld+json">{0}</script>', '<meta property="{0}" content="{1}">', '<meta name="{0}" content="{1}">',
    '<meta http-equiv="{0}" content="{1}">', '<meta charset="{0}">', '<link rel="{0}" href="{1}">', '<base href="{0}">',
    "<style>{0}</style>", '<div style="{0}">{1}</div>', "<div hidden>{0}</div>", '<div aria-hidden="{0}">{1}</div>',
    '<iframe src="{0}" title="{1}"></iframe>', '<object data="{0}" type="{1}">{2}</object>', '<embed src="{0}" type="{1}">',
    '<button tabindex="{0}">{1}</button>', '<input type="{0}" autofocus>', "<dialog open>{0}</dialog>",
    "<details><summary>{0}</summary>{1}</details>", '<address class="author">{0}</address>', '<a rel="author" href="{0}">{1}</a>',
    '<span itemprop="{0}">{1}</span>', '<div class="byline">By {0} and {1}</div>',
    "<!-- artlint-disable {0} -- {1} -->", "<!-- artlint-enable {0} -->", "<!-- artlint-disable-next {0} -->",
    '<div data-artlint-ignore="{0}">{1}</div>', '<article lang="{0}">', "</article>", '<nav aria-label="{0}">', "</nav>",
    "<header>", "</header>", "<footer>{0}</footer>", "<aside>{0}</aside>", "<table><tr><th>{0}</th><td>{1}</td></tr></table>",
    '<ul><li>{0}</li><li><a href="{1}">{2}</a></li></ul>', "<ul>", "<ol>", "<li>{0}", "</li>", "</ul>", "</ol>", "<div>", "</div>",
    '<svg><title>{0}</title><a href="{1}">x</a></svg>',
    "<noscript>{0}</noscript>", "<template>{0}</template>", '<label for="{0}">{1}</label><input id="{0}">', '<area href="{0}" alt="{1}">',
    "</body></html>{0}", '<html lang="{0}" aria-label="{1}">', '<html {0}="{1}" {2}>',
    "<section>", "</section>", "<form>", "</form>", "</body>{0}", "</head><script>{0}</script>",
    # a "/>" browsers ignore (the element stays open), and an element of the body in the head
    '<{0} class="{1}"/>', '<a href="{0}"/>', '<i aria-hidden="true" />', '<script src="{0}"/>', "<textarea/>", "<title/>{0}",
    '<svg><path d="{0}"/><{1}/></svg>', '<math><mi/>{0}</math>', '<head><{0}><meta name="{1}" content="{2}"><title>{3}</title></head>',
]
_VALUES = [
    "2016-12-06T00:21:00+01:00", "December 6, 2016", "6. Dezember 2016", "main", "#", "%", "%zz", "-1", "0", "32768", "1e9", "ls/bw",
    "AP", "dpa", "Image: picture-alliance/AP Photo/H. Ammar", "", " ", "javascript:void(0)", "//x", "http://[::1", "data:,",
    "display:none", "@media (min-width: 40em) { .a { display: none } }", "breadcrumb", ", a.jpg 2x",
    '{"@type": "NewsArticle", "headline": "x", "datePublished": "2016-12-06", "author": {"name": "A"}, "image": {"@type": "ImageObject", "caption": "c"}}',
    '[{"@graph": [{"@type": ["NewsArticle"], "author": [{"@type": "Person", "name": ["x"]}]}]}]', "null", "[]", '{"@type": null}',
    "1700000000", "de-CH", "zh-Hant-TW", "x-klingon", "og:title", "article:published_time", "author", "viewport",
    "width=device-width, maximum-scale=1", "refresh", "0;url=http://x", "canonical", "utf-16", "HDG003, IMG001", "ALL", "{x}", "xml:lang",
    "text/html; charset=windows-1255", "iso-2022-kr", "x-user-defined", "utf-16be", "koi8-u", "shift_jis", "utf_8", "utf-7",
]
# The encodings a built page is saved in, whatever its <meta charset> says
_SAVED_IN = ["utf-8", "cp1252", "utf-16", "utf-16-be", "shift_jis", "koi8-u", "cp1255", "iso2022_kr"]


def _value(fdp) -> str:
    kind = fdp.ConsumeIntInRange(0, 3)
    if kind == 0:
        return fdp.ConsumeUnicodeNoSurrogates(30)
    said = _VALUES[fdp.ConsumeIntInRange(0, len(_VALUES) - 1)]
    return said + fdp.ConsumeUnicodeNoSurrogates(4) if kind == 1 else said


def fragments(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    head, body = [], []
    for _ in range(fdp.ConsumeIntInRange(0, 30)):
        fragment = _FRAGMENTS[fdp.ConsumeIntInRange(0, len(_FRAGMENTS) - 1)].format(*(_value(fdp) for _ in range(4)))
        (head if fdp.ConsumeIntInRange(0, 4) == 0 else body).append(fragment)
    lang = _value(fdp) if fdp.ConsumeBool() else "en"
    before = _value(fdp) if fdp.ConsumeIntInRange(0, 4) == 0 else ""  # (a PHP warning before the page)
    page = (f'{before}<!doctype html><html lang="{lang}"><head><title>{_value(fdp)}</title>{"".join(head)}</head>'
            f'<body>{"".join(body)}</body></html>')
    if fdp.ConsumeIntInRange(0, 3) == 0:  # saved in an encoding, bytes that may not be the one the page declares
        _lint_and_extract(page.encode(_SAVED_IN[fdp.ConsumeIntInRange(0, len(_SAVED_IN) - 1)], "replace"))
    else:
        _lint_and_extract(page)


_RULES = sorted(default_registry().rules.values(), key=lambda rule: rule.code)
_OPTIONS = [(rule.code, name) for rule in _RULES for name in (rule.options.get("properties") or {})]
_FIELDS = ["headline", "authors", "byline", "published", "modified", "dateline", "section", "images", "body", "attribution", "lang"]


def _option(fdp, depth: int = 0):
    kind = fdp.ConsumeIntInRange(0, 5)
    if kind == 0 or depth > 2:
        return fdp.ConsumeUnicodeNoSurrogates(40)
    if kind == 1:
        return fdp.ConsumeIntInRange(-5, 10**6)
    if kind == 2:
        return fdp.ConsumeBool()
    if kind == 3:
        return [_option(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 3))]
    if kind == 4:
        return {fdp.ConsumeUnicodeNoSurrogates(8): _option(fdp, depth + 1)}
    return fdp.ConsumeUnicodeNoSurrogates(60)


def configs(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    config: dict = {"rules": {}}
    for _ in range(fdp.ConsumeIntInRange(1, 4)):
        code, name = _OPTIONS[fdp.ConsumeIntInRange(0, len(_OPTIONS) - 1)]
        config["rules"].setdefault(code, {})[name] = _option(fdp)
        if fdp.ConsumeBool():
            config["rules"][code]["severity"] = ["error", "warning", "info", fdp.ConsumeUnicodeNoSurrogates(5)][fdp.ConsumeIntInRange(0, 3)]
    if fdp.ConsumeBool():
        config["profile"] = {_FIELDS[fdp.ConsumeIntInRange(0, len(_FIELDS) - 1)]: fdp.ConsumeUnicodeNoSurrogates(30)
                             for _ in range(fdp.ConsumeIntInRange(1, 3))}
    if fdp.ConsumeBool():
        config["per-selector-ignores"] = {fdp.ConsumeUnicodeNoSurrogates(20): [_RULES[fdp.ConsumeIntInRange(0, len(_RULES) - 1)].code]}
    html = EXAMPLE if fdp.ConsumeBool() else EXAMPLE.replace("<h1", "<h1 " + fdp.ConsumeUnicodeNoSurrogates(40) + " ", 1)
    _lint_and_extract(html, config)


_KEYWORDS = [
    "type", "properties", "required", "items", "prefixItems", "$ref", "$defs", "definitions", "enum", "const", "pattern", "format",
    "minLength", "maxLength", "minimum", "maximum", "anyOf", "oneOf", "allOf", "not", "if", "then", "else", "additionalProperties",
    "patternProperties", "dependentRequired", "contains", "minItems", "uniqueItems", "$schema", "$id", "id", "$anchor", "$dynamicRef",
    "$dynamicAnchor", "propertyNames", "unevaluatedProperties", "multipleOf", "description", "exclusiveMinimum", "dependencies",
    "additionalItems", "maxContains", "$recursiveRef", "$recursiveAnchor", "contentMediaType",
]
_MODEL_KEYS = ["headline", "published", "images", "authors", "byline", "lang", "section", "attribution", "headings", "skip_links",
               "structured_data", "datetime", "text", "credit", "alt", "caption", "0", "source"]
_DIALECTS = ["https://json-schema.org/draft/2020-12/schema", "http://json-schema.org/draft-07/schema#",
             "http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-03/schema#",
             "https://json-schema.org/draft/2019-09/schema", "http://json-schema.org/draft-06/schema#"]
_FORMATS = ["date", "date-time", "uri", "email", "regex", "time", "ipv4", "uri-reference", "iri", "json-pointer", "duration", "uuid"]
_REFS = ["#", "#/$defs/a", "#/definitions/a", "other.json", "other.json#/a", "#a", "artlint:model.schema.json", "#/properties/headline",
         "#/$defs/a/0"]


def _scalar(fdp):
    return [None, fdp.ConsumeBool(), fdp.ConsumeIntInRange(-3, 300), fdp.ConsumeFloat(), fdp.ConsumeUnicodeNoSurrogates(12), []][
        fdp.ConsumeIntInRange(0, 5)]


def _schema(fdp, depth: int = 0):
    if depth > 3 or fdp.ConsumeIntInRange(0, 5) == 0:
        return fdp.ConsumeBool() if fdp.ConsumeBool() else {}
    out: dict = {}
    for _ in range(fdp.ConsumeIntInRange(0, 4)):
        key = _KEYWORDS[fdp.ConsumeIntInRange(0, len(_KEYWORDS) - 1)]
        choice = fdp.ConsumeIntInRange(0, 3)
        if choice == 0:
            out[key] = _scalar(fdp)
        elif key in ("properties", "$defs", "definitions", "patternProperties", "dependentRequired", "dependencies"):
            out[key] = {(_MODEL_KEYS[fdp.ConsumeIntInRange(0, len(_MODEL_KEYS) - 1)] if key != "patternProperties"
                         else fdp.ConsumeUnicodeNoSurrogates(6)): _schema(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 3))}
        elif key == "required":
            out[key] = [_MODEL_KEYS[fdp.ConsumeIntInRange(0, len(_MODEL_KEYS) - 1)] for _ in range(fdp.ConsumeIntInRange(0, 3))]
        elif key == "type":
            out[key] = ["object", "array", "string", "integer", "number", "null", "boolean", "any"][fdp.ConsumeIntInRange(0, 7)]
        elif key == "enum":
            out[key] = [_scalar(fdp) for _ in range(fdp.ConsumeIntInRange(0, 3))]
        elif key in ("anyOf", "oneOf", "allOf", "prefixItems", "items"):
            out[key] = [_schema(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 3))] if choice != 3 else _schema(fdp, depth + 1)
        elif key in ("$ref", "$dynamicRef", "$recursiveRef"):
            out[key] = _REFS[fdp.ConsumeIntInRange(0, len(_REFS) - 1)] if choice != 3 else fdp.ConsumeUnicodeNoSurrogates(15)
        elif key == "$schema":
            out[key] = _DIALECTS[fdp.ConsumeIntInRange(0, len(_DIALECTS) - 1)]
        elif key == "format":
            out[key] = _FORMATS[fdp.ConsumeIntInRange(0, len(_FORMATS) - 1)]
        else:
            out[key] = _schema(fdp, depth + 1) if choice == 3 else _scalar(fdp)
    return out


_FOLDER = Path(tempfile.mkdtemp(prefix="artlint-fuzz-"))


def contracts_(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    main, other = _schema(fdp), _schema(fdp)
    (_FOLDER / "other.json").write_text(json.dumps(other))
    path = _FOLDER / f"contract-{os.getpid()}-{hash(data)}.json"
    path.write_text(json.dumps(main))
    try:
        _clear(contracts.load.__wrapped__, str(path))
        _clear(artlint.lint_string, EXAMPLE, {"contract": str(path)}, select=["CON"])
    finally:
        path.unlink()


def _toml(value) -> str:
    """A value as TOML writes it (strings as JSON writes them, which TOML reads, but for DEL)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value).replace("NaN", "nan").replace("Infinity", "inf")
    if isinstance(value, list):
        return "[" + ", ".join(map(_toml, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml(str(k))} = {_toml(v)}" for k, v in value.items()) + "}"
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")


_CHECKS = ["exists", "absent", "matches", "not-matches", "has-attribute", "max-count"]
_SELECTORS = ["p.x", "article .byline", "img", "figure figcaption", "time[datetime]", "h1, h2", "a[href^='#']", "main > p:first-child",
              "[data-x]", "p:not(.x)", ".credit", "*", "p:nth-child(2n+1)", "a:contains('x')", "html"]
_PATTERNS = ["^x", "(?i)by ", "\\d{4}", "^(Image|Photo): .+/.+$", "(a+)+$", "[", "\\p{L}", "(?P<n>x)(?P=n)", "$^", "é"]
_PACK_PAGES = ['<p class="x">{0}</p>', '<article><p class="byline">{0}</p></article>', '<img src="{0}" alt="{1}">',
               '<figure><img src="a.jpg" alt="{0}"><figcaption>{1}</figcaption></figure>', '<time datetime="{0}">{1}</time>',
               '<h1>{0}</h1><h2>{1}</h2>', '<a href="#{0}">{1}</a><main id="{0}"></main>', '<div data-x="{0}">{1}</div>', "{0}"]
_PACK = _FOLDER / "pack.toml"


def _pick(fdp, choices):
    return choices[fdp.ConsumeIntInRange(0, len(choices) - 1)] if fdp.ConsumeIntInRange(0, 5) else fdp.ConsumeUnicodeNoSurrogates(20)


def _pack_page(fdp) -> str:
    return _PACK_PAGES[fdp.ConsumeIntInRange(0, len(_PACK_PAGES) - 1)].format(_value(fdp), _value(fdp))


def packs_(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    pack: dict = {"pack": {"name": _pick(fdp, ["house", "dw"]), "description": "Fuzzed."}}
    if fdp.ConsumeBool():
        pack["extends"] = [_pick(fdp, ["artlint:recommended", "artlint:dw", "artlint:ap", str(_PACK), "pack.toml"])]
    for key in ("select", "extend-select", "ignore"):
        if fdp.ConsumeIntInRange(0, 3) == 0:
            pack[key] = [_pick(fdp, [rule.code for rule in _RULES] + [rule.name for rule in _RULES] + ["ALL", "IMG", "HSE", "HSE001"])]
    for _ in range(fdp.ConsumeIntInRange(0, 2)):
        code, name = _OPTIONS[fdp.ConsumeIntInRange(0, len(_OPTIONS) - 1)]
        pack.setdefault("rules", {}).setdefault(code, {})[name] = _option(fdp)
    for i in range(fdp.ConsumeIntInRange(0, 2)):
        custom = {"code": _pick(fdp, [f"HSE00{i + 1}", "IMG001", "HS1"]), "name": _pick(fdp, [f"house-rule-{i}", "missing-h1"]),
                  "summary": "S.", "message": _value(fdp) or "m", "selector": _pick(fdp, _SELECTORS), "check": _pick(fdp, _CHECKS),
                  "incorrect": [_pack_page(fdp) for _ in range(fdp.ConsumeIntInRange(0, 2))],
                  "correct": [_pack_page(fdp) for _ in range(fdp.ConsumeIntInRange(0, 2))]}
        if fdp.ConsumeBool():
            custom["pattern"] = _pick(fdp, _PATTERNS)
        if fdp.ConsumeBool():
            custom["attribute"] = _pick(fdp, ["alt", "title", "class", "data-x", "datetime"])
        if fdp.ConsumeBool():
            custom["max"] = fdp.ConsumeIntInRange(-2, 3) if fdp.ConsumeBool() else _scalar(fdp)
        if fdp.ConsumeIntInRange(0, 3) == 0:
            custom["severity"] = _pick(fdp, ["error", "warning", "info"])
        pack.setdefault("custom", []).append(custom)
    try:
        _PACK.write_text("\n".join(f"{_toml(key)} = {_toml(value)}" for key, value in pack.items()) + "\n", encoding="utf-8")
    except UnicodeEncodeError:
        return
    packs.load_pack.cache_clear()
    packs._CUSTOM_CLASSES.clear()
    config = {"extends": [str(_PACK)]}
    html = EXAMPLE.replace("<main", _pack_page(fdp) + "<main", 1) if fdp.ConsumeBool() else EXAMPLE
    _clear(artlint.lint_string, html, config, select=["ALL"])
    _clear(artlint.lint_string, html, config)


_LANGS = ["en", "de", "fr", "ja", "zh", "ar", "ru", "es", "fa", "he", "hi", "th", "ko", "pt-BR", "xx", "", "de-CH", "sr-Latn"]
_AGENCIES = ["AP", "AFP", "dpa", "Reuters", "KNA", "epd", "SID", "EFE"]


def dates_(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    which = fdp.ConsumeIntInRange(0, 9)
    lang = _LANGS[fdp.ConsumeIntInRange(0, len(_LANGS) - 1)]
    text = fdp.ConsumeUnicodeNoSurrogates(200)
    day = date(2016, 12, 6)
    if which == 0:
        dates.parse_datetime_value(text)
    elif which == 1:
        dates.parse_any(text, lang)
    elif which == 2:
        dates.parse_visible_date(text, lang, fdp.ConsumeBool())
    elif which == 3:
        dates.moment_written(text, day)
        dates.time_written(text)
    elif which == 4:
        dates.moment_suggested(text, day, text[:20])
    elif which == 5:
        found = signoffs.parse_signoff(text, _AGENCIES)
        if found is not None:
            signoffs.corrected(found, _AGENCIES)
    elif which == 6:
        credit_text.credit_in_text(text, "Image: {credit}")
    elif which == 7:
        credit_text.reads_as_sentence(text)
        credit_text.closing_credit(text)
    elif which == 8:
        pattern = fdp.ConsumeUnicodeNoSurrogates(30)
        if dates.date_pattern_error(pattern) is None:
            dates.format_house(day, pattern, lang)
    else:
        meant = dates.value_meant(text, lang)  # what a message tells the page to write must itself be valid
        if meant is not None:
            assert isinstance(dates.parse_datetime_value(meant), dates.MachineDate), (text, meant)
            assert dates.parse_iso(meant) is not None, (text, meant)


TARGETS = {"pages": pages, "fragments": fragments, "configs": configs, "contracts": contracts_, "packs": packs_, "dates": dates_}


def main() -> None:
    if len(sys.argv) < 3 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} CORPUS_DIR [SEED_DIR…] [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    _lint_and_extract(EXAMPLE)  # every module a rule imports on first use is loaded before it is instrumented
    atheris.instrument_all()
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
