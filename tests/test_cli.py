"""The command line as users see it: output, exit codes and one-line errors."""

from __future__ import annotations

import gzip
import json
import re
import textwrap

import pytest
from jsonschema import Draft202012Validator

from artlint.resources import schema

from .conftest import EXAMPLES, assert_one_error, page

@pytest.fixture(autouse=True)
def headings_only(tmp_path):
    """These tests are about the command line, shown with the heading rules alone."""
    (tmp_path / "artlint.toml").write_text('select = ["headings", "artlint"]\n')


BROKEN = page("<h1>Headline</h1>\n<h3>Too deep</h3>")
CLEAN = page("<main><h1>Headline</h1><h2>Section</h2></main>")




def test_clean_page_exits_0_with_a_summary(run, tmp_path):
    (tmp_path / "clean.html").write_text(CLEAN)
    result = run("clean.html")
    assert result.code == 0, result
    assert result.out == "No problems found in 1 page.\n"


def test_findings_are_printed_as_path_line_col_code_message(run, tmp_path):
    (tmp_path / "broken.html").write_text(BROKEN)
    result = run("broken.html")
    assert result.code == 1
    assert result.out.splitlines() == [
        "broken.html:6:1: HDG003 h3 follows h1 at 5:1, skipping level 2; use h2 here [error]",
        "Found 1 problem (1 error, 0 warnings, 0 info) in 1 page.",
    ]


def test_example_pages(run):
    clean = run(str(EXAMPLES / "article.html"))
    assert clean.code == 0, clean
    broken = run(str(EXAMPLES / "broken-headings.html"), "--format", "json")
    assert broken.code == 1
    codes = sorted({f["code"] for f in json.loads(broken.out)["findings"]})
    assert codes == ["HDG002", "HDG003", "HDG004", "HDG005", "HDG006"]
    assert [f["code"] for f in json.loads(run(str(EXAMPLES / "broken-no-h1.html"), "--format", "json").out)["findings"]] == ["HDG001"]


def test_json_output_validates_against_its_schema(run, tmp_path):
    (tmp_path / "broken.html").write_text(BROKEN)
    (tmp_path / "empty.html").write_text("")
    result = run("broken.html", "empty.html", "--format", "json")
    assert result.code == 2
    document = json.loads(result.out)
    Draft202012Validator(schema("report.schema.json")).validate(document)
    finding = document["findings"][0]
    assert finding == {
        "code": "HDG003",
        "name": "heading-level-skipped",
        "severity": "error",
        "message": "h3 follows h1 at 5:1, skipping level 2; use h2 here",
        "path": "broken.html",
        "line": 6,
        "column": 1,
        "end_line": 6,
        "end_column": 5,  # just past the start tag "<h3>", as editors mark a range
        "selector": "html > body > h3",
        "wcag": ["1.3.1", "H42", "G141"],
        "help": "artlint explain HDG003",
    }
    assert document["summary"]["files"] == 1 and document["summary"]["input_errors"] == 1
    assert document["errors"] == [{"path": "empty.html", "message": "file is empty"}]


def test_output_file_is_written_whole(run, tmp_path):
    (tmp_path / "broken.html").write_text(BROKEN)
    result = run("broken.html", "--format", "json", "--output", "out/report.json")
    assert_one_error(result, "cannot write")
    (tmp_path / "out").mkdir()
    result = run("broken.html", "--format", "json", "--output", "out/report.json")
    assert result.code == 1 and result.out == ""
    assert json.loads((tmp_path / "out/report.json").read_text())["summary"]["findings"] == 1
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["report.json"]


@pytest.mark.parametrize("args", [
    ("broken.html", "-o", "broken.html"),
    (".", "--format", "text", "--format", "sarif:./broken.html"),
    ("broken.html", "--baseline", "broken.html", "--update-baseline"),
    ("extract", "broken.html", "-o", "broken.html"),
    ("-", "--stdin-filename", "broken.html", "-o", "broken.html"),  # an editor that pipes the page in
])
def test_a_report_is_not_written_over_a_page_the_run_lints(run, tmp_path, args):
    (tmp_path / "broken.html").write_text(BROKEN)
    assert_one_error(run(*args, stdin=BROKEN.encode()), "broken.html: it is a page this run lints; write the report somewhere else")
    assert (tmp_path / "broken.html").read_text() == BROKEN


def test_a_report_in_the_directory_linted_is_refused_when_the_next_run_would_lint_it(run, tmp_path):
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "story.html").write_text(BROKEN)
    assert run("build", "--format", "html:build/report.html").code == 1  # the first run writes it
    assert_one_error(run("build", "--format", "html:build/report.html"), "cannot write build/report.html: it is a page this run lints")


