"""Streamlit helpers shared by the pages: run context (dataset, language), sidebar, widgets.

Only rendering lives here; anything that computes belongs to ``coalitions``.

The frame of every page:
- ``context``: what a script run needs (the dataset, the language, the reference day);
- ``access``: the access gate app.py passes before loading any data;
- ``sidebar``: the source and its freshness, refresh, upload, language;
- ``view_date``: « Afficher au », ``?au=`` and the banner of a day in the past;
- ``navigation``: the table of pages (app.py, the tests and the benchmark read it);
- ``accessibility``: the page's language, Streamlit's own labels translated, a visible focus;
- ``widgets``: what every page draws the same way (charts with their data, tables, filters,
  labelled choices, links, empty states).

Views of the domain, drawn by more than one page or too long for one:
- ``overview_views``: « depuis le dernier Reset Day » on the overview;
- ``history_views``: change over time (the pipeline at each Reset Day, two Reset Days);
- ``progress_views``: dates, stage paths and steppers (overview, maturity, coalition sheet);
- ``network_view``: the network page's figure, table and text alternative;
- ``calls_view``: the open calls for contributions (library and overview);
- ``reminder_views``: what a coalition still misses before a Reset Day, in words;
- ``updates_view``: the form « Mettre à jour », its confirmation and a coalition's news;
- ``guide``: the keepers' guide, one click away on the data-quality page;
- ``reset_day``: which Reset Day the presenter and report pages show, or why none.

The meeting run from the presenter page:
- ``meetings``: the meetings of this server process and where a presenter stands in one;
- ``meeting_view``: the presenter's side (code, follow link, clock, timers, notes, next slide);
- ``meeting_notes_view``: the note box, appended through the update path;
- ``meeting_summary_view``: closing a meeting and its summary;
- ``follow_view``: the follower's side (``?suivre=CODE``), the slide the meeting shows.
"""
