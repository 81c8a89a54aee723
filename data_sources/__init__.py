"""Reading the coalition workbook: Google Sheet, local .xlsx/CSV, or the built-in sample.

Readers return ``coalitions.dataset.RawWorkbook``; ``loader`` validates it into a ``Dataset``
and falls back to the last-known-good snapshot; ``cache`` is the only Streamlit-aware part.
"""
