"""Rule packs: extends, validation errors that name the pack and key, own rules, bounded patterns."""

from __future__ import annotations

import json
import textwrap

import pytest

from .conftest import assert_one_error, page

ARTICLE = page('<main><article><h1>Headline</h1><p class="teaser">Summary.</p><p>Text.</p></article></main>')


def write_pack(tmp_path, body: str, name: str = "house.toml") -> None:
    (tmp_path / name).write_text(textwrap.dedent(body))


PACK_HEAD = '[pack]\nname = "house"\ndescription = "Our house style."\n'


def test_a_local_pack_sets_options_and_declares_rules(run, tmp_path):
    write_pack(tmp_path, 'select = ["headings"]\n' + PACK_HEAD + '''
        [rules.heading-too-long]
        max-length = 5

        [[custom]]
        code = "HSE001"
        name = "no-marquee"
        summary = "No marquee."
        message = "marquee element; remove it"
        selector = "marquee"
        check = "absent"
        incorrect = ["<marquee>x</marquee>"]
        correct = ["<p>x</p>"]
    ''')
    (tmp_path / "artlint.toml").write_text('extends = ["house.toml"]\n')
    (tmp_path / "p.html").write_text(page("<h1>Headline</h1>\n<marquee>Breaking</marquee>"))
    result = run("p.html", "--format", "json")
    found = [(f["code"], f["line"], f["message"]) for f in json.loads(result.out)["findings"]]
    assert found == [
        ("HDG005", 5, "h1 is 8 characters long (limit 5); shorten it or make it a paragraph"),
        ("HSE001", 6, "marquee element; remove it"),
    ]


# Each check's examples, which must do what they say for the pack to load.
_EXAMPLES = {
    "exists": ("<p>x</p>", '<p class="byline">By X</p>'),
    "absent": ('<p class="byline">a</p>', "<p>x</p>"),
    "matches": ('<p class="byline">by x</p>', '<p class="byline">By X</p>'),
    "has-attribute": ('<p class="byline">b</p>', '<p class="byline" data-author-id="7">a</p>'),
    "max-count": ('<p class="byline">a</p><p class="byline">b</p>', '<p class="byline">a</p>'),
}


def write_custom_rule(tmp_path, **fields) -> None:
    """A pack with one rule of its own, made of ``fields`` (written as TOML), and a configuration that extends it."""
    rule = "".join(f"{key} = {json.dumps(value, ensure_ascii=False)}\n" for key, value in fields.items())
    write_pack(tmp_path, 'select = ["house"]\n' + PACK_HEAD + "[[custom]]\n" + rule)
    (tmp_path / "artlint.toml").write_text('extends = ["house.toml"]\n')


def custom_rule_findings(run, tmp_path, html: str, **fields) -> list[dict]:
    """The findings on a page of a pack's one rule of its own, made of ``fields``."""
    write_custom_rule(tmp_path, **fields)
    (tmp_path / "p.html").write_text(page(html))
    return json.loads(run("p.html", "--format", "json").out)["findings"]


@pytest.mark.parametrize(
    ("check", "extra", "html", "expected"),
    [
        ("exists", {}, "<p>x</p>", 1),
        ("exists", {}, '<p class="byline">By X</p>', 0),
        ("absent", {}, '<p class="byline">a</p><p class="byline">b</p>', 2),
        ("matches", {"pattern": "^By [A-Z]"}, '<p class="byline">by x</p><p class="byline">By X</p>', 1),
        ("has-attribute", {"attribute": "data-author-id"}, '<p class="byline" data-author-id="7">a</p><p class="byline">b</p>', 1),
        ("max-count", {"max": 1}, '<p class="byline">a</p><p class="byline">b</p><p class="byline">c</p>', 2),
    ],
)
def test_custom_rule_checks(run, tmp_path, check, extra, html, expected):
    incorrect, correct = _EXAMPLES[check]
    findings = custom_rule_findings(run, tmp_path, html, code="HSE002", name="byline", summary="Bylines.", message="byline problem",
                                    selector=".byline", check=check, **extra, incorrect=[incorrect], correct=[correct])
    assert [f["code"] for f in findings] == ["HSE002"] * expected


