"""Labels of the app's frame: navigation, sidebar, loading and error states."""

MESSAGES = {
    "nav.overview": {"fr": "Vue d’ensemble", "en": "Overview"},
    "nav.maturity": {"fr": "Maturité", "en": "Maturity"},
    "nav.network": {"fr": "Réseau d’acteurs", "en": "Actor network"},
    "nav.agenda": {"fr": "Agenda", "en": "Agenda"},
    "nav.coalition": {"fr": "Fiche coalition", "en": "Coalition sheet"},
    "nav.data_quality": {"fr": "Qualité des données", "en": "Data quality"},
    "nav.presenter": {"fr": "Mode présentation", "en": "Presenter mode"},
    "nav.report": {"fr": "Compte-rendu", "en": "Report"},
    "nav.section.dashboard": {"fr": "Tableau de bord", "en": "Dashboard"},
    "nav.section.reset_day": {"fr": "Reset Day", "en": "Reset Day"},
    "sidebar.source.sheet": {
        "fr": "Google Sheet « {label} », lu le {time}",
        "en": "Google Sheet “{label}”, read on {time}",
    },
    "sidebar.source.xlsx": {
        "fr": "Classeur « {label} », lu le {time}",
        "en": "Workbook “{label}”, read on {time}",
    },
    "sidebar.source.csv": {
        "fr": "Dossier CSV « {label} », lu le {time}",
        "en": "CSV folder “{label}”, read on {time}",
    },
    "sidebar.source.upload": {
        "fr": "Fichier importé « {label} » (cette session), lu le {time}",
        "en": "Uploaded file “{label}” (this session), read on {time}",
    },
    "sidebar.source.sample": {
        "fr": "Exemple intégré (Reset Day 14, mai 2021), lu le {time}",
        "en": "Built-in sample (Reset Day 14, May 2021), read on {time}",
    },
    "sidebar.refresh": {"fr": "Actualiser", "en": "Refresh"},
    "sidebar.upload": {
        "fr": "Ouvrir un classeur .xlsx (cette session)",
        "en": "Open an .xlsx workbook (this session)",
    },
    "sidebar.upload.help": {
        "fr": "Le fichier n’est lu que pour vous, le temps de la session ({megabytes} Mo au plus).",
        "en": "The file is read for you only, for this session ({megabytes} MB at most).",
    },
    "app.loading": {"fr": "Lecture des coalitions…", "en": "Reading the coalitions…"},
    "app.unreadable": {
        "fr": "Impossible de lire la source de données.",
        "en": "The data source can't be read.",
    },
    "app.upload_failed": {
        "fr": "Ce fichier n’a pas pu être lu ; la source partagée reste affichée.",
        "en": "This file could not be read; the shared source is still shown.",
    },
    "app.upload_too_large": {
        "fr": "Ce fichier dépasse {megabytes} Mo : il n’est pas lu, la source partagée reste "
        "affichée.",
        "en": "This file is over {megabytes} MB: it is not read; the shared source is still shown.",
    },
    "app.errors_banner": {
        "fr": {"one": "{count} ligne écartée", "other": "{count} lignes écartées"},
        "en": {"one": "{count} row left out", "other": "{count} rows left out"},
    },
    "app.errors_banner.help": {
        "fr": "Ces lignes du classeur ont des erreurs et n’apparaissent pas dans les "
        "graphiques : la page Qualité des données dit quoi corriger.",
        "en": "These rows of the workbook have errors and are left out of the charts: the "
        "Data quality page says what to fix.",
    },
    "app.title": {"fr": "Coalitions RESET", "en": "RESET coalitions"},
    "nav.my_coalitions": {"fr": "Mes coalitions", "en": "My coalitions"},
    "quality.guide": {
        "fr": "Guide : tenir le classeur, corriger chaque message",
        "en": "Guide (in French): keeping the sheet, fixing each message",
    },
    "nav.library": {"fr": "Travaux des coalitions", "en": "Coalition work"},
}
MESSAGES.update(
    {
        "widget.data": {"fr": "Données du graphique", "en": "Chart data"},
        "widget.download_csv": {"fr": "Télécharger (CSV)", "en": "Download (CSV)"},
    }
)
MESSAGES.update(
    {
        "quality.intro": {
            "fr": "Tout ce que la validation a relevé dans le classeur, pour le corriger à la "
            "source. Les lignes en erreur sont écartées des graphiques.",
            "en": "Everything validation found in the workbook, so it can be fixed at the "
            "source. Rows with errors are left out of the charts.",
        },
        "quality.none": {
            "fr": "Aucun problème : le classeur respecte le contrat.",
            "en": "No problem: the workbook follows the contract.",
        },
        "quality.errors": {"fr": "Erreurs", "en": "Errors"},
        "quality.warnings": {"fr": "Avertissements", "en": "Warnings"},
        "quality.tabs": {"fr": "Onglets concernés", "en": "Tabs concerned"},
        "quality.by_tab": {"fr": "Par onglet", "en": "By tab"},
        "quality.severity": {"fr": "Gravité", "en": "Severity"},
        "quality.severity.error": {"fr": "erreur", "en": "error"},
        "quality.severity.warning": {"fr": "avertissement", "en": "warning"},
        "quality.col.tab": {"fr": "Onglet", "en": "Tab"},
        "quality.col.row": {"fr": "Ligne", "en": "Row"},
        "quality.col.column": {"fr": "Colonne", "en": "Column"},
        "quality.col.value": {"fr": "Valeur", "en": "Value"},
        "quality.col.message": {"fr": "Message", "en": "Message"},
        "quality.template": {
            "fr": "Télécharger le modèle de classeur (.xlsx)",
            "en": "Download the template workbook (.xlsx)",
        },
        "quality.template.help": {
            "fr": "Un classeur vide qui suit le contrat : onglets, en-têtes, listes de valeurs.",
            "en": "An empty workbook that follows the contract: tabs, headers, value lists.",
        },
        "quality.all_tabs": {"fr": "Tous les onglets", "en": "All tabs"},
        "quality.none_chosen": {"fr": "Choisir une gravité", "en": "Choose a severity"},
        "quality.filtered_out": {
            "fr": "Aucun résultat avec ces filtres.",
            "en": "Nothing matches these filters.",
        },
    }
)
