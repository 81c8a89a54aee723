"""``python -m bench [--sizes sample,x10] [--no-browser] [--repeat N]``: see bench.run."""

from bench.run import main

main()
