def test_app_runs_on_sample(app):
    at = app()
    assert not at.exception
    assert "Exemple intégré" in at.sidebar.caption[0].value
