"""Who may post updates from the dashboard: the ``[updates]`` section of the secrets.

```toml
[updates]
enabled = true
editors = ["lead@fing.org"]   # may update every coalition
allow_without_login = false   # true only for local use: a name is asked instead
```

Off unless ``enabled = true``: a missing section, a typo or a string such as ``"false"``
leaves the dashboard read-only. Read here (``data_sources`` and ``app.py`` are the only
readers of the secrets) into a frozen ``UpdateSettings`` the pages use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coalitions.access import normalise_email

# Editors may be a TOML list or one string separated like the sheet's editors column.
_SEPARATORS = re.compile(r"[,;\s]+")


@dataclass(frozen=True)
class UpdateSettings:
    """Whether updates are on, the e-mails that may update every coalition (normalised as
    ``coalitions.access.normalise_email`` does) and whether a name may stand in for a login.
    """

    enabled: bool = False
    editors: frozenset[str] = frozenset()
    allow_without_login: bool = False


def update_settings(secrets: Mapping[str, Any]) -> UpdateSettings:
    """The ``[updates]`` section of ``secrets`` (a plain dict) as ``UpdateSettings``.

    Only a real TOML ``true`` turns a switch on; editors that are not e-mail addresses are
    left out.
    """
    section = secrets.get("updates") if isinstance(secrets, Mapping) else None
    if not isinstance(section, Mapping):
        return UpdateSettings()
    raw = section.get("editors") or ()
    items = _SEPARATORS.split(raw) if isinstance(raw, str) else raw
    editors = (normalise_email(item) for item in items if isinstance(item, str))
    return UpdateSettings(
        enabled=section.get("enabled") is True,
        editors=frozenset(e for e in editors if e),
        allow_without_login=section.get("allow_without_login") is True,
    )
