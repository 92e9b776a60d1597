"""How often artlint's reading of a page agrees with a browser's: headless Chromium is the reference.

For every page it compares:

- the tree: each element's parent in artlint's tree with its parent in Chromium's DOM (the two element sequences are
  aligned by tag; a table's implied <tbody> is counted apart, as no rule reads it);
- the root element's attributes (its lang above all), also those of an <html> start tag after the first;
- the focus when the page loads: the element artlint takes to have it (``artlint.links.autofocused``: the autofocus
  browsers follow) with Chromium's focused element before any key is pressed;
- the headings shown: for each <h1>-<h6>, whether artlint takes it to be shown (``Page.is_hidden``: not hidden by
  attributes nor by a class or id the page's style sheets never display) and whether Chromium renders it, not
  visibility:hidden nor under aria-hidden (the outline and HDG001-HDG004 read the shown headings);
- the Tab order: the first element artlint's Tab order reaches (``artlint.links.tab_order``: from the top of the page,
  or on from the element with the focus) with the element that has focus after Chromium has pressed Tab once.

Chromium opens a copy of each page with the page's scripts blocked (a Content-Security-Policy meta tag) and no
network, so both read the same markup; style sheets the page links to are not loaded by either. Its window is a
desktop's, 1280 by 1024 pixels: artlint reads a class that a page hides only on narrow screens as displayed. A page
that keeps its body hidden until a script has run (an anti-flicker or anti-clickjacking style) has no Tab stop in the
copy; its first Tab stop is counted apart, as artlint reads the page as its scripts leave it. Needs Chromium
(``apt-get install chromium``); the corpus is not part of this repository:

    python benchmarks/browser_agreement.py ../shared/corpus --json agreement.json [--show]
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from artlint.links import autofocused, tab_order
from artlint.load import decode
from artlint.page import Page

_BLOCK_SCRIPTS = '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src \'none\'">'

_TREE = r"""
(() => {
  const out = [];
  const walk = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let n = walk.currentNode; n; n = walk.nextNode())
    out.push([n.tagName.toLowerCase(), n.parentElement ? n.parentElement.tagName.toLowerCase() : '']);
  return out;
})()
"""

_ROOT = "Object.fromEntries(Array.from(document.documentElement.attributes, a => [a.name, a.value]))"

# Whether the page's style keeps it hidden (display:none or visibility:hidden on <html> or <body>) until a script runs.
_UNSHOWN = r"""
(() => [document.documentElement, document.body].some(el => {
  if (!el) return false;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility !== 'visible';
}))()
"""

# Each heading: whether it is rendered (not display:none, not visibility:hidden) and not under aria-hidden.
_HEADINGS = r"""
[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h =>
  [h.tagName.toLowerCase(), h.checkVisibility({visibilityProperty: true}) && !h.closest('[aria-hidden="true"]')])
