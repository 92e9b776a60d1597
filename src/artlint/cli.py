"""The command line: ``artlint PATHS…``, ``artlint rules``, ``artlint explain CODE``."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import stat
import sys
import tempfile
import textwrap
from pathlib import Path

import click

from . import __version__
from .errors import ArtlintError, UsageError, resolved

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITIES = ("error", "warning", "info")


class DefaultGroup(click.Group):
    """``artlint PATHS…`` means ``artlint check PATHS…``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            self._not_a_misspelt_command(args[0] if args else "")
            args = ["check", *args]
        elif args[0] in self.commands and args[0] != "check" and _holds_pages(args[0]):
            # ``artlint config`` beside a folder of pages named config runs the command; say how to lint the folder
            click.echo(f"artlint: note: {args[0]!r} runs the {args[0]} command; to lint the pages in {args[0]}, run "
                       f"'artlint check {args[0]}' or 'artlint ./{args[0]}'", err=True)
        return super().parse_args(ctx, args)

    def _not_a_misspelt_command(self, word: str) -> None:
        """``artlint rule IMG001`` or ``artlint extarct page.html`` names a command, misspelt, not a page: say so once,
        instead of "rule: no such file or directory" and a lint of the rest. (A file of that name is linted.)"""
        if not word.isalpha() or not word.islower() or os.path.lexists(word):
            return
        import difflib

        close = difflib.get_close_matches(word, list(self.commands), n=1, cutoff=0.6)
        if close:
            raise click.UsageError(f"no command or file {word!r}; did you mean 'artlint {close[0]}'?")


def _holds_pages(name: str) -> bool:
    """Whether ``name`` in the working directory is a folder with pages (*.html, *.htm): the search stops at the first."""
    path = Path(name)
    try:
        return path.is_dir() and any(p.suffix.lower() in (".html", ".htm") for p in path.rglob("*.htm*"))
    except OSError:
        return False


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="artlint", message="%(prog)s %(version)s")
def main() -> None:
    """Lint rendered news-article HTML: skip links, images, dates, sign-offs, headings and the content contract.

    Run `artlint PATHS…` to lint pages (the `check` command is implied).
    """


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


@main.command("check")
@click.argument("paths", nargs=-1)
@click.option("--select", multiple=True, help="Rules to run (codes, names, prefixes or families; comma-separated). Replaces the configured selection.")
@click.option("--extend-select", multiple=True, help="Rules to run in addition to the selection.")
@click.option("--ignore", multiple=True, help="Rules not to run.")
@click.option("--exclude", multiple=True,
              help="Skip pages that match these glob patterns (comma-separated), as the configuration's exclude does.")
@click.option("--force-exclude", is_flag=True, help="Skip excluded pages even when they are named on the command line (for pre-commit and editors).")
@click.option("--show-files", is_flag=True, help="List the pages a run would lint, one a line, and lint none.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file instead of searching for one.")
@click.option("--format", "formats", multiple=True,
              help="Output format: text, codeframe, json, jsonl, sarif, junit, github, gitlab, html. Repeat it, with FORMAT:FILE to write one to a file "
                   "(e.g. --format text --format sarif:artlint.sarif).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report to this file instead of standard output.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Findings recorded in this file do not count.")
@click.option("--update-baseline", is_flag=True, help="Write the current findings to the --baseline file.")
@click.option("--max-warnings", type=click.IntRange(min=0), help="Exit 1 when there are more warnings than this.")
@click.option("--statistics", is_flag=True, help="Show the number of findings per rule.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (errors in the input still exit 2).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: the number of CPUs).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write .artlint_cache/.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--contract", type=click.Path(dir_okay=False), help="Validate the article model against this JSON Schema instead of the configured contract.")
@click.option("--stylesheet", "stylesheets", multiple=True,
              help="A style sheet of the site's (a file or a glob pattern; repeat it for more), read with the configured ones: what it never "
                   "displays is hidden.")
