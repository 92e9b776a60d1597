"""Dates: HTML datetime values, and dates as people write them, in the page's language.

Month names come from CLDR through Babel, so "6. Dezember 2016", "December 6,
2016", "6 décembre 2016" and "06.12.2016" all read as the same day.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from functools import lru_cache

from . import lazyre
from .lazyre import lazy

# --- HTML datetime values (HTML Living Standard, "dates and times") ---------------

_YEAR = r"(?P<y>\d{4,})"
_DATE = _YEAR + r"-(?P<mo>\d\d)-(?P<d>\d\d)"
_TIME = r"(?P<h>\d\d):(?P<mi>\d\d)(?::(?P<s>\d\d)(?:\.(?P<f>\d{1,3}))?)?"
_ZONE = r"(?P<z>Z|[+-]\d\d:?\d\d)"
_FORMS = [
    ("global date and time", lazy(_DATE + r"[T ]" + _TIME + _ZONE, re.ASCII)),
    ("local date and time", lazy(_DATE + r"[T ]" + _TIME, re.ASCII)),
    ("date", lazy(_DATE, re.ASCII)),
    ("month", lazy(_YEAR + r"-(?P<mo>\d\d)", re.ASCII)),
    ("year", lazy(_YEAR, re.ASCII)),
    ("yearless date", lazy(r"(?:--)?(?P<mo>\d\d)-(?P<d>\d\d)", re.ASCII)),
    ("time", lazy(_TIME, re.ASCII)),
    ("time-zone offset", lazy(_ZONE, re.ASCII)),
    ("week", lazy(_YEAR + r"-W(?P<w>\d\d)", re.ASCII)),
    ("duration", lazy(r"P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,3})?S)?)?|(?:\s*\d+(?:\.\d{1,3})?\s*[WwDdHhMmSs])+", re.ASCII)),
]


@dataclass(frozen=True)
class MachineDate:
    kind: str
    day: date | None  # the calendar day as written (in its own offset)
    moment: datetime | None  # an aware datetime, for global date-and-time values
    zone: str | None  # the offset as written ("Z", "+01:00") or None


def parse_datetime_value(value: str) -> MachineDate | str:
    """A parsed datetime attribute value, or the reason it is not valid."""
    value = value.strip()
    for kind, pattern in _FORMS:
        m = pattern.fullmatch(value)
        if m is None:
            continue
        groups = m.groupdict()
        try:
            day = None
            if groups.get("y") and groups.get("mo") and groups.get("d"):
                if len(groups["y"].lstrip("0")) > 4:  # HTML allows such a day; the calendar artlint reads ends in 9999
                    return f"the year {groups['y'].lstrip('0')} has more than four digits"
                day = date(int(groups["y"]), int(groups["mo"]), int(groups["d"]))
            elif groups.get("mo"):
                month = int(groups["mo"])
                if not 1 <= month <= 12:
                    return f"month {month:02d} does not exist"
                if groups.get("d") and not 1 <= int(groups["d"]) <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
                    return f"day {groups['d']} does not exist in month {month:02d}"
            if groups.get("h") is not None:
                if int(groups["h"]) > 23 or int(groups["mi"]) > 59 or int(groups.get("s") or 0) > 59:
                    return "the time of day is out of range"
            if kind == "week" and not 1 <= int(groups["w"]) <= 53:
                return "week numbers run from 01 to 53"
            if kind == "year" and int(groups["y"]) == 0:
                return "year 0 does not exist"
            moment = None
            zone = groups.get("z")
            if kind == "global date and time":
                offset = _offset(zone)
                if offset is None:
                    return f"the offset {zone} is out of range"
                moment = datetime(day.year, day.month, day.day, int(groups["h"]), int(groups["mi"]), int(groups.get("s") or 0), tzinfo=offset)
            return MachineDate(kind, day, moment, zone)
        except ValueError:
            return "that day does not exist in the calendar"
    return "it is not a date, time, date-and-time, month, week, year or duration in HTML's formats"


def _offset(zone: str) -> timezone | None:
    if zone == "Z":
        return timezone.utc
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 23 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_iso(value: str) -> MachineDate | None:
    """A lenient ISO 8601 date or date-time as structured data writes it (JSON-LD, meta)."""
    value = (value or "").strip()
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?", value, re.ASCII)
    if m is None:
        return None
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
        if m[4] is None:
            return MachineDate("date", day, None, None)
        zone = m[7]
        if zone and len(zone) == 3:
            zone += ":00"
        tz = _offset(zone) if zone else None
        moment = datetime(day.year, day.month, day.day, int(m[4]), int(m[5]), int(m[6] or 0), tzinfo=tz) if tz else None
        return MachineDate("global date and time" if tz else "local date and time", day, moment, zone)
    except (ValueError, TypeError):
        return None


_EPOCH = date(1970, 1, 1)


def is_placeholder(parsed: MachineDate) -> bool:
    """A template's stand-in for a missing date, not a date anyone published on: the year 1
    ("0001-01-01T00:00:00Z", the smallest date .NET and Go write) or the Unix epoch."""
    day = parsed.day
    return day is not None and (day.year < 1000 or day == _EPOCH)


def parse_any(value: str, lang: str = "en") -> MachineDate | None:
    """A date from metadata as publishers write it: ISO 8601, RFC 2822, or a written date."""
    value = (value or "").strip()
    if not value:
        return None
    parsed = parse_iso(value)
    if parsed is not None:
        return parsed
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        moment = None
    if moment is not None:
        return MachineDate("global date and time" if moment.tzinfo else "local date and time", moment.date(),
                           moment if moment.tzinfo else None, None)
    compact = re.fullmatch(r"((?:19|20)\d\d)(\d\d)(\d\d)(?:(\d\d)(\d\d)(\d\d)?)?", value)  # "20240305", "20240305104551"
    if compact:
        try:
            day = date(int(compact[1]), int(compact[2]), int(compact[3]))
            if compact[4] is not None:
                datetime(day.year, day.month, day.day, int(compact[4]), int(compact[5]), int(compact[6] or 0))  # a real time of day
                return MachineDate("local date and time", day, None, None)
            return MachineDate("date", day, None, None)
        except ValueError:
            return None
    if re.fullmatch(r"\d{10}(?:\d{3})?", value):  # a Unix timestamp, in seconds or milliseconds
        moment = unix_moment(value)
        return MachineDate("global date and time", moment.date(), moment, "Z")
    shown = parse_visible_date(value, lang)
    if shown is not None:
        return MachineDate("date", shown[0], None, None)
    return None


def unix_moment(digits: str) -> datetime:
    """The moment, in UTC to the second, a number of Unix time names: seconds up to ten digits, milliseconds beyond."""
    return datetime.fromtimestamp(int(digits) // 1000 if len(digits) > 10 else int(digits), timezone.utc)


# --- dates as written for people --------------------------------------------------

# Words that label a date as the last change, and as the publication, in the languages artlint reads.
UPDATE_WORDS = (r"updated|last\s+update\b|last\s+edited|modified|aktualisiert|geändert|zuletzt\s+bearbeitet|mis\s+à\s+jour|modifié|actualisé|actualizado|atualizado|modificado|aggiornato|"
                r"modificato|modifica\s+il|bijgewerkt|gewijzigd|aangepast|uppdaterad|opdateret|oppdatert|päivitetty|zaktualizowano|aktualizacja|aktualizováno|"
                r"обновлено|güncellendi|güncelleme|ενημερώθηκε|ενημέρωση|frissítve|actualizat|diperbarui|cập\s+nhật|"
                r"수정|업데이트|最終更新|更新日時|更新日|更新时间|更新時間|更新于|更新於|"
                r"آخر\s+تحديث|تم\s+التحديث|تم\s+تحديث|تاريخ\s+التحديث|به‌?روز\s*رسانی|עודכן|अपडेटेड|अपडेट\s+किया|"
                # Albanian, Croatian and Serbian, Slovenian, Slovak, the Baltic languages, Malay, Catalan, Basque, Bulgarian,
                # Ukrainian, Azerbaijani, Georgian, Armenian, Bengali, Swahili
                r"përditësuar|ažurirano|ажурирано|posodobljeno|aktualizované|atnaujinta|atjaunināts|uuendatud|dikemas\s+kini|actualitzat|"
                r"eguneratua|актуализиран[ао]?|обновено|оновлено|yenilənib|განახლდა|թարմացվել|হালনাগাদ|imesasishwa|"
                # Thai, Tagalog, Icelandic
                r"อัปเดต|อัพเดท|na-update|in-update|uppfært")
PUBLISHED_WORDS = (r"published|publié|publicado|publicada|publicat(?!ion)|pubblicato|veröffentlicht|erstellt|erschienen|gepubliceerd|geplaatst|"
                   r"publicerad|publiceret|publisert|julkaistu|opublikowano|opublikowany|publikováno|опубликовано|yayınlanma|yayınlandı|"
                   r"δημοσιεύθηκε|δημοσίευση|közzétéve|diterbitkan|dipublikasikan|입력|公開日|配信日|投稿日|发布时间|發佈時間|发表于|發表於|"
                   r"تاريخ\s+النشر|نشر\s+في|تاریخ\s+انتشار|פורסם|प्रकाशित|"
                   r"publikuar|objavljeno|објављено|objavljen[ao]?|publikované|paskelbta|publicēts|avaldatud|diterbitkan\s+pada|"
                   r"argitaratua|публикувано|опубліковано|dərc\s+edilib|გამოქვეყნდა|հրապարակվել|প্রকাশিত|شائع|منتشر\s+شده|imechapishwa|"
                   # Thai, Tagalog, Icelandic ("Birt:", not a word's start)
                   r"เผยแพร่|nai-publish|inilathala|birt(?=\s*:)")


def babel_locale(lang: str):
    return _locale(lang.strip().replace("-", "_") or "en")


@lru_cache(maxsize=64)
def _locale(tag: str):
    from babel import Locale, UnknownLocaleError

    for candidate in (tag, tag.split("_")[0], "en"):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return Locale.parse("en")


@lru_cache(maxsize=64)
def _months(locale_tag: str) -> dict[str, int]:
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    # Arabic names the months as the region does: the Levant's and Iraq's "كانون الأول", the Maghreb's "جانفي", "دجنبر".
    regions = ("ar_LB", "ar_MA", "ar_DZ") if locale_tag.split("_")[0] == "ar" else ()
    for tag in (locale_tag, *regions, "en"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=_locale(tag)).items():
                    # lower(), not casefold(): the pattern matches case-insensitively one code point at a
                    # time, and casefold() spells Greek "Μαΐου" with three code points where pages write one.
                    names.setdefault(name.lower().rstrip("."), number)
    names.setdefault("sept", 9)  # AP style
    if locale_tag.split("_")[0] in ("he", "iw"):  # Hebrew writes "in December" after the day: "3 בדצמבר 2026"
        names.update({"ב" + name: number for name, number in list(names.items()) if not name.isascii()})
    if locale_tag.split("_")[0] == "ar":
        # Pages often write alef without its hamza or madda ("اغسطس", "ابريل", "اب" for "أغسطس", "أبريل", "آب"), and
        # Egypt's papers write June and July as "يونيه", "يوليه": the names are found so too (``_first`` reads them so).
        names.update({name.translate(_PLAIN_ALEF): number for name, number in list(names.items()) if not name.isascii()})
        names.update({"يونيه": 6, "يوليه": 7})
    if locale_tag.split("_")[0] in ("hi", "mr", "ne"):
        # Hindi papers spell a nasal before a consonant as the anusvara (CLDR's "दिसंबर") or as the half letter ("दिसम्बर"),
        # and write the nukta or leave it out ("फ़रवरी", "फरवरी"): each month is found either way.
        names.update({_HINDI_NASAL.sub(lambda m: _HINDI_HALF[m[1]] + m[1], name): number for name, number in list(names.items()) if not name.isascii()})
        names.update({variant: number for name, number in list(names.items()) if "\u093c" in name  # (and the precomposed "फ़")
                      for variant in (name.replace("\u093c", ""), name.replace("\u092b\u093c", "\u095e"))})
        names.update({"अक्तूबर": 10, "अप्रेल": 4})
    if locale_tag.split("_")[0] == "si":  # Sinhala papers write the months' English names in Sinhala letters; CLDR gives the old ones
        names.update({name: number for number, name in enumerate(("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්\u200dරේල්", "මැයි", "ජූනි", "ජූලි",
                                                                   "අගෝස්තු", "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"), start=1)})
        names["අප්රේල්"] = 4  # (and April without the joiner)
    if locale_tag.split("_")[0] == "fa":
        for number, (iranian, dari) in enumerate(_SOLAR_HIJRI_MONTHS, start=1):
            names.setdefault(iranian, number)
            names.setdefault(dari, number)
    return names


_PLAIN_ALEF = str.maketrans("أإآ", "ااا")
# The anusvara before a consonant, and the half nasal of that consonant's class that writes it otherwise.
_HINDI_NASAL = lazy("\u0902([\u0915-\u0928\u092a-\u092e])")
_HINDI_HALF = {**dict.fromkeys("कखगघङ", "ङ्"), **dict.fromkeys("चछजझञ", "ञ्"), **dict.fromkeys("टठडढण", "ण्"),
               **dict.fromkeys("तथदधन", "न्"), **dict.fromkeys("पफबभम", "म्")}

# The months of the Solar Hijri calendar that Iran's (and Afghanistan's Dari) pages date by: "۱۵ اسفند ۱۴۰۲" is 5 March 2024.
_SOLAR_HIJRI_MONTHS = (
    ("فروردین", "حمل"), ("اردیبهشت", "ثور"), ("خرداد", "جوزا"), ("تیر", "سرطان"), ("مرداد", "اسد"), ("شهریور", "سنبله"),
    ("مهر", "میزان"), ("آبان", "عقرب"), ("آذر", "قوس"), ("دی", "جدی"), ("بهمن", "دلو"), ("اسفند", "حوت"),
)


@lru_cache(maxsize=64)
def _patterns(locale_tag: str) -> list[tuple[re.Pattern[str], str]]:
    from babel.dates import get_date_format

    months = "|".join(re.escape(n) for n in sorted(_months(locale_tag), key=len, reverse=True))
    month = rf"(?P<m>{months})\.?"
    if locale_tag.split("_")[0] == "ar":  # both names, as pan-Arab papers write them: "3 ديسمبر/كانون الأول 2026"
        months = re.sub("[أإآا]", "[أإآا]", months)  # any alef: "إبريل" as "أبريل"
        month = rf"(?P<m>{months})(?:\s*[/-]\s*(?:{months}))?"
    short = get_date_format("short", locale=_locale(locale_tag)).pattern.lower()
    order = "".join(c for c in dict.fromkeys(ch for ch in short if ch in "dmy"))
    numeric = "mdy" if order == "mdy" else "dmy"  # year first in the locale (Swedish "y-MM-dd"): day first when the year ends
    flags = re.IGNORECASE
    patterns = [
        # "5 March 2024", "5. März 2024", "5 de marzo de 2024", "5th March 2024", "1st of March 2024", "1er mars 2024"
        (lazyre.compile(rf"(?<!\w)(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s*(?:de\s+|of\s+)?{month},?\s*(?:de\s+)?(?P<y>\d{{4}})(?!\d)", flags), "dmy"),
        (lazyre.compile(rf"(?<!\w){month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)", flags), "mdy"),
        # Year first, then the month's name: Hungarian "2023. május 28.", Basque "2023ko maiatzaren 28a" (the month's genitive)
        (lazyre.compile(rf"(?<![\w.])(?P<y>\d{{4}})(?:\.|ko)?\s+{month}(?:ren)?\s+(?P<d>\d{{1,2}})(?!\d)", flags), "ymd"),
        (lazyre.compile(r"(?<!\d)(?P<y>\d{4})-(?P<mm>\d{1,2})-(?P<d>\d{1,2})(?!\d)"), "ymd"),
        (lazyre.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<mm>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"), "ymd"),
        (lazyre.compile(r"(?<!\d)(?P<y>\d{4})[./]\s?(?P<mm>\d{1,2})[./]\s?(?P<d>\d{1,2})(?!\d)"), "ymd"),
        # Dotted numeric dates are day-first everywhere; slashed and hyphenated ones follow the locale.
        (lazyre.compile(r"(?<![\d.])(?P<a>\d{1,2})\.\s?(?P<b>\d{1,2})\.\s?(?P<y>\d{4}(?![\d:]|\.\d)|\d{2}(?=\d{1,2}:\d\d)|\d{2}(?![\d:]|\.\d))"), "dmy"),
        (lazyre.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/]\d)"), numeric),
        # Hyphens with a four-digit year, in the locale's order too: Dutch "03-11-2026", Indian "03-11-2026".
        (lazyre.compile(r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>(?:19|20)\d\d)(?![\d-])"), numeric),
    ]
    if locale_tag.split("_")[0] == "lt":  # Lithuanian: the year, "m.", the month, the day, "d.": "2026 m. gruodžio 3 d."
        patterns.append((lazyre.compile(rf"(?<![\w.])(?P<y>\d{{4}})\s*m\.\s*{month}\s+(?P<d>\d{{1,2}})\s*d\.?", flags), "ymd"))
    if locale_tag.split("_")[0] in ("uz", "tk", "ky"):  # Uzbek: the day and a hyphen before the month: "3-dekabr, 2026"
        patterns.append((lazyre.compile(rf"(?<![\w-])(?P<d>\d{{1,2}})-{month},?\s*(?P<y>\d{{4}})(?!\d)", flags), "dmy"))
    if locale_tag.split("_")[0] == "kk":  # Kazakh: the year and "жылғы" first: "2026 жылғы 3 желтоқсан"
        patterns.append((lazyre.compile(rf"(?<![\w.])(?P<y>\d{{4}})\s*(?:ж\.|жылғы)\s*(?P<d>\d{{1,2}})\s+{month}", flags), "ymd"))
    if locale_tag.split("_")[0] == "mn":  # Mongolian: "2026 оны 12 сарын 3", the months numbered
        patterns.append((lazyre.compile(r"(?<![\w.])(?P<y>\d{4})\s*оны\s*(?P<mm>\d{1,2})\s*(?:дугаар\s*)?сарын\s*(?P<d>\d{1,2})"), "ymd"))
    if locale_tag.split("_")[0] == "ja":  # Japan's era names: "令和8年12月3日" is 2026, "令和元年" its first year
        patterns.append((lazyre.compile(r"(?P<era>令和|平成|昭和)\s*(?P<y>\d{1,2}|元)\s*年\s*(?P<mm>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), "ymd"))
    if locale_tag.split("_")[0] == "zh":  # the Republic of China's years in Taiwan: "民國115年12月3日" is 2026
        patterns.append((lazyre.compile(r"(?P<era>民國|民国)\s*(?P<y>\d{2,3})\s*年\s*(?P<mm>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), "ymd"))
    if locale_tag.split("_")[0] == "th":  # Thai: "พ.ศ." (the Buddhist era) before the year, and the year in two digits: "21 ม.ค. 62"
        patterns.append((lazyre.compile(rf"(?<!\w)(?P<d>\d{{1,2}})\s*{month}\s*(?:พ\.\s?ศ\.\s*)?(?P<y>\d{{4}}|\d{{2}})(?!\d)", flags), "dmy"))
    if locale_tag.split("_")[0] == "lv":  # Latvian: the year, "gada", the day, the month: "2023. gada 28. maijs"
        patterns.append((lazyre.compile(rf"(?<![\w.])(?P<y>\d{{4}})\.\s*gada\s+(?P<d>\d{{1,2}})\.\s*{month}", flags), "ymd"))
    return patterns


# Languages whose month names are tried when the page's own language finds no date.
_FALLBACK_LOCALES = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "sv", "da", "nb", "fi", "tr", "cs")


def moment_written(text: str, day: date) -> str | None:
    """The date-time a visible date's text gives when it writes the time of day and the time zone beside the date
    ("Published 10:02 AM EST Nov 3, 2026", "3 December 2026 10:02 GMT", "Dec. 6, 2016, 9:15 a.m. ET", "06.12.2016,
    00:21 Uhr MEZ"), in ISO 8601 with its offset; None when the text names no zone (a time alone is no moment). A date-time
    written in ISO 8601 with its offset ("2024-05-06T10:32:00+03:00", as some templates print the value) is that moment."""
    if (iso := _ISO_MOMENT.search(text)) is not None and (stated := parse_iso(iso.group())) is not None and stated.moment is not None \
            and stated.day == day:
        return stated.moment.isoformat()
    found = _TIME_AND_ZONE.search(text)
    if found is None:
        return None
    hour, minute = int(found["h"]), int(found["mi"])
    half = (found["half"] or "").replace(".", "").lower()
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    zone = unicodedata.normalize("NFKD", found["zone"]).encode("ascii", "ignore").decode().upper().replace(" ", "")  # "horário" as "HORARIO"
    if zone in _ZONE_NAMES:
        try:
            tz = ZoneInfo(_ZONE_NAMES[zone][0])
        except (ZoneInfoNotFoundError, ValueError):  # (no time zone database on this system: the zone's standard time)
            tz = timezone(timedelta(hours=_ZONE_NAMES[zone][1]))
    else:
        base = _ZONE_OFFSETS.get(zone.split("+")[0].split("-")[0].split("−")[0], 0.0)
        sign = -1 if "-" in zone or "−" in zone else 1
        extra = re.search(r"[+\-−](\d{1,2})(?::?(\d{2}))?$", zone)
        hours = base + (sign * (int(extra[1]) + int(extra[2] or 0) / 60) if extra else 0)
        tz = timezone(timedelta(hours=hours))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz).isoformat()


# A time of day as a date's text writes it: "17:50", "8:03 am", "6:18am", "12:00 a. m.", "23 h 03", "23h03", "14.30 Uhr"
_TIME_OF_DAY = lazy(r"(?<![\d.:])(?P<h>\d{1,2})\s*(?::|h\s*|\.(?=\d\d\s*Uhr))(?P<mi>\d\d)(?::(?P<s>\d\d))?(?![\d:])"
                    r"(?:\s*(?P<half>[ap]\.?\s?m\.?)(?![a-z]))?", re.IGNORECASE)


# The same in Chinese, Japanese and Korean, with hour and minute words: "14時30分", "下午2点30分", "오후 2시 30분", "午後3時"
# (the morning's or the afternoon's before it); not hours ("3時間前", "12시간 전": hours ago).
_CJK_TIME_OF_DAY = lazy(r"(?:(?P<half>午前|午後|上午|下午|오전|오후)\s*)?(?<!\d)(?P<h>\d{1,2})\s*[時时點点시](?![間间간])"
                        r"(?:\s*(?P<mi>\d{1,2})\s*[分분])?(?:\s*(?P<s>\d{1,2})\s*[秒초])?")
_CJK_HALVES = {"午前": "am", "上午": "am", "오전": "am", "午後": "pm", "下午": "pm", "오후": "pm"}


def time_written(text: str) -> str | None:
    """The time of day a text writes, as HTML writes a time ("8:03 pm" → "20:03", "23 h 03" → "23:03", "12:00 a. m." →
    "00:00", "14時30分" → "14:30", "오후 2시 30분" → "14:30"); None when it writes none, or two different ones."""
    said = set()
    found = list(_TIME_OF_DAY.finditer(text))
    if not found and any(mark in text for mark in "時时點点시"):
        found = list(_CJK_TIME_OF_DAY.finditer(text))
    for m in found:
        hour, minute, second = int(m["h"]), int(m["mi"] or 0), int(m["s"] or 0)
        half = (m["half"] or "").replace(".", "").replace(" ", "").lower()
        half = _CJK_HALVES.get(half, half)
        if half and not 1 <= hour <= 12:
            return None
        hour = hour % 12 + 12 if half == "pm" else hour % 12 if half == "am" else hour
        if hour > 23 or minute > 59 or second > 59:
            return None
        said.add(f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else ""))
    return said.pop() if len(said) == 1 else None


def moment_suggested(text: str, day: date, date_text: str) -> str:
    """The value a <time> should carry for a visible date: the moment with its offset when the text writes the time and
    the zone, the local date and time when it writes the time alone, else the day. ``date_text`` is the part of the text
    that writes the day, where no time is read ("12.12.2019" holds no "12.12")."""
    moment = moment_written(text, day)
    if moment is not None:
        return datetime.fromisoformat(moment).isoformat(timespec="seconds")
    time = time_written(text.replace(date_text, " ", 1))
    return f"{day.isoformat()}T{time}" if time else day.isoformat()


_NUMERIC_DATE = lazy(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")


def either_order(said: str, lang: str) -> bool:
    """Whether a numeric date on a page in English of no region reads as a day in either order ("5/3/2024", not "25/3/2024")."""
    m = _NUMERIC_DATE.fullmatch(said.strip())
    return m is not None and lang.strip().lower() in ("", "en") and int(m[1]) <= 12 and int(m[3]) <= 12 and m[1] != m[3]


def numeric_order(samples: Iterable[tuple[str, date | None]]) -> dict[str, str]:
    """The order a page writes its numeric dates in, by their separator ("/", "." or "-"): "dmy" or "mdy", from the dates it
    writes that can be read one way only: "28.11.2019" (there is no 28th month), or "06.12.2016" in a <time>
    whose datetime is 2016-12-06. ``samples``: texts of the page's dates, each with the day its machine value names, if any. A
    separator whose dates show both orders, or none, is left out."""
    seen: dict[str, set[str]] = {}
    for text, machine in samples:
        for m in _NUMERIC_DATE.finditer(text):
            a, sep, b, year = int(m[1]), m[2], int(m[3]), int(m[4])
            year += 2000 if year < 100 else 0
            if a > 12 >= b >= 1:
                seen.setdefault(sep, set()).add("dmy")
            elif b > 12 >= a >= 1:
                seen.setdefault(sep, set()).add("mdy")
            elif machine is not None and a != b and 1 <= a <= 12 and 1 <= b <= 12 and 1 <= year:
                if machine == date(year, b, a):
                    seen.setdefault(sep, set()).add("dmy")
                elif machine == date(year, a, b):
                    seen.setdefault(sep, set()).add("mdy")
    return {sep: next(iter(orders)) for sep, orders in seen.items() if len(orders) == 1}


def either_order_in(text: str, lang: str) -> str | None:
    """The separator of the first numeric date in text, where it reads as a day in either order (see either_order); None otherwise."""
    m = _NUMERIC_DATE.search(text)
    return m[2] if m is not None and either_order(m[0], lang) else None


def other_order_agrees(said: str, machine: date, lang: str, slack: int) -> bool:
    """English without a region ("en") is written day first in Britain, India and Australia and month first in
    the United States: "5/3/2024" may be either day, so the other reading counts when it is the machine's day."""
    m = _NUMERIC_DATE.fullmatch(said.strip())
    if m is None or lang.strip().lower() not in ("", "en"):
        return False
    a, b, year = int(m[1]), int(m[3]), int(m[4])
    year += 2000 if year < 100 else 0
    for month, day in ((a, b), (b, a)):
        try:
            if abs((date(year, month, day) - machine).days) <= slack:
                return True
        except ValueError:
            continue
    return False


# Machine dates in forms that HTML and ISO 8601 do not read, though each says its moment exactly:
# ISO 8601 with a part in one digit, "UTC" for "Z", an offset of hours alone, or more than three digits of a second ("2015-06-8",
# "2016-12-19 19:19:00 UTC", "2022-01-27T12:45:36.270+01");
_LOOSE_ISO = lazy(r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?:(?:T|\s+)(?P<h>\d{1,2}):(?P<mi>\d\d)(?::(?P<s>\d\d)(?:[.,](?P<f>\d+))?)?)?"
                  r"\s*(?P<z>Z|UTC|GMT|[+-]\d\d(?::?\d\d)?)?", re.ASCII | re.IGNORECASE)
