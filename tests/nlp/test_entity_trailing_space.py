"""An entity the model ends on a paragraph break keeps only the name: aliases never hold newlines."""

from spacy.tokens import Span

from newsprism.nlp.entity_cleaning import clean_entities

ENDS_PARAGRAPH = (
    "The plan changed, Kelland said, referring to Pettersen\n\nKelland said he told the lawmakers."
)


def test_a_name_at_a_paragraph_end_is_cut_before_the_break(nlp):
    doc = nlp(ENDS_PARAGRAPH)
    name = next(t.i for t in doc if t.text == "Pettersen")
    assert doc[name + 1].is_space  # the model's span may take the break with it
    doc.ents = [Span(doc, name, name + 2, label="PERSON")]
    cleaned = clean_entities(doc, frozenset({"PERSON", "ORG"}))
    assert [doc[r.start : r.end].text for r in cleaned] == ["Pettersen"]
