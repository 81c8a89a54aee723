"""Fakes of external services shared by the tests.

- ``sheets_api``: the Google Sheets API v4 behind ``responses``, kept faithful to gspread's
  recorded cassettes, so that gspread itself runs in the tests.
"""
