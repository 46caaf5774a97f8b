"""The command line: a thin typer front end over the library (``newsprism.api``)."""

from newsprism.cli.doctor import register as register_doctor
from newsprism.cli.main import app, main

register_doctor(app)

__all__ = ["app", "main"]