@pytest.mark.parametrize(
    ("check", "extra", "incorrect", "correct", "html", "messages"),
    [
        # Link texts that say nothing of where they go.
        ("not-matches", {"pattern": "(?i)^(click )?here$"}, '<a class="more" href="/a">click here</a>', '<a class="more" href="/a">The vote</a>',
         '<a class="more" href="/a">Here</a> <a class="more" href="/b">Aleppo after the vote</a> <a class="more" href="/c">click here</a>',
         ["say where the link goes (“Here”)", "say where the link goes (“click here”)"]),
        ("not-matches", {"pattern": "Lorem ipsum"}, '<a class="more" href="/a">Read Lorem ipsum now</a>', '<a class="more" href="/a">Read more</a>',
         '<a class="more" href="/a">Read Lorem ipsum dolor</a>', ["say where the link goes (“Lorem ipsum” in “Read Lorem ipsum dolor”)"]),
        # Links to the site's own pages, by their address.
        ("matches", {"attribute": "href", "pattern": "^(/|https://www\\.dw\\.com/)"}, '<a class="more" href="http://evil.example/">x</a>',
         '<a class="more" href="/en/a">x</a>', '<a class="more" href="/en/b">x</a> <a class="more" href="https://example.org/">y</a> <a class="more">z</a>',
         ["say where the link goes (href=“https://example.org/”)", "say where the link goes (href=“”)"]),
        ("not-matches", {"attribute": "href", "pattern": "^javascript:"}, '<a class="more" href="javascript:go()">x</a>',
         '<a class="more" href="/a">x</a>', '<a class="more" href="javascript:void(0)">x</a> <a class="more" href="/b">y</a>',
         ["say where the link goes (“javascript:” in href=“javascript:void(0)”)"]),
    ],
)
def test_custom_rules_that_search_a_pattern_in_the_text_or_an_attribute(run, tmp_path, check, extra, incorrect, correct, html, messages):
    findings = custom_rule_findings(run, tmp_path, html, code="HSE003", name="link-text", summary="Links say where they go.",
                                    message="say where the link goes", selector="a.more", check=check, **extra,
                                    incorrect=[incorrect], correct=[correct])
    assert [f["message"] for f in findings] == messages


