"""The Reset Day report's sentences (``report.``), shared by the report, its e-mail and the deck.

Written as a person writes the monthly report: plural entries where a count agrees with its
words, phrasings that need no agreement guesswork elsewhere (« Arrivées dans le noyau : A,
B »), roles and kinds in lower case mid-sentence. French spacing is set when the catalogue is
merged (``coalitions.format.typography``).
"""

MESSAGES = {
    "report.sep": {"fr": " : ", "en": ": "},
    "report.field": {"fr": "{label} : {value}", "en": "{label}: {value}"},
    "report.title": {
        "fr": "Compte-rendu du Reset Day {number}",
        "en": "Report on Reset Day {number}",
    },
    "report.subtitle": {
        "fr": "Rendez-vous mensuel de la communauté RESET, le {date}",
        "en": "Monthly meeting of the RESET community, {date}",
    },
    "report.email.subject": {
        "fr": "Compte-rendu du Reset Day {number} — {date}",
        "en": "Report on Reset Day {number} — {date}",
    },
    "report.period": {
        "fr": "Période couverte : du {since} (Reset Day {previous}) au {until}.",
        "en": "Period covered: from {since} (Reset Day {previous}) to {until}.",
    },
    "report.period.first": {
        "fr": "Période couverte : jusqu’au {until}.",
        "en": "Period covered: up to {until}.",
    },
    # The summary paragraph, built from the clauses that have something to say.
    "report.summary.coalitions": {
        "fr": {
            "one": "La communauté suit {count:wf} coalition",
            "other": "La communauté suit {count:wf} coalitions",
        },
        "en": {
            "one": "The community follows {count:w} coalition",
            "other": "The community follows {count:w} coalitions",
        },
    },  # fmt: skip
    "report.summary.pilots": {
        "fr": {"one": ", dont {count:wf} pilote", "other": ", dont {count:wf} pilotes"},
        "en": {"one": ", {count:w} of them a pilot", "other": ", {count:w} of them pilots"},
    },
    # « dont trois pilotes et trois déjà lancées », one clause, not two halves.
    "report.summary.launched": {
        "fr": {
            "one": " et {count:wf} déjà lancée ou plus avancée.",
            "other": " et {count:wf} déjà lancées ou plus avancées.",
        },
        "en": {
            "one": " and {count:w} already launched or further along.",
            "other": " and {count:w} already launched or further along.",
        },
    },  # fmt: skip
    "report.summary.launched.only": {
        "fr": {
            "one": ", dont {count:wf} déjà lancée ou plus avancée.",
            "other": ", dont {count:wf} déjà lancées ou plus avancées.",
        },
        "en": {
            "one": ", {count:w} of them already launched or further along.",
            "other": ", {count:w} of them already launched or further along.",
        },
    },  # fmt: skip
    "report.summary.end": {"fr": ".", "en": "."},
    "report.summary.examples": {
        # Not « 15 d'entre elles » right after « 3 sont lancées », which reads as 15 of the 3.
        "fr": {
            "one": "Une des coalitions suivies est un exemple inventé, signalé « exemple ».",
            "other": "Sur les coalitions suivies, {count:wf} sont des exemples inventés, "
            "signalés « exemple ».",
        },
        "en": {
            "one": "One of the coalitions followed is an invented example, marked “example”.",
            "other": "Of the coalitions followed, {count:w} are invented examples, "
            "marked “example”.",
        },
    },  # fmt: skip
    "report.summary.since": {
        "fr": "Depuis le Reset Day {number} du {date}, {changes}.",
        "en": "Since Reset Day {number} on {date}, {changes}.",
    },
    "report.summary.since.first": {"fr": "Jusqu’ici, {changes}.", "en": "So far, {changes}."},
    # The coalitions the deck's tile counts as without a change of stage (« report.figure.stale »),
    # said in the summary, so that the tile's number is found in the letter too.
    "report.summary.stale": {
        "fr": {
            "one": "Par ailleurs, {count:wf} coalition n’a pas changé d’étape depuis {months} ou "
            "plus.",
            "other": "Par ailleurs, {count:w} coalitions n’ont pas changé d’étape depuis {months} "
            "ou plus.",
        },
        "en": {
            "one": "Meanwhile, {count:w} coalition has not changed stage in {months} or more.",
            "other": "Meanwhile, {count:w} coalitions have not changed stage in {months} or more.",
        },
    },
    "report.summary.stale.months": {
        "fr": {"one": "{count:w} mois", "other": "{count:w} mois"},
        "en": {"one": "{count:w} month", "other": "{count:w} months"},
    },  # fmt: skip
    "report.summary.nothing": {
        "fr": "Aucune étape franchie ni arrivée depuis le rendez-vous précédent.",
        "en": "No stage moved and nobody joined since the previous meeting.",
    },
    "report.summary.moved_up": {
        "fr": {
            "one": "{count:wf} coalition a franchi une étape",
            "other": "{count:wf} coalitions ont franchi une étape",
        },
        "en": {
            "one": "{count:w} coalition moved up a stage",
            "other": "{count:w} coalitions moved up a stage",
        },
    },  # fmt: skip
    "report.summary.moved_down": {
        "fr": {
            "one": "{count:wf} coalition a reculé d’une étape",
            "other": "{count:wf} coalitions ont reculé d’une étape",
        },
        "en": {
            "one": "{count:w} coalition moved down a stage",
            "other": "{count:w} coalitions moved down a stage",
        },
    },  # fmt: skip
    "report.summary.new_coalitions": {
        "fr": {
            "one": "{count:wf} nouvelle coalition est apparue",
            "other": "{count:wf} nouvelles coalitions sont apparues",
        },
        "en": {
            "one": "{count:w} new coalition appeared",
            "other": "{count:w} new coalitions appeared",
        },
    },  # fmt: skip
    "report.summary.joined": {
        "fr": {
            "one": "{count:w} acteur a rejoint une coalition",
            "other": "{count:w} acteurs ont rejoint une coalition",
        },
        "en": {
            "one": "{count:w} actor joined a coalition",
            "other": "{count:w} actors joined a coalition",
        },
    },  # fmt: skip
    "report.summary.interested": {
        "fr": {
            "one": "{count:w} autre acteur a manifesté son intérêt",
            "other": "{count:w} autres acteurs ont manifesté leur intérêt",
        },
        "en": {
            "one": "{count:w} more actor showed interest",
            "other": "{count:w} more actors showed interest",
        },
    },  # fmt: skip
    # Interested actors and no member: not « autres ».
    "report.summary.interested_only": {
        "fr": {
            "one": "{count:w} acteur a manifesté son intérêt pour une coalition",
            "other": "{count:w} acteurs ont manifesté leur intérêt pour une coalition",
        },
        "en": {
            "one": "{count:w} actor showed interest in a coalition",
            "other": "{count:w} actors showed interest in a coalition",
        },
    },  # fmt: skip
    "report.summary.deliverables_done": {
        "fr": {
            "one": "{count:w} livrable a été terminé",
            "other": "{count:w} livrables ont été terminés",
        },
        "en": {
            "one": "{count:w} deliverable was completed",
            "other": "{count:w} deliverables were completed",
        },
    },  # fmt: skip
    # A few deliverables done are named: « le livrable « manifeste » a été terminé ».
    "report.summary.deliverables_named": {
        "fr": {
            "one": "le livrable {titles} a été terminé",
            "other": "les livrables {titles} ont été terminés",
        },
        "en": {
            "one": "the deliverable {titles} was completed",
            "other": "the deliverables {titles} were completed",
        },
    },  # fmt: skip
    "report.summary.coming": {
        "fr": {
            "one": "D’ici le Reset Day {number} du {date}, {count:w} rendez-vous est prévu",
            "other": "D’ici le Reset Day {number} du {date}, {count:w} rendez-vous sont prévus",
        },
        "en": {
            "one": "Before Reset Day {number} on {date}, {count:w} event is planned",
            "other": "Before Reset Day {number} on {date}, {count:w} events are planned",
        },
    },  # fmt: skip
    "report.summary.launches": {
        "fr": {"one": ", dont {count:w} lancement", "other": ", dont {count:w} lancements"},
        "en": {"one": ", {count:w} of them a launch", "other": ", {count:w} of them launches"},
    },
    # The parts of the report.
    "report.group.moved": {"fr": "Ce qui a bougé", "en": "What’s new"},
    "report.group.pilot": {"fr": "Les coalitions pilotes", "en": "The pilot coalitions"},
    "report.group.pilot.others": {
        "fr": "Les autres coalitions pilotes",
        "en": "The other pilot coalitions",
    },
    "report.group.other": {"fr": "Les autres coalitions", "en": "The other coalitions"},
    # The heading over coalitions that name no family of interest, when the report reads by
    # family.
    "report.family.none": {"fr": "Sans famille d’intérêt", "en": "No family of interest"},
    "report.quiet": {
        "fr": "Sans nouvelles ce mois-ci : {names}.",
        "en": "No news this month: {names}.",
    },
    "report.example": {"fr": "exemple", "en": "example"},
    "report.name.example": {"fr": "{name} (exemple)", "en": "{name} (example)"},
    "report.pilot": {"fr": "coalition pilote", "en": "pilot coalition"},
    # A coalition's section.
    "report.stage": {"fr": "Étape", "en": "Stage"},
    # The levers a coalition acts on (the seed: « agir sur la commande, l'offre, les usages »).
    "report.levers": {"fr": "Leviers", "en": "Levers"},
    "report.stage.up": {
        "fr": "{before} → {after}, étape franchie le {date}",
        "en": "{before} → {after}, moved up on {date}",
    },
    "report.stage.down": {
        "fr": "{before} → {after}, recul le {date}",
        "en": "{before} → {after}, moved down on {date}",
    },
    "report.stage.new": {
        "fr": "{after}, nouvelle coalition depuis le {date}",
        "en": "{after}, a new coalition since {date}",
    },
    "report.stale": {
        "fr": {
            "one": "Pas de changement d’étape depuis {count:w} mois.",
            "other": "Pas de changement d’étape depuis {count:w} mois.",
        },
        "en": {
            "one": "No change of stage in {count:w} month.",
            "other": "No change of stage in {count:w} months.",
        },
    },  # fmt: skip
    "report.stale.undated": {
        "fr": "Aucun changement d’étape daté dans l’historique.",
        "en": "No dated change of stage in the history.",
    },
    # In a report in another language than the sheet's, the month's message (the Reset Day
    # row's text) is introduced as what it is: the coordinators' words, quoted in French.
    "report.message.quoted": {
        "fr": "Le message des coordinateurs ce mois-ci :",
        "en": "The coordinators’ message this month, in French:",
    },
    "report.problem": {"fr": "Le problème", "en": "The problem"},
    "report.impact": {"fr": "L’impact recherché", "en": "The impact sought"},
    "report.narrative": {"fr": "Le récit de transformation", "en": "The story of change"},
    "report.month": {"fr": "Ce mois-ci", "en": "This month"},
    "report.said": {"fr": "Dit en séance", "en": "Said at the meeting"},
    "report.done.stage": {"fr": "Nouvelle étape : {stage}", "en": "New stage: {stage}"},
    "report.done.new": {
        "fr": "Nouvelle coalition, à l’étape {stage}",
        "en": "New coalition, at the {stage} stage",
    },
    "report.joined.lead": {
        "fr": {
            "one": "Arrivée à l’animation : {names}",
            "other": "Arrivées à l’animation : {names}",
        },
        "en": {"one": "New lead: {names}", "other": "New leads: {names}"},
    },  # fmt: skip
    "report.joined.core": {
        "fr": {
            "one": "Arrivée dans le noyau : {names}",
            "other": "Arrivées dans le noyau : {names}",
        },
        "en": {"one": "New in the core group: {names}", "other": "New in the core group: {names}"},
    },  # fmt: skip
    "report.joined.partner": {
        "fr": {
            "one": "Arrivée parmi les partenaires : {names}",
            "other": "Arrivées parmi les partenaires : {names}",
        },
        "en": {"one": "New partner: {names}", "other": "New partners: {names}"},
    },  # fmt: skip
    "report.joined.interested": {
        "fr": {
            "one": "Arrivée parmi les intéressés : {names}",
            "other": "Arrivées parmi les intéressés : {names}",
        },
        "en": {"one": "New interested party: {names}", "other": "New interested parties: {names}"},
    },  # fmt: skip
    "report.joined.": {
        "fr": {"one": "Arrivée : {names}", "other": "Arrivées : {names}"},
        "en": {"one": "Joined: {names}", "other": "Joined: {names}"},
    },
    # A role typed as free text: the sheet's words, after the names.
    "report.joined.free": {
        "fr": {"one": "Arrivée : {names} ({role})", "other": "Arrivées : {names} ({role})"},
        "en": {"one": "Joined: {names} ({role})", "other": "Joined: {names} ({role})"},
    },
    "report.done.deliverables": {
        "fr": {"one": "Livrable terminé : {titles}", "other": "Livrables terminés : {titles}"},
        "en": {
            "one": "Deliverable completed: {titles}",
            "other": "Deliverables completed: {titles}",
        },
    },  # fmt: skip
    # The month in one paragraph (coalitions.report.coalition_text.month_paragraph): the news,
    # then the stage reached, who joined, what was finished, what was held.
    "report.month.stage.up": {
        "fr": "La coalition a franchi l’étape « {stage} » le {date}.",
        "en": "The coalition reached the “{stage}” stage on {date}.",
    },
    "report.month.stage.down": {
        "fr": "La coalition est revenue à l’étape « {stage} » le {date}.",
        "en": "The coalition went back to the “{stage}” stage on {date}.",
    },
    "report.month.stage.new": {
        "fr": "La communauté la suit depuis le {date}, à l’étape « {stage} ».",
        "en": "The community has followed it since {date}, at the “{stage}” stage.",
    },
    "report.month.news": {"fr": "{text}", "en": "“{text}”"},
    "report.month.stage.note": {
        "fr": "{stage} : {note}.",
        "en": "{stage}; the workbook notes: “{note}”.",
    },
    # A title cited in prose, between guillemets: « Le livrable « manifeste » a été terminé ».
    "report.month.done": {
        "fr": "Le livrable {title} a été terminé{when}.",
        "en": "The deliverable {title} was completed{when}.",
    },
    "report.month.done.many": {
        "fr": "Les livrables {titles} ont été terminés.",
        "en": "The deliverables {titles} were completed.",
    },
    "report.month.cited": {"fr": "« {title} »", "en": "“{title}”"},
    "report.month.when": {"fr": " le {date}", "en": " on {date}"},
    "report.month.dated": {"fr": "{title} ({date})", "en": "{title} ({date})"},
    "report.month.held": {
        "fr": "La coalition a tenu {entries}.",
        "en": "The coalition held {entries}.",
    },
    # Who takes part, each actor once, with its role: « FING à l'animation ; A et B dans le
    # noyau », those who came this month said so in the list.
    "report.who.lead": {
        "fr": "{names} à l’animation",
        "en": {"one": "{names} as lead", "other": "{names} as leads"},
    },
    "report.who.core": {"fr": "{names} dans le noyau", "en": "{names} in the core group"},
    "report.who.partner": {
        "fr": {"one": "{names} comme partenaire", "other": "{names} comme partenaires"},
        "en": {"one": "{names} as a partner", "other": "{names} as partners"},
    },
    # A verb, not « intéressés »: no agreement to guess for « Association … ».
    "report.who.interested": {
        "fr": {"one": "{names} s’y intéresse", "other": "{names} s’y intéressent"},
        "en": {"one": "{names} interested", "other": "{names} interested"},
    },
    # Who came this month, in the list of actors: all of a role, or some beside the others.
    "report.who.new": {"fr": "{who} depuis ce mois-ci", "en": "{who}, new this month"},
    "report.who.also": {
        "fr": "{who}, en plus de ceux cités plus haut",
        "en": "{who}, besides those named above",
    },
    "report.who.mixed": {
        "fr": "{old} et, depuis ce mois-ci, {new}",
        "en": "{old} and, new this month, {new}",
    },
    "report.who.": {"fr": "{names}", "en": "{names}"},
    "report.who.free": {"fr": "{names} ({role})", "en": "{names} ({role})"},
    "report.coming": {"fr": "À venir", "en": "Coming up"},
    # An open deliverable in the dates to come, written like an event: date — title, details.
    "report.coming.due.in_progress": {
        "fr": "Remise du livrable « {title} », en préparation",
        "en": "“{title}” due, in progress",
    },
    "report.coming.due.planned": {
        "fr": "Remise prévue du livrable « {title} »",
        "en": "“{title}” due",
    },
    "report.coming.due.": {"fr": "Remise du livrable « {title} »", "en": "“{title}” due"},
    "report.coming.undated": {
        "fr": "Pas encore de date pour {titles}.",
        "en": "No date yet for {titles}.",
    },
    "report.coming.undated.item": {"fr": "« {title} », {status}", "en": "“{title}”, {status}"},
    "report.next_step": {"fr": "Prochaine étape", "en": "Next step"},
    "report.obstacles": {"fr": "Freins", "en": "Obstacles"},
    "report.to_confirm": {"fr": "{date}, date à confirmer", "en": "{date}, date to be confirmed"},
    "report.due": {
        "fr": "Livrable {status} : {title}, pour le {date}",
        "en": "Deliverable {status}: {title}, due {date}",
    },  # fmt: skip
    "report.due.undated": {
        "fr": "Livrable {status} : {title}",
        "en": "Deliverable {status}: {title}",
    },
    # An open deliverable with no date yet: « Pas encore de date pour « guide », en préparation ».
    "report.undated.in_progress": {"fr": "en préparation", "en": "in progress"},
    "report.undated.planned": {"fr": "à venir", "en": "planned"},
    "report.undated.": {"fr": "à venir", "en": "to come"},
    "report.status.planned": {"fr": "prévu", "en": "planned"},
    "report.status.in_progress": {"fr": "en cours", "en": "in progress"},
    "report.status.": {"fr": "à venir", "en": "to come"},
    # Event kinds mid-sentence, in lower case (a Reset Day keeps its name).
    "report.kind.reset_day": {"fr": "Reset Day", "en": "Reset Day"},
    "report.kind.launch": {"fr": "lancement", "en": "launch"},
    "report.kind.workshop": {"fr": "atelier", "en": "workshop"},
    "report.kind.report_back": {"fr": "restitution", "en": "report-back"},
    "report.actors": {"fr": "Acteurs", "en": "Actors"},
    "report.actors.none": {"fr": "Aucun acteur inscrit.", "en": "No actor listed."},
    "report.join": {"fr": "Pour rejoindre", "en": "To join"},
    "report.calls": {"fr": "Appels à contribution en cours", "en": "Open calls for contributions"},
    "report.agenda": {
        "fr": "Agenda jusqu’au Reset Day {number} ({date})",
        "en": "Agenda until Reset Day {number} ({date})",
    },
    "report.online": {"fr": "en ligne", "en": "online"},
    "report.agenda.open": {"fr": "Agenda", "en": "Agenda"},
    # The coalition by its short name (the « nom court » column), as the titles name it.
    "report.agenda.coalition": {
        "fr": "{entry}, avec la coalition « {name} »",
        "en": "{entry}, with the “{name}” coalition",
    },
    "report.agenda.none": {
        "fr": "Aucun événement prévu d’ici le prochain Reset Day.",
        "en": "No event planned before the next Reset Day.",
    },
    "report.quality": {"fr": "Qualité des données", "en": "Data quality"},
    "report.quality.intro": {
        "fr": "Signalements de la validation : les lignes en erreur sont écartées des chiffres "
        "ci-dessus. À corriger dans le classeur.",
        "en": "What validation flagged: rows with errors are left out of the figures above. "
        "To fix in the workbook.",
    },
    # The letter's defaults, when the settings tab leaves them empty (coalitions.report.letter).
    "report.letter.greeting": {"fr": "Bonjour à toutes et à tous,", "en": "Dear all,"},
    # Two lines on what a coalition is and its levers, after the month's message (the seed's
    # « Pour rappel, une coalition s'organise autour … »); the settings' report_about replaces it.
    "report.letter.about": {
        "fr": "Pour rappel, une coalition réunit des acteurs différents autour d’un problème, "
        "d’un impact recherché et d’un récit de transformation. Chacune agit sur un ou "
        "plusieurs leviers : la commande (intention politique, modèle économique, critères "
        "d’achat), l’offre (le numérique lui-même : architecture, conception, standards) et "
        "les usages (appropriation, inclusion, partage de la décision).",
        "en": "As a reminder, a coalition brings different actors together around a problem, "
        "an impact sought and a story of change. Each acts on one or more levers: demand "
        "(policy intent, business model, purchasing criteria), supply (digital technology "
        "itself: architecture, design, standards) and uses (appropriation, inclusion, shared "
        "decisions).",
    },
    "report.letter.signoff": {"fr": "Bien à vous,", "en": "Best wishes,"},
    "report.letter.team": {
        "fr": "L’équipe d’animation de RESET",
        "en": "The RESET coordination team",
    },
    # Who wrote the Word document, as its properties say.
    "report.author": {
        "fr": "Tableau de bord des coalitions RESET",
        "en": "RESET coalition dashboard",
    },
    "report.footer": {
        "fr": "Préparé avec le tableau de bord de RESET, d’après le classeur des coalitions.",
        "en": "Prepared with the RESET dashboard, from the coalition workbook.",
    },
    # The month at a glance (the deck's figures): a label under its number, agreeing with it.
    "report.figure.coalitions": {
        "fr": {"one": "Coalition", "other": "Coalitions"},
        "en": {"one": "Coalition", "other": "Coalitions"},
    },
    "report.figure.pilots": {
        "fr": {"one": "Coalition pilote", "other": "Coalitions pilotes"},
        "en": {"one": "Pilot coalition", "other": "Pilot coalitions"},
    },
    "report.figure.launched": {
        "fr": {"one": "Lancée ou plus avancée", "other": "Lancées ou plus avancées"},
        "en": {"one": "Launched or further along", "other": "Launched or further along"},
    },
    "report.figure.moved_up": {
        "fr": {"one": "A franchi une étape", "other": "Ont franchi une étape"},
        "en": {"one": "Moved up a stage", "other": "Moved up a stage"},
    },
    "report.figure.moved_down": {
        "fr": {"one": "A reculé d’une étape", "other": "Ont reculé d’une étape"},
        "en": {"one": "Moved down a stage", "other": "Moved down a stage"},
    },
    "report.figure.new_coalitions": {
        "fr": {"one": "Nouvelle coalition", "other": "Nouvelles coalitions"},
        "en": {"one": "New coalition", "other": "New coalitions"},
    },
    # The month's arrivals told apart as the summary tells them (``summary.arrivals``): « sept
    # acteurs ont rejoint une coalition, trois autres acteurs ont manifesté leur intérêt ».
    "report.figure.joined": {
        "fr": {
            "one": "Acteur a rejoint une coalition",
            "other": "Acteurs ont rejoint une coalition",
        },
        "en": {"one": "Actor joined a coalition", "other": "Actors joined a coalition"},
    },
    "report.figure.interested": {
        "fr": {
            "one": "Acteur a manifesté son intérêt",
            "other": "Acteurs ont manifesté leur intérêt",
        },
        "en": {"one": "Actor showed interest", "other": "Actors showed interest"},
    },
    "report.figure.deliverables_done": {
        "fr": {"one": "Livrable terminé", "other": "Livrables terminés"},
        "en": {"one": "Deliverable done", "other": "Deliverables done"},
    },
    "report.figure.events_held": {
        "fr": {"one": "Événement tenu", "other": "Événements tenus"},
        "en": {"one": "Event held", "other": "Events held"},
    },
    "report.figure.events_coming": {
        "fr": {
            "one": "Événement d’ici le prochain Reset Day",
            "other": "Événements d’ici le prochain Reset Day",
        },
        "en": {
            "one": "Event before the next Reset Day",
            "other": "Events before the next Reset Day",
        },
    },
    "report.figure.stale": {
        "fr": {
            "one": "Sans changement d’étape depuis {count} mois ou plus",
            "other": "Sans changement d’étape depuis {count} mois ou plus",
        },
        "en": {
            "one": "No change of stage for {count} month or more",
            "other": "No change of stage for {count} months or more",
        },
    },  # fmt: skip
    # The report page.
    "report.page.intro": {
        "fr": "Le compte-rendu du Reset Day choisi, tiré du classeur : à télécharger et à "
        "compléter (le .docx s’édite dans un traitement de texte, le HTML s’imprime en PDF).",
        "en": "The report of the chosen Reset Day, drawn from the workbook: download it and "
        "complete it (the .docx opens in a word processor, the HTML prints to PDF).",
    },
    "report.page.language": {"fr": "Langue du compte-rendu", "en": "Language of the report"},
    "report.preview.more": {
        "fr": {
            "one": "… et {count} autre coalition, dans les fichiers téléchargés.",
            "other": "… et {count} autres coalitions, dans les fichiers téléchargés.",
        },
        "en": {
            "one": "… and {count} more coalition, in the downloaded files.",
            "other": "… and {count} more coalitions, in the downloaded files.",
        },
    },  # fmt: skip
    "report.download.md": {"fr": "Markdown (.md)", "en": "Markdown (.md)"},
    "report.download.html": {"fr": "HTML (.html)", "en": "HTML (.html)"},
    "report.download.docx": {"fr": "Word (.docx)", "en": "Word (.docx)"},
    "report.download.txt": {"fr": "Texte (.txt)", "en": "Text (.txt)"},
    "report.download.eml": {"fr": "E-mail (.eml)", "en": "E-mail (.eml)"},
    # Five buttons share a row: short labels, what each file is for in the tooltip.
    "report.download.md.help": {
        "fr": "Markdown, à coller dans un outil qui le lit",
        "en": "Markdown, to paste into a tool that reads it",
    },
    "report.download.txt.help": {
        "fr": "Texte brut, à coller dans un message",
        "en": "Plain text, to paste into a message",
    },
    "report.download.html.help": {
        "fr": "Page autonome, à imprimer en PDF",
        "en": "Standalone page, to print to PDF",
    },
    "report.download.docx.help": {
        "fr": "Document Word, à compléter",
        "en": "Word document, to complete",
    },
    "report.download.eml.help": {
        "fr": "E-mail prêt à envoyer : s’ouvre en brouillon dans la messagerie",
        "en": "Ready-to-send e-mail: opens as a draft in your mail program",
    },
    "report.filename": {"fr": "compte-rendu-reset-day-{number}", "en": "reset-day-{number}-report"},
    "report.no_reset_day": {
        "fr": "Aucun Reset Day ne peut être daté : vérifiez la récurrence dans l’onglet "
        "paramètres.",
        "en": "No Reset Day can be dated: check the recurrence in the settings tab.",
    },
    "report.no_coalitions": {
        "fr": "Le classeur ne contient aucune coalition lisible : rien à présenter.",
        "en": "The workbook holds no readable coalition: nothing to present.",
    },
    "report.reset_day": {"fr": "Reset Day", "en": "Reset Day"},
    "report.reset_day.option": {
        "fr": "Reset Day {number} — {date}",
        "en": "Reset Day {number} — {date}",
    },
    "report.order": {"fr": "Ordre des coalitions", "en": "Order of the coalitions"},
    "report.order.family": {"fr": "Par famille", "en": "By family"},
    "report.order.stage": {"fr": "Les plus avancées d’abord", "en": "Furthest along first"},
    "report.order.pilots": {"fr": "Pilotes d’abord", "en": "Pilots first"},
}
