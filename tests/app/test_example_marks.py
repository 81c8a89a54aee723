"""Every page that names coalitions marks the sample's fifteen invented ones « (exemple) » and
none of its five real ones (the sheet contract: an ``exemple`` row is labelled wherever it
appears), in what it draws, its charts, tables and CSV downloads alike.
"""

from __future__ import annotations

import re

import pytest

from tests.app.output import nodes
from tests.builders import sample_dataset

SAMPLE = sample_dataset()
EXAMPLES = SAMPLE.coalitions.loc[SAMPLE.coalitions["example"], "name"].tolist()
REAL = SAMPLE.coalitions.loc[~SAMPLE.coalitions["example"], "name"].tolist()
# As drawn: plain, or escaped for markdown (« \(exemple\) »), or in English.
MARK = {"fr": r"\s*\\?\(exemple\\?\)", "en": r"\s*\\?\(example\\?\)"}


def _text(at) -> str:
    """Everything the run sent, as UTF-8 text (markdown, labels, options, table cells)."""
    return "\n".join(
        node.proto.SerializeToString().decode("utf-8", "replace")
        for node in nodes(at)
        if getattr(node, "proto", None) is not None
    )


def check_marks(text: str, lang: str = "fr", every: bool = False) -> None:
    """Each example name drawn carries the mark (``every``: each one is drawn); no real one
    does."""
    mark = MARK[lang]
    assert len(EXAMPLES) == 15 and len(REAL) == 5
    for name in EXAMPLES:
        found = [m.end() for m in re.finditer(re.escape(name), text)]
        if every:
            assert found, name
        for end in found:
            assert re.match(mark, text[end:]), (name, text[end : end + 40])
    for name in REAL:
        assert not re.search(re.escape(name) + mark, text), name


PAGES = [
    ("app_pages/maturity.py", {}, True),
    ("app_pages/overview.py", {}, False),
    ("app_pages/network.py", {}, False),
    ("app_pages/agenda.py", {}, False),
    ("app_pages/library.py", {}, False),
    ("app_pages/presenter.py", {}, True),
    ("app_pages/coalition.py", {"coalition": "envdata"}, True),
]


@pytest.mark.parametrize(("page", "query", "every"), PAGES)
def test_every_page_marks_the_examples(app, page, query, every):
    at = app(page=page, query=query)
    assert not at.exception
    check_marks(_text(at), every=every)


def test_the_marks_are_in_english_too(app):
    at = app(page="app_pages/maturity.py", lang="en")
    check_marks(_text(at), "en", every=True)
