"""Evaluation scripts behind ``newsprism eval ...``: each module scores one stage against annotated data.

Each module exposes ``run(data: Path | None, verbose: bool, console: rich.console.Console) -> dict``
that prints precision/recall/F1 (or the stage's own measures) and returns them.
"""
