"""The command line assembled: importing each command module registers its commands on the one
typer app. ``newsprism.cli:main`` is the console entry point."""

from newsprism.cli.analyze import analyze
from newsprism.cli.app import app, main
from newsprism.cli.evaluate import eval_stories
from newsprism.cli.read import articles, entities, entity, events, export, quotes
from newsprism.cli.serve import serve
from newsprism.cli.stories import compare, stories, timeline

__all__ = ["app", "main"]
# The commands, each registered by its module when imported.
COMMANDS = [analyze, articles, quotes, entities, entity, events, export, stories, compare, timeline, serve]
COMMANDS.append(eval_stories)