@pytest.mark.parametrize(
    ("pack", "fragments"),
    [
        ("[pack\n", ["house.toml", "invalid TOML"]),
        ('[pack]\nname = "house"\n', ["house.toml", "pack"]),
        (PACK_HEAD + 'colour = "red"\n', ["house.toml", "unknown key 'colour'"]),
        ('select = ["NOPE001"]\n' + PACK_HEAD, ["house.toml", "select[0]: unknown rule code or name 'NOPE001'"]),
        (PACK_HEAD + '[rules.heading-too-long]\nmax-length = "x"\n', ["house.toml", "rules.heading-too-long.max-length: expected an integer"]),
        (PACK_HEAD + '[rules.credit-format]\npattern = "(unclosed"\n', ["house.toml", "rules.credit-format.pattern: invalid regular expression"]),
        (PACK_HEAD + '[rules.captions]\n', ["house.toml", "rules.captions: unknown rule code or name"]),
        (PACK_HEAD + '[[custom]]\ncode = "X1"\nname = "x"\nsummary = "s"\nmessage = "m"\nselector = "p"\ncheck = "exists"\nincorrect = ["a"]\ncorrect = ["b"]\n',
         ["house.toml", "custom[0].code"]),
        (PACK_HEAD + '[[custom]]\ncode = "HSE001"\nname = "x"\nsummary = "s"\nmessage = "m"\nselector = "p"\ncheck = "matches"\nincorrect = ["a"]\ncorrect = ["b"]\n',
         ["house.toml", "custom[0]: check “matches” needs “pattern”"]),
        (PACK_HEAD + '[[custom]]\ncode = "HSE001"\nname = "x"\nsummary = "s"\nmessage = "m"\nselector = "p"\ncheck = "not-matches"\nincorrect = ["a"]\ncorrect = ["b"]\n',
         ["house.toml", "custom[0]: check “not-matches” needs “pattern”"]),
        (PACK_HEAD + '[[custom]]\ncode = "HSE001"\nname = "x"\nsummary = "s"\nmessage = "m"\nselector = "p >> ["\ncheck = "exists"\nincorrect = ["a"]\ncorrect = ["b"]\n',
         ["house.toml", "custom[0].selector: invalid CSS selector"]),
        (PACK_HEAD + '[[custom]]\ncode = "HSE001"\nname = "x"\nsummary = "s"\nmessage = "m"\nselector = "svg|a"\ncheck = "exists"\nincorrect = ["a"]\ncorrect = ["b"]\n',
         ["house.toml", "custom[0].selector: invalid CSS selector 'svg|a': a namespace prefix matches nothing in an HTML page; leave it out"]),
        (PACK_HEAD + '[[custom]]\ncode = "HSE001"\nname = "x"\nsummary = "s"\nmessage = "m"\nselector = "p"\ncheck = "exists"\nincorrect = []\ncorrect = ["b"]\n',
         ["house.toml", "custom[0].incorrect"]),
        ('extends = ["house.toml"]\n' + PACK_HEAD, ["extends[0]", "extends itself"]),
        # An attribute's name that HTML cannot write or lxml cannot look up (found by fuzzing: a control character was an
        # internal error while the examples were checked)
        (PACK_HEAD + '[[custom]]\ncode = "HSE001"\nname = "x"\nsummary = "s"\nmessage = "m"\nselector = "img"\ncheck = "has-attribute"\n'
         'attribute = "data\\u000fcredit"\nincorrect = ["<img>"]\ncorrect = ["<img alt=x>"]\n',
         ["house.toml", "custom[0].attribute: “data␏credit” is not an attribute's name: it holds U+000F; write one such as alt or data-credit"]),
        (PACK_HEAD + '[[custom]]\ncode = "HSE001"\nname = "x"\nsummary = "s"\nmessage = "m"\nselector = "img"\ncheck = "matches"\npattern = "x"\n'
         'attribute = "data credit"\nincorrect = ["<img>"]\ncorrect = ["<img alt=x>"]\n',
         ["house.toml", "custom[0].attribute: “data credit” is not an attribute's name: it holds a space"]),
        (PACK_HEAD + '[[custom]]\ncode = "HSE001"\nname = "x"\nsummary = "s"\nmessage = "m"\nselector = "img"\ncheck = "has-attribute"\n'
         'attribute = "{x}alt"\nincorrect = ["<img>"]\ncorrect = ["<img alt=x>"]\n',
         ["house.toml", "custom[0].attribute: “{x}alt” is not an attribute's name: it holds “{”"]),
    ],
    ids=["toml", "no-description", "unknown-key", "unknown-rule", "option-type", "bad-regex", "family-as-rule",
         "bad-code", "missing-pattern", "missing-pattern-not", "bad-selector", "namespace-selector", "no-examples", "cycle",
         "attribute-control-character", "attribute-space", "attribute-namespace"],
)
def test_invalid_packs(run, tmp_path, pack, fragments):
    write_pack(tmp_path, pack)
    (tmp_path / "artlint.toml").write_text('extends = ["house.toml"]\n')
    (tmp_path / "p.html").write_text(ARTICLE)
    assert_one_error(run("p.html"), *fragments)


