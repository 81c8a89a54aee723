"""The keepers' guide is one click away on the data-quality page, in both languages."""

PAGE = "app_pages/data_quality.py"


def test_the_guide_opens_from_the_data_quality_page(app):
    at = app(page=PAGE)
    assert not at.exception
    guide = [e for e in at.expander if e.label.startswith("Guide")]
    assert len(guide) == 1 and "tenir le classeur" in guide[0].label
    shown = "\n".join(m.value for m in guide[0].markdown)
    assert "## Ajouter une coalition" in shown
    assert "`[unknown_coalition]`" in shown
    assert not shown.startswith("# ")  # the guide's own title is the expander's label


def test_english_label_says_the_guide_is_in_french(app):
    at = app(page=PAGE, lang="en")
    assert not at.exception
    assert any(e.label == "Guide (in French): keeping the sheet, fixing each message"
               for e in at.expander)  # fmt: skip
