"""The agency attribution (the sign-off, an agency's byline or credit) and the dateline."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any

from lxml import etree

from ..content import article_body
from .. import lazyre
from ..lazyre import lazy
from ..signoffs import AGENCIES, agency_named, find_signoff, find_source_line, house_spelling
from ..text import squash, visible_text
from .source import _once, _value, source_of
from .names import _FOR_OUTLET, _SPACED_DASH, _agencies, _agencies_of, _agency_tail, _cities, _names
from .headline import lead_paragraph


def _text_before(first: etree._Element) -> str:
    """The few words in the lead paragraph's own box before it, when they end with a dash as a dateline does (detik's
    "<strong>Jakarta</strong> - <p>Seorang …"); "" otherwise."""
    box = first.getparent()
    if box is None:
        return ""
    said = [box.text or ""]
    for child in box:
        if child is first:
            break
        if not isinstance(child.tag, str) or child.tag not in ("strong", "b", "span", "em"):
            return ""
        said.append(visible_text(child) + " " + (child.tail or ""))
    else:
        return ""
    text = squash(" ".join(said))
    return text if 2 < len(text) <= 60 and text[-1] in "-–—" else ""


# An agency after a dash that closes the text: "… August 11-21. — AFP", "… said. — Reuters/PTI".
_CLOSING_AGENCY = lazy(r"(?<=[.!?\"”’)])\s+[—–-]{1,2}\s*(?P<agencies>[\w][\w .&-]{0,30}?(?:\s*[/,]\s*[\w][\w .&-]{0,30}?)*)\s*$")
# "As <agency> reports" opening Russian and Ukrainian agency copy ("Как передает Укринформ, …", "Об этом сообщает ТАСС").
_REPORTS_AS = lazy(r"^\s*(?:(?:об\s+этом|про\s+це)\s+|(?:как|як)\s+)(?:передает|передаёт|сообщает|сообщили|передає|повідомляє|повідомили)\s+"
                   r"(?:(?:специальный\s+|власний\s+|собственный\s+)?(?:корреспондент|кореспондент)\s+)?(?P<agency>[^\s,.;:]+(?:\s+[^\s,.;:]+)?)",
                   re.IGNORECASE)

# The parts of a dateline: a city of up to four words ("Kiew/Moskau", "Frankfurt/Main"), and after it a state or a
# date in any language: ", Ukraine", ", Jan 5", ", 5 Ene.", ", le 5 janvier".
# Latin (Vietnamese's "HÀ NỘI" too), Cyrillic and Greek capitals; Arabic, which has none
_DATELINE_WORD = r"(?:[A-ZÀ-ÝА-ЯЁІЇЄҐΑ-ΩΆ-Ώ\u1ea0-\u1ef8][\wÀ-ÿ.'’-]*|[\u0600-\u06ff]+|[\u0900-\u097f]+|[\u0980-\u09ff]+|[\u0590-\u05ff]+)"
_DATELINE_CITY = rf"{_DATELINE_WORD}(?:(?: |/)(?:{_DATELINE_WORD}|am|an|der|de|del|la|le|sur|upon|im|in)){{0,3}}"
_DATELINE_AFTER = r"(?:, [^()\n—–:]{1,30}?| \d[^()\n—–:]{0,28}?)?"  # (or the day without a comma: "Bratislava 3. decembra (TASR) -")
# East Asian agencies' datelines: Yonhap's "(서울=연합뉴스)", Newsis' "[서울=뉴시스]" (and a paper's "[부산=스포츠조선 선수민 기자]"),
# Xinhua's "新华社北京12月3日电", Kyodo's "【カイロ共同】".
_DATELINE_EAST_ASIAN = lazy(
    r"^(\([\uac00-\ud7a3]{1,10}=[\uac00-\ud7a3A-Za-z0-9]{1,10}\)|\[[\uac00-\ud7a3]{1,10}\s?=\s?[\uac00-\ud7a3A-Za-z0-9]{1,10}(?: [\uac00-\ud7a3]{2,4}){0,3}\]|[\u4e00-\u9fff]{2,5}社[\u4e00-\u9fff]{1,10}\d{1,2}月\d{1,2}日[电電](?:（[^）]{1,30}）)?"
    r"|【[^】]{1,20}(?:共同|時事|ロイター|AFP|新華社)】)"
)


@lru_cache(maxsize=1)
def _dateline_of_agency() -> re.Pattern[str]:
    """The dateline that opens agency copy: "WASHINGTON (AP) —", "BERLIN, Dec 6 (Reuters) -", "Paris (AFP) -",
    "Berlin (dpa) –", "TOKYO (Kyodo) --", "MOSCOW, December 6 /TASS/.", and a press release's wire."""
    agencies = "|".join(re.escape(a) for a in sorted(_agencies(), key=len, reverse=True))
    city, after = _DATELINE_CITY, _DATELINE_AFTER
    return lazyre.compile(
        rf"^({city}{after} \((?i:{agencies})(?:[/,] ?[\w-]+)*(?: [A-Z][a-z]+)?\)\.?\s*(?:--|[—–-])"  # "Washington, 5 ene (EFE).-", "Beijing, Dec 6 (Xinhua) --"
        rf"|{city}, [^()\n—–:]{{1,30}}? \((?i:{agencies})\)(?=\s+[A-Z0-9\"“\u0900-\u09ff])"  # Indian agencies, no dash: "New Delhi, Dec 4 (PTI) The …",
        # "नई दिल्ली, 3 दिसंबर (भाषा) सरकार …"
        rf"|{city}{after} [—–] (?:РИА Новости|Sputnik|Прайм|RIA Novosti)\.(?=\s)"  # RIA Novosti: "МОСКВА, 3 дек — РИА Новости."
        # … or a colon, perhaps with the country in brackets: "New Delhi [India], December 3 (ANI):", "Mumbai, Dec 3 (PTI):"
        rf"|{city}(?: \[[^\]\n]{{1,20}}\])?, [^()\n—–:]{{1,30}}? \((?i:{agencies})\):(?=\s)"
        # … or the agency after the date, no brackets: the Deccan Herald's "Washington, Aug 23, 2012, PTI:"
        rf"|{city}, [^()\n—–:]{{1,30}}?, (?:{agencies}):(?=\s)"
        # a full stop for the dash: "Wiesbaden (KNA/iz). Bundespräsident …", "Madrid, 3 dic (EFE). Las conversaciones …"
        rf"|{city}{after} \((?i:{agencies})(?:[/,] ?[\w-]+)*\)\.(?=\s+[A-ZÀ-Þ¿¡\"„“«])"
        rf"|{city} \((?:TT|NTB|STT|Ritzau)\)(?=\s+[A-ZÀ-Þ0-9\"“])"  # Nordic agencies, no dash either: "STOCKHOLM (TT) Samtalen …"
        rf"|{city}{after} /(?i:{agencies})/(?:\.|\s*[—–-])(?=\s)"  # TASS: "MOSCOW, December 6 /TASS/.", Agerpres: "Bucureşti, 3 dec /Agerpres/ -"
        rf"|\((?:{agencies})\)\s*[—–-]\s*{city}{after}\s+[—–-]"  # the agency first, as ANSA writes it: "(ANSA) - ROMA, 03 DIC -"
        # Press releases: "CAIRO, Dec. 4, 2026 /PRNewswire/ --", "(GLOBE NEWSWIRE) --"
        rf"|{city}{after} (?:/[\w -]*?(?:Newswire|Wire|CNW)[\w -]*/|\((?i:globe newswire|business wire|accesswire)\))\s*(?:--|[—–-]))(?=\s)"
    )