def _special_files(tmp_path):
    import os
    import stat
    import threading

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(fifo.read_bytes()), daemon=True)
    reader.start()
    yield fifo, stat.S_ISFIFO, reader, read
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a null device of the test's own
    except PermissionError:
        return
    yield device, stat.S_ISCHR, None, None


def test_a_pipe_or_a_device_is_written_to_not_replaced(run, tmp_path):
    """A temporary file renamed over /dev/null put a regular file in the device's place (as root, for every program)."""
    import os

    (tmp_path / "broken.html").write_text(BROKEN)
    for special, kind, reader, read in _special_files(tmp_path):
        result = run("broken.html", "--format", f"json:{special.name}", "-q")
        assert result.code == 1 and kind(os.stat(special).st_mode), special
        if reader is not None:
            reader.join(10)
            assert json.loads(read[0])["summary"]["findings"] == 1
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []  # no temporary file left


def test_standard_input_named_twice_is_read_once(run):
    """The second "-" read nothing and failed as an empty file."""
    result = run("-", "-", "--format", "json", stdin=BROKEN.encode())
    assert result.code == 1 and json.loads(result.out)["summary"]["files"] == 1


def test_stdin_with_display_name(run):
    result = run("-", "--stdin-filename", "templates/story.html", stdin=BROKEN.encode())
    assert result.code == 1
    assert result.out.startswith("templates/story.html:6:1: HDG003 ")
    assert run("-", stdin=BROKEN.encode()).out.startswith("-:6:1: HDG003")


def test_directories_and_globs(run, tmp_path):
    (tmp_path / "site/a/b").mkdir(parents=True)
    (tmp_path / "site/a/b/one.html").write_text(BROKEN)
    (tmp_path / "site/two.htm").write_text(BROKEN)
    (tmp_path / "site/notes.txt").write_text("not html")
    (tmp_path / "site/.hidden").mkdir()
    (tmp_path / "site/.hidden/x.html").write_text(BROKEN)
    result = run("site")
    assert [line.split(":")[0] for line in result.out.splitlines()[:-1]] == ["site/a/b/one.html", "site/two.htm"]
    result = run("site/**/*.html")
    assert [line.split(":")[0] for line in result.out.splitlines()[:-1]] == ["site/a/b/one.html"]


def test_fail_on_and_quiet(run, tmp_path):
    (tmp_path / "p.html").write_text(page("<main><h1>Headline</h1><h2>" + "x" * 200 + "</h2></main>"))
    assert run("p.html").code == 0  # HDG005 is a warning
    assert run("p.html", "--fail-on", "warning").code == 1
    quiet = run("p.html", "--quiet")
    assert len(quiet.out.splitlines()) == 1 and "HDG005" in quiet.out


def test_select_and_ignore_on_the_command_line(run, tmp_path):
    (tmp_path / "p.html").write_text(page("<h2>No h1</h2><h4>deep</h4>"))
    codes = lambda r: sorted(line.split()[1] for line in r.out.splitlines()[:-1])  # noqa: E731
    assert codes(run("p.html")) == ["HDG001", "HDG003"]
    assert codes(run("p.html", "--select", "HDG001")) == ["HDG001"]
    assert codes(run("p.html", "--ignore", "heading-level-skipped")) == ["HDG001"]
    assert codes(run("p.html", "--select", "headings", "--ignore", "HDG00")) == []
    assert codes(run("p.html", "--select", "HDG", "--ignore", "HDG", "--extend-select", "HDG003")) == ["HDG003"]


def test_color_only_when_asked_for(run, tmp_path):
    (tmp_path / "p.html").write_text(BROKEN)
    assert "\x1b[" not in run("p.html").out  # not a terminal, NO_COLOR set
    assert "\x1b[1m" in run("p.html", "--color", "always").out
    assert "\x1b[" not in run("p.html", "--color", "always", "--no-color").out
    forced = run("p.html", env={"FORCE_COLOR": "1"})  # a CI log: no terminal, colors wanted
    assert "\x1b[31m\x1b[1mHDG" in forced.out or "\x1b[33m\x1b[1mHDG" in forced.out
    assert "\x1b[" not in run("p.html", env={"FORCE_COLOR": "0"}).out
    assert "\x1b[" not in run("p.html", "--color", "never", env={"FORCE_COLOR": "1"}).out
    assert "\x1b[" not in run("p.html", "--color", "always", "--format", "text:report.txt").out  # only standard output
    assert "\x1b[" not in (tmp_path / "report.txt").read_text()


