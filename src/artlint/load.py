"""Find the inputs and decode their bytes as a browser would."""

from __future__ import annotations

import codecs
import errno
import functools
import glob
import importlib
import os
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import LOOP, InputError
from .lazyre import lazy

HTML_SUFFIXES = (".html", ".htm")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_SKIP_DIRS = frozenset(("node_modules", "__pycache__"))
_GLOB_CHARS = lazy(r"[*?\[]")

# File signatures of formats that are certainly not HTML.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF-", "a PDF document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x7fELF", "an executable"),
    (b"\x00asm", "a WebAssembly module"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file on disk, standard input, or a URL the user gave."""

    path: str  # as shown in findings
    file: Path | None  # None for stdin and URLs
    url: str | None = None
    named: bool = False  # named on the command line, not found in a directory or by a glob pattern

    @property
    def directory(self) -> Path:
        if self.file is not None:
            return self.file.parent
        if self.url is not None:
            return Path.cwd()
        return (Path.cwd() / self.path).parent


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    # Where the encoding came from: "bom", "http", "meta", "default" or "fallback"; "text" for a page given as text.
    origin: str
    # A problem with the bytes, worth a warning: (message, byte offset).
    problem: str | None = None
    # Offset in the text of the <meta> that declared the encoding.
    meta_offset: int | None = None
    # The text's UTF-8 bytes when the page came as valid UTF-8: the parser reads them without encoding the text again.
    utf8: bytes | None = field(default=None, repr=False, compare=False)


def discover(paths: list[str]) -> tuple[list[Source], list[InputError]]:
    """Expand files, directories and glob patterns, in the order given."""
    sources: list[Source] = []
    errors: list[InputError] = []
    seen: dict[Path, int] = {}  # each file once, at its first place

    def add(file: Path, shown: str, named: bool = False) -> None:
        if file.is_symlink() and not file.exists():  # (a link in a directory or a pattern's match that names no file)
            errors.append(InputError(_broken_link(file), shown))
            return
        key = file.resolve()
        if key not in seen:
            seen[key] = len(sources)
            sources.append(Source(shown, file, named=named))
        elif named:  # found in a directory named before it, and named too: named, as exclude patterns see it
            sources[seen[key]] = replace(sources[seen[key]], named=True)

    for raw in paths:
        if raw == "-":
            if not any(source.path == "-" for source in sources):  # standard input is read once: a second "-" would be empty
                sources.append(Source("-", None, named=True))
            continue
        if not raw:  # `artlint "$PAGE"` with PAGE unset; as for cat and ls, not the current directory
            errors.append(InputError("an empty path names no file or directory", "''"))
            continue
        if raw.startswith(("http://", "https://")):
            sources.append(Source(raw, None, raw, named=True))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(_walk(path))
            if not found:
                errors.append(InputError("directory contains no .html or .htm files", raw))
            for file in found:
                add(file, _shown(file))
        elif path.exists():
            add(path, _shown(path), named=True)
        elif _GLOB_CHARS.search(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            for m in matches:
                if Path(m).is_dir():
                    files.extend(sorted(_walk(Path(m))))
            if not files:
                errors.append(InputError("pattern matches no files", raw))
            for file in files:
                add(file, _shown(file))
        elif path.is_symlink():
            errors.append(InputError(_broken_link(path), raw))
        else:
            errors.append(InputError("no such file or directory", raw))
    return sources, errors


def _broken_link(path: Path) -> str:
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return LOOP
    return f"symbolic link to {os.readlink(path)!r}, which does not exist"


def _walk(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d not in _SKIP_DIRS]
        for name in filenames:
            if name.lower().endswith(HTML_SUFFIXES):
                file = os.path.join(dirpath, name)
                # Pages, and links that name no file (reported); not a named pipe, a socket or a device, which would
                # block the run or read forever: a pipe is read when the command line names it (`artlint <(curl …)`).
                if os.path.isfile(file) or os.path.islink(file) and not os.path.exists(file):
                    yield Path(file)


def _shown(path: Path) -> str:
    """The path as users see it: relative to the working directory when inside it; a symbolic link under its own name,
    not its target's."""
    try:
        return Path(os.path.abspath(path)).relative_to(os.getcwd()).as_posix()
    except ValueError:
        return path.as_posix()


def read_source(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str | None]:
    """The raw bytes of an input (at most max_bytes + 1: check_bytes, in decode_input, refuses more), and the charset
    its HTTP response names."""
    if source.url is not None:
        return fetch(source.url, max_bytes)
    try:
        if source.file is None:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if source.file.is_dir():
                raise InputError("is a directory", source.path)
            with open(source.file, "rb") as handle:
                data = handle.read(max_bytes + 1)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError("no such file or directory", source.path) from None
    except PermissionError:
        raise InputError("permission denied", source.path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source.path) from None
    return data, None


FETCH_TIMEOUT = 20.0  # seconds without a byte
FETCH_DEADLINE = 60.0  # seconds for the whole page
MAX_REDIRECTS = 5


def fetch(url: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str | None]:
    """GET a page the user named: bounded in time, size and redirects, over http and https only. Returns (bytes, HTTP
    charset)."""
    import http.client
    import urllib.error
    import urllib.request
    from urllib.parse import urlsplit

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            try:
                scheme = urlsplit(newurl).scheme.lower()
            except ValueError:  # an address that does not parse ("http://[::1")
                scheme = ""
            if scheme not in ("http", "https"):  # urllib would follow ftp:, and refuse file: as a loop
                raise _not_followed(newurl, url)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    watch = _Deadline(FETCH_DEADLINE)
    opener = urllib.request.build_opener(Redirects, *watch.handlers())
    late = InputError(f"cannot fetch: the server took more than {FETCH_DEADLINE:g} s to send the page", url)
    try:
        with watch:
            request = urllib.request.Request(url, headers={"User-Agent": "artlint (+https://pypi.org/project/artlint/)", "Accept": "text/html,*/*;q=0.5"})
            with opener.open(request, timeout=FETCH_TIMEOUT) as response:
                headers = response.headers
                _check_content_type(headers.get_content_type() if headers.get("Content-Type") else None, url)
                coding = (headers.get("Content-Encoding") or "identity").strip().lower()
                data = _decoded_body(response, coding, max_bytes, url)
                missing = getattr(response, "length", None)  # what the Content-Length announced and the body did not bring
                charset = headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            if "not allowed" in str(exc.reason):  # urllib's refusal of a file: address
                raise _not_followed(exc.filename, url) from None
            raise InputError(f"cannot fetch: more than {MAX_REDIRECTS} redirects", url) from None
        raise InputError(f"cannot fetch: HTTP {exc.code} {exc.reason}", url) from None
    except (http.client.HTTPException, urllib.error.URLError, OSError, ValueError, EOFError, InputError) as exc:
        if watch.passed:  # the connection was closed at the deadline: whatever broke, that is why
            raise late from None
        if isinstance(exc, InputError):
            raise
        if isinstance(exc, http.client.HTTPException):  # (RemoteDisconnected is an OSError too, and says it well)
            raise InputError(f"cannot fetch: the server's answer is not well-formed HTTP ({_http_fault(exc)})", url) from None
        raise InputError(f"cannot fetch: {getattr(exc, 'reason', exc)}", url) from None
    if watch.passed:
        raise late
    if len(data) > max_bytes:
        raise InputError(f"page is larger than the limit of {_size(max_bytes)} (max-page-size)", url)
    if missing and coding == "identity":
        raise InputError(f"cannot fetch: the connection closed after {len(data):,} of the {len(data) + missing:,} bytes the server announced", url)
    return data, charset


class _Deadline:
    """A time limit on a whole fetch. http.client reads the status line and the headers itself, a line at a time, each
    read within the socket's timeout: a server that sends a byte now and then would keep the run waiting for ever. At
    the deadline every connection the fetch opened is shut, so whatever read waits on it ends at once."""

    def __init__(self, seconds: float) -> None:
        import threading

        self.passed = False
        self._sockets: list = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        with self._lock:
            self.passed = True
            for sock in self._sockets:
                _shut(sock)

    def _opened(self, sock) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.passed:  # connected as the deadline passed
                _shut(sock)

    def handlers(self) -> list:
        """urllib's http and https handlers, with connections that report their sockets to this deadline."""
        import urllib.request

        watch = self

        def watched(connection_class):
            class Watched(connection_class):
                def connect(self):
                    super().connect()
                    watch._opened(self.sock)
            return Watched

        class Http(urllib.request.HTTPHandler):
            def do_open(self, http_class, req, **kwargs):
                return super().do_open(watched(http_class), req, **kwargs)

        class Https(urllib.request.HTTPSHandler):
            def do_open(self, http_class, req, **kwargs):
                return super().do_open(watched(http_class), req, **kwargs)

        return [Http, Https]


def _shut(sock) -> None:
    import socket

    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # closed already


def _http_fault(exc: Exception) -> str:
    """What http.client found wrong, in a line: "no status line: “HELLO THERE”", "got more than 100 headers"."""
    import http.client

    from .text import quote

    if isinstance(exc, http.client.BadStatusLine):
        return f"no status line: {quote(str(exc.line).strip(), 60)}"
    said = str(exc) or type(exc).__name__
    return said if len(said) <= 120 else said[:119] + "…"


def _not_followed(target: str, url: str) -> InputError:
    return InputError(f"cannot fetch: the server redirects to {target}, which artlint does not follow (http and https only)", url)


# What a server may say a response is that is no page: data, code, styles, feeds, media.
_NOT_PAGES = lazy(r"^(?:application/(?:json|[\w.+-]+\+json|javascript|ecmascript|rss\+xml|atom\+xml|pdf|zip|gzip)|"
                        r"text/(?:css|javascript|csv|calendar)|(?:image|audio|video|font)/[\w.+-]+)$")


def _check_content_type(content_type: str | None, url: str) -> None:
    if content_type and _NOT_PAGES.match(content_type):
        raise InputError(f"not an HTML page: the server says it is {content_type}", url)


def _decoded_body(response, coding: str, max_bytes: int, url: str) -> bytes:
    """The body, unpacked when the server compressed it unasked (artlint asks for none): gzip and deflate, never beyond
    the size limit, so that a small archive of a huge page stops there."""
    import zlib

    if coding not in ("identity", "gzip", "x-gzip", "deflate"):
        raise InputError(f"cannot fetch: the server compressed the page as {coding}, which artlint cannot unpack", url)
    unpacker = zlib.decompressobj(wbits=47) if coding != "identity" else None  # gzip or zlib, told by the header
    out = bytearray()
    try:
        while len(out) <= max_bytes and (chunk := response.read1(64 * 1024)):  # what one read brings, not a full 64 KB
            if unpacker is None:
                out += chunk
                continue
            out += unpacker.decompress(chunk, max_bytes + 1 - len(out))
            while unpacker.unconsumed_tail and len(out) <= max_bytes:
                out += unpacker.decompress(unpacker.unconsumed_tail, max_bytes + 1 - len(out))
    except zlib.error as exc:
        raise InputError(f"cannot fetch: the page's {coding} data is damaged ({exc})", url) from None
    if unpacker is not None and not unpacker.eof and len(out) <= max_bytes:
        raise InputError(f"cannot fetch: the page's {coding} data is damaged or cut short", url)
    return bytes(out)


def check_bytes(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES, charset: str | None = None) -> None:
    """Refuse what cannot be an HTML page: too large, empty, another format, UTF-32, binary. `charset` is the one
    the page's HTTP response names: a page it says is UTF-16 needs no byte-order mark."""
    if len(data) > max_bytes:
        raise InputError(f"page is larger than the limit of {_size(max_bytes)} (max-page-size)", path)
    if not data.strip():
        raise InputError("file is empty" if not data else "file contains only whitespace", path)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"not an HTML page: the file is {what}", path)
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) and (order := _utf32_order(data[4:4100])) is not None:
        raise InputError(f"the file is UTF-32 ({order}), which HTML does not read; save it as UTF-8", path)
    utf16 = next(((len(bom), _CODECS[encoding]) for bom, encoding in _BOMS[1:] if head.startswith(bom)), None)
    if utf16 is None and charset and (encoding := _encoding(charset)) in ("utf-16le", "utf-16be"):
        utf16 = (0, _CODECS[encoding])
    if utf16 is not None:  # the byte tests below read UTF-16's zero bytes as binary: test its text instead
        start, codec = utf16
        text = head[start:].decode(codec, "replace")
        if not text.translate(_CONTROL_CHARACTERS).strip():
            text = data[start:].decode(codec, "replace")  # a blank head: the whole file decides
        if not text.translate(_CONTROL_CHARACTERS).strip():
            problem = "file holds only a byte-order mark" if not text else "file contains only whitespace" if not text.strip() \
                else "not an HTML page: the file holds no text"
            raise InputError(problem, path)
        return
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > len(head) // 10 or b"\0" in head and _text_share(head) < 0.7:
        if (order := _utf32_order(head)) is not None:
            raise InputError(f"the file looks like UTF-32 ({order}), which HTML does not read; save it as UTF-8", path)
        for order, zeros, text in (("little-endian", head[1::2], head[0::2]), ("big-endian", head[0::2], head[1::2])):
            if len(zeros) >= 8 and zeros.count(0) > 0.9 * len(zeros) and text.count(0) < 0.5 * len(text):
                raise InputError(f"the file looks like UTF-16 ({order}) without a byte-order mark, and HTML reads UTF-16 "
                                 "only after one; save it as UTF-8, or add the mark", path)
        raise InputError("not an HTML page: the file looks binary", path)


