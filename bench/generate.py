"""Large, realistic workbooks for the benchmark, generated deterministically.

``generate_workbook`` writes the seven tabs as CSV files with the built-in sample's French
headers: valid stages (each coalition's progress history climbs to its current stage),
references that all resolve, unique actors and memberships, dates in 2020-2022 (mostly ISO,
some day-first French), roles, event kinds and statuses from the vocabularies. The same seed
always gives the same files.

Run ``python -m bench.generate OUT_DIR --size x10`` to write one of ``SIZES``.
"""

from __future__ import annotations

import argparse
import csv
import random
from datetime import date, timedelta
from pathlib import Path

from coalitions.workbook.schema import fold

# Headers of the built-in sample (data_sources/sample), French as the community writes them.
HEADERS: dict[str, list[str]] = {
    "coalitions": [
        "identifiant", "nom", "famille", "maturité", "pilote", "leviers", "territoire",
        "date de lancement", "animation", "problème", "impact recherché", "récit",
        "prochaine étape", "freins", "mis à jour", "exemple", "pour rejoindre", "référents",
        "nom court",
    ],
    "actors": ["nom", "catégorie", "site web"],
    "memberships": ["coalition", "acteur", "rôle", "depuis", "leviers"],
    "events": [
        "début", "titre", "type", "coalition", "fin", "lieu", "lien", "message", "à confirmer",
    ],
    "progress": ["date", "coalition", "maturité", "commentaire"],
    "deliverables": ["coalition", "livrable", "statut", "date", "type", "lien"],
    "updates": ["date", "coalition", "nouvelles", "prochaine étape", "freins", "auteur"],
    "settings": ["clé", "valeur"],
}  # fmt: skip
SETTINGS = [
    ("reset_day_weekday", "mardi"),
    ("reset_day_week", "3"),
    ("reset_day_anchor_number", "14"),
    ("reset_day_anchor_date", "2021-05-18"),
    ("reset_day_skip_months", "août"),
    ("stale_months", "3"),
]
# Row counts of the built-in sample; x10 and x100 scale them.
SAMPLE_COUNTS = {"coalitions": 20, "actors": 61, "memberships": 80, "events": 23, "progress": 52}
SIZES: dict[str, dict[str, int] | None] = {
    "sample": None,  # the built-in sample itself (data_sources/sample)
    "x10": {k: v * 10 for k, v in SAMPLE_COUNTS.items()},
    "x100": {k: v * 100 for k, v in SAMPLE_COUNTS.items()},
    # The largest community we plan for, and then some: 1000 coalitions, 100,000 memberships.
    "large": {
        "coalitions": 1000,
        "actors": 20000,
        "memberships": 100000,
        "events": 10000,
        "progress": 50000,
        # Issue 24: the library page (« Travaux des coalitions ») at ten works a coalition.
        "deliverables": 10000,
    },
}

FIRST_DAY, LAST_DAY = date(2020, 1, 1), date(2022, 12, 31)
_DAYS = (LAST_DAY - FIRST_DAY).days + 1
# Share of dates written day-first (19/05/2021) rather than ISO, as hand-typed sheets mix them.
FRENCH_DATE_SHARE = 0.1
# Most coalitions are early: the community's maturity is very heterogeneous (Reset Day 14).
STAGE_WEIGHTS = (0.25, 0.3, 0.2, 0.12, 0.08, 0.05)
STAGE_LABELS = (
    "Sujet identifié",
    "Socle commun",
    "Noyau d'acteurs",
    "Lancée",
    "En action",
    "Impact",
)