def test_rules_says_which_rules_the_configuration_here_runs(run, tmp_path):
    """A pack's rule showed "(off by default)" where the configuration ran it, and an ignored rule showed nothing."""
    (tmp_path / "house.toml").write_text(textwrap.dedent('''
        [pack]
        name = "house"
        description = "Our house style."

        [[custom]]
        code = "HSE001"
        name = "no-marquee"
        summary = "No marquee."
        message = "marquee; remove it"
        selector = "marquee"
        check = "absent"
        incorrect = ['<marquee>x</marquee>']
        correct = ['<p>x</p>']
    '''))
    (tmp_path / "artlint.toml").write_text('extends = ["artlint:recommended", "house.toml"]\nignore = ["HDG005"]\n')
    lines = {line.split()[0]: line for line in run("rules").out.splitlines() if line.startswith("  ")}
    assert lines["HSE001"].endswith("No marquee. (off by default; on in this configuration)")
    assert lines["HDG005"].endswith("(off in this configuration)")
    assert lines["HDG001"].endswith("The page has no visible h1.")  # on by default and here: nothing to say
    assert lines["AGY001"].endswith("(off by default)")


def test_version_and_help(run):
    assert run("--version").out.startswith("artlint ")
    assert "Lint rendered news-article HTML" in run("--help").out


def test_rules_and_explain(run):
    listing = run("rules")
    assert listing.code == 0 and "HDG003  heading-level-skipped" in listing.out
    rules = json.loads(run("rules", "--format", "json").out)
    assert {r["code"] for r in rules} >= {"HDG001", "HDG006", "ART001"}
    explained = run("explain", "heading-level-skipped")
    assert explained.code == 0
    for part in ("HDG003 heading-level-skipped", "Why it matters:", "How to fix it:", "Incorrect:", "Correct:", "<h4>"):
        assert part in explained.out
    assert "max-length (integer, default 150)" in run("explain", "HDG005").out


def test_rules_lists_only_the_rules_its_selectors_name(run):
    """`artlint rules images` or `artlint rules HDG00 skip-link-not-first`: the selectors --select takes, in every format;
    one that names no rule is exit 2 with one line, as --select's."""
    listing = run("rules", "HDG00", "skip-link-not-first")
    codes = re.findall(r"^  ([A-Z]+\d{3}) ", listing.out, re.MULTILINE)
    assert listing.code == 0 and codes == [f"HDG00{n}" for n in range(1, 8)] + ["SKL001"]
    assert listing.out.startswith("headings:\n") and "\nskip-links:\n" in listing.out
    assert {r["family"] for r in json.loads(run("rules", "images", "--format", "json").out)} == {"images"}
    reference = run("rules", "DAT001", "--format", "markdown").out
    assert "## DAT001" in reference and "## DAT002" not in reference
    unknown = run("rules", "skip-link-first")
    assert (unknown.code, unknown.out, unknown.err) == (
        2, "", "artlint: error: unknown rule code or name 'skip-link-first'; did you mean 'skip-link-not-first'? "
               "(run 'artlint rules' to list them)\n")


def test_explain_writes_options_as_a_configuration_file_writes_them(run):
    """Types and defaults in the words of TOML and JSON (not Python's None and ['…']); a selector with double quotes in
    single quotes, as a TOML literal string takes it; lines break between a list's values, never inside one; a default
    pattern of 3,000 characters is named, not printed."""
    dates = run("explain", "DAT004").out
    assert "  format (string or null, not set by default)" in dates and "  languages (array of strings, default [])" in dates
    credits = run("explain", "CAP003").out
    assert """  credit-selectors (array of strings, default ['[class*="credit"]', '[class*="Credit"]',""" in credits
    assert '\n    "figcaption .attribution", ' in credits
    assert "credit-prefix (string, default a built-in value of " in credits and "characters, which `artlint" in credits
    options = credits.split("Options:\n", 1)[1].split("\n\n", 1)[0]
    assert "None" not in dates + credits and max(len(line) for line in options.splitlines()) <= 88


# --- bad input: exit 2 and one clear line -------------------------------------------


def test_missing_path(run):
    assert_one_error(run("nope.html"), "nope.html: no such file or directory")


