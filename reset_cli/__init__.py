"""``reset-coalitions``: the one command line of the project, for the people who keep the sheet.

- ``main``: the one parser (``python -m reset_cli`` runs it through ``__main__``);
- ``validate``, ``report``, ``template``, ``passcode``: one subcommand each;
- ``french_argparse``: argparse speaking the user's language (its own words and errors).

Help and messages in French by default, ``--lang en`` for English. This package imports
``data_sources`` and ``coalitions``; neither imports it.
"""

# Exit codes shared by the subcommands: scripts and CI can tell "fix the sheet" from "can't read".
EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2
