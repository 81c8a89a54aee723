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

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coalitions.updates.editors import editor_addresses


@dataclass(frozen=True)
class UpdateSettings:
    """Whether updates are on, the e-mails that may update every coalition (normalised by
    ``coalitions.updates.editors.editor_addresses``) and whether a name may stand in for a login."""

    enabled: bool = False
    editors: frozenset[str] = frozenset()
    allow_without_login: bool = False


def update_settings(secrets: Mapping[str, Any]) -> UpdateSettings:
    """The ``[updates]`` section of ``secrets`` (a plain dict) as ``UpdateSettings``.

    Only a real TOML ``true`` turns a switch on; editors may be a list or one string
    separated by ``,`` or ``;`` (like the sheet's column); what is not an address is left out.
    """
    section = secrets.get("updates") if isinstance(secrets, Mapping) else None
    if not isinstance(section, Mapping):
        return UpdateSettings()
    return UpdateSettings(
        enabled=section.get("enabled") is True,
        editors=editor_addresses(section.get("editors")),
        allow_without_login=section.get("allow_without_login") is True,
    )
