"""Who sends the Reset Day report, to whom, and how it opens and closes: a letter, not a form.

The ``settings`` tab holds the sender and the words (documented in docs/workbook.md):

- ``report_recipients``: the addresses the e-mail goes to (``,`` or ``;`` between them);
- ``report_sender_name``, ``report_sender_email``: who signs and sends it (a team's name
  in English in ``report_sender_name_en``, else the French key's name);
- ``report_sender_role``, ``report_greeting``, ``report_signoff``, ``report_about`` (two
  lines on what a coalition is and its levers, after the month's message): words of the
  French letter; the English one reads the same keys ending in ``_en``.

An empty key keeps its default: the catalogue's greeting, sign-off and lines on coalitions
(``report.letter.about``; a single « - » leaves them out), the catalogue's team
name as signature, no role, no sender address (the mail program then sends from its own
account). What is not one plain address is left out of the addresses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from coalitions.escape import email_address, escape_text
from coalitions.format import DEFAULT_LANGUAGE
from coalitions.i18n import translate


@dataclass(frozen=True)
class Letter:
    """The report's envelope and its first and last words (sheet text, not yet escaped)."""

    greeting: str
    signoff: str
    about: str
    sender_name: str
    sender_role: str
    sender_email: str
    recipients: tuple[str, ...] = ()


def recipients(value: str) -> tuple[str, ...]:
    """The addresses of a ``report_recipients`` setting (``,`` or ``;`` between them); what
    is not one plain address is left out."""
    parts = (part.strip() for part in re.split(r"[,;\n]", value or ""))
    return tuple(address for part in parts if (address := email_address(part)))


def _setting(settings: Mapping[str, str], key: str, lang: str) -> str:
    name = key if lang == DEFAULT_LANGUAGE else f"{key}_{lang}"
    return escape_text(settings.get(name, ""), "plain").strip()


def _about(value: str, lang: str) -> str:
    # A keeper who wants no reminder writes « - » (an empty cell means « the default »).
    if value in ("-", "—", "–"):
        return ""
    return value or translate("report.letter.about", lang)


def letter_from_settings(settings: Mapping[str, str], lang: str) -> Letter:
    """The letter of a report in ``lang`` from the ``settings`` tab, defaults where empty."""
    return Letter(
        greeting=_setting(settings, "report_greeting", lang)
        or translate("report.letter.greeting", lang),
        signoff=_setting(settings, "report_signoff", lang)
        or translate("report.letter.signoff", lang),
        about=_about(_setting(settings, "report_about", lang), lang),
        # A person's name is the same in every language; a team's is translated
        # (``report_sender_name_en``).
        sender_name=_setting(settings, "report_sender_name", lang)
        or _setting(settings, "report_sender_name", DEFAULT_LANGUAGE)
        or translate("report.letter.team", lang),
        sender_role=_setting(settings, "report_sender_role", lang),
        sender_email=email_address(settings.get("report_sender_email", "")),
        recipients=recipients(settings.get("report_recipients", "")),
    )
