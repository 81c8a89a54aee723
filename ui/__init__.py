"""Streamlit helpers shared by the pages: run context (dataset, language), sidebar, widgets.

Only rendering lives here; anything that computes belongs to ``coalitions``.
"""
