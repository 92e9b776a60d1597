"""The finding: the one value that flows from rules to formatters."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls[value.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    selector: str
    wcag: tuple[str, ...] = ()
    help: str = ""
    end_line: int | None = None
    end_column: int | None = None
    # The source offset, for ordering and suppression; not part of the output.
    offset: int = field(default=0, compare=False, repr=False)
    # Which element it is, wherever it stands: a digest of its tag and attributes. The baseline follows an element
    # that moved by it (a selector changes when a paragraph is added above); not part of the output.
    element: str = field(default="", compare=False, repr=False)

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.line, self.column, self.code, self.message)

    def to_dict(self) -> dict:
        """The finding as JSON data (dataclasses.asdict deep-copies and is many times slower)."""
        data = {
            "code": self.code, "name": self.name, "severity": str(self.severity), "message": self.message,
            "path": self.path, "line": self.line, "column": self.column, "selector": self.selector,
            "wcag": list(self.wcag), "help": self.help,
        }
        if self.end_line is not None:
            data["end_line"], data["end_column"] = self.end_line, self.end_column
        return data