"""

_FOCUSED = r"""
(() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  return [el.tagName.toLowerCase(), el.getAttribute('href'), (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40)];
})()
"""


class Chromium:
    """Headless Chromium driven over the DevTools protocol on a pipe (no port, no network)."""

    def __init__(self) -> None:
        self.profile = tempfile.mkdtemp(prefix="artlint-chromium-")
        ours_in, chrome_out = os.pipe()  # Chromium writes to its fd 4
        chrome_in, ours_out = os.pipe()  # and reads its fd 3

        def wire() -> None:
            os.dup2(chrome_in, 3)
            os.dup2(chrome_out, 4)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={self.profile}", "--remote-debugging-pipe",
             "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1280,1024", "about:blank"],
            pass_fds=(chrome_in, chrome_out, 3, 4), preexec_fn=wire, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(chrome_in)
        os.close(chrome_out)
        self.reader, self.writer = ours_in, ours_out
        self.buffer = b""
        self.last_id = 0
        target = next(t for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=target["targetId"], flatten=True)["sessionId"]
        for method in ("Page.enable", "Runtime.enable"):
            self.call(method, page=True)
        self.call("Emulation.setFocusEmulationEnabled", enabled=True, page=True)

    def _read(self, deadline: float) -> dict | None:
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.reader], [], [], left)[0]:
                return None
            chunk = os.read(self.reader, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, page: bool = False, timeout: float = 30, **params) -> dict:
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params}
        if page:
            message["sessionId"] = self.session
        os.write(self.writer, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read(deadline)
            if answer is None:
                raise TimeoutError(method)
            if answer.get("id") == self.last_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def open(self, path: Path, wait: float = 8) -> None:
        self.call("Page.navigate", page=True, url=path.as_uri())
        deadline = time.monotonic() + wait
        while (event := self._read(deadline)) is not None and event.get("method") != "Page.loadEventFired":
            pass

    def evaluate(self, expression: str, wait: bool = False):
        """The expression's value; with ``wait``, the value of the promise it returns, once it settles."""
        result = self.call("Runtime.evaluate", page=True, expression=expression, returnByValue=True, awaitPromise=wait)
        return result["result"].get("value")

    def settle(self) -> None:
        """Wait for two rendering updates: browsers move the focus to an autofocus element at one, not at the load event."""
        self.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))", wait=True)

    def press_tab(self) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", page=True, type=kind, key="Tab", code="Tab", windowsVirtualKeyCode=9)

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except (OSError, RuntimeError, TimeoutError):
            pass
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def _copy(page: Path, folder: Path) -> Path:
    """The page as UTF-8 with its scripts blocked, for both readers."""
    text = decode(page.read_bytes()).text.lstrip("\ufeff")
    head = re.search(r"<head\b[^>]*>", text[:20000], re.IGNORECASE) or re.match(r"\s*<!doctype[^>]*>", text, re.IGNORECASE)
    at = head.end() if head else 0
    copy = folder / f"{page.parent.parent.name}_{page.name}"
    copy.write_text(text[:at] + _BLOCK_SCRIPTS + text[at:], encoding="utf-8")
    return copy


def _described(el) -> list | None:
    return None if el is None else [el.tag, el.get("href"), " ".join("".join(el.itertext()).split())[:40]]


def _ours(copy: Path) -> tuple[list[tuple[str, str]], dict[str, str], list | None, list | None, list[list]]:
    """artlint's tree, its root element's attributes, the element it takes to have the focus when the page loads, the
    one the Tab key reaches first, and its headings, each with whether it is shown."""
    page = Page(str(copy), decode(copy.read_bytes()))
    inert = page.inert
    tree = [(el.tag, el.getparent().tag if el.getparent() is not None else "") for el in page.elements if el not in inert]
    headings = [[el.tag, not page.is_hidden(el)] for el in page.elements if el.tag in _HEADING_TAGS and el not in inert]
    start = autofocused(page)
    first = next(tab_order(page), None)
    if start is not None:  # the Tab key goes on from the element with the focus: the next stop, or the next in the page
        stops = list(tab_order(page))
        later = stops[stops.index(start) + 1:] if start in stops else [el for el in stops if page.order[el] > page.order[start]]
        first = later[0] if later else None
    return tree, dict(page.root.attrib), _described(start), _described(first), headings


