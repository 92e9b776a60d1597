"""How often artlint's verdict per element agrees with an accessibility test suite written by others.

Input: a JSON-lines file of cases gathered from public suites (W3C ACT rules'
passed/failed/inapplicable examples, axe-core's integration fixtures). The
suites' HTML is not part of this repository; gather it into a file and run

    python benchmarks/a11y_agreement.py cases.jsonl

Each case is {"suite", "codes", "expect", "html", "element"?}: artlint fails
the case when it reports one of ``codes`` (on ``element`` when given, a CSS
selector); "failed" expects that, "passed" and "inapplicable" expect nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from cssselect import HTMLTranslator
from lxml import etree

from artlint import lint_string


def verdict(case: dict) -> bool:
    """True when artlint reports the case as failing."""
    html = case["html"]
    if "<html" not in html:
        html = f'<!doctype html><html lang="en"><head><title>t</title></head><body>{html}</body></html>'
    findings = [f for f in lint_string(html, select=case["codes"]) if f.code in case["codes"]]
    if "element" not in case:
        return bool(findings)
    tree = etree.HTML(html.encode())
    xpath = etree.XPath(HTMLTranslator().css_to_xpath(case["element"]))
    [target] = xpath(tree)
    for f in findings:
        if etree.XPath(HTMLTranslator().css_to_xpath(f.selector))(tree) == [target]:
            return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", help="JSON-lines file of cases")
    parser.add_argument("--show", action="store_true", help="print the cases artlint disagrees with")
    args = parser.parse_args()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with open(args.cases, encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    for case in cases:
        agree = verdict(case) == (case["expect"] == "failed")
        totals[case["suite"]][0] += agree
        totals[case["suite"]][1] += 1
        if not agree and args.show:
            print(f"DISAGREE {case['suite']} expected {case['expect']}: {case.get('element', '')} {case['html'][:160]!r}")
    agreed = sum(a for a, _ in totals.values())
    total = sum(n for _, n in totals.values())
    for suite, (a, n) in sorted(totals.items()):
        print(f"{suite:<55} {a:>3}/{n:<3} {a / n:.0%}")
    print(f"{'all':<55} {agreed:>3}/{total:<3} {agreed / total:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
