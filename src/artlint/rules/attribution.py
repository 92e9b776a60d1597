"""Agency attribution: the sign-off at the end of the article, e.g. “ls/bw (AP, AFP)”. (How a sign-off is found and read
is signoffs.py's: the article model reads it too.)"""

from __future__ import annotations

from ..content import article_body
from ..finding import Severity
from ..rule import Rule
from ..signoffs import AGENCIES, corrected, find_signoff, house_spelling

FAMILY = "attribution"
_PAGE = '<!doctype html>\n<html lang="en">\n<head><title>Example</title></head>\n<body>\n<main>\n<article>\n<h1>Headline</h1>\n<p>Text of the article.</p>\n{body}\n</article>\n</main>\n</body>\n</html>\n'


def _example(body: str) -> str:
    return _PAGE.format(body=body)


_OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "agencies": {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "default": AGENCIES,
            "description": "The agencies a sign-off may name, in house spelling (matching ignores case, messages suggest this spelling).",
        },
        "body-selector": {"type": ["string", "null"], "format": "css-selector", "default": None,
                          "description": "CSS selector of the article body; default: articleBody, a body class, or the article."},
        "signoff-selector": {"type": ["string", "null"], "format": "css-selector", "default": None,
                             "description": "CSS selector of the sign-off element; default: the last lines of the body."},
    },
}


class MissingSignOff(Rule):
    code = "AGY001"
    name = "missing-signoff"
    family = FAMILY
    summary = "The article ends without an agency sign-off."
    rationale = "Agency copy must be attributed; a newsroom whose style requires the sign-off loses it silently when a template drops the last paragraph."
    fix = "End the article body with the sign-off: authors' initials and the agencies, e.g. “ls/bw (AP, AFP)”."
    enabled = False  # house packs that require a sign-off select it
    options = _OPTIONS
    incorrect = (_example(""),)
    correct = (_example("<p>ls/bw (AP, AFP)</p>"),)

    def check(self, page, options):
        if article_body(page, options.get("body-selector")) is None:
            return
        if find_signoff(page, options) is None:
            yield self.problem(None, "the article ends without an agency sign-off; end it with e.g. “ls/bw (AP, AFP)”")


class MalformedSignOff(Rule):
    code = "AGY002"
    name = "malformed-signoff"
    family = FAMILY
    summary = "The sign-off does not follow the house format “initials/initials (Agency, Agency)”."
    rationale = "Sign-offs are parsed by archives and rights systems and read by people; small deviations (no parentheses, “(AP,AFP)”, a trailing period) break both."
    fix = "Write lower-case initials joined by “/”, a space, and the agencies in parentheses separated by “, ”: “ls/bw (AP, AFP)”."
    options = _OPTIONS
    incorrect = (
        _example("<p>ls/bw AP, AFP</p>"), _example("<p>ls/bw(AP, AFP)</p>"), _example("<p>ls/bw (AP,AFP)</p>"),
        _example("<p>ls/bw (AP, AFP).</p>"), _example("<p>ls, bw (AP, AFP)</p>"), _example("<p>ls/bw/AP/AFP</p>"),
        _example("<p>/ (AP, AFP)</p>"), _example("<p>ls/bw ()</p>"),
    )
    correct = (_example("<p>ls/bw (AP, AFP)</p>"), _example("<p>sri/sms (AFP, Reuters, dpa)</p>"))

    def check(self, page, options):
        s = find_signoff(page, options)
        if s is None:
            return
        problems = []
        if s.parentheses != ("(", ")"):
            problems.append("the agencies belong in parentheses" if not any(s.parentheses) else "use round parentheses")
        elif not s.space_before:
            problems.append("no space before “(”")
        elif s.space_before != " ":
            problems.append("one space before “(”")
        if any(sep not in (", ",) for sep in s.agency_separators):
            problems.append("separate agencies with “, ”")
        if s.period:
            problems.append(f"no “{s.period}” at the end")
        if any(sep != "/" for sep in s.separators):
            problems.append("join the initials with “/”")
        if any(i != i.lower() for i in s.initials):
            problems.append("initials in lower case")
        if s.gaps:  # (what is missing, nobody but the editors can say: the house form as an example)
            yield self.problem(s.element, f"sign-off “{s.text}” is incomplete: {'; '.join(s.gaps + tuple(problems))}; write the editors' initials "
                                          "and the agencies, e.g. “ls/bw (AP, AFP)”")
        elif problems:
            yield self.problem(s.element, f"sign-off “{s.text}” is malformed: {'; '.join(problems)}; write “{corrected(s, options['agencies'])}”")


class UnknownAgency(Rule):
    code = "AGY003"
    name = "unknown-agency"
    family = FAMILY
    summary = "The sign-off names an agency that is not in the house vocabulary."
    rationale = "A misspelt or unlisted agency breaks attribution reports and may name a source the newsroom has no contract with."
    fix = "Use an agency from the vocabulary (configure `agencies` to add one)."
    options = _OPTIONS
    incorrect = (_example("<p>ls/bw (AP, Reuter)</p>"),)
    correct = (_example("<p>ls/bw (AP, Reuters)</p>"),)

    def check(self, page, options):
        s = find_signoff(page, options)
        if s is None:
            return
        for name in s.agencies:
            if house_spelling(name, options["agencies"]) is None:
                yield self.problem(s.element, f"sign-off names “{name}”, which is not a known agency; use one of {', '.join(options['agencies'][:12])}… or add it to `agencies`")


class AgencySpelling(Rule):
    code = "AGY004"
    name = "agency-spelling"
    family = FAMILY
    summary = "An agency in the sign-off is not in house spelling."
    rationale = "House style fixes how agencies are written (Reuters, dpa, AFP); consistent spelling keeps attribution searchable."
    fix = "Write the agency as the vocabulary spells it: REUTERS → Reuters, DPA → dpa."
    severity = Severity.WARNING
    options = _OPTIONS
    incorrect = (_example("<p>ls/bw (AP, REUTERS)</p>"), _example("<p>ls/bw (DPA)</p>"))
    correct = (_example("<p>ls/bw (AP, Reuters, dpa)</p>"),)

    def check(self, page, options):
        s = find_signoff(page, options)
        if s is None:
            return
        for name in s.agencies:
            spelled = house_spelling(name, options["agencies"])
            if spelled is not None and spelled != name:
                yield self.problem(s.element, f"write “{spelled}”, not “{name}”, in the sign-off “{s.text}”")


class DuplicateAgency(Rule):
    code = "AGY005"
    name = "duplicate-agency"
    family = FAMILY
    summary = "The sign-off names an agency twice."
    rationale = "A repeated agency is a copy-and-paste slip that attribution reports count twice."
    fix = "Name each agency once."
    severity = Severity.WARNING
    options = _OPTIONS
    incorrect = (_example("<p>ls/bw (AP, AFP, AP)</p>"),)
    correct = (_example("<p>ls/bw (AP, AFP)</p>"),)

    def check(self, page, options):
        s = find_signoff(page, options)
        if s is None:
            return
        seen = set()
        for name in s.agencies:
            key = name.casefold()
            if key in seen:
                yield self.problem(s.element, f"the sign-off “{s.text}” names {name} twice; name each agency once")
            seen.add(key)


RULES = [MissingSignOff, MalformedSignOff, UnknownAgency, AgencySpelling, DuplicateAgency]
