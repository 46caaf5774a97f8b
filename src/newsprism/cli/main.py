"""The command line assembled: importing each command module registers its commands on the one
typer app. ``newsprism.cli:main`` is the console entry point."""

from newsprism.cli.analyze import analyze
from newsprism.cli.app import app, main
from newsprism.cli.evaluate import eval_stories  # noqa: F401  (registers the eval commands)
from newsprism.cli.read import articles, entities, entity, events, export, quotes
from newsprism.cli.serve import serve
from newsprism.cli.stories import compare, stories, timeline

__all__ = ["app", "main"]
# The commands in the order `newsprism --help` lists them: the main job, reading back, the web.
COMMANDS = [analyze, articles, quotes, entities, entity, events, stories, compare, timeline, export, serve]


def _listed_order(command) -> int:
    name = command.name or command.callback.__name__
    names = [c.__name__ for c in COMMANDS]
    return names.index(name) if name in names else len(names)  # commands added later go last


app.registered_commands.sort(key=_listed_order)
