"""Pages with awkward names (not UTF-8, spaces, "#", "%") are reported in every format, and the reports stay valid."""

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote_to_bytes

import pytest
from lxml import etree
from rfc3986_validator import validate_rfc3986

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "article.html"
LATIN1 = b"caf\xe9 #1.html"  # "café #1.html" written by a Latin-1 system
NAME = os.fsdecode(LATIN1)  # as Python hands it over: "caf\udce9 #1.html"
SPACED = "sub dir/x%20y.html"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX systems only")


@pytest.fixture
def pages(tmp_path):
    (tmp_path / NAME).write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "sub dir").mkdir()
    (tmp_path / SPACED).write_bytes(EXAMPLE.read_bytes())
    return tmp_path


def artlint(cwd, *args, **env):
    command = [sys.executable, "-m", "artlint", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8", **env})


def report(cwd, fmt, *names):
    done = artlint(cwd, *(names or (NAME, SPACED)), "--no-cache", "--select", "AP001", "--format", fmt)
    assert (done.returncode, done.stderr.count(b"internal error")) == (1, 0), done.stderr
    return done.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "gitlab", "junit", "html"])
def test_machine_formats_are_utf8_whatever_the_names(pages, fmt):
    report(pages, fmt).decode("utf-8")


def test_json_writes_undecodable_bytes_as_escapes_that_read_back_as_the_name(pages):
    out = report(pages, "json")
    assert b'"path": "caf\\udce9 #1.html"' in out
    assert [f["path"] for f in json.loads(out)["findings"]] == [NAME, SPACED]
    assert [json.loads(line)["path"] for line in report(pages, "jsonl").splitlines()] == [NAME, SPACED]
    assert [issue["location"]["path"] for issue in json.loads(report(pages, "gitlab"))] == [NAME, SPACED]


def test_sarif_locations_are_uri_references_that_decode_to_the_file(pages):
    results = json.loads(report(pages, "sarif"))["runs"][0]["results"]
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in results]
    assert [location["uri"] for location in locations] == ["caf%E9%20%231.html", "sub%20dir/x%2520y.html"]
    for location in locations:
        assert validate_rfc3986(location["uri"], rule="URI_reference")
        assert location["uriBaseId"] == "%SRCROOT%"
    assert [unquote_to_bytes(location["uri"]) for location in locations] == [LATIN1, SPACED.encode()]


def test_sarif_location_of_a_page_outside_the_working_directory_is_a_file_uri(pages, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    results = json.loads(report(elsewhere, "sarif", str(pages / SPACED)))["runs"][0]["results"]
    location = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": (pages / SPACED).as_uri()}
    assert location["uri"].startswith("file:///") and location["uri"].endswith("/sub%20dir/x%2520y.html")


def test_junit_and_html_show_undecodable_bytes_as_replacement_characters(pages):
    suites = etree.fromstring(report(pages, "junit")).findall("testsuite")
    assert [suite.get("name") for suite in suites] == ["caf\ufffd #1.html", SPACED]
    assert suites[0].find("testcase/failure").text.startswith("caf\ufffd #1.html:2:1: AP001 ")
    assert "<summary><code>caf\ufffd #1.html</code> — 1 problem</summary>" in report(pages, "html").decode("utf-8")


def test_text_shows_the_names_own_bytes_or_replacement_characters_where_the_output_refuses_them(pages):
    assert report(pages, "text").startswith(LATIN1 + b":2:1: AP001 ")
    strict = artlint(pages, NAME, "--no-cache", "--select", "AP001", PYTHONIOENCODING="utf-8")
    assert (strict.returncode, strict.stderr.count(b"internal error")) == (1, 0)
    assert strict.stdout.startswith("caf\ufffd #1.html:2:1: AP001 ".encode())


def test_written_reports_and_the_baseline_keep_the_name(pages):
    done = artlint(pages, NAME, "--no-cache", "--select", "AP001", "--format", "json:out.json", "--format", "text:out.txt")
    assert done.returncode == 1, done.stderr
    assert [f["path"] for f in json.loads((pages / "out.json").read_bytes().decode("utf-8"))["findings"]] == [NAME]
    assert (pages / "out.txt").read_bytes().startswith(LATIN1 + b":2:1: AP001 ")
    done = artlint(pages, NAME, "--no-cache", "--select", "AP001", "--baseline", "known.json", "--update-baseline")
    assert done.returncode == 0, done.stderr
    (pages / "known.json").read_bytes().decode("utf-8")
    done = artlint(pages, NAME, "--no-cache", "--select", "AP001", "--baseline", "known.json")
    assert (done.returncode, done.stdout) == (0, b"No problems found in 1 page.\n")


def test_extract_names_the_page_it_read(pages):
    done = artlint(pages, "extract", NAME)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["path"] == NAME
