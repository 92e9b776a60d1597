"""Configuration: find it, read it, validate it, and resolve it against the rules.

``[tool.artlint]`` in ``pyproject.toml`` or the top level of ``artlint.toml``;
the nearest file upward from the checked page wins (``artlint.toml`` before
``pyproject.toml`` in the same directory), and ``--config`` overrides both.
Every error names the file and the key, and ends the run with exit code 2.
"""

from __future__ import annotations

import glob
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import ConfigError, UsageError, resolved
from .finding import Severity
from .registry import Registry
from .rule import Rule

CONFIG_FILES = ("artlint.toml", "pyproject.toml")


@dataclass
class Overrides:
    """What the command line says on top of the configuration files."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    contract: str | None = None
    exclude: list[str] = field(default_factory=list)  # glob patterns, relative to the working directory
    stylesheets: list[str] = field(default_factory=list)  # files, relative to the working directory


@dataclass
class Layer:
    """One source of settings: a rule pack, or the user's configuration."""

    path: Path | None
    data: dict[str, Any]
    is_pack: bool = False

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @property
    def label(self) -> str:
        if self.path is None:
            return "configuration"
        return str(self.path) + (" [tool.artlint]" if self.path.name == "pyproject.toml" else "")

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{key}: {message}", self.label)


@dataclass
class Config:
    """The user's configuration (if any) and the packs it extends, in order."""

    path: Path | None = None
    data: dict[str, Any] = field(default_factory=dict)
    layers: list[Layer] = field(default_factory=list)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @property
    def label(self) -> str:
        return Layer(self.path, self.data).label

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{key}: {message}", self.label)


DEFAULT_EXTENDS = ["artlint:recommended"]


def make_config(path: Path | None, data: dict[str, Any]) -> Config:
    """Validate the user's settings and stack the packs they extend beneath them."""
    config = Config(path, data)
    validate(config)
    own = Layer(path, data)
    config.layers = _pack_layers(data.get("extends", DEFAULT_EXTENDS), own, []) + [own]
    return config


def _pack_layers(names: list[str], parent: Layer, chain: list[Path]) -> list[Layer]:
    from .packs import load_pack, pack_path

    layers: list[Layer] = []
    for i, name in enumerate(names):
        try:
            path = pack_path(name, parent.root)
        except ConfigError as exc:
            raise parent.error(f"extends[{i}]", exc.message) from None
        if path in chain:
            raise parent.error(f"extends[{i}]", f"pack {name!r} extends itself (through {' → '.join(p.name for p in chain)})")
        if not parent.is_pack and parent.path is not None and path == parent.path.resolve():
            raise parent.error(f"extends[{i}]", f"{name!r} is this configuration file; extends names rule packs (\"artlint:recommended\", a pack file)")
        data = load_pack(path)
        layer = Layer(path, data, is_pack=True)
        layers += _pack_layers(data.get("extends", []), layer, [*chain, path]) + [layer]
    return layers


def load_file(path: Path) -> Config:
    """Read and validate one configuration file, and the packs it extends."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("configuration file not found", str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read configuration: {exc.strerror or exc}", str(path)) from None
    try:
        document = tomllib.loads(raw.decode("utf-8-sig"))  # a byte-order mark, as Windows editors write, is no error
    except UnicodeDecodeError:
        raise ConfigError("configuration is not UTF-8 text", str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", str(path)) from None
    if path.name == "pyproject.toml" or ("tool" in document and "artlint" in document.get("tool", {})):
        data = document.get("tool", {}).get("artlint", {})
        if not isinstance(data, dict):
            raise ConfigError("[tool.artlint] must be a table", str(path))
    else:
        data = document
    return make_config(path.resolve(), data)


def validate(config: Config) -> None:
    if not config.data:
        return  # nothing to check, and no need to load jsonschema for it
    from .resources import schema
    from .schemas import first_error

    problem = first_error(schema("config.schema.json"), config.data)
    if problem is not None:
        key, message = problem
        raise config.error(key or "(top level)", message)


def has_artlint_table(path: Path) -> bool:
    """Whether a pyproject.toml configures artlint, in any of TOML's spellings: [tool.artlint], [ tool . artlint ],
    [tool] with artlint = {…}, [tool."artlint"]."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if b"artlint" not in data:
        return False  # the cheap test first: most projects' pyproject.toml never name artlint
    try:
        document = tomllib.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return b"[tool.artlint" in data  # broken TOML that means to configure artlint is reported when it is read
    tool = document.get("tool")
    return isinstance(tool, dict) and "artlint" in tool


