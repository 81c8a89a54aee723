"""Writing updates to the coalition workbook: rows appended, never a cell replaced.

- ``writers``: the one entry point (``open_writer``) choosing the writer for a source;
- ``appending``: what every writer shares: the interface, the write errors, where cells go;
- ``sheet_writer``: a Google Sheet (``values.append``, RAW values, refs read back first);
- ``file_writers``: a CSV folder or an .xlsx file, under an inter-process lock;
- ``outbox``: updates kept on disk until the workbook takes them (sent at the next good read);
- ``update_settings``: who may post updates (the ``[updates]`` section of the secrets).
"""