# A place in the page's own case before a dash, a Spanish ".-", or a full stop before the first sentence: the city must be
# one the page's language names (checked after the match).
_PLACE_DATELINE = lazy(r"^\s*((?P<city>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2})(?:\s*[—–-]+|\.-|\.(?=\s+[A-ZÀ-ÞÄÖÜ])))(?=\s)")

# The place and the outlet's name (its web address, or the site's name, checked after the match) before a dash, either way round.
_OUTLET = r"(?P<outlet>[\w.-]{2,40}\.\w{2,4}|[^\W\d_][\w]*(?: [A-Z][\w]*){0,2})"
_DATELINE_PLACE = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_OUTLET_DATELINE = lazy(rf"^\s*({_OUTLET}, {_DATELINE_PLACE}\s*(?:--|[—–-]))(?=\s)")
_PLACE_OUTLET_DATELINE = lazy(rf"^\s*({_DATELINE_PLACE}, {_OUTLET}\s*(?:--|[—–-]))(?=\s)")
_WEB_OUTLET = lazy(r"\.(?:com|net|org|co|id|co\.id|info|news|tv)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dateline_in_capitals() -> re.Pattern[str]:
    """A city in capitals alone opens a dateline too: "LONDON —", "ROMA, 05 GEN -", "NEW DELHI:"."""
    after = _DATELINE_AFTER
    caps = (r"(?!(?:UPDATED?|BREAKING|EXCLUSIVE|WATCH|ANALYSIS|OPINION|LIVE|CORRECTION|EDITOR'?S NOTE|NOTE|PHOTOS?|VIDEOS?|FILE|DEAR|"
            r"TRANSCRIPT|SPOILERS?|WARNING|SPONSORED|ADVERTISEMENT|ANZEIGE|AKTUALISIERT|EILMELDUNG|KOMMENTAR|MEINUNG|INTERVIEW|Q|A)\b)")
    # (and Vietnamese capitals: "HÀ NỘI -")
    return lazyre.compile(
        rf"^({caps}[A-ZÀ-ÝА-ЯЁІЇЄҐΑ-ΩΆ-Ώ][A-ZÀ-ÝА-ЯЁІЇЄҐΑ-ΩΆ-Ώ\u1ea0-\u1ef8.'’ /-]{{2,}}[A-ZÀ-ÝА-ЯЁІЇЄҐΑ-ΩΆ-Ώ\u1ea0-\u1ef8.]{after} [—–-]"  # "SINGAPORE -", "ROMA, 05 GEN -", "МОСКВА, 3 дек —"
        rf"|{caps}[A-ZÀ-Ý][A-ZÀ-Ý.'’/-]+(?: [A-ZÀ-Ý.'’/-]+){{0,2}}(?<=[A-ZÀ-Ý.]):)(?=\s)"  # "NEW DELHI:", not a four-word heading "MEHRERE SCHÜSSE IN WOHNUNG:"
    )


_BRACKETED_AGENCY = lazy(r"(?<=\w)\s*\(\s*[^()]{2,40}\)\s*$")


class AttributionFields:
    """The attribution and dateline fields."""

    def attribution(self) -> dict[str, Any] | None:
        options = {"agencies": AGENCIES, "body-selector": self.profile.get("body"), "signoff-selector": self.profile.get("attribution")}
        signoff = find_signoff(self.page, options)
        if signoff is None and options["signoff-selector"]:
            return None
        if signoff is None:
            line = find_source_line(self.page, options)
            if line is not None:
                return {"text": line.text, "initials": line.initials, "agencies": line.agencies, "source": source_of(self.page, line.element)}
            reported = self._agency_reporting() or self._agency_closing()
            if reported is not None:
                return reported
            dateline = self.dateline()  # agency copy that names its agency where it starts: "HAYWARD, Calif. (AP) —"
            # "(Reuters)", "/TASS/.", and East Asian agencies' "(서울=연합뉴스)", "【カイロ＝共同】", "【6月18日 AFP】", "新华社北京12月3日电"
            named = re.search(r"\(([^()]+)\)|/(\w[\w-]*)/(?:\.|\s*[—–-])$|【(?:[^】]*[\s=＝])?([^】\s=＝]+)】|^(新华社|新華社|中新社)|^\[[^\]=]+=([^\]\s]+)"
                              r"|[—–] (РИА Новости|Sputnik|Прайм|RIA Novosti)\.$|, ([A-Z][\w-]+):$", dateline["text"]) if dateline else None
            said = next((g for g in named.groups() if g), "") if named else ""
            if named is not None and named.group(3) and agency_named(said, AGENCIES) is None:
                said = next((a for a in ("共同", "時事", "ロイター", "新華社", "AFP") if said.endswith(a)), said)  # "【ワシントン共同】": the place, then Kyodo
            parts = [a.strip() for a in re.split(r"[/,]", said.rsplit("=", 1)[-1])] if said else []
            # (a service's name after the agency's: "Reuters Breakingviews")
            agencies = [agency_named(a, AGENCIES) or (house_spelling(a.split()[0], AGENCIES) if " " in a else None) for a in parts if a]
            if not agencies or agencies[0] is None:
                return self._agency_byline()
            agencies = [a for a in agencies if a is not None]  # "(dpa/lno)": dpa and its regional service for the north
            return {"text": dateline["text"], "initials": [], "agencies": agencies, "source": dateline["source"]}
        return {
            "text": signoff.text,
            "initials": [i.lower() for i in signoff.initials],
            "agencies": [house_spelling(a, AGENCIES) or a for a in signoff.agencies],
            "source": source_of(self.page, signoff.element),
        }

    def _agency_byline(self) -> dict[str, Any] | None:
        """The agencies a byline names, where no sign-off, source line or dateline names one: "Par AFP", "By The Associated
        Press", "Agencia EFE", and beside the writer or the newsroom ("By Jane Doe, Reuters", "Le Monde with AFP", "By Jane
        Doe of Reuters"); the byline's text, as the page says it."""
        byline = self.byline()
        names = [a["name"] for a in _names(self._byline_elements(), self._lang())] if byline is not None else []
        if byline is not None:  # and the part after a bar that the names leave out: "By Jane Doe | Reuters", "… | AP – 1 hr 4 mins ago"
            names += [_SPACED_DASH.split(part, 1)[0] for part in re.split(r"\s*\|\s*", byline["text"])[1:] if part]
        agencies = list(itertools.chain.from_iterable(_agencies_of(n) for n in names))
        if not agencies and byline is not None:  # the agency after the writer's name, which the name is read without: "Jane Doe (AFP)", "Jane Doe / EFE"
            text = byline["text"].rstrip(" .")
            tail = _BRACKETED_AGENCY.search(text) or _agency_tail().search(text) or _FOR_OUTLET.search(text)  # … "of Reuters"
            said = re.sub(r"^(?:of|for)\s+", "", tail.group().strip(" /()"), flags=re.IGNORECASE) if tail else ""
            found = agency_named(said, AGENCIES) or agency_named(said.removeprefix("The ").removeprefix("the "), AGENCIES) if said else None
            agencies = [found] if found else []
        if not agencies:
            return None
        return {"text": byline["text"], "initials": [], "agencies": list(dict.fromkeys(agencies)), "source": byline["source"]}

    def _agency_reporting(self) -> dict[str, Any] | None:
        """The agency the lead paragraph says it reports as, in Russian and Ukrainian copy: "Как передает Укринформ, …",
        "Об этом сообщает ТАСС", "Як передає кореспондент Укрінформу, …"."""
        body = article_body(self.page, self.profile.get("body"))
        first = lead_paragraph(body) if body is not None else None
        said = _REPORTS_AS.match(visible_text(first)) if first is not None else None
        if said is None:
            return None
        words = said["agency"].split()
        for name in (" ".join(words), words[0]):
            for form in (name, name[:-1] if name[-1:] in "ауy" else name):  # the genitive after "correspondent": "Укринформа", "Укрінформу"
                agency = agency_named(form, AGENCIES)
                if agency is not None:
                    text = said.string[: said.start("agency") + len(name)].strip()
                    return {"text": text, "initials": [], "agencies": [agency], "source": source_of(self.page, first)}
        return None

    def _agency_closing(self) -> dict[str, Any] | None:
        """The agency named after a dash that closes the text's last paragraph, as Malaysian, Singaporean and Indian papers
        run wire copy: "… in Munich on August 11-21. — AFP", "… said. — Bernama", "— Reuters/PTI"."""
        body = article_body(self.page, self.profile.get("body"))
        last = next((p for p in reversed(list(body.iter("p"))) if visible_text(p)), None) if body is not None else None
        said = _CLOSING_AGENCY.search(visible_text(last)) if last is not None else None
        if said is None:
            return None
        agencies = [agency_named(a.strip(), AGENCIES) for a in re.split(r"[/,]", said["agencies"])]
        if not agencies or None in agencies:
            return None
        return {"text": said.group(0).strip(), "initials": [], "agencies": agencies, "source": source_of(self.page, last)}

    @_once
    def dateline(self) -> dict[str, Any] | None:
        profiled = self._profiled("dateline")
        if profiled is not None:
            return _value(visible_text(profiled[0]), source_of(self.page, profiled[0])) if profiled else None
        body = article_body(self.page, self.profile.get("body"))
        if body is None:
            return None
        first = lead_paragraph(body)
        if first is None:
            return None
        text = visible_text(first)
        before = _text_before(first)
        if before:  # the place in bold before the first paragraph, in the text's box: detik's "<strong>Jakarta</strong> - <p>…"
            text = f"{before} {text}"
            first = first.getparent() if first.getparent() is not None else first
        # An agency's dateline holds a bracket, a slash or a colon; that pattern, with every agency's name, costs more to build.
        m = _dateline_of_agency().match(text) if "(" in text or "/" in text or ":" in text[:60] or "РИА" in text or "Sputnik" in text else None
        m = m or _dateline_in_capitals().match(text) or _DATELINE_EAST_ASIAN.match(text)
        if m is None and (place := _PLACE_DATELINE.match(text)) is not None \
                and place["city"].casefold() in _cities(self._lang()):
            m = place  # a city the page's language names, then a dash, opens the text: "Praha - ", "Londres - ", "MADRID.-", "Berlin. Die …"
        for pattern in (_OUTLET_DATELINE, _PLACE_OUTLET_DATELINE) if m is None and "," in text[:60] else ():
            own = pattern.match(text)
            if own is not None and ("." in own["outlet"] and _WEB_OUTLET.search(own["outlet"]) or self._is_site(own["outlet"])):
                m = own  # the place and the site's own name, as Indonesian outlets open a story: "Jakarta, CNN Indonesia --", "Liputan6.com, Jakarta -"
                break
        return _value(m.group(1), source_of(self.page, first)) if m else None
