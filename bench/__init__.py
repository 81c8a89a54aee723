"""The benchmark: generated workbooks of growing size, timed against a floor in one process.

- ``generate``: large, realistic workbooks, generated deterministically;
- ``run``: how load, validation, page runs, browser rendering and memory scale (``python -m
  bench``, through ``__main__``);
- ``results``: the targets, what each size measured and the Markdown report;
- ``harness``: a real Streamlit server and Debian's Chromium driving it;
- ``floor_page``: the browser's floor, a bare page with one chart and one table;
- ``meeting``: what a meeting costs (``python -m bench.meeting``).
"""