class ConfigFinder:
    """The nearest configuration upward from each page, each file read once."""

    def __init__(self, explicit: Path | None = None) -> None:
        self._explicit = load_file(explicit) if explicit is not None else None
        self._by_dir: dict[Path, Config] = {}
        self._by_file: dict[Path, Config] = {}
        self._default: Config | None = None

    def for_directory(self, directory: Path) -> Config:
        if self._explicit is not None:
            return self._explicit
        directory = directory.resolve()
        cached = self._by_dir.get(directory)
        if cached is not None:
            return cached
        config = self._search(directory)
        self._by_dir[directory] = config
        return config

    def default(self) -> Config:
        if self._default is None:
            self._default = make_config(None, {})
        return self._default

    def _search(self, directory: Path) -> Config:
        for folder in (directory, *directory.parents):
            cached = self._by_dir.get(folder)
            if cached is not None:
                return cached
            for name in CONFIG_FILES:
                candidate = folder / name
                if candidate.is_file() and (name != "pyproject.toml" or has_artlint_table(candidate)):
                    if candidate not in self._by_file:
                        self._by_file[candidate] = load_file(candidate)
                    return self._by_file[candidate]
        return self.default()


# --- resolution against the registry ---------------------------------------------


@dataclass(frozen=True)
class Exclusion:
    """An exclude pattern as gitignore reads one: "partials" and "*.amp.html" are names, anywhere below the root;
    "build/partials" and "/404.html" (a slash in it) are paths from the root; a trailing slash changes nothing here."""

    pattern: str  # as written
    root: Path  # the directory it is relative to
    regex: re.Pattern[str]
    is_path: bool
    origin: str  # the configuration file, or --exclude

    @classmethod
    def of(cls, pattern: str, root: Path, origin: str) -> Exclusion:
        bare = pattern.rstrip("/") or pattern
        return cls(pattern, root, glob_to_regex(bare.lstrip("/")), "/" in bare, origin)


@dataclass
class Settings:
    """A configuration resolved against the registry: what runs, how, and how strict."""

    config: Config
    rules: list[type[Rule]]
    severities: dict[str, Severity]
    options: dict[str, dict[str, Any]]
    fail_on: Severity
    per_file_ignores: list[tuple[re.Pattern[str], list[str]]]
    max_page_size: int
    registry: Registry
    profile: dict[str, str] = field(default_factory=dict)
    # (a CSS selector, the codes of the rules it turns off on the elements it matches and inside them)
    per_selector_ignores: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    exclude: list[Exclusion] = field(default_factory=list)
    # The site's style sheets the configuration names (absolute paths), and what they say of display.
    stylesheets: list[str] = field(default_factory=list)
    style: Any = None  # (a page.Display)

    def excludes(self, file: Path) -> bool:
        return self.exclusion_for(file) is not None

    def exclusion_for(self, file: Path) -> Exclusion | None:
        """The first exclude pattern that covers the page: a pattern with a slash matches its path (relative to the
        pattern's directory) or the path of a directory above it; one without matches the name of the page or of such a
        directory."""
        for exclusion in self.exclude:
            parts = _relative(file, exclusion.root).split("/")
            candidates = ("/".join(parts[: i + 1]) for i in range(len(parts))) if exclusion.is_path else parts
            if any(exclusion.regex.fullmatch(c) for c in candidates):
                return exclusion
        return None

    def rules_for(self, path: str, file: Path | None) -> list[type[Rule]]:
        ignored = self.ignored_for(path, file)
        if not ignored:
            return self.rules
        return [r for r in self.rules if r.code not in ignored]

    def ignored_for(self, path: str, file: Path | None) -> set[str]:
        if not self.per_file_ignores:
            return set()
        relative = _relative(file, self.config.root) if file is not None else path
        codes: set[str] = set()
        for pattern, selectors in self.per_file_ignores:
            if pattern.fullmatch(relative) or pattern.fullmatch(PurePosixPath(relative).name):
                for sel in selectors:
                    codes.update(r.code for r in self.registry.match(sel))
        return codes


