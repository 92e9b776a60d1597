"""How well the article model matches third-party ground truth on ../shared/corpus.

    python benchmarks/extraction_accuracy.py [--corpus ../shared/corpus] [--json out.json] [--show headline]

Per source: headline accuracy (exact after normalizing Unicode, whitespace and
case; and “matches”: exact, or one contains the other, since some ground truth
carries the site name), published-date accuracy (same day, and within one day;
the day in UTC where the source states its dates so, as postlight's fixtures do)
and author F1 (micro-averaged over names; a name matches when one normalized
name contains the other, since some ground truth carries a role or a
publication after the name).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date, datetime, timezone
from pathlib import Path

from artlint.model import extract
from artlint.load import decode
from artlint.page import Page

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")  # soft hyphens, zero-width spaces
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u201e", '"').replace("\u201a", "'").replace("\u00ab", '"').replace("\u00bb", '"')
    return " ".join(text.split()).casefold()


def split_names(value) -> list[str]:
    names = value if isinstance(value, list) else [value] if value else []
    out = []
    for name in names:
        for part in re.split(r"\s*(?:,|;|\||&|\band\b|\bund\b)\s*", re.sub(r"^\s*by\s+", "", name or "", flags=re.I)):
            part = norm(part)
            if part and "@" not in part:
                out.append(part)
    return out


def day_of(value: str, utc: bool) -> date | None:
    """The day of the model's date-time, in UTC when the ground truth gives UTC days and the value has an offset."""
    if utc and len(value) > 10:
        try:
            moment = datetime.fromisoformat(value.replace(" ", "T", 1))
        except ValueError:
            moment = None  # an offset the page wrote wrong ("10:15-500"): its own day
        if moment is not None and moment.tzinfo is not None:
            return moment.astimezone(timezone.utc).date()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def name_match(a: str, b: str) -> bool:
    return a == b or (len(a) > 3 and len(b) > 3 and (a in b or b in a))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    parser.add_argument("--show", choices=["headline", "date", "author"], help="print the misses of one field")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2

    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for truth_file in sorted(args.corpus.glob("*/groundtruth.jsonl")):
        for line in truth_file.read_text(encoding="utf-8").splitlines():
            truth = json.loads(line)
            annotated = set(truth.get("annotated") or ())
            wanted = annotated & {"title", "author", "published"}
            if not wanted or truth.get("synthetic"):
                continue
            source = truth["source"]
            path = args.corpus / truth["html_path"]
            model = extract(Page(str(path), decode(path.read_bytes())))
            s = stats[source]
            if "title" in annotated and truth.get("title"):
                got = norm((model["headline"] or {}).get("text"))
                want = norm(truth["title"])
                s["title_n"] += 1
                s["title_exact"] += got == want
                hit = bool(got) and (got == want or got in want or want in got)
                s["title_match"] += hit
                if args.show == "headline" and not hit:
                    print(f"{truth['id']}: got {got!r}\n    want {want!r}")
            if "published" in annotated and truth.get("published_date"):
                want_day = date.fromisoformat(truth["published_date"])
                got = (model["published"] or {}).get("datetime") or ""
                s["date_n"] += 1
                got_day = day_of(got, bool((truth.get("extra") or {}).get("published_is_utc")))
                s["date_same"] += got_day == want_day
                ok = got_day is not None and abs((got_day - want_day).days) <= 1
                s["date_within1"] += ok
                if args.show == "date" and not ok:
                    print(f"{truth['id']}: got {got!r} want {want_day}")
            if "author" in annotated:
                want = split_names(truth.get("authors") or truth.get("author"))
                got = [norm(a["name"]) for a in model["authors"]]
                matched = sum(1 for g in got if any(name_match(g, w) for w in want))
                found = sum(1 for w in want if any(name_match(g, w) for g in got))
                s["author_pages"] += 1
                s["author_tp_p"] += matched
                s["author_got"] += len(got)
                s["author_tp_r"] += found
                s["author_want"] += len(want)
                if args.show == "author" and (matched < len(got) or found < len(want)):
                    print(f"{truth['id']}: got {got} want {want}")

    report = {}
    for source, s in sorted(stats.items()):
        precision = s["author_tp_p"] / s["author_got"] if s["author_got"] else 1.0
        recall = s["author_tp_r"] / s["author_want"] if s["author_want"] else 1.0
        report[source] = {
            "headline_pages": int(s["title_n"]),
            "headline_exact": round(s["title_exact"] / s["title_n"], 3) if s["title_n"] else None,
            "headline_matches": round(s["title_match"] / s["title_n"], 3) if s["title_n"] else None,
            "date_pages": int(s["date_n"]),
            "date_same_day": round(s["date_same"] / s["date_n"], 3) if s["date_n"] else None,
            "date_within_1_day": round(s["date_within1"] / s["date_n"], 3) if s["date_n"] else None,
            "author_pages": int(s["author_pages"]),
            "author_precision": round(precision, 3),
            "author_recall": round(recall, 3),
            "author_f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        }
    print(f"{'source':<12} {'headline exact':>15} {'matches':>8} {'date same':>10} {'±1 day':>7} {'author P':>9} {'R':>6} {'F1':>6}")
    for source, r in report.items():
        print(f"{source:<12} {r['headline_exact'] or 0:>9.1%} n={r['headline_pages']:<3} {r['headline_matches'] or 0:>8.1%} "
              f"{r['date_same_day'] or 0:>10.1%} {r['date_within_1_day'] or 0:>7.1%} {r['author_precision']:>9.2f} {r['author_recall']:>6.2f} {r['author_f1']:>6.2f}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