# ISO 8601's basic form, or its digits alone ("20180619T055000+0900", "20190806103251");
_BASIC_ISO = lazy(r"(?P<y>(?:19|20)\d\d)(?P<mo>\d\d)(?P<d>\d\d)(?:T?(?P<h>\d\d)(?P<mi>\d\d)(?P<s>\d\d)?(?P<z>Z|[+-]\d{4})?)?", re.ASCII)
# e-mail's and HTTP's (RFC 5322: "Wed, 10 Aug 2022 17:23:51 +0000", "19 Nov 2019 07:09 GMT");
_EMAIL_DATE = lazy(r"(?:[A-Z][a-z]{2},?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]{2})\s+(?P<y>\d{4})\s+(?P<h>\d{1,2}):(?P<mi>\d\d)(?::(?P<s>\d\d))?"
                   r"(?:\s*(?P<z>[+-]\d{4}|[A-Z]{1,5}))?", re.ASCII)
# JavaScript's Date ("Wed May 04 2022 01:16:30 GMT+0000 (Coordinated Universal Time)") and Java's ("Tue Dec 06 00:21:00 CET 2016",
# "Fri Sep 30 15:13:45 UTC+0000 2016").
_SCRIPT_DATE = lazy(r"[A-Z][a-z]{2}\s+(?P<mon>[A-Z][a-z]{2})\s+(?P<d>\d{1,2})\s+(?P<y>\d{4})\s+(?P<h>\d{1,2}):(?P<mi>\d\d):(?P<s>\d\d)"
                    r"\s+GMT(?P<z>[+-]\d{4})(?:\s+\([^()]*\))?", re.ASCII)