def resolve(config: Config, registry: Registry, overrides: Overrides | None = None) -> Settings:
    """Stack the layers (packs, then the user's file, then the command line) into settings."""
    from .load import DEFAULT_MAX_BYTES
    from .packs import custom_rules
    from .select import css_error

    overrides = overrides or Overrides()
    layers = config.layers or [Layer(config.path, config.data)]
    select: list[str] | None = None
    extend: list[str] = []
    ignore: list[str] = []
    severities: dict[str, Severity] = {}
    options: dict[str, dict[str, Any]] = {}
    per_file: list[tuple[re.Pattern[str], list[str]]] = []
    per_selector: list[tuple[str, list[str]]] = []
    exclude: list[Exclusion] = []
    fail_on = "error"
    max_page_size = DEFAULT_MAX_BYTES
    contract: str | None = None
    stylesheets: list[str] = []
    profile: dict[str, str] = {}
    own: set[str] = set()  # the codes of the rules this configuration's plugins and packs bring

    for layer in layers:
        data = layer.data
        if layer.is_pack and layer.path is not None:
            for rule in custom_rules(layer.path):
                registry.add_local(rule, layer.label)
                own.add(rule.code)
                extend.append(rule.code)  # a pack's own rules run wherever the pack is extended
        for module in data.get("plugins", []):
            root = str(layer.root)
            if root not in sys.path:
                sys.path.insert(0, root)
            own.update(rule.code for rule in registry.load_plugin(module, layer.label, layer.root))
        if "select" in data:
            select = _known(registry, data["select"], "select", layer)
        extend += _known(registry, data.get("extend-select", []), "extend-select", layer)
        ignore += _known(registry, data.get("ignore", []), "ignore", layer)
        for key, table in data.get("rules", {}).items():
            rule = registry.get(key)
            if rule is None:
                raise layer.error(f"rules.{key}", f"unknown rule code or name{registry.did_you_mean(key)} (run 'artlint rules' to list them)")
            table = dict(table)
            if "severity" in table:
                severities[rule.code] = Severity.parse(table.pop("severity"))
            if table:
                if not _shipped(layer):  # shipped packs are validated by the test suite, not on every run
                    _validate_options(rule, table, layer)
                if rule.code == "CON001" and isinstance(table.get("contract"), str):  # a file, as the top-level key names it
                    table["contract"] = _contract_path(table["contract"], layer, f"rules.{key}.contract")
                options[rule.code] = {**options.get(rule.code, {}), **table}
        for pattern, selectors in data.get("per-file-ignores", {}).items():
            _known(registry, selectors, f"per-file-ignores.{pattern!r}", layer)
            per_file.append((glob_to_regex(pattern), selectors))
        for css, selectors in data.get("per-selector-ignores", {}).items():
            if problem := css_error(css):
                raise layer.error(f"per-selector-ignores.{css!r}", problem)
            _known(registry, selectors, f"per-selector-ignores.{css!r}", layer)
            per_selector.append((css, selectors))
        exclude += _exclusions(data.get("exclude", []), layer.root.resolve(), layer)
        fail_on = data.get("fail-on", fail_on)
        max_page_size = data.get("max-page-size", max_page_size)
        if "contract" in data:
            contract = _contract_path(data["contract"], layer, "contract")
        if "stylesheets" in data:
            stylesheets = _stylesheet_paths(data["stylesheets"], layer.root, layer)
        if "profile" in data:
            for key, css in data["profile"].items():
                problem = css_error(css)
                if problem:
                    raise layer.error(f"profile.{key}", problem)
            profile = {**profile, **data["profile"]}

    exclude += _exclusions(overrides.exclude, Path.cwd().resolve(), None)
    if overrides.select is not None:
        select = _known(registry, overrides.select, "--select", None)
    extend = extend + _known(registry, overrides.extend_select, "--extend-select", None)
    ignore = ignore + _known(registry, overrides.ignore, "--ignore", None)
    enabled = [r for r in registry.visible(own) if _selected(r, registry, select, extend, ignore)]
    if overrides.contract is not None:
        contract = str(resolved(Path(overrides.contract), where=f"--contract {overrides.contract}"))
    stylesheets = stylesheets + [path for path in _stylesheet_paths(overrides.stylesheets, Path.cwd(), None) if path not in stylesheets]
    options["CON001"] = {**options.get("CON001", {}), "profile": profile}
    if contract is not None:
        options["CON001"]["contract"] = contract
        if any(r.code == "CON001" for r in enabled):
            from . import contract as contract_mod

            # A team's broken contract stops the run before any page. (The shipped one, which the tests check, is loaded
            # when a page first needs it: a run whose every page the cache answers never imports jsonschema for it.)
            contract_mod.load(contract)
    resolved_options = {rule.code: {**rule.defaults(), **options.get(rule.code, {})} for rule in registry}

    return Settings(
        config=config,
        rules=enabled,
        severities=severities,
        options=resolved_options,
        fail_on=Severity.parse(overrides.fail_on or fail_on),
        per_file_ignores=per_file,
        max_page_size=max_page_size,
        registry=registry,
        profile=profile,
        per_selector_ignores=[(css, frozenset(r.code for sel in selectors for r in registry.match(sel))) for css, selectors in per_selector],
        exclude=exclude,
        stylesheets=stylesheets,
        style=_read_stylesheets(stylesheets) if stylesheets else None,
    )