_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def compare(pages: list[Path], show: bool) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="artlint-agreement-"))
    chromium = Chromium()
    parents = collections.Counter()
    differ: collections.Counter = collections.Counter()
    pages_of: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)  # the pages of each difference
    elements = tbody = 0
    pages_differ = agree = loaded = compared = rooted = hidden_until_script = 0
    heading_counts: collections.Counter = collections.Counter()
    try:
        for path in pages:
            copy = _copy(path, folder)
            tree, root, on_load, focused, headings = _ours(copy)
            try:
                chromium.open(copy)
                theirs = chromium.evaluate(_TREE)
                their_root = chromium.evaluate(_ROOT)
                their_headings = chromium.evaluate(_HEADINGS)
                chromium.settle()
                their_start = chromium.evaluate(_FOCUSED)
                unshown = chromium.evaluate(_UNSHOWN)
                chromium.press_tab()
                their_focus = chromium.evaluate(_FOCUSED)
            except (RuntimeError, TimeoutError) as exc:
                print(f"skipped {path}: {exc}", file=sys.stderr)
                chromium.close()
                chromium = Chromium()
                continue
            compared += 1
            matcher = difflib.SequenceMatcher(None, [t for t, _ in tree], [t for t, _ in theirs], autojunk=False)
            here = 0
            for block in matcher.get_matching_blocks():
                for k in range(block.size):
                    (tag, parent), (_, their_parent) = tree[block.a + k], theirs[block.b + k]
                    elements += 1
                    if parent != their_parent:
                        if their_parent == "tbody":
                            tbody += 1
                        else:
                            here += 1
                            difference = f"<{tag}> in <{parent}>, in Chromium in <{their_parent}>"
                            differ[difference] += 1
                            pages_of[difference][str(path)] += 1
            parents["elements with another parent"] += here
            pages_differ += bool(here)
            rooted += root == their_root
            if show and root != their_root:
                print(f"{path}: root element's attributes: artlint {root}, Chromium {their_root}")
            same = focused == their_focus or (focused and their_focus and focused[:2] == their_focus[:2])
            if not unshown and [tag for tag, _ in headings] == [tag for tag, _ in their_headings]:
                for (tag, shown), (_, their_shown) in zip(headings, their_headings):
                    heading_counts["compared"] += 1
                    heading_counts["agree"] += shown == their_shown
                    if shown != their_shown:
                        heading_counts["shown by artlint only" if shown else "shown by Chromium only"] += 1
            if unshown and not same:  # (Chromium reaches nothing on a page its style hides until a script has run)
                hidden_until_script += 1
                same = True
                if show:
                    print(f"{path}: hidden until a script runs; artlint's first Tab stop {focused}")
            else:
                agree += bool(same)
            same_start = on_load == their_start or (on_load and their_start and on_load[:2] == their_start[:2])
            loaded += bool(same_start)
            if show and not same:
                print(f"{path}: artlint {focused}, Chromium {their_focus}")
            if show and not same_start:
                print(f"{path}: focus on load: artlint {on_load}, Chromium {their_start}")
    finally:
        chromium.close()
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "pages": compared,
        "elements_compared": elements,
        "elements_with_another_parent": parents["elements with another parent"],
        "pages_with_another_parent": pages_differ,
        "implied_tbody": tbody,
        "root_attributes_agree": rooted,
        "most_common_differences": dict(differ.most_common(15)),
        # where each of them is found: on how many pages, and the pages with the most
        "where_differences_are": {difference: {"pages": len(pages_of[difference]), "most": dict(pages_of[difference].most_common(3))}
                                  for difference, _ in differ.most_common(15)},
        "focus_on_load_agrees": loaded,
        # headings on pages whose headings the two trees hold in the same order (and that Chromium shows)
        "headings_compared": heading_counts["compared"],
        "headings_shown_agree": heading_counts["agree"],
        "headings_shown_by_artlint_only": heading_counts["shown by artlint only"],
        "headings_shown_by_chromium_only": heading_counts["shown by Chromium only"],
        "first_tab_stop_agrees": agree,
        # pages whose style hides them until a script has run, where Chromium's Tab key reaches nothing in the copy
        "first_tab_stop_hidden_until_script": hidden_until_script,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of pages (searched for *.html)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--show", action="store_true",
                        help="print the pages whose root element's attributes, focus on load or first Tab stop differ")
    args = parser.parse_args()
    if shutil.which("chromium") is None:
        print("browser_agreement: needs chromium on PATH (apt-get install chromium)", file=sys.stderr)
        return 2
    pages = sorted(args.corpus.rglob("*.html"))
    figures = compare(pages, args.show)
    print(f"{figures['pages']} pages, {figures['elements_compared']:,} elements: "
          f"{figures['elements_with_another_parent']:,} with another parent on {figures['pages_with_another_parent']} pages "
          f"(and {figures['implied_tbody']:,} rows Chromium puts in an implied <tbody>); "
          f"the root element's attributes agree on {figures['root_attributes_agree']} pages, "
          f"whether a heading is shown agrees for {figures['headings_shown_agree']:,} of {figures['headings_compared']:,} "
          f"({figures['headings_shown_by_artlint_only']} shown by artlint only, {figures['headings_shown_by_chromium_only']} by Chromium only), "
          f"the focus on load agrees on {figures['focus_on_load_agrees']} pages, the first Tab stop on {figures['first_tab_stop_agrees']} "
          f"of the {figures['pages'] - figures['first_tab_stop_hidden_until_script']} pages Chromium shows without their scripts")
    for difference, count in figures["most_common_differences"].items():
        where = figures["where_differences_are"][difference]
        print(f"  {count:5}  {difference} (on {where['pages']} page{'s' if where['pages'] != 1 else ''}, most on {next(iter(where['most']))})")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
