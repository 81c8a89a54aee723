"""The RESET coalitions domain: pure Python and pandas, no Streamlit, so that every rule can
be tested without a browser or a server.

- ``workbook/``: the sheet's contract, its validation and the ``Dataset`` every page reads;
- ``history/``: time (what was true on a day, Reset Days, what changed between two);
- ``views/``: what each page shows (overview, network, library, agenda, a coalition's sheet,
  reminders, charts' text alternatives);
- ``report/``: the Reset Day's outputs (the letter in every format, the deck, the meeting);
- ``updates/``: updates posted from the dashboard, and who may see and post;
- ``i18n/``: the one translation catalogue, a file per topic;
- ``format``: dates, numbers, plurals and French typography (the one formatting module);
- ``palette``: the one palette; ``escape``: the one way sheet text leaves the domain;
- ``plotly_locale``: Plotly.js's French dictionary, served with the app.
"""
