"""The template workbook: an .xlsx that follows the contract and guides whoever fills it in.

Tabs, headers, required flags and examples come from ``coalitions.workbook.schema.TABS``; what each
tab, column and word means comes from the catalogue (``coalitions/i18n/workbook.py``), so the
template cannot drift from what the validator reads. The first tab, « Lisez-moi », explains
every column with an example, defines the stages, roles, levers, event kinds, deliverable
statuses and kinds, and lists what to do before and after each Reset Day. Vocabulary columns
carry drop-down lists that refuse other values, columns that name a coalition (or an actor) a
drop-down of the ids (names) typed in the coalitions (actors) tab: data validations with
ranges on other tabs, which Excel, LibreOffice and Google Sheets all keep on import.

``reset-coalitions template OUT.xlsx [--lang en]`` writes it to a file.
"""

from __future__ import annotations

import io
import re
from datetime import datetime

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from coalitions.i18n import CATALOGUE, translate
from coalitions.workbook import schema, vocabularies
from coalitions.workbook.stages import STAGE_WORDS, STAGES

README_TITLE = {"fr": "Lisez-moi", "en": "Read me"}

# Drop-down lists cover this many rows: far more than a community's coalitions or events,
# small enough to keep the file light.
VALIDATED_ROWS = 1000
# Column widths in characters: wide enough for a date-time, narrow enough to see many columns.
MIN_WIDTH, MAX_WIDTH = 12, 45
DATE_FORMATS = {"fr": "dd/mm/yyyy", "en": "yyyy-mm-dd"}
DATE_FORMATS_PY = {"fr": "%d/%m/%Y", "en": "%Y-%m-%d"}

# Canonical keys of each vocabulary, and how any spelling of it folds to one.
_KEYS = {
    schema.ROLE: (schema.ROLES, vocabularies.ROLE_WORDS),
    schema.KIND: (schema.EVENT_KINDS, vocabularies.EVENT_KIND_WORDS),
    schema.STATUS: (schema.STATUSES, vocabularies.STATUS_WORDS),
    schema.DELIVERABLE_KIND: (schema.DELIVERABLE_KINDS, vocabularies.DELIVERABLE_KIND_WORDS),
    schema.BOOL: ((True, False), vocabularies.BOOL_WORDS),
    schema.LEVER_LIST: (schema.LEVERS, vocabularies.LEVER_WORDS),
    schema.STAGE: (tuple(s.number for s in STAGES), STAGE_WORDS),
}
# Value kinds with a drop-down list that refuses anything else (levers take several values).
LIST_KINDS = (
    schema.STAGE,
    schema.ROLE,
    schema.KIND,
    schema.STATUS,
    schema.DELIVERABLE_KIND,
    schema.BOOL,
)
# Columns naming a row of another tab: (tab, column) -> (tab named, its key column). A missing
# actor is only a warning in the dashboard, so that drop-down warns instead of refusing.
REFERENCES = {
    **{
        (tab.name, column.name): ("coalitions", "id")
        for tab in schema.TABS
        for column in tab.columns
        if column.kind == schema.REF
    },
    ("memberships", "actor"): ("actors", "name"),
}
# The definitions listed on the read-me tab: (heading key, catalogue prefix, keys).
_DEFINITIONS = (
    ("workbook.readme.stages", "workbook.stage", tuple(s.number for s in STAGES)),
    ("workbook.readme.roles", "workbook.role", schema.ROLES),
    ("workbook.readme.levers", "workbook.lever", schema.LEVERS),
    ("workbook.readme.kinds", "workbook.kind", schema.EVENT_KINDS),
    ("workbook.readme.statuses", "workbook.status", schema.STATUSES),
    ("workbook.readme.deliverable_kinds", "workbook.deliverable_kind", schema.DELIVERABLE_KINDS),
)
_HEADING = Font(bold=True, size=12)


def tab_title(tab: schema.Tab, lang: str) -> str:
    """The tab's name in the template: its first (French) alias for ``fr``, else canonical."""
    return tab.aliases[0] if lang == "fr" and tab.aliases else tab.name


def column_header(column: schema.Column, lang: str) -> str:
    """A column's header in the template: first (French) alias for ``fr``, else canonical."""
    return column.aliases[0] if lang == "fr" and column.aliases else column.name


def choices(kind: str, lang: str) -> list[str]:
    """The words offered for a value kind (empty when the column is free text)."""
    if kind == schema.STAGE:
        return [s.label(lang) for s in STAGES]
    return list(vocabularies.SHEET_WORDS[lang].get(kind, ()))


def word(kind: str, key: object, lang: str) -> str:
    """How the template writes the canonical ``key`` of a vocabulary in ``lang``."""
    keys, _ = _KEYS[kind]
    return choices(kind, lang)[keys.index(key)]


def meaning(tab: str, column: str, lang: str) -> str:
    """What to write in a column, in plain words (``workbook.column.*`` in the catalogue)."""
    key = f"workbook.column.{tab}.{column}"
    return translate(key if key in CATALOGUE else f"workbook.column.{column}", lang)


def example(tab: schema.Tab, column: schema.Column, lang: str) -> str:
    """The column's example as the template writes it: references point at the example
    coalition (or actor), vocabulary words are those of the drop-down list."""
    target = REFERENCES.get((tab.name, column.name))
    if target:
        return schema.TABS_BY_NAME[target[0]].column(target[1]).example
    text = column.example
    if column.kind == schema.DATE and text:
        typed = _typed(column, text)
        return typed.strftime(DATE_FORMATS_PY[lang] + (" %H:%M" if typed.hour else ""))
    if column.kind not in _KEYS or not text:
        return text
    _, spellings = _KEYS[column.kind]
    parts = [p for p in re.split(r"[;,]", text) if p.strip()]
    return "; ".join(word(column.kind, spellings[schema.fold(p)], lang) for p in parts)


