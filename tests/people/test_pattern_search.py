"""The dependency patterns of data/patterns.yaml matched from their rarest node
(``nlp.dependency_search``) give exactly the spaCy DependencyMatcher's matches, on documents and
on their sentences; a pattern the search cannot run falls back to the DependencyMatcher."""

from __future__ import annotations

from spacy.matcher import DependencyMatcher

from newsprism.nlp import dependency_search, patterns

TEXTS = [
    "Valentina Ortuzar, Chile's trade minister, spoke first. Later the minister, Rafael Duarte, "
    "spoke. Corvin Foods, a company in Ohio, stayed silent.",
    "The group, which calls itself the Sufar Brigades, said in a statement that it would fight. "
    "An outfit known as Red Dawn told reporters in the capital that talks had failed.",
    "Port Ellery, a spokesman, Tom Becker, said the ship was late. A spokesman for the governor, "
    "Piet Lobo, told the council she worried about the budget.",
    "Foreign Minister Lan Qiwen met his counterpart, Oleksa Marchenko, and Mr. Hao, the "
    "deputy mayor. She said nothing.",
]


def reference(name: str, where) -> set[tuple[int, ...]]:
    """The DependencyMatcher's own matches, as document offsets."""
    matcher = DependencyMatcher(where.vocab)
    matcher.add(name, patterns.definitions()["dependency"][name])
    offset = getattr(where, "start", 0)
    return {tuple(i + offset for i in tokens) for _, tokens in matcher(where)}


def test_search_finds_the_dependency_matchers_matches(nlp):
    found_any = set()
    for doc in nlp.pipe(TEXTS):
        for name in patterns.definitions()["dependency"]:
            search = dependency_search.DependencySearch(
                doc.vocab, name, patterns.definitions()["dependency"][name]
            )
            for where in [doc, *doc.sents]:
                expected = reference(name, where)
                assert search.match(where) == expected, (name, where.text)  # no fallback
                assert set(patterns.match(name, where)) == expected, (name, where.text)
                if expected:
                    found_any.add(name)
    assert {"role_apposition", "title_apposition", "naming_clause", "clause_on_object"} <= found_any


def test_a_span_an_arc_leaves_or_an_unknown_relation_falls_back(nlp):
    doc = nlp("Tom Becker, the spokesman, said the ship was late.")
    search = dependency_search.DependencySearch(
        doc.vocab, "t", patterns.definitions()["dependency"]["role_apposition"]
    )
    assert search.match(doc) == reference("role_apposition", doc)
    assert search.match(doc[0:5]) is None  # "Tom Becker, the spokesman" hangs on "said"
    # no token of "Tom Becker ," passes the role node's test: no match, either way
    assert search.match(doc[0:3]) == reference("role_apposition", doc[0:3]) == set()
    odd = [
        [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": "VERB"}}, {"LEFT_ID": "a", "REL_OP": ".", "RIGHT_ID": "b"}]
    ]
    assert dependency_search.DependencySearch(doc.vocab, "odd", odd).match(doc) is None
