"""Messages of the command line (reset_cli): its help, its results, and argparse's own words.

The ``argparse.*`` keys are argparse's English strings (``argparse.`` + the text argparse
passes to gettext), so the help and the usage errors read in French too. Section titles end
in a no-break space because argparse appends the colon itself (« options : »).
"""

MESSAGES = {
    "argparse.usage: ": {"fr": "usage : ", "en": "usage: "},
    "argparse.options": {"fr": "options ", "en": "options"},
    "argparse.positional arguments": {"fr": "arguments ", "en": "positional arguments"},
    "argparse.show this help message and exit": {
        "fr": "afficher ce message",
        "en": "show this help message and exit",
    },
    "argparse.%(prog)s: error: %(message)s\n": {
        "fr": "%(prog)s : erreur : %(message)s\n",
        "en": "%(prog)s: error: %(message)s\n",
    },
    "argparse.the following arguments are required: %s": {
        "fr": "il manque : %s",
        "en": "the following arguments are required: %s",
    },
    "argparse.invalid choice: %(value)r (choose from %(choices)s)": {
        "fr": "%(value)r n’est pas possible (au choix : %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "argparse.argument %(argument_name)s: %(message)s": {
        "fr": "%(argument_name)s : %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "argparse.unrecognized arguments: %s": {
        "fr": "arguments inconnus : %s",
        "en": "unrecognized arguments: %s",
    },
    "argparse.expected one argument": {
        "fr": "une valeur est attendue",
        "en": "expected one argument",
    },
    "argparse.invalid %(type)s value: %(value)r": {
        "fr": "valeur illisible : %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    "argparse.ambiguous option: %(option)s could match %(matches)s": {
        "fr": "option ambiguë : %(option)s peut désigner %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "cli.description": {
        "fr": "Les outils du classeur des coalitions RESET : vérifier le classeur, écrire\n"
        "le compte-rendu d’un Reset Day, créer un classeur modèle, préparer un code d’accès.",
        "en": "Tools for the RESET coalition workbook: check the workbook, write a Reset Day's\n"
        "report, create a template workbook, prepare a passcode.",
    },
    "cli.epilog": {
        "fr": "Exemples :\n"
        "  reset-coalitions validate classeur.xlsx\n"
        "  reset-coalitions report --date 2021-05-18 --format docx --out compte-rendu.docx\n"
        "  reset-coalitions template modele-coalitions.xlsx\n"
        "  reset-coalitions passcode\n"
        "Aide d’une commande : reset-coalitions validate --help",
        "en": "Examples:\n"
        "  reset-coalitions validate workbook.xlsx --lang en\n"
        "  reset-coalitions report --date 2021-05-18 --format docx --out report.docx --lang en\n"
        "  reset-coalitions template coalitions-template.xlsx --lang en\n"
        "  reset-coalitions passcode --lang en\n"
        "Help on a command: reset-coalitions validate --help --lang en",
    },
    "cli.commands": {"fr": "commandes ", "en": "commands"},
    "cli.command": {"fr": "COMMANDE", "en": "COMMAND"},
    "cli.lang": {
        "fr": "langue des messages et des fichiers : fr (par défaut) ou en",
        "en": "language of the messages and files: fr (the default) or en",
    },
    "cli.source": {"fr": "SOURCE", "en": "SOURCE"},
    "cli.source.help": {
        "fr": "un fichier .xlsx, un dossier de fichiers CSV, l’adresse d’une Google Sheet ou "
        "« sample » (l’exemple intégré) ; par défaut, la source que lit le tableau de bord",
        "en": "an .xlsx file, a folder of CSV files, a Google Sheet's address, or 'sample' "
        "(the built-in sample); by default, the source the dashboard reads",
    },
    "cli.file": {"fr": "FICHIER", "en": "FILE"},
    "cli.validate.help": {
        "fr": "vérifier un classeur et lister ce qu’il faut corriger",
        "en": "check a workbook and list what to fix",
    },
    "cli.validate.description": {
        "fr": "Vérifie le classeur et affiche chaque problème (onglet, ligne, colonne, valeur, "
        "quoi faire), puis un bilan. Code de sortie : 0 sans erreur (avertissements permis), "
        "1 avec des erreurs, 2 quand la source ne peut pas être lue.",
        "en": "Checks the workbook and prints each problem (tab, row, column, value, what to "
        "do), then a summary. Exit code: 0 without errors (warnings allowed), 1 with errors, "
        "2 when the source can't be read.",
    },
    "cli.report.help": {
        "fr": "écrire le compte-rendu d’un Reset Day",
        "en": "write a Reset Day's report",
    },
    "cli.report.description": {
        "fr": "Écrit le compte-rendu du Reset Day tenu à cette date (pour une autre date, du "
        "dernier Reset Day avant elle). Code de sortie : 0 quand le fichier est écrit, 2 sinon.",
        "en": "Writes the report of the Reset Day held on that date (for another date, of the "
        "last Reset Day before it). Exit code: 0 when the file is written, 2 otherwise.",
    },
    "cli.report.date": {
        "fr": "date du Reset Day, sous la forme AAAA-MM-JJ",
        "en": "the Reset Day's date, as YYYY-MM-DD",
    },
    "cli.report.format": {"fr": "format du fichier", "en": "file format"},
    "cli.report.out": {"fr": "fichier à écrire", "en": "file to write"},
    "cli.report.order": {
        "fr": "ordre des coalitions dans le compte-rendu",
        "en": "order of the coalitions in the report",
    },
    "cli.report.bad_date": {
        "fr": "pas une date AAAA-MM-JJ : {value}",
        "en": "not a YYYY-MM-DD date: {value}",
    },
    "cli.report.no_reset_day": {
        "fr": "Aucun Reset Day le {date} ni avant.",
        "en": "No Reset Day on or before {date}.",
    },
    "cli.report.cant_write": {
        "fr": "Impossible d’écrire {path} : {reason}",
        "en": "Can't write {path}: {reason}",
    },
    "cli.report.written": {
        "fr": "Reset Day {number} ({date}) → {path}",
        "en": "Reset Day {number} ({date}) → {path}",
    },
    "cli.template.help": {
        "fr": "créer un classeur modèle à remplir (.xlsx)",
        "en": "create a template workbook to fill in (.xlsx)",
    },
    "cli.template.description": {
        "fr": "Crée un classeur vide qui suit le contrat : un onglet « Lisez-moi » qui "
        "explique chaque colonne, un onglet par onglet du classeur, des listes déroulantes.",
        "en": "Creates an empty workbook that follows the contract: a 'Read me' tab that "
        "explains every column, one tab per tab of the workbook, drop-down lists.",
    },
    "cli.template.out": {"fr": "le fichier .xlsx à écrire", "en": "the .xlsx file to write"},
    "cli.template.written": {"fr": "Modèle écrit : {path}", "en": "Template written: {path}"},
    "cli.passcode.help": {
        "fr": "préparer l’empreinte d’un code d’accès pour les secrets",
        "en": "prepare a passcode's hash for the secrets",
    },
    "cli.passcode.description": {
        "fr": "Demande le code d’accès deux fois (sans l’afficher) et écrit la ligne à copier "
        "dans [access] passcode_hash de .streamlit/secrets.toml. Hors d’un terminal, lit une "
        "ligne de l’entrée standard. Le code lui-même n’est jamais enregistré.",
        "en": "Asks for the passcode twice (not shown) and prints the line to copy into "
        "[access] passcode_hash of .streamlit/secrets.toml. Outside a terminal, reads one "
        "line from standard input. The passcode itself is never stored.",
    },
    "cli.passcode.prompt": {"fr": "Code d’accès : ", "en": "Passcode: "},
    "cli.passcode.again": {"fr": "Encore une fois : ", "en": "Again: "},
    "cli.passcode.differ": {
        "fr": "Les deux codes sont différents.",
        "en": "The two passcodes differ.",
    },
    "cli.passcode.refused": {"fr": "Code refusé : {reason}", "en": "Passcode refused: {reason}"},
    "cli.summary": {
        "fr": "{coalitions} ; {errors}, {warnings}.",
        "en": "{coalitions}; {errors}, {warnings}.",
    },
    # The parts of cli.summary, each agreeing with its own count.
    "cli.summary.coalitions": {
        "fr": {"one": "{count} coalition lue", "other": "{count} coalitions lues"},
        "en": {"one": "{count} coalition read", "other": "{count} coalitions read"},
    },
    "cli.summary.errors": {
        "fr": {"one": "{count} erreur", "other": "{count} erreurs"},
        "en": {"one": "{count} error", "other": "{count} errors"},
    },
    "cli.summary.warnings": {
        "fr": {"one": "{count} avertissement", "other": "{count} avertissements"},
        "en": {"one": "{count} warning", "other": "{count} warnings"},
    },
    "cli.fallback": {
        "fr": "Source injoignable ({reason}) : validation de la dernière copie enregistrée.",
        "en": "Source unreachable ({reason}): validating the last saved copy.",
    },
}
