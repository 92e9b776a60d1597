"""Configuration discovery, selection, severities, per-file ignores and plugins."""

from __future__ import annotations

import json
import textwrap

import pytest

from .conftest import ROOT, assert_one_error, page

DEEP = page("<h1>Headline</h1>\n<h3>Too deep</h3>\n<h2>" + "y" * 200 + "</h2>")


def findings(result) -> list[tuple[str, str, str]]:
    return [(f["path"], f["code"], f["severity"]) for f in json.loads(result.out)["findings"]]


def test_nearest_configuration_upward_wins(run, tmp_path):
    (tmp_path / "site/news").mkdir(parents=True)
    (tmp_path / "site/news/a.html").write_text(DEEP)
    (tmp_path / "site/b.html").write_text(DEEP)
    (tmp_path / "c.html").write_text(DEEP)
    (tmp_path / "pyproject.toml").write_text('[tool.artlint]\nselect = ["HDG"]\nignore = ["HDG005"]\n')
    (tmp_path / "site/artlint.toml").write_text('select = ["HDG"]\nignore = ["HDG003"]\n')
    (tmp_path / "site/news/pyproject.toml").write_text("[project]\nname = 'not-artlint'\n")  # no [tool.artlint]: skipped
    result = run(".", "--format", "json")
    assert findings(result) == [
        ("c.html", "HDG003", "error"),
        ("site/b.html", "HDG005", "warning"),
        ("site/news/a.html", "HDG005", "warning"),
    ]
    # --config overrides discovery for every page.
    (tmp_path / "other.toml").write_text('select = ["HDG005"]\n')
    assert {f[1] for f in findings(run(".", "--format", "json", "--config", "other.toml"))} == {"HDG005"}


@pytest.mark.parametrize("pyproject", [
    '[tool.artlint]\nselect = ["HDG005"]\n',
    '[ tool . artlint ]\nselect = ["HDG005"]\n',
    '[tool]\nartlint = { select = ["HDG005"] }\n',
    '[tool."artlint"]\nselect = ["HDG005"]\n',
    '[project]\nname = "site"\n[tool.artlint]\nselect = ["HDG005"]\n[tool.other]\nx = 1\n',
])
def test_pyproject_configures_artlint_in_any_of_tomls_spellings(run, tmp_path, pyproject):
    (tmp_path / "p.html").write_text(DEEP)
    (tmp_path / "pyproject.toml").write_text(pyproject)
    assert [f[1] for f in findings(run("p.html", "--format", "json"))] == ["HDG005"]


@pytest.mark.parametrize(("pyproject", "error"), [
    ('[tool]\nartlint = 3\n', "[tool.artlint] must be a table"),
    ('[tool.artlint\nselect = ["HDG005"]\n', "invalid TOML"),
])
def test_a_pyproject_that_means_to_configure_artlint_and_cannot_is_an_error(run, tmp_path, pyproject, error):
    (tmp_path / "p.html").write_text(DEEP)
    (tmp_path / "pyproject.toml").write_text(pyproject)
    result = run("p.html")
    assert result.code == 2 and error in result.err


def test_a_pyproject_that_only_names_artlint_is_not_its_configuration(run, tmp_path):
    (tmp_path / "p.html").write_text(DEEP)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "site"\ndependencies = ["artlint"]\n')
    assert {f[1] for f in findings(run("p.html", "--format", "json"))} >= {"HDG003", "HDG005"}


def test_artlint_toml_beats_pyproject_in_the_same_directory(run, tmp_path):
    (tmp_path / "p.html").write_text(DEEP)
    (tmp_path / "pyproject.toml").write_text('[tool.artlint]\nselect = ["HDG005"]\n')
    (tmp_path / "artlint.toml").write_text('select = ["HDG003"]\n')
    assert [f[1] for f in findings(run("p.html", "--format", "json"))] == ["HDG003"]


