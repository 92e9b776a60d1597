"""How often artlint's tree agrees with HTML's tree construction on random soups of tags.

    pip install html5lib
    python benchmarks/tree_soups.py [--seed N] [--count N] [--show N]

Each soup is a body of 3 to 14 tags and text drawn from lists, items, boxes and spans (lists
open inside items, items ended twice, boxes left open…). html5lib builds the tree as HTML's
parsing rules say, as browsers do; artlint builds it with libxml2 and mends it where it knows
libxml2 differs. A soup agrees when every element of the body has the same tag, parent and
depth in both trees. Chromium on real pages is the other reference: benchmarks/browser_agreement.py.
What still differs here is mostly libxml2's HTML 4 rules for inline boxes (a <span> that a <ul>
ends) and for an <li> started while a box of the item before is open.
"""

from __future__ import annotations

import argparse
import random

import html5lib

from artlint.load import decode
from artlint.page import Page

TOKENS = ["<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<div>", "</div>", "x", "<span>", "</span>", "<nav>", "</nav>"]


def shape(body) -> list[tuple[str, str, int]]:
    return [(el.tag, el.getparent().tag, sum(1 for _ in el.iterancestors()))
            for el in body.iter() if isinstance(el.tag, str) and el is not body]


def html5_shape(page: str) -> list[tuple[str, str, int]]:
    return shape(html5lib.parse(page, treebuilder="lxml", namespaceHTMLElements=False).getroot().find("body"))


def artlint_shape(page: str) -> list[tuple[str, str, int]]:
    return shape(Page("soup.html", decode(page.encode())).root.find("body"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=4000)
    parser.add_argument("--show", type=int, default=0, help="print this many soups that disagree")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    agree, shown = 0, []
    for _ in range(args.count):
        body = "".join(rng.choice(TOKENS) for _ in range(rng.randint(3, 14)))
        page = f"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>"
        if html5_shape(page) == artlint_shape(page):
            agree += 1
        elif len(shown) < args.show:
            shown.append(body)
    print(f"{agree} of {args.count} soups agree ({agree / args.count:.1%}; seed {args.seed})")
    for body in shown:
        print("   ", body)


if __name__ == "__main__":
    main()
