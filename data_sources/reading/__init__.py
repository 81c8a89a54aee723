"""Reading the coalition workbook into a validated ``Dataset``; nothing here writes to it.

- ``loader``: which source to read (``choose_source``) and reading it (``load_local``,
  ``load_sheet``, ``load_upload``), falling back to the snapshot;
- ``files``: an .xlsx file or a folder of CSV files into a ``RawWorkbook``;
- ``gsheets``: a Google Sheet in two Sheets API requests, through gspread;
- ``snapshot``: the last-known-good copy of each source;
- ``direct``: reading outside the app (the command line), without Streamlit;
- ``errors``: why a source could not be read, in words a user can act on.
"""
