"""What the workbook's tabs, columns and words mean, for the people who keep the sheet.

Keys: ``workbook.tab.<tab>`` (what a tab is for), ``workbook.column.<tab>.<column>`` (what to
write in a column; ``workbook.column.<column>`` when it means the same on every tab), the
definitions of the stages, roles, levers, event kinds, deliverable statuses and kinds, and the
Reset Day checklist. The template's « Lisez-moi » tab is written from them.
"""

_ENTERED = {
    "workbook.column.entered_by": {
        "fr": "Rempli par le tableau de bord, laissez vide : qui a publié la ligne (adresse "
        "e-mail ou nom).",
        "en": "Filled by the dashboard, leave blank: who posted the row (e-mail or name).",
    },
    "workbook.column.entered_at": {
        "fr": "Rempli par le tableau de bord, laissez vide : date et heure de la publication.",
        "en": "Filled by the dashboard, leave blank: date and time of posting.",
    },
    "workbook.column.meeting": {
        "fr": "Rempli par le tableau de bord : oui pour une note prise pendant le Reset Day, "
        "que le compte-rendu range sous « Dit en séance ».",
        "en": "Filled by the dashboard: yes for a note taken during the Reset Day, which the "
        "report lists under “Said at the meeting”.",
    },
    "workbook.column.ref": {
        "fr": "Rempli par le tableau de bord, laissez vide : un code unique qui évite "
        "d’enregistrer deux fois le même envoi.",
        "en": "Filled by the dashboard, leave blank: a unique code so that the same posting "
        "is never recorded twice.",
    },
    "workbook.column.coalition": {
        "fr": "La coalition concernée : son identifiant, choisi dans la liste (colonne "
        "« identifiant » de l’onglet coalitions).",
        "en": "The coalition concerned: its id, picked from the list (the coalitions tab's id "
        "column).",
    },
}

_TABS = {
    "workbook.tab.coalitions": {
        "fr": "Une ligne par coalition : qui elle est, où elle en est, ce qui la freine.",
        "en": "One row per coalition: what it is, how far it has come, what holds it back.",
    },
    "workbook.tab.actors": {
        "fr": "Une ligne par acteur (organisation ou personne) qui participe à une coalition.",
        "en": "One row per actor (organisation or person) taking part in a coalition.",
    },
    "workbook.tab.memberships": {
        "fr": "Qui participe à quelle coalition, avec quel rôle : une ligne par acteur et par "
        "coalition.",
        "en": "Who takes part in which coalition, in which role: one row per actor and coalition.",
    },
    "workbook.tab.events": {
        "fr": "L’agenda : Reset Days, lancements, ateliers, restitutions.",
        "en": "The agenda: Reset Days, launches, workshops, report-backs.",
    },
    "workbook.tab.progress": {
        "fr": "L’historique : une ligne chaque fois qu’une coalition atteint une étape. La "
        "ligne la plus récente donne l’étape actuelle.",
        "en": "The history: one row each time a coalition reaches a stage. The most recent "
        "row gives the current stage.",
    },
    "workbook.tab.deliverables": {
        "fr": "Les livrables des coalitions. Pour changer un statut, ajoutez une ligne (même "
        "coalition, même livrable) : la plus récente l’emporte.",
        "en": "The coalitions' deliverables. To change a status, add a row (same coalition, "
        "same deliverable): the most recent one wins.",
    },
    "workbook.tab.updates": {
        "fr": "Les nouvelles des coalitions, publiées depuis le tableau de bord ou saisies à la "
        "main ; celles depuis le dernier Reset Day sont les nouvelles du mois.",
        "en": "The coalitions' news, posted from the dashboard or typed by hand; those since "
        "the last Reset Day are the news of the month.",
    },
    "workbook.tab.settings": {
        "fr": "Facultatif : des réglages (jour des Reset Days, etc.) sous forme clé / valeur.",
        "en": "Optional: settings (the Reset Days' weekday, etc.) as key / value pairs.",
    },
}

