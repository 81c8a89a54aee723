"""The one escaping function against hostile sheet text, context by context."""

from __future__ import annotations

import html
import re

import pytest
from icalendar import Calendar

from coalitions.escape import CONTEXTS, escape_text, safe_url

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">clic</a>',
    "<svg/onload=alert(1)>",
    "<!-- hidden --><b>gras</b>",
    "javascript:alert(1)",
    "[x](javascript:alert(1))",
    "[x]( javascript:alert(1) )",
    "[ref]: javascript:alert(1)\n\n[ref]",
    "![x](http://evil/x.png)",
    "![x][img]\n\n[img]: http://evil/x.png",
    "<https://evil.example>",
    "https://evil.example/path",
    "www.evil.example",
    "contact@evil.example",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#106;avascript&#58;alert(1)",
    "&amp; &quot; &#x3C;",
    "A" * 100_000,
    "é" * 5_000 + "<b>",
    "report\u202egpj.exe",
    "\u2066isolated\u2069 \u200fmark\u200e \ufeffbom",
    "a\x00b\x07c\x1b[31mred\x7f\x85\x9b",
    "$$x^2$$",
    "$\\frac{1}{2}$ et $$",
    ":red[alerte] :material/warning: :streamlit:",
    "# Titre\n## Sous-titre",
    "Titre\n===",
    "Titre\n---",
    "> citation",
    "- item\n* item\n+ item",
    "1. un\n2) deux",
    "**gras** __gras__ *it* _it_ ~~barré~~",
    "`code` ``` fence ```",
    "```\nfence\n```",
    "    indented code",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "\\*pas en italique\\* \\\\ \\",
    "\"guillemets\" et 'apostrophes' ’",
    "{{7*7}} ${7*7} %s %(x)s",
    "ligne 1\r\nligne 2\rligne 3\nligne 4",
    "a;b,c\\d",
    "Données 🌍 à l'étape « Lancée »",
    "CON",
    "",
    "   ",
    None,
    float("nan"),
    42,
    3.5,
]
IDS = [f"{i}-{str(v)[:20]!r}" for i, v in enumerate(HOSTILE)]

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# ASCII punctuation: what a CommonMark backslash escape can make literal.
_PUNCTUATION = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
# Characters Streamlit's markdown acts on (CommonMark, GFM, LaTeX, directives, HTML).
_ACTIVE = set(r"\`*_{}[]()#+-.!|~$:>=<&")


JOINER = "\u2060"
# The rewrites Streamlit's markdown applies to parsed text nodes (its StreamlitMarkdown
# bundle): GFM autolink literals, emoji/icon/logo shortcodes, arrows and dashes.
STREAMLIT_TEXT_REWRITES = re.compile(
    r"(?i)https?://|www\.|[-.\w+]@[-\w]+|:material/|:[\w+-][\w+-]*:"
    r"|(^|\s)(<->|->|<-|--|>=|<=|~=)(\s|$)"
)


def cleaned(value) -> str:
    """What the reader should see: the text minus invisible controls, blanks as ""."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return re.sub("[\u200e\u200f\u061c\ufeff]", "", _CONTROLS.sub("", str(value)))


def markdown_unescape(text: str) -> str:
    """What CommonMark displays for ``text`` made only of escapes, entities and plain text."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in _PUNCTUATION:
            out.append(text[i + 1])
            i += 2
        elif text.startswith("&amp;", i):
            out.append("&")
            i += 5
        elif text.startswith("&lt;", i):
            out.append("<")
            i += 4
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def unescaped_active(text: str) -> list[str]:
    """Markdown-active characters of ``text`` that are neither escaped nor an entity."""
    bare, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in _PUNCTUATION:
            i += 2
        elif text.startswith("&amp;", i):
            i += 5
        elif text.startswith("&lt;", i):
            i += 4
        else:
            if text[i] in _ACTIVE:
                bare.append(text[i])
            i += 1
    return bare


@pytest.mark.parametrize("value", HOSTILE, ids=IDS)
def test_html(value):
    out = escape_text(value, "html")
    assert not re.search(r"[<>\"']", out)
    assert html.unescape(out) == cleaned(value)
    # "&" only ever starts one of the entities html.escape writes.
    assert not re.search(r"&(?!(amp|lt|gt|quot|#x27);)", out)


