"""Find the inputs and decode their bytes as a browser would."""

from __future__ import annotations

import codecs
import errno
import glob
import os
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import InputError
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
    # Where the encoding came from: "bom", "meta", "default" or "fallback".
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
            return "symbolic links that loop and name no file"
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


def read_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of an input, refusing what cannot be an HTML page."""
    if source.url is not None:
        data, _ = fetch(source.url, max_bytes)
        check_bytes(data, source.path, max_bytes)
        return data
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
    check_bytes(data, source.path, max_bytes)
    return data


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


def check_bytes(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
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
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):  # the byte tests below read UTF-16's zero bytes as binary: test its text instead
            text = head[len(bom):].decode(encoding, "replace")
            if not text.translate(_CONTROL_CHARACTERS).strip():
                text = data[len(bom):].decode(encoding, "replace")  # a blank head: the whole file decides
            if not text.translate(_CONTROL_CHARACTERS).strip():
                problem = "file holds only a byte-order mark" if not text else "file contains only whitespace" if not text.strip() \
                    else "not an HTML page: the file holds no text"
                raise InputError(problem, path)
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
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

_META_CHARSET = lazy(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.()+-]+)""",
    re.IGNORECASE,
)
_BODY_START = lazy(rb"<body[\s>]", re.IGNORECASE)

# WHATWG labels whose meaning differs from Python's codec of the same name.
_LABELS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "iso_8859-1": "cp1252",
    "windows-1252": "cp1252", "cp819": "cp1252", "ibm819": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "iso-8859-11": "cp874", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "windows-949": "cp949",
    "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932",
    "big5": "big5hkscs", "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
    "x-user-defined": "cp1252", "unicode-1-1-utf-8": "utf-8", "utf8": "utf-8",
}


# The encodings browsers decode with (WHATWG's Encoding Standard), by Python's names for them, and the Python codecs
# that labels of theirs name where _LABELS does not map them (latin_1, euc_kr…). A label that names any other codec
# browsers do not know, and ignore; Python's "uu", "base64" or "idna" would not even decode bytes to text.
_WEB_ENCODINGS = frozenset((
    "utf-8", "utf-16-le", "utf-16-be", "cp866", *(f"iso8859-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16)),
    "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", *(f"cp{n}" for n in range(1250, 1259)), "ascii",
    "gb18030", "gbk", "big5hkscs", "big5", "euc_jp", "iso2022_jp", "cp932", "shift_jis", "cp949", "euc_kr",
))


def _codec(label: str) -> str | None:
    """The codec a charset label names, if browsers know the encoding; None otherwise."""
    label = label.strip().lower()
    name = _LABELS.get(label, label)
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    return name if name in _WEB_ENCODINGS else None


def decode(data: bytes, transport: str | None = None) -> Decoded:
    """Decode bytes: byte-order mark, then the HTTP charset, then <meta charset>, then UTF-8 with a fallback."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _decode_as(data[len(bom):], encoding, "bom", "byte-order mark")
    if transport and _codec(transport):
        return _decode_as(data, _codec(transport), "http", f"HTTP Content-Type charset={transport}")
    # Browsers prescan 1,024 bytes and reparse when a later <meta> in the head
    # changes the encoding; look through the head for the same result.
    body = _BODY_START.search(data, 0, 262144)
    match = _META_CHARSET.search(data, 0, body.start() if body else 262144)
    if match:
        label = match.group(1).decode("ascii", "replace")
        encoding = _codec(label)
        if encoding is not None:
            decoded = _decode_as(data, encoding, "meta", f'<meta charset="{label}">')
            meta_offset = len(data[: match.start()].decode(decoded.encoding, "replace"))
            return Decoded(decoded.text, decoded.encoding, decoded.origin, decoded.problem, meta_offset, decoded.utf8)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "default", utf8=data)
    except UnicodeDecodeError as exc:
        return Decoded(
            data.decode("cp1252", "replace"),
            "cp1252",
            "fallback",
            f"the page declares no encoding and byte 0x{data[exc.start]:02X} at offset {exc.start} "
            "is not valid UTF-8; decoded as windows-1252. Declare the encoding with <meta charset>",
        )


_UTF8_SEQUENCE = lazy(rb"[\xc2-\xf4][\x80-\xbf]+")


def _utf8_in_disguise(data: bytes, text: str, encoding: str, origin: str, declared_by: str) -> Decoded | None:
    """A page whose bytes all read as UTF-8, with letters beyond ASCII, though it declares a legacy encoding.

    Its bytes decode in the declared encoding too, but as mojibake (“EscrivÃ¡”). Text in a legacy
    encoding is almost never valid UTF-8 as a whole, so such a page was saved as UTF-8: it is read
    as UTF-8, as the other check below does, and the declaration is reported."""
    if text.isascii():
        return None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    name = codecs.lookup(encoding).name
    sequence = _UTF8_SEQUENCE.search(data)
    shown = sequence.group().decode(encoding, "replace") if sequence else ""
    where = (
        f"bytes {' '.join(f'0x{b:02X}' for b in sequence.group())} at offset {sequence.start()} are UTF-8 "
        f"for “{sequence.group().decode('utf-8')}”"
        + (f", which {name} shows as “{shown}”" if shown.isprintable() else "")
        if sequence
        else "they are valid UTF-8"
    )
    return Decoded(
        utf8,
        "utf-8",
        origin,
        f"the {declared_by} says {name}, but the bytes are UTF-8 ({where}); browsers will show garbled "
        'text, so declare <meta charset="utf-8">',
        utf8=data,
    )


def _decode_as(data: bytes, encoding: str, origin: str, declared_by: str) -> Decoded:
    try:
        text = data.decode(encoding)
        if codecs.lookup(encoding).name == "utf-8":
            return Decoded(text, encoding, origin, utf8=data)
        return _utf8_in_disguise(data, text, encoding, origin, declared_by) or Decoded(text, encoding, origin)
    except UnicodeDecodeError as exc:
        name = codecs.lookup(encoding).name
        if name != "utf-8":
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:  # a page saved as UTF-8 that still declares its old encoding
                return Decoded(
                    text,
                    "utf-8",
                    origin,
                    f"the {declared_by} says {name}, but the bytes are UTF-8 (byte 0x{data[exc.start]:02X} at "
                    f"offset {exc.start} is not valid {name}); browsers will show garbled text, so declare "
                    '<meta charset="utf-8">',
                )
        return Decoded(
            data.decode(encoding, "replace"),
            encoding,
            origin,
            f"byte 0x{data[exc.start]:02X} at offset {exc.start} is not valid {name} as declared by "
            f"the {declared_by}; invalid bytes were replaced with U+FFFD. Save the page in the declared "
            "encoding or fix the declaration",
        )
