"""The rule registry, fed by the ``artlint.rules`` entry-point group.

Built-in families register through the same entry points that third-party
plugins use; plugin modules named in configuration are added on top.
An entry point (or plugin module) may name a module with a ``RULES`` list,
a list of rule classes, or a single rule class.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from .entrypoints import entry_points
from .errors import ConfigError
from .lazyre import lazy
from .rule import Rule

ENTRY_POINT_GROUP = "artlint.rules"
_CODE = lazy(r"[A-Z]{2,5}[0-9]{3}")
_NAME = lazy(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


class Registry:
    def __init__(self) -> None:
        self.rules: dict[str, type[Rule]] = {}
        self._names: dict[str, type[Rule]] = {}
        self._plugins: dict[str, list[type[Rule]]] = {}
        self._roots: set[Path] = set()  # the directories of the configurations that named plugins
        # Rules a configuration brings, its plugins' and its own packs': they run only where that configuration applies.
        self._local: set[str] = set()

    def __iter__(self):
        return iter(sorted(self.rules.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self.rules)

    def add(self, rule: type[Rule], origin: str) -> None:
        for attr in ("code", "name", "family", "summary", "rationale", "fix"):
            if not getattr(rule, attr, None):
                raise ConfigError(f"rule {rule.__qualname__} has no {attr}", origin)
        if not _CODE.fullmatch(rule.code):
            raise ConfigError(f"rule code {rule.code!r} is not a family prefix and three digits (e.g. HDG001)", origin)
        if not _NAME.fullmatch(rule.name):
            raise ConfigError(f"rule name {rule.name!r} is not a lower-case slug", origin)
        existing = self.rules.get(rule.code) or self._names.get(rule.name)
        if existing is not None and existing is not rule:
            raise ConfigError(f"rule {rule.code} ({rule.name}) is already defined by {existing.__module__}", origin)
        self.rules[rule.code] = rule
        self._names[rule.name] = rule

    def add_object(self, obj: object, origin: str) -> None:
        for rule in _rules_in(obj, origin):
            self.add(rule, origin)

    def load_entry_points(self) -> None:
        seen: set[str] = set()
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            # An editable install and a wheel may both list the same entry point.
            if ep.value in seen:
                continue
            seen.add(ep.value)
            origin = f"entry point {ep.name} = {ep.value}"
            try:
                obj = ep.load()
            except Exception as exc:  # a broken plugin must not look like an artlint crash
                raise ConfigError(f"cannot load rules: {type(exc).__name__}: {exc}", origin) from exc
            self.add_object(obj, origin)

    def load_shipped_packs(self) -> None:
        """The own rules of the shipped packs: listed and explained everywhere, run where a pack is extended."""
        from .packs import custom_rules, shipped_packs

        for path in shipped_packs():
            for rule in custom_rules(path):
                self.add(rule, str(path))

    def add_local(self, rule: type[Rule], origin: str) -> None:
        """Add a rule that a configuration brings (its pack's own): it runs only where that configuration applies
        (see :meth:`visible`). A rule installed already (a shipped pack's) stays everyone's."""
        if self.rules.get(rule.code) is rule and rule.code not in self._local:
            return
        self.add(rule, origin)
        self._local.add(rule.code)

    def load_plugin(self, module_name: str, origin: str, root: Path | None = None) -> list[type[Rule]]:
        """Import a plugin module that a configuration names, once, and add its rules as that configuration's. ``root``
        is the configuration's directory, where the module may stand: a module of the same name that another directory's
        configuration loaded first is an error, not the rules of the other directory; so is one that stands only beside
        another configuration, which this one finds only when that one was read first."""
        if root is not None:
            self._roots.add(root.resolve())
        if module_name in self._plugins:
            _same_module(module_name, root, origin, self._roots)
            return self._plugins[module_name]
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:
            raise ConfigError(f"cannot import plugin {module_name!r}: {type(exc).__name__}: {exc}", origin) from exc
        _same_module(module_name, root, origin, self._roots)  # (imported before artlint ran, or found first in another directory)
        rules = list(_rules_in(module, origin))
        if not rules:
            raise ConfigError(f"plugin {module_name!r} defines no rules: no RULES list and no rule classes with a code", origin)
        for rule in rules:
            self.add_local(rule, origin)
        self._plugins[module_name] = rules
        return rules

    def visible(self, own: set[str]) -> list[type[Rule]]:
        """The rules a configuration may run: the installed ones, and of those configurations bring, its own (``own``,
        their codes). Another directory's plugin does not run here because a page there was linted first."""
        return [r for r in self if r.code not in self._local or r.code in own]

    def get(self, code_or_name: str) -> type[Rule] | None:
        return self.rules.get(code_or_name.upper()) or self._names.get(code_or_name.lower())

    def match(self, selector: str) -> list[type[Rule]]:
        """Rules a select/ignore entry names: a code, a name, a code prefix, a family, or ALL."""
        sel = selector.strip()
        if sel.upper() == "ALL":
            return list(self)
        rule = self.get(sel)
        if rule is not None:
            return [rule]
        upper = sel.upper()
        return [r for r in self if r.code.startswith(upper) or r.family == sel.lower()]

    def closest(self, word: str) -> str | None:
        """The code, name or family a selector that names no rule is close to ("IGM001", "image-mising-name",
        "heading"), if one is."""
        import difflib

        words = [*(r.code for r in self), *(r.name for r in self), *sorted({r.family for r in self})]
        close = difflib.get_close_matches(word.strip().upper() if word.strip()[:3].isupper() else word.strip().lower(), words, n=1, cutoff=0.7)
        return close[0] if close else None

    def did_you_mean(self, word: str) -> str:
        """For a message about a selector that names no rule: "; did you mean 'image-missing-name'?", or nothing."""
        close = self.closest(word)
        return f"; did you mean {close!r}?" if close else ""

    @staticmethod
    def specificity(selector: str, rule: type[Rule]) -> int:
        """How precisely a selector names a rule: exact beats prefix beats family beats ALL."""
        sel = selector.strip()
        if sel.upper() == rule.code or sel.lower() == rule.name:
            return 100
        if sel.upper() == "ALL":
            return 0
        if rule.code.startswith(sel.upper()):
            return 10 + len(sel)
        return 5  # family name


def _same_module(module_name: str, root: Path | None, origin: str, roots: set[Path]) -> None:
    """Raise when the module imported under that name is not this configuration's: ``root`` holds another module of that
    name (two sites of a monorepo, each with its house_rules.py: Python imports one module per name), or holds none and
    the one imported stands beside another configuration (one of ``roots``)."""
    import sys
    from importlib.machinery import PathFinder

    top = module_name.partition(".")[0]
    loaded = getattr(sys.modules.get(top), "__file__", None)
    if root is None or loaded is None:
        return
    file = Path(loaded).resolve()
    home = file.parent.parent if file.name == "__init__.py" else file.parent  # where the module was found: a package's parent
    spec = PathFinder.find_spec(top, [str(root)])
    if spec is not None and spec.origin is not None:
        if Path(spec.origin).resolve() == file:
            return
        raise ConfigError(f"plugin {module_name!r}: another configuration loaded a module of that name from {home}, and Python "
                          f"imports one module per name; give the module in {root} a name of its own", origin)
    if home in roots and home != root.resolve():
        raise ConfigError(f"cannot import plugin {module_name!r} from {root}: the module of that name stands beside another "
                          f"configuration, in {home}; put it beside this one, or install it", origin)


def _rules_in(obj: object, origin: str) -> Iterable[type[Rule]]:
    if isinstance(obj, type) and issubclass(obj, Rule):
        return [obj]
    if isinstance(obj, ModuleType):
        rules = getattr(obj, "RULES", None)
        if rules is None:
            rules = [v for v in vars(obj).values() if isinstance(v, type) and issubclass(v, Rule) and getattr(v, "code", None) and v.__module__ == obj.__name__]
        return _rules_in(list(rules), origin)
    if isinstance(obj, (list, tuple)):
        out = []
        for item in obj:
            if not (isinstance(item, type) and issubclass(item, Rule)):
                raise ConfigError(f"{item!r} is not an artlint rule class", origin)
            out.append(item)
        return out
    raise ConfigError(f"{obj!r} is not a rule class, a list of rule classes or a module", origin)


_default: Registry | None = None


def default_registry() -> Registry:
    """The process-wide registry of installed rules, loaded once."""
    global _default
    if _default is None:
        registry = Registry()
        registry.load_entry_points()
        registry.load_shipped_packs()
        _default = registry
    return _default