def test_severity_override_and_fail_on_from_config(run, tmp_path):
    (tmp_path / "p.html").write_text(DEEP)
    (tmp_path / "artlint.toml").write_text(textwrap.dedent("""
        select = ["HDG"]
        fail-on = "warning"
        [rules.heading-level-skipped]
        severity = "info"
    """))
    result = run("p.html", "--format", "json")
    assert findings(result) == [("p.html", "HDG003", "info"), ("p.html", "HDG005", "warning")]
    assert result.code == 1  # the warning fails at fail-on = warning
    assert run("p.html", "--fail-on", "error").code == 0


def test_rule_options_change_behaviour(run, tmp_path):
    (tmp_path / "p.html").write_text(page("<h1>Headline</h1><h2>Twelve chars</h2>"))
    (tmp_path / "artlint.toml").write_text('select = ["HDG"]\n[rules.HDG005]\nmax-length = 10\n')
    result = run("p.html", "--format", "json")
    assert [(f["code"], f["message"]) for f in json.loads(result.out)["findings"]] == [
        ("HDG005", "h2 is 12 characters long (limit 10); shorten it or make it a paragraph")
    ]


def test_per_file_ignores(run, tmp_path):
    (tmp_path / "legacy/2015").mkdir(parents=True)
    (tmp_path / "legacy/2015/old.html").write_text(DEEP)
    (tmp_path / "new.html").write_text(DEEP)
    (tmp_path / "artlint.toml").write_text('select = ["HDG"]\n[per-file-ignores]\n"legacy/**/*.html" = ["HDG003", "heading-too-long"]\n"new.html" = ["HDG005"]\n')
    assert findings(run(".", "--format", "json")) == [("new.html", "HDG003", "error")]