@click.option("--stdin-filename", help="The path to show (and to find configuration from) when reading '-'.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary.")
@click.option("--color", "color_when", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Color the text and codeframe output: auto, on a terminal (FORCE_COLOR=1 forces it, as in CI logs; NO_COLOR stops it).")
@click.option("--no-color", is_flag=True, help="The same as --color never.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def check(paths, select, extend_select, ignore, exclude, force_exclude, show_files, config_path, formats, output, baseline, update_baseline, max_warnings,
          statistics, exit_zero, jobs, no_cache, fail_on, contract, stylesheets, stdin_filename, quiet, color_when, no_color, debug) -> None:
    """Lint PATHS: HTML files, directories (searched for *.html and *.htm), glob patterns, or - for standard input."""
    from .config import Overrides
    from .finding import Severity
    from .formatters import Report, get
    from .load import Source, discover

    if not paths:
        raise UsageError("no pages given; run 'artlint PATH…' (or 'artlint -' to read standard input)")
    outputs = _outputs(formats, output)
    if update_baseline and not baseline:
        raise UsageError("--update-baseline needs --baseline FILE")
    if update_baseline:
        _check_writable(baseline)
    from . import baseline as baseline_mod

    known = baseline_mod.load(Path(baseline)) if baseline and not update_baseline else None
    overrides = Overrides(
        select=_split(select) or None,
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        fail_on=fail_on,
        contract=contract,
        exclude=_split(exclude),
        stylesheets=list(stylesheets),
    )
    from .api import Linter

    linter = Linter(config_path, overrides)
    sources, input_errors = discover(list(paths))
    if stdin_filename:
        sources = [Source(stdin_filename, None, named=True) if s.path == "-" else s for s in sources]
    for error in input_errors:
        _complain(error)

    if not no_cache:
        linter.use_cache()
    for source in sources:
        linter.settings_for(source.directory)  # a broken configuration stops the run before any work
    found = len(sources)
    sources = linter.included(sources, force_exclude)
    _not_over_pages([target for _, target in outputs if target] + ([baseline] if update_baseline else []), sources)
    if show_files:
        from .text import visible_controls

        _echo("".join(visible_controls(s.path, one_line=True) + "\n" for s in sources))
        sys.exit(EXIT_ERROR if input_errors else EXIT_OK)
    files, findings, errors = _lint_all(linter, sources, jobs or os.cpu_count() or 1, quiet, debug)
    errors = [(e.path, e.message) for e in input_errors] + errors

    unmatched: list[dict] = []
    reworded = 0
    if update_baseline:
        with baseline_mod.locked(Path(baseline)):  # (parallel updates take turns, each keeping what the others wrote)
            others = baseline_mod.kept(Path(baseline), set(files))  # (a page that could not be read keeps its entries)
            write_atomic(Path(baseline), baseline_mod.render(findings, others))
        also = sum(e.get("count", 1) for e in others)
        click.echo(f"artlint: wrote {len(findings)} findings to the baseline {baseline}"
                   + (f", and kept {also} of pages this run did not lint" if also else ""), err=True)
        findings = []
    elif known is not None:
        findings, unmatched, reworded = baseline_mod.apply(findings, known, set(files))
    fail_level = Severity.parse(fail_on) if fail_on else linter.fail_level()
    failed = any(f.severity >= fail_level for f in findings)
    warnings = sum(1 for f in findings if f.severity == Severity.WARNING)
    if max_warnings is not None and warnings > max_warnings:
        failed = True
    on_terminal = any(target is None for _, target in outputs)
    color = on_terminal and _colored("never" if no_color else color_when)
    rules = sorted({*linter.settings_rules(), *(linter.registry.get(f.code) for f in findings)} - {None}, key=lambda r: r.code)
    report = Report(findings, files, errors, fail_level, color=color, quiet=quiet, rules=rules,
                    statistics=statistics, unmatched_baseline=unmatched, reworded_baseline=reworded, excluded=found - len(sources),
                    source_files={s.path: s.file for s in sources if s.file is not None})
    for name, target in outputs:
        text = get(name)(report if target is None else dataclasses.replace(report, color=False))  # no colors in a file
        if target is None:
            _echo(text, color=report.color)
        else:
            write_atomic(Path(target), text)
    # The summary goes to standard error unless the format on standard output prints it (the formats for people).
    if not on_terminal or any(name not in ("text", "codeframe") for name, target in outputs if target is None):
        from .formatters.text import extras, summary

        if not quiet:
            click.echo(extras(report) + summary(report), err=True)
    if max_warnings is not None and warnings > max_warnings:
        click.echo(f"artlint: {warnings} warnings, more than --max-warnings {max_warnings}", err=True)
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_OK)


