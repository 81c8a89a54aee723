"""Vectorised parsers for the workbook's cell values.

Each parser takes a pandas Series of raw cells (strings, numbers, booleans, datetimes, blanks,
as the readers give them) and returns the parsed Series and a boolean mask of the cells that
were filled but could not be understood. Work is done column-wise with pandas string and
datetime operations, never a Python loop per cell, so a 100,000-row tab validates quickly.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from coalitions.escape import safe_url
from coalitions.workbook.schema import COMBINING_MARKS, LATIN_FOLD, fold
from coalitions.workbook.stages import STAGE_WORDS
from coalitions.workbook.vocabularies import BOOL_WORDS, ERROR_VALUES

# Spreadsheet serial dates count days from 1899-12-30 (Lotus 1-2-3's leap-year bug kept by
# Excel and Google Sheets). Only 1950-2100 are taken as dates: a bare year such as 2021 or
# an amount typed in a date cell must not turn into a day of 1905.
_SERIAL_ORIGIN = pd.Timestamp("1899-12-30")
_SERIAL_MIN, _SERIAL_MAX = 18_264, 73_415  # 1950-01-01, 2100-12-31
_ISO_DATE = re.compile(
    r"^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_FR_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
_FR_DATETIME = re.compile(r"^\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}(?::\d{2})?$")
# "14h30" as French write a time: read as "14:30".
_HOUR_MARK = re.compile(r"(\d)h(\d{2})$")
# "3 - Lancée", "3. Launched", "3 Lancée": a stage number followed by its label.
_LEADING_STAGE = r"^\s*([0-5])\s*(?:[-.:)–—]\s*|\s)\s*[^\W\d_].*$"


def _character_class(characters: str) -> str:
    """A regular-expression class of ``characters`` that RE2 (Arrow's engine) reads, runs of
    consecutive code points written as ranges."""
    codes = sorted(set(map(ord, characters)))
    parts, start = [], 0
    for i in range(1, len(codes) + 1):
        if i == len(codes) or codes[i] != codes[i - 1] + 1:
            first, last = codes[start], codes[i - 1]
            parts.append(f"\\x{{{first:x}}}" + (f"-\\x{{{last:x}}}" if last > first else ""))
            start = i
    return "[" + "".join(parts) + "]"


def _caseless_symbols() -> str:
    """Symbols and punctuation that fold in Arrow as in schema.fold: « n° », « € », « « »,
    « … ». Their compatibility form (NFKD), accents dropped, holds no letter whose case
    Python's lower() would change and Arrow's ASCII lower case would not, and no mark that
    only schema.fold drops."""
    symbols = []
    for code in range(0xA0, 0x2400):
        character = chr(code)
        if code in LATIN_FOLD or unicodedata.category(character)[0] in "MCZ":
            continue
        compatible = unicodedata.normalize("NFKD", character)
        bare = re.sub(COMBINING_MARKS, "", compatible)
        if bare == re.sub("[\u0300-\u036f]", "", compatible) and all(
            ch.isascii() or ch.lower() == ch for ch in bare
        ):
            symbols.append(character)
    return "".join(symbols)


# Python's whitespace (str.isspace, what ``\s`` and strip() mean in schema.fold): RE2's
# ``\s`` is ASCII only, so the vectorised fold names them all.
_SPACES = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
# Text made only of these characters folds the same in Arrow as in schema.fold: ASCII, the
# accented Latin letters of its table (Arrow's NFKD gives the same bare letters), combining
# accents, whitespace and caseless symbols. Any other character (Greek, emoji, a letter of
# a newer Unicode) is folded by schema.fold itself, one distinct value at a time.
_FOLDABLE = (
    "^(?:[\\x00-\\x7f]|"
    + _character_class(
        "".join(map(chr, LATIN_FOLD))
        + _SPACES
        + "".join(map(chr, range(0x300, 0x370)))
        + _caseless_symbols()
    )
    + ")*$"
)
_MARKS = "[\\x{300}-\\x{36f}]"
_SEPARATORS = _character_class(_SPACES + "_-'’") + "+"


def per_unique(parse: Callable) -> Callable:
    """Run ``parse`` once per distinct cell value and spread the results back.

    A 100,000-row memberships tab holds a few thousand distinct names and dates: parsing the
    distinct values only is what keeps validation within a small multiple of reading the CSV.
    Works for parsers returning a Series or a tuple of Series aligned with their input.
    ``wrapper.distinct`` is ``parse`` itself, for cells already distinct (validation parses
    each column's distinct cells): factorizing them again would only cost.
    """

    @functools.wraps(parse)
    def wrapper(cells: pd.Series, *args):
        if len(cells) < 64:  # factorizing costs more than it saves on tiny inputs
            return parse(cells, *args)
        codes, uniques = factorize_cells(cells)
        if len(uniques) == len(cells):
            return parse(cells, *args)
        result = parse(uniques, *args)

        def spread(values: pd.Series) -> pd.Series:
            spread_values = values.iloc[codes]
            spread_values.index = cells.index
            return spread_values

        if isinstance(result, tuple):
            return tuple(spread(values) for values in result)
        return spread(result)

    wrapper.distinct = parse
    return wrapper


def factorize_cells(cells: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Each cell's code and the distinct cells (an object Series, in order of appearance).

    Text read by pyarrow (a ``string`` dtype) is hashed in Arrow, without making a Python
    string of every cell; only the distinct values become Python objects.
    """
    if isinstance(cells.dtype, pd.StringDtype):
        codes, uniques = pd.factorize(cells, use_na_sentinel=False)
        return codes, pd.Series(uniques.to_numpy(dtype=object, na_value=None), dtype=object)
    codes, uniques = pd.factorize(cells.astype(object), use_na_sentinel=False)
    return codes, pd.Series(uniques, dtype=object)


def factorize_text(cells: pd.Series) -> tuple[np.ndarray, pd.Series, pd.Series]:
    """Each cell's code, the distinct cells, and the distinct cells as text (``to_text``).

    Text is encoded and stripped in Arrow: a column of 100,000 cells costs a hash pass and
    one Python string per distinct value. Other cells (numbers, dates: a spreadsheet's)
    go through pandas.
    """
    values = None
    if isinstance(cells.dtype, pd.StringDtype) and cells.dtype.storage == "pyarrow":
        values = pa.array(cells.array)
    elif len(cells) and _all_strings(cells):  # text read by pandas (a CSV with short rows)
        values = _arrow_text(cells)
    if values is not None:
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        encoded = values.dictionary_encode(null_encoding="encode")
        uniques = encoded.dictionary
        # Python's str.strip() removes exactly the characters of _SPACES.
        text = pc.utf8_trim(uniques.fill_null(""), _SPACES)
        return (
            encoded.indices.to_numpy(zero_copy_only=False),
            pd.Series(uniques.to_numpy(zero_copy_only=False), dtype=object),
            pd.Series(text.to_numpy(zero_copy_only=False), dtype=object),
        )
    codes, uniques = factorize_cells(cells)
    return codes, uniques, to_text.distinct(uniques)


def _all_strings(cells: pd.Series) -> bool:
    # CSV tabs are all strings: one dtype inference spares a per-cell type check.
    return pd.api.types.infer_dtype(cells, skipna=True) in ("string", "empty")


@per_unique
def to_text(cells: pd.Series) -> pd.Series:
    """Cells as stripped strings; blanks (None, NaN, "") become ``""``.

    Whole floats (a number typed in a text column, read back as ``3.0``) lose their ``.0``.
    """
    cells = cells.astype(object)
    if _all_strings(cells):
        return cells.fillna("").astype(str).str.strip()
    blank = cells.isna()
    numeric = pd.to_numeric(cells.where(~blank), errors="coerce")
    whole = numeric.notna() & (numeric % 1 == 0) & cells.map(type).isin((float, int))
    text = cells.where(~blank, "").astype(str).str.strip()
    if whole.any():
        text = text.mask(whole, numeric[whole].astype("int64").astype(str))
    return text


def _arrow_text(text: pd.Series) -> pa.Array | None:
    """Strings (None, NaN: nulls) as an Arrow array; None if one can't be UTF-8 (a lone
    surrogate)."""
    try:
        return pa.array(text.to_numpy(dtype=object), type=pa.string(), from_pandas=True)
    except UnicodeEncodeError:
        return None


@per_unique
def fold_series(text: pd.Series) -> pd.Series:
    """``coalitions.workbook.schema.fold`` applied to a Series of strings (blanks give ``""``).

    Text is folded in Arrow, a few passes over the whole column (decompose accents, drop
    them, one space for each run of separators, trim, lower case); only values holding a
    character outside ``_FOLDABLE``, and cells that are not text, go through ``fold`` one
    by one. Both give the same result (a property test checks it).
    """
    values = _arrow_text(text) if len(text) and _all_strings(text) else None
    if values is None:
        return text.map(fold, na_action="ignore").fillna("")
    foldable = pc.match_substring_regex(values, _FOLDABLE).fill_null(True)
    folded = pc.replace_substring_regex(pc.utf8_normalize(values, "NFKD"), _MARKS, "")
    folded = pc.replace_substring_regex(folded, _SEPARATORS, " ")
    folded = pc.ascii_lower(pc.utf8_trim(folded, " ")).fill_null("")
    result = pd.Series(folded.to_numpy(zero_copy_only=False), index=text.index, dtype=object)
    others = ~foldable.to_numpy(zero_copy_only=False)
    if others.any():
        result[others] = text[others].map(fold)
    return result


@per_unique
def error_values(text: pd.Series) -> pd.Series:
    """Mask of cells holding a spreadsheet error value (``#REF!``, ``#N/A``, ...)."""
    # Every error value starts with "#": upper-case and look up only those cells.
    values = _arrow_text(text) if len(text) and _all_strings(text) else None
    if values is not None:
        candidates = pc.starts_with(values, "#").fill_null(False).to_numpy(zero_copy_only=False)
    else:
        candidates = text.str.startswith("#", na=False).to_numpy(dtype=bool)
    found = np.zeros(len(text), dtype=bool)
    if candidates.any():
        found[candidates] = text[candidates].str.upper().isin(ERROR_VALUES).to_numpy()
    return pd.Series(found, index=text.index)


def _matching(text: np.ndarray, pattern: re.Pattern) -> np.ndarray:
    """Mask of the strings of ``text`` that ``pattern`` matches from their start."""
    return np.fromiter((pattern.match(value) is not None for value in text), bool, len(text))


@per_unique
def parse_dates(cells: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse dates: date cells, ISO text, French day-first text, serial numbers.

    Returns ``(datetime64 Series with NaT for blanks and failures, mask of failures)``.
    Each way of writing a date is tried only on the cells the ways before it left, on
    NumPy arrays: a column's few thousand distinct dates cost a few pandas calls.
    """
    raw = cells.to_numpy(dtype=object)
    result = np.full(len(raw), np.datetime64("NaT"), dtype="datetime64[ns]")
    if _all_strings(cells):
        native = np.zeros(len(raw), dtype=bool)
    else:
        native = np.fromiter((isinstance(v, date | datetime) for v in raw), bool, len(raw))
    if native.any():
        parsed = pd.to_datetime(pd.Series(raw[native]), errors="coerce", utc=False)
        result[native] = parsed.astype("datetime64[ns]").to_numpy()
    text = to_text.distinct(pd.Series(np.where(native, None, raw), dtype=object)).to_numpy()
    filled = text != ""

    left = np.flatnonzero(filled)
    numeric = np.asarray(pd.to_numeric(text[left], errors="coerce"), dtype=float)
    serial = (numeric >= _SERIAL_MIN) & (numeric <= _SERIAL_MAX)
    if serial.any():
        days = pd.to_timedelta(numeric[serial], unit="D").round("s")
        result[left[serial]] = (_SERIAL_ORIGIN + days).to_numpy()
    left = left[~serial]

    iso = _matching(text[left], _ISO_DATE)
    if iso.any():
        parsed = pd.to_datetime(text[left[iso]], format="ISO8601", errors="coerce", utc=True)
        result[left[iso]] = parsed.tz_localize(None).to_numpy()
    left = left[~iso]

    normalised = np.array([_HOUR_MARK.sub(r"\1:\2", value) for value in text[left]], dtype=object)
    french = _matching(normalised, _FR_DATE)
    if french.any():
        parsed = pd.to_datetime(normalised[french], format="%d/%m/%Y", errors="coerce")
        result[left[french]] = parsed.to_numpy()
    french_time = ~french & _matching(normalised, _FR_DATETIME)
    if french_time.any():
        parsed = pd.to_datetime(
            normalised[french_time], format="mixed", dayfirst=True, errors="coerce"
        )
        result[left[french_time]] = parsed.to_numpy()
    failed = (filled | native) & np.isnat(result)
    return pd.Series(result, index=cells.index), pd.Series(failed, index=cells.index)


@per_unique
def parse_stages(cells: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse maturity stages: a number 0-5 or a label in French or English.

    Returns ``(Int64 Series with <NA> for blanks and failures, mask of failures)``.
    """
    text = to_text.distinct(cells)
    filled = text != ""
    numeric = pd.to_numeric(text.where(filled), errors="coerce")
    from_number = numeric.where(numeric.isin(range(6)))
    # Labels only: folding would turn "-1" into "1".
    from_word = fold_series.distinct(text).map(STAGE_WORDS).where(text.str.contains(r"[^\W\d_]"))
    leading = pd.to_numeric(text.str.extract(_LEADING_STAGE, expand=False), errors="coerce")
    stages = from_number.fillna(from_word).fillna(leading).astype("Int64")
    return stages, filled & stages.isna()


@per_unique
def parse_bools(cells: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse yes/no cells (oui/non, yes/no, true/false, x, 1/0); blank means no."""
    text = fold_series.distinct(to_text.distinct(cells))
    values = text.map(BOOL_WORDS)
    failed = (text != "") & values.isna()
    return values.eq(True), failed


@per_unique
def parse_vocabulary(cells: pd.Series, words: dict[str, str]) -> tuple[pd.Series, pd.Series]:
    """Map cells to canonical keys through ``words`` (folded spelling -> key).

    Returns ``(keys with "" for blanks and unknown words, mask of unknown words)``.
    """
    text = fold_series.distinct(to_text.distinct(cells))
    keys = text.map(words)
    failed = (text != "") & keys.isna()
    return keys.fillna(""), failed


@per_unique
def parse_lists(
    cells: pd.Series, words: dict[str, str], order: tuple[str, ...]
) -> tuple[pd.Series, pd.Series]:
    """Parse ``a, b; c`` lists through ``words``; returns tuples in ``order`` and failures."""
    text = to_text(cells)
    parts = text.str.split(r"[,;/+]|\bet\b|\band\b", regex=True).explode()
    folded = fold_series(parts.fillna("").astype(str))
    keys = folded.map(words)
    unknown = (folded != "") & keys.isna()
    failed = unknown.groupby(level=0).any().reindex(text.index, fill_value=False)
    present = keys.dropna()
    rank = {key: i for i, key in enumerate(order)}
    grouped = present.groupby(level=0).agg(lambda ks: tuple(sorted(set(ks), key=rank.__getitem__)))
    result = pd.Series([()] * len(text), index=text.index, dtype=object)
    result[grouped.index] = grouped
    return result, failed


@per_unique
def parse_urls(cells: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Keep what ``coalitions.escape.safe_url`` would link to (absolute http(s) URLs with a
    plain host); anything else filled in is a failure and becomes ``""``. One rule: a link
    the sheet accepts is one every output draws, and a refused one always has its finding."""
    text = to_text.distinct(cells)
    ok = text.map(lambda cell: bool(safe_url(cell))).astype(bool)
    return text.where(ok, ""), (text != "") & ~ok