def _site_with_excluded_pages(tmp_path):
    for name in ("news/story.html", "news/partials/nav.html", "news/story.amp.html", "404.html", "archive/404.html", "drafts/a/b.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(DEEP)
    (tmp_path / "artlint.toml").write_text('select = ["HDG003"]\nexclude = ["partials", "*.amp.html", "/404.html", "drafts/"]\n')


def test_exclude_skips_pages_found_in_directories_and_by_patterns(run, tmp_path):
    """A pattern without a slash is a name anywhere (a page's, or a directory's above it); with one, a path from the
    configuration's directory; the summary counts the pages left out."""
    _site_with_excluded_pages(tmp_path)
    result = run(".", "--format", "json", "--no-cache")
    assert findings(result) == [("archive/404.html", "HDG003", "error"), ("news/story.html", "HDG003", "error")]
    assert json.loads(result.out)["summary"]["excluded"] == 4
    assert [f[0] for f in findings(run("news/**/*.html", "--format", "json", "--no-cache"))] == ["news/story.html"]
    assert run("news", "--no-cache").out.strip() == "news/story.html:6:1: HDG003 h3 follows h1 at 5:1, skipping level 2; use h2 here [error]\n" \
        "Found 1 problem (1 error, 0 warnings, 0 info) in 1 page (2 excluded)."
    # --exclude adds patterns, relative to the working directory
    assert findings(run(".", "--format", "json", "--no-cache", "--exclude", "archive,news/story.html")) == []


def test_a_page_named_on_the_command_line_is_linted_unless_exclusion_is_forced(run, tmp_path):
    _site_with_excluded_pages(tmp_path)
    named = run("news/partials/nav.html", "--format", "json", "--no-cache")
    assert findings(named) == [("news/partials/nav.html", "HDG003", "error")]
    # named as well as found in a directory named before it: named
    both = run("news", "news/partials/nav.html", "--format", "json", "--no-cache")
    assert [f[0] for f in findings(both)] == ["news/partials/nav.html", "news/story.html"]
    forced = run("--force-exclude", "news/partials/nav.html", "news/story.html", "--format", "json", "--no-cache")
    assert findings(forced) == [("news/story.html", "HDG003", "error")]
    assert json.loads(forced.out)["summary"]["excluded"] == 1
    # standard input named as an excluded page, as an editor sends it
    stdin = run("-", "--stdin-filename", "drafts/a/b.html", "--force-exclude", "--format", "json", stdin=DEEP.encode())
    assert findings(stdin) == [] and json.loads(stdin.out)["summary"]["excluded"] == 1


def test_show_files_lists_the_pages_a_run_would_lint(run, tmp_path):
    _site_with_excluded_pages(tmp_path)
    listed = run(".", "--show-files")
    assert listed.code == 0 and listed.out == "archive/404.html\nnews/story.html\n" and listed.err == ""
    assert run("news", "news/partials/nav.html", "--show-files").out == "news/partials/nav.html\nnews/story.html\n"  # named too: linted
    assert run("news/partials/nav.html", "--show-files", "--force-exclude").out == ""
    missing = run("news", "gone.html", "--show-files")
    assert missing.code == 2 and missing.out == "news/story.html\n" and "gone.html: no such file or directory" in missing.err


def test_exclude_in_extract_and_in_the_library_api(run, tmp_path, monkeypatch):
    import artlint

    _site_with_excluded_pages(tmp_path)
    result = run("extract", "news", "--format", "jsonl")
    assert [json.loads(line)["path"] for line in result.out.splitlines()] == ["news/story.html"]
    nothing = run("extract", "news/partials")
    assert nothing.code == 0 and nothing.out == "" and nothing.err == "artlint: the page found is excluded; nothing to extract\n"
    monkeypatch.chdir(tmp_path)
    assert [r.path for r in artlint.lint_paths(["."])] == ["archive/404.html", "news/story.html"]


@pytest.mark.parametrize(("toml", "message"), [
    ('exclude = "partials"\n', "exclude: expected an array, got 'partials'"),
    ('exclude = ["/"]\n', "exclude[0]"),
    ('exclude = ["build/", "!build/index.html"]\n',
     "exclude[1]: '!build/index.html': '!' takes pages back in, which exclude does not do: list only the pages to leave out"),
])
def test_a_broken_exclude_is_a_configuration_error(run, tmp_path, toml, message):
    (tmp_path / "p.html").write_text(DEEP)
    (tmp_path / "artlint.toml").write_text(toml)
    result = run("p.html")
    assert result.code == 2 and message in result.err and "Traceback" not in result.err


@pytest.mark.parametrize(("pattern", "message"), [
    ("/", "--exclude '/': names no page"),
    ("!page.html", "--exclude '!page.html': '!' takes pages back in, which exclude does not do: list only the pages to leave out"),
])
def test_a_broken_exclude_on_the_command_line_is_a_usage_error(run, tmp_path, pattern, message):
    """gitignore's "!" was read as part of a name, so the pattern left out nothing and said nothing."""
    (tmp_path / "page.html").write_text(DEEP)
    assert_one_error(run("page.html", "--exclude", pattern), message)


def test_config_command_shows_what_applies_to_a_page(run, tmp_path):
    _site_with_excluded_pages(tmp_path)
    (tmp_path / "artlint.toml").write_text(
        'extends = ["artlint:dw"]\nselect = ["HDG", "CAP003"]\nignore = ["HDG005"]\nexclude = ["partials"]\n'
        '[per-file-ignores]\n"news/*.html" = ["heading-level-skipped"]\n[per-selector-ignores]\n".ad" = ["images"]\n'
        '[rules.HDG003]\nseverity = "warning"\n[rules.credit-format]\nformat-hint = "our format"\n[profile]\nheadline = "h1.title"\n')
    result = run("config", "news/partials/nav.html")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[:8] == [
        "Settings for news/partials/nav.html:",
        f"  configuration  {tmp_path.resolve() / 'artlint.toml'}",
        "  packs          artlint:recommended, artlint:dw",
        "  fail-on        error",
        f"  contract       {ROOT / 'schemas' / 'article.schema.json'}",
        "  stylesheets    none: only the page's own <style> elements",
        "  max-page-size  52,428,800 bytes",
        f"  excluded       yes, by 'partials' ({tmp_path.resolve() / 'artlint.toml'}); named on the command line it is linted all the same, "
        "unless --force-exclude",
    ]
    rules = [line.split() for line in lines[lines.index("Rules that run (11 of 74):") + 1:lines.index("Options set (where they differ from the rule's default):") - 1]]
    assert ["HDG003", "heading-level-skipped", "warning"] in rules and ["CAP003", "credit-format", "error"] in rules
    assert [r[0] for r in rules] == ["AGY001", "CAP003", "DW001", "DW002", "DW003", "HDG001", "HDG002", "HDG003", "HDG004", "HDG006", "HDG007"]
    assert lines[lines.index("Options set (where they differ from the rule's default):") + 1:][:4] == [
        "  CAP003 credit-format", "    pattern = '^Image: [^/\\s][^/]*(?:/[^/\\s][^/]*)*$'", '    format-hint = "our format"', ""]
    assert f'  ".ad" = ["images"]  ({tmp_path.resolve() / "artlint.toml"})' in lines
    assert lines[-2:] == ["Site profile:", '  headline = "h1.title"']
    described = json.loads(run("config", "news/story.html", "--format", "json").out)
    assert described["excluded"] is None and described["ignored"] == ["HDG003"]
    assert [r["code"] for r in described["rules"]] == ["AGY001", "CAP003", "DW001", "DW002", "DW003", "HDG001", "HDG002", "HDG003", "HDG004",
                                                       "HDG006", "HDG007"]
    assert "HDG005" in described["rules_off"]
    # a directory: its pages' settings; with no configuration, artlint's defaults
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "artlint.toml").write_text("")
    bare = run("config", "elsewhere")
    assert bare.out.splitlines()[1:3] == [f"  configuration  {tmp_path.resolve() / 'elsewhere' / 'artlint.toml'}",
                                          "  packs          artlint:recommended"]


