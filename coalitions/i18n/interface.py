"""What Streamlit itself writes around the dashboard's own texts, in the page's language.

Streamlit 1.67 writes its widgets' labels, tooltips and screen-reader names in English and
offers no setting to change them; ``ui.accessibility`` translates them in the page. Each
``en`` is Streamlit's text exactly as its frontend writes it (a test checks the installed
frontend still holds it), ``{name}`` standing for the part Streamlit fills in (a widget's
label, a chip's option, a size), itself translated when a rule applies to it whole.
Plotly's own labels come from its French locale (``coalitions.plotly_locale``).
"""

MESSAGES = {
    # Page and sidebar.
    "interface.skip_link": {"fr": "Aller au contenu principal", "en": "Skip to main content"},
    "interface.sidebar": {"fr": "Panneau latéral", "en": "Sidebar"},
    "interface.sidebar.collapse": {
        "fr": "Replier le panneau latéral",
        "en": "Collapse sidebar",
    },
    "interface.sidebar.expand": {"fr": "Déplier le panneau latéral", "en": "Expand sidebar"},
    "interface.main_menu": {"fr": "Menu principal", "en": "Main menu"},
    "interface.running": {"fr": "Calcul en cours…", "en": "Running..."},
    "interface.stop": {"fr": "Arrêter le calcul", "en": "Stop script"},
    "interface.heading_link": {"fr": "Lien vers ce titre", "en": "Link to heading"},
    # Widgets: help icons, select boxes, multiselect chips.
    "interface.help": {"fr": "Aide", "en": "Help"},
    "interface.help_for": {"fr": "Aide : {label}", "en": "Help for {label}"},
    "interface.choose_option": {"fr": "Choisir une option", "en": "Choose an option"},
    "interface.choose_options": {"fr": "Choisir des options", "en": "Choose options"},
    "interface.open": {"fr": "Ouvrir la liste", "en": "Open"},
    "interface.close": {"fr": "Fermer", "en": "Close"},
    # A button's keyboard shortcut, named for screen readers (« Shortcut ← »).
    "interface.shortcut": {"fr": "Raccourci {keys}", "en": "Shortcut {keys}"},
    "interface.clear_all": {"fr": "Tout retirer", "en": "Clear all"},
    "interface.clear_value": {"fr": "Effacer", "en": "Clear value"},
    "interface.remove": {"fr": "Retirer {option}", "en": "Remove {option}"},
    "interface.selected_values": {"fr": "Valeurs choisies", "en": "Selected values"},
    # The upload box.
    "interface.upload": {"fr": "Parcourir", "en": "Upload"},
    "interface.upload.input": {"fr": "Choisir un fichier", "en": "file upload"},
    "interface.upload.drop": {
        "fr": "Glissez-déposez un fichier ici",
        "en": "Drag and drop a file here",
    },
    # « 20MB per file »: the size is translated too, by the next rule.
    "interface.upload.limit": {"fr": "{size} par fichier", "en": "{size} per file"},
    "interface.megabytes": {"fr": "{number} Mo", "en": "{number}MB"},
    # A table's toolbar, search box and column menu.
    "interface.table.download": {"fr": "Télécharger en CSV", "en": "Download as CSV"},
    "interface.table.search": {"fr": "Rechercher", "en": "Search"},
    "interface.table.close_search": {"fr": "Fermer la recherche", "en": "Close Search"},
    "interface.table.next": {"fr": "Résultat suivant", "en": "Next Result"},
    "interface.table.previous": {"fr": "Résultat précédent", "en": "Previous Result"},
    "interface.table.columns": {
        "fr": "Afficher ou masquer des colonnes",
        "en": "Show/hide columns",
    },
    "interface.table.column_menu": {"fr": "Menu de la colonne", "en": "Dataframe column menu"},
    "interface.fullscreen": {"fr": "Plein écran", "en": "Fullscreen"},
    "interface.fullscreen.close": {"fr": "Quitter le plein écran", "en": "Close fullscreen"},
    # Under a text box (the meeting's note box, the update form): how to send it. The key
    # (« Ctrl », « ⌘ ») and the action are filled in, the action translated by its own rule.
    "interface.press_keys": {
        "fr": "Appuyez sur {keys}+Entrée pour {action}",
        "en": "Press {keys}+Enter to {action}",
    },
    "interface.press_enter": {
        "fr": "Appuyez sur Entrée pour {action}",
        "en": "Press Enter to {action}",
    },
    "interface.submit_form": {"fr": "envoyer le formulaire", "en": "submit form"},
    "interface.apply": {"fr": "appliquer", "en": "apply"},
}