def _contract_path(value: str, layer: Layer, key: str) -> str:
    """A contract file named in a configuration: relative to the file's directory, and there."""
    if "\x00" in value:
        raise layer.error(key, f"{value!r} holds a NUL character, which no file name can")
    path = resolved(layer.root / value, ConfigError, f"{layer.label}: {key}: {value!r}")
    if not path.is_file():
        raise layer.error(key, f"{value!r}: " + (f"{path} is a directory; name the contract's JSON file" if path.is_dir() else f"no file {path}"))
    return str(path)


_MAX_STYLESHEET = 20 * 1024 * 1024


def _stylesheet_paths(patterns: list[str], root: Path, layer: Layer | None) -> list[str]:
    """The style sheet files the configuration (relative to its directory) or --stylesheet (to the working directory)
    names: each a file, or a glob pattern ("static/css/*.css", "**" to cross directories) that matches at least one."""
    found: list[str] = []
    for i, pattern in enumerate(patterns):
        if "\x00" in pattern or not pattern.strip():
            problem = "names no file"
        elif any(ch in pattern for ch in "*?["):
            matched = [str(Path(p).resolve()) for p in sorted(glob.glob(str(root / pattern), recursive=True)) if Path(p).is_file()]
            found.extend(p for p in matched if p not in found)  # (is_file() followed their links: resolving them ends)
            problem = None if matched else f"no file matches {root / pattern}"
        else:
            where = f"{layer.label}: stylesheets[{i}]: {pattern!r}" if layer is not None else f"--stylesheet {pattern!r}"
            path = resolved(root / pattern, ConfigError if layer is not None else UsageError, where)
            problem = (f"{path} is a directory; name the style sheets in it ({pattern.rstrip('/')}/*.css)" if path.is_dir()
                       else None if path.is_file() else f"no file {path}")
            if problem is None and str(path) not in found:
                found.append(str(path))
        if problem is not None:
            if layer is None:
                raise UsageError(f"--stylesheet {pattern!r}: {problem}")
            raise layer.error(f"stylesheets[{i}]", f"{pattern!r}: {problem}")
    return found


