"""Actors in words: whether a text already names one (``named_in``), actors with their
roles, each once (``who_text``), and a coalition's actors the section has not yet named
(``actors_text``).
"""

from __future__ import annotations

import re

from coalitions.format import format_list, typography
from coalitions.i18n import translate
from coalitions.report.model import CoalitionSection
from coalitions.report.sheet_text import cleaned, marked
from coalitions.workbook.schema import ROLES, fold


def _forms(name: str) -> list[str]:
    """How a text may name an actor: its full name, and for « OFB (Office français …) » or
    « Office français de la biodiversité (OFB) » the part outside and inside the brackets."""
    full = fold(name)
    outside, _, inside = full.partition("(")
    # A bracket's part counts when it is a word of its own (« OFB »), not a letter.
    parts = {outside.strip(), inside.rstrip(")").strip()} - {full}
    return [full, *(p for p in parts if len(p) > 2)] if full else []


def named_in(name: str, text: str) -> bool:
    """Whether ``text`` already names the actor ``name`` (whole words, folded)."""
    folded = f" {fold(text)} "
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", folded) for f in _forms(cleaned(name)))


def _actor_name(name: str, lang: str) -> str:
    """An actor's name inside the list: a group named by a plural common noun (« Acteurs
    associatifs », « Associations de la participation citoyenne ») in lower case, as a
    sentence writes it; a name with a capital further on (« Entreprises EdTech », « Réseau
    Canopé ») or of one word (« Soluris ») is a proper name and stays as typed."""
    first, _, rest = name.partition(" ")
    plural = len(first) > 3 and first[-1] in "sx" and not first.isupper()
    # The sheet's French in an English letter too: a reader met « Acteurs publics » capitalised
    # mid-list there and took it for a name.
    if plural and rest and not any(c.isupper() for c in rest):
        return first[0].lower() + name[1:]
    return name


def who_text(
    pairs: list[tuple[str, list[str]]],
    lang: str = "fr",
    new: frozenset[str] = frozenset(),
    also: frozenset[str] = frozenset(),
) -> str:
    """Actors with their roles, each once: ``FING à l'animation ; A et B dans le noyau``
    (``pairs``: ``(role key or free text, names)``, in role order). Those in ``new`` (who
    came this month) are said so where they are listed: « A et, depuis ce mois-ci, B dans le
    noyau », « C dans le noyau depuis ce mois-ci ». A role in ``also`` has others the text
    above already named: « FING comme partenaire, en plus de ceux cités plus haut »."""
    parts = []
    for role, names in pairs:
        before = [marked(_actor_name(cleaned(n), lang), lang) for n in names if n not in new]
        came = [marked(_actor_name(cleaned(n), lang), lang) for n in names if n in new]
        listed = format_list(before or came, lang)
        if before and came:
            listed = translate("report.who.mixed", lang, old=listed,
                               new=format_list(came, lang))  # fmt: skip
        if role in ROLES or role == "":
            part = translate(f"report.who.{role}", lang, count=len(names), names=listed)
        else:
            part = translate(
                "report.who.free", lang, names=listed, role=marked(cleaned(role), lang)
            )
        if came and not before:
            part = translate("report.who.new", lang, who=part)
        parts.append(translate("report.who.also", lang, who=part) if role in also else part)
    return typography(" ; ".join(parts) if lang == "fr" else "; ".join(parts), lang)


def actors_text(section: CoalitionSection, told: str, lang: str = "fr") -> str:
    """Everyone who takes part, with their role, those who came this month said so, leaving
    out those the section has already named (``told``: the news, the next step…): each actor
    named once, and the list never contradicts the month's paragraph."""
    pairs, also = [], set()
    for role, names in section.actors:
        left = [n for n in names if not named_in(n, told)]
        if left:
            pairs.append((role, left))
        if left and len(left) < len(names):
            also.add(role)
    came = frozenset(actor for actor, _ in section.joined)
    return who_text(pairs, lang, came, frozenset(also))
