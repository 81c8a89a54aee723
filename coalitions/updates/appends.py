"""A row the dashboard appends to the workbook: the one type the write path passes around.

The contract's rule is that the dashboard never replaces or clears a cell; it only appends
rows, each carrying the audit columns (``entered_by``, ``entered_at``, ``ref``). The domain
builds these rows (``coalitions`` never writes), ``data_sources`` writes them, and the outbox
stores them as JSON until they are sent, so the type is plain and serialisable.
"""

from __future__ import annotations

from dataclasses import dataclass

from coalitions.workbook import schema

AUDIT = tuple(c.name for c in schema.AUDIT_COLUMNS)


@dataclass(frozen=True)
class NewRow:
    """One row to append to ``tab`` (a canonical tab name of an appendable tab).

    ``values`` maps canonical column names to the text to write (dates as ISO text), audit
    columns included; ``ref`` is unique per row, so a retried append can look for it before
    writing again and never writes twice.
    """

    tab: str
    values: tuple[tuple[str, str], ...]

    def __post_init__(self) -> None:
        tab = schema.TABS_BY_NAME.get(self.tab)
        if tab is None or not tab.appendable:
            raise ValueError(f"the dashboard does not append to {self.tab!r}")
        known = {c.name for c in tab.columns}
        unknown = [name for name, _ in self.values if name not in known]
        if unknown:
            raise ValueError(f"unknown columns for {self.tab!r}: {unknown}")
        if not self.as_dict().get("ref"):
            raise ValueError("every appended row needs its ref")

    def as_dict(self) -> dict[str, str]:
        """Canonical column -> text."""
        return dict(self.values)

    @property
    def ref(self) -> str:
        return self.as_dict()["ref"]

    @classmethod
    def make(cls, tab: str, values: dict[str, str]) -> NewRow:
        """A row from a dict (columns in the tab's schema order, blanks left out)."""
        order = (
            [c.name for c in schema.TABS_BY_NAME[tab].columns] if tab in schema.TABS_BY_NAME else []
        )
        ordered = sorted(
            values.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)
        )
        return cls(tab, tuple((k, str(v)) for k, v in ordered if str(v) != ""))

    def to_json(self) -> dict[str, object]:
        """A JSON-ready form (the outbox's files)."""
        return {"tab": self.tab, "values": self.as_dict()}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> NewRow:
        return cls.make(str(data["tab"]), dict(data["values"]))  # type: ignore[arg-type]