_STYLED = page('<main><article><h1>Story</h1><p>Text.</p>\n'
               '<div class="d-none"><img src="pixel.gif"><h3>Subscribe</h3></div>\n'
               '<div class="d-none d-md-block"><img src="wide.gif"></div>\n'
               '<div class="cookie-bar"><img src="cookie.gif"></div></article></main>')
_BOOTSTRAP = (".d-none{display:none!important}\n@media (min-width:768px){.d-md-block{display:block!important}}\n")


def _where(result) -> list[tuple[str, str]]:
    return [(f"{f['line']}:{f['column']}", f["code"]) for f in json.loads(result.out)["findings"]]


def _styled_site(tmp_path):
    (tmp_path / "site" / "css").mkdir(parents=True)
    (tmp_path / "site" / "css" / "bootstrap.css").write_text(_BOOTSTRAP)
    (tmp_path / "site" / "css" / "site.css").write_text("/* the site's own */ .cookie-bar { display: none }\n")
    (tmp_path / "site" / "p.html").write_text(_STYLED)


def test_the_sites_style_sheets_hide_what_they_never_display(run, tmp_path):
    """A page's linked style sheets are not fetched; the configuration names the site's, and what they never display is
    hidden for every rule and for the article model, as a page's own <style> says it (Bootstrap's "d-none", and its
    "d-none d-md-block" shown from 768 pixels on)."""
    _styled_site(tmp_path)
    select = 'select = ["IMG001", "HDG003"]\n'
    (tmp_path / "site" / "artlint.toml").write_text(select)
    assert _where(run("site/p.html", "--format", "json", "--no-cache")) == [
        ("6:21", "IMG001"), ("6:42", "HDG003"), ("7:32", "IMG001"), ("8:25", "IMG001")]
    (tmp_path / "site" / "artlint.toml").write_text(select + 'stylesheets = ["css/*.css"]\n')
    assert _where(run("site/p.html", "--format", "json", "--no-cache")) == [("7:32", "IMG001")]
    model = json.loads(run("extract", "site/p.html").out)
    assert [h["text"] for h in model["headings"]] == ["Story"]
    described = json.loads(run("config", "site/p.html", "--format", "json").out)
    assert described["stylesheets"] == [str((tmp_path / "site" / "css" / name).resolve()) for name in ("bootstrap.css", "site.css")]
    # on the command line, relative to the working directory, with the configured ones
    (tmp_path / "site" / "artlint.toml").write_text(select + 'stylesheets = ["css/site.css"]\n')
    assert _where(run("site/p.html", "--format", "json", "--no-cache")) == [
        ("6:21", "IMG001"), ("6:42", "HDG003"), ("7:32", "IMG001")]
    assert _where(run("site/p.html", "--format", "json", "--no-cache", "--stylesheet", "site/css/bootstrap.css")) == [
        ("7:32", "IMG001")]
    assert [h["text"] for h in json.loads(run("extract", "site/p.html", "--stylesheet", "site/css/boot*.css").out)["headings"]] == ["Story"]


