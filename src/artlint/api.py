"""The library API, which the command line uses too.

>>> from artlint import lint_string
>>> [f.code for f in lint_string("<html lang='en'><body><h2>Hi</h2></body></html>", select=["HDG"])]
['HDG001']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .config import Config, ConfigFinder, Overrides, Settings, make_config, resolve
from .errors import ArtlintError
from .engine import Engine, PageResult
from .finding import Finding
from .load import Source, discover
from .registry import Registry, default_registry


class Linter:
    """Lints many pages with the configuration nearest to each, resolved once per file."""

    def __init__(
        self,
        config: str | Path | Mapping[str, Any] | None = None,
        overrides: Overrides | None = None,
        registry: Registry | None = None,
    ) -> None:
        self.registry = registry or default_registry()
        self.overrides = overrides or Overrides()
        self._fixed: Config | None = None
        if isinstance(config, Mapping):
            self._fixed = make_config(None, dict(config))
            self.finder = ConfigFinder()
        else:
            self.finder = ConfigFinder(Path(config) if config is not None else None)
        self.engine = Engine()
        self._settings: dict[int, Settings] = {}
        self._fingerprints: dict[int, str] = {}
        self.cache = None
        self._config = config if not isinstance(config, Mapping) else dict(config)

    def use_cache(self, root: Path | None = None, sweep: bool = True) -> None:
        """Keep findings in root/.artlint_cache (root: the working directory), and sweep out what no run used lately."""
        from .cache import Cache

        self.cache = Cache(root)
        if sweep:
            self.cache.sweep()

    def settings_for(self, directory: Path) -> Settings:
        config = self._fixed or self.finder.for_directory(directory)
        settings = self._settings.get(id(config))
        if settings is None:
            settings = self._settings[id(config)] = resolve(config, self.registry, self.overrides)
        return settings

    def included(self, sources: Iterable[Source], force: bool = False) -> list[Source]:
        """The sources no exclude pattern covers (each page's nearest configuration's, and the command line's). A page named
        on the command line is linted all the same unless ``force``: pre-commit and editors name every file they pass."""
        kept = []
        for source in sources:
            target = source.file if source.file is not None else Path(source.path) if source.url is None and source.path != "-" else None
            if target is not None and (force or not source.named) and self.settings_for(source.directory).excludes(target):
                continue
            kept.append(source)
        return kept

    def settings_rules(self) -> set:
        """Every rule enabled in any configuration resolved so far."""
        return {rule for settings in self._settings.values() for rule in settings.rules}

    def fail_level(self):
        """The strictest fail-on of the configurations resolved so far (error when none says otherwise)."""
        from .finding import Severity

        return min((settings.fail_on for settings in self._settings.values()), default=Severity.ERROR)

    def lint_sources(self, sources: Iterable[Source]) -> Iterator[PageResult]:
        for source in sources:
            yield self.lint_source(source)

    def lint_source(self, source: Source) -> PageResult:
        settings = self.settings_for(source.directory)
        if self.cache is None or source.file is None:
            return self.engine.lint_source(source, settings)
        from .load import read_source

        try:
            data, _ = read_source(source, settings.max_page_size)  # (a file: no HTTP charset)
        except ArtlintError as exc:
            return PageResult(source.path, error=exc)
        fingerprint = self._fingerprints.get(id(settings))
        if fingerprint is None:
            from .cache import settings_fingerprint

            fingerprint = self._fingerprints[id(settings)] = settings_fingerprint(settings)
        key = self.cache.key(data, source.path, fingerprint)
        cached = self.cache.get(key)
        if cached is not None:
            return PageResult(source.path, cached)
        result = self.engine.lint_bytes(data, source.path, settings, source.file)
        if result.error is None and not any(getattr(self.registry.get(f.code), "uses_clock", False) for f in result.findings):
            self.cache.put(key, result.findings)
        return result

    def lint_many(self, sources: list[Source], jobs: int = 1, progress=None) -> Iterator[PageResult]:
        """Results in input order; with jobs > 1 the pages are linted in worker processes."""
        if jobs <= 1 or len(sources) < 4:
            for source in sources:
                result = self.lint_source(source)
                if progress:
                    progress()
                yield result
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        chunk = max(1, min(16, len(sources) // (jobs * 8)))
        pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                                   initargs=(self._config, self.overrides, self.cache.root.parent if self.cache else None))
        try:
            for result in pool.map(_lint_in_worker, sources, chunksize=chunk):
                if progress:
                    progress()
                yield result
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C: stop now, not after the queue
            raise
        pool.shutdown()

    def lint_bytes(self, data: bytes | str, path: str = "<string>", directory: Path | None = None) -> PageResult:
        return self.engine.lint_bytes(data, path, self.settings_for(directory or Path.cwd()))


_worker: Linter | None = None


def _init_worker(config, overrides: Overrides, cache_root: Path | None) -> None:
    """Each worker process builds the same linter once (and shares the on-disk cache).

    Workers ignore Ctrl-C and SIGTERM: the main process handles them and stops the pool.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    global _worker
    _worker = Linter(config, overrides)
    if cache_root is not None:
        _worker.use_cache(cache_root, sweep=False)  # the main process swept it


def _lint_in_worker(source: Source) -> PageResult:
    assert _worker is not None
    return _worker.lint_source(source)


def lint_string(
    html: str | bytes,
    config: str | Path | Mapping[str, Any] | None = None,
    *,
    path: str = "<string>",
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> list[Finding]:
    """Lint one page given as text (or bytes) and return its findings.

    ``config`` is a configuration mapping (the keys of ``[tool.artlint]``) or a
    path to a configuration file; without one, the defaults apply (no file is
    searched). Bytes are decoded as a browser decodes a file (byte-order mark,
    ``<meta charset>``, UTF-8, windows-1252); text is read as it is, its
    ``<meta charset>`` not applied. Raises :class:`artlint.ArtlintError` when
    the page cannot be linted.
    """
    overrides = Overrides(select=select, ignore=list(ignore or ()))
    linter = Linter(config if config is not None else {}, overrides)
    result = linter.lint_bytes(html, path)
    if result.error is not None:
        raise result.error
    return result.findings


def extract(
    html: str | bytes,
    config: str | Path | Mapping[str, Any] | None = None,
    *,
    path: str = "<string>",
) -> dict[str, Any]:
    """The article model of one page: headline, dates, authors, images… each with its source.

    ``config`` may give a site profile (``{"profile": {"headline": "h1.title"}}``).
    Bytes and text are read as :func:`lint_string` reads them. Raises
    :class:`artlint.ArtlintError` when the page cannot be read.
    """
    from .model import extract as build
    from .load import decode_input
    from .page import Page

    linter = Linter(config if config is not None else {})
    settings = linter.settings_for(Path.cwd())
    page = Page(path, decode_input(html, path, settings.max_page_size), settings.style)
    return build(page, settings.profile)


def lint_paths(
    paths: Iterable[str | Path],
    config: str | Path | Mapping[str, Any] | None = None,
    *,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> list[PageResult]:
    """Lint files, directories and glob patterns; one result per page, errors included."""
    sources, errors = discover([str(p) for p in paths])
    linter = Linter(config, Overrides(select=select, ignore=list(ignore or ())))
    results = [PageResult(e.path or "", error=e) for e in errors]
    results.extend(linter.lint_sources(linter.included(sources)))
    return results
