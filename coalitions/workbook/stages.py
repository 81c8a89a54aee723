"""The six maturity stages of a coalition (0 topic identified ... 5 impact)."""

from __future__ import annotations

from dataclasses import dataclass

from coalitions.workbook.schema import fold


@dataclass(frozen=True)
class Stage:
    """One maturity stage: its number, catalogue key and labels in both languages."""

    number: int
    key: str
    fr: str
    en: str

    def label(self, lang: str = "fr") -> str:
        """The stage's label in ``lang`` ("fr" or "en")."""
        return self.en if lang == "en" else self.fr


STAGES: tuple[Stage, ...] = (
    Stage(0, "topic", "Sujet identifié", "Topic identified"),
    Stage(1, "foundation", "Socle commun", "Shared foundation"),
    Stage(2, "core", "Noyau d'acteurs", "Core group"),
    Stage(3, "launched", "Lancée", "Launched"),
    Stage(4, "acting", "En action", "In action"),
    Stage(5, "impact", "Impact", "Impact"),
)
LAUNCHED = 3  # the stage from which a coalition counts as launched
# A coalition whose stage the sheet does not say (unreadable or blank, and no history) keeps
# its row with this stage: an int like the others, so tables stay int64, and below every real
# stage, so "stage < LAUNCHED" never counts it as launched. Never index STAGES with it.
UNKNOWN_STAGE = -1
UNKNOWN = Stage(UNKNOWN_STAGE, "unknown", "Étape inconnue", "Unknown stage")
_BY_NUMBER = {s.number: s for s in (*STAGES, UNKNOWN)}

# Every accepted spelling, folded, mapped to the stage number.
_STAGE_WORDS: dict[str, int] = {}
for _s in STAGES:
    for _word in (str(_s.number), _s.fr, _s.en, _s.key):
        _STAGE_WORDS[fold(_word)] = _s.number
_STAGE_WORDS.update(
    {
        "lance": 3,
        "lancee": 3,
        "sujet": 0,
        "socle": 1,
        "noyau": 2,
        "action": 4,
        "acting": 4,
    }
)
STAGE_WORDS = dict(_STAGE_WORDS)


def stage_label(number: int, lang: str = "fr") -> str:
    """The label of stage ``number`` in ``lang``, e.g. ``stage_label(3) == "Lancée"``;
    ``UNKNOWN_STAGE`` gives "Étape inconnue" / "Unknown stage"."""
    return _BY_NUMBER[int(number)].label(lang)


def shown_stages(stages) -> tuple[Stage, ...]:
    """The stages a chart or board lists: the six, then the unknown one if ``stages`` (the
    coalitions' stage numbers) holds it."""
    return (*STAGES, UNKNOWN) if UNKNOWN_STAGE in set(stages) else STAGES