@pytest.mark.parametrize(("word", "command"), [("rule", "rules"), ("extarct", "extract"), ("explian", "explain"), ("chek", "check")])
def test_a_misspelt_command_is_named_not_linted_as_a_page(run, tmp_path, word, command):
    (tmp_path / "p.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    result = run(word, "p.html")
    assert (result.code, result.out, result.err) == (2, "", f"artlint: error: no command or file '{word}'; did you mean 'artlint {command}'?\n")


def test_a_file_named_like_a_command_is_linted(run, tmp_path):
    (tmp_path / "rule").write_text("<html lang='en'><body><h1>Storm</h1><h3>x</h3></body></html>")
    result = run("rule", "--select", "HDG003")
    assert result.code == 1 and "rule:1:" in result.out


def test_a_folder_of_pages_named_like_a_command_gets_a_note_on_how_to_lint_it(run, tmp_path):
    (tmp_path / "config" / "news").mkdir(parents=True)
    (tmp_path / "config" / "news" / "story.html").write_text((EXAMPLES / "article.html").read_text(encoding="utf-8"))
    result = run("config")
    assert result.code == 0 and result.out.startswith("Settings for .:")
    assert result.err == ("artlint: note: 'config' runs the config command; to lint the pages in config, run 'artlint check config' "
                          "or 'artlint ./config'\n")
    assert run("./config").out == run("check", "config").out != ""
    (tmp_path / "rules").mkdir()  # (a folder without pages: no note)
    (tmp_path / "rules" / "house.toml").write_text("[pack]\n")
    assert run("rules").err == ""


def test_directory_without_html(run, tmp_path):
    (tmp_path / "empty").mkdir()
    assert_one_error(run("empty"), "empty: directory contains no .html or .htm files")


def test_glob_without_matches(run):
    assert_one_error(run("*.html"), "pattern matches no files")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"  \n\t\n", "file contains only whitespace"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not an HTML page: the file is a PNG image"),
        (gzip.compress(b"<html><body><h1>x</h1></body></html>"), "not an HTML page: the file is a gzip archive"),
        (bytes(range(256)) * 8, "not an HTML page: the file looks binary"),
    ],
    ids=["empty", "whitespace", "png", "gzip", "random-bytes"],
)
def test_files_that_are_not_pages(run, tmp_path, content, message):
    (tmp_path / "page.html").write_bytes(content)
    assert_one_error(run("page.html"), f"page.html: {message}")


def test_a_bad_input_does_not_stop_the_others(run, tmp_path):
    (tmp_path / "a.html").write_text(BROKEN)
    (tmp_path / "b.html").write_bytes(b"")
    (tmp_path / "c.html").write_text(BROKEN)
    result = run("a.html", "b.html", "missing.html", "c.html")
    assert result.code == 2
    assert [line.split(":")[0] for line in result.out.splitlines()[:-1]] == ["a.html", "c.html"]
    assert result.err.splitlines() == [
        "artlint: error: missing.html: no such file or directory",
        "artlint: error: b.html: file is empty",
    ]
    assert "2 input errors" in result.out


def test_unknown_rule_on_the_command_line(run, tmp_path):
    (tmp_path / "p.html").write_text(BROKEN)
    assert_one_error(run("p.html", "--select", "HDG999"), "--select: unknown rule code or name 'HDG999'")
    assert_one_error(run("p.html", "--ignore", "no-such-rule"), "--ignore: unknown rule code or name 'no-such-rule'")
    assert_one_error(run("explain", "XYZ123"), "unknown rule 'XYZ123'")


def test_a_misspelt_rule_gets_the_rule_it_is_close_to(run, tmp_path):
    (tmp_path / "p.html").write_text(BROKEN)
    assert_one_error(run("p.html", "--ignore", "image-mising-name"), "--ignore: unknown rule code or name 'image-mising-name'; did you mean 'image-missing-name'?")
    assert_one_error(run("explain", "IGM001"), "unknown rule 'IGM001'; did you mean 'IMG001'?")
    (tmp_path / "artlint.toml").write_text('select = ["heading"]\n')
    assert_one_error(run("p.html"), "artlint.toml: select[0]: unknown rule code or name 'heading'; did you mean 'headings'?")
    (tmp_path / "artlint.toml").write_text('[rules.image-alt-to-long]\nmax-length = 100\n')
    assert_one_error(run("p.html"), "rules.image-alt-to-long: unknown rule code or name; did you mean 'image-alt-too-long'?")


def test_explain_a_family_or_a_prefix_explains_each_of_its_rules(run):
    result = run("explain", "SKL00")
    assert result.code == 0
    titles = [line.split()[0] for line in result.out.splitlines() if line.startswith("SKL00") and line.endswith("by default)")]
    assert titles == [f"SKL00{i}" for i in range(1, 10)]
    assert result.out.count("─" * 88) == 8
    assert run("explain", "skip-links").out == result.out


