"""newsprism's own exceptions, all under one base class.

Library code raises these; only the CLI turns them into ``Error: ...`` and an exit code.
"""


class NewsprismError(Exception):
    """Base class of every error newsprism raises on purpose."""

    exit_code = 1


class InputError(NewsprismError):
    """An input file or stream could not be read as an article."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class UsageError(NewsprismError):
    """The command was called wrongly (bad option, unknown format)."""

    exit_code = 2


class ModelError(NewsprismError):
    """The spaCy pipeline named in the settings cannot be loaded."""

    exit_code = 2


class StoreError(NewsprismError):
    """The database cannot be opened or written."""


class NotFoundError(NewsprismError):
    """A story, entity or article asked for by id or name does not exist."""


class AmbiguousError(NewsprismError):
    """An id prefix or a name fits several items; the message lists some of them."""

    exit_code = 2
