"""The HTML report: self-contained, rendered by headless Chromium without console errors."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from .conftest import EXAMPLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-quic"]


@pytest.fixture
def report(run, tmp_path):
    for name in ("article.html", "broken-headings.html", "broken-images.html", "artlint.toml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    result = run(".", "--format", "html:report.html", "--format", "text")
    assert result.code == 1
    return tmp_path / "report.html"


def test_report_is_self_contained_and_complete(report):
    html = report.read_text()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "no external assets"
    assert "<style>" in html and "<script" not in html
    for part in ("Totals", "broken-headings.html", "HDG003", 'id="rule-HDG003"', "Why it matters", "class=\"hit\""):
        assert part in html
    assert oct(report.stat().st_mode & 0o777) != "0o600"


def test_totals_count_each_rules_findings_and_pages(run, tmp_path):
    (tmp_path / "a.html").write_text('<html lang="en"><body><main><h1>A</h1><h2></h2><h2></h2></main></body></html>')
    (tmp_path / "b.html").write_text('<html lang="en"><body><main><h1>B</h1><h2></h2></main></body></html>')
    run(".", "--select", "HDG004", "--format", "html:report.html", "--no-cache")
    html = (tmp_path / "report.html").read_text()
    assert '<th scope="col">Findings</th><th scope="col">Pages</th>' in html
    assert '<tr><td><a href="#rule-HDG004">HDG004</a></td><td>empty-heading</td><td>3</td><td>2</td></tr>' in html


def test_report_shows_the_line_the_finding_names_with_old_mac_line_endings(run, tmp_path):
    page = "\r".join(['<html lang="en">', "<body>", "<h1>Title</h1>", '<h3 class="skipped">Skipped</h3>', "</body></html>"])
    (tmp_path / "mac.html").write_bytes(page.encode())
    result = run("mac.html", "--select", "HDG003", "--format", "html:report.html", "--format", "text")
    assert result.code == 1 and "mac.html:4:1: HDG003" in result.out
    html = (tmp_path / "report.html").read_text()
    hit = re.search(r'<span class="hit">\s*(\d+)\s+(.*?)</span>', html)
    assert hit.group(1) == "4" and "Skipped" in hit.group(2)
    # The page's path heads its section; each finding gives its line and column.
    assert "<summary><code>mac.html</code> — 1 problem</summary>" in html
    assert '<span class="error">error</span> <code>4:1</code> <a href="#rule-HDG003">HDG003</a>' in html


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")
def test_report_renders_in_chromium_without_console_errors(report, tmp_path):
    profile = tmp_path / "chromium-profile"
    common = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0"]
    dom = subprocess.run([*common, "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "Totals" in dom.stdout and "HDG003" in dom.stdout
    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == []
    shot = tmp_path / "report.png"
    taken = subprocess.run([*common, f"--screenshot={shot}", "--window-size=1280,900", report.as_uri()],
                           capture_output=True, text=True, timeout=120)
    assert taken.returncode == 0 and shot.exists()
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000  # a page with content, not a blank one


def test_report_shows_a_minified_pages_element_and_a_latin1_pages_letters(run, tmp_path):
    """On a one-line page the excerpt is the part of the line around the finding, its start tag marked; a page in
    ISO-8859-1 shows its own letters, decoded as artlint read them."""
    (tmp_path / "mini.html").write_text('<html lang="en"><body><main>' + "<p>filler text here</p>" * 300
                                        + '<img src="x.jpg"><p>after</p></main></body></html>')
    (tmp_path / "latin.html").write_bytes('<html lang="de"><head><meta charset="iso-8859-1"></head><body><main>\n<p>Grüße</p><img src="ä.jpg">\n'
                                          "</main></body></html>".encode("latin-1"))
    result = run("mini.html", "latin.html", "--select", "IMG001", "--no-cache", "--format", "html:report.html", "--format", "text")
    assert result.code == 1
    marks = re.findall(r'<span class="hit">\s*(\d+)\s+(.*?)</span>', (tmp_path / "report.html").read_text())
    assert marks[0][0] == "1" and marks[0][1].startswith("…") and '<mark>&lt;img src=&quot;x.jpg&quot;&gt;</mark>' in marks[0][1]
    assert marks[1] == ("2", "&lt;p&gt;Grüße&lt;/p&gt;<mark>&lt;img src=&quot;ä.jpg&quot;&gt;</mark>")