def test_explain_several_rules_explains_each_once_in_code_order(run):
    result = run("explain", "SKL001", "HDG001", "missing-h1")
    titles = [line.split()[0] for line in result.out.splitlines() if line[:3] in ("HDG", "SKL") and line.endswith("by default)")]
    assert (result.code, titles, result.out.count("─" * 88)) == (0, ["HDG001", "SKL001"], 1)
    assert_one_error(run("explain", "HDG001", "IGM001"), "unknown rule 'IGM001'; did you mean 'IMG001'?")


def test_unknown_option_and_format(run, tmp_path):
    (tmp_path / "p.html").write_text(BROKEN)
    assert_one_error(run("p.html", "--frobnicate"), "--frobnicate")
    assert_one_error(run("p.html", "--format", "yaml"), "unknown format 'yaml'")
    assert_one_error(run("p.html", "--fail-on", "fatal"), "fatal")
    assert_one_error(run(), "no pages given")


@pytest.mark.parametrize(
    ("config", "fragments"),
    [
        ("select = [\n", ["artlint.toml", "invalid TOML"]),
        ('select = ["HDG999"]\n', ["artlint.toml", "select[0]: unknown rule code or name 'HDG999'"]),
        ('ignore = ["HDG003", "nonsense"]\n', ["ignore[1]: unknown rule code or name 'nonsense'"]),
        ('fail-on = "fatal"\n', ["fail-on: 'fatal' is not one of 'error', 'warning', 'info'"]),
        ("colour = true\n", ["unknown key 'colour'"]),
        ('[rules.heading-too-long]\nmax-length = "long"\n', ["rules.heading-too-long.max-length: expected an integer, got 'long'"]),
        ('[rules.heading-too-long]\nmax-lenght = 3\n', ["rules.heading-too-long", "unknown key 'max-lenght'"]),
        ('[rules.HDG999]\nseverity = "error"\n', ["rules.HDG999: unknown rule code or name"]),
        ('[rules.HDG001]\nseverity = "fatal"\n', ["rules.HDG001.severity"]),
        ('[per-file-ignores]\n"a/*.html" = ["HDGX"]\n', ["per-file-ignores.'a/*.html'[0]: unknown rule code or name 'HDGX'"]),
        ('plugins = ["no_such_module_xyz"]\n', ["cannot import plugin 'no_such_module_xyz'"]),
        ("\xff\xfe", ["invalid TOML"]),
        ('select = [" "]\n', ["artlint.toml", "select[0]: unknown rule code or name ' '"]),
        ('extend_select = ["HDG"]\n', ["artlint.toml", "unknown key 'extend_select'; did you mean 'extend-select'? (allowed: contract,"]),
    ],
    ids=["broken-toml", "unknown-select", "unknown-ignore", "bad-fail-on", "unknown-key", "option-type",
         "unknown-option", "unknown-rule-table", "bad-severity", "per-file-unknown", "missing-plugin", "not-toml", "empty-select", "misspelt-key"],
)
def test_broken_configuration(run, tmp_path, config, fragments):
    (tmp_path / "p.html").write_text(BROKEN)
    (tmp_path / "artlint.toml").write_text(config)
    assert_one_error(run("p.html"), *fragments)


def test_broken_pyproject_table(run, tmp_path):
    (tmp_path / "artlint.toml").unlink()
    (tmp_path / "p.html").write_text(BROKEN)
    (tmp_path / "pyproject.toml").write_text('[tool.artlint]\nselect = "HDG"\n')
    assert_one_error(run("p.html"), "pyproject.toml [tool.artlint]", "select: expected an array, got 'HDG'")


def test_missing_config_file(run, tmp_path):
    (tmp_path / "p.html").write_text(BROKEN)
    assert_one_error(run("p.html", "--config", "nope.toml"), "nope.toml: configuration file not found")


def test_debug_shows_the_traceback(run, tmp_path):
    (tmp_path / "p.html").write_text(BROKEN)
    (tmp_path / "artlint.toml").write_text("select = [\n")
    result = run("p.html", "--debug")
    assert result.code != 0 and "Traceback" in result.err


# --- encodings --------------------------------------------------------------------


def test_invalid_bytes_in_declared_encoding_are_linted_with_a_warning(run, tmp_path):
    (tmp_path / "p.html").write_bytes(
        b'<html lang="de"><head><meta charset="utf-8"><title>K\xf6ln</title></head><body><h1>K\xf6ln</h1><h3>x</h3></body></html>'
    )
    result = run("p.html", "--format", "json")
    assert result.code == 1
    findings = {f["code"]: f for f in json.loads(result.out)["findings"]}
    assert set(findings) == {"ART003", "HDG003"}
    assert findings["ART003"]["severity"] == "warning"
    assert findings["ART003"]["message"].startswith("byte 0xF6 at offset 52 is not valid utf-8 as declared by the <meta charset=\"utf-8\">")
    assert (findings["ART003"]["line"], findings["ART003"]["column"]) == (1, 23)


