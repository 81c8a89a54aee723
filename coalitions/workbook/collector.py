"""The findings gathered while a workbook is validated (``coalitions.workbook.validation``),
placed at the end in the sheet's own words: each tab's title and column's header as written,
and the rows citing a coalition row set aside summed up in that row's finding.
"""

from __future__ import annotations

from dataclasses import replace

from coalitions.workbook.findings import ERROR, Finding


class Collector:
    """Gathers findings; builds them only for the rows a mask selects (never per cell).

    Also remembers each tab's title and each column's header as the workbook writes them,
    and the rows citing each coalition row set aside (by that row's number).
    """

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.titles: dict[str, str] = {}
        self.headers: dict[str, dict[str, str]] = {}
        self.cited: dict[int, list[tuple[str, int]]] = {}

    def title(self, tab: str) -> str:
        """The tab's title as the workbook writes it (its canonical name if it is missing)."""
        return self.titles.get(tab, tab)

    def placed(self) -> list[Finding]:
        """The findings with their tab titles, column headers and the rows citing a
        coalition set aside filled in."""
        placed = []
        for f in self.findings:
            dependants = ()
            if f.tab == "coalitions" and f.severity == ERROR and f.row in self.cited:
                cited = self.cited.pop(f.row)
                dependants = tuple((tab, self.title(tab), row) for tab, row in cited)
            header = self.headers.get(f.tab, {}).get(f.column or "")
            placed.append(
                replace(f, tab_title=self.titles.get(f.tab), column_header=header,
                        dependants=dependants)
            )  # fmt: skip
        return placed

    def add(self, severity, tab, row, col, value, code, /, **params) -> None:
        params_tuple = tuple((k, str(v)) for k, v in params.items())
        self.findings.append(Finding(severity, tab, row, col, str(value), code, params_tuple))

    def add_masked(self, severity, tab, rows, col, values, mask, code, /, **params) -> None:
        if not mask.any():
            return
        mask = mask.to_numpy()
        for row, value in zip(rows.to_numpy()[mask], values.to_numpy()[mask], strict=True):
            self.add(severity, tab, int(row), col, value, code, **params)