# What Plotly.js (3.8, bundled by Streamlit) decodes in a chart's texts: these named
# entities and numeric ones; any other "&name;" is drawn as typed (src/lib/svg_text_utils.js).
PLOTLY_ENTITIES = {"mu": "μ", "amp": "&", "lt": "<", "gt": ">", "nbsp": "\xa0", "times": "×",
                   "plusmn": "±", "deg": "°"}  # fmt: skip
PLOTLY_ENTITY = re.compile(r"&(#\d+|#x[\da-fA-F]+|[a-z]+);")
PLOTLY_TAG = re.compile(r"<[^<>]*>")


def plotly_shown(text: str) -> str:
    """The text Plotly draws for ``text``; a tag it would read fails the test."""
    assert not PLOTLY_TAG.search(text), f"Plotly reads a tag in {text!r}"

    def decode(match: re.Match) -> str:
        inner = match.group(1)
        if inner.startswith("#x"):
            return chr(int(inner[2:], 16))
        if inner.startswith("#"):
            return chr(int(inner[1:]))
        return PLOTLY_ENTITIES.get(inner, match.group(0))

    return PLOTLY_ENTITY.sub(decode, text)


@pytest.mark.parametrize("value", HOSTILE, ids=IDS)
def test_chart_text_reads_as_typed_in_plotly(value):
    assert plotly_shown(escape_text(value, "chart")) == cleaned(value)


def test_chart_text_keeps_quotes_that_html_would_turn_into_entities():
    typed = '<img src=x onerror="window.__xss=1"> l\'équipe & « co »'
    assert escape_text(typed, "chart") == (
        '&lt;img src=x onerror="window.__xss=1"&gt; l\'équipe &amp; « co »'
    )
    # The html context's « &quot; » is what Plotly showed as typed (issue 21).
    assert plotly_shown(escape_text(typed, "html")) != typed


@pytest.mark.parametrize("value", HOSTILE, ids=IDS)
def test_markdown(value):
    out = escape_text(value, "markdown")
    assert unescaped_active(out) == []
    assert "<" not in out.replace("&lt;", "")
    shown = markdown_unescape(out)
    # Leading spaces are dropped (four would make a code block; markdown drops them anyway).
    assert shown.replace(JOINER, "") == re.sub(r"(?m)^[ \t]+", "", cleaned(value))
    # What Streamlit rewrites in parsed text (escapes no longer count there) is broken up.
    assert not STREAMLIT_TEXT_REWRITES.search(shown), shown
    # No line can start a block construct: after escaping, a line starts with a letter, a
    # digit, a space, a backslash escape or an entity.
    for line in out.splitlines():
        assert not re.match(r"^ {0,3}[#>*+=|~`$:-]", line), line


@pytest.mark.parametrize("value", HOSTILE, ids=IDS)
def test_filename(value):
    out = escape_text(value, "filename")
    assert re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,79}", out), out
    assert not re.match(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\.|$)", out)
    assert ".." not in out or out.strip(".") == out


@pytest.mark.parametrize("value", HOSTILE, ids=IDS)
def test_ics(value):
    out = escape_text(value, "ics")
    assert "\r" not in out and "\n" not in out
    assert not re.search(r"(?<!\\)(\\\\)*[;,]", out)
    # A calendar reader gives back exactly the cleaned text.
    raw = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:1\r\nDTSTAMP:20210519T000000Z\r\nSUMMARY:{out}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    event = Calendar.from_ical(raw).walk("VEVENT")[0]
    expected = re.sub(r"\r\n|\r", "\n", cleaned(value))
    assert str(event["SUMMARY"]) == expected


@pytest.mark.parametrize("value", HOSTILE, ids=IDS)
def test_plain(value):
    out = escape_text(value, "plain")
    assert out == cleaned(value)
    assert not _CONTROLS.search(out)


@pytest.mark.parametrize("context", CONTEXTS)
def test_max_length_cuts_before_escaping(context):
    out = escape_text("<" * 50, context, max_length=10)
    if context in ("html", "markdown"):
        assert out == "&lt;" * 9 + "…"
    elif context in ("plain", "ics"):
        assert out == "<" * 9 + "…"


def test_markdown_examples():
    assert escape_text("[x](javascript:alert(1))", "markdown") == (
        "\\[x\\]\\(javascript\\:\u2060alert\\(1\\)\\)"
    )
    assert escape_text("<b>R&D</b>", "markdown") == "&lt;b\\>R&amp;D&lt;/b\\>"
    assert escape_text("Données à l'étape 3", "markdown") == "Données à l'étape 3"


