"""Coalition sheet: everything about one coalition, reached by ``?coalition=<id>``."""

import pandas as pd
import streamlit as st

from coalitions.escape import escape_text, safe_url
from coalitions.history.progress import MAX_READINESS, launch_readiness, stage_paths
from coalitions.views.chart_alt import describe_paths
from coalitions.views.library import status_label
from coalitions.views.sheet import coalition_sheet, find_coalition
from coalitions.workbook.examples import example_names
from coalitions.workbook.stages import LAUNCHED, UNKNOWN_STAGE
from ui.context import dataset, lang, t, today
from ui.progress_views import format_date, stage_name, stage_path_figure, stage_stepper_html
from ui.updates_view import render_news, render_update_form
from ui.widgets import chart_with_data, day_column, empty_state, labelled, show_table

data = dataset()
day = today(data)
coalitions = data.coalitions
st.title(t("nav.coalition"))

if coalitions.empty:
    empty_state("coalition.empty")
    st.stop()

names = example_names(coalitions, lang())
asked = st.query_params.get("coalition", "")
current = find_coalition(coalitions, asked)
ids = list(names)
# No key: the widget follows the URL, so a link from another page selects its coalition.
picked = st.selectbox(
    t("coalition.pick"),
    **labelled(names),
    index=ids.index(current) if current else None,
    placeholder=t("coalition.pick.placeholder"),
)
if picked and picked != current:
    current = picked
if current and st.query_params.get("coalition") != current:
    st.query_params["coalition"] = current

if current is None:
    if asked:
        st.warning(
            t("coalition.unknown", ref=escape_text(asked, "markdown", max_length=80)),
            icon=":material/search_off:",
        )
    else:
        empty_state("coalition.choose")
    st.stop()

sheet = coalition_sheet(data, current, day)
record = sheet.record


def _text(value: object) -> str:
    """Sheet text for markdown: escaped, a dash when blank."""
    text = "" if value is None or pd.isna(value) else str(value).strip()
    return escape_text(text, "markdown") if text else t("none")


def _type_label(key: str) -> str:
    """An actor type's label; a free-text type (outside the list) shows as written."""
    label = t(f"actor_type.{key}")
    return key if label == f"actor_type.{key}" else label


st.header(_text(record["name"]), anchor=False)
if sheet.illustrative:
    st.warning(t("coalition.illustrative"), icon=":material/science:")

stage = int(record["stage"])
st.html(stage_stepper_html(stage))
levers = ", ".join(t(f"lever.{k}") for k in record["levers"]) or t("none")
facts = [
    (t("coalition.family"), _text(record["family"])),
    (t("coalition.territory"), _text(record["territory"])),
    (t("coalition.levers"), levers),
    (t("coalition.pilot"), t("yes") if record["pilot"] else t("no")),
    (t("coalition.leads"), _text(record["leads"])),
    (t("coalition.launch_date"), format_date(record["launch_date"])),
    (t("coalition.updated"), format_date(record["updated"])),
]
st.markdown("  \n".join(t("coalition.fact", label=label, value=value) for label, value in facts))

metrics = st.columns(3)
metrics[0].metric(t("stage"), stage_name(stage))
metrics[1].metric(
    t("coalition.in_stage_since"),
    format_date(sheet.since),
    help=t("coalition.in_stage_since.help"),
)
metrics[2].metric(t("coalition.days_in_stage"), sheet.days if sheet.days is not None else t("none"))

st.subheader(t("coalition.definition"))
definition = st.columns(3)
for column, field in zip(definition, ("problem", "impact", "narrative"), strict=True):
    column.markdown(f"**{t(f'coalition.{field}')}**")
    column.markdown(_text(record[field]))
step, obstacles = st.columns(2)
step.markdown(f"**{t('coalition.next_step')}**")
step.markdown(_text(record["next_step"]))
obstacles.markdown(f"**{t('coalition.obstacles')}**")
obstacles.markdown(_text(record["obstacles"]))

render_news(data, current)
render_update_form(data, current, day)

# Stage path.
st.subheader(t("coalition.path"))
if sheet.history.empty:
    empty_state("coalition.path.none")
else:
    paths = stage_paths(data, day, [current])
    fig = stage_path_figure(paths, stage_markers=True)
    fig.update_layout(height=360, showlegend=False)
    history = sheet.history
    table = pd.DataFrame(
        {
            t("coalition.col.date"): history["date"].dt.date,
            t("stage"): history["stage"].map(lambda s: t(f"stage.{s}")),
            t("coalition.col.note"): history["note"],
        }
    )
    file = f"{current}-{t('coalition.path.file')}"
    chart_with_data(fig, table, "coalition-path", file, describe_paths(paths, lang()))
    show_table(
        table,
        hide_index=True,
        key="table-history",
        column_config={t("coalition.col.date"): day_column(t("coalition.col.date"))},
    )

