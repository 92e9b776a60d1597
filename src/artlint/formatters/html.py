"""A single self-contained HTML report: totals, each page's findings with the source around them, the rules explained."""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape

from .. import __version__
from . import Report, readable, rule_index
from .excerpt import Sources

_CSS = """
:root { color-scheme: light dark; --error: #c62828; --warning: #b26a00; --info: #1565c0; --muted: #666; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
th, td { text-align: left; padding: .25rem .75rem; border-bottom: 1px solid #8884; vertical-align: top; }
.totals { display: flex; gap: 1rem; margin: 1rem 0; }
.total { padding: .75rem 1.25rem; border-radius: .5rem; border: 1px solid #8886; }
.total strong { display: block; font-size: 1.8rem; }
.error { color: var(--error); } .warning { color: var(--warning); } .info { color: var(--info); }
details { margin: .5rem 0; border: 1px solid #8884; border-radius: .4rem; padding: .25rem .75rem; }
summary { cursor: pointer; font-weight: 600; }
.finding { margin: .75rem 0 1rem; }
pre { background: #8881; padding: .5rem; overflow-x: auto; font-size: 13px; margin: .25rem 0; }
pre .hit { background: #ff08; display: inline-block; min-width: 100%; }
pre mark { background: none; color: inherit; text-decoration: underline wavy var(--error); text-underline-offset: 3px; }
code { font-size: 13px; }
.muted { color: var(--muted); }
"""


def _context(finding, sources: Sources) -> str:
    """The lines around the finding, its element's start tag marked; around its column on a long line."""
    rows = []
    for row in sources.excerpt(finding, width=160):
        text = f"{row.number:>5}  "
        if row.mark is not None:
            start, length = row.mark
            text += f"{escape(row.text[:start])}<mark>{escape(row.text[start:start + length])}</mark>{escape(row.text[start + length:])}"
        else:
            text += escape(row.text)
        rows.append(f'<span class="hit">{text}</span>' if row.hit else text)
    return "<pre>" + "\n".join(rows) + "</pre>" if rows else ""


_RECURRING_SHOWN = 100


def _recurring(report: Report, numbers: dict[str, int]) -> list[str]:
    """The places where a rule's findings recur on several pages, each with its first finding, linked to its page."""
    found = report.recurring()
    if not found:
        return []
    out = ['<section aria-labelledby="recurring"><h2 id="recurring">Where findings recur</h2>',
           '<p class="muted">The same rule at the same place in the template, on several pages: the place is the finding\'s '
           "selector without the positions that change with the story (<code>:nth-of-type(5)</code>) and the numbers of the "
           "story's own id (<code>#post-*</code>). One change to the template may fix them all.</p>",
           '<table><thead><tr><th scope="col">Rule</th><th scope="col">Place</th><th scope="col">Pages</th>'
           '<th scope="col">Findings</th><th scope="col">For example</th></tr></thead><tbody>']
    for r in found[:_RECURRING_SHOWN]:
        f = r.example
        field = f" <code>{escape(r.field)}</code>" if r.field else ""
        out.append(f'<tr><td><a href="#rule-{r.code}">{r.code}</a>{field}</td><td><code>{escape(r.place)}</code></td>'
                   f"<td>{r.pages:,}</td><td>{r.findings:,}</td>"
                   f'<td><a href="#page-{numbers[f.path]}"><code>{escape(f.path)}:{f.line}:{f.column}</code></a> {escape(f.message)}</td></tr>')
    out.append("</tbody></table>")
    if len(found) > _RECURRING_SHOWN:
        more = len(found) - _RECURRING_SHOWN
        out.append(f'<p class="muted">… and {more:,} more place{"s" if more != 1 else ""}, each on fewer pages.</p>')
    out.append("</section>")
    return out


def formatter(report: Report) -> str:
    counts = report.counts()
    per_rule = Counter((f.code, f.name) for f in report.findings)
    by_page = defaultdict(list)
    for f in report.findings:
        by_page[f.path].append(f)
    rules = rule_index(report)
    sources = Sources(report.source_files)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>artlint report: {len(report.findings)} problems in {len(report.files)} pages</title>",
        f"<style>{_CSS}</style></head><body><main>",
        "<h1>artlint report</h1>",
        f'<p class="muted">artlint {escape(__version__)} · {len(report.files)} pages · fails on {escape(str(report.fail_on))}</p>',
        '<section aria-labelledby="totals"><h2 id="totals">Totals</h2><div class="totals">',
    ]
    for name in ("error", "warning", "info"):
        out.append(f'<div class="total {name}"><strong>{counts[name]}</strong>{name}{"s" if name != "info" and counts[name] != 1 else ""}</div>')
    out.append(f'<div class="total"><strong>{len(report.errors)}</strong>input errors</div></div>')
    if per_rule:
        on_pages = report.pages_per_rule()
        out.append('<table><thead><tr><th scope="col">Rule</th><th scope="col">Name</th><th scope="col">Findings</th>'
                   '<th scope="col">Pages</th></tr></thead><tbody>')
        for (code, name), n in sorted(per_rule.items(), key=lambda item: (-item[1], item[0])):
            out.append(f'<tr><td><a href="#rule-{code}">{code}</a></td><td>{escape(name)}</td><td>{n:,}</td><td>{on_pages[code, name]:,}</td></tr>')
        out.append("</tbody></table>")
    out.append("</section>")
    out += _recurring(report, {path: i for i, path in enumerate(report.files, 1)})
    if report.errors:
        out.append('<section aria-labelledby="errors"><h2 id="errors">Pages that could not be linted</h2><ul>')
        out += [f"<li><code>{escape(path or '')}</code>: {escape(message)}</li>" for path, message in report.errors]
        out.append("</ul></section>")
    out.append('<section aria-labelledby="pages"><h2 id="pages">Pages</h2>')
    for number, path in enumerate(report.files, 1):
        findings = by_page.get(path, [])
        opened = " open" if findings and len(by_page) <= 20 else ""
        out.append(f"<details id=\"page-{number}\"{opened}><summary><code>{escape(path)}</code> — {len(findings)} problem{'s' if len(findings) != 1 else ''}</summary>")
        for f in findings:
            severity = str(f.severity)
            out.append(
                f'<div class="finding"><div><span class="{severity}">{severity}</span> '
                f"<code>{f.line}:{f.column}</code> "  # (the page's path heads its section, as eslint's stylish output has it)
                f'<a href="#rule-{f.code}">{f.code}</a> {escape(f.message)}</div>'
                f'<div class="muted"><code>{escape(f.selector)}</code></div>'
                f"{_context(f, sources)}</div>"
            )
        out.append("</details>")
    out.append("</section>")
    used = [rules[code] for code in sorted({f.code for f in report.findings}) if code in rules]
    if used:
        out.append('<section aria-labelledby="rules"><h2 id="rules">Rules</h2>')
        for rule in used:
            refs = ", ".join((*rule.wcag, *rule.techniques))
            out.append(
                f'<article id="rule-{rule.code}"><h3>{rule.code} {escape(rule.name)}</h3>'
                f"<p>{escape(rule.summary)}</p><p><strong>Why it matters:</strong> {escape(rule.rationale)}</p>"
                f"<p><strong>How to fix it:</strong> {escape(rule.fix)}</p>"
                + (f'<p class="muted">WCAG: {escape(refs)}</p>' if refs else "")
                + f'<p class="muted">More: <code>artlint explain {rule.code}</code></p></article>'
            )
        out.append("</section>")
    out.append("</main></body></html>")
    return readable("\n".join([*out, ""]))  # a file name that is not UTF-8 shows its bytes as U+FFFD
