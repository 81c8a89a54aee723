"""The workbook and its validation: the sheet's contract, its cells read, and the Dataset
every page reads, with a finding for every problem.

- ``schema``: the workbook contract (tabs, columns, aliases, value kinds, canonical keys) as
  data, and ``fold``, how its names compare;
- ``vocabularies``: how the sheet spells each value (spelling -> canonical key), the cells that
  are spreadsheet errors, the words the dashboard writes;
- ``matching``: a tab title or column header matched to its canonical name;
- ``parsing``: vectorised parsers for the cells (dates, numbers, lists, links);
- ``validation``: from a raw workbook to the ``Dataset``, with its findings (the tabs picked,
  each read, their references checked, the findings sorted);
- ``tables``: one tab's cells read into a table of canonical columns, bad cells reported;
- ``tab_rules``: each tab's own rules once read, and the coalitions' current stage;
- ``references``: the rows of other tabs citing a coalition, matched by id or name;
- ``collector``: the findings gathered while validating, placed in the sheet's own words;
- ``dataset``: the validated ``Dataset`` and its findings, what the rest of the domain reads;
- ``findings``: one finding, and how it names a place in the sheet's own words;
- ``quality``: the findings told for every output (the « Qualité des données » page);
- ``examples``: the invented example coalitions, marked wherever they are named;
- ``stages``: the six maturity stages (0 topic identified … 5 impact).
"""