def _utf32_order(chunk: bytes) -> str | None:
    """The byte order of text in UTF-32 (three zero bytes beside each byte of an ASCII character), or None."""
    if len(chunk) < 16:
        return None
    lanes = [chunk[i::4] for i in range(4)]
    zero = [lane.count(0) > 0.9 * len(lane) for lane in lanes]
    if zero[1] and zero[2] and zero[3] and not zero[0]:
        return "little-endian"
    if zero[0] and zero[1] and zero[2] and not zero[3]:
        return "big-endian"
    return None


def _text_share(head: bytes) -> float:
    """The share of bytes that are text: printable ASCII, tab and line ends, or UTF-8 sequences that decode.
    Random bytes score about 0.4; an HTML page in any encoding, with its markup, far more."""
    ascii_text = len(head) - len(head.translate(None, _ASCII_TEXT))
    decoded = head.decode("utf-8", "replace")
    multibyte = sum(len(ch.encode("utf-8")) for ch in decoded if ord(ch) > 127 and ch != "\ufffd")
    return (ascii_text + multibyte) / len(head)


_ASCII_TEXT = bytes([9, 10, 13, *range(32, 127)])


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)
_CONTROL_CHARACTERS = dict.fromkeys(_CONTROL_BYTES)


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n:,} byte{'s' if n != 1 else ''}"
    return f"{n / 1024 / 1024:g} MB"


