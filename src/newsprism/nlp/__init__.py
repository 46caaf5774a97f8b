"""The spaCy stage: the configured pipeline, loaded once per process, with our components."""

from newsprism.nlp.model import load_model

__all__ = ["load_model"]
