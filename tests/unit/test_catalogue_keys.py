"""The catalogue and the code agree, both ways: every key the code asks for exists, every key
the catalogue holds is asked for somewhere, and each key lives in the topic file it is named
after.

« Asked for » is read from the source, not from a run: a key is used when the code or a
template spells it whole (``t("agenda.title")``), or spells a prefix the code completes
(``f"finding.{code}"``, ``INTERFACE_PREFIX = "interface."``, ``("workbook.stage", ...)``
completed with ``f"{prefix}.{value}"``). A key is missing when the code hands a whole literal
to ``t``/``translate`` that the catalogue lacks. Each check is shown failing on a planted key.
"""

from __future__ import annotations

import ast
import re
from collections import Counter, defaultdict
from importlib import import_module
from pathlib import Path

from coalitions.i18n import _TOPICS, CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("app.py", "app_pages", "ui", "coalitions", "data_sources", "reset_cli", "bench")
TEMPLATE_SUFFIXES = (".j2", ".html")
KEYISH = re.compile(r"[a-z_]+(?:\.[a-z0-9_]+)*\.?")
CALLS = {"t", "translate"}


def source_files() -> list[Path]:
    files = []
    for name in SOURCES:
        path = ROOT / name
        files += [path] if path.is_file() else sorted(path.rglob("*"))
    i18n = ROOT / "coalitions" / "i18n"
    return [f for f in files if f.is_file() and i18n not in f.parents]


def spelled(files: list[Path]) -> tuple[set[str], set[str], set[str]]:
    """What the code spells: whole string literals, prefixes (literals, or the start of an
    f-string), and the literal first arguments of ``t(...)``/``translate(...)``."""
    literals, prefixes, asked = set(), set(), set()
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix in TEMPLATE_SUFFIXES:
            literals |= set(re.findall(r"[\"']([a-z_]+(?:\.[a-z0-9_]+)+)[\"']", text))
            continue
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    prefixes.add(first.value)
            elif isinstance(node, ast.Call) and node.args:
                name = getattr(node.func, "id", getattr(node.func, "attr", None))
                key = node.args[0]
                if name in CALLS and isinstance(key, ast.Constant) and isinstance(key.value, str):
                    asked.add(key.value)
    prefixes |= {p for p in literals if KEYISH.fullmatch(p) and "." in p}
    return literals, prefixes, asked


def unused_keys(keys, literals: set[str], prefixes: set[str]) -> list[str]:
    def used(key: str) -> bool:
        if key in literals:
            return True
        return any(
            key.startswith(p) if p.endswith(".") else key.startswith(p + ".") for p in prefixes
        )

    return sorted(k for k in keys if not used(k))


def missing_keys(keys, asked: set[str]) -> list[str]:
    return sorted(k for k in asked if k not in keys)


def misplaced_keys(homes: dict[str, list[str]]) -> list[str]:
    """Keys out of their topic file: a key whose first word names a topic file (``report.*``
    in ``report.py``, ``findings.py`` for ``finding.*``...) lives there; any other first word
    lives in one file only, the one holding most of them. ``homes`` maps each topic file to
    its keys."""
    counts = defaultdict(Counter)
    for topic, keys in homes.items():
        for key in keys:
            counts[key.split(".")[0]][topic] += 1
    wrong = []
    for topic, keys in homes.items():
        for key in keys:
            word = key.split(".")[0]
            named = [t for t in homes if t in (word, word + "s", word + "ing", word[:-1] + "ing")]
            home = named[0] if named else counts[word].most_common(1)[0][0]
            if topic != home:
                wrong.append(f"{key} in {topic}.py")
    return sorted(wrong)


def topic_homes() -> dict[str, list[str]]:
    return {t: list(import_module(f"coalitions.i18n.{t}").MESSAGES) for t in _TOPICS}


# ------------------------------------------------------------------ the catalogue as it is


def test_every_key_the_code_asks_for_exists():
    _, _, asked = spelled(source_files())
    assert len(asked) > 300  # the reading works: the code asks for hundreds of keys
    assert missing_keys(CATALOGUE, asked) == []


def test_every_key_of_the_catalogue_is_used():
    literals, prefixes, _ = spelled(source_files())
    assert unused_keys(CATALOGUE, literals, prefixes) == []


def test_every_key_lives_in_its_topic_file():
    assert misplaced_keys(topic_homes()) == []


# ------------------------------------------------------------------ the checks catch a plant


def test_a_planted_unused_key_is_caught():
    literals, prefixes, _ = spelled(source_files())
    planted = {**CATALOGUE, "agenda.never_asked": {"fr": "x", "en": "x"}}
    assert unused_keys(planted, literals, prefixes) == ["agenda.never_asked"]


def test_a_planted_missing_key_is_caught(tmp_path):
    page = tmp_path / "page.py"
    page.write_text('from ui.context import t\n\nt("agenda.not_written")\nt("agenda.intro")\n')
    _, _, asked = spelled([page])
    assert missing_keys(CATALOGUE, asked) == ["agenda.not_written"]


def test_prefixes_the_code_completes_count_as_use(tmp_path):
    code = tmp_path / "code.py"
    code.write_text(
        'PREFIX = "interface."\nkey = f"finding.{code}"\npair = ("workbook.stage", 1)\n'
    )
    literals, prefixes, _ = spelled([code])
    keys = ["interface.close", "finding.bad_url", "workbook.stage.0", "workbook.stages", "x.y"]
    assert unused_keys(keys, literals, prefixes) == ["workbook.stages", "x.y"]


def test_a_planted_misplaced_key_is_caught():
    homes = topic_homes()
    homes["presenter"] = [*homes["presenter"], "report.page.somewhere"]
    homes["common"] = [*homes["common"], "maturity.elsewhere"]
    assert misplaced_keys(homes) == [
        "maturity.elsewhere in common.py",
        "report.page.somewhere in presenter.py",
    ]