_FAMILIES = (
    "Environnement", "Démocratie", "Achats & sobriété", "Éducation & inclusion",
    "Services publics", "Travail & économie", "Libertés & confiance", "Territoires",
)  # fmt: skip
_THEMES = (
    "données", "sobriété", "inclusion", "médiation", "achat", "communs", "réemploi",
    "accessibilité", "participation", "santé", "mobilité", "éducation", "vie privée",
)  # fmt: skip
_PLACES = (
    "Bretagne", "Occitanie", "Grand Est", "Normandie", "Hauts-de-France", "Auvergne-Rhône-Alpes",
    "Nouvelle-Aquitaine", "Île-de-France", "Pays de la Loire", "National",
)  # fmt: skip
_LEVER_SETS = (
    "commande",
    "offre",
    "usages",
    "commande; offre",
    "offre; usages",
    "commande; usages",
)
_ACTOR_KINDS = (
    ("association", "Association"),
    ("public", "Agence"),
    ("académique", "Laboratoire"),
    ("entreprise", "Société"),
    ("collectivité", "Ville"),
    ("civic tech", "Plateforme"),
    ("réseau", "Réseau"),
)
_ROLES = ("animateur", "noyau", "partenaire", "intéressé")
_ROLE_WEIGHTS = (0.1, 0.3, 0.35, 0.25)
_EVENT_KINDS = ("lancement", "atelier", "restitution", "autre")
_DELIVERABLES = (
    "diagnostic", "cartographie des acteurs", "benchmark", "manifeste", "plaidoyer", "guide",
    "carnet de bord", "kit d'appropriation", "parcours d'engagement",
)  # fmt: skip
_STATUSES = ("prévu", "en cours", "fait")
# Each title's kind (« type »), as the sheet writes it.
_KINDS = dict(zip(_DELIVERABLES, (
    "diagnostic", "cartographie", "benchmark", "manifeste", "plaidoyer", "guide",
    "carnet de bord", "kit d'appropriation", "parcours d'engagement",
), strict=True))  # fmt: skip
# One work in this many is an open call for contributions; one in two has a link.
CALL_EVERY, LINK_EVERY = 20, 2
# The actor–lever pairs, drawn from the row's position (no extra random draw: the rest of
# the workbook stays what earlier runs of the benchmark measured).
_LEVER_CHOICES = ("", "commande", "offre", "usages", "offre; usages", "")
_LOCATIONS = ("En ligne", "Paris", "Rennes", "Lyon", "Marseille", "Lille", "Nantes", "")