def test_a_changed_style_sheet_is_read_anew_through_the_cache(run, tmp_path):
    _styled_site(tmp_path)
    (tmp_path / "site" / "artlint.toml").write_text('select = ["IMG001"]\nstylesheets = ["css/site.css"]\n')
    assert len(_where(run("site/p.html", "--format", "json"))) == 2
    (tmp_path / "site" / "css" / "site.css").write_text(".cookie-bar { display: none } .d-none { display: none }\n")
    assert _where(run("site/p.html", "--format", "json")) == []


def test_style_sheets_in_the_library_api(tmp_path, monkeypatch):
    from artlint import extract, lint_string

    _styled_site(tmp_path)
    monkeypatch.chdir(tmp_path / "site")
    config = {"select": ["IMG001"], "stylesheets": ["css/bootstrap.css"]}
    assert [f.line for f in lint_string(_STYLED, config)] == [7, 8]
    assert [h["text"] for h in extract(_STYLED, config)["headings"]] == ["Story"]


@pytest.mark.parametrize(("toml", "message"), [
    ('stylesheets = ["css/missing.css"]', "artlint.toml: stylesheets[0]: 'css/missing.css': no file {site}/css/missing.css"),
    ('stylesheets = ["css/site.css", "css/*.scss"]', "artlint.toml: stylesheets[1]: 'css/*.scss': no file matches {site}/css/*.scss"),
    ('stylesheets = ["css"]', "artlint.toml: stylesheets[0]: 'css': {site}/css is a directory; name the style sheets in it (css/*.css)"),
    ('stylesheets = "css/site.css"', "artlint.toml: stylesheets: expected an array, got 'css/site.css'"),
    ('stylesheets = ["css/logo.png"]', "{site}/css/logo.png: not a style sheet: it holds binary data"),
])
def test_a_style_sheet_that_cannot_be_read_is_a_configuration_error(run, tmp_path, toml, message):
    _styled_site(tmp_path)
    (tmp_path / "site" / "css" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "site" / "artlint.toml").write_text(toml + "\n")
    for args in (("site/p.html",), ("extract", "site/p.html")):
        result = run(*args)
        assert_one_error(result, message.format(site=(tmp_path / "site").resolve()))
        assert result.out == ""


def test_a_style_sheet_on_the_command_line_that_is_not_there_is_a_usage_error(run, tmp_path):
    _styled_site(tmp_path)
    assert_one_error(run("site/p.html", "--stylesheet", "nowhere.css"), f"--stylesheet 'nowhere.css': no file {tmp_path.resolve() / 'nowhere.css'}")


@pytest.mark.parametrize(("args", "message"), [
    (("config", "missing.html"), "missing.html: no such file or directory"),
    (("config", "--config", "broken.toml"), "broken.toml: invalid TOML"),
])
def test_config_command_errors(run, tmp_path, args, message):
    (tmp_path / "broken.toml").write_text("select = [\n")
    result = run(*args)
    assert result.code == 2 and message in result.err and "Traceback" not in result.err


WIDGET = page('<main><article><h1>Story</h1><p>Text.</p><img src="a.jpg">\n'
              '<div class="third-party-widget"><div><img src="ad.gif"></div><h3>More</h3><h4></h4></div>\n'
              '<img class="third-party-widget" src="pixel.gif"></article></main>')


