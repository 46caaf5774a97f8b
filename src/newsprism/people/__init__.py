"""The people model: the rules that decide when two written names are one name (``names``), the
article's table of names, roles, genders and salient subjects (``article``, ``salience``), and the
per-article index of mentions the quote, entity and event stages look people up in (``index``)."""
