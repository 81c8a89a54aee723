"""Who may post a coalition's update from the dashboard. No Streamlit here.

The ``[updates]`` secrets decide (off by default):

- ``enabled = false``: nobody writes, no form is shown;
- with a login (``[auth]``): a person may update a coalition when their *verified* e-mail is
  in ``[updates] editors`` (every coalition) or in that coalition's ``editors`` column
  (addresses separated by ``,`` or ``;``, case-insensitive);
- without a login, ``allow_without_login = true`` (local use only) asks for a name instead
  and lets it update every coalition; without it, nothing can be written.

The ``editors`` column itself is never displayed: it only feeds these checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from coalitions.updates.access import OIDC, normalise_email

LOGIN = "login"  # the signed-in, verified e-mail says who writes
NAME = "name"  # local use: the person types their name
OFF = "off"  # no form, nothing written
# The longest name accepted without a login: a signature, not a paragraph.
MAX_NAME_LENGTH = 80
_SEPARATORS = re.compile(r"[,;]")


@dataclass(frozen=True)
class Author:
    """Who posts an update: a verified e-mail (``LOGIN``) or a name typed (``NAME``)."""

    mode: str
    email: str | None = None
    global_editor: bool = False

    def signature(self, name: str = "") -> str:
        """What goes in ``entered_by``: the e-mail, else the name given (trimmed)."""
        return self.email or " ".join(name.split())[:MAX_NAME_LENGTH]


def posting_mode(enabled: bool, allow_without_login: bool, access_mode: str) -> str:
    """``LOGIN``, ``NAME`` or ``OFF`` for these ``[updates]`` settings and access policy.

    A login, when configured, always decides: ``allow_without_login`` only matters on a
    dashboard nobody signs in to.
    """
    if not enabled:
        return OFF
    if access_mode == OIDC:
        return LOGIN
    return NAME if allow_without_login else OFF


def editor_addresses(value: object) -> frozenset[str]:
    """The addresses of an ``editors`` cell or list, normalised; what is not one is dropped.

    A cell holds them separated by ``,`` or ``;``; a list (the secrets) may hold such cells.
    """
    if value is None or (not isinstance(value, str) and not isinstance(value, Iterable)):
        return frozenset()
    cells = [value] if isinstance(value, str) else [str(v) for v in value if v is not None]
    found = set()
    for cell in cells:
        for part in _SEPARATORS.split(cell):
            address = normalise_email(part)
            if address is not None:
                found.add(address)
    return frozenset(found)


def signed_in_author(
    mode: str, email: object, verified: object, global_editors: Iterable[object]
) -> Author | None:
    """The author a run may write as, or None when it may not write at all.

    In ``LOGIN`` mode that needs an e-mail the identity provider did not declare unverified;
    in ``NAME`` mode anyone is an author (the name is asked at each update).
    """
    if mode == NAME:
        return Author(NAME)
    if mode != LOGIN:
        return None
    unverified = verified is False or (isinstance(verified, str) and verified.lower() == "false")
    address = normalise_email(email)
    if address is None or unverified:
        return None
    return Author(LOGIN, address, address in editor_addresses(global_editors))


def may_update(author: Author | None, coalition_editors: object) -> bool:
    """Whether ``author`` may post updates for a coalition with this ``editors`` cell."""
    if author is None:
        return False
    if author.mode == NAME or author.global_editor:
        return True
    return author.email in editor_addresses(coalition_editors)


def editable_coalitions(author: Author | None, coalitions: pd.DataFrame) -> list[str]:
    """The ids of the coalitions ``author`` may update, in the sheet's order."""
    if author is None or coalitions.empty:
        return []
    allowed = coalitions["editors"].map(lambda cell: may_update(author, cell))
    return coalitions.loc[allowed.to_numpy(), "id"].astype(str).tolist()