def test_per_selector_ignores(run, tmp_path):
    """A rule off on the elements a selector matches and inside them (a widget the newsroom does not render), by code,
    name or family; outside them, and for the other rules inside them, findings stay."""
    (tmp_path / "p.html").write_text(WIDGET)
    (tmp_path / "artlint.toml").write_text('select = ["IMG001", "HDG003", "HDG004"]\n'
                                           '[per-selector-ignores]\n".third-party-widget" = ["images", "empty-heading"]\n')
    result = run("p.html", "--format", "json", "--no-cache")
    assert [(f["line"], f["code"], f["message"].split(";")[0]) for f in json.loads(result.out)["findings"]] == [
        (5, "IMG001", "image (a.jpg) has no alt text"), (6, "HDG003", "h3 follows h1 at 5:16, skipping level 2")]
    # without the table, the widget's findings are there
    (tmp_path / "artlint.toml").write_text('select = ["IMG001", "HDG003", "HDG004"]\n')
    assert [f[1] for f in findings(run("p.html", "--format", "json", "--no-cache"))] == ["IMG001", "IMG001", "HDG003", "HDG004", "IMG001"]


def test_per_selector_ignores_take_effect_through_the_cache(run, tmp_path):
    """(guard) The cache answers for the configuration in force: a changed table is a new key."""
    (tmp_path / "p.html").write_text(WIDGET)
    (tmp_path / "artlint.toml").write_text('select = ["IMG001"]\n')
    assert len(findings(run("p.html", "--format", "json"))) == 3
    (tmp_path / "artlint.toml").write_text('select = ["IMG001"]\n[per-selector-ignores]\n"div.third-party-widget" = ["IMG001"]\n')
    assert len(findings(run("p.html", "--format", "json"))) == 2


def test_per_selector_ignores_in_the_library_api():
    from artlint import lint_string

    config = {"select": ["IMG001"], "per-selector-ignores": {"[class~='third-party-widget']": ["IMG"]}}
    assert [f.line for f in lint_string(WIDGET, config)] == [5]


@pytest.mark.parametrize(("table", "message"), [
    ('"div[" = ["IMG001"]', "artlint.toml: per-selector-ignores.'div[': invalid CSS selector 'div[': "),
    ('".ad" = ["IMG999"]', "artlint.toml: per-selector-ignores.'.ad'[0]: unknown rule code or name 'IMG999'"),
    ('".ad" = "IMG001"', "artlint.toml: per-selector-ignores.'.ad': expected an array, got 'IMG001'"),
])
def test_broken_per_selector_ignores(run, tmp_path, table, message):
    (tmp_path / "p.html").write_text(WIDGET)
    (tmp_path / "artlint.toml").write_text(f"[per-selector-ignores]\n{table}\n")
    result = run("p.html")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1 and message in result.err, result


def test_select_by_family_prefix_and_name(run, tmp_path):
    (tmp_path / "p.html").write_text(DEEP)
    (tmp_path / "artlint.toml").write_text('select = ["headings"]\nignore = ["HDG00"]\nextend-select = ["heading-too-long"]\n')
    assert [f[1] for f in findings(run("p.html", "--format", "json"))] == ["HDG005"]


def _house_rules(tmp_path, check: str) -> None:
    """A plugin module, house_rules, with one rule (HSE001, family "house") whose check does what ``check`` says."""
    rule = textwrap.dedent('''
        from artlint.rule import Rule

        class House(Rule):
            code = "HSE001"
            name = "house-rule"
            family = "house"
            summary = "A house rule."
            rationale = "The house says so."
            fix = "Do as the house says."
            incorrect = ("<marquee>Breaking</marquee>",)
            correct = ("<p>Breaking</p>",)

            def check(self, page, options):
    ''')
    (tmp_path / "house_rules.py").write_text(rule + textwrap.indent(textwrap.dedent(check).strip(), " " * 8) + "\n\nRULES = [House]\n")
    (tmp_path / "artlint.toml").write_text('plugins = ["house_rules"]\nselect = ["house"]\n')


def test_plugin_module_named_in_configuration(run, tmp_path):
    _house_rules(tmp_path, '''
        for el in page.elements:
            if el.tag == "marquee":
                yield self.problem(el, "marquee element; remove it")
    ''')
    (tmp_path / "p.html").write_text(page("<h1>Headline</h1>\n<marquee>Breaking</marquee>"))
    result = run("p.html")
    assert result.out.splitlines()[0] == "p.html:6:1: HSE001 marquee element; remove it [error]"


