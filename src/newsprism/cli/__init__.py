"""The command line: a thin typer front end over the library (``newsprism.api``)."""

from newsprism.cli.main import app, main

__all__ = ["app", "main"]
