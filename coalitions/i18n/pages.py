"""Labels of the overview, maturity and coalition-sheet pages."""

MESSAGES = {
    "overview.intro": {
        "fr": "Où en sont les coalitions RESET : chiffres clés, avancement par famille "
        "d’intérêt et ce qui a bougé depuis le dernier Reset Day.",
        "en": "Where the RESET coalitions stand: key figures, progress by family of interest "
        "and what moved since the last Reset Day.",
    },
    "overview.empty": {
        "fr": "Le classeur ne contient encore aucune coalition lisible : ajoutez des lignes à "
        "l’onglet « coalitions » (voir Qualité des données si des lignes sont écartées).",
        "en": "The workbook holds no readable coalition yet: add rows to the “coalitions” tab "
        "(see Data quality if rows are left out).",
    },
    "overview.coalitions": {"fr": "Coalitions", "en": "Coalitions"},
    "overview.launched": {"fr": "Lancées", "en": "Launched"},
    "overview.launched.help": {
        "fr": "Coalitions au stade « Lancée » ou au-delà (3 à 5).",
        "en": "Coalitions at the “Launched” stage or beyond (3 to 5).",
    },
    "overview.pilots": {"fr": "Pilotes", "en": "Pilots"},
    "overview.pilots.help": {
        "fr": "Coalitions pilotes : à fort potentiel, suivies de près.",
        "en": "Pilot coalitions: high potential, followed closely.",
    },
    "overview.actors": {"fr": "Acteurs", "en": "Actors"},
    "overview.upcoming_events": {"fr": "Événements à venir", "en": "Upcoming events"},
    "overview.next_reset_day": {"fr": "Prochain Reset Day", "en": "Next Reset Day"},
    "overview.next_reset_day.help": {
        "fr": "Le rendez-vous mensuel de la communauté (calendrier des paramètres, ou date de "
        "l’onglet événements).",
        "en": "The community's monthly meeting (from the settings' calendar, or the date in "
        "the events tab).",
    },
    "overview.reset_day_number": {"fr": "n° {number}", "en": "no. {number}"},
    "overview.by_stage": {"fr": "Coalitions par maturité", "en": "Coalitions by maturity"},
    "overview.pipeline": {
        "fr": "Maturité par famille d’intérêt",
        "en": "Maturity by family of interest",
    },
    "overview.pipeline.file": {"fr": "maturite-par-famille", "en": "maturity-by-family"},
    "overview.no_family": {"fr": "Famille non précisée", "en": "Family not given"},
    "overview.col.family": {"fr": "Famille", "en": "Family"},
    "overview.col.count": {"fr": "Coalitions", "en": "Coalitions"},
    "overview.since.title": {
        "fr": "Depuis le Reset Day {number} ({date})",
        "en": "Since Reset Day {number} ({date})",
    },
    "overview.since.title_none": {
        "fr": "Depuis le dernier Reset Day",
        "en": "Since the last Reset Day",
    },
    "overview.since.none": {
        "fr": "Aucun Reset Day passé n’est connu : le premier n’a pas encore eu lieu.",
        "en": "No past Reset Day is known: the first one has not been held yet.",
    },
    "overview.since.window": {
        "fr": "Du {start} (exclu) au {end} inclus.",
        "en": "From {start} (excluded) to {end} included.",
    },
    "overview.since.stage_changes": {
        "fr": "Changements de maturité",
        "en": "Stage changes",
    },
    "overview.since.joined": {"fr": "Acteurs arrivés", "en": "Actors who joined"},
    "overview.since.deliverables": {"fr": "Livrables terminés", "en": "Deliverables completed"},
    "overview.since.events": {"fr": "Événements tenus", "en": "Events held"},
    "overview.since.nothing": {"fr": "Rien sur la période.", "en": "Nothing in this period."},
    "overview.more": {"fr": "… et {count} de plus", "en": "… and {count} more"},
    # Maturity.
    "maturity.intro": {
        "fr": "Les coalitions par stade, leur parcours, le temps passé au stade actuel et leur "
        "préparation au lancement : la communauté programme les lancements selon la maturité.",
        "en": "Coalitions by stage, their paths, time spent at the current stage and how ready "
        "they are to launch: the community schedules launches by maturity.",
    },
    "maturity.empty": {
        "fr": "Aucune coalition lisible dans le classeur : l’onglet « coalitions » est vide.",
        "en": "No readable coalition in the workbook: the “coalitions” tab is empty.",
    },
    "maturity.filter.family": {"fr": "Famille d’intérêt", "en": "Family of interest"},
    "maturity.filter.territory": {"fr": "Territoire", "en": "Territory"},
    "maturity.filter.lever": {"fr": "Levier", "en": "Lever"},
    "maturity.filter.any": {"fr": "Toutes", "en": "All"},
    "maturity.filter.pilot": {"fr": "Pilotes", "en": "Pilots"},
    "maturity.filter.pilot.all": {"fr": "Toutes", "en": "All"},
    "maturity.filter.pilot.pilots": {"fr": "Pilotes", "en": "Pilots"},
    "maturity.filter.pilot.others": {"fr": "Autres", "en": "Others"},
    "maturity.shown": {
        "fr": {"one": "{count} coalition sur {total}.", "other": "{count} coalitions sur {total}."},
        "en": {
            "one": "{count} coalition out of {total}.",
            "other": "{count} coalitions out of {total}.",
        },
    },
    "maturity.filtered_out": {
        "fr": "Aucune coalition ne correspond à ces filtres.",
        "en": "No coalition matches these filters.",
    },
    "maturity.board": {"fr": "Tableau par stade", "en": "Board by stage"},
    "maturity.board.help": {
        "fr": "★ coalition pilote. Cliquez sur un nom pour ouvrir sa fiche.",
        "en": "★ pilot coalition. Click a name to open its sheet.",
    },
    "maturity.more": {"fr": "+ {count} de plus", "en": "+ {count} more"},
    "maturity.paths": {"fr": "Parcours dans les stades", "en": "Paths through the stages"},
    "maturity.paths.none": {
        "fr": "Pas d’historique : ajoutez un onglet « avancement » (date, coalition, maturité) "
        "pour suivre le parcours des coalitions.",
        "en": "No history: add a “progress” tab (date, coalition, stage) to follow the "
        "coalitions' paths.",
    },
    "maturity.paths.pick": {"fr": "Coalitions à comparer", "en": "Coalitions to compare"},
    "maturity.paths.placeholder": {
        "fr": "Choisir des coalitions",
        "en": "Choose coalitions",
    },
    "maturity.paths.pick_some": {
        "fr": "Choisissez une ou plusieurs coalitions pour voir leur parcours.",
        "en": "Pick one or more coalitions to see their paths.",
    },
    "maturity.paths.file": {"fr": "parcours-maturite", "en": "stage-paths"},
    "maturity.time": {"fr": "Temps au stade actuel", "en": "Time at the current stage"},
    "maturity.time.help": {
        "fr": "Les {count} plus longues sur {total}, en jours depuis l’arrivée au stade "
        "actuel (toutes dans le tableau de données).",
        "en": "The {count} longest out of {total}, in days since reaching the current stage "
        "(all of them in the data table).",
    },
    "maturity.time.none": {
        "fr": "Date d’arrivée au stade actuel inconnue : l’onglet « avancement » ne la donne "
        "pour aucune de ces coalitions.",
        "en": "When these coalitions reached their current stage is unknown: the “progress” "
        "tab does not say.",
    },
    "maturity.time.days": {"fr": "Jours au stade actuel", "en": "Days at the current stage"},
    "maturity.time.file": {"fr": "temps-au-stade", "en": "time-in-stage"},
    "maturity.readiness": {"fr": "Préparation au lancement", "en": "Launch readiness"},
    "maturity.readiness.explain": {
        "fr": "Coalitions pas encore lancées, classées par un score sur {max} : **1 point par "
        "stade atteint** (Socle commun 1, Noyau d’acteurs 2), **1 point si le noyau est "
        "constitué** (au moins {core_min} acteurs animateurs ou noyau), **1 point par livrable "
        "du socle commun terminé** : diagnostic, cartographie des acteurs, benchmark.",
        "en": "Coalitions not yet launched, ranked by a score out of {max}: **1 point per "
        "stage reached** (Shared foundation 1, Core group 2), **1 point if the core group is "
        "formed** (at least {core_min} lead or core actors), **1 point per shared-foundation "
        "deliverable done**: diagnostic, actor mapping, benchmark.",
    },
    "maturity.readiness.line": {
        "fr": "n° {rank} · score {score}/{max} · {stage} · acteurs du noyau : {core} · "
        "livrables du socle : {foundations}/3",
        "en": "no. {rank} · score {score}/{max} · {stage} · core actors: {core} · "
        "foundation deliverables: {foundations}/3",
    },
    "maturity.readiness.none": {
        "fr": "Toutes ces coalitions sont déjà lancées.",
        "en": "All these coalitions are already launched.",
    },
    "maturity.readiness.partial": {
        "fr": "Sans onglet « membres » ou « livrables », le score ne compte que ce qui est connu.",
        "en": "Without a “memberships” or “deliverables” tab, the score counts only what is known.",
    },
    "maturity.col.rank": {"fr": "Rang", "en": "Rank"},
    "maturity.col.coalition": {"fr": "Coalition", "en": "Coalition"},
    "maturity.col.date": {"fr": "Date", "en": "Date"},
    "maturity.col.since": {"fr": "Depuis", "en": "Since"},
    "maturity.col.core": {"fr": "Acteurs du noyau", "en": "Core actors"},
    "maturity.col.core_formed": {"fr": "Noyau constitué", "en": "Core group formed"},
    "maturity.col.diagnostic": {"fr": "Diagnostic", "en": "Diagnostic"},
    "maturity.col.actor_mapping": {"fr": "Cartographie des acteurs", "en": "Actor mapping"},
    "maturity.col.benchmark": {"fr": "Benchmark", "en": "Benchmark"},
    "maturity.col.score": {"fr": "Score", "en": "Score"},
    # Coalition sheet.
    "coalition.empty": {
        "fr": "Aucune coalition lisible dans le classeur : l’onglet « coalitions » est vide.",
        "en": "No readable coalition in the workbook: the “coalitions” tab is empty.",
    },
    "coalition.pick": {"fr": "Coalition", "en": "Coalition"},
    "coalition.pick.placeholder": {"fr": "Choisir une coalition", "en": "Choose a coalition"},
    "coalition.choose": {
        "fr": "Choisissez une coalition ci-dessus pour afficher sa fiche.",
        "en": "Choose a coalition above to show its sheet.",
    },
    "coalition.unknown": {
        "fr": "Aucune coalition « {ref} » dans le classeur : choisissez-en une dans la liste "
        "ci-dessus (l’identifiant a peut-être changé).",
        "en": "No coalition “{ref}” in the workbook: choose one from the list above (its id "
        "may have changed).",
    },
    "coalition.illustrative": {
        "fr": "Exemple illustratif : cette coalition est inventée pour la démonstration, elle "
        "ne figure pas dans le compte-rendu du Reset Day.",
        "en": "Illustrative example: this coalition is made up for the demonstration, it is "
        "not in the Reset Day report.",
    },
    # One fact of the sheet, label in bold: French sets a space before the colon, English not.
    "coalition.fact": {"fr": "**{label}** : {value}", "en": "**{label}**: {value}"},
    "coalition.family": {"fr": "Famille d’intérêt", "en": "Family of interest"},
    "coalition.territory": {"fr": "Territoire", "en": "Territory"},
    "coalition.levers": {"fr": "Leviers", "en": "Levers"},
    "coalition.pilot": {"fr": "Pilote", "en": "Pilot"},
    "coalition.leads": {"fr": "Animation", "en": "Led by"},
    "coalition.launch_date": {"fr": "Lancement", "en": "Launch"},
    "coalition.updated": {"fr": "Mis à jour", "en": "Updated"},
    "coalition.in_stage_since": {"fr": "À ce stade depuis", "en": "At this stage since"},
    "coalition.in_stage_since.help": {
        "fr": "Date d’arrivée au stade actuel selon l’onglet « avancement » (à défaut, la date "
        "de lancement d’une coalition lancée).",
        "en": "When it reached its current stage, from the “progress” tab (else, for a "
        "launched coalition, its launch date).",
    },
    "coalition.days_in_stage": {"fr": "Jours à ce stade", "en": "Days at this stage"},
    "coalition.definition": {"fr": "Définition", "en": "Definition"},
    "coalition.problem": {"fr": "Problème", "en": "Problem"},
    "coalition.impact": {"fr": "Impact recherché", "en": "Impact sought"},
    "coalition.narrative": {"fr": "Récit de transformation", "en": "Transformation narrative"},
    "coalition.next_step": {"fr": "Prochaine étape", "en": "Next step"},
    "coalition.obstacles": {"fr": "Freins", "en": "Obstacles"},
    "coalition.path": {"fr": "Parcours", "en": "Path"},
    "coalition.path.none": {
        "fr": "Pas d’historique pour cette coalition dans l’onglet « avancement ».",
        "en": "No history for this coalition in the “progress” tab.",
    },
    "coalition.path.file": {"fr": "parcours", "en": "path"},
    "coalition.readiness": {
        "fr": "Préparation au lancement : score {score}/{max} (acteurs du noyau : {core}, "
        "livrables du socle commun : {foundations}/3). Voir la page Maturité.",
        "en": "Launch readiness: score {score}/{max} (core actors: {core}, shared-foundation "
        "deliverables: {foundations}/3). See the Maturity page.",
    },
    "coalition.actors": {"fr": "Acteurs ({count})", "en": "Actors ({count})"},
    "coalition.levers_pairs": {"fr": "Qui agit sur quoi", "en": "Who acts on what"},
    "coalition.lever_actors": {"fr": "{lever} : {actors}", "en": "{lever}: {actors}"},
    "coalition.actors.none": {
        "fr": "Aucun acteur rattaché (onglet « membres »).",
        "en": "No actor attached (“memberships” tab).",
    },
    "coalition.deliverables": {"fr": "Livrables", "en": "Deliverables"},
    "coalition.deliverables.none": {
        "fr": "Aucun livrable (onglet « livrables »).",
        "en": "No deliverable (“deliverables” tab).",
    },
    "coalition.events": {"fr": "Événements", "en": "Events"},
    "coalition.events.none": {
        "fr": "Aucun événement rattaché (onglet « événements »).",
        "en": "No event attached (“events” tab).",
    },
    "coalition.events.upcoming": {"fr": "À venir", "en": "Upcoming"},
    "coalition.events.past": {"fr": "Passés", "en": "Past"},
    "coalition.extras": {"fr": "Autres informations", "en": "Other information"},
    "coalition.col.date": {"fr": "Date", "en": "Date"},
    "coalition.col.note": {"fr": "Commentaire", "en": "Note"},
    "coalition.col.actor": {"fr": "Acteur", "en": "Actor"},
    "coalition.col.role": {"fr": "Rôle", "en": "Role"},
    "coalition.col.type": {"fr": "Type", "en": "Type"},
    "coalition.col.website": {"fr": "Site web", "en": "Website"},
    "coalition.col.since": {"fr": "Depuis", "en": "Since"},
    "coalition.col.deliverable": {"fr": "Livrable", "en": "Deliverable"},
    "coalition.col.status": {"fr": "Statut", "en": "Status"},
    "coalition.col.event": {"fr": "Événement", "en": "Event"},
    "coalition.col.kind": {"fr": "Type", "en": "Kind"},
    "coalition.col.location": {"fr": "Lieu", "en": "Location"},
    "coalition.col.link": {"fr": "Lien", "en": "Link"},
}
