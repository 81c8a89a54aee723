"""The template workbook: an .xlsx that follows the contract, generated from the schema.

Everything in it comes from ``coalitions.schema.TABS`` (tabs, headers, required flags,
examples), so the template cannot drift from what the validator reads. The first tab explains
the contract briefly; the full contract is ``docs/workbook.md``.

Run ``reset-coalitions template OUT.xlsx [--lang en]`` to write it to a file.
"""

from __future__ import annotations

import io
import re
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from coalitions import schema
from coalitions.i18n import translate
from coalitions.stages import STAGE_WORDS, STAGES

README_TITLE = {"fr": "Lisez-moi", "en": "Read me"}

# Drop-down lists cover this many rows: far more than a community's coalitions or events,
# small enough to keep the file light.
VALIDATED_ROWS = 1000
# Column widths in characters: wide enough for a date-time, narrow enough to see many columns.
MIN_WIDTH, MAX_WIDTH = 12, 45

# Catalogue keys of the drop-down choices of each value kind (labels that the parsers accept).
_CHOICE_KEYS = {
    schema.STAGE: [f"stage.{s.number}" for s in STAGES],
    schema.ROLE: [f"role.{r}" for r in schema.ROLES],
    schema.KIND: [f"kind.{k}" for k in schema.EVENT_KINDS],
    schema.STATUS: [f"status.{s}" for s in schema.STATUSES],
    schema.BOOL: ["yes", "no"],
}
# Vocabularies an example is translated through for the English template.
_EXAMPLE_WORDS = {
    schema.ROLE: (schema.ROLE_WORDS, "role"),
    schema.KIND: (schema.EVENT_KIND_WORDS, "kind"),
    schema.STATUS: (schema.STATUS_WORDS, "status"),
    schema.LEVER_LIST: (schema.LEVER_WORDS, "lever"),
}

_README = {
    "fr": {
        "title": "Classeur des coalitions RESET : modèle",
        "intro": [
            "Ce classeur suit le contrat que lit le tableau de bord des coalitions "
            "(contrat complet : docs/workbook.md).",
            "Gardez les noms des onglets et les en-têtes ; l'ordre des colonnes est libre, les "
            "colonnes en plus sont gardées, les onglets inconnus sont ignorés.",
            "Les noms sont reconnus sans tenir compte des majuscules, des accents, des espaces "
            "ni des _ et -. Les en-têtes en gras sont obligatoires ; seul l'onglet coalitions "
            "est obligatoire.",
            "Dates : 2021-05-19, 19/05/2021 (jour en premier), date et heure, ou cellule date.",
            "Références à une coalition : son identifiant ou son nom.",
            "Chaque onglet porte une ligne d'exemple : remplacez-la par vos données.",
        ],
        "stages": "Maturité : un nombre de 0 à 5 ou son libellé :",
        "header": ("onglet", "colonne", "obligatoire", "autres noms acceptés", "exemple"),
        "yes": "oui",
    },
    "en": {
        "title": "RESET coalition workbook: template",
        "intro": [
            "This workbook follows the contract read by the coalition dashboard "
            "(full contract: docs/workbook.md).",
            "Keep the tab names and the headers; columns may come in any order, extra columns "
            "are kept, unknown tabs are ignored.",
            "Names are matched ignoring case, accents, spaces, _ and -. Bold headers are "
            "required; only the coalitions tab is required.",
            "Dates: 2021-05-19, 19/05/2021 (day first), date and time, or a date cell.",
            "References to a coalition: its id or its name.",
            "Each tab holds one example row: replace it with your data.",
        ],
        "stages": "Maturity: a number 0 to 5 or its label:",
        "header": ("tab", "column", "required", "other accepted names", "example"),
        "yes": "yes",
    },
}


def tab_title(tab: schema.Tab, lang: str) -> str:
    """The tab's name in the template: its first (French) alias for ``fr``, else canonical."""
    return tab.aliases[0] if lang == "fr" and tab.aliases else tab.name


def column_header(column: schema.Column, lang: str) -> str:
    """A column's header in the template: first (French) alias for ``fr``, else canonical."""
    return column.aliases[0] if lang == "fr" and column.aliases else column.name