def test_undeclared_legacy_encoding_falls_back_with_a_warning(run, tmp_path):
    (tmp_path / "p.html").write_bytes(b'<html lang="de"><body><h1>Gr\xfc\xdfe aus K\xf6ln</h1><title>Gr\xfc\xdfe aus K\xf6ln</title></body></html>')
    result = run("p.html")
    assert result.code == 0
    assert "ART003 the page declares no encoding and byte 0xFC at offset 28 is not valid UTF-8; decoded as windows-1252" in result.out


@pytest.mark.parametrize(
    ("data", "headline"),
    [
        ("\ufeff<html lang='de'><body><h1>Grüße</h1></body></html>".encode("utf-8"), "Grüße"),
        ("<html lang='de'><body><h1>Grüße</h1></body></html>".encode("utf-16"), "Grüße"),
        ('<html lang="de"><head><meta charset="ISO-8859-1"></head><body><h1>Grüße</h1></body></html>'.encode("latin-1"), "Grüße"),
        ('<html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body><h1>Łódź</h1></body></html>'.encode("cp1250"), "Łódź"),
        ('<html lang="zh"><head><meta charset="gb2312"></head><body><h1>你好</h1></body></html>'.encode("gb2312"), "你好"),
        # UTF-16 of these characters is all bytes below 0x80, so valid UTF-8 too; the mark decides, as in browsers
        ("<html lang='zh'><body><h1>你好</h1></body></html>".encode("utf-16"), "你好"),
    ],
    ids=["utf8-bom", "utf16-bom", "meta-latin1", "http-equiv-cp1250", "gb2312", "utf16-bom-ascii-bytes"],
)
def test_encodings_are_sniffed_like_browsers(data, headline):
    from artlint.load import decode

    decoded = decode(data)
    assert headline in decoded.text and decoded.problem is None
    # The parser reads the page's own bytes when they are UTF-8, and the text encoded again otherwise: the same tree.
    assert decoded.utf8 is None or decoded.utf8 == decoded.text.encode("utf-8")
    assert (decoded.utf8 is not None) == (decoded.encoding == "utf-8")
    from artlint import extract

    assert extract(data)["headline"]["text"] == headline


@pytest.mark.parametrize(
    "label", ["uu", "base64", "zlib", "rot13", "idna", "punycode", "undefined", "utf-7", "cp037", "utf_8", "utf-16-le", "latin_1"]
)
def test_a_charset_label_browsers_do_not_know_is_ignored(run, tmp_path, label):
    """Browsers ignore a charset label that is not one of the Encoding Standard's, and guess as for a page that
    declares none. Python's codecs of those names turn bytes into bytes (uu, base64), refuse to decode (undefined,
    idna) or read another script (cp037, EBCDIC): a page declaring one ended in a traceback or in garbled text. Nor
    do browsers know Python's spellings of their encodings (utf_8, latin_1, utf-16-le). ART003 says so."""
    from artlint.load import decode

    data = f'<html lang="de"><head><meta charset="{label}"><title>Grüße</title></head><body><h1>Grüße</h1></body></html>'
    ignored = f'the <meta charset="{label}"> names no encoding browsers know, so they ignore it and guess; '
    for encoded, encoding, problem in (
        (data.encode(), "utf-8", 'the bytes are UTF-8, so declare <meta charset="utf-8">'),
        (data.encode("cp1252"), "windows-1252", f"byte 0xFC at offset {data.index('ü')} is not valid UTF-8, so artlint read the page as "
         'windows-1252. Declare the encoding the page is in with a label browsers know, e.g. <meta charset="windows-1252">'),
    ):
        decoded = decode(encoded)
        assert (decoded.encoding, "<h1>Grüße</h1>" in decoded.text, decoded.problem) == (encoding, True, ignored + problem)
        assert decode(encoded, label).encoding == encoding  # (nor a charset in the HTTP header)
        (tmp_path / "p.html").write_bytes(encoded)
        result = run("p.html", "--select", "HDG001,ART003", "--format", "json")
        (finding,) = json.loads(result.out)["findings"]
        assert (finding["code"], finding["line"], finding["column"], finding["message"]) == ("ART003", 1, 23, ignored + problem)