def test_max_length_never_splits_an_entity_or_an_escape():
    for n in range(1, 12):
        assert markdown_unescape(escape_text("[*]" * 5, "markdown", max_length=n)).endswith("…")
        assert html.unescape(escape_text("&<>" * 5, "html", max_length=n)).endswith("…")


def test_unknown_context_is_refused():
    with pytest.raises(ValueError):
        escape_text("x", "latex")


def test_filename_examples():
    assert escape_text("Réseau d'acteurs / envdata", "filename") == "Reseau-d-acteurs-envdata"
    assert escape_text("../../etc/passwd", "filename") == "etc-passwd"
    assert escape_text("CON", "filename") == "_CON"
    assert escape_text("rapport\u202egpj.exe", "filename") == "rapportgpj.exe"
    assert len(escape_text("x" * 500, "filename")) == 80


# --------------------------------------------------------------------------- links

SAFE = [
    ("https://www.cerema.fr", "https://www.cerema.fr"),
    ("  http://fing.org/reset?x=1#a  ", "http://fing.org/reset?x=1#a"),
    ("HTTPS://FING.ORG", "HTTPS://FING.ORG"),
    ("https://fing.org:8443/a", "https://fing.org:8443/a"),
    ("http://[::1]:8501/", "http://[::1]:8501/"),
    ("https://fr.wikipedia.org/wiki/Données", "https://fr.wikipedia.org/wiki/Données"),
    ("https://fing.org/a(b)", "https://fing.org/a%28b%29"),
    ('https://fing.org/"onmouseover="x', "https://fing.org/%22onmouseover=%22x"),
    ("https://fing.org/<script>", "https://fing.org/%3Cscript%3E"),
    (
        "https://x.example/)[a](javascript:alert(1)",
        "https://x.example/%29%5Ba%5D%28javascript:alert%281%29",
    ),
    ("https://fing.org/\u202eexe.pdf", "https://fing.org/exe.pdf"),
]
REFUSED = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\x00script:alert(1)",
    " javascript:alert(1)",
    "javascript://fing.org/%0Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://fing.org/x",
    "mailto:a@fing.org",
    "//evil.example/x",
    "/relative/path",
    "fing.org",
    "www.fing.org",
    "https:evil.example",
    "https:/evil.example",
    "https://",
    "https://fing.org@evil.example/",
    "https://user:pass@fing.org/",
    'https://evil.example"onmouseover=alert(1)',
    "https://evil.example<x>/",
    "https://fing.org/a b",
    "https://fing.org/\nx",
    "http://[::1",
    "[x](https://fing.org)",
    "",
    None,
    float("nan"),
]


@pytest.mark.parametrize(("value", "expected"), SAFE)
def test_safe_url_keeps_http_links(value, expected):
    assert safe_url(value) == expected


@pytest.mark.parametrize("value", REFUSED)
def test_safe_url_refuses_everything_else(value):
    assert safe_url(value) == ""


@pytest.mark.parametrize("value", [v for v, _ in SAFE] + HOSTILE[:20])
def test_a_safe_url_cannot_leave_an_attribute_or_a_link(value):
    url = safe_url(value)
    assert not re.search(r"[\s\"'<>`()\[\]{}|\\^]", url.split("//", 1)[-1].split("/", 1)[-1])
    assert url == "" or url.lower().startswith(("http://", "https://"))


@pytest.mark.parametrize("value", HOSTILE, ids=IDS)
def test_commonmark_shows_the_text_as_typed(value):
    from markdown_it import MarkdownIt

    out = escape_text(value, "commonmark")
    page = MarkdownIt("commonmark").render(out)
    # Nothing but paragraphs: no heading, list, quote, code, emphasis, link, image or HTML.
    assert set(re.findall(r"<(\w+)", page)) <= {"p"}, page
    shown = html.unescape(re.sub(r"<[^>]+>", "", page)).strip()
    typed = [line.strip() for line in cleaned(value).splitlines() if line.strip()]
    assert shown.split() == " ".join(typed).split()


def test_commonmark_leaves_ordinary_text_alone():
    for text in ("Berger-Levrault (Lyon) & co", "Achats & sobriété", "snake_case", "a - b",
                 "14 h 30 : atelier ; 3.5 % !", "« terrains de jeux »"):  # fmt: skip
        assert escape_text(text, "commonmark") == text