def test_a_plugin_runs_only_under_the_configuration_that_names_it(run, tmp_path):
    """A folder's plugin ran on every page linted after one of that folder's (or on every page, in worker processes):
    the rule registry is the process's, and the root's defaults selected the plugin's rule once it was there. A pack's
    own rules likewise run only where the pack is extended."""
    house = tmp_path / "house"
    house.mkdir()
    _house_rules(house, '''
        for el in page.elements:
            if el.tag == "marquee":
                yield self.problem(el, "marquee element; remove it")
    ''')
    (house / "artlint.toml").write_text('plugins = ["house_rules"]\nextend-select = ["house"]\nextends = ["pack.toml"]\n')
    (house / "pack.toml").write_text(
        '[pack]\nname = "desk"\ndescription = "The desk\'s style."\n[[custom]]\ncode = "DSK001"\nname = "no-blink"\n'
        'summary = "No blink."\nmessage = "blink; remove it"\nselector = "blink"\ncheck = "absent"\n'
        'incorrect = ["<blink>x</blink>"]\ncorrect = ["<p>x</p>"]\n')
    body = page("<h1>Headline</h1>\n<marquee>Breaking</marquee><blink>x</blink>")
    for name in ("a.html", "b.html", "c.html"):
        (house / name).write_text(body)
        (tmp_path / name).write_text(body)

    def codes(*args: str) -> dict[str, set[str]]:
        result = run(*args, "--format", "json", "--no-cache")
        out: dict[str, set[str]] = {}
        for f in json.loads(result.out)["findings"]:
            out.setdefault(f["path"], set()).add(f["code"])
        return {path: found & {"HSE001", "DSK001"} for path, found in out.items()}

    for jobs in ("1", "2"):
        found = codes("house/a.html", "house/b.html", "house/c.html", "a.html", "b.html", "c.html", "--jobs", jobs)
        assert found == {**{f"house/{n}": {"HSE001", "DSK001"} for n in ("a.html", "b.html", "c.html")},
                         **{n: set() for n in ("a.html", "b.html", "c.html")}}, jobs


def test_two_directories_with_plugin_modules_of_one_name_is_a_configuration_error(run, tmp_path):
    """Python imports one module per name: the second site's house_rules.py would silently run the first's rules."""
    for site in ("a", "b"):
        (tmp_path / site).mkdir()
        _house_rules(tmp_path / site, '''
            return ()
        ''')
        (tmp_path / site / "p.html").write_text(page("<h1>Headline</h1>"))
    result = run("a/p.html", "b/p.html", "--jobs", "1")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"artlint: error: {tmp_path / 'b' / 'artlint.toml'}: plugin 'house_rules': another configuration loaded a module of "
        f"that name from {tmp_path.resolve() / 'a'}, and Python imports one module per name; give the module in {tmp_path / 'b'} a "
        "name of its own\n")


def test_a_plugin_beside_another_configuration_is_not_this_ones(run, tmp_path):
    """A configuration finds a module only in its own directory or installed: b/ names house_rules, which stands in a/ only.
    It was imported when a/'s configuration had been read first, and not otherwise."""
    (tmp_path / "a").mkdir()
    _house_rules(tmp_path / "a", '''
        return ()
    ''')
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "artlint.toml").write_text('plugins = ["house_rules"]\n')
    for site in ("a", "b"):
        (tmp_path / site / "p.html").write_text(page("<h1>Headline</h1>"))
    result = run("a/p.html", "b/p.html")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"artlint: error: {tmp_path / 'b' / 'artlint.toml'}: cannot import plugin 'house_rules' from {tmp_path / 'b'}: the module "
        f"of that name stands beside another configuration, in {tmp_path.resolve() / 'a'}; put it beside this one, or install it\n")
    alone = run("b/p.html")
    assert alone.code == 2 and "cannot import plugin 'house_rules'" in alone.err


def test_a_plugin_rule_that_fails_is_reported_as_the_plugins_fault(run, tmp_path):
    """"please report it" sent a plugin's users to artlint's authors."""
    _house_rules(tmp_path, '''
        raise ValueError("no such thing")
        yield
    ''')
    (tmp_path / "p.html").write_text(page("<h1>Headline</h1>"))
    result = run("p.html", "-q")
    assert (result.code, result.err) == (2, "artlint: error: p.html: internal error in rule HSE001 (ValueError: no such thing); "
                                            "it comes from the plugin house_rules: report it to its authors\n")