_COLUMNS = {
    "workbook.column.coalitions.id": {
        "fr": "Un code court et unique pour la coalition, sans espace ; les autres onglets "
        "l’utilisent pour la désigner.",
        "en": "A short, unique code for the coalition, without spaces; the other tabs use it "
        "to name it.",
    },
    "workbook.column.coalitions.name": {
        "fr": "Le nom complet de la coalition.",
        "en": "The coalition's full name.",
    },
    "workbook.column.coalitions.short_name": {
        "fr": "Facultatif : un nom court pour citer la coalition dans une phrase ou l’agenda "
        "(« données environnementales »).",
        "en": "Optional: a short name to cite the coalition in a sentence or the agenda "
        '("données environnementales").',
    },
    "workbook.column.coalitions.family": {
        "fr": "La famille d’intérêt qui regroupe des coalitions proches.",
        "en": "The family of interest that groups related coalitions.",
    },
    "workbook.column.coalitions.stage": {
        "fr": "L’étape de maturité, choisie dans la liste (voir « Étapes de maturité » plus "
        "bas). Un changement d’étape s’écrit plutôt dans l’onglet avancement.",
        "en": "The maturity stage, picked from the list (see “Maturity stages” below). A "
        "change of stage is best recorded in the progress tab.",
    },
    "workbook.column.coalitions.pilot": {
        "fr": "Oui si c’est une coalition pilote ; vide ou non sinon.",
        "en": "Yes for a pilot coalition; blank or no otherwise.",
    },
    "workbook.column.coalitions.levers": {
        "fr": "Les leviers sur lesquels elle agit : commande, offre, usages, séparés par des "
        "points-virgules.",
        "en": "The levers it acts on: demand, supply, uses, separated by semicolons.",
    },
    "workbook.column.coalitions.territory": {
        "fr": "Où elle agit : une région, une ville, ou « National ».",
        "en": "Where it acts: a region, a city, or “National”.",
    },
    "workbook.column.coalitions.launch_date": {
        "fr": "La date de son événement de lancement.",
        "en": "The date of its launch event.",
    },
    "workbook.column.coalitions.leads": {
        "fr": "Qui l’anime (organisations ou personnes).",
        "en": "Who runs it (organisations or people).",
    },
    "workbook.column.coalitions.problem": {
        "fr": "Le problème auquel elle s’attaque, en une ou deux phrases.",
        "en": "The problem it tackles, in a sentence or two.",
    },
    "workbook.column.coalitions.impact": {
        "fr": "Le changement qu’elle veut obtenir.",
        "en": "The change it wants to bring about.",
    },
    "workbook.column.coalitions.narrative": {
        "fr": "Son récit de transformation : comment on passe du problème à l’impact.",
        "en": "Its transformation narrative: how to get from the problem to the impact.",
    },
    "workbook.column.coalitions.next_step": {
        "fr": "Sa prochaine étape concrète. Une nouvelle publiée plus récente la remplace.",
        "en": "Its next concrete step. A more recent news post replaces it.",
    },
    "workbook.column.coalitions.obstacles": {
        "fr": "Ce qui la freine aujourd’hui. Une nouvelle publiée plus récente le remplace.",
        "en": "What holds it back today. A more recent news post replaces it.",
    },
    "workbook.column.coalitions.updated": {
        "fr": "La date où vous avez mis la ligne à jour ; si elle est plus récente que "
        "l’historique, l’étape de cette ligne l’emporte.",
        "en": "The date you last updated the row; when it is more recent than the history, "
        "this row's stage wins.",
    },
    "workbook.column.coalitions.contact": {
        "fr": "Comment la rejoindre : une adresse e-mail ou un lien https ; imprimé dans le "
        "compte-rendu et la présentation.",
        "en": "How to join it: an e-mail address or an https link; printed in the report and "
        "the slides.",
    },
    "workbook.column.coalitions.editors": {
        "fr": "Les adresses e-mail des personnes qui peuvent publier ses nouvelles depuis le "
        "tableau de bord, séparées par des points-virgules ; jamais affichées.",
        "en": "The e-mail addresses of the people who may post its news from the dashboard, "
        "separated by semicolons; never shown.",
    },
    "workbook.column.coalitions.example": {
        "fr": "Oui pour une ligne d’exemple inventée : elle est marquée « exemple » partout.",
        "en": "Yes for an invented example row: it is labelled “example” everywhere.",
    },
    "workbook.column.actors.name": {
        "fr": "Le nom de l’organisation ou de la personne, écrit une seule fois.",
        "en": "The organisation's or person's name, written once.",
    },
    "workbook.column.actors.type": {
        "fr": "Sa catégorie : association, public, académique, entreprise, collectivité, civic "
        "tech, réseau ou autre.",
        "en": "Its category: association, public, academic, company, local authority, civic "
        "tech, network or other.",
    },
    "workbook.column.actors.website": {
        "fr": "Son site web, commençant par https://.",
        "en": "Its website, starting with https://.",
    },
    "workbook.column.memberships.actor": {
        "fr": "Le nom de l’acteur, choisi dans la liste (onglet acteurs).",
        "en": "The actor's name, picked from the list (actors tab).",
    },
    "workbook.column.memberships.role": {
        "fr": "Son rôle dans la coalition, choisi dans la liste (voir « Rôles » plus bas).",
        "en": "Its role in the coalition, picked from the list (see “Roles” below).",
    },
    "workbook.column.memberships.since": {
        "fr": "La date où l’acteur a rejoint la coalition.",
        "en": "The date the actor joined the coalition.",
    },
    "workbook.column.memberships.levers": {
        "fr": "Les leviers sur lesquels cet acteur agit dans la coalition (commande, offre, "
        "usages), séparés par des points-virgules : les couples acteurs/leviers.",
        "en": "The levers this actor acts on in the coalition (commande: demand, offre: "
        "supply, usages: uses), separated by semicolons: the actor–lever pairs.",
    },
    "workbook.column.events.date": {
        "fr": "Le début de l’événement : une date, avec l’heure si elle est connue.",
        "en": "When the event starts: a date, with the time when known.",
    },
    "workbook.column.events.title": {
        "fr": "Le titre de l’événement.",
        "en": "The event's title.",
    },
    "workbook.column.events.kind": {
        "fr": "Son type, choisi dans la liste (voir « Types d’événement » plus bas).",
        "en": "Its kind, picked from the list (see “Event kinds” below).",
    },
    "workbook.column.events.coalition": {
        "fr": "La coalition qui l’organise, choisie dans la liste ; vide pour un événement de "
        "toute la communauté (un Reset Day).",
        "en": "The coalition that organises it, picked from the list; blank for an event of "
        "the whole community (a Reset Day).",
    },
    "workbook.column.events.end": {
        "fr": "La fin de l’événement, après son début.",
        "en": "When the event ends, after it starts.",
    },
    "workbook.column.events.location": {
        "fr": "Le lieu : une ville, une adresse, ou « En ligne ».",
        "en": "The place: a city, an address, or “Online”.",
    },
    "workbook.column.events.url": {
        "fr": "La page de l’événement (inscription, programme), commençant par https://.",
        "en": "The event's page (registration, programme), starting with https://.",
    },
    "workbook.column.events.description": {
        "fr": "Quelques mots sur l’événement ; sur la ligne d’un Reset Day, le message du mois "
        "qui ouvre le compte-rendu et la présentation.",
        "en": "A few words on the event; on a Reset Day's row, the month's message that opens "
        "the report and the slides.",
    },
    "workbook.column.events.to_confirm": {
        "fr": "Oui si la date n’est pas encore sûre : elle est affichée « date à confirmer ».",
        "en": "Yes when the date is not final yet: it is shown as “date to be confirmed”.",
    },
    "workbook.column.progress.date": {
        "fr": "La date où la coalition a atteint l’étape.",
        "en": "The date the coalition reached the stage.",
    },
    "workbook.column.progress.stage": {
        "fr": "L’étape atteinte, choisie dans la liste.",
        "en": "The stage reached, picked from the list.",
    },
    "workbook.column.progress.note": {
        "fr": "Un commentaire : ce qui a permis de franchir l’étape, ou pourquoi elle recule.",
        "en": "A comment: what made the step possible, or why it goes back.",
    },
    "workbook.column.deliverables.title": {
        "fr": "Le livrable : diagnostic, cartographie des acteurs, benchmark, manifeste, "
        "plaidoyer, guide…",
        "en": "The deliverable: diagnosis, map of actors, benchmark, manifesto, advocacy, guide…",
    },
    "workbook.column.deliverables.status": {
        "fr": "Où il en est, choisi dans la liste (voir « Statuts des livrables » plus bas).",
        "en": "How far it has come, picked from the list (see “Deliverable statuses” below).",
    },
    "workbook.column.deliverables.date": {
        "fr": "La date prévue, ou la date où il a été fait (pas dans le futur s’il est fait).",
        "en": "The planned date, or the date it was done (not in the future when done).",
    },
    "workbook.column.deliverables.kind": {
        "fr": "Son type, choisi dans la liste (voir « Types de livrable » plus bas) ; un "
        "appel à contribution en cours est montré à qui veut rejoindre la coalition.",
        "en": "Its kind, picked from the list (see “Deliverable kinds” below); a call for "
        "contributions in progress is shown to whoever wants to join the coalition.",
    },
    "workbook.column.deliverables.url": {
        "fr": "Le lien pour l’ouvrir, commençant par https:// ; une ligne qui ne change que le "
        "statut garde le lien écrit plus haut.",
        "en": "The link to open it, starting with https://; a row that only changes the status "
        "keeps the link written above.",
    },
    "workbook.column.updates.date": {
        "fr": "La date des nouvelles.",
        "en": "The date of the news.",
    },
    "workbook.column.updates.news": {
        "fr": "Ce qui s’est passé depuis le dernier Reset Day.",
        "en": "What happened since the last Reset Day.",
    },
    "workbook.column.updates.next_step": {
        "fr": "La prochaine étape, si elle change : elle remplace celle de l’onglet coalitions.",
        "en": "The next step, when it changes: it replaces the coalitions tab's.",
    },
    "workbook.column.updates.obstacles": {
        "fr": "Les freins, s’ils changent : ils remplacent ceux de l’onglet coalitions.",
        "en": "The obstacles, when they change: they replace the coalitions tab's.",
    },
    "workbook.column.updates.author": {
        "fr": "Qui écrit ces nouvelles.",
        "en": "Who writes this news.",
    },
    "workbook.column.settings.key": {
        "fr": "Le nom du réglage, par exemple reset_day_weekday (voir docs/workbook.md).",
        "en": "The setting's name, for example reset_day_weekday (see docs/workbook.md).",
    },
    "workbook.column.settings.value": {
        "fr": "Sa valeur, par exemple mardi.",
        # The example cell says « mardi » in both templates; either word is read.
        "en": "Its value, for example mardi or Tuesday.",
    },
}

