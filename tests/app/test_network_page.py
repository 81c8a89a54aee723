"""The actor network page on the sample (figures counted by hand in data_sources/sample/*.csv),
in English, with a focus, on the messy workbook and on partial workbooks."""

from __future__ import annotations

import base64
import json
from collections import Counter
from pathlib import Path

import numpy as np

from coalitions.views import network_drawing, network_metrics
from data_sources.cache import clear_cache
from tests.conftest import partial_workbook

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data_sources" / "sample"
MESSY = ROOT / "tests" / "fixtures" / "messy.xlsx"
PAGE = "app_pages/network.py"


def captions(at) -> list[str]:
    return [c.value for c in at.caption]


def test_sample_in_english(app):
    at = app(page=PAGE, lang="en")
    assert not at.exception
    assert at.title[0].value == "Actor network"
    # actors.csv: 61 actors, all of them in memberships.csv; coalitions.csv: 20 coalitions.
    assert "Showing 61 of 61 actors and 20 of 20 coalitions." in captions(at)
    assert "Betweenness computed exactly on the whole filtered network." in captions(at)
    frames = [d.value for d in at.dataframe]
    actors = next(f for f in frames if "bridge" in f.columns)
    coalitions = next(f for f in frames if "homogeneous" in f.columns)
    assert len(actors) == 61
    assert len(coalitions) == 20
    # FING: envdata, civictech, achat, equite, Dématérialiser, climat-num, algo-publics,
    # sobriete-web, accessibilite.
    fing = actors[actors["actor"] == "FING"].iloc[0]
    assert fing["coalitions"] == 9
    assert fing["betweenness"] == "0.647"
    assert fing["type"] == "Association"
    assert actors["actor"].iloc[0] == "FING"  # most connected first
    # In 2+ coalitions on the sample's day (21 May 2021; memberships.csv dates four arrivals
    # in June, not counted yet): FING, Ville de Valcourt (3), Département de Bellerive,
    # Laboratoire Usages & Société, Métropole de Rivemont, Syndicat mixte, Tiers-lieu La Forge
    # (2 each).
    assert int(actors["bridge"].sum()) == 7
    assert "7 of 61 actors take part in several coalitions; here are those linking the most." in (
        captions(at)
    )
    # commerce-local's only actor is a company (Place de marché de Valcourt); cyber-asso's
    # association (Tiers-lieu La Forge) joins its core on 1 June, after the day.
    assert [w.value for w in at.warning] == [
        "2 coalitions without any public body, academic, association or local authority:"
    ]
    flagged = coalitions[coalitions["homogeneous"]]
    assert list(flagged["name"]) == [
        "Places de marché numériques locales (example)",
        "Cybersécurité des petites associations (example)",
    ]
    # equite: public x2, company x2, local authority, association x3 (In Fine untyped).
    equite = coalitions[coalitions["name"].str.contains("équité scolaire")].iloc[0]
    assert (equite["actors"], equite["types"]) == (10, 4)
    links = [(link.proto.page, link.proto.query_string) for link in at.get("page_link")]
    assert ("coalition", "coalition=commerce-local") in links


def points(values) -> int:
    """How many values a Plotly array holds (plain list, or base64 typed array)."""
    if isinstance(values, dict):
        return len(base64.b64decode(values["bdata"])) // np.dtype(values["dtype"]).itemsize
    return len(values)


def test_sample_graph_colours_and_sizes(app):
    at = app(page=PAGE, lang="en")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    traces = {t.get("name"): t for t in spec["data"] if t.get("mode") != "lines"}
    assert traces["Coalition"]["marker"]["color"] == "#333333"
    assert points(traces["Coalition"]["x"]) == 20
    # 16 public actors in actors.csv, drawn in the palette's public colour.
    assert traces["Public body"]["marker"]["color"] == "#0072B2"
    assert points(traces["Public body"]["x"]) == 16
    # In Fine and Lab Accès have no type.
    assert points(traces["Type not given"]["x"]) == 2
    assert sum(points(t["x"]) for t in traces.values()) == 81