def choices(kind: str, lang: str) -> list[str]:
    """The drop-down choices offered for a value kind (empty when the column is free text)."""
    return [translate(key, lang) for key in _CHOICE_KEYS.get(kind, ())]


def _example(column: schema.Column, lang: str) -> str:
    if column.kind == schema.REF:
        # Every reference points at the coalition of the coalitions tab's example row.
        return schema.COALITIONS.column("id").example
    example = column.example
    if lang == "fr" or not example:
        return example
    if column.kind == schema.STAGE and not example.isdigit():
        return translate(f"stage.{STAGE_WORDS[schema.fold(example)]}", lang)
    if column.kind == schema.BOOL:
        return translate("yes" if schema.BOOL_WORDS.get(schema.fold(example)) else "no", lang)
    if column.kind in _EXAMPLE_WORDS:
        words, prefix = _EXAMPLE_WORDS[column.kind]
        parts = [words[schema.fold(p)] for p in re.split(r"[;,]", example) if p.strip()]
        return "; ".join(translate(f"{prefix}.{key}", lang).lower() for key in parts)
    return example


def _typed(column: schema.Column, text: str) -> object:
    """The example as the cell a person would type: dates as date cells, stages as numbers."""
    if column.kind == schema.DATE and text:
        for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(text, fmt)
            except ValueError:
                continue
    if column.kind == schema.STAGE and text.isdigit():
        return int(text)
    return text


def _list_validation(options: list[str]) -> DataValidation:
    # Suggest, don't forbid: the contract accepts other spellings (numbers, English, ...).
    formula = '"' + ",".join(o.replace('"', '""') for o in options) + '"'
    return DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=False)


def _fill_tab(sheet: Worksheet, tab: schema.Tab, lang: str) -> None:
    for position, column in enumerate(tab.columns, start=1):
        letter = get_column_letter(position)
        header = column_header(column, lang)
        cell = sheet.cell(row=1, column=position, value=header)
        cell.font = Font(bold=column.required)
        example = _example(column, lang)
        value = _typed(column, example)
        example_cell = sheet.cell(row=2, column=position, value=None if value == "" else value)
        if isinstance(value, datetime):
            example_cell.number_format = "yyyy-mm-dd hh:mm" if value.hour else "yyyy-mm-dd"
        width = max(len(header), len(example), MIN_WIDTH) + 2
        sheet.column_dimensions[letter].width = min(width, MAX_WIDTH)
        options = choices(column.kind, lang)
        if options:
            validation = _list_validation(options)
            sheet.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}{VALIDATED_ROWS + 1}")
    sheet.freeze_panes = "A2"


def _fill_readme(sheet: Worksheet, lang: str) -> None:
    text = _README[lang]
    sheet.append([text["title"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    for line in text["intro"]:
        sheet.append([line])
    stages = " · ".join(f"{s.number} {s.label(lang)}" for s in STAGES)
    sheet.append([f"{text['stages']} {stages}"])
    sheet.append([])
    sheet.append(list(text["header"]))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for tab in schema.TABS:
        title = tab_title(tab, lang)
        for column in tab.columns:
            header = column_header(column, lang)
            others = [a for a in (column.name, *column.aliases) if a != header]
            sheet.append(
                [
                    title,
                    header,
                    text["yes"] if column.required else "",
                    ", ".join(others),
                    _example(column, lang),
                ]
            )
    for letter, width in zip("ABCDE", (16, 20, 12, 40, 30), strict=True):
        sheet.column_dimensions[letter].width = width


def build_template(lang: str = "fr") -> bytes:
    """The template workbook as .xlsx bytes, in ``lang`` ("fr" or "en").

    One tab per tab of the contract (French tab names and headers for ``fr``, canonical ones
    for ``en``) with required headers in bold, one example row, a frozen header row and
    drop-down lists for stages, roles, event kinds, statuses and yes/no; a first "Lisez-moi"
    / "Read me" tab explains the contract briefly.
    """
    if lang not in _README:
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
