"""newsprism: who said what, who did what to whom and when, and how each outlet told it."""

from newsprism.models import Article, Entity, Event, Extraction, Mention, Quote, RawArticle, Story

__all__ = ["Article", "Corpus", "Entity", "Event", "Extraction", "Mention", "Quote", "RawArticle", "Story"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Corpus pulls in spaCy and SQLAlchemy; import it lazily so `import newsprism` stays cheap.
    if name == "Corpus":
        from newsprism.api import Corpus

        return Corpus
    raise AttributeError(name)