def test_french_by_default(app):
    at = app(page=PAGE)
    assert not at.exception
    # The catalogue's French apostrophes are typographic (this said « d'acteurs »).
    assert at.title[0].value == "Réseau d’acteurs"
    assert "Affichés\u00a0: 61 acteurs sur 61 et 20 coalitions sur 20." in captions(at)
    # Decimals with a French comma in every table (Streamlit's number columns wrote
    # « 0.653 »); FING links the most.
    frames = [d.value for d in at.dataframe]
    actors = next(f for f in frames if "bridge" in f.columns)
    coalitions = next(f for f in frames if "shannon" in f.columns)
    bridges = next(f for f in frames if "linked" in f.columns)
    assert actors.set_index("actor").loc["FING", "betweenness"] == "0,647"
    assert bridges.set_index("actor").loc["FING", "betweenness"] == "0,647"
    assert all("." not in value for value in coalitions["shannon"])
    assert any("," in value for value in coalitions["shannon"])


def test_focus_on_a_coalition_with_the_selectbox(app):
    at = app(page=PAGE, lang="en")
    at.selectbox(key="network-focus").set_value("c:envdata").run()
    assert not at.exception
    # envdata's 6 actors; FING takes 8 other coalitions in: 9 coalitions drawn.
    assert "Showing 6 of 61 actors and 9 of 20 coalitions." in captions(at)
    links = [(link.proto.page, link.proto.query_string) for link in at.get("page_link")]
    assert links[0] == ("coalition", "coalition=envdata")


def test_focus_from_the_query(app):
    at = app(page=PAGE, lang="en", query={"focus": "Ville de Valcourt"})
    assert not at.exception
    assert at.selectbox(key="network-focus").value == "a:Ville de Valcourt"
    # Its coalitions: reemploi (5 actors on the sample's day: Métropole de Rivemont joins on
    # 1 June), communs (2), sobriete-web (5), Valcourt counted once.
    assert "Showing 10 of 61 actors and 3 of 20 coalitions." in captions(at)


def test_actor_to_actor_view(app):
    at = app(page=PAGE, lang="en")
    at.radio(key="network-view").set_value("projection").run()
    assert not at.exception
    assert any(c.startswith("Showing 61 of 61 actors, linked by") for c in captions(at))


def test_filters(app):
    at = app(page=PAGE, lang="en")
    at.multiselect(key="network-types").set_value(["public"]).run()
    assert not at.exception
    # 16 public actors, in envdata, civictech, achat, equite, Dématérialiser, mediation,
    # donnees-sociales, sobriete-web, logiciels-libres (accessibilite's public member joins on
    # 8 June, after the sample's day).
    assert "Showing 16 of 16 actors and 9 of 9 coalitions." in captions(at)
    at.multiselect(key="network-types").set_value([])
    at.multiselect(key="network-roles").set_value(["lead"]).run()
    # 16 "animateur" rows in memberships.csv, FING in 5 of them: 12 leads, 14 coalitions
    # (civictech and sobriete-web have two leads each).
    assert "Showing 12 of 12 actors and 14 of 14 coalitions." in captions(at)
    at.multiselect(key="network-roles").set_value([])
    at.multiselect(key="network-families").set_value(["Environnement"]).run()
    # envdata (6), climat-num (3), reemploi (6): FING and Métropole de Rivemont are shared.
    assert "Showing 13 of 13 actors and 3 of 3 coalitions." in captions(at)


def test_metrics_and_layout_are_computed_once_per_dataset_and_choice(app, monkeypatch):
    calls = Counter()
    owners = {"network_metrics": network_metrics, "drawing": network_drawing}
    originals = {name: getattr(module, name) for name, module in owners.items()}
    for name, module in owners.items():

        def counting(*args, _name=name, **kwargs):
            calls[_name] += 1
            return originals[_name](*args, **kwargs)

        monkeypatch.setattr(module, name, counting)
    clear_cache()  # a fresh dataset version: nothing kept from other tests
    at = app(page=PAGE, lang="en")
    assert calls == {"network_metrics": 1, "drawing": 1}
    at.run()
    assert calls == {"network_metrics": 1, "drawing": 1}
    # Fewer actors drawn: a new layout, the same metrics.
    at.slider(key="network-max-actors").set_value(10).run()
    assert calls == {"network_metrics": 1, "drawing": 2}
    at.radio(key="network-view").set_value("projection").run()
    assert calls == {"network_metrics": 1, "drawing": 3}
    # Metrics follow the filters.
    at.multiselect(key="network-types").set_value(["public"]).run()
    assert calls == {"network_metrics": 2, "drawing": 4}
    assert not at.exception
    # Another session on the same data gets what the first one computed.
    other = app(page=PAGE, lang="en")
    assert calls == {"network_metrics": 2, "drawing": 4}
    assert "Showing 61 of 61 actors and 20 of 20 coalitions." in captions(other)
    # A new version of the data (the refresh button) computes them again.
    clear_cache()
    app(page=PAGE, lang="en")
    assert calls == {"network_metrics": 3, "drawing": 5}


