"""What the configuration resolves to for a page or a directory's pages (`artlint config PATH`): the file found, the
packs beneath it, the rules that run with their severities, the options that differ from the rules' defaults, and
what is ignored or excluded."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from .config import Settings
from .packs import shipped_name
from .resources import data_dir


def describe(settings: Settings, path: Path, shown: str) -> dict[str, Any]:
    """The settings for ``path`` (a page, or a directory: its pages) as plain data, for JSON and for the text below."""
    config = settings.config
    is_page = not path.is_dir()
    registry = settings.registry
    options: dict[str, dict[str, Any]] = {}
    for rule in settings.rules:
        defaults = rule.defaults()
        changed = {k: v for k, v in settings.options[rule.code].items()
                   if k in defaults and v != defaults[k] and not (rule.code == "CON001" and k in ("contract", "profile"))}  # (shown apart)
        if changed:
            options[rule.code] = changed
    contract = settings.options.get("CON001", {}).get("contract")
    exclusion = settings.exclusion_for(path) if is_page else None
    ignored = sorted(settings.ignored_for(shown, path)) if is_page else []
    return {
        "path": shown,
        "configuration": config.label if config.path is not None else None,
        "packs": [shipped_name(layer.path) or str(layer.path) for layer in config.layers if layer.is_pack and layer.path is not None],
        "fail_on": str(settings.fail_on),
        "max_page_size": settings.max_page_size,
        "contract": contract or str(data_dir("schemas") / "article.schema.json"),
        "stylesheets": settings.stylesheets,  # the site's style sheets, whose display:none hides
        "excluded": {"pattern": exclusion.pattern, "from": exclusion.origin} if exclusion is not None else None,
        "ignored": ignored,  # rules per-file-ignores turn off for this page
        "rules": [{"code": r.code, "name": r.name, "severity": str(settings.severities.get(r.code, r.severity))} for r in settings.rules],
        "rules_off": sorted(r.code for r in registry if r not in settings.rules),
        "options": options,
        "per_file_ignores": [{"pattern": pattern, "rules": rules, "from": layer.label}
                             for layer in config.layers for pattern, rules in layer.data.get("per-file-ignores", {}).items()],
        "per_selector_ignores": [{"selector": css, "rules": rules, "from": layer.label}
                                 for layer in config.layers for css, rules in layer.data.get("per-selector-ignores", {}).items()],
        "exclude": [{"pattern": e.pattern, "from": e.origin} for e in settings.exclude],
        "profile": settings.profile,
    }


def render(described: dict[str, Any], value) -> str:
    """The description for people; ``value`` writes an option's value as a configuration file does."""
    d = described
    rows = [("configuration", d["configuration"] or "none found: artlint's defaults"),
            ("packs", ", ".join(d["packs"]) or "none"),
            ("fail-on", d["fail_on"]),
            ("contract", d["contract"]),
            ("stylesheets", ", ".join(d["stylesheets"]) or "none: only the page's own <style> elements"),
            ("max-page-size", f"{d['max_page_size']:,} bytes")]
    if d["excluded"] is not None:
        rows.append(("excluded", f"yes, by {d['excluded']['pattern']!r} ({d['excluded']['from']}); named on the command line "
                                 "it is linted all the same, unless --force-exclude"))
    if d["ignored"]:
        rows.append(("ignored here", ", ".join(d["ignored"]) + " (per-file-ignores)"))
    width = max(len(k) for k, _ in rows)
    out = [f"Settings for {d['path']}:"] + [f"  {k:<{width}}  {v}" for k, v in rows] + [""]
    rules = d["rules"]
    off = d["rules_off"]
    out.append(f"Rules that run ({len(rules)} of {len(rules) + len(off)}" + (f"; off: {', '.join(off)}" if 0 < len(off) <= 10 else "") + "):")
    name_width = max((len(r["name"]) for r in rules), default=0)
    out += [f"  {r['code']:<7} {r['name']:<{name_width}}  {r['severity']}" for r in rules]
    if d["options"]:
        out += ["", "Options set (where they differ from the rule's default):"]
        names = {r["code"]: r["name"] for r in rules}
        for code, changed in d["options"].items():
            out.append(f"  {code} {names[code]}")
            for key, v in changed.items():
                said = value(v)
                if len(said) > 160:
                    said = f"a value of {len(v) if isinstance(v, str | list) else len(said):,} {'characters' if isinstance(v, str) else 'items'}" \
                           ", which --format json prints"
                out.append(textwrap.fill(f"{key} = {said}", 88, initial_indent="    ", subsequent_indent="      ",
                                         break_long_words=False, break_on_hyphens=False))
    for title, items in (("Per-file ignores", [f"{value(i['pattern'])} = {value(i['rules'])}  ({i['from']})" for i in d["per_file_ignores"]]),
                         ("Per-selector ignores", [f"{value(i['selector'])} = {value(i['rules'])}  ({i['from']})" for i in d["per_selector_ignores"]]),
                         ("Exclude", [f"{value(e['pattern'])}  ({e['from']})" for e in d["exclude"]]),
                         ("Site profile", [f"{k} = {value(v)}" for k, v in d["profile"].items()])):
        if items:
            out += ["", f"{title}:"] + [f"  {line}" for line in items]
    return "\n".join(out) + "\n"
