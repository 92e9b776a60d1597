"""artlint https://…: pages fetched from a server on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
import threading
import time
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
        elif self.path == "/utf16":  # no byte-order mark: the charset says UTF-16, which over HTTP is UTF-16LE
            body = '<html lang="zh"><head><title>你好</title></head><body><h1>你好，Grüße</h1><h3>x</h3></body></html>'
            self._send(200, body.encode("utf-16-le"), "text/html; charset=utf-16")
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
        elif self.path == "/data":
            self._send(200, b'{"headline": "x"}', "application/json")
        elif self.path in ("/gzip", "/gzip-big", "/damaged", "/brotli"):
            body = {"/gzip": gzip.compress(BROKEN), "/gzip-big": gzip.compress(b"<p>" + b"x" * 60_000_000 + b"</p>"),
                    "/damaged": gzip.compress(BROKEN)[:40] + b"\x00" * 40, "/brotli": b"\x8b\x00\x80"}[self.path]
            self._send(200, body, "text/html", encoding="br" if self.path == "/brotli" else "gzip")
        elif self.path == "/cut":  # the connection closes halfway through the announced body
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(2 * len(BROKEN)))
            self.end_headers()
            self.wfile.write(BROKEN)
            self.close_connection = True
        elif self.path == "/drip":  # a byte now and then: each read is quick, the page never ends
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/no-status":  # no HTTP at all
            self.wfile.write(b"HELLO THERE\r\n\r\n")
            self.close_connection = True
        elif self.path == "/headers":  # more headers than http.client reads
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(200)) + b"\r\n")
            self.close_connection = True
        elif self.path == "/drip-headers":  # the status line and headers a byte now and then: http.client reads them itself
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Padding: yes\r\n" * 10:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.05)
            self.close_connection = True
        elif self.path in ("/to-ftp", "/to-file"):
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1:9/story" if self.path == "/to-ftp" else "file:///etc/passwd")
            self.end_headers()
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status, body, content_type, encoding=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle(self):
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):  # artlint gave up on the page, as it should
            pass

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
    # artlint extract reads the page as the linter does
    result = run("extract", f"{server}/latin")
    assert (result.code, json.loads(result.out)["headline"]["text"]) == (0, "Grüße")


def test_a_page_the_response_says_is_utf16_needs_no_byte_order_mark(run, server):
    result = run(f"{server}/utf16", "--select", "HDG003,ART003", "--format", "json")
    assert [(f["code"], f["line"], f["column"]) for f in json.loads(result.out)["findings"]] == [("HDG003", 1, 70)]
    result = run("extract", f"{server}/utf16")
    assert (result.code, json.loads(result.out)["headline"]["text"]) == (0, "你好，Grüße")


def test_errors_name_the_url(run, server):
    result = run(f"{server}/missing")
    assert result.code == 2 and result.err.strip() == f"artlint: error: {server}/missing: cannot fetch: HTTP 404 Not Found"
    result = run("http://127.0.0.1:9/nothing-listens-here")
    assert result.code == 2 and "cannot fetch" in result.err


def test_size_limit(run, server, tmp_path):
    (tmp_path / "artlint.toml").write_text("max-page-size = 1000000\n")
    result = run(f"{server}/big")
    assert result.code == 2 and "larger than the limit" in result.err


def test_a_response_that_says_it_is_no_page_is_refused(run, server):
    result = run(f"{server}/data")
    assert (result.code, result.err.strip()) == (2, f"artlint: error: {server}/data: not an HTML page: the server says it is application/json")


def test_a_page_compressed_unasked_is_unpacked_within_the_size_limit(run, server, tmp_path):
    """artlint asks for no compression; some servers send gzip all the same, which read as "not an HTML page: a gzip archive"."""
    result = run(f"{server}/gzip", "--select", "HDG", "--format", "json")
    assert result.code == 1 and ("HDG003", 79, 9) in {(f["code"], f["line"], f["column"]) for f in json.loads(result.out)["findings"]}
    (tmp_path / "artlint.toml").write_text("max-page-size = 1000000\n")
    big = run(f"{server}/gzip-big")  # 60 MB of page in 60 KB: unpacked to the limit, no further
    assert big.code == 2 and big.err.strip() == f"artlint: error: {server}/gzip-big: page is larger than the limit of 1,000,000 bytes (max-page-size)"
    damaged = run(f"{server}/damaged")
    assert damaged.code == 2 and "cannot fetch: the page's gzip data is damaged" in damaged.err
    brotli = run(f"{server}/brotli")
    assert brotli.err.strip() == f"artlint: error: {server}/brotli: cannot fetch: the server compressed the page as br, which artlint cannot unpack"


def test_a_body_cut_short_is_an_error_not_half_a_page(run, server):
    result = run(f"{server}/cut")
    assert result.code == 2 and result.err.strip() == (
        f"artlint: error: {server}/cut: cannot fetch: the connection closed after {len(BROKEN):,} of the {2 * len(BROKEN):,} bytes the server announced")


@pytest.mark.parametrize(("path", "target"), [("/to-ftp", "ftp://127.0.0.1:9/story"), ("/to-file", "file:///etc/passwd")])
def test_only_http_and_https_redirects_are_followed(run, server, path, target):
    result = run(f"{server}{path}")
    assert result.code == 2 and result.err.strip() == (
        f"artlint: error: {server}{path}: cannot fetch: the server redirects to {target}, which artlint does not follow (http and https only)")


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_server_that_sends_a_byte_now_and_then_is_given_up_on(server, monkeypatch, path):
    """Each read came within the socket's timeout, so the page could take for ever; the whole answer now has a deadline,
    the status line and the headers too (http.client reads those itself, a line at a time)."""
    from artlint import load
    from artlint.errors import InputError

    monkeypatch.setattr(load, "FETCH_DEADLINE", 1.0)
    started = time.monotonic()
    with pytest.raises(InputError) as raised:
        load.fetch(f"{server}{path}")
    assert str(raised.value) == f"{server}{path}: cannot fetch: the server took more than 1 s to send the page"
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(("path", "fault"), [("/no-status", "no status line: “HELLO THERE”"), ("/headers", "got more than 100 headers")])
def test_an_answer_that_is_not_http_is_a_clear_error(run, server, path, fault):
    result = run(f"{server}{path}")
    assert (result.code, result.err.strip()) == (2, f"artlint: error: {server}{path}: cannot fetch: the server's answer is not well-formed HTTP ({fault})")