def _read_stylesheets(paths: list[str]) -> Any:
    """What the style sheets say of display (a page.Display), read once for every page; a sheet that cannot be read
    stops the run."""
    from .page import read_style_sheets

    texts = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ConfigError(f"the style sheet cannot be read ({exc.strerror or exc})", path) from None
        if len(data) > _MAX_STYLESHEET:
            raise ConfigError(f"the style sheet holds {len(data) / (1024 * 1024):.0f} MB, more than the "
                              f"{_MAX_STYLESHEET // (1024 * 1024)} MB a style sheet may", path)
        if b"\x00" in data[:8192]:
            raise ConfigError("not a style sheet: it holds binary data", path)
        texts.append(data.decode("utf-8-sig", errors="replace"))
    return read_style_sheets(texts)


def _exclusions(patterns: list[str], root: Path, layer: Layer | None) -> list[Exclusion]:
    """The exclude patterns, each checked to leave out pages: gitignore's "!", which takes pages back in, is not read."""
    for i, pattern in enumerate(patterns):
        problem = ("'!' takes pages back in, which exclude does not do: list only the pages to leave out" if pattern.startswith("!")
                   else "names no page" if not pattern.strip("/") else None)
        if problem is None:
            continue
        if layer is None:
            raise UsageError(f"--exclude {pattern!r}: {problem}")
        raise layer.error(f"exclude[{i}]", f"{pattern!r}: {problem}")
    return [Exclusion.of(pattern, root, layer.label if layer else "--exclude") for pattern in patterns]


def _known(registry: Registry, selectors: list[str], key: str, layer: Layer | None) -> list[str]:
    """The selectors, each checked to name at least one rule."""
    for i, sel in enumerate(selectors):
        if not sel.strip() or not registry.match(sel):
            message = f"unknown rule code or name {sel!r}{registry.did_you_mean(sel)}"
            if layer is None:
                raise UsageError(f"{key}: {message} (run 'artlint rules' to list them)")
            raise layer.error(f"{key}[{i}]", message)
    return selectors


def _selected(rule: type[Rule], registry: Registry, select: list[str] | None, extend: list[str], ignore: list[str]) -> bool:
    """The most specific matching entry decides; on a tie, ignore wins."""
    best_on = -1
    for sel in (select if select is not None else []) + extend:
        if rule in registry.match(sel):
            best_on = max(best_on, registry.specificity(sel, rule))
    if select is None and rule.enabled:
        best_on = max(best_on, 0)
    best_off = -1
    for sel in ignore:
        if rule in registry.match(sel):
            best_off = max(best_off, registry.specificity(sel, rule))
    return best_on >= 0 and best_on > best_off


def _shipped(layer: Layer) -> bool:
    from .resources import data_dir

    return layer.is_pack and layer.path is not None and layer.path.parent == data_dir("rules")


def _validate_options(rule: type[Rule], given: dict[str, Any], config: Layer) -> None:
    from .schemas import first_error

    problem = first_error(rule.options, given)
    prefix = f"rules.{rule.name}"
    if problem is not None:
        key, message = problem
        raise config.error(f"{prefix}.{key}" if key else prefix, message)
    check_formats(rule.options, given, lambda key, message: config.error(f"{prefix}.{key}", message))


def check_formats(schema: dict[str, Any], values: dict[str, Any], error) -> None:
    """Check the option formats JSON Schema cannot: regular expressions, CSS selectors and CLDR date patterns."""
    from .dates import date_pattern_error
    from .patterns import pattern_error
    from .select import css_error

    for key, spec in schema.get("properties", {}).items():
        value = values.get(key)
        if value is None:
            continue
        items = value if isinstance(value, list) else [value]
        fmt = spec.get("format") or spec.get("items", {}).get("format")
        for item in items:
            if not isinstance(item, str):
                continue
            check = {"regex": pattern_error, "css-selector": css_error, "cldr-date": date_pattern_error}.get(fmt or "")
            problem = check(item) if check else None
            if problem:
                raise error(key, problem)


def _relative(file: Path, root: Path) -> str:
    try:
        return file.resolve().relative_to(root).as_posix()
    except ValueError:
        return file.as_posix()


def glob_to_regex(pattern: str) -> re.Pattern[str]:
    """A gitignore-like glob: ``*`` within a path segment, ``**`` across segments."""
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(ch))
            else:
                body = pattern[i + 1 : end].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = end + 1
                continue
        else:
            out.append(re.escape(ch))
        i += 1
    return re.compile("".join(out))