def _typed(column: schema.Column, text: str) -> object:
    """The example as the cell a person would type: dates as date cells."""
    if column.kind == schema.DATE and text:
        for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(text, fmt)
            except ValueError:
                continue
    return text


def _validation(formula: str, lang: str, *, refuse: bool, message: str) -> DataValidation:
    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if refuse else "warning",
        errorTitle=translate("workbook.dropdown.title", lang),
        error=translate(message, lang),
    )


def _column_validation(tab: schema.Tab, column: schema.Column, lang: str) -> DataValidation | None:
    """The drop-down of a column, or None for free text."""
    target = REFERENCES.get((tab.name, column.name))
    if target:
        other = schema.TABS_BY_NAME[target[0]]
        letter = get_column_letter(other.columns.index(other.column(target[1])) + 1)
        cells = f"${letter}$2:${letter}${VALIDATED_ROWS + 1}"
        formula = f"{quote_sheetname(tab_title(other, lang))}!{cells}"
        refuse = target[0] == "coalitions"
        message = f"workbook.dropdown.{target[0]}"
        return _validation(formula, lang, refuse=refuse, message=message)
    if column.kind in LIST_KINDS:
        formula = '"' + ",".join(choices(column.kind, lang)) + '"'
        return _validation(formula, lang, refuse=True, message="workbook.dropdown.list")
    return None


def _fill_tab(sheet: Worksheet, tab: schema.Tab, lang: str) -> None:
    last = VALIDATED_ROWS + 1
    for position, column in enumerate(tab.columns, start=1):
        letter = get_column_letter(position)
        header = column_header(column, lang)
        cell = sheet.cell(row=1, column=position, value=header)
        cell.font = Font(bold=column.required)
        cell.comment = Comment(meaning(tab.name, column.name, lang), "RESET")
        # The dashboard fills the audit columns of the rows it appends; by hand they stay blank.
        text = "" if column in schema.AUDIT_COLUMNS else example(tab, column, lang)
        # Dates go in as date cells, shown in the column's format.
        value = _typed(column, column.example) if text and column.kind == schema.DATE else text
        example_cell = sheet.cell(row=2, column=position, value=value or None)
        if column.kind == schema.DATE:
            timed = isinstance(value, datetime) and bool(value.hour)
            number_format = DATE_FORMATS[lang] + (" hh:mm" if timed else "")
            # The column's own format applies to every date typed below the example.
            sheet.column_dimensions[letter].number_format = number_format
            example_cell.number_format = number_format
        width = max(len(header), len(text), MIN_WIDTH) + 2
        sheet.column_dimensions[letter].width = min(width, MAX_WIDTH)
        validation = _column_validation(tab, column, lang)
        if validation is not None:
            sheet.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}{last}")
    sheet.freeze_panes = "A2"


def _heading(sheet: Worksheet, key: str, lang: str) -> None:
    sheet.append([])
    sheet.append([translate(key, lang)])
    sheet.cell(row=sheet.max_row, column=1).font = _HEADING


def _fill_readme(sheet: Worksheet, lang: str) -> None:
    sheet.append([translate("workbook.readme.title", lang)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    for line in translate("workbook.readme.intro", lang).splitlines():
        sheet.append([line])
    _heading(sheet, "workbook.readme.tabs", lang)
    for tab in schema.TABS:
        sheet.append([tab_title(tab, lang), translate(f"workbook.tab.{tab.name}", lang)])
    _heading(sheet, "workbook.readme.columns", lang)
    sheet.append(translate("workbook.readme.header", lang).split("|"))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for tab in schema.TABS:
        for column in tab.columns:
            header = column_header(column, lang)
            others = [a for a in (column.name, *column.aliases) if a != header]
            required = translate("yes", lang) if column.required else ""
            sheet.append(
                [
                    tab_title(tab, lang),
                    header,
                    required,
                    meaning(tab.name, column.name, lang),
                    example(tab, column, lang),
                    ", ".join(others),
                ]
            )
            sheet.cell(row=sheet.max_row, column=4).alignment = Alignment(wrap_text=True)
    for heading, prefix, keys in _DEFINITIONS:
        _heading(sheet, heading, lang)
        kind = next(k for k, (known, _) in _KEYS.items() if known == keys)
        for key in keys:
            sheet.append([word(kind, key, lang), translate(f"{prefix}.{key}", lang)])
    _heading(sheet, "workbook.readme.checklist", lang)
    for moment in ("before", "after"):
        for line in translate(f"workbook.checklist.{moment}", lang).splitlines():
            sheet.append(["☐ " + line])
    for letter, width in zip("ABCDEF", (18, 22, 12, 60, 30, 30), strict=True):
        sheet.column_dimensions[letter].width = width


def build_template(lang: str = "fr") -> bytes:
    """The template workbook as .xlsx bytes, in ``lang`` ("fr" or "en").

    A « Lisez-moi » / "Read me" tab first (every column's meaning and example, definitions,
    the Reset Day checklist), then one tab per tab of the contract (French tab names and
    headers for ``fr``, canonical ones for ``en``) with required headers in bold, each
    header's meaning as a note, one example row, a frozen header row, date columns formatted
    as dates, and drop-down lists on vocabulary and reference columns.
    """
    if lang not in README_TITLE:
        raise ValueError(f"unknown language {lang!r}")
    book = Workbook()
    readme = book.active
    readme.title = README_TITLE[lang]
    _fill_readme(readme, lang)
    for tab in schema.TABS:
        _fill_tab(book.create_sheet(tab_title(tab, lang)), tab, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
