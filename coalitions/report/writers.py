"""The report's forms: Markdown, plain text, HTML, Word and a ready-to-send e-mail.

Each writer renders the same ``ReportText`` (``coalitions.report.sentences``), so every form
says the same thing. Sheet text is escaped for where it goes: ``escape_text`` for Markdown
(``commonmark`` for the file, Streamlit's ``markdown`` for the page's preview), Jinja2's
autoescape for HTML, plain runs for Word; only http(s) links become links.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from coalitions.escape import escape_text
from coalitions.i18n import translate
from coalitions.report.coalition_text import Field
from coalitions.report.links import with_urls
from coalitions.report.model import Report
from coalitions.report.sentences import ReportText, plain_text, report_text
from coalitions.report.sheet_text import SHEET_CLOSE, SHEET_LANGUAGE, SHEET_OPEN, unmarked
from coalitions.report.summary import subject_text
from coalitions.report.templating import TEMPLATES

FORMATS = ("md", "txt", "html", "docx", "eml")
# Word's spelling checker needs a language with its region: the report's English is British
# (« 18 May 2021 », « organisation »).
_WORD_LANGUAGES = {"fr": "fr-FR", "en": "en-GB"}
MIME_TYPES = {
    "md": "text/markdown",
    "txt": "text/plain",
    "html": "text/html",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "eml": "message/rfc822",
}

# ---------------------------------------------------------------------------- Markdown


def _with_families(part) -> list[tuple[str, object]]:
    """``(family heading or "", coalition)`` for a part's coalitions: the heading of a family
    of interest before the first of its coalitions (``CoalitionText.family``)."""
    shown, previous = [], None
    for coalition in part.coalitions:
        heading = coalition.family if coalition.family != previous else ""
        previous = coalition.family
        shown.append((heading, coalition))
    return shown


TEMPLATES.globals["families"] = _with_families


def report_markdown(
    report: Report, max_sections: int | None = None, context: str = "commonmark"
) -> str:
    """The report as Markdown: ``commonmark`` (the file: only what Markdown would misread is
    escaped) or ``markdown`` (Streamlit's preview, which rewrites more). ``max_sections``
    shortens a preview: the coalitions beyond it are counted, not written."""
    text = plain_text(report_text(report, max_sections))

    def esc(value: str) -> str:
        return escape_text(value, context)

    sep = translate("report.sep", text.lang)
    out = [f"# {esc(text.title)}", "", f"_{esc(text.subtitle)}_", "", f"_{esc(text.period)}_"]
    out += ["", esc(text.greeting)]
    for paragraph in text.message:
        out += ["", esc(paragraph)]
    if text.about:
        out += ["", esc(text.about)]
    out += ["", esc(text.summary)]
    for part in text.parts:
        out += ["", f"## {esc(part.heading)}"]
        for family, coalition in _with_families(part):
            if family:
                out += ["", f"### {esc(family)}"]
            out += ["", f"{'####' if coalition.family else '###'} {esc(coalition.title)}"]
            if coalition.meta:
                out += ["", f"_{esc(coalition.meta)}_"]
            for index, block in enumerate(coalition.blocks):
                if isinstance(block, Field):
                    # An autolink: <https://…> or, for an e-mail address, <name@host>.
                    value = (
                        f"<{block.url.removeprefix('mailto:')}>"
                        if block.url
                        else _markdown_line(block.text, esc)
                    )
                    out += ["", f"**{esc(block.label)}**{sep}{value}"]
                else:
                    out += ["", f"**{esc(block.label)}**", ""]
                    out += [f"- {_markdown_line(line, esc)}" for line in block.lines]
                if index == 0 and coalition.stale:
                    out += ["", f"_{esc(coalition.stale)}_"]
    if text.more:
        out += ["", f"_{esc(text.more)}_"]
    if text.quiet:
        out += ["", esc(text.quiet)]
    out += ["", f"## {esc(text.agenda_title)}", ""]
    out += [f"- {esc(line)}" for line in text.agenda] or [esc(text.agenda_empty)]
    if text.findings:
        out += ["", f"## {esc(text.quality_title)}", "", esc(text.quality_intro), ""]
        out += [f"- {esc(line)}" for line in text.findings]
    # The signature's lines end with two spaces: a line break inside one paragraph.
    signature = [esc(line) for line in text.signature]
    if text.sender_email:
        signature.append(f"<{text.sender_email}>")
    out += ["", "  \n".join(signature)]
    out += ["", "---", "", f"_{esc(text.footer)}_", ""]
    return "\n".join(out)


def _markdown_line(line: str, esc) -> str:
    """A list line in Markdown: its text escaped, each linked title followed by its URL as an
    autolink (``titre <https://…>``)."""
    segments = getattr(line, "segments", None)
    if not segments:
        return esc(line)

    def escaped(part: str) -> str:
        # The escaper trims a line's ends: the spaces between the parts stay as they are.
        core = part.strip(" ")
        start = part.index(core) if core else len(part)
        return part[:start] + esc(core) + part[start + len(core) :]

    return "".join(f"{escaped(part)} <{url}>" if url else escaped(part) for part, url in segments)


# ---------------------------------------------------------------------------- plain text


def _underlined(title: str, mark: str) -> list[str]:
    return [title, mark * len(title)]


def text_lines(text: ReportText) -> list[str]:
    """The report as plain text lines (the e-mail's text part): headings underlined."""
    sep = translate("report.sep", text.lang)
    out = [*_underlined(text.title, "="), text.subtitle, text.period, "", text.greeting]
    for paragraph in text.message:
        out += ["", paragraph]
    if text.about:
        out += ["", text.about]
    out += ["", text.summary]
    for part in text.parts:
        out += ["", "", *_underlined(part.heading.upper(), "=")]
        for family, coalition in _with_families(part):
            if family:
                out += ["", *_underlined(family, "~")]
            out += ["", *_underlined(coalition.title, "-")]
            if coalition.meta:
                out.append(coalition.meta)
            for index, block in enumerate(coalition.blocks):
                if isinstance(block, Field):
                    out.append(f"{block.label}{sep}{with_urls(block.text)}")
                else:
                    out.append(f"{block.label}{sep.rstrip()}")
                    out += [f"  - {with_urls(line)}" for line in block.lines]
                if index == 0 and coalition.stale:
                    out.append(coalition.stale)
    if text.more:
        out += ["", text.more]
    if text.quiet:
        out += ["", text.quiet]
    out += ["", "", *_underlined(text.agenda_title.upper(), "=")]
    out += [f"- {line}" for line in text.agenda] or [text.agenda_empty]
    if text.findings:
        out += ["", "", *_underlined(text.quality_title.upper(), "="), text.quality_intro]
        out += [f"- {line}" for line in text.findings]
    out += ["", *text.signature, *([text.sender_email] if text.sender_email else [])]
    out += ["", "--", text.footer]
    return [escape_text(line, "plain") for line in out]


def report_txt(report: Report) -> str:
    """The report as plain text."""
    return "\n".join(text_lines(plain_text(report_text(report)))) + "\n"


# ---------------------------------------------------------------------------- HTML


def report_html(report: Report) -> str:
    """The report as one standalone HTML page (inline CSS, no script, prints to PDF)."""
    text = report_text(report)
    sep = translate("report.sep", text.lang)
    return TEMPLATES.get_template("report.html.j2").render(text=text, sep=sep)


def email_html(report: Report) -> str:
    """The e-mail's HTML part: the same content with styles mail readers keep."""
    text = report_text(report)
    sep = translate("report.sep", text.lang)
    return TEMPLATES.get_template("email.html.j2").render(text=text, sep=sep)


# ---------------------------------------------------------------------------- e-mail


def report_eml(report: Report, now: datetime | None = None) -> bytes:
    """The report as an e-mail ready to send (``.eml``): multipart/alternative, plain text
    and HTML, UTF-8, its subject the report's title and date. ``From`` is the letter's
    sender (omitted when the settings give no address: the mail program then uses its own
    account), ``To`` its recipients; ``Date`` is ``now`` (UTC); the ``Message-ID`` is made
    on the sender's domain. Mail programs open it as a draft (``X-Unsent``)."""
    letter = report.letter
    message = EmailMessage()
    message["Subject"] = subject_text(report)
    if letter.sender_email:
        message["From"] = Address(
            escape_text(letter.sender_name, "plain"), addr_spec=letter.sender_email
        )
    message["To"] = ", ".join(letter.recipients)
    message["Date"] = format_datetime((now or datetime.now(UTC)).replace(microsecond=0))
    domain = letter.sender_email.rpartition("@")[2] if letter.sender_email else None
    message["Message-ID"] = make_msgid("reset-day", domain=domain or "reset.invalid")
    # Outlook opens an unsent message as a draft to send, instead of as a received one.
    message["X-Unsent"] = "1"
    message.set_content(report_txt(report), charset="utf-8")
    message.add_alternative(email_html(report), subtype="html", charset="utf-8")
    # After the content: setting the content clears every Content-* header.
    message["Content-Language"] = report.lang
    return message.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------- Word


def _describe(doc, text: ReportText) -> None:
    """The document's properties and language. python-docx's blank document says it was
    written by "python-docx" in 2013 and in US English, so Word checked French as English."""
    from docx.oxml.ns import qn  # as in report_docx: only this writer needs python-docx

    properties = doc.core_properties
    properties.title = unmarked(text.title)
    properties.language = _WORD_LANGUAGES.get(text.lang, text.lang)
    properties.author = properties.last_modified_by = translate("report.author", text.lang)
    properties.comments = ""
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    for lang in defaults.iter(qn("w:lang")):
        lang.set(qn("w:val"), properties.language)
        lang.set(qn("w:eastAsia"), properties.language)


_MARK = re.compile(f"([{SHEET_OPEN}{SHEET_CLOSE}])")


def _pieces(value: str) -> list[tuple[str, bool]]:
    """``value`` cut at the sheet-language marks: (text, written in the sheet's language)."""
    pieces, in_sheet = [], False
    for piece in _MARK.split(value):
        if piece in (SHEET_OPEN, SHEET_CLOSE):
            in_sheet = piece == SHEET_OPEN
        elif piece:
            pieces.append((piece, in_sheet))
    return pieces


def _language(properties, in_sheet: bool) -> None:
    """Mark a run written in the sheet's language (French in an English letter), so that
    Word's spelling checker and screen readers read it as French."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if in_sheet:
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), _WORD_LANGUAGES[SHEET_LANGUAGE])
        properties.append(language)


def _add_text(paragraph, value: str, italic: bool = False, bold: bool = False) -> None:
    """``value`` appended to ``paragraph`` as runs, its passages in the sheet's language
    marked as such (the HTML's ``lang="fr"``)."""
    for piece, in_sheet in _pieces(value):
        run = paragraph.add_run(escape_text(piece, "plain"))
        run.italic, run.bold = italic or None, bold or None
        if in_sheet:
            _language(run._r.get_or_add_rPr(), True)


def _hyperlink(paragraph, url: str, text: str) -> None:
    """Append ``text`` to ``paragraph`` as a link to ``url`` (python-docx has no API for it:
    a ``w:hyperlink`` around a run, pointing at an external relationship)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, True))
    run, properties = OxmlElement("w:r"), OxmlElement("w:rPr")
    colour, underline = OxmlElement("w:color"), OxmlElement("w:u")
    colour.set(qn("w:val"), "1F5F73")  # the HTML report's link colour (7.2:1 on white)
    underline.set(qn("w:val"), "single")
    properties.extend([colour, underline])
    pieces = _pieces(text)
    _language(properties, bool(pieces) and all(in_sheet for _, in_sheet in pieces))
    words = OxmlElement("w:t")
    words.set(qn("xml:space"), "preserve")
    words.text = escape_text("".join(piece for piece, _ in pieces), "plain")
    run.extend([properties, words])
    link.append(run)
    paragraph._p.append(link)


def _a4(doc) -> None:
    """A4 pages with 2 cm margins: python-docx's blank document is US Letter."""
    from docx.shared import Mm

    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(20)


def report_docx(report: Report) -> bytes:
    """The report as an editable Word document (.docx), sheet text written as plain runs
    (marked as French in a letter in another language)."""
    from docx import Document  # imported here: only this writer needs python-docx

    text = report_text(report)
    sep = translate("report.sep", text.lang)
    doc = Document()
    _describe(doc, text)
    _a4(doc)
    # Styles resolved once and set by id: python-docx looks a style name up among all styles
    # for every paragraph, which took 40 s for a 1,000-coalition workbook (0.4 s this way).
    style_ids = {
        name: doc.styles[name].style_id
        for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "List Bullet")
    }
    # Paragraphs go in before the footer: appending to the body searches all its children
    # each time (quadratic), inserting before a known paragraph does not.
    footer = doc.add_paragraph()
    _add_text(footer, text.footer, italic=True)

    def paragraph(value: str = "", style: str | None = None):
        added = footer.insert_paragraph_before()
        _add_text(added, value)
        if style:
            added._p.style = style_ids[style]
        return added

    def italic(value: str) -> None:
        _add_text(paragraph(), value, italic=True)

    def runs(added, line: str) -> None:
        """``line`` into the paragraph, its linked titles as hyperlinks."""
        for part, url in getattr(line, "segments", None) or ((line, ""),):
            if url:
                _hyperlink(added, url, part)
            else:
                _add_text(added, part)

    def bullets(lines: tuple[str, ...]) -> None:
        for line in lines:
            runs(paragraph(style="List Bullet"), line)

    paragraph(text.title, "Title")
    italic(text.subtitle)
    italic(text.period)
    paragraph(text.greeting)
    for value in text.message:
        paragraph(value)
    if text.about:
        paragraph(text.about)
    paragraph(text.summary)
    for part in text.parts:
        paragraph(part.heading, "Heading 1")
        for family, coalition in _with_families(part):
            if family:
                paragraph(family, "Heading 2")
            paragraph(coalition.title, "Heading 3" if coalition.family else "Heading 2")
            if coalition.meta:
                italic(coalition.meta)
            for index, block in enumerate(coalition.blocks):
                if isinstance(block, Field):
                    added = paragraph()
                    _add_text(added, block.label, bold=True)
                    added.add_run(sep)
                    if block.url:
                        _hyperlink(added, block.url, block.text)
                    else:
                        runs(added, block.text)
                else:
                    paragraph(block.label, "Heading 4" if coalition.family else "Heading 3")
                    bullets(block.lines)
                if index == 0 and coalition.stale:
                    italic(coalition.stale)
    if text.more:
        italic(text.more)
    if text.quiet:
        paragraph(text.quiet)
    paragraph(text.agenda_title, "Heading 1")
    if text.agenda:
        bullets(text.agenda)
    else:
        italic(text.agenda_empty)
    if text.findings:
        paragraph(text.quality_title, "Heading 1")
        paragraph(text.quality_intro)
        bullets(text.findings)
    signature = paragraph()
    for index, line in enumerate(text.signature):
        if index:
            signature.add_run().add_break()
        _add_text(signature, line)
    if text.sender_email:
        signature.add_run().add_break()
        _hyperlink(signature, f"mailto:{text.sender_email}", text.sender_email)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------- one entry


def render(report: Report, fmt: str) -> bytes:
    """The report in ``fmt`` (one of ``FORMATS``) as the bytes of its file."""
    if fmt == "md":
        return report_markdown(report).encode("utf-8")
    if fmt == "txt":
        return report_txt(report).encode("utf-8")
    if fmt == "html":
        return report_html(report).encode("utf-8")
    if fmt == "docx":
        return report_docx(report)
    if fmt == "eml":
        return report_eml(report)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
