"""Run the command line as a module: `python -m newsevents explain FILE`, as the `newsevents`
console script does, for a Python whose scripts folder is not on the PATH."""

from newsevents.deliver.cli import app

app(prog_name="newsevents")
