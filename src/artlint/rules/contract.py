"""The content contract: every violation of the contract, at the element the value came from."""

from __future__ import annotations

from typing import Any

from .. import contract
from ..errors import ConfigError
from ..model import Source, model
from ..rule import Problem, Rule

FAMILY = "contract"


def _source(found_model: dict[str, Any], location: tuple[Any, ...]) -> Source | None:
    """The source of the deepest value on the path that has one."""
    node: Any = found_model
    found = None
    for key in location:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("source"), Source):
            found = node["source"]
    return found


class ContractViolation(Rule):
    code = "CON001"
    name = "contract-violation"
    family = FAMILY
    summary = "The article model breaks the content contract."
    rationale = (
        "The contract says what a publishable article must state — headline, publication date, language, "
        "authors or a sign-off, images with alt, caption and credit. A template change that drops one of them "
        "breaks it on every page; the contract catches it wherever it is rendered."
    )
    fix = "Restore what the message names at the element it points to (or add it, when it points at the page start); `artlint extract` shows what artlint read."
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "contract": {
                "type": ["string", "null"],
                "default": None,
                "description": "The contract schema file; set it with `contract = \"…\"` in the configuration or --contract. Null: schemas/article.schema.json.",
            },
            "profile": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "default": {},
                "description": "CSS selectors per model field; set it with [tool.artlint.profile].",
            },
        },
    }
    incorrect = (
        '<!doctype html><html lang="en"><head><title>T</title></head><body><main><article><h1>Russia blocks UN resolution</h1>'
        '<p><time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time></p><p class="byline">By Lisa Schmidt</p>'
        '<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle" width="940" height="529"><figcaption>Troopers in Aleppo</figcaption></figure>'
        "</article></main></body></html>",
        '<!doctype html><html><head><title>T</title></head><body><main><article><h1>Russia blocks UN resolution</h1>'
        "<p>Text.</p><p>ls/bw (AP, AFP)</p></article></main></body></html>",
    )
    correct = (
        '<!doctype html><html lang="en"><head><title>T</title></head><body><main><article><h1>Russia blocks UN resolution</h1>'
        '<p><time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time></p>'
        '<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle" width="940" height="529"><figcaption>Troopers in Aleppo '
        '<small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small></figcaption></figure>'
        "<p>Text.</p><p>ls/bw (AP, AFP)</p></article></main></body></html>",
    )

    def check(self, page, options):
        validator = contract.load(options["contract"])
        found = model(page, options.get("profile") or {})
        try:
            violations = contract.violations(validator, found)
        except RecursionError:  # the model is shallow: only the schema can recurse without end
            name = options["contract"] or contract.DEFAULT
            raise ConfigError(f"invalid contract schema {name}: its references loop without end "
                              "(a $ref that leads back to where it stands, such as \"$ref\": \"#\")") from None
        for v in violations:
            source = _source(found, v.location)
            element = source.element if source is not None else None
            yield Problem(element, f"{v.path} {v.message}")


RULES = [ContractViolation]