def test_unknown_shipped_pack_and_missing_pack_file(run, tmp_path):
    (tmp_path / "p.html").write_text(ARTICLE)
    (tmp_path / "artlint.toml").write_text('extends = ["artlint:nyt"]\n')
    assert_one_error(run("p.html"), "artlint.toml", "extends[0]: unknown pack 'artlint:nyt'", "artlint:dw")
    (tmp_path / "artlint.toml").write_text('extends = ["packs/missing.toml"]\n')
    assert_one_error(run("p.html"), "extends[0]: pack 'packs/missing.toml' not found")


def test_a_pattern_that_backtracks_forever_is_stopped(run, tmp_path):
    write_pack(tmp_path, 'select = ["house"]\n' + PACK_HEAD + '''
        [[custom]]
        code = "HSE003"
        name = "slow"
        summary = "Slow."
        message = "m"
        selector = "p"
        check = "matches"
        pattern = "^(a|aa)+$"
        incorrect = ["<p>b</p>"]
        correct = ["<p>a</p>"]
    ''')
    (tmp_path / "artlint.toml").write_text('extends = ["house.toml"]\n')
    (tmp_path / "p.html").write_text(page("<p>" + "a" * 40 + "!</p>"))
    assert_one_error(run("p.html"), "p.html", "regular expression '^(a|aa)+$' took longer than", "simplify it")


def test_shipped_packs_are_valid_and_their_rules_documented(run):
    listing = run("rules").out
    for code in ("DW001", "DW002", "DW003", "AP001"):
        assert code in listing
    explained = run("explain", "DW001").out
    assert "dw-teaser" in explained and "Incorrect:" in explained


def test_shipped_packs_validate_against_the_pack_schema():
    import tomllib

    from jsonschema import Draft202012Validator

    from artlint.packs import shipped_packs
    from artlint.resources import schema
    from artlint.schemas import _shipped_registry

    validator = Draft202012Validator(schema("pack.schema.json"), registry=_shipped_registry())
    packs = shipped_packs()
    assert {p.stem for p in packs} == {"recommended", "dw", "ap"}
    for path in packs:
        validator.validate(tomllib.loads(path.read_text()))


def test_shipped_packs_options_and_default_contract_are_valid():
    """The checks a run skips for what artlint ships, made here once."""
    import json as json_mod
    import tomllib

    from jsonschema import Draft202012Validator

    from artlint.config import _validate_options, Layer
    from artlint.packs import shipped_packs
    from artlint.registry import default_registry
    from artlint.resources import data_dir

    registry = default_registry()
    for path in shipped_packs():
        layer = Layer(path, tomllib.loads(path.read_text()), is_pack=True)
        for key, table in layer.data.get("rules", {}).items():
            options = {k: v for k, v in table.items() if k != "severity"}
            if options:
                _validate_options(registry.get(key), options, layer)
    for name in ("article.schema.json", "model.schema.json", "report.schema.json", "config.schema.json", "pack.schema.json"):
        Draft202012Validator.check_schema(json_mod.loads((data_dir("schemas") / name).read_text()))


@pytest.mark.parametrize(("incorrect", "correct", "error"), [
    ('<p class="by-line">x</p>', "<p>y</p>",
     "custom[0].incorrect[0]: HSE003 finds nothing in this example of the fault (its absent check passes; the selector “.byline” "
     "matches 0 elements in it)"),
    ('<p class="byline">x</p>', '<div><p class="byline">y</p></div>', "custom[0].correct[0]: HSE003 reports this example of the right way: “no bylines here”"),
    ("", "<p>y</p>", "custom[0].incorrect[0]: the example cannot be linted: not an HTML page: it holds no tags"),
])
def test_a_packs_examples_must_do_what_they_say(run, tmp_path, incorrect, correct, error):
    """A selector that misses what its author meant (a class spelt otherwise) made a rule that never fired, and nothing said so."""
    write_custom_rule(tmp_path, code="HSE003", name="no-byline", summary="No bylines.", message="no bylines here", selector=".byline",
                      check="absent", incorrect=[incorrect], correct=[correct])
    (tmp_path / "p.html").write_text(page("<h1>Headline</h1>"))
    assert_one_error(run("p.html"), "house.toml: " + error)