def test_plugin_with_a_bad_rule_is_a_configuration_error(run, tmp_path):
    (tmp_path / "bad_rules.py").write_text("from artlint.rule import Rule\nclass R(Rule):\n    code = 'bad'\n    name='x'\n    family='f'\n    summary='s'\n    rationale='r'\n    fix='f'\nRULES=[R]\n")
    (tmp_path / "artlint.toml").write_text('plugins = ["bad_rules"]\n')
    (tmp_path / "p.html").write_text(DEEP)
    result = run("p.html")
    assert result.code == 2
    assert result.err.strip() == (
        f"artlint: error: {tmp_path / 'artlint.toml'}: rule code 'bad' is not a family prefix and three digits (e.g. HDG001)"
    )


def test_builtin_rules_register_through_entry_points():
    from importlib.metadata import entry_points

    names = {ep.value for ep in entry_points(group="artlint.rules")}
    assert {"artlint.rules.headings", "artlint.rules.meta"} <= names


def test_library_api_takes_a_config_mapping():
    from artlint import lint_string

    html = page("<h1>Headline</h1><h2>Twelve chars</h2>")
    assert lint_string(html, {"rules": {"HDG005": {"max-length": 5, "severity": "error"}}}, select=["HDG005"])[0].severity.name == "ERROR"


def test_every_option_that_takes_a_pattern_or_a_selector_says_so_to_be_checked_when_read():
    """An option whose format is not declared is not checked when the configuration is read: a mistake in it
    surfaced as an internal error, or as a fault of the first page linted."""
    from artlint.registry import default_registry

    undeclared = []

    def walk(code: str, schema: dict, path: str) -> None:
        for key, spec in schema.get("properties", {}).items():
            items = spec.get("items") if isinstance(spec.get("items"), dict) else {}
            said = spec.get("description", "").lower()
            wants = "regex" if "regular expression" in said else "css-selector" if "css selector" in said else None
            if wants and spec.get("type") != "object" and wants not in (spec.get("format"), items.get("format")):
                undeclared.append(f"{code} {path}{key}")
            walk(code, spec, f"{path}{key}.")

    rules = default_registry().rules.values()
    for rule in rules:
        walk(rule.code, rule.options, "")
    assert sum(1 for rule in rules if rule.options.get("properties")) > 10
    assert undeclared == []


@pytest.mark.parametrize("options, error", [
    ('[rules.date-format]\nformat = "QQQQQQ"', "rules.date-format.format: invalid date pattern 'QQQQQQ': Invalid length for field: 'QQQQQQ'"),
    ('[rules.date-format]\nformat = "MMMM d, y HH:mm"',
     "rules.date-format.format: invalid date pattern 'MMMM d, y HH:mm': it asks for the time of day; a house format gives the day"),
    ('[rules.DAT005]\nclock-skew-minutes = 1000000000000', "rules.date-in-future.clock-skew-minutes: 1000000000000 is greater than the maximum of 525600"),
])
def test_option_values_a_rule_cannot_use_are_configuration_errors(run, tmp_path, options, error):
    """Each was an internal error in its rule on the first page (found by setting every option to odd values)."""
    (tmp_path / "p.html").write_bytes((ROOT / "examples" / "article.html").read_bytes())
    (tmp_path / "artlint.toml").write_text(options + "\n")
    assert_one_error(run("p.html", "--no-cache"), "artlint.toml", error)


def test_no_credit_selectors_leaves_the_credit_to_the_caption(run, tmp_path):
    (tmp_path / "p.html").write_text(page('<main><h1>Headline</h1><figure><img src="a.jpg" alt="A market in Cairo">'
                                          '<figcaption>A market in Cairo. <span class="credit">Photo: AP</span></figcaption></figure></main>'))
    (tmp_path / "artlint.toml").write_text('[rules.CAP002]\ncredit-selectors = []\n')
    result = run("p.html", "--no-cache", "--select", "CAP002", "--format", "json")
    assert (result.code, json.loads(result.out)["findings"]) == (0, [])