_JAVA_DATE = lazy(r"[A-Z][a-z]{2}\s+(?P<mon>[A-Z][a-z]{2})\s+(?P<d>\d{1,2})\s+(?P<h>\d{1,2}):(?P<mi>\d\d):(?P<s>\d\d)\s+(?P<z>[A-Z]{1,5}(?:[+-]\d{4})?)\s+(?P<y>\d{4})",
                  re.ASCII)
_MONTH_ABBREVIATIONS = {name: i for i, name in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


def value_meant(value: str, lang: str) -> str | None:
    """The value in ISO 8601 (as HTML's datetime and schema.org read it) that a machine date written in another form
    stands for, to the second: "2015-06-8" → 2015-06-08, "20190806103251" → 2019-08-06T10:32:51, "1580221736000" (Unix
    time) → 2020-01-28T14:28:56Z, "Wed, 10 Aug 2022 17:23:51 +0000" → 2022-08-10T17:23:51Z, "Tue Dec 06 00:21:00 CET 2016"
    → 2016-12-06T00:21:00+01:00, and a date written for people in the page's language ("06.12.2016" in German →
    2016-12-06). None where no date is written, the day does not exist, a time zone is unknown, the day is uncertain
    ("5/3/2024" in English of no region: see either_order), or the value is longer than 80 characters."""
    text = value.strip()
    if len(text) > 80:
        return None  # (no machine writes a date so long: a date inside it would be a guess, and reading it all a cost)
    if (moment := unix_time(text)) is not None:
        return moment  # (a number in JSON-LD: "datePublished": 1580221736000)
    for pattern in (_LOOSE_ISO, _BASIC_ISO, _EMAIL_DATE, _SCRIPT_DATE, _JAVA_DATE):
        m = pattern.fullmatch(text)
        if m is not None:
            month = int(m["mo"]) if "mo" in m.re.groupindex else _MONTH_ABBREVIATIONS.get(m["mon"])
            return _exactly(int(m["y"]), month, int(m["d"]), m["h"], m["mi"], m["s"], m.groupdict().get("f"), m["z"])
    meant = value_shown(text, lang, fallback=True)
    if meant is None:
        return None
    meant = _SECONDS_LEFT_OUT.sub(r"\1:00", meant)
    return meant[:-6] + "Z" if meant.endswith("+00:00") else meant


def value_shown(text: str, lang: str, fallback: bool = False) -> str | None:
    """The value a <time> should carry for a date written for people (see moment_suggested; ``fallback`` as for
    parse_visible_date); None where no date is written, or its day is uncertain ("5/3/2024" in English of no region: see
    either_order)."""
    shown = parse_visible_date(text, lang, fallback)
    if shown is None or either_order(shown[1], lang):
        return None
    return moment_suggested(text, *shown)


def month_shown(text: str, lang: str) -> str | None:
    """The HTML month ("2019-11") a text stands for that names a month and its year and nothing else ("November 2019",
    "Nov. 2019", "noviembre de 2019"), in the page's language or English; None for any other text."""
    m = _MONTH_AND_YEAR.fullmatch(text)
    if m is None:
        return None
    month = _months(str(babel_locale(lang))).get(m["m"].lower())
    return f"{m['y']}-{month:02d}" if month is not None else None


_MONTH_AND_YEAR = lazy(r"\s*(?P<m>[^\W\d_]{3,})\.?,?\s+(?:de\s+)?(?P<y>[1-9]\d{3})\s*")


_SECONDS_LEFT_OUT = lazy(r"(T\d\d:\d\d)(?=$|[Z+-])")


def unix_time(value: str) -> str | None:
    """The moment a number of Unix time (seconds or milliseconds) names, from 1990 to 2100, in ISO 8601; None for anything else."""
    digits = value.strip()
    if not digits.isdigit() or not 9 <= len(digits) <= 13:
        return None
    moment = unix_moment(digits)
    return moment.isoformat().replace("+00:00", "Z") if 1990 <= moment.year < 2100 else None


def write_iso(value: str, lang: str) -> str:
    """What to write instead of a machine date in a form ISO 8601 does not read: the value it stands for where it can be read
    for certain ("write 2016-12-06T00:21:00Z"; see value_meant), else an example."""
    meant = value_meant(value, lang)
    return f"write {meant}" if meant is not None else "write e.g. 2016-12-06T00:21:00+01:00"


def _exactly(year: int, month: int | None, day: int, hour: str | None, minute: str | None, second: str | None, fraction: str | None,
             zone: str | None) -> str | None:
    """A date, or a date and time with the zone given, in ISO 8601; None for a day or time that does not exist, or a zone not known."""
    try:
        written = date(year, month or 0, day).isoformat()
        if hour is None:
            return written
        moment = datetime(year, month or 0, day, int(hour), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    written += "T" + moment.strftime("%H:%M:%S")  # (with the seconds, which XML Schema's dateTime needs, as some readers of JSON-LD do)
    if fraction and fraction.strip("0"):
        written += "." + fraction[:3]  # (HTML reads three digits of a second at most)
    if zone is None:
        return written
    zone = zone.upper()
    if zone[:3] in ("UTC", "GMT") and zone[3:4] in ("+", "-"):
        zone = zone[3:]  # ("UTC+0000": an offset from UTC)
    if zone[0] in "+-":
        hours, minutes = int(zone[1:3]), int(zone[3:].lstrip(":") or 0)  # ("+01": the hour alone)
        if hours > 23 or minutes > 59:
            return None
        return written + ("Z" if hours == minutes == 0 else f"{zone[0]}{hours:02d}:{minutes:02d}")
    offset = _ZONE_OFFSETS.get(zone)
    if offset is None:
        return None
    return written + ("Z" if offset == 0 else f"{'-' if offset < 0 else '+'}{int(abs(offset)):02d}:{int(abs(offset) % 1 * 60):02d}")


_ISO_MOMENT = lazy(r"\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)(?![\w:])")
# The time of day, then a time zone: an abbreviation (with DST resolved where the abbreviation names a region's time),
# or UTC/GMT with an offset.
_ZONE_OFFSETS = {"UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "CET": 1, "MEZ": 1, "WAT": 1, "CEST": 2, "MESZ": 2, "EET": 2, "SAST": 2,
                 "CAT": 2, "EEST": 3, "MSK": 3, "EAT": 3, "IST": 5.5, "PKT": 5, "WIB": 7, "ICT": 7, "HKT": 8, "SGT": 8, "AWST": 8, "PHT": 8,
                 "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
                 "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5}
_ZONE_NAMES = {"ET": ("America/New_York", -5), "CT": ("America/Chicago", -6), "MT": ("America/Denver", -7), "PT": ("America/Los_Angeles", -8),
               # a city's time written out: Brazil's "horário de Brasília", France's "heure de Paris", Spain's "hora peninsular"
               "HORARIODEBRASILIA": ("America/Sao_Paulo", -3), "HORADEBRASILIA": ("America/Sao_Paulo", -3), "HEUREDEPARIS": ("Europe/Paris", 1),
               "HORAPENINSULAR": ("Europe/Madrid", 1), "HORADEMADRID": ("Europe/Madrid", 1)}
_TIME_AND_ZONE = lazy(
    r"(?<![\d:])(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::\d{2})?\s*(?P<half>[ap]\.?\s?m\.?)?\s*(?:Uhr\s*|h\.?\s+)?\(?"
    r"(?P<zone>(?:UTC|GMT)\s?(?:[+\-−]\s?\d{1,2}(?::?\d{2})?)?|hor[aá]rio de Bras[ií]lia|hora de Bras[ií]lia|heure de Paris|hora peninsular|hora de Madrid|(?-i:Z|WET|BST|CES?T|MES?Z|WAT|EES?T|SAST|CAT|MSK|EAT|IST|PKT|WIB|ICT|HKT|SGT|AWST|PHT|JST|KST|"
    r"AE[SD]T|NZ[SD]T|[ECMP][SD]T|AK[SD]T|HST|A[SD]T|NST|[ECMP]T))\)?(?![\w+])",
    re.IGNORECASE,
)


def parse_visible_date(text: str, lang: str, fallback: bool = False) -> tuple[date, str] | None:
    """The first date written in text for people, with the text that says it.

    With ``fallback``, month names of other common languages are tried when
    the page's language finds none (pages often declare the wrong lang).
    """
    if not text or _MAYBE_DATE.search(text) is None:
        return None
    found = _parse_in(text, lang)
    if found is None and fallback:
        for other in (*_FALLBACK_LOCALES, *_script_locales(text)):
            found = _parse_in(text, other)
            if found is not None:
                break
    return found


# Scripts that a few languages write in, with those languages: a month named in Armenian letters on a page that
# declares no language ("18 հունվարի 2018") is read in Armenian. Latin and Cyrillic are the common fallbacks' scripts.
_SCRIPTS = (
    (0x0370, 0x03FF, ("el",)), (0x0400, 0x04FF, ("bg", "sr", "mk", "be", "kk", "ky", "mn")),
    (0x0530, 0x058F, ("hy",)), (0x0590, 0x05FF, ("he",)), (0x0600, 0x06FF, ("ar", "fa", "ur")),
    (0x0900, 0x097F, ("hi", "mr", "ne")), (0x0980, 0x09FF, ("bn",)), (0x0A00, 0x0A7F, ("pa",)), (0x0A80, 0x0AFF, ("gu",)),
    (0x0B80, 0x0BFF, ("ta",)), (0x0C00, 0x0C7F, ("te",)), (0x0C80, 0x0CFF, ("kn",)), (0x0D00, 0x0D7F, ("ml",)),
    (0x0D80, 0x0DFF, ("si",)), (0x0E00, 0x0E7F, ("th",)), (0x0E80, 0x0EFF, ("lo",)), (0x1000, 0x109F, ("my",)),
    (0x10A0, 0x10FF, ("ka",)), (0x1200, 0x137F, ("am",)), (0x1780, 0x17FF, ("km",)),
)


def _script_locales(text: str) -> list[str]:
    """The languages of the scripts other than Latin that text is written in, in the order they first appear."""
    found: list[str] = []
    for ch in dict.fromkeys(_OTHER_SCRIPT.findall(text)):  # (one regular expression over the text, each letter once)
        code = ord(ch)
        for low, high, locales in _SCRIPTS:
            if low <= code <= high:
                found.extend(tag for tag in locales if tag not in found)
                break
    return found


_OTHER_SCRIPT = lazy(r"[^\W\d_\u0000-\u036f\u1800-\uffff]")  # a letter of a script from Greek to Khmer


# Every written date has a four-digit year, or is a dotted or slashed numeric date with a
# two-digit one, or a Thai one with the Buddhist era's year in two digits, or a Japanese era's or the Republic of China's
# year: a text without any holds no date.
_MAYBE_DATE = lazy(r"\d{4}|\d{1,2}[./]\s?\d{1,2}[./]\s?\d\d|[\u0e00-\u0e7f]\.?\s?\d\d(?!\d)|(?:令和|平成|昭和|民國|民国)\s*(?:\d|元)")  # (and Thai's "21 ม.ค. 62", "令和8年")


def _parse_in(text: str, lang: str) -> tuple[date, str] | None:
    """The date written first in text (“Karlsruhe, (12.11.2021). … am 21. November” is 12 November)."""
    tag = str(babel_locale(lang))
    months = _months(tag)
    # "5 มีนาคม 2567": Thai and Lao pages count years from the Buddha, 543 before the common era;
    # Persian pages from the Hijra in the solar calendar ("۱۴۰۲/۱۲/۱۵" is 5 March 2024).
    # Arabic pages may date by the Hijra in the lunar calendar ("24/08/1445 هـ" is 5 March 2024).
    era = 543 if tag.split("_")[0] in ("th", "lo") else 0
    calendar = {"fa": "solar", "ar": "lunar"}.get(tag.split("_")[0], "")
    found = [hit for pattern, order in _patterns(tag) if (hit := _first(pattern, order, text, months, era, calendar)) is not None]
    return min(found, key=lambda hit: hit[2])[:2] if found else None


def _first(pattern: re.Pattern[str], order: str, text: str, months: dict[str, int], era: int = 0,
           calendar: str = "") -> tuple[date, str, int] | None:
    """The first valid date one pattern finds in text, with where it starts (a year past 2400 counted ``era`` years late;
    with ``calendar`` "solar", a year before 1700 is one of the Solar Hijri calendar; with "lunar", a year from 1343
    to 1500 one of the lunar Hijri calendar, as Umm al-Qura counts it)."""
    for m in pattern.finditer(text):
        groups = m.groupdict()
        try:
            year = 1 if groups["y"] == "元" else int(groups["y"])
            if groups.get("era"):
                year += _ERA_STARTS[groups["era"]]
            elif year < 100 and era and groups.get("m"):
                year += 2500 - era  # the Buddhist era's year in two digits after a month's name: "21 ม.ค. 62" is 2562, 2019
            elif year < 100:
                year += 2000 if year < 70 else 1900
            elif year > 2400 and era:
                year -= era
            if groups.get("m"):
                name = groups["m"].lower().rstrip(".")
                month = months[name] if name in months else months[name.translate(_PLAIN_ALEF)]
                day = int(groups["d"])
            elif groups.get("mm"):
                month, day = int(groups["mm"]), int(groups["d"])
            else:
                a, b = int(groups["a"]), int(groups["b"])
                day, month = (a, b) if order == "dmy" else (b, a)
                if month > 12 >= day:
                    day, month = month, day  # only the other order makes a date: "07-30-2008" on a German page
            if calendar == "solar" and year < 1700:
                import jdatetime

                return jdatetime.date(year, month, day).togregorian(), m.group(0), m.start()
            if calendar == "lunar" and 1343 <= year <= 1500:
                from hijridate import Hijri

                day_ = Hijri(year, month, day).to_gregorian()
                return date(day_.year, day_.month, day_.day), m.group(0), m.start()
            return date(year, month, day), m.group(0), m.start()
        except (ValueError, KeyError, OverflowError):
            continue
    return None


# The year before each era's first: Reiwa 1 is 2019, Heisei 1 is 1989, Showa 1 is 1926, the Republic of China's 1 is 1912.
_ERA_STARTS = {"令和": 2018, "平成": 1988, "昭和": 1925, "民國": 1911, "民国": 1911}


AP_MONTHS = {1: "Jan.", 2: "Feb.", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


def format_house(day: date, fmt: str, lang: str) -> str:
    """A day in the house format: a CLDR pattern such as "MMMM d, y", or "ap" for AP style."""
    if fmt.lower() == "ap":
        return f"{AP_MONTHS[day.month]} {day.day}, {day.year}"
    from babel.dates import format_date

    return format_date(day, fmt, locale=babel_locale(lang))


def date_pattern_error(fmt: str) -> str | None:
    """What is wrong with a house format, or None: a CLDR pattern must format a day (no hours), and Babel must know its fields."""
    if fmt.lower() == "ap":
        return None
    try:
        format_house(date(2016, 12, 6), fmt, "en")
    except AttributeError:  # a field of the time of day ("HH"), which a day has not
        return f"invalid date pattern {fmt!r}: it asks for the time of day; a house format gives the day"
    except (ValueError, KeyError, TypeError) as exc:
        return f"invalid date pattern {fmt!r}: {exc}"
    return None


def now() -> datetime:
    return datetime.now(timezone.utc)
