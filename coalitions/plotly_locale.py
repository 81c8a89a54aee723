"""Plotly.js's French dictionary: its toolbar's and tooltips' texts, served with the app.

Vendored from the npm package plotly.js-locales 3.7.0 (file fr.js, its ``dictionary`` only;
the dates and numbers come from ``coalitions.format.chart_locale``), under this licence:

    MIT License

    Copyright (c) 2016-2024 Plotly Technologies Inc.

    Permission is hereby granted, free of charge, to any person obtaining a copy
    of this software and associated documentation files (the "Software"), to deal
    in the Software without restriction, including without limitation the rights
    to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
    copies of the Software, and to permit persons to whom the Software is
    furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in
    all copies or substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
    IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
    FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
    AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
    LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
    OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
    THE SOFTWARE.

``chart_locale`` sets its French spacing (no-break space before « : ») when it uses it.
"""

# ruff: noqa: E501 (the texts are kept as vendored, one a line)

FRENCH = {
    "Autoscale": "Échelle automatique",
    "Box Select": "Sélection rectangulaire",
    "Click to enter Colorscale title": "Ajouter un titre à l'échelle de couleurs",
    "Click to enter Component A title": "Ajouter un titre à la composante A",
    "Click to enter Component B title": "Ajouter un titre à la composante B",
    "Click to enter Component C title": "Ajouter un titre à la composante C",
    "Click to enter Plot title": "Ajouter un titre au graphique",
    "Click to enter Plot subtitle": "Ajouter un sous-titre au graphique",
    "Click to enter X axis title": "Ajouter un titre à l'axe des x",
    "Click to enter Y axis title": "Ajouter un titre à l'axe des y",
    "Click to enter radial axis title": "Ajouter un titre à l'axe radial",
    "Compare data on hover": "Comparaison entre données en survol",
    "Double-click on legend to isolate one trace": "Double-cliquer sur la légende pour isoler une série",
    "Double-click to zoom back out": "Double-cliquer pour dézoomer",
    "Download plot as a PNG": "Télécharger le graphique en fichier PNG",
    "Download plot": "Télécharger le graphique",
    "Edit in Chart Studio": "Éditer le graphique sur Chart Studio",
    "IE only supports svg.  Changing format to svg.": "IE ne permet que les conversions en SVG. Conversion en SVG en cours.",
    "Lasso Select": "Sélection lasso",
    "Orbital rotation": "Rotation orbitale",
    "Pan": "Translation",
    "Produced with Plotly.js": "Généré avec Plotly.js",
    "Reset": "Réinitialiser",
    "Reset axes": "Réinitialiser les axes",
    "Reset camera to default": "Régler la caméra à sa valeur défaut",
    "Reset camera to last save": "Régler la caméra à sa valeur sauvegardée",
    "Reset view": "Réinitialiser",
    "Reset views": "Réinitialiser",
    "Show closest data on hover": "Données les plus proches en survol",
    "Snapshot succeeded": "Conversion réussie",
    "Sorry, there was a problem downloading your snapshot!": "Désolé, un problème est survenu lors du téléchargement de votre graphique",
    "Taking snapshot - this may take a few seconds": "Conversion en cours, ceci peut prendre quelques secondes",
    "Zoom": "Zoom",
    "Zoom in": "Zoom intérieur",
    "Zoom out": "Zoom extérieur",
    "close:": "fermeture :",
    "trace": "série",
    "lat:": "lat. :",
    "lon:": "lon. :",
    "q1:": "q1 :",
    "q3:": "q3 :",
    "source:": "source :",
    "target:": "embouchure :",
    "lower fence:": "clôture inférieure :",
    "upper fence:": "clôture supérieure :",
    "max:": "max. :",
    "mean ± σ:": "moyenne ± σ :",
    "mean:": "moyenne :",
    "median:": "médiane :",
    "min:": "min. :",
    "new text": "nouveau texte",
    "Turntable rotation": "Rotation planaire",
    "Toggle Spike Lines": "Activer/désactiver les pics",
    "open:": "ouverture :",
    "high:": "haut :",
    "low:": "bas :",
    "Toggle show closest data on hover": "Activer/désactiver le survol",
    "incoming flow count:": "flux entrant :",
    "outgoing flow count:": "flux sortant :",
    "kde:": "est. par noyau :",
}
