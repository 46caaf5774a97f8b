"""The keys of an article's table of names."""

from newsprism.quotes import rules


class NameKeys(dict):
    """Name words (lower case) -> names, a curly apostrophe read as a straight one: an outlet that
    writes "O'Reilly" in one paragraph and "O’Reilly" in the next names one person."""

    @staticmethod
    def fold(key: str) -> str:
        return key.replace("\u2019", "'") if rules.enabled("apostrophe_names") else key

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
