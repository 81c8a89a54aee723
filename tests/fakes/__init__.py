"""Fakes of external services (the Google Sheets API) shared by the tests."""