# --- encoding sniffing (WHATWG "encoding sniffing algorithm", simplified) ---

# HTML's prescan for the <meta> that declares a page's encoding (https://html.spec.whatwg.org/#prescan-a-byte-stream-
# to-determine-its-encoding): comments are passed over; of an attribute written twice the first counts; a charset
# attribute declares, and a content attribute's "charset=" only beside http-equiv="content-type"; a label browsers do
# not know is passed over for a later <meta>. The label is the value's leading run of a label's characters, as Chromium
# reads <meta charset=windows-1250/>.
_PRESCAN = lazy(rb"<!--.*?(?:-->|\Z)|<meta[\t\n\f\r /][^>]*", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = lazy(rb"""([^\t\n\f\r />"'=][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"?|'([^']*)'?|([^\t\n\f\r >]*)))?""")
_CONTENT_CHARSET = lazy(rb"""charset[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r ;"']+))""", re.IGNORECASE)
_LABEL = lazy(rb"[\t\n\f\r ]*([a-zA-Z0-9_:.()+-]{1,40})")


def _declared(data: bytes, end: int) -> tuple[int, str, str | None] | None:
    """The offset of the <meta> that declares the page's encoding, before `end`, its label and the encoding it names: the
    first <meta> whose label names an encoding, else the first with any label (which browsers ignore: no encoding).
    None when no <meta> declares one."""
    unknown = None
    for found in _PRESCAN.finditer(data, 0, end):
        tag = found.group()
        if tag.startswith(b"<!--"):
            continue
        seen: set[bytes] = set()
        charset = content = None
        pragma = False
        for name, *values in _ATTRIBUTE.findall(tag, 5):
            name = name.lower()
            if name in seen:
                continue
            seen.add(name)
            if name == b"charset":
                charset = b"".join(values)
            elif name == b"http-equiv":
                pragma = b"".join(values).strip().lower() == b"content-type"
            elif name == b"content":
                content = b"".join(values)
        if charset is None and pragma and content is not None and (said := _CONTENT_CHARSET.search(content)):
            charset = b"".join(said.groups(b""))
        label = _LABEL.match(charset) if charset is not None else None
        if label is None:
            continue
        said = label.group(1).decode("ascii")
        if (encoding := _encoding(said)) is not None:
            return found.start(), said, encoding
        unknown = unknown or (found.start(), said, None)
    return unknown


_BODY_START = lazy(rb"<body[\s>]", re.IGNORECASE)

# The Encoding Standard's encodings (https://encoding.spec.whatwg.org/#names-and-labels): each one's name, the Python
# codec that decodes it, and its labels. A label names an encoding only when it is one of these, after trimming and
# lowercasing; browsers ignore any other, whatever codec Python has for it ("utf_8", "utf-16-le", "uu", "base64"…).
_ENCODINGS = (
    ("utf-8", "utf-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
    ("ibm866", "cp866", "866 cp866 csibm866 ibm866"),
    ("iso-8859-2", "iso8859-2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"),
    ("iso-8859-3", "iso8859-3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"),
    ("iso-8859-4", "iso8859-4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"),
    ("iso-8859-5", "iso8859-5",
     "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988"),
    ("iso-8859-6", "iso8859-6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
     "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"),
    ("iso-8859-7", "iso8859-7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
     "iso_8859-7 iso_8859-7:1987 sun_eu_greek"),
    ("iso-8859-8", "iso8859-8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
     "iso_8859-8 iso_8859-8:1988 visual"),
    ("iso-8859-8-i", "iso8859-8", "csiso88598i iso-8859-8-i logical"),
    ("iso-8859-10", "iso8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"),
    ("iso-8859-13", "iso8859-13", "iso-8859-13 iso8859-13 iso885913"),
    ("iso-8859-14", "iso8859-14", "iso-8859-14 iso8859-14 iso885914"),
    ("iso-8859-15", "iso8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"),
    ("iso-8859-16", "iso8859-16", "iso-8859-16"),
    ("koi8-r", "koi8-r", "cskoi8r koi koi8 koi8-r koi8_r"),
    ("koi8-u", "koi8-u", "koi8-ru koi8-u"),
    ("macintosh", "mac-roman", "csmacintosh mac macintosh x-mac-roman"),
    ("windows-874", "cp874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
    ("windows-1250", "cp1250", "cp1250 windows-1250 x-cp1250"),
    ("windows-1251", "cp1251", "cp1251 windows-1251 x-cp1251"),
    ("windows-1252", "cp1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
     "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"),
    ("windows-1253", "cp1253", "cp1253 windows-1253 x-cp1253"),
    ("windows-1254", "cp1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 "
     "latin5 windows-1254 x-cp1254"),
    ("windows-1255", "cp1255", "cp1255 windows-1255 x-cp1255"),
    ("windows-1256", "cp1256", "cp1256 windows-1256 x-cp1256"),
    ("windows-1257", "cp1257", "cp1257 windows-1257 x-cp1257"),
    ("windows-1258", "cp1258", "cp1258 windows-1258 x-cp1258"),
    ("x-mac-cyrillic", "mac-cyrillic", "x-mac-cyrillic x-mac-ukrainian"),
    ("gbk", "gb18030", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"),
    ("gb18030", "gb18030", "gb18030"),
    ("big5", "big5hkscs", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    ("euc-jp", "euc_jp", "cseucpkdfmtjapanese euc-jp x-euc-jp"),
    ("iso-2022-jp", "iso2022_jp", "csiso2022jp iso-2022-jp"),
    ("shift_jis", "cp932", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"),
    ("euc-kr", "cp949", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 "
     "windows-949"),
    # Labels of encodings that could hide markup from a filter; browsers decode a page in them as one U+FFFD.
    ("replacement", None, "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr"),
    ("utf-16be", "utf-16-be", "unicodefffe utf-16be"),
    ("utf-16le", "utf-16-le", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"),
    ("x-user-defined", None, "x-user-defined"),  # bytes 0x80–0xFF as U+F780–U+F7FF
)
_LABELS = {label: name for name, _, labels in _ENCODINGS for label in labels.split()}
_CODECS = {name: codec for name, codec, _ in _ENCODINGS}


def _encoding(label: str) -> str | None:
    """The encoding a charset label names (the Encoding Standard's "get an encoding"), or None: browsers ignore it."""
    return _LABELS.get(label.strip("\t\n\f\r ").lower())


# HTML's prescan: a <meta> that says UTF-16 was itself read as ASCII bytes, so the page is UTF-8; x-user-defined in a
# <meta> is windows-1252.
_META_MEANS = {"utf-16le": "utf-8", "utf-16be": "utf-8", "x-user-defined": "windows-1252"}


# Where the Encoding Standard's index of a code page differs from Python's table for it: windows-1255's 0xCA is the
# Hebrew point holam haser, and KOI8-U is KOI8-RU, with the Belarusian ў and Ў.
_INDEX_CHANGES = {"cp1255": {0xCA: "\u05ba"}, "koi8-u": {0xAE: "\u045e", 0xBE: "\u040e"}}


@functools.cache
def _index(codec: str) -> str:
    """The decoding table of a single-byte codec as the Encoding Standard has it: a byte from 0x80 to 0x9F that
    Python's table leaves undefined is that C1 control (windows-1252's 0x81 is U+0081), and _INDEX_CHANGES."""
    table = list(importlib.import_module(f"encodings.{codec.replace('-', '_')}").decoding_table)
    for byte in range(0x80, 0xA0):
        if table[byte] == "\ufffe":
            table[byte] = chr(byte)
    for byte, character in _INDEX_CHANGES.get(codec, {}).items():
        table[byte] = character
    return "".join(table)


_X_USER_DEFINED = {byte: 0xF700 + byte for byte in range(0x80, 0x100)}


def _text(data: bytes, encoding: str, replace: bool = False) -> str:
    """Bytes decoded in an encoding of the Encoding Standard; raises UnicodeDecodeError, unless replace is true."""
    if encoding == "x-user-defined":
        return data.decode("latin-1").translate(_X_USER_DEFINED)
    errors = "replace" if replace else "strict"
    if encoding.startswith("windows-") or encoding == "koi8-u":
        return codecs.charmap_decode(data, errors, _index(_CODECS[encoding]))[0]
    return data.decode(_CODECS[encoding], errors)


_SURROGATE = lazy("[\ud800-\udfff]")


def text_page(text: str, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """A page given as text, decoded already (``artlint.lint_string("…")``): refused as its UTF-8 bytes would be, and
    read as it is. Its <meta charset> names the encoding of bytes it no longer has, so it is not applied. A surrogate
    code point, which Python's text may hold and UTF-8 cannot encode, is read as U+FFFD."""
    text = text.removeprefix("\ufeff")
    if not text.isascii():
        text = _SURROGATE.sub("\ufffd", text)
    data = text.encode("utf-8")
    check_bytes(data, path, max_bytes)
    return Decoded(text, "utf-8", "text", utf8=data)


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16le"), (codecs.BOM_UTF16_BE, "utf-16be"))


def decode_input(data: bytes | str, path: str, max_bytes: int = DEFAULT_MAX_BYTES, transport: str | None = None) -> Decoded:
    """A page's bytes, refused if they cannot be a page and decoded as a browser decodes them (`transport` is the charset
    of its HTTP response), or a page given as text, decoded already (see :func:`text_page`)."""
    if isinstance(data, str):
        return text_page(data, path, max_bytes)
    check_bytes(data, path, max_bytes, transport)
    return decode(data, transport)


def decode(data: bytes, transport: str | None = None) -> Decoded:
    """Decode bytes as browsers do: byte-order mark, then the HTTP charset, then <meta charset>, then UTF-8 with a
    fallback to windows-1252. Decoded.encoding is the Encoding Standard's name of the encoding ("windows-1252")."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom):], encoding, "bom", "byte-order mark")
    if transport and (encoding := _encoding(transport)):
        return _decode_as(data, encoding, "http", f"HTTP Content-Type charset={transport}")
    # Browsers prescan 1,024 bytes and reparse when a later <meta> in the head
    # changes the encoding; look through the head for the same result.
    body = _BODY_START.search(data, 0, 262144)
    found = _declared(data, body.start() if body else 262144)
    if found is not None:
        offset, label, encoding = found
        declared = f'<meta charset="{label}">'
        if encoding is not None:
            decoded = _decode_as(data, _META_MEANS.get(encoding, encoding), "meta", declared)
        else:
            decoded = _undeclared(data, declared)
        return replace(decoded, meta_offset=len(_text(data[:offset], decoded.encoding, replace=True)))
    return _undeclared(data)


def _undeclared(data: bytes, declared: str | None = None) -> Decoded:
    """A page that declares no encoding, or only one browsers do not know (`declared`, which they ignore): UTF-8 if
    its bytes are, else windows-1252, what browsers guess in Western European and American locales."""
    ignored = f"the {declared} names no encoding browsers know, so they ignore it and guess" if declared else ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02X} at offset {exc.start} is not valid UTF-8"
        return Decoded(
            _text(data, "windows-1252", replace=True),
            "windows-1252",
            "fallback",
            f"{ignored}; {where}, so artlint read the page as windows-1252. Declare the encoding the page is in with a "
            'label browsers know, e.g. <meta charset="windows-1252">'
            if declared
            else f"the page declares no encoding and {where}; decoded as windows-1252. Declare the encoding with <meta charset>",
        )
    problem = f'{ignored}; the bytes are UTF-8, so declare <meta charset="utf-8">' if declared else None
    return Decoded(text, "utf-8", "default", problem, utf8=data)


_UTF8_SEQUENCE = lazy(rb"[\xc2-\xf4][\x80-\xbf]+")


def _utf8_in_disguise(data: bytes, text: str, encoding: str, origin: str, declared_by: str) -> Decoded | None:
    """A page whose bytes all read as UTF-8, with letters beyond ASCII, though it declares a legacy encoding.

    Its bytes decode in the declared encoding too, but as mojibake (“EscrivÃ¡”). Text in a legacy
    encoding is almost never valid UTF-8 as a whole, so such a page was saved as UTF-8: it is read
    as UTF-8, as the other check below does, and the declaration is reported."""
    if text.isascii() or encoding.startswith("utf-16") and b"\0" in data:  # (UTF-16 of ASCII is UTF-8 with NULs)
        return None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    sequence = _UTF8_SEQUENCE.search(data)
    shown = _text(sequence.group(), encoding, replace=True) if sequence else ""
    where = (
        f"bytes {' '.join(f'0x{b:02X}' for b in sequence.group())} at offset {sequence.start()} are UTF-8 "
        f"for “{sequence.group().decode('utf-8')}”"
        + (f", which {encoding} shows as “{shown}”" if shown.isprintable() else "")
        if sequence
        else "they are valid UTF-8"
    )
    return Decoded(
        utf8,
        "utf-8",
        origin,
        f"the {declared_by} says {encoding}, but the bytes are UTF-8 ({where}); browsers will show garbled "
        'text, so declare <meta charset="utf-8">',
        utf8=data,
    )


def _decode_as(data: bytes, encoding: str, origin: str, declared_by: str) -> Decoded:
    if encoding == "replacement":
        decoded = _undeclared(data)
        return Decoded(
            decoded.text,
            decoded.encoding,
            origin,
            f"the {declared_by} names an encoding browsers refuse to decode: they show the whole page as one "
            f"“\ufffd” (U+FFFD). artlint read it as {decoded.encoding}; declare the encoding the page is in, e.g. "
            '<meta charset="utf-8">',
            utf8=decoded.utf8,
        )
    try:
        text = _text(data, encoding)
        if encoding == "utf-8":
            return Decoded(text, encoding, origin, utf8=data)
        if origin == "bom":  # browsers decode in the mark's encoding whatever the bytes are (UTF-16 of CJK may be UTF-8 too)
            return Decoded(text, encoding, origin)
        return _utf8_in_disguise(data, text, encoding, origin, declared_by) or Decoded(text, encoding, origin)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8" and origin != "bom":
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:  # a page saved as UTF-8 that still declares its old encoding
                return Decoded(
                    text,
                    "utf-8",
                    origin,
                    f"the {declared_by} says {encoding}, but the bytes are UTF-8 (byte 0x{data[exc.start]:02X} at "
                    f"offset {exc.start} is not valid {encoding}); browsers will show garbled text, so declare "
                    '<meta charset="utf-8">',
                    utf8=data,
                )
        return Decoded(
            _text(data, encoding, replace=True),
            encoding,
            origin,
            f"byte 0x{data[exc.start]:02X} at offset {exc.start} is not valid {encoding} as declared by "
            f"the {declared_by}; invalid bytes were replaced with U+FFFD. Save the page in the declared "
            "encoding or fix the declaration",
        )