class _Dates:
    """Day offsets from FIRST_DAY, written ISO or (sometimes) French."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        days = [FIRST_DAY + timedelta(days=i) for i in range(_DAYS)]
        self.iso = [d.isoformat() for d in days]
        self.french = [d.strftime("%d/%m/%Y") for d in days]

    def text(self, offset: int) -> str:
        if self.rng.random() < FRENCH_DATE_SHARE:
            return self.french[offset]
        return self.iso[offset]


def _write(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _reset_days() -> list[date]:
    """The Reset Days from no. 1 (March 2020) to 2022: third Tuesdays, none in August.

    Numbered like the settings say: no. 14 falls on 18 May 2021.
    """
    days = []
    for year in (2020, 2021, 2022):
        for month in range(3 if year == 2020 else 1, 13):
            if month == 8:
                continue
            first = date(year, month, 1)
            days.append(first + timedelta(days=(1 - first.weekday()) % 7 + 14))
    return days


def generate_workbook(
    out_dir: Path,
    coalitions: int = 1000,
    actors: int = 20000,
    memberships: int = 100000,
    events: int = 10000,
    progress: int = 50000,
    seed: int = 0,
    deliverables: int | None = None,
) -> Path:
    """Write a realistic workbook of the given size as eight CSV files in ``out_dir``.

    ``deliverables`` defaults to one per coalition. The output depends only on the arguments
    (``random.Random(seed)``). Returns ``out_dir``. Raises ``ValueError`` when the counts
    cannot be met (no coalition, or more memberships than coalition/actor pairs).
    """
    if coalitions < 1:
        raise ValueError("at least one coalition is needed")
    if memberships > coalitions * actors:
        raise ValueError("more memberships than coalition/actor pairs")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    dates = _Dates(rng)

    # Coalitions: a topic date, a current stage and, for some, a launch.
    themes = [rng.choice(_THEMES) for _ in range(coalitions)]
    ids = [f"{fold(theme).replace(' ', '-')}-{i:05d}" for i, theme in enumerate(themes)]
    stages = rng.choices(range(6), weights=STAGE_WEIGHTS, k=coalitions)
    starts = [rng.randrange(0, _DAYS // 2) for _ in range(coalitions)]
    per_coalition = [progress // coalitions] * coalitions
    for i in rng.sample(range(coalitions), progress % coalitions):
        per_coalition[i] += 1

    progress_rows: list[tuple[int, list[str]]] = []
    launch_day: list[int | None] = [None] * coalitions
    last_move = list(starts)
    for c, count in enumerate(per_coalition):
        if not count:
            continue
        span = range(starts[c], _DAYS)
        days = sorted(rng.sample(span, count) if count <= len(span) else rng.choices(span, k=count))
        climb = sorted(rng.randint(0, stages[c]) for _ in range(count - 1)) + [stages[c]]
        for day, stage in zip(days, climb, strict=True):
            if stage >= 3 and launch_day[c] is None:
                launch_day[c] = day
            label = STAGE_LABELS[stage] if rng.random() < 0.7 else str(stage)
            note = "" if rng.random() < 0.6 else f"point d'étape {stage}"
            progress_rows.append((day, [dates.text(day), ids[c], label, note]))
        last_move[c] = days[-1]
    progress_rows.sort(key=lambda item: item[0])  # stable: each coalition keeps its order

    coalition_rows = []
    for c in range(coalitions):
        theme = themes[c]
        place = rng.choice(_PLACES)
        launched = stages[c] >= 3
        if launched and launch_day[c] is None:
            launch_day[c] = rng.randrange(starts[c], _DAYS)
        coalition_rows.append(
            [
                ids[c],
                f"Coalition {theme} {place} n° {c + 1}",
                rng.choice(_FAMILIES),
                str(stages[c]),
                "oui" if rng.random() < 0.1 else "non",
                rng.choice(_LEVER_SETS),
                place,
                dates.text(launch_day[c]) if launched else "",
                "",
                f"Le sujet {theme} manque d'acteurs qui s'en saisissent.",
                f"Un numérique choisi pour {theme}.",
                "",
                "Préparer le prochain Reset Day." if rng.random() < 0.5 else "",
                "",
                dates.text(last_move[c]),
                "oui",
                "",
                "",
                f"{theme} {c + 1}",  # nom court
            ]
        )

    actor_rows = []
    for a in range(actors):
        kind, prefix = rng.choice(_ACTOR_KINDS)
        website = f"https://acteur-{a + 1}.example.org" if rng.random() < 0.3 else ""
        actor_rows.append([f"{prefix} {rng.choice(_THEMES)} {a + 1}", kind, website])

    pairs: set[tuple[int, int]] = set()
    membership_rows = []
    while len(membership_rows) < memberships:
        c, a = rng.randrange(coalitions), rng.randrange(actors)
        if (c, a) in pairs:
            continue
        pairs.add((c, a))
        role = rng.choices(_ROLES, weights=_ROLE_WEIGHTS)[0]
        since = rng.randrange(starts[c], _DAYS)
        levers = _LEVER_CHOICES[(c + a) % len(_LEVER_CHOICES)]
        membership_rows.append([ids[c], actor_rows[a][0], role, dates.text(since), levers])

    event_rows = []
    for number, day in enumerate(_reset_days()[:events], start=1):
        offset = (day - FIRST_DAY).days
        when = f"{dates.iso[offset]} 09:30"
        event_rows.append(
            [when, f"Reset Day {number}", "Reset Day", "", "", "En ligne", "", "", ""]
        )
    while len(event_rows) < events:
        c = rng.randrange(coalitions)
        day = rng.randrange(starts[c], _DAYS)
        kind = rng.choice(_EVENT_KINDS)
        timed = rng.random() < 0.5
        start = f"{dates.iso[day]} {rng.randint(9, 17):02d}:00" if timed else dates.text(day)
        end = f"{dates.iso[day]} 18:00" if timed and rng.random() < 0.5 else ""
        event_rows.append(
            [
                start,
                f"{kind.capitalize()} {ids[c]}",
                kind,
                ids[c],
                end,
                rng.choice(_LOCATIONS),
                "",
                "",
            ]  # fmt: skip
        )

    deliverable_rows = []
    for n in range(coalitions if deliverables is None else deliverables):
        c = rng.randrange(coalitions)
        status = rng.choice(_STATUSES)
        day = rng.randrange(starts[c], _DAYS)
        when = "" if status == "en cours" and rng.random() < 0.5 else dates.text(day)
        title = rng.choice(_DELIVERABLES)
        kind = _KINDS[title]
        if n % CALL_EVERY == 0:
            title, kind, status = f"appel à contribution {n}", "appel à contribution", "en cours"
        link = f"https://reset.example.org/travaux/{ids[c]}/{n}" if n % LINK_EVERY == 0 else ""
        deliverable_rows.append([ids[c], title, status, when, kind, link])

    # One piece of news per coalition, on a day after it started.
    update_rows = [
        [
            dates.text(rng.randrange(starts[c], _DAYS)),
            ids[c],
            f"Des nouvelles de {ids[c]}.",
            "",
            "",
            "",
        ]  # fmt: skip
        for c in range(coalitions)
    ]

    _write(out_dir / "coalitions.csv", HEADERS["coalitions"], coalition_rows)
    _write(out_dir / "actors.csv", HEADERS["actors"], actor_rows)
    _write(out_dir / "memberships.csv", HEADERS["memberships"], membership_rows)
    _write(out_dir / "events.csv", HEADERS["events"], event_rows)
    _write(out_dir / "progress.csv", HEADERS["progress"], (row for _, row in progress_rows))
    _write(out_dir / "deliverables.csv", HEADERS["deliverables"], deliverable_rows)
    _write(out_dir / "updates.csv", HEADERS["updates"], update_rows)
    _write(out_dir / "settings.csv", HEADERS["settings"], SETTINGS)
    return out_dir


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.generate OUT_DIR --size x10``: write one of ``SIZES``."""
    parser = argparse.ArgumentParser(description="Write a generated coalition workbook (CSV).")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--size", choices=[k for k, v in SIZES.items() if v], default="large")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(generate_workbook(args.out_dir, **SIZES[args.size], seed=args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
