"""Dates, times, numbers, plurals and French typography, written as a careful person would.

The one formatting module (CLDR data through Babel), so every page and output writes
« mardi 18 mai 2021 », « 14 h 30 » and « 1 234 » the same way in French and
« Tuesday 18 May 2021 », « 14:30 » and « 1,234 » in English, whatever the server's locale.

Conventions:
- French writes the first of a month « 1er » (CLDR gives « 1 juin »).
- Times: « 14 h », « 14 h 30 » in French (no-break spaces, so « 14 » never ends a line);
  « 14:30 » in English (24-hour, as the day-first English dates: British usage).
- A datetime at midnight is a date without a time: the sheet's plain dates parse to midnight.
- Missing values (None, NaN, NaT) give "".
- ``typography`` sets French punctuation spacing; English text is returned unchanged.
- ``apostrophes`` sets French typographic apostrophes (’) in written outputs (the report),
  never inside a web address or an e-mail address.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time
from functools import cache

import babel.dates
import babel.lists
import babel.numbers
from babel import Locale

from coalitions.plotly_locale import FRENCH as PLOTLY_FRENCH

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
# Plotly's texts by language; English is Plotly's own.
PLOTLY_DICTIONARIES = {"fr": PLOTLY_FRENCH}

NBSP = "\u00a0"  # no-break space: before « : », inside « », inside « 14 h 30 »
NNBSP = "\u202f"  # narrow no-break space: before « ; ! ? » (and French thousands, CLDR)

# CLDR's "atTime" glue between a day and its time, which Babel 2.19 does not expose (its
# ``datetime_formats`` give « 18 mai 2021, 14 h 30 », not what a person writes).
_AT_TIME = {"fr": "{date} à {time}", "en": "{date} at {time}"}
# Any run of spaces a person (or a previous pass) may have typed before the mark.
_SPACES = "[ \u00a0\u202f\t]+"
_BEFORE_NARROW = re.compile(f"{_SPACES}(?=[;!?])")
_BEFORE_COLON = re.compile(f"{_SPACES}(?=:)")
_AFTER_OPENING = re.compile(f"«(?:{_SPACES})?")
_BEFORE_CLOSING = re.compile(f"(?:{_SPACES})?»")


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(_lang(lang))


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and NaT are the values unequal to themselves
    except (TypeError, ValueError):
        return False


def format_date(
    value: date | datetime | None, lang: str = DEFAULT_LANGUAGE, *, weekday: bool = False
) -> str:
    """A day written out: « 18 mai 2021 », « mardi 1er juin 2021 », « Tuesday 18 May 2021 ».

    Accepts dates, datetimes and pandas Timestamps (the time is ignored); missing -> "".
    """
    if _missing(value):
        return ""
    first = _lang(lang) == "fr" and value.day == 1
    pattern = ("EEEE " if weekday else "") + ("d'er'" if first else "d") + " MMMM y"
    return babel.dates.format_date(value, pattern, locale=_locale(lang))


def format_month(value: date | datetime | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """A month and its year: « mai 2021 », « May 2021 »; missing -> ""."""
    if _missing(value):
        return ""
    return babel.dates.format_date(value, "LLLL y", locale=_locale(lang))


def month_name(month: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """The name of month 1-12 as written mid-sentence: « août », « August »."""
    return babel.dates.get_month_names("wide", "stand-alone", locale=_locale(lang))[month]


def weekday_name(weekday: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """The name of a weekday, 0 = Monday, as written mid-sentence: « mardi », « Tuesday »."""
    return babel.dates.get_day_names("wide", "format", locale=_locale(lang))[weekday]


def format_time(value: time | datetime | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """A time of day: « 14 h », « 9 h 05 » in French; « 14:00 », « 09:05 » in English."""
    if _missing(value):
        return ""
    if _lang(lang) == "fr":
        minutes = f"{NBSP}{value.minute:02d}" if value.minute else ""
        return f"{value.hour}{NBSP}h{minutes}"
    return babel.dates.format_time(value, "HH:mm", locale=_locale(lang))


def format_duration(seconds: float) -> str:
    """A time spent, to the second: « 4 min 05 s », « 1 h 02 min 09 s » (the same in English:
    the symbols are international)."""
    whole = max(int(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}{NBSP}h{NBSP}{minutes:02d}{NBSP}min{NBSP}{secs:02d}{NBSP}s"
    return f"{minutes}{NBSP}min{NBSP}{secs:02d}{NBSP}s"


def format_time_range(start: time | datetime, end: time | datetime | None, lang: str) -> str:
    """From one time to another: « 9 h 30 – 12 h 30 », « 09:30–12:30 »; no end: the start."""
    if _missing(end):
        return format_time(start, lang)
    # French times hold spaces, so the dash between them takes spaces too.
    dash = " – " if _lang(lang) == "fr" else "–"
    return f"{format_time(start, lang)}{dash}{format_time(end, lang)}"


def format_datetime(
    value: datetime | None, lang: str = DEFAULT_LANGUAGE, *, weekday: bool = False
) -> str:
    """A day and its time: « 18 mai 2021 à 14 h 30 », « 18 May 2021 at 14:30 ».

    At midnight (a plain date, as the sheet's dates without a time parse) only the day is
    written; a ``date`` is accepted too. Missing -> "".
    """
    if _missing(value):
        return ""
    day = format_date(value, lang, weekday=weekday)
    if not isinstance(value, datetime) or (value.hour, value.minute) == (0, 0):
        return day
    return _AT_TIME[_lang(lang)].format(date=day, time=format_time(value, lang))


def format_number(value: float | None, lang: str = DEFAULT_LANGUAGE, *, decimals: int = 0) -> str:
    """A number with the language's separators: « 1 234,5 » (narrow no-break space), « 1,234.5 ».

    Up to ``decimals`` decimal places are kept (trailing zeros dropped); missing -> "".
    """
    if _missing(value):
        return ""
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return babel.numbers.format_decimal(value, pattern, locale=_locale(lang))


# Numbers a careful writer spells out in running prose (« trois coalitions »): one to nine.
# Tables, tiles, zero and larger numbers keep digits. French « un » takes the noun's gender.
_WORDS = {
    "fr": ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "en": ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}


def number_in_words(count: float, lang: str = DEFAULT_LANGUAGE, *, feminine: bool = False) -> str:
    """A count as running prose writes it: « trois », « une » (``feminine``), « three » for
    1 to 9; other numbers as ``format_number`` writes them (« 0 », « 12 », « 1 234 »)."""
    if isinstance(count, float) and not count.is_integer() or not 1 <= count <= 9:
        return format_number(count, lang, decimals=2)
    word = _WORDS[_lang(lang)][int(count)]
    return "une" if feminine and word == "un" else word


class Count:
    """A count to fill a catalogue text: ``{count}`` writes digits (« 3 »), ``{count:w}``
    the word running prose uses (« trois »), ``{count:wf}`` its feminine (« une »)."""

    def __init__(self, value: float, lang: str = DEFAULT_LANGUAGE) -> None:
        self.value, self.lang = value, lang

    def __format__(self, spec: str) -> str:
        if spec in ("w", "wf"):
            return number_in_words(self.value, self.lang, feminine=spec == "wf")
        if spec:
            raise ValueError(f"unknown count format {spec!r}: '', 'w' or 'wf'")
        return format_number(self.value, self.lang, decimals=2)

    def __str__(self) -> str:
        return format(self, "")


def plural_form(count: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """The CLDR plural category of ``count``: « one » or « other » (French: 0 and 1 are
    « one »; English: only 1), « many » for French millions."""
    if isinstance(count, float) and not math.isfinite(count):
        return "other"
    return _locale(lang).plural_form(abs(count))


def mid_sentence(label: str) -> str:
    """A catalogue label (role, kind, status) as written inside a sentence: « Intéressé » ->
    « intéressé », « En cours » -> « en cours »; a name with another capital (« Reset Day »)
    or an acronym (« RGAA ») is kept."""
    first, _, rest = label.partition(" ")
    if not first[1:2].islower() or any(word[:1].isupper() for word in rest.split()):
        return label
    return label[0].lower() + label[1:]


def typography(text: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """French spacing: narrow no-break space before ; ! ?, no-break space before : and inside
    « ». Only spaces already typed are changed (« 14:00 », « https:// » and « a;b » stay),
    except that « » always get theirs. Idempotent; English is returned unchanged."""
    if not text or _lang(lang) != "fr":
        return text
    text = _BEFORE_NARROW.sub(NNBSP, text)
    text = _BEFORE_COLON.sub(NBSP, text)
    text = _AFTER_OPENING.sub("«" + NBSP, text)
    return _BEFORE_CLOSING.sub(NBSP + "»", text)


# A straight apostrophe (or a prime typed for one) between two letters, as in « l'offre »,
# « aujourd'hui »; web and e-mail addresses are matched first so their quotes stay as typed.
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['′](?=[^\W\d_])")
_ADDRESSES = re.compile(r"(?:https?://|mailto:|www\.)\S+|[^\s<>()@]+@[^\s<>()@]+\.[^\s<>()@]+")


def apostrophes(text: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """French typographic apostrophes: « l'offre » -> « l’offre », outside web and e-mail
    addresses (« https://x.org/l'offre », « o'neil@x.org » keep theirs). English and
    quotation marks (a quote not between two letters) are returned unchanged. Idempotent.
    The catalogue's French is written with ’ already (coalitions/i18n); the interface shows
    sheet text as typed, and written outputs (the report) call this on what they print."""
    if not text or _lang(lang) != "fr" or ("'" not in text and "′" not in text):
        return text
    pieces, start = [], 0
    for address in _ADDRESSES.finditer(text):
        pieces.append(_APOSTROPHE.sub("’", text[start : address.start()]))
        pieces.append(address.group())
        start = address.end()
    pieces.append(_APOSTROPHE.sub("’", text[start:]))
    return "".join(pieces)


def format_list(items: list[str], lang: str = DEFAULT_LANGUAGE) -> str:
    """Items joined as a sentence joins them: « A, B et C », « A, B and C » (CLDR)."""
    return babel.lists.format_list(list(items), locale=_locale(lang))


def chart_locale(lang: str = DEFAULT_LANGUAGE) -> dict:
    """Plotly configuration writing a chart's dates and numbers in ``lang`` (CLDR data), and
    its toolbar's and tooltips' texts (Plotly's own locale, vendored in
    ``coalitions.plotly_locale``).

    Plotly.js only knows English unless a locale is registered; its ``locales`` setting
    takes one inline, so a French axis reads « juil. 2020 » and « 1,5 », not « Jul 2020 »,
    and its toolbar « Réinitialiser les axes », not « Reset axes ». Its lists of days start
    on Sunday (d3's order). Merge the result into the chart's config.
    """
    locale = _locale(lang)
    # Babel numbers weekdays from Monday (0); d3 from Sunday.
    sunday_first = [6, 0, 1, 2, 3, 4, 5]

    def months(width: str) -> list[str]:
        names = babel.dates.get_month_names(width, "stand-alone", locale=locale)
        return [names[month] for month in range(1, 13)]

    def days(width: str) -> list[str]:
        names = babel.dates.get_day_names(width, "format", locale=locale)
        return [names[day] for day in sunday_first]

    number_format = {
        "decimal": babel.numbers.get_decimal_symbol(locale),
        "thousands": babel.numbers.get_group_symbol(locale),
    }
    return {
        "locale": locale.language,
        "locales": {
            locale.language: {
                "dictionary": {
                    english: typography(text, locale.language)
                    for english, text in PLOTLY_DICTIONARIES.get(locale.language, {}).items()
                },
                "format": {
                    "months": months("wide"),
                    "shortMonths": months("abbreviated"),
                    "days": days("wide"),
                    "shortDays": days("abbreviated"),
                    **number_format,
                },
            }
        },
    }
