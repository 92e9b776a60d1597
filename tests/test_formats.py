"""Machine formats for CI, the baseline, and the gate controls."""

from __future__ import annotations

import json
import os
import re
import shutil
from xml.etree import ElementTree

import pytest
from jsonschema import Draft4Validator
from lxml import etree

from .conftest import EXAMPLES, ROOT, assert_one_error, page, position

STANDARDS = ROOT.parent / "shared" / "standards"
needs_standards = pytest.mark.skipif(not STANDARDS.is_dir(), reason="../shared/standards is not present")


@pytest.fixture
def pages(tmp_path):
    shutil.copy(EXAMPLES / "artlint.toml", tmp_path / "artlint.toml")
    for name in ("article.html", "broken-headings.html", "broken-images.html"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return tmp_path


@needs_standards
def test_sarif_validates_and_meets_code_scanning_requirements(run, pages):
    result = run(".", "--format", "sarif")
    assert result.code == 1
    sarif = json.loads(result.out)
    Draft4Validator(json.loads((STANDARDS / "sarif-schema-2.1.0.json").read_text())).validate(sarif)
    [sarif_run] = sarif["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    for r in rules:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
    results = sarif_run["results"]
    assert {r["ruleId"] for r in results} <= set(ids)
    first = results[0]
    location = first["locations"][0]["physicalLocation"]
    assert not location["artifactLocation"]["uri"].startswith("/")
    assert location["region"]["startLine"] >= 1 and location["region"]["startColumn"] >= 1
    assert first["partialFingerprints"]["artlintFinding/v2"]
    assert ids[first["ruleIndex"]] == first["ruleId"]


@needs_standards
def test_junit_validates_against_jenkins_schema(run, pages):
    result = run(".", "--format", "junit")
    schema = etree.XMLSchema(etree.parse(str(STANDARDS / "junit-10.xsd")))
    document = etree.fromstring(result.out.encode())
    schema.assertValid(document)
    suites = {s.get("name"): s for s in document.iter("testsuite")}
    assert set(suites) == {"article.html", "broken-headings.html", "broken-images.html"}
    assert suites["article.html"].get("failures") == "0" and suites["article.html"].find("testcase").get("name") == "no problems"
    failure = suites["broken-headings.html"].find("testcase/failure")
    assert failure.get("type").startswith("HDG") and ":" in failure.get("message")


def test_github_annotations_escape_what_workflow_commands_need():
    from artlint.finding import Finding, Severity
    from artlint.formatters import Report
    from artlint.formatters.github import formatter

    finding = Finding("HDG003", "heading-level-skipped", Severity.ERROR, "50% off: h4, then\nmore\r", "a,b:c.html", 3, 7, "h4")
    assert formatter(Report([finding], ["a,b:c.html"])) == (
        "::error file=a%2Cb%3Ac.html,line=3,col=7,title=HDG003 heading-level-skipped::50%25 off: h4, then%0Amore%0D\n"
    )


def test_github_says_first_when_the_pull_request_cannot_show_every_annotation():
    """GitHub shows ten annotations of each kind from a step: past that, a notice comes first and says how many there are."""
    from dataclasses import replace

    from artlint.finding import Finding, Severity
    from artlint.formatters import Report
    from artlint.formatters.github import formatter

    error = Finding("IMG001", "image-missing-name", Severity.ERROR, "image has no alt text", "p.html", 3, 7, "img")
    warning = replace(error, code="HDG005", name="heading-too-long", severity=Severity.WARNING, message="h2 is long")
    ten = [replace(error, line=n) for n in range(1, 11)]
    lines = formatter(Report([*ten, warning], ["p.html"])).splitlines()
    assert len(lines) == 11 and all(line.startswith(("::error ", "::warning ")) for line in lines)
    lines = formatter(Report([*ten, replace(error, line=11), warning], ["p.html"])).splitlines()
    assert lines[0] == ("::notice title=artlint::artlint found 11 errors and 1 warning; GitHub shows the first 10 annotations of each "
                        "kind from a step: this step's log lists them all, and SARIF uploaded to code scanning keeps them all")
    assert len(lines) == 13 and lines[1].startswith("::error file=p.html,line=1,")
    lines = formatter(Report([replace(warning, line=n) for n in range(1, 1235)], ["p.html"])).splitlines()
    assert lines[0].startswith("::notice title=artlint::artlint found 1,234 warnings; ")
    # Pages that could not be linted are error annotations too.
    unread = [(f"{n}.html", "not HTML: the file holds binary data") for n in range(3)]
    lines = formatter(Report(ten[:8], ["p.html"], errors=unread)).splitlines()
    assert lines[0].startswith("::notice title=artlint::artlint found 8 errors and 3 pages it could not lint; ") and len(lines) == 12


def test_gitlab_code_quality(run, pages):
    issues = json.loads(run("broken-headings.html", "--format", "gitlab").out)
    assert issues
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("info", "minor", "major", "critical")
        assert issue["location"]["path"] == "broken-headings.html" and issue["location"]["lines"]["begin"] >= 1
    again = json.loads(run("broken-headings.html", "--format", "gitlab").out)
    assert [i["fingerprint"] for i in issues] == [i["fingerprint"] for i in again]
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_fingerprints_follow_a_finding_by_rule_page_and_element_not_by_its_words():
    from dataclasses import replace

    from artlint.finding import Finding, Severity
    from artlint.formatters import fingerprints

    alt = Finding("IMG003", "image-alt-filename", Severity.ERROR, "alt “a.jpg” is a file name", "p.html", 9, 5, "main > img")
    reworded = replace(alt, message="alt “b.jpg” is a file name; describe the image", line=12)
    [first], [second] = fingerprints([alt]), fingerprints([reworded])
    assert first == second
    assert fingerprints([replace(alt, selector="main > p > img")]) != [first]
    assert fingerprints([replace(alt, path="q.html")]) != [first]
    # An element known by its tag and attributes keeps its fingerprint where it moves, not when they change.
    img = replace(alt, element="1a2b3c4d5e6f")
    assert fingerprints([replace(img, selector="main > p:nth-of-type(4) > img")]) == fingerprints([img])
    assert fingerprints([replace(img, element="000000000000")]) != fingerprints([img])
    # The contract's several findings at the page's start differ by JSON path; findings alike in all by their order.
    missing = Finding("CON001", "contract-violation", Severity.ERROR, "$.headline is missing", "p.html", 1, 1, "html")
    prints = fingerprints([missing, replace(missing, message="$.published is missing"), missing])
    assert len(set(prints)) == 3 and prints[0] == fingerprints([replace(missing, message="$.headline lacks text")])[0]


def test_jsonl_and_several_formats_in_one_run(run, pages):
    result = run(".", "--format", "text", "--format", "sarif:out/artlint.sarif", "--format", "jsonl:findings.jsonl")
    assert result.code == 2 and "cannot write" in result.err  # out/ does not exist: one clear line
    (pages / "out").mkdir()
    result = run(".", "--format", "text", "--format", "sarif:out/artlint.sarif", "--format", "jsonl:findings.jsonl")
    assert result.code == 1
    assert "HDG003" in result.out and result.out.rstrip().splitlines()[-1].startswith("Found ")
    lines = (pages / "findings.jsonl").read_text().splitlines()
    assert len(lines) == len(result.out.strip().splitlines()) - 1
    assert json.loads(lines[0])["code"]
    assert json.loads((pages / "out" / "artlint.sarif").read_text())["version"] == "2.1.0"


def test_only_one_format_on_standard_output(run, pages):
    result = run(".", "--format", "text", "--format", "json")
    assert result.code == 2 and "only one format can go to standard output" in result.err


def test_baseline_lets_known_findings_pass_and_catches_new_ones(run, pages):
    page = pages / "broken-headings.html"
    assert run("broken-headings.html", "--baseline", "base.json", "--update-baseline").code == 0
    assert json.loads((pages / "base.json").read_text())["findings"]
    result = run("broken-headings.html", "--baseline", "base.json")
    assert result.code == 0, result
    # Lines above move and a new problem appears: only that one is reported.
    text = page.read_text().replace("<body>", "<body>\n<!-- a new comment -->\n\n", 1)
    text = text.replace("<p>Venezuela also voted", '<img src="chart.png" width="40" height="40">\n        <p>Venezuela also voted', 1)
    page.write_text(text)
    result = run("broken-headings.html", "--baseline", "base.json", "--format", "json")
    assert result.code == 1
    assert [f["code"] for f in json.loads(result.out)["findings"]] == ["IMG001"]


def test_updating_the_baseline_for_some_pages_keeps_the_entries_of_the_others(run, pages):
    assert run(".", "--baseline", "base.json", "--update-baseline").code == 0
    everything = json.loads((pages / "base.json").read_text())["findings"]
    assert {e["path"] for e in everything} == {"broken-headings.html", "broken-images.html"}
    # A pre-commit hook lints the page a commit changed: the other page's entries stay.
    result = run("broken-headings.html", "--baseline", "base.json", "--update-baseline")
    kept = sum(1 for e in everything if e["path"] == "broken-images.html")
    assert result.err.endswith(f", and kept {kept} of pages this run did not lint\n")
    assert json.loads((pages / "base.json").read_text())["findings"] == everything
    assert run(".", "--baseline", "base.json").code == 0
    # Nor are the other page's entries news when a run lints one page.
    result = run("broken-headings.html", "--baseline", "base.json")
    assert (result.code, result.out) == (0, "No problems found in 1 page.\n")
    # A page that is gone leaves the baseline with the next update.
    (pages / "broken-images.html").unlink()
    run("broken-headings.html", "--baseline", "base.json", "--update-baseline")
    assert {e["path"] for e in json.loads((pages / "base.json").read_text())["findings"]} == {"broken-headings.html"}


def test_parallel_baseline_updates_take_turns(pages):
    """pre-commit runs the hook's batches at once: an update waits while another holds the baseline, then keeps what
    that one wrote, instead of writing over it with the entries it read before."""
    fcntl = pytest.importorskip("fcntl")  # (a POSIX lock)
    import subprocess
    import time

    from .conftest import artlint_cmd

    base = pages / "base.json"
    update = [*artlint_cmd(), "--no-cache", "--baseline", "base.json", "--update-baseline"]
    folder = os.open(pages, os.O_RDONLY)  # another update holds the baseline: the lock on its folder
    fcntl.flock(folder, fcntl.LOCK_EX)
    try:
        waiting = subprocess.Popen([*update, "broken-headings.html"], cwd=pages, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(3)  # (far longer than a lint of one page takes)
        assert waiting.poll() is None, "the update did not wait for the baseline"
        # meanwhile, the holder writes the other page's entries, as the other batch would
        other = subprocess.run([*artlint_cmd(), "--no-cache", "broken-images.html", "--format", "json"], cwd=pages, capture_output=True)
        images = json.loads(other.stdout)["findings"]
        base.write_text(json.dumps({"version": 1, "findings": [
            {"code": f["code"], "path": f["path"], "message": f["message"], "selector": f["selector"], "count": 1} for f in images]}))
    finally:
        os.close(folder)
    assert waiting.wait(60) == 0
    paths = {e["path"] for e in json.loads(base.read_text())["findings"]}
    assert paths == {"broken-headings.html", "broken-images.html"}


def test_baseline_reports_entries_that_match_nothing(run, pages):
    run("broken-headings.html", "--baseline", "base.json", "--update-baseline")
    shutil.copy(EXAMPLES / "article.html", pages / "broken-headings.html")
    result = run("broken-headings.html", "--baseline", "base.json")
    assert result.code == 0
    assert "baseline entries matched nothing" in result.out


def test_baseline_entry_in_other_words_still_matches_its_rule_and_element(run, pages):
    # A newer artlint words a finding differently: the entry still covers it, and the summary says so.
    run("broken-headings.html", "--baseline", "base.json", "--update-baseline")
    document = json.loads((pages / "base.json").read_text())
    entry = document["findings"][0]
    entry["message"] = "an older artlint's words for " + entry["code"]
    (pages / "base.json").write_text(json.dumps(document))
    result = run("broken-headings.html", "--baseline", "base.json")
    assert result.code == 0, result
    assert "1 finding matched baseline entries of its rule in other words or at another place" in result.out
    assert "matched nothing" not in result.out
    # The entry covers one finding of its rule at its element, not another element's.
    entry["selector"] += " > b"
    entry["element"] = "0" * 12
    (pages / "base.json").write_text(json.dumps(document))
    result = run("broken-headings.html", "--baseline", "base.json", "--format", "json")
    assert result.code == 1 and [f["code"] for f in json.loads(result.out)["findings"]] == [entry["code"]]


def _root_digest(html: str) -> str:
    from artlint.engine import identity
    from artlint.load import decode
    from artlint.page import Page

    return identity(Page("p.html", decode(html.encode())).root)


@pytest.mark.parametrize("body, code, entry_message, matched", [
    # "the page has no h1" moved from the page's start to the h2 that holds the headline: the same fault
    ("<main><h2>Russia blocks UN resolution for Aleppo ceasefire</h2></main>", "HDG001",
     "the page has no visible h1; mark the article's headline up as an h1", True),
    # two findings of the code on the page: neither is taken for the entry's
    ("<main><h1>Russia blocks UN resolution</h1><h3>A</h3><h2>B</h2><h4>C</h4></main>", "HDG003",
     "h3 follows h1, skipping level 2; use h2 here", False),
    # another field of the contract is another fault
    ('<main><h1>Russia blocks UN resolution</h1><p>By Lisa Schmidt, <time datetime="2016-12-06T00:21:00+01:00">December 6, '
     '2016</time></p><figure><img src="a.jpg"><figcaption>Aleppo <small>Image: Reuters/O. Sanadiki</small></figcaption></figure></main>',
     "CON001", "$.lang is missing: declare the language with <html lang=\"…\">", False),
])
def test_baseline_entry_of_a_page_wide_check_follows_its_finding_to_an_element(run, tmp_path, body, code, entry_message, matched):
    """A page-wide check that a newer artlint reports at an element, which an older one reported at the page's start: the
    baseline entry still covers it, when it is the page's only finding of that code left and, for the contract, of the
    same field."""
    html = page(body, head="<title>Russia blocks UN resolution for Aleppo ceasefire</title>")
    (tmp_path / "p.html").write_text(html)
    findings = json.loads(run("p.html", "--format", "json", "--no-cache", "--select", code).out)["findings"]
    assert findings and all(f["selector"] != "html" for f in findings)
    entry = {"code": code, "path": "p.html", "selector": "html", "message": entry_message, "element": _root_digest(html)}
    (tmp_path / "base.json").write_text(json.dumps({"version": 1, "findings": [entry]}))
    result = run("p.html", "--baseline", "base.json", "--format", "json", "--no-cache", "--select", code)
    left = json.loads(result.out)["findings"]
    assert (result.code, len(left)) == ((0, 0) if matched else (1, len(findings))), (findings, left)


def test_baseline_entry_at_a_root_an_older_artlint_named_by_its_id(run, tmp_path):
    """Before the root was "html" on every page, a page whose <html> has an id named it by that ("#phx-wrapper"): such an
    entry is at the page's start by its element, where the run has another finding there to tell which element it is."""
    html = page("<main><h2>Russia blocks UN resolution for Aleppo ceasefire</h2></main>",
                head="<title>Russia blocks UN resolution for Aleppo ceasefire</title>").replace('<html lang="en">', '<html id="phx-wrapper">')
    (tmp_path / "p.html").write_text(html)
    [language] = json.loads(run("p.html", "--format", "json", "--no-cache", "--select", "LMK001").out)["findings"]
    assert language["selector"] == "html"
    entries = [{"code": code, "path": "p.html", "selector": "#phx-wrapper", "message": message, "element": _root_digest(html)}
               for code, message in (("HDG001", "the page has no visible h1; mark the article's headline up as an h1"),
                                     ("LMK001", language["message"]))]
    (tmp_path / "base.json").write_text(json.dumps({"version": 1, "findings": entries}))
    result = run("p.html", "--baseline", "base.json", "--format", "json", "--no-cache", "--select", "HDG001,LMK001")
    assert (result.code, json.loads(result.out)["findings"]) == (0, [])


def test_baseline_entries_follow_elements_that_moved(run, pages):
    """A paragraph and a photo added above them give the images below other selectors ("p:nth-of-type(5) > img") and
    the contract's images other indexes ("$.images[2]"): they are still the findings the baseline knows."""
    run("broken-images.html", "--baseline", "base.json", "--update-baseline")
    page = pages / "broken-images.html"
    text = page.read_text()
    added = ('<p>An editor added this paragraph.</p>\n<figure><img src="new.jpg" alt="A convoy of trucks on a road">'
             '<figcaption>Aid near Aleppo <small class="credit">Image: AP</small></figcaption></figure>\n')
    page.write_text(text.replace("<p>Russia and China on Monday", added + "<p>Russia and China on Monday", 1))
    result = run("broken-images.html", "--baseline", "base.json", "--format", "json")
    assert (result.code, json.loads(result.out)["findings"]) == (0, [])
    # So are they for a baseline written before artlint kept element digests: by their words.
    document = json.loads((pages / "base.json").read_text())
    (pages / "older.json").write_text(json.dumps({**document, "findings": [{k: v for k, v in e.items() if k != "element"}
                                                                           for e in document["findings"]]}))
    result = run("broken-images.html", "--baseline", "older.json", "--format", "json")
    assert (result.code, json.loads(result.out)["findings"]) == (0, [])
    # A fault among the moved ones is still new.
    page.write_text(text.replace("<p>Russia and China on Monday", added.replace(' alt="A convoy of trucks on a road"', ' alt="new.jpg"')
                                 + "<p>Russia and China on Monday", 1))
    result = run("broken-images.html", "--baseline", "base.json", "--format", "json")
    assert result.code == 1 and [(f["code"], f["message"]) for f in json.loads(result.out)["findings"]] == [
        ("IMG003", "alt “new.jpg” is a file name; describe what the image shows")]


def test_baseline_reports_the_new_element_not_the_one_that_moved_to_make_room(run, pages):
    """A new image without alt put where a known one stood takes its selector; the message (IMG007's) is the same for
    both: the known one is still known by its tag and attributes, and the new one is the finding reported."""
    run("broken-images.html", "--baseline", "base.json", "--update-baseline", "--select", "IMG007")
    page = pages / "broken-images.html"
    known = '<figure><img src="https://static.dw.com/image/36660131_401.jpg"'
    text = page.read_text()
    assert text.count(known) == 1
    page.write_text(text.replace(known, '<figure><img src="new.jpg"><figcaption>Added</figcaption></figure>\n' + known))
    result = run("broken-images.html", "--baseline", "base.json", "--select", "IMG007", "--format", "json")
    [finding] = json.loads(result.out)["findings"]
    line = next(i for i, text in enumerate(page.read_text().splitlines(), 1) if "new.jpg" in text)
    assert (finding["code"], finding["line"]) == ("IMG007", line)  # (a warning: the run passes)


def test_an_elements_identity_is_its_tag_attributes_and_text_wherever_it_stands():
    from lxml import html

    from artlint.engine import identity

    root = html.fromstring('<div><!-- a comment --><section><h3 class="x">Hi <b>there</b></h3></section>'
                           '<h3 class="x">Hi <b>there</b></h3><h3 class="x">Other</h3><h3 class="y">Hi <b>there</b></h3></div>')
    comment, section, *heads = [identity(el) for el in root.iter() if el.tag != "b"][1:]
    assert len(comment) == len(section) == 12
    assert heads[0] == heads[1] and len({heads[1], heads[2], heads[3]}) == 3
    # A box's identity leaves its text out: the page's start is the same element whatever is edited inside it.
    assert identity(html.fromstring("<div><p>One</p></div>")) == identity(html.fromstring("<div><p>Two</p></div>"))


def test_a_new_fault_where_a_fixed_one_was_is_new_though_the_words_are_the_same(run, pages):
    """The known h4 is mended and another h4 skips a level further on: the same words, another heading."""
    (pages / "page.html").write_text(page("<main><h1>T</h1><h2>A</h2><p>x</p><h4>Deep</h4></main>"))
    run("page.html", "--select", "HDG003", "--baseline", "base.json", "--update-baseline")
    (pages / "page.html").write_text(page("<main><h1>T</h1><h2>A</h2><p>x</p><h3>Deep</h3><h2>B</h2><section><h4>Other</h4></section></main>"))
    result = run("page.html", "--select", "HDG003", "--baseline", "base.json", "--format", "json")
    assert [(f["code"], f["selector"]) for f in json.loads(result.out)["findings"]] == [("HDG003", "html > body > main > section > h4")]


def test_baseline_contract_entries_match_by_json_path_too(run, pages):
    # The contract reports missing fields at the page's start: one field's entry does not cover another's.
    (pages / "page.html").write_text('<!doctype html><html lang="en"><head><title>T</title></head><body><main><article>'
                                     '<h1>Storm hits coast</h1><p>Text.</p></article></main></body></html>')
    run("page.html", "--select", "CON001", "--baseline", "base.json", "--update-baseline")
    document = json.loads((pages / "base.json").read_text())
    paths = sorted(e["message"].split()[0] for e in document["findings"])
    assert "$.published" in paths, paths
    for entry in document["findings"]:
        entry["message"] = entry["message"].split()[0] + " in other words"
    (pages / "base.json").write_text(json.dumps(document))
    assert run("page.html", "--select", "CON001", "--baseline", "base.json").code == 0
    # The date is given and the headline taken away: the headline's finding is new, though the date's entry is left over.
    (pages / "page.html").write_text('<!doctype html><html lang="en"><head><title>T</title></head><body><main><article>'
                                     '<time datetime="2016-12-06T10:00:00Z">December 6, 2016</time><p>Text.</p>'
                                     '</article></main></body></html>')
    result = run("page.html", "--select", "CON001", "--baseline", "base.json", "--format", "json")
    assert result.code == 1
    [finding] = json.loads(result.out)["findings"]
    assert finding["message"].startswith("$.headline"), finding


def test_broken_baseline_is_a_clear_error(run, pages):
    (pages / "base.json").write_text("{not json")
    result = run("article.html", "--baseline", "base.json")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1 and "base.json" in result.err
    result = run("article.html", "--baseline", "missing.json")
    assert result.code == 2 and "baseline file not found" in result.err
    entry = {"code": "IMG001", "path": "article.html", "selector": "img", "message": "m"}
    for changed, said in (({"message": ["m"]}, "findings[0]: code, path, selector, message and element must be strings"),
                          ({"element": 5}, "findings[0]: code, path, selector, message and element must be strings"),
                          ({"count": "2"}, 'findings[0].count must be a whole number from 1, not "2"'),
                          ({"count": 0}, "findings[0].count must be a whole number from 1, not 0")):
        (pages / "base.json").write_text(json.dumps({"version": 1, "findings": [{**entry, **changed}]}))
        assert_one_error(run("article.html", "--baseline", "base.json"), "base.json", said)


def test_gate_controls(run, pages):
    assert run("broken-headings.html", "--exit-zero").code == 0
    assert run("broken-headings.html", "--fail-on", "info", "--select", "HDG005").code == 1
    assert run("broken-headings.html", "--select", "HDG005").code == 0  # a warning alone does not fail
    over = run("broken-headings.html", "--select", "HDG005,HDG006", "--max-warnings", "1")
    assert over.code == 1 and "more than --max-warnings 1" in over.err
    assert run("broken-headings.html", "--select", "HDG005,HDG006", "--max-warnings", "2").code == 0
    stats = run("broken-headings.html", "--statistics", "--select", "HDG")
    assert "     1  HDG002  multiple-h1" in stats.out


@pytest.mark.parametrize("fmt", ["text", "codeframe", "json", "jsonl", "sarif", "junit", "github", "gitlab", "html"])
def test_a_pages_control_characters_never_reach_a_report_raw(run, tmp_path, fmt):
    """A page's text (and a file's name) may hold ESC, BEL or a C1 control: printed raw, they would act on the reader's
    terminal (recolor it, retitle it, ring it) and JUnit's XML cannot hold them (the JUnit report failed with an internal
    error). Messages and reports show them as symbols, one for each, so positions stay put."""
    name = "story\x1b]0;x\x07.html"
    (tmp_path / name).write_text(page("<main><h1>A \x1b[31mred\x1b[0m title \x07 \x9b</h1><h3>Deep</h3></main>", head="<title>Other</title>"))
    result = run(".", "--format", fmt, "--select", "HDG003,HDG006", "--no-cache")
    assert result.code == 1, result.err
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.out + result.err), fmt
    if fmt == "junit":
        ElementTree.fromstring(result.out.encode())
    if fmt == "text":
        assert "story␛]0;x␇.html:5:7: HDG006 the h1 “A ␛[31mred␛[0m title ␇ \ufffd” differs from the <title> “Other”" in result.out


def test_a_file_name_with_a_line_break_stays_on_its_findings_line(run, tmp_path):
    (tmp_path / "a\nb.html").write_text(page("<main><h1>Headline</h1><h3>Deep</h3></main>"))
    text = run(".", "--select", "HDG003", "--no-cache")
    assert text.out.splitlines()[0].startswith("a␊b.html:5:24: HDG003 h3 follows h1")
    assert "  at a␊b.html:5:24" in run(".", "--select", "HDG003", "--no-cache", "--format", "codeframe").out.splitlines()


def test_a_selector_escapes_control_characters_as_css_does(run, tmp_path):
    """An id or class with a control character is written as CSS.escape() writes it (\\1b and a space), so the selector
    pastes into a browser's console and the JUnit report stays XML (it failed with an internal error)."""
    (tmp_path / "p.html").write_text(page('<main><h1>Headline</h1><h3 id="a\x1bb">Deep</h3></main>'))
    finding = json.loads(run("p.html", "--select", "HDG003", "--format", "json", "--no-cache").out)["findings"][0]
    assert finding["selector"] == "#a\\1b b"
    junit = run("p.html", "--select", "HDG003", "--format", "junit", "--no-cache")
    assert junit.code == 1 and "(#a\\1b b)" in ElementTree.fromstring(junit.out.encode()).find(".//failure").text


def test_statistics_count_findings_and_the_pages_they_are_on(run, tmp_path):
    """An auditor's first question of an archive: how many pages have the problem, not only how many times it occurs."""
    (tmp_path / "a.html").write_text(page("<main><h1>A</h1><h2></h2><h2></h2><h4>Deep</h4></main>"))
    (tmp_path / "b.html").write_text(page("<main><h1>B</h1><h2></h2></main>"))
    stats = run(".", "--statistics", "--select", "HDG004,HDG003", "--no-cache")
    assert stats.out.splitlines()[-5:] == ["     3  HDG004  empty-heading          on 2 pages", "     1  HDG003  heading-level-skipped  on 1 page",
                                           "Where findings recur: the same rule at the same place in the template, on several pages",
                                           "     2 pages  HDG004  html > body > main > h2  (e.g. a.html:5:17)",
                                           "Found 4 problems (4 errors, 0 warnings, 0 info) in 2 pages."]


def _story(number: int, paragraphs: int, credit: bool = False) -> str:
    """A story of a template that gives its box the story's id and puts the photo after the text's paragraphs."""
    caption = "Crowds gather in the square<small>Image: picture-alliance/dpa/J. Doe</small>" if credit else "Crowds gather in the square"
    return page(f'<main><article id="post-{number}"><h1>Story {number} of the day</h1>' + "<p>Text.</p>" * paragraphs
                + f'<figure><img src="/p{number}.jpg" alt="A crowd"><figcaption>{caption}</figcaption></figure>'
                + f'</article></main><footer><img src="/logo{number % 2}.png"></footer>')


def test_statistics_name_the_places_of_the_template_where_a_rule_recurs(run, tmp_path):
    """A template that drops the photo credit drops it on every story it renders: the auditor of an archive wants the
    place, the same on every page though the story's id and its count of paragraphs change the selector, and how many
    pages it costs. A rule's findings at places that differ (one page's own fault) are no recurrence."""
    stories = {number: _story(number, paragraphs, credit=number == 103) for number, paragraphs in ((101, 2), (102, 5), (103, 3))}
    for number, html in stories.items():
        (tmp_path / f"s{number}.html").write_text(html)
    (tmp_path / "s104.html").write_text(page('<main><h1>Story 104 of the day</h1><p><img src="/one.jpg"></p></main>'))
    stats = run(".", "--statistics", "--select", "CAP002,IMG001", "--no-cache")
    lines = stats.out.splitlines()
    at = lines.index("Where findings recur: the same rule at the same place in the template, on several pages")
    logo, photo = position(stories[101], '<img src="/logo'), position(stories[101], '<img src="/p101')
    assert lines[at + 1:] == [f"     3 pages  IMG001  html > body > footer > img  (e.g. s101.html:{logo[0]}:{logo[1]})",
                              f"     2 pages  CAP002  #post-* > figure > img  (e.g. s101.html:{photo[0]}:{photo[1]})",
                              "Found 6 problems (6 errors, 0 warnings, 0 info) in 4 pages."]
    assert [line.split(": CAP002")[0] for line in lines if ": CAP002 " in line] == [
        "s101.html:{}:{}".format(*photo), "s102.html:{}:{}".format(*position(stories[102], '<img src="/p102'))]
    assert "Where findings recur" not in run("s101.html", "s104.html", "--statistics", "--select", "IMG001", "--no-cache").out


def test_the_html_report_lists_where_findings_recur_and_links_an_example(run, tmp_path):
    for number in range(1, 4):
        (tmp_path / f"s{number}.html").write_text(_story(number, number))
    line, column = position(_story(1, 1), '<img src="/p1')
    report = run(".", "--format", "html", "--select", "CAP002", "--no-cache").out
    section = report[report.index('<section aria-labelledby="recurring">'):]
    section = section[:section.index("</section>")]
    rows = re.findall(r"<tr>.*?</tr>", section)
    assert rows[1:] == ['<tr><td><a href="#rule-CAP002">CAP002</a></td><td><code>#post-* &gt; figure &gt; img</code></td><td>3</td><td>3</td>'
                        f'<td><a href="#page-1"><code>s1.html:{line}:{column}</code></a> article image has no credit; add one to the '
                        "caption, e.g. “Image: picture-alliance/AP Photo/H. Ammar”</td></tr>"]
    assert '<details id="page-1" open><summary><code>s1.html</code>' in report


def test_every_format_marks_the_start_tags_extent(run, tmp_path):
    """A finding spans its element's start tag, its end one past the ">" (as SARIF, GitLab and editors count):
    JSON's end_line and end_column, SARIF's region, GitLab's positions; GitHub's endLine and endColumn only where
    the tag stands on one line, since GitHub takes columns only for an annotation of one line. A finding on an
    element that has no start tag of its own (the parser made up <html>) spans the tag it is reported at."""
    html = '<p>Text.</p>\n  <img src="a.jpg">\n<img\n  src="b.jpg">\n'
    (tmp_path / "p.html").write_text(html)
    select = ["--select", "IMG001,LMK001", "--no-cache"]
    findings = json.loads(run("p.html", "--format", "json", *select).out)["findings"]
    assert [(f["code"], f["line"], f["column"], f.get("end_line"), f.get("end_column")) for f in findings] == [
        ("LMK001", 1, 1, 1, 4), ("IMG001", 2, 3, 2, 20), ("IMG001", 3, 1, 4, 15)]
    regions = [r["locations"][0]["physicalLocation"]["region"]
               for r in json.loads(run("p.html", "--format", "sarif", *select).out)["runs"][0]["results"]]
    assert regions == [{"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 4}, {"startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 20},
                       {"startLine": 3, "startColumn": 1, "endLine": 4, "endColumn": 15}]
    positions = [i["location"]["positions"] for i in json.loads(run("p.html", "--format", "gitlab", *select).out)]
    assert positions == [{"begin": {"line": 1, "column": 1}, "end": {"line": 1, "column": 4}}, {"begin": {"line": 2, "column": 3}, "end": {"line": 2, "column": 20}},
                         {"begin": {"line": 3, "column": 1}, "end": {"line": 4, "column": 15}}]
    annotations = [line.split("::")[1] for line in run("p.html", "--format", "github", *select).out.splitlines()]
    assert annotations == ["error file=p.html,line=1,col=1,endLine=1,endColumn=4,title=LMK001 missing-lang",
                           "error file=p.html,line=2,col=3,endLine=2,endColumn=20,title=IMG001 image-missing-name",
                           "error file=p.html,line=3,col=1,title=IMG001 image-missing-name"]


def test_a_finding_at_a_point_inside_the_text_has_no_end(run, tmp_path):
    """(guard) JSON-LD that does not parse is reported where the parser stopped, a point and no tag: no end."""
    (tmp_path / "p.html").write_text('<html lang="en"><head><script type="application/ld+json">{"a": }</script></head></html>\n')
    [finding] = json.loads(run("p.html", "--format", "json", "--select", "SD001", "--no-cache").out)["findings"]
    assert (finding["line"], finding["column"], "end_line" in finding) == (1, 64, False)


def test_codeframe_shows_the_source_around_each_finding(run, tmp_path):
    html = '<html lang="en"><body><main>\n<h1>Story</h1>\n<img\n  src="b.jpg">\n<p>Text.</p>\n</main></body></html>\n'
    (tmp_path / "p.html").write_text(html)
    result = run("p.html", "--format", "codeframe", "--select", "IMG001", "--no-cache")
    assert result.code == 1
    assert result.out == (
        'error IMG001 image (b.jpg) has no alt text; describe it in alt, or use alt="" if it is decorative (image-missing-name)\n'
        "  at p.html:3:1\n"
        "    1 | <html lang=\"en\"><body><main>\n"
        "    2 | <h1>Story</h1>\n"
        "  > 3 | <img\n"
        "      | ^^^^\n"  # the start tag goes on to the next line: marked to the line's end
        '    4 |   src="b.jpg">\n'
        "    5 | <p>Text.</p>\n"
        "\n"
        "Found 1 problem (1 error, 0 warnings, 0 info) in 1 page.\n"
    )
    assert result.err == ""  # the summary once, in the output


def test_codeframe_on_a_minified_page_shows_the_part_of_the_line_around_the_element(run, tmp_path):
    (tmp_path / "mini.html").write_text('<html lang="en"><body><main>' + "<p>filler text here</p>" * 300
                                        + '<img src="x.jpg"><p>after</p></main></body></html>')
    lines = run("mini.html", "--format", "codeframe", "--select", "IMG001", "--no-cache", "-q").out.splitlines()
    assert lines[1] == "  at mini.html:1:6929"
    source, marker = lines[2], lines[3]
    assert source.startswith("  > 1 | …") and source.endswith("</main></body></html>") and len(source) <= 110
    start = marker.index("^")
    assert source[start:start + 17] == '<img src="x.jpg">' and marker[start:] == "^" * 17


def test_codeframe_leaves_out_the_lines_that_end_before_the_part_shown(run, tmp_path):
    """A minified page's short lines after its long one are not near the element: they showed as a bare "…". A line
    that reaches into the part shown is shown, and so is one of white space alone, shown empty; the lines beyond a line
    left out are left out with it."""
    long_line = '<html lang="en"><body><main>' + "<p>filler text here</p>" * 300 + '<img src="x.jpg"><p>after</p>'
    reaching = "<!-- " + "x" * 6900 + " -->"
    (tmp_path / "mini.html").write_text(long_line + "\n</main></body></html>\n" + reaching + "\n")
    lines = run("mini.html", "--format", "codeframe", "--select", "IMG001", "--no-cache", "-q").out.splitlines()
    assert [line[:7] for line in lines[2:]] == ["  > 1 |", "      |"]

    (tmp_path / "mini.html").write_text(long_line + "\n" + " " * 7000 + "\n" + reaching + "\n</main></body></html>\n")
    lines = run("mini.html", "--format", "codeframe", "--select", "IMG001", "--no-cache", "-q").out.splitlines()
    assert [line[:7] for line in lines[2:]] == ["  > 1 |", "      |", "    2 |", "    3 |"]
    assert lines[4] == "    2 |" and lines[5].startswith("    3 | …xxx") and lines[5].endswith("x -->")


def test_codeframe_shows_no_source_for_standard_input(run, tmp_path):
    """(guard) --stdin-filename names the page, but the file on disk may be older than what came in: no excerpt."""
    (tmp_path / "p.html").write_text("<p>Another text on disk.</p>\n")
    result = run("-", "--stdin-filename", "p.html", "--format", "codeframe", "--select", "IMG001", "--no-cache", "-q",
                 stdin=b'<html lang="en"><body><main><img src="b.jpg"></main></body></html>')
    assert result.out.splitlines() == [
        'error IMG001 image (b.jpg) has no alt text; describe it in alt, or use alt="" if it is decorative (image-missing-name)',
        "  at p.html:1:29"]


def test_codeframe_marks_a_start_tag_wider_than_the_line_shown_up_to_the_cut(run, tmp_path):
    (tmp_path / "p.html").write_text('<html lang="en"><body><main>\n<img src="/' + "x" * 300 + '.jpg">\n</main></body></html>\n')
    lines = run("p.html", "--format", "codeframe", "--select", "IMG001", "--no-cache", "-q").out.splitlines()
    source, marker = lines[3], lines[4]
    assert source.startswith("  > 2 | <img src=\"/xxx") and source.endswith("x…")
    assert marker == "      | " + "^" * (len(source) - len("  > 2 | ") - 1)  # the tag, not the ellipsis


def test_codeframe_marks_stand_under_the_element_after_wide_characters(run, tmp_path):
    """A terminal gives a Japanese character or an emoji two columns, and a combining accent none."""
    (tmp_path / "p.html").write_text('<html lang="ja"><body><main><h1>台風</h1>\n<p>東京で大雨😀 cafe\u0301</p><h3>詳細</h3>\n</main></body></html>\n')
    lines = run("p.html", "--format", "codeframe", "--select", "HDG003", "--no-cache", "-q").out.splitlines()
    assert lines[3:5] == ["  > 2 | <p>東京で大雨😀 cafe\u0301</p><h3>詳細</h3>", "      | " + " " * (3 + 5 * 2 + 2 + 5 + 0 + 4) + "^" * 4]


def test_codeframe_reads_pages_as_artlint_decoded_them(run, tmp_path):
    """A byte-order mark and CR LF line ends (columns count from after the mark); no empty line after the last."""
    (tmp_path / "p.html").write_bytes(b'\xef\xbb\xbf<html lang="en"><body><main>\r\n<h1>T</h1>\r\n<img src="a.jpg">\r\n</main></body></html>\r\n')
    assert run("p.html", "--format", "codeframe", "--select", "IMG001", "--no-cache", "-q").out.splitlines()[2:] == [
        '    1 | <html lang="en"><body><main>', "    2 | <h1>T</h1>", '  > 3 | <img src="a.jpg">', "      | " + "^" * 17,
        "    4 | </main></body></html>"]


def test_colors_go_to_the_terminal_never_into_a_file(tmp_path):
    """On a terminal the text on screen is colored; the same run's reports written to files are plain text."""
    import os
    import pty
    import subprocess

    from .conftest import artlint_cmd

    shutil.copy(EXAMPLES / "broken-headings.html", tmp_path / "p.html")
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    proc = subprocess.run([*artlint_cmd(), "p.html", "--no-cache", "--format", "text", "--format", "text:t.txt",
                           "--format", "codeframe:c.txt"], cwd=tmp_path, stdout=follower, stderr=subprocess.PIPE, env=env, timeout=120)
    os.close(follower)
    screen = b""
    try:
        while chunk := os.read(leader, 65536):
            screen += chunk
    except OSError:  # (Linux ends a pseudo-terminal's output so)
        pass
    os.close(leader)
    assert proc.returncode == 1 and b"\x1b[" in screen
    for name in ("t.txt", "c.txt"):
        written = (tmp_path / name).read_text()
        assert "HDG003" in written and "\x1b" not in written, name


def test_a_long_json_report_keeps_a_finding_to_a_line(run, tmp_path):
    """Indented as json.dumps(indent=2) writes it, but the items of a long list (over 20 findings, SARIF's results) stand
    one to a line: formatting the corpus's report took 186 MB that way (SARIF 268 MB), and a finding a line diffs well."""
    (tmp_path / "p.html").write_text('<html lang="en"><body><main>' + '<img src="a.jpg">' * 25 + "</main></body></html>")
    out = run("p.html", "--format", "json", "--select", "IMG001", "--no-cache").out
    lines = out.splitlines()
    assert lines[:3] == ["{", '  "version": "' + json.loads(out)["version"] + '",', '  "findings": [']
    assert sum(line.startswith('    {"code": "IMG001", ') for line in lines) == 25
    assert lines[-13:] == ["  ],", '  "errors": [],', '  "summary": {', '    "files": 1,', '    "findings": 25,', '    "errors": 25,',
                           '    "warnings": 0,', '    "info": 0,', '    "input_errors": 0,', '    "excluded": 0,', '    "fail_on": "error"', "  }", "}"]
    results = json.loads(run("p.html", "--format", "sarif", "--select", "IMG001", "--no-cache").out)["runs"][0]["results"]
    assert len(results) == 25 and results[0]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 29
