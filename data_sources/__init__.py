"""The data layer: the coalition workbook read into a ``Dataset``, and updates written back.

- ``reading/``: a source (Google Sheet, .xlsx, CSV folder, the built-in sample) read and
  validated into a ``coalitions.workbook.dataset.Dataset``, with the last-known-good snapshot;
- ``writing/``: updates appended to the workbook (Google Sheet, .xlsx, CSV), never replacing a
  cell, and the outbox that keeps them until the workbook takes them;
- ``cache``: the Streamlit boundary, the only module that knows Streamlit: secrets in as a
  plain dict, the cached Dataset and views out, the writer of the session;
- ``template``: the template workbook (.xlsx) a keeper starts from;
- ``atomic``: crash-safe file replacement and inter-process locks, for snapshots and writes;
- ``meeting_position``: each meeting's position, a small file in the app's static folder
  that its followers' pages poll (written by ``ui.meetings``);
- ``sample/``: the built-in sample workbook (CSV).

The write path, from a page's button to the sheet: ``ui.updates_view`` →
``coalitions.updates.update`` (the rows to append, checked) → ``cache.submit_update`` →
``writing.writers.open_writer`` (``sheet_writer`` or ``file_writers``, on ``appending``'s
interface) → on failure ``writing.outbox``, sent again at the next good read.
"""