def _lint_all(linter, sources, jobs: int, quiet: bool, debug: bool):
    """Lint every source (with a progress bar on a terminal for many pages): (files, findings, errors)."""
    show_progress = len(sources) >= 20 and sys.stderr.isatty() and not quiet
    bar = click.progressbar(length=len(sources), label="Linting", file=sys.stderr) if show_progress else contextlib.nullcontext()
    with bar:
        tick = (lambda: bar.update(1)) if show_progress else None
        results = list(linter.lint_many(sources, jobs, progress=tick))
    files: list[str] = []
    findings = []
    errors: list[tuple[str | None, str]] = []
    for result in results:
        if result.error is not None:
            _complain(result.error)
            if debug and result.trace:
                click.echo(result.trace, err=True)
            errors.append((result.error.path, result.error.message))
            continue
        files.append(result.path)
        findings.extend(result.findings)
    return files, findings, errors


def _outputs(formats: tuple[str, ...], output: str | None) -> list[tuple[str, str | None]]:
    """(format, file or None for standard output) pairs; at most one goes to standard output."""
    from .formatters import available

    pairs = []
    for spec in formats or ("text",):
        name, colon, target = spec.partition(":")
        if name not in available():
            raise UsageError(f"unknown format {name!r}; choose one of: {', '.join(sorted(available()))}")
        if colon and not target:
            raise UsageError(f"--format {spec} names no file; write {name}:FILE, or {name} for standard output")
        pairs.append((name, target or None))
    if output:
        bare = [i for i, (_, target) in enumerate(pairs) if target is None]
        if len(bare) != 1:
            raise UsageError("--output needs exactly one --format without its own :FILE")
        pairs[bare[0]] = (pairs[bare[0]][0], output)
    if sum(1 for _, target in pairs if target is None) > 1:
        raise UsageError("only one format can go to standard output; give the others a file (--format sarif:artlint.sarif)")
    for _, target in pairs:
        if target is not None:
            _check_writable(target)
    return pairs


def _colored(when: str) -> bool:
    """Whether standard output gets colors: asked for, or forced by FORCE_COLOR (any value but "" and "0", as
    force-color.org has it; CI logs show colors, and are no terminal), or else on a terminal without NO_COLOR."""
    if when != "auto":
        return when == "always"
    if os.environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def _not_over_pages(targets: list[str], sources) -> None:
    """A report or baseline is not written over a page the run reads: ``-o page.html`` would lose the page, and a report
    left in the directory linted (``artlint build/ -o build/report.html``) would be linted as a page next time."""
    pages = {resolved(source.file or Path(source.path)) for source in sources  # (standard input under --stdin-filename: the file it stands for)
             if source.file is not None or (source.url is None and source.path != "-")}
    for target in targets:
        if resolved(Path(target), where=f"cannot write {target}") in pages:
            raise UsageError(f"cannot write {target}: it is a page this run lints; write the report somewhere else")


def _check_writable(target: str) -> None:
    """A file to write at the end of the run can be written there: said before the run, not after it."""
    if Path(target).is_dir():
        raise UsageError(f"cannot write {target}: it is a directory; name a file in it")
    if not resolved(Path(target), where=f"cannot write {target}").parent.is_dir():
        raise UsageError(f"cannot write {target}: there is no directory {str(Path(target).parent)!r}")


@main.command("extract")
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration (and its [profile]) instead of searching for one.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="json", show_default=True,
              help="json: one document (an array for several pages); jsonl: one document a line; text: a field a line, for people.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to this file instead of standard output.")
@click.option("--stylesheet", "stylesheets", multiple=True,
              help="A style sheet of the site's (a file or a glob pattern; repeat it for more): what it never displays is not read.")
