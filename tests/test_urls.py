"""artlint https://…: pages fetched from a server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .conftest import EXAMPLES

BROKEN = (EXAMPLES / "broken-headings.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/story":
            self._send(200, BROKEN, "text/html; charset=utf-8")
        elif self.path == "/latin":
            body = '<html lang="de"><head><meta charset="utf-8"></head><body><h1>Grüße</h1><h3>x</h3></body></html>'.encode("latin-1")
            self._send(200, body, "text/html; charset=ISO-8859-1")
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/story")
            self.end_headers()
        elif self.path == "/big":
            self._send(200, b"<p>" + b"x" * 2_000_000 + b"</p>", "text/html")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_findings_are_reported_against_the_url(run, server):
    result = run(f"{server}/story", "--format", "json", "--select", "HDG")
    assert result.code == 1
    findings = json.loads(result.out)["findings"]
    assert {f["path"] for f in findings} == {f"{server}/story"}
    assert ("HDG003", 79, 9) in {(f["code"], f["line"], f["column"]) for f in findings}


def test_redirects_are_followed_a_bounded_number_of_times(run, server):
    assert run(f"{server}/moved", "--select", "HDG").code == 1
    result = run(f"{server}/loop")
    assert result.code == 2 and "more than 5 redirects" in result.err


def test_the_response_charset_wins_over_the_meta(run, server):
    result = run(f"{server}/latin", "--select", "HDG003,ART003", "--format", "json")
    findings = json.loads(result.out)["findings"]
    assert [f["code"] for f in findings] == ["HDG003"]  # decoded as ISO-8859-1: no encoding warning


def test_errors_name_the_url(run, server):
    result = run(f"{server}/missing")
    assert result.code == 2 and result.err.strip() == f"artlint: error: {server}/missing: cannot fetch: HTTP 404 Not Found"
    result = run("http://127.0.0.1:9/nothing-listens-here")
    assert result.code == 2 and "cannot fetch" in result.err


def test_size_limit(run, server, tmp_path):
    (tmp_path / "artlint.toml").write_text("max-page-size = 1000000\n")
    result = run(f"{server}/big")
    assert result.code == 2 and "larger than the limit" in result.err