@pytest.mark.parametrize(
    ("label", "words", "codec"),
    [
        ("x-mac-roman", "Grüße", "mac_roman"),
        ("iso88592", "Łódź", "iso8859_2"),
        ("x-cp1250", "Łódź", "cp1250"),
        ("windows-874", "สวัสดี", "cp874"),
        ("x-mac-ukrainian", "Київ", "mac_cyrillic"),
        ("cseuckr", "서울", "cp949"),
        ("shift-jis", "東京①", "cp932"),  # (Python's shift_jis lacks ①: browsers read Windows' code page 932)
        ("iso_8859-9", "5 €", "cp1254"),  # (ISO-8859-9 has no €: browsers read windows-1254)
        (" Logical ", "שלום", "iso8859_8"),
        ("unicode11utf8", "Grüße", "utf-8"),
        ("ucs-2", "Grüße", "utf-8"),  # a <meta> that says UTF-16 was read as ASCII: the page is UTF-8
        ("x-user-defined", "Grüße", "cp1252"),  # (guard) HTML reads it as windows-1252
    ],
)
def test_every_label_of_the_encoding_standard_is_known(label, words, codec):
    """Every label of the Encoding Standard names its encoding, as in browsers. Before, 93 of its 227 labels did not:
    those Python has no codec for (x-mac-roman, windows-874, cseuckr…) were read as no declaration, others as a
    codec that is not the browsers' (shift-jis, iso_8859-9)."""
    from artlint.load import decode

    decoded = decode(f'<html><head><meta charset="{label}"><title>{words}</title></head></html>'.encode(codec))
    assert (f"<title>{words}</title>" in decoded.text, decoded.origin, decoded.problem) == (True, "meta", None)


def test_code_pages_read_every_byte_as_browsers_do():
    """windows-1252 shows the bytes Python's codec leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) as C1 controls, and
    windows-1255's 0xCA is the Hebrew point holam haser; KOI8-U is KOI8-RU, with the Belarusian ў."""
    from artlint.load import decode

    for label, data, text in (
        ("windows-1252", b"Caf\xe9 \x81\x8d\x8f\x90\x9d \x80", "Café \x81\x8d\x8f\x90\x9d €"),
        ("windows-1253", b"\xc1\x81", "Α\x81"),
        ("windows-1255", b"\xf9\xca", "ש\u05ba"),
        ("koi8-u", b"\xae\xbe\xa4", "ўЎє"),
    ):
        decoded = decode(b'<meta charset="' + label.encode() + b'"><p>' + data + b"</p>")
        assert (decoded.text.partition("<p>")[2], decoded.problem) == (f"{text}</p>", None)
    # A byte a code page truly leaves undefined is still reported (windows-1253's 0xAA)
    decoded = decode(b'<meta charset="windows-1253"><p>\xaa</p>')
    assert decoded.text.endswith("<p>\ufffd</p>")
    assert decoded.problem.startswith('byte 0xAA at offset 32 is not valid windows-1253 as declared by the <meta charset="windows-1253">')
    # The fallback for a page that declares nothing reads them alike
    assert decode(b"<p>caf\xe9 \x81</p>").text == "<p>café \x81</p>"


def test_a_label_of_the_replacement_encoding_is_reported(run, tmp_path):
    """iso-2022-kr, hz-gb-2312 and iso-2022-cn name the Encoding Standard's "replacement" encoding: browsers show the
    page as one U+FFFD. artlint says so, at the <meta>, and lints the page as one that declares nothing."""
    html = '<html lang="de"><head><meta charset="ISO-2022-KR"><title>Grüße</title></head><body><h1>Grüße</h1></body></html>'
    (tmp_path / "p.html").write_bytes(html.encode())
    result = run("p.html", "--format", "json", "--select", "ART003,HDG")
    (finding,) = json.loads(result.out)["findings"]
    assert (finding["code"], finding["line"], finding["column"]) == ("ART003", 1, html.index("<meta") + 1)
    assert finding["message"] == (
        'the <meta charset="ISO-2022-KR"> names an encoding browsers refuse to decode: they show the whole page as one '
        '“\ufffd” (U+FFFD). artlint read it as utf-8; declare the encoding the page is in, e.g. <meta charset="utf-8">'
    )
    from artlint import extract

    assert extract(html.encode())["headline"]["text"] == "Grüße"


