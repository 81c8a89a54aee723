"""Value parsers: exact examples, and hypothesis properties over the value space."""

from datetime import date, datetime, timedelta

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coalitions.workbook import schema, vocabularies
from coalitions.workbook.parsing import (
    _caseless_symbols,
    fold_series,
    parse_bools,
    parse_dates,
    parse_lists,
    parse_stages,
    parse_urls,
    to_text,
)
from coalitions.workbook.stages import STAGES

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))


def one(parser, value, *args):
    values, failed = parser(pd.Series([value], dtype=object), *args)
    return values.iloc[0], bool(failed.iloc[0])


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("2021-05-19", datetime(2021, 5, 19)),
        ("19/05/2021", datetime(2021, 5, 19)),
        ("7/6/2021", datetime(2021, 6, 7)),
        ("07/06/2021 14h30", datetime(2021, 6, 7, 14, 30)),
        ("2021-06-07 14:00", datetime(2021, 6, 7, 14)),
        ("2021-06-07T14:00:00Z", datetime(2021, 6, 7, 14)),
        (44335, datetime(2021, 5, 19)),
        ("44335", datetime(2021, 5, 19)),
        (44335.75, datetime(2021, 5, 19, 18)),
        # A serial's fraction of a day is kept to the second, as a spreadsheet shows it.
        ("44000.52021", datetime(2020, 6, 18, 12, 29, 6)),
        (datetime(2021, 5, 19, 9, 30), datetime(2021, 5, 19, 9, 30)),
        (date(2021, 5, 19), datetime(2021, 5, 19)),
    ],
)
def test_dates_in_every_accepted_format(cell, expected):
    assert one(parse_dates, cell) == (pd.Timestamp(expected), False)


@pytest.mark.parametrize("cell", ["demain", "31/02/2021", "2021-13-01", "19.05.21", True, -3])
def test_unreadable_dates_fail(cell):
    value, failed = one(parse_dates, cell)
    assert pd.isna(value) and failed


@pytest.mark.parametrize("cell", [None, "", "   ", float("nan")])
def test_blank_is_missing_not_a_failure(cell):
    for parser in (parse_dates, parse_stages, parse_urls, parse_bools):
        assert one(parser, cell)[1] is False


@given(dates)
def test_iso_french_and_serial_agree(day):
    serial = (day - date(1899, 12, 30)).days
    cells = pd.Series([day.isoformat(), day.strftime("%d/%m/%Y"), serial, str(serial)])
    values, failed = parse_dates(cells)
    assert not failed.any()
    assert set(values) == {pd.Timestamp(day)}


@given(dates, st.integers(0, 23), st.integers(0, 59))
def test_date_times_keep_their_time(day, hour, minute):
    moment = datetime.combine(day, datetime.min.time()) + timedelta(hours=hour, minutes=minute)
    cells = pd.Series([moment.strftime("%Y-%m-%d %H:%M"), moment.strftime("%d/%m/%Y %H:%M")])
    values, failed = parse_dates(cells)
    assert not failed.any() and set(values) == {pd.Timestamp(moment)}


@given(st.lists(st.one_of(st.text(), st.integers(), st.floats(), st.none(), st.booleans())))
def test_parsers_never_raise_and_flag_only_filled_cells(cells):
    series = pd.Series(cells, dtype=object)
    blank = to_text(series) == ""
    for parser in (parse_dates, parse_stages, parse_urls, parse_bools):
        values, failed = parser(series)
        assert len(values) == len(series)
        assert not (failed & blank).any()


@given(st.sampled_from(STAGES), st.sampled_from(["fr", "en", "number", "prefixed"]))
def test_every_stage_spelling(stage, form):
    text = {
        "fr": stage.fr.upper(),
        "en": f"  {stage.en.lower()} ",
        "number": str(stage.number),
        "prefixed": f"{stage.number} - {stage.fr}",
    }[form]
    assert one(parse_stages, text) == (stage.number, False)


@pytest.mark.parametrize("cell", ["6", "-1", "lancement?", "2.5"])
def test_unknown_stages_fail(cell):
    value, failed = one(parse_stages, cell)
    assert pd.isna(value) and failed


@given(st.sampled_from(sorted(vocabularies.BOOL_WORDS)), st.booleans())
def test_yes_no_words_any_case(word, upper):
    assert one(parse_bools, word.upper() if upper else word) == (
        vocabularies.BOOL_WORDS[word],
        False,
    )


@given(st.lists(st.sampled_from(sorted(vocabularies.LEVER_WORDS)), min_size=1, max_size=5),
       st.sampled_from([",", ";", " ; ", ", "]))  # fmt: skip
def test_lever_lists_in_canonical_order(words, separator):
    value, failed = one(parse_lists, separator.join(words), vocabularies.LEVER_WORDS, schema.LEVERS)
    expected = tuple(k for k in schema.LEVERS if k in {vocabularies.LEVER_WORDS[w] for w in words})
    assert (value, failed) == (expected, False)


@pytest.mark.parametrize(
    "cell, kept",
    [
        ("https://fing.org", True),
        ("http://example.org/a?b=c#d", True),
        ("javascript:alert(1)", False),
        ("ftp://example.org", False),
        ("www.example.org", False),
        ("https://", False),
        ("https://exa mple.org", False),
    ],
)
def test_only_http_links(cell, kept):
    value, failed = one(parse_urls, cell)
    assert (value == cell) is kept and failed is not kept


@given(st.text())
def test_fold_series_matches_schema_fold(text):
    assert fold_series(pd.Series([text])).iloc[0] == schema.fold(text)


# What names in a French sheet are made of: letters, accented letters (composed, and
# decomposed as macOS types them), both apostrophes, every kind of space and separator,
# with a sprinkle of anything else (Greek, emoji, unassigned code points).
_NAME_CHARACTERS = st.one_of(
    st.sampled_from("aeEoOcCnz0123 ''’-_.,&()"),
    st.sampled_from([chr(code) for code in range(0xC0, 0x250)]),
    st.sampled_from(["\u0301", "\u0300", "\u0327", "\u0308", "\u1dc0", "\u20d0"]),
    st.sampled_from(["\t", "\n", "\x1c", "\x85", "\xa0", "\u1680", "\u2007", "\u2028", "\u202f"]),
    st.characters(),
)
names = st.text(_NAME_CHARACTERS, max_size=30)


@given(st.lists(st.one_of(names, st.none()), max_size=150))
def test_vectorised_fold_equals_the_scalar_fold(values):
    # Beyond 64 values fold_series works on the distinct ones: both paths are covered.
    folded = fold_series(pd.Series(values, dtype=object))
    assert folded.tolist() == [schema.fold(value) if value is not None else "" for value in values]


def test_every_symbol_folded_in_arrow_folds_as_schema_fold():
    # « n° 3 », « 5 € », « « » »: symbols the vectorised fold takes without schema.fold.
    symbols = _caseless_symbols()
    assert {"°", "€", "«", "»", "…", "ß"} <= set(symbols)
    words = [f"{symbol}x É{symbol}’Y{symbol}" for symbol in symbols]
    assert fold_series(pd.Series(words)).tolist() == [schema.fold(word) for word in words]


def test_every_latin_letter_folds_as_schema_fold():
    letters = [chr(code) for code in range(0xC0, 0x250)] + ["’"]
    words = [f"{letter}x {letter.upper()}’Y{letter}" for letter in letters]
    assert fold_series(pd.Series(words)).tolist() == [schema.fold(word) for word in words]
