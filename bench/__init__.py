"""The benchmark: generated workbooks of growing size (bench.generate), timed by python -m bench."""