def test_a_page_given_as_text_is_read_as_it_is():
    """lint_string and extract read text as it is: a <meta charset> names the encoding of bytes, and text, decoded
    already, has none. Before, text was encoded as UTF-8 and decoded again by its <meta>, so a page that declares
    ISO-8859-1 got ART003 for "UTF-8 behind a legacy declaration"; and a surrogate, which UTF-8 cannot encode,
    raised UnicodeEncodeError. Bytes are still decoded as a file's."""
    from artlint import extract, lint_string

    html = '<html lang="de"><head><meta charset="iso-8859-1"><title>Grüße</title></head><body><h1>Grüße</h1></body></html>'
    assert (lint_string(html, select=["ART003"]), extract(html)["headline"]["text"]) == ([], "Grüße")
    assert [f.code for f in lint_string(html.encode(), select=["ART003"])] == ["ART003"]
    assert lint_string(html.encode("latin-1"), select=["ART003"]) == [] and extract(html.encode("latin-1"))["headline"]["text"] == "Grüße"
    page = "\ufeff<html lang='en'><head><title>T</title></head><body><h1>A\ud800</h1><h3>x</h3></body></html>"
    assert extract(page)["headline"]["text"] == "A\ufffd"
    # (the byte-order mark is no column: page.index counts it, and is 0-based)
    assert [(f.code, f.line, f.column) for f in lint_string(page, select=["HDG003"])] == [("HDG003", 1, page.index("<h3>"))]


def test_a_charset_in_the_http_header_is_read_as_browsers_read_it():
    """Over HTTP, UTF-16 is UTF-16LE, with or without a byte-order mark, and x-user-defined maps bytes 0x80–0xFF to
    U+F780–U+F7FF: HTML's rewriting of both to UTF-8 and windows-1252 is for a <meta>, which was read as ASCII."""
    from artlint.errors import InputError
    from artlint.load import check_bytes, decode

    page = "<html><body><h1>你好</h1></body></html>"
    data = page.encode("utf-16-le")
    with pytest.raises(InputError, match="looks like UTF-16 .little-endian. without a byte-order mark"):
        check_bytes(data, "p.html")
    for label in ("utf-16", "UTF-16LE", "unicode"):
        check_bytes(data, "p.html", charset=label)
        assert (decode(data, label).text, decode(data, label).encoding) == (page, "utf-16le")
    assert decode(page.encode("utf-16-be"), "unicodeFFFE").text == page
    assert decode(b"<p>\x80\xff</p>", "x-user-defined").text == "<p>\uf780\uf7ff</p>"


def test_example_config_is_valid_and_the_clean_example_passes(run):
    result = run(str(EXAMPLES / "article.html"), "--config", str(EXAMPLES / "artlint.toml"))
    assert result.code == 0, result


def test_page_saved_as_utf8_that_declares_a_legacy_encoding(run, tmp_path):
    html = '<html lang="lv"><head><meta charset="ISO-8859-1"><title>Māris</title></head><body><h1>Māris</h1><h3>x</h3></body></html>'
    (tmp_path / "p.html").write_bytes(html.encode("utf-8"))
    result = run("p.html", "--format", "json")
    found = {f["code"]: f["message"] for f in json.loads(result.out)["findings"]}
    # (windows-1252 reads 0xC4 0x81 as “Ä” and a control character, which the message does not show)
    assert found["ART003"] == (
        f'the <meta charset="ISO-8859-1"> says windows-1252, but the bytes are UTF-8 (bytes 0xC4 0x81 at offset {html.index("ā")} '
        'are UTF-8 for “ā”); browsers will show garbled text, so declare <meta charset="utf-8">'
    )
    # Positions count the characters of the UTF-8 text: “ā” is one column.
    assert found["HDG003"] == f"h3 follows h1 at 1:{html.index('<h1>') + 1}, skipping level 2; use h2 here"


def test_page_saved_as_utf8_whose_legacy_encoding_reads_every_byte(run, tmp_path):
    # ISO-8859-15 gives every byte a letter, so these UTF-8 bytes decode without an error, as mojibake (“EscrivÃ¡”).
    html = (
        '<html lang="es"><head><title>Cafés</title><meta charset="iso-8859-15"></head><body><main><article>'
        '<h1>Las listas de espera</h1><p class="byline">Por <a rel="author">Ángeles Escrivá</a></p></article></main></body></html>'
    )
    (tmp_path / "p.html").write_bytes(html.encode("utf-8"))
    result = run("p.html", "--format", "json", "--select", "ART003")
    (finding,) = json.loads(result.out)["findings"]
    assert finding["message"] == (
        'the <meta charset="iso-8859-15"> says iso-8859-15, but the bytes are UTF-8 (bytes 0xC3 0xA9 at offset '
        f"{html.index('é')} are UTF-8 for “é”, which iso-8859-15 shows as “Ã©”); browsers will show garbled text, "
        'so declare <meta charset="utf-8">'
    )
    # The meta's column counts “é” as one character, as the text is read as UTF-8.
    assert (finding["line"], finding["column"]) == (1, html.index("<meta") + 1)
    from artlint import extract

    assert [a["name"] for a in extract(html.encode("utf-8"))["authors"]] == ["Ángeles Escrivá"]
