"""``reset-coalitions``: the one command line of the project, for the people who keep the sheet.

Subcommands ``validate``, ``report``, ``template`` and ``passcode``, one module each; help and
messages in French by default, ``--lang en`` for English. This package imports
``data_sources`` and ``coalitions``; neither imports it.
"""

# Exit codes shared by the subcommands: scripts and CI can tell "fix the sheet" from "can't read".
EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2