@click.option("--stdin-filename", help="The path to show when reading '-'.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def extract_command(paths, config_path, fmt, output, stylesheets, stdin_filename, debug) -> None:
    """Print the article model artlint reads from each page, with where every value came from."""
    from .api import Linter
    from .model import extract
    from .load import Source, decode_input, discover, read_source
    from .page import Page

    if not paths:
        raise UsageError("no pages given; run 'artlint extract PATH…'")
    from .config import Overrides

    linter = Linter(config_path, Overrides(stylesheets=list(stylesheets)))
    sources, errors = discover(list(paths))
    if stdin_filename:
        sources = [Source(stdin_filename, None, named=True) if s.path == "-" else s for s in sources]
    for error in errors:
        _complain(error)
    failed = bool(errors)
    found = len(sources)
    sources = linter.included(sources)
    _not_over_pages([output] if output else [], sources)
    if found and not sources and not failed:
        click.echo(f"artlint: {'the page' if found == 1 else f'all {found} pages'} found {'is' if found == 1 else 'are'} excluded; "
                   "nothing to extract", err=True)
        sys.exit(EXIT_OK)
    # Each model is written as soon as it is read, so a run over an archive holds one at a time (the corpus's 1,452 as
    # JSON Lines held 212 MB at the end). The output starts with the first model read: with none, nothing is printed
    # or written. One page named alone is one JSON document, more are an array: the first waits for a second to decide.
    writer = _ModelWriter(fmt, single=len(paths) == 1)
    with contextlib.ExitStack() as stack:
        for source in sources:
            settings = linter.settings_for(source.directory)
            try:
                data, charset = read_source(source, settings.max_page_size)
                page = Page(source.path, decode_input(data, source.path, settings.max_page_size, charset), settings.style)
                model = extract(page, settings.profile)
            except ArtlintError as exc:
                _complain(exc)
                failed = True
                continue
            if writer.sink is None:
                writer.sink = stack.enter_context(atomic_writer(Path(output))).write if output else _echo
            writer.add(model)
        if writer.count == 0:
            sys.exit(EXIT_ERROR)  # no page read: nothing to print or write, the errors said why (and no file is left)
        writer.close()
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


class _ModelWriter:
    """Writes models as they come, in one of extract's formats, to ``sink`` (set at the first model)."""

    def __init__(self, fmt: str, single: bool) -> None:
        self.fmt, self.single = fmt, single
        self.sink = None
        self.count = 0
        self._first: dict | None = None  # (json: the first model, until a second says the output is an array)

    def add(self, model: dict) -> None:
        from .formatters import json_text

        self.count += 1
        if self.fmt == "jsonl":
            self.sink(json_text(model) + "\n")
        elif self.fmt == "text":
            from .formatters.model_text import render

            self.sink(("\n" if self.count > 1 else "") + render(model))
        elif self.count == 1:
            self._first = model
        else:
            if self._first is not None:
                self.sink("[\n" + self._item(self._first))
                self._first = None
            self.sink(",\n" + self._item(model))

    def close(self) -> None:
        from .formatters import json_text

        if self.fmt != "json":
            return
        if self.count == 1:
            first = self._first
            self.sink((json_text(first, indent=2) if self.single else "[\n" + self._item(first) + "\n]") + "\n")
        else:
            self.sink("\n]\n")

    @staticmethod
    def _item(model: dict) -> str:
        """A model as an item of the array, indented as json.dumps(list, indent=2) indents it."""
        from .formatters import json_text

        return "  " + json_text(model, indent=2).replace("\n", "\n  ")


def _registry_with_config(config_path: str | None):
    """The installed rules plus those of the plugins and packs the configuration here names."""
    return _configured_here(config_path)[0]


def _configured_here(config_path: str | None):
    """The registry with the configuration's plugins and packs, and the codes of the rules that configuration runs."""
    from .api import Linter

    linter = Linter(config_path)
    settings = linter.settings_for(Path.cwd())
    return linter.registry, {rule.code for rule in settings.rules}


@main.command("config")
@click.argument("path", required=False, default=".")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file instead of searching for one.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def config_command(path: str, config_path: str | None, fmt: str) -> None:
    """Show the settings that apply to PATH, a page or a directory's pages (default: the working directory): the
    configuration file and its packs, the rules that run and their severities, options set, ignores and excludes."""
    from .api import Linter
    from .config_report import describe, render

    target = Path(path)
    if not target.exists():
        raise UsageError(f"{path}: no such file or directory")
    linter = Linter(config_path)
    settings = linter.settings_for(target if target.is_dir() else target.parent)
    described = describe(settings, target, path)
    if fmt == "json":
        click.echo(json.dumps(described, indent=2, ensure_ascii=False))
    else:
        click.echo(render(described, _toml_value), nl=False)


@main.command("rules")
@click.argument("selectors", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="markdown: the full reference, as in docs/rules.md.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Also list the rules of this configuration's plugins and packs.")
def rules_command(selectors: tuple[str, ...], fmt: str, config_path: str | None) -> None:
    """List every rule: code, name, default severity and summary, and whether the configuration here runs it.
    SELECTORS, as --select takes them (codes, names, code prefixes, families), list only those rules."""
    registry, running = _configured_here(config_path)
    if selectors:
        chosen: set[str] = set()
        for selector in selectors:
            matched = registry.match(selector) if selector.strip() else []
            if not matched:
                raise UsageError(f"unknown rule code or name {selector!r}{registry.did_you_mean(selector)} (run 'artlint rules' to list them)")
            chosen.update(rule.code for rule in matched)
        registry = [rule for rule in registry if rule.code in chosen]
    if fmt == "json":
        click.echo(json.dumps([r.metadata() for r in registry], indent=2, ensure_ascii=False))
        return
    if fmt == "markdown":
        click.echo(render_reference(registry), nl=False)
        return
    width = max(len(r.name) for r in registry)
    family = None
    for rule in registry:
        if rule.family != family:
            family = rule.family
            click.echo(("\n" if family and rule is not next(iter(registry)) else "") + f"{family}:")
        said = _ON_OFF[rule.enabled, rule.code in running]
        click.echo(f"  {rule.code}  {rule.name:<{width}}  {str(rule.severity):<7}  {rule.summary}{said}")


# What the rule list says of a rule, by (on by default, on in the configuration here).
_ON_OFF = {(True, True): "", (True, False): " (off in this configuration)",
           (False, True): " (off by default; on in this configuration)", (False, False): " (off by default)"}


@main.command("explain")
@click.argument("rule", nargs=-1, required=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Also know the rules of this configuration's plugins and packs.")
def explain(rule: tuple[str, ...], config_path: str | None) -> None:
    """Show a rule's documentation: why it matters, how to fix it, options and examples. RULE is a code or a name,
    or a family or a code's prefix for each of its rules; several show each."""
    registry = _registry_with_config(config_path)
    rules: dict[str, type] = {}
    for selector in rule:
        matched = registry.match(selector) if selector.strip() else []
        if not matched:
            raise UsageError(f"unknown rule {selector!r}{registry.did_you_mean(selector)} (run 'artlint rules' to list them)")
        rules.update((cls.code, cls) for cls in matched)
    click.echo(f"\n{'─' * 88}\n\n".join(render_explanation(cls) for _, cls in sorted(rules.items())))


def render_explanation(cls) -> str:
    meta = cls.metadata()
    wrap = lambda text: textwrap.fill(text, 88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    out = [f"{meta['code']} {meta['name']}  ({meta['family']}, {meta['severity']} by default)", "", meta["summary"], ""]
    out += ["Why it matters:", wrap(meta["rationale"]), "", "How to fix it:", wrap(meta["fix"]), ""]
    refs = []
    if meta["wcag"]:
        refs.append("WCAG " + ", ".join(meta["wcag"]))
    if meta["techniques"]:
        refs.append("techniques " + ", ".join(meta["techniques"]))
    if refs:
        out += ["References: " + "; ".join(refs), ""]
    props = meta["options"].get("properties", {})
    if props:
        out.append("Options:")
        for key, spec in props.items():
            default = ""
            if "default" in spec:
                said = _toml_value(spec["default"], keep=True)
                if isinstance(spec["default"], str) and len(said) > 160:  # (the credit pattern: 3,000 characters)
                    said = f"a built-in value of {len(spec['default']):,} characters, which `artlint rules --format json` prints"
                default = ", not set by default" if spec["default"] is None else f", default {said}"
            # (lines break between a list's values, not inside one: "figcaption .attribution" stays on one line)
            out.append(textwrap.fill(f"{key} ({_option_kind(spec)}{default})", 88, initial_indent="  ", subsequent_indent="    ",
                                     break_long_words=False, break_on_hyphens=False).replace(_KEEP, " "))
            if spec.get("description"):
                out.append(textwrap.fill(spec["description"], 88, initial_indent="      ", subsequent_indent="      "))
        out.append("")
    for label, examples in (("Incorrect", meta["examples"]["incorrect"]), ("Correct", meta["examples"]["correct"])):
        for example in examples:
            out.append(f"{label}:")
            out.append(textwrap.indent(example.rstrip("\n"), "    "))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


_KEEP = "\x00"  # a space inside a value, which a line does not break at


def _toml_value(value, keep: bool = False) -> str:
    """A value as a configuration file writes it: a string with double quotes or backslashes inside in single quotes (a
    TOML literal string), true and false in lower case; with ``keep``, the spaces inside a string marked so that no line breaks there."""
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v, keep) for v in value) + "]"
    if isinstance(value, str) and ('"' in value or "\\" in value) and "'" not in value and "\n" not in value:
        said = f"'{value}'"  # (a pattern's backslashes too: '\d+' reads better than "\\d+")
    else:
        said = json.dumps(value, ensure_ascii=False)
    return said.replace(" ", _KEEP) if keep and isinstance(value, str) else said


def _option_kind(spec: dict) -> str:
    """An option's type in the words of JSON and TOML: "string or null", "array of strings", "one of "a", "b"."""
    if "enum" in spec:
        return "one of " + ", ".join(json.dumps(v, ensure_ascii=False) for v in spec["enum"])
    kinds = spec.get("type", "value")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    words = []
    for kind in kinds:
        item = spec.get("items", {}).get("type") if kind == "array" else None
        words.append(f"array of {item}s" if isinstance(item, str) else kind)
    return " or ".join(words)


def render_reference(registry) -> str:
    """The rule reference in Markdown, generated from the rules' metadata (docs/rules.md)."""
    out = ["# artlint rules", "", "Generated by `artlint rules --format markdown` from the rules' own metadata; do not edit.", ""]
    out += ["| code | name | family | severity | summary |", "|---|---|---|---|---|"]
    for rule in registry:
        off = " (off by default)" if not rule.enabled else ""
        out.append(f"| [{rule.code}](#{rule.code.lower()}) | `{rule.name}` | {rule.family} | {rule.severity}{off} | {rule.summary} |")
    for rule in registry:
        out += ["", f"## {rule.code}", "", "```text", render_explanation(rule).rstrip("\n"), "```"]
    return "\n".join(out) + "\n"


def _echo(text: str, color: bool = False) -> None:
    """Print a report, with the colors artlint chose kept (click would take them out where standard output is no
    terminal: a CI log with FORCE_COLOR). A file name that is not UTF-8 prints as its own bytes where standard output
    takes them back (Python's surrogateescape, its default in the C and UTF-8 locales), else with U+FFFD for each."""
    try:
        click.echo(text, nl=False, color=color or None)
    except UnicodeEncodeError:
        from .formatters import decodable

        click.echo(decodable(text), nl=False, color=color or None)  # (not readable(): the colors' ESC stay)


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and a rename, so no reader sees half a report. A text report names a file
    whose name is not UTF-8 by its own bytes (the JSON, XML and HTML formats have written them their way)."""
    with atomic_writer(path) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_writer(path: Path):
    """A handle on a temporary file beside ``path``, renamed to it when the block ends; removed when the block fails
    or exits early, so that no reader sees half a file and nothing is left behind. A device or a pipe is written
    directly: it has no half to see, and a rename would replace it."""
    special = _special_file(path)
    if special:  # a device, a pipe or a terminal (/dev/stdout, a process substitution): written as it comes
        try:
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as handle:
                yield handle
        except OSError as exc:
            raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
        return
    path = resolved(path, where=f"cannot write {path}")
    if path.is_dir():
        raise UsageError(f"cannot write {path}: it is a directory; name a file in it")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # a report is an ordinary file, not mkstemp's private one
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as handle:
            yield handle
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _special_file(path: Path) -> bool:
    """Whether the path names something other than a directory or a regular file: a temporary file renamed over
    /dev/null would put a file in the device's place."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):  # none yet (or a name no file can have): a new file
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _complain(error: ArtlintError) -> None:
    from .text import visible_controls

    click.echo(visible_controls(f"artlint: error: {error}", one_line=True), err=True)  # (a file's name may hold an ESC)


class Terminated(BaseException):
    """SIGTERM, raised where the process is, so that cleanup runs as for Ctrl-C."""


def _on_sigterm(signum, frame):  # noqa: ARG001
    raise Terminated


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; one line per error, tracebacks only with --debug.

    Ctrl-C exits 130 and SIGTERM 143; files are written through a temporary
    file and a rename, so an interrupted run leaves none half-written.
    """
    import signal

    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _run(args, debug)
    except KeyboardInterrupt:
        click.echo("artlint: interrupted", err=True)
        return 130
    except Terminated:
        click.echo("artlint: terminated", err=True)
        return 143
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(args: list[str], debug: bool) -> int:
    try:
        main.main(args=args, prog_name="artlint", standalone_mode=False)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_ERROR
    except click.ClickException as exc:
        click.echo(f"artlint: error: {_one_line(exc.format_message())}", err=True)
        return EXIT_ERROR
    except click.Abort:
        raise KeyboardInterrupt from None
    except ArtlintError as exc:
        if debug:
            raise
        _complain(exc)
        return EXIT_ERROR
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if debug:
            raise
        click.echo(f"artlint: internal error: {type(exc).__name__}: {exc} (run with --debug for details; please report it)", err=True)
        return EXIT_ERROR
    return EXIT_OK


def _one_line(message: str) -> str:
    return " ".join(message.split())