_WORDS = {
    "workbook.stage.0": {
        "fr": "le sujet est choisi et énoncé.",
        "en": "the topic is chosen and stated.",
    },
    "workbook.stage.1": {
        "fr": "un socle commun existe : connaissances, diagnostics, appels à contribution, charte.",
        "en": "a shared foundation exists: knowledge, diagnoses, calls for contributions, charter.",
    },
    "workbook.stage.2": {
        "fr": "un noyau solide d’acteurs s’est engagé.",
        "en": "a solid core group of actors has committed.",
    },
    "workbook.stage.3": {
        "fr": "la coalition a tenu son lancement.",
        "en": "the coalition has held its launch.",
    },
    "workbook.stage.4": {
        "fr": "des actions concrètes sont en cours.",
        "en": "concrete actions are under way.",
    },
    "workbook.stage.5": {
        "fr": "des effets transformateurs se voient, l’action essaime.",
        "en": "transformative effects show, the action spreads.",
    },
    "workbook.role.lead": {
        "fr": "anime la coalition : réunit, relance, rend compte au Reset Day.",
        "en": "runs the coalition: convenes, follows up, reports at the Reset Day.",
    },
    "workbook.role.core": {
        "fr": "fait partie du noyau qui porte la coalition et s’engage dans ses actions.",
        "en": "belongs to the core group that carries the coalition and acts in it.",
    },
    "workbook.role.partner": {
        "fr": "contribue ponctuellement (expertise, terrain, moyens).",
        "en": "contributes now and then (expertise, field, means).",
    },
    "workbook.role.interested": {
        "fr": "suit la coalition et pourrait s’y engager.",
        "en": "follows the coalition and may join in.",
    },
    "workbook.lever.commande": {
        "fr": "intention politique, achats, investissement.",
        "en": "political intent, purchasing, investment.",
    },
    "workbook.lever.offre": {
        "fr": "architecture, conception, standards.",
        "en": "architecture, design, standards.",
    },
    "workbook.lever.usages": {
        "fr": "appropriation, inclusion, partage de la décision.",
        "en": "take-up, inclusion, shared decision-making.",
    },
    "workbook.kind.reset_day": {
        "fr": "la réunion mensuelle de toute la communauté ; sa ligne remplace la date "
        "calculée de son mois.",
        "en": "the whole community's monthly meeting; its row replaces the computed date of "
        "its month.",
    },
    "workbook.kind.launch": {
        "fr": "l’événement public qui lance une coalition.",
        "en": "the public event that launches a coalition.",
    },
    "workbook.kind.workshop": {
        "fr": "une séance de travail d’une coalition.",
        "en": "a working session of a coalition.",
    },
    "workbook.kind.report_back": {
        "fr": "la présentation de résultats.",
        "en": "the presentation of results.",
    },
    "workbook.kind.other": {
        "fr": "tout autre événement.",
        "en": "any other event.",
    },
    "workbook.deliverable_kind.diagnostic": {
        "fr": "l’état des lieux partagé du problème.",
        "en": "the shared assessment of the problem.",
    },
    "workbook.deliverable_kind.mapping": {
        "fr": "la carte des acteurs, des projets ou des données.",
        "en": "the map of actors, projects or data.",
    },
    "workbook.deliverable_kind.benchmark": {
        "fr": "la comparaison de ce qui se fait ailleurs.",
        "en": "the comparison with what is done elsewhere.",
    },
    "workbook.deliverable_kind.manifesto": {
        "fr": "le texte qui dit ce que la coalition veut.",
        "en": "the text that states what the coalition wants.",
    },
    "workbook.deliverable_kind.advocacy": {
        "fr": "l’argumentaire adressé aux décideurs.",
        "en": "the case made to decision-makers.",
    },
    "workbook.deliverable_kind.guide": {
        "fr": "le mode d’emploi pour passer à l’action.",
        "en": "the how-to for taking action.",
    },
    "workbook.deliverable_kind.logbook": {
        "fr": "le journal de ce que la coalition a fait et appris.",
        "en": "the record of what the coalition did and learnt.",
    },
    "workbook.deliverable_kind.kit": {
        "fr": "de quoi reprendre la démarche chez soi.",
        "en": "what others need to take the approach up themselves.",
    },
    "workbook.deliverable_kind.pathway": {
        "fr": "les étapes proposées pour s’engager.",
        "en": "the steps offered to get involved.",
    },
    "workbook.deliverable_kind.call": {
        "fr": "une demande d’aide ouverte à tous ; « en cours » tant qu’elle est ouverte.",
        "en": "a request for help open to all; “in progress” while it is open.",
    },
    "workbook.deliverable_kind.other": {
        "fr": "tout autre travail (aussi pour un type vide ou inconnu).",
        "en": "any other work (also for a blank or unknown kind).",
    },
    "workbook.status.planned": {
        "fr": "prévu, pas encore commencé.",
        "en": "planned, not started yet.",
    },
    "workbook.status.in_progress": {
        "fr": "commencé, pas encore fini.",
        "en": "started, not finished yet.",
    },
    "workbook.status.done": {
        "fr": "terminé, à une date passée.",
        "en": "finished, on a past date.",
    },
}