if UNKNOWN_STAGE < stage < LAUNCHED:
    readiness = launch_readiness(data, coalitions[coalitions["id"] == current]).iloc[0]
    st.info(
        t(
            "coalition.readiness",
            score=int(readiness["score"]),
            max=MAX_READINESS,
            core=int(readiness["core_actors"]),
            foundations=int(readiness["foundations"]),
        ),
        icon=":material/rocket_launch:",
    )

# Actors.
st.subheader(t("coalition.actors", count=len(sheet.actors)))
if sheet.actors.empty:
    empty_state("coalition.actors.none")
else:
    by_role = sheet.count_by("role")
    role_columns = st.columns(max(len(by_role), 1))
    for column, (role, count) in zip(role_columns, by_role.items(), strict=False):
        column.metric(t(f"role.{role}"), count)
    types = sheet.count_by("type")
    type_labels = [f"{_type_label(k)} ({n})" for k, n in types.items()]
    st.caption(escape_text(" · ".join(type_labels), "markdown"))
    actors = sheet.actors
    show_table(
        pd.DataFrame(
            {
                "actor": actors["actor"],
                "role": actors["role"].map(lambda r: t(f"role.{r}")),
                "type": actors["type"].map(_type_label),
                "website": actors["website"].map(safe_url),
                "since": actors["since"].dt.date,
            }
        ),
        hide_index=True,
        key="table-actors",
        column_config={
            "actor": t("coalition.col.actor"),
            "role": t("coalition.col.role"),
            "type": t("coalition.col.type"),
            "website": st.column_config.LinkColumn(t("coalition.col.website")),
            "since": day_column(t("coalition.col.since")),
        },
    )
    # Who acts on what: the actor–lever pairs, when the memberships tab has them.
    if by_lever := sheet.actors_by_lever():
        st.markdown(f"**{t('coalition.levers_pairs')}**")
        st.markdown(
            "\n".join(
                "- "
                + t(
                    "coalition.lever_actors",
                    lever=t(f"lever.{lever}"),
                    actors=escape_text(", ".join(names), "markdown"),
                )
                for lever, names in by_lever.items()
            )
        )

# Deliverables.
st.subheader(t("coalition.deliverables"))
if sheet.deliverables.empty:
    empty_state("coalition.deliverables.none")
else:
    deliverables = sheet.deliverables
    link_header = t("coalition.col.link")
    show_table(
        pd.DataFrame(
            {
                t("coalition.col.deliverable"): deliverables["title"],
                t("library.col.kind"): deliverables["kind"].map(
                    lambda k: t(f"deliverable_kind.{k}")
                ),
                t("coalition.col.status"): deliverables["status"].map(
                    lambda s: status_label(s, lang())
                ),
                t("coalition.col.date"): deliverables["date"].dt.date,
                link_header: deliverables["url"].map(safe_url),
            }
        ),
        hide_index=True,
        key="table-deliverables",
        column_config={
            t("coalition.col.date"): day_column(t("coalition.col.date")),
            link_header: st.column_config.LinkColumn(link_header),
        },
    )

# Events.
st.subheader(t("coalition.events"))
if sheet.events.empty:
    empty_state("coalition.events.none")
else:
    for upcoming, title_key in (
        (True, "coalition.events.upcoming"),
        (False, "coalition.events.past"),
    ):
        events = sheet.events[sheet.events["upcoming"] == upcoming]
        if events.empty:
            continue
        st.markdown(f"**{t(title_key)}**")
        show_table(
            pd.DataFrame(
                {
                    "date": events["date"].map(format_date),
                    "title": events["title"],
                    "kind": events["kind"].map(lambda k: t(f"kind.{k}")),
                    "location": events["location"],
                    "url": events["url"].map(safe_url),
                }
            ),
            hide_index=True,
            key=f"table-events-{upcoming}",
            column_config={
                "date": t("coalition.col.date"),
                "title": t("coalition.col.event"),
                "kind": t("coalition.col.kind"),
                "location": t("coalition.col.location"),
                "url": st.column_config.LinkColumn(t("coalition.col.link")),
            },
        )

# The sheet's own extra columns.
if sheet.extras:
    st.subheader(t("coalition.extras"))
    st.markdown(
        "  \n".join(
            t(
                "coalition.fact",
                label=escape_text(header, "markdown"),
                value=escape_text(value, "markdown"),
            )
            for header, value in sheet.extras
        )
    )
