"""Reading the coalition workbook into a validated ``Dataset``; nothing here writes to it.

- ``loader``: which source to read (``choose_source``) and reading it (``load_local``,
  ``load_sheet``, ``load_upload``), falling back to the snapshot;
- ``files``: an .xlsx file or a folder of CSV files into a ``RawWorkbook``;
- ``gsheets``: a Google Sheet in two Sheets API requests, through gspread, into a
  ``RawWorkbook`` (the URL or key, the metadata and values answers read);
- ``gsheets_client``: the gspread client, from a service account or an API key;
- ``gsheets_retry``: gspread's HTTP client retrying transient failures within a budget;
- ``gsheets_errors``: a failed Sheets request classified and told as a ``SourceError``;
- ``snapshot``: the last-known-good copy of each source;
- ``direct``: reading outside the app (the command line), without Streamlit;
- ``errors``: why a source could not be read, in words a user can act on.
"""