_README = {
    "workbook.readme.title": {
        "fr": "Classeur des coalitions RESET : mode d’emploi",
        "en": "RESET coalition workbook: how to fill it in",
    },
    "workbook.readme.intro": {
        "fr": "Ce classeur nourrit le tableau de bord des coalitions. Gardez les noms des "
        "onglets et des colonnes ; l’ordre des colonnes est libre.\n"
        "Les colonnes en gras sont obligatoires. Seul l’onglet coalitions est obligatoire.\n"
        "Les listes déroulantes refusent les autres valeurs : choisissez dans la liste.\n"
        "Chaque onglet porte une ligne d’exemple : remplacez-la par vos données.\n"
        "Le guide complet : dans le tableau de bord, page Qualité des données, rubrique "
        "« Guide ».",
        "en": "This workbook feeds the coalition dashboard. Keep the tab and column names; "
        "columns may come in any order.\n"
        "Bold columns are required. Only the coalitions tab is required.\n"
        "Drop-down lists refuse other values: pick from the list.\n"
        "Each tab holds one example row: replace it with your data.\n"
        "The full guide (in French): in the dashboard, on the Data quality page, under "
        "“Guide”.",
    },
    "workbook.readme.tabs": {"fr": "Les onglets", "en": "The tabs"},
    "workbook.readme.columns": {"fr": "Les colonnes", "en": "The columns"},
    "workbook.readme.header": {
        "fr": "onglet|colonne|obligatoire|ce qu’on y écrit|exemple|autres noms acceptés",
        "en": "tab|column|required|what to write|example|other accepted names",
    },
    "workbook.readme.stages": {"fr": "Étapes de maturité", "en": "Maturity stages"},
    "workbook.readme.roles": {"fr": "Rôles", "en": "Roles"},
    "workbook.readme.levers": {"fr": "Leviers", "en": "Levers"},
    "workbook.readme.kinds": {"fr": "Types d’événement", "en": "Event kinds"},
    "workbook.readme.statuses": {"fr": "Statuts des livrables", "en": "Deliverable statuses"},
    "workbook.readme.deliverable_kinds": {"fr": "Types de livrable", "en": "Deliverable kinds"},
    "workbook.readme.checklist": {
        "fr": "Avant et après chaque Reset Day",
        "en": "Before and after each Reset Day",
    },
    "workbook.checklist.before": {
        "fr": "Avant : pour chaque coalition, ajoutez ses nouvelles du mois (onglet nouvelles "
        "ou formulaire du tableau de bord).\n"
        "Avant : si une coalition a changé d’étape, ajoutez une ligne dans l’onglet avancement "
        "(date, coalition, nouvelle étape, commentaire).\n"
        "Avant : mettez à jour les livrables (une nouvelle ligne quand le statut change) et "
        "l’agenda des prochaines semaines.\n"
        "Avant : écrivez le message du mois dans la colonne message de la ligne du Reset Day "
        "(onglet événements).\n"
        "Avant : ouvrez la page Qualité des données (ou lancez reset-coalitions validate) et "
        "corrigez chaque erreur.",
        "en": "Before: for each coalition, add its news of the month (updates tab or the "
        "dashboard's form).\n"
        "Before: when a coalition changed stage, add a row to the progress tab (date, "
        "coalition, new stage, note).\n"
        "Before: update the deliverables (a new row when a status changes) and the agenda of "
        "the coming weeks.\n"
        "Before: write the month's message in the description column of the Reset Day's row "
        "(events tab).\n"
        "Before: open the Data quality page (or run reset-coalitions validate) and fix every "
        "error.",
    },
    "workbook.checklist.after": {
        "fr": "Après : ajoutez les changements d’étape annoncés pendant la réunion "
        "(onglet avancement).\n"
        "Après : ajoutez les dates décidées (événements), avec « à confirmer » si besoin.\n"
        "Après : ajoutez les nouveaux acteurs (acteurs, membres).\n"
        "Après : téléchargez le compte-rendu (page Compte-rendu) et envoyez-le à la "
        "communauté.",
        "en": "After: add the changes of stage announced during the meeting (progress tab).\n"
        "After: add the dates decided (events), with “to confirm” when needed.\n"
        "After: add the new actors (actors, memberships).\n"
        "After: download the report (Report page) and send it to the community.",
    },
}

_DROPDOWNS = {
    "workbook.dropdown.title": {"fr": "Valeur hors liste", "en": "Value not in the list"},
    "workbook.dropdown.list": {
        "fr": "Choisissez une valeur dans la liste (l’onglet Lisez-moi dit ce que chacune veut "
        "dire).",
        "en": "Pick a value from the list (the Read me tab says what each one means).",
    },
    "workbook.dropdown.coalitions": {
        "fr": "Choisissez l’identifiant d’une coalition de l’onglet coalitions ; si elle n’y "
        "est pas, ajoutez-la d’abord.",
        "en": "Pick the id of a coalition of the coalitions tab; when it is missing, add it "
        "there first.",
    },
    "workbook.dropdown.actors": {
        "fr": "Cet acteur n’est pas dans l’onglet acteurs : ajoutez-le aussi là-bas.",
        "en": "This actor is not in the actors tab: add it there too.",
    },
}

MESSAGES = {**_DROPDOWNS, **_ENTERED, **_TABS, **_COLUMNS, **_WORDS, **_README}
