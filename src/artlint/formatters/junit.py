"""JUnit XML: a test suite per page, a failing test case per finding, a passing one for a clean page."""

from __future__ import annotations

from collections import defaultdict

from lxml import etree

from . import Report, readable


def formatter(report: Report) -> str:
    by_page = defaultdict(list)
    for f in report.findings:
        by_page[f.path].append(f)
    suites = etree.Element("testsuites", name="artlint")
    total = failures = errors = 0
    for path in report.files:
        findings = by_page.get(path, [])
        name = readable(path)  # as XML can hold it
        suite = etree.SubElement(suites, "testsuite", name=name, tests=str(max(1, len(findings))),
                                 failures=str(len(findings)), errors="0", skipped="0", file=name)
        if not findings:
            etree.SubElement(suite, "testcase", name="no problems", classname=name)
        for f in findings:
            case = etree.SubElement(suite, "testcase", name=f"{f.code} {f.line}:{f.column}", classname=name)
            failure = etree.SubElement(case, "failure", type=f.code, message=f"{f.line}:{f.column} {f.message}")
            failure.text = readable(f"{name}:{f.line}:{f.column}: {f.code} {f.message} [{f.severity}] ({f.selector})")
        total += max(1, len(findings))
        failures += len(findings)
    for path, message in report.errors:
        name, message = readable(path or "artlint"), readable(message)
        suite = etree.SubElement(suites, "testsuite", name=name, tests="1", failures="0", errors="1", skipped="0")
        case = etree.SubElement(suite, "testcase", name="read page", classname=name)
        error = etree.SubElement(case, "error", type="input-error", message=message)
        error.text = f"{name}: {message}" if path else message
        total += 1
        errors += 1
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    suites.set("errors", str(errors))
    return etree.tostring(suites, pretty_print=True, xml_declaration=True, encoding="UTF-8").decode("utf-8")
