"""What a rule is: metadata as data, and a check that yields problems.

A rule never reads the configuration's select/ignore lists and never prints:
it looks at a page and yields :class:`Problem` values. The engine turns them
into findings and decides which of them count.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from .finding import Severity

if TYPE_CHECKING:
    from lxml import etree

    from .page import Page


@dataclass(frozen=True, slots=True)
class Problem:
    """What a rule reports: an element (None for the document) and a message."""

    element: etree._Element | None
    message: str
    # An exact source offset when the problem lies inside an element's text
    # (a bad value in a JSON-LD block, a comment).
    offset: int | None = None


_EMPTY_OPTIONS: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}


class Rule:
    """Base class of every rule. Subclasses set the metadata and ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    family: ClassVar[str]
    summary: ClassVar[str]
    rationale: ClassVar[str]
    fix: ClassVar[str]
    wcag: ClassVar[tuple[str, ...]] = ()
    techniques: ClassVar[tuple[str, ...]] = ()
    severity: ClassVar[Severity] = Severity.ERROR
    enabled: ClassVar[bool] = True
    options: ClassVar[dict[str, Any]] = _EMPTY_OPTIONS
    # HTML examples; the test suite lints every one of them with only this
    # rule selected. Incorrect ones must yield this rule's code, correct ones nothing.
    incorrect: ClassVar[tuple[str | bytes, ...]] = ()
    correct: ClassVar[tuple[str | bytes, ...]] = ()
    # Other rules the examples need running beside this one (a directive
    # example needs the rule it silences); their findings must not appear.
    companions: ClassVar[tuple[str, ...]] = ()
    # Options the examples run with, for rules that do nothing until configured.
    example_options: ClassVar[dict[str, Any]] = {}
    # Whether a finding depends on when the run happens (a date "in the future" is not, a day later): a page with
    # such a finding is linted afresh on every run, not answered from the cache.
    uses_clock: ClassVar[bool] = False

    def check(self, page: Page, options: dict[str, Any]) -> Iterator[Problem]:
        raise NotImplementedError

    # --- helpers for subclasses ---

    @staticmethod
    def problem(element: etree._Element | None, message: str, offset: int | None = None) -> Problem:
        return Problem(element, message, offset)

    @classmethod
    def references(cls) -> tuple[str, ...]:
        """WCAG success criteria, then techniques: what a finding's ``wcag`` lists."""
        return cls.wcag + cls.techniques

    @classmethod
    def help(cls) -> str:
        return f"artlint explain {cls.code}"

    @classmethod
    def defaults(cls) -> dict[str, Any]:
        return {k: v["default"] for k, v in cls.options.get("properties", {}).items() if "default" in v}

    @classmethod
    def metadata(cls) -> dict[str, Any]:
        return {
            "code": cls.code,
            "name": cls.name,
            "family": cls.family,
            "summary": cls.summary,
            "rationale": cls.rationale,
            "fix": cls.fix,
            "severity": str(cls.severity),
            "enabled": cls.enabled,
            "wcag": list(cls.wcag),
            "techniques": list(cls.techniques),
            "options": cls.options,
            "examples": {
                "incorrect": [_example_text(e) for e in cls.incorrect],
                "correct": [_example_text(e) for e in cls.correct],
            },
        }


def _example_text(example: str | bytes) -> str:
    if isinstance(example, bytes):
        return example.decode("utf-8", "backslashreplace")
    return example