def test_slider_limits_the_drawing(app):
    at = app(page=PAGE, lang="en")
    at.slider(key="network-max-actors").set_value(10).run()
    assert not at.exception
    shown = next(c for c in captions(at) if c.startswith("Showing"))
    assert shown.startswith("Showing 10 of 61 actors")


def test_messy_workbook(app):
    at = app(page=PAGE, data=MESSY, lang="en")
    assert not at.exception
    spec = at.get("plotly_chart")[0].proto.spec
    # The actor named "<script>…" is drawn as text, never as markup.
    assert "<script>" not in spec
    assert "&lt;script&gt;" in spec


def test_only_coalitions(app, tmp_path):
    at = app(page=PAGE, data=partial_workbook(tmp_path / "wb", "coalitions"), lang="en")
    assert not at.exception
    assert "no “memberships” tab" in at.info[0].value
    assert not at.get("plotly_chart")


def test_no_actors_tab(app, tmp_path):
    at = app(
        page=PAGE, data=partial_workbook(tmp_path / "wb", "coalitions", "memberships"), lang="en"
    )
    assert not at.exception
    assert any("No “actors” tab" in i.value for i in at.info)
    assert "Showing 61 of 61 actors and 20 of 20 coalitions." in captions(at)
    # No type is known: no coalition can be called homogeneous.
    assert not at.warning


def test_empty_memberships_tab(app, tmp_path):
    folder = partial_workbook(tmp_path / "wb", "coalitions", "actors")
    (folder / "memberships.csv").write_text("coalition,acteur,rôle\n", encoding="utf-8")
    at = app(page=PAGE, data=folder, lang="en")
    assert not at.exception
    assert "holds no readable row yet" in at.info[0].value


def test_focus_is_kept_in_the_url(app):
    at = app(page=PAGE, lang="en")
    at.selectbox(key="network-focus").set_value("a:Cerema").run()
    assert at.query_params["focus"] == "a:Cerema"
    # Cerema is only in envdata: its 6 members, one coalition.
    assert "Showing 6 of 61 actors and 1 of 20 coalitions." in captions(at)
    at.selectbox(key="network-focus").set_value("").run()
    assert "focus" not in at.query_params


def test_names_written_for_the_most_connected_and_every_node_hovers(app):
    at = app(page=PAGE)
    assert at.selectbox(key="network-focus").proto.placeholder == (
        "Choisir une coalition ou un acteur"
    )
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    coalitions = next(t for t in spec["data"] if t.get("name") == "Coalition")
    written = [text for text in coalitions["text"] if text]
    # Not all 20 names (they piled up in the middle), but the hubs' ones, cut on a word.
    assert 5 <= len(written) < 20
    assert "Pour un numérique au…" in written  # equite: 10 actors, the most
    # Cut like any other name; an invented example's mark comes after the cut.
    assert all(len(text.removesuffix(" (exemple)")) <= 28 for text in written), written
    # Every coalition keeps its hover, with its full name (up to 90 characters), the count
    # after « Acteurs » set as French writes it (no-break space before the colon).
    assert "<br>Acteurs\u00a0: %{customdata[1]}" in coalitions["hovertemplate"]
    assert len(coalitions["customdata"]) == 20
    assert any(row[0].startswith("Pour un numérique au service de l") for row in
               coalitions["customdata"])  # fmt: skip


def test_filter_by_lever(app):
    at = app(page=PAGE, lang="en")
    lever = at.multiselect(key="network-levers")
    assert lever.options == ["Demand", "Supply", "Uses"]
    lever.set_value(["commande"]).run()
    assert not at.exception
    # memberships.csv, « leviers » commande: Ademe and the CGDD (envdata), the public
    # participation actors (civictech), FING, Ville de Lyon, France Stratégie, DINUM (achat).
    assert "Showing 7 of 7 actors and 3 of 3 coalitions." in captions(at)


def test_no_lever_filter_when_the_memberships_name_none(app, tmp_path):
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "coalitions.csv").write_text("id,name,stage\na,Alpha,1\n", "utf-8")
    (folder / "memberships.csv").write_text("coalition,actor\na,X\n", "utf-8")
    at = app(page=PAGE, data=folder)
    assert not at.exception
    assert "network-levers" not in [m.key for m in at.multiselect]
