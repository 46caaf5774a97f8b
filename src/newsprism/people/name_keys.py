"""The keys of an article's table of names."""

from functools import lru_cache

from newsprism.quotes import rules


class NameKeys(dict):
    """Name words (lower case) -> names, a curly apostrophe read as a straight one: an outlet that
    writes "O'Reilly" in one paragraph and "O’Reilly" in the next names one person."""

    @staticmethod
    def fold(key: str) -> str:
        return key.replace("\u2019", "'") if rules.enabled("apostrophe_names") else key

    @staticmethod
    def word_set(name: str) -> frozenset[str]:
        """The name's words as keys (folded, lower case), kept: ``full_name`` compares every name
        the table holds for a surname with each name it completes."""
        return _word_set(name, rules.enabled("apostrophe_names"))

    def __getitem__(self, key: str):
        return super().__getitem__(self.fold(key))

    def __setitem__(self, key: str, value) -> None:
        super().__setitem__(self.fold(key), value)

    def __contains__(self, key: object) -> bool:
        return super().__contains__(self.fold(key) if isinstance(key, str) else key)

    def get(self, key: str, default=None):
        return super().get(self.fold(key), default)

    def setdefault(self, key: str, default=None):
        return super().setdefault(self.fold(key), default)


@lru_cache(maxsize=1 << 14)
def _word_set(name: str, folded: bool) -> frozenset[str]:
    words = (w.lower() for w in name.split())
    return frozenset(w.replace("\u2019", "'") for w in words) if folded else frozenset(words)
