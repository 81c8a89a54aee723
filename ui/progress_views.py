"""Views shared by the overview, maturity and coalition pages: dates, stage paths, steppers."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from coalitions import format as fmt
from coalitions.escape import escape_text
from coalitions.palette import SERIES_COLOURS, STAGE_TEXT_COLOURS, series_colour, stage_colour
from coalitions.workbook.examples import mark_examples, mark_length
from coalitions.workbook.stages import STAGES, UNKNOWN_STAGE
from ui.context import lang, t
from ui.widgets import shorten

LINE_DASHES = ("solid", "dash", "dot")
# Each line's markers have their own shape as well as its colour: the legend tells lines
# apart in greyscale and for any colour vision (8 shapes, 7 colours: 56 lines before a repeat).
LINE_SYMBOLS = (
    "circle",
    "square",
    "diamond",
    "triangle-up",
    "triangle-down",
    "pentagon",
    "hexagon",
    "star",
)
# Legend and hover names are cut so a long coalition title does not squeeze the plot.
NAME_LENGTH = 45
# Vertical gap between neighbouring step lines, in stages, and the most the whole bundle
# may spread: lines stay apart yet well inside their stage's band.
LINE_GAP = 0.035
LINE_BAND = 0.3


def format_date(value: object) -> str:
    """A day written out in the current language (« 18 mai 2021 »), or the catalogue's dash."""
    if value is None or pd.isna(value):
        return t("none")
    return fmt.format_date(pd.Timestamp(value), lang())


def chart_text(value: object, length: int = NAME_LENGTH) -> str:
    """Sheet text for a chart label: cut on a word, and escaped for Plotly (it reads tags)."""
    return escape_text(shorten(value, length), "chart")


def chart_names(table: pd.DataFrame, coalitions: pd.DataFrame) -> pd.DataFrame:
    """``table`` with its ``name`` column ready for ``chart_text``: invented examples marked
    (``coalitions.workbook.examples``), their names cut first so the label keeps the mark."""
    room = NAME_LENGTH - mark_length(lang())
    return mark_examples(table, coalitions, lang(), cut=lambda name: shorten(name, room))


def stage_name(stage: int) -> str:
    """A stage as headings and figures show it: "3 · Lancée", or just "Étape inconnue"."""
    if stage == UNKNOWN_STAGE:
        return t(f"stage.{stage}")
    return f"{stage} · {t(f'stage.{stage}')}"


def stage_axis(fig: go.Figure, axis: str = "y") -> None:
    """Label a figure's stage axis with the six stage names, 0 at the bottom or left."""
    settings = {
        "tickvals": [s.number for s in STAGES],
        "ticktext": [t(f"stage.{s.number}") for s in STAGES],
        "range": [-0.4, len(STAGES) - 0.6],
        "title": t("stage"),
    }
    if axis == "y":
        fig.update_yaxes(**settings)
    else:
        fig.update_xaxes(**settings)


def stage_path_figure(paths: pd.DataFrame, stage_markers: bool = False) -> go.Figure:
    """A step chart of coalitions' stages over time (``paths``: coalition, name, date, stage,
    as from ``coalitions.history.progress.stage_paths``).

    Each line has its own colour, dash and marker shape, which the legend shows. With
    ``stage_markers`` (one coalition, no legend) each point is coloured by its stage instead.
    """
    fig = go.Figure()
    groups = list(paths.groupby("coalition", sort=False))
    # Step lines at the same stage would hide one another: each is nudged a little up or
    # down (the axis labels and the hover keep the true stage).
    step = min(LINE_GAP, LINE_BAND / max(len(groups) - 1, 1))
    for index, (_, path) in enumerate(groups):
        offset = (index - (len(groups) - 1) / 2) * step
        name = chart_text(path["name"].iloc[0])
        labels = [t(f"stage.{s}") for s in path["stage"]]
        colour = series_colour(index)
        marker_colour = [stage_colour(s) for s in path["stage"]] if stage_markers else colour
        fig.add_trace(
            go.Scatter(
                x=path["date"],
                y=path["stage"] + offset,
                name=name,
                mode="lines+markers",
                line={
                    "shape": "hv",
                    "width": 3,
                    "color": colour,
                    # Past the colours, the dash tells lines of the same colour apart.
                    "dash": LINE_DASHES[index // len(SERIES_COLOURS) % len(LINE_DASHES)],
                },
                marker={
                    "size": 12,
                    "symbol": LINE_SYMBOLS[index % len(LINE_SYMBOLS)],
                    "color": marker_colour,
                    "line": {"width": 1.5, "color": "#333333"},
                },
                # The name goes through customdata: in the template, "%{" typed in the sheet
                # would be read as a placeholder. Plotly's own date format has English months.
                customdata=[
                    [name, t("chart.hover.date_stage", date=format_date(day), stage=label)]
                    for day, label in zip(path["date"], labels, strict=True)
                ],
                hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
            )
        )
    stage_axis(fig)
    fig.update_layout(legend={"orientation": "h", "y": -0.15}, hovermode="closest")
    return fig


def stage_stepper_html(current: int) -> str:
    """The six stages in a row with the current one filled in its stage colour (catalogue
    labels and palette colours only: no sheet text goes in)."""
    cells = []
    for stage in STAGES:
        label = escape_text(stage_name(stage.number), "html")
        if stage.number == current:
            style = (
                f"background:{stage_colour(stage.number)};"
                f"color:{STAGE_TEXT_COLOURS[stage.number]};font-weight:700;"
                f"border:2px solid {stage_colour(stage.number)}"
            )
        elif stage.number < current:
            style = f"border:2px solid {stage_colour(stage.number)};color:inherit"
        else:
            style = "border:2px dashed #BBBBBB;color:#595959"  # 7:1 on white
        cells.append(
            f'<div style="flex:1;padding:0.5rem;border-radius:0.5rem;text-align:center;'
            f'font-size:1.05rem;{style}">{label}</div>'
        )
    return f'<div style="display:flex;gap:0.4rem;margin:0.5rem 0 1rem 0">{"".join(cells)}</div>'


def stage_heading_html(stage: int, count: int) -> str:
    """A board column's heading: the stage's label and count on its stage colour."""
    label = escape_text(f"{stage_name(stage)} ({count})", "html")
    return (
        f'<div style="background:{stage_colour(stage)};color:{STAGE_TEXT_COLOURS[stage]};'
        f'padding:0.4rem 0.6rem;border-radius:0.4rem;font-weight:700;font-size:1.1rem">'
        f"{label}</div>"
    )
