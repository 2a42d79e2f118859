"""The fronted-clause parse repair (stages/fronted.py): a sentence opening with a participle
clause the parser misread is parsed in two parts and grafted back. Made-up sentences about real
actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from flashpoint.settings import load_settings
from flashpoint.stages.nlp import load_pipeline
from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"
INSISTING = ("Insisting that it would not police the border for Israel, Lebanon on Thursday "
             "rejected a call by the United Nations to deploy its army in the south.")


@pytest.mark.parametrize(("text", "triple"), [
    (INSISTING, ("LBN", "IGOUNO", "124")),
    ("Escalating a row over Kosovo, Serbia today sent a formal complaint to Albania.",
     ("SRB", "ALB", "114")),
])
def test_the_main_clause_after_a_fronted_participle_is_coded(
        text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_the_graft_keeps_words_and_names_and_makes_one_tree() -> None:
    nlp = load_pipeline(load_settings().model)
    doc = nlp(INSISTING)
    assert doc.text == INSISTING
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["Israel", "Lebanon"]
    assert len(list(doc.sents)) == 1
    rejected = next(t for t in doc if t.lower_ == "rejected")
    assert doc[0].head.i == rejected.i and doc[0].dep_ == "advcl"
    assert [c.text for c in rejected.children if c.dep_ == "nsubj"] == ["Lebanon"]


def test_a_gerund_subject_is_no_fronted_clause() -> None:
    coded = code("Training with Indonesia's special forces was resumed by Australian commandos "
                 "on Tuesday, ending a suspension, the Defence Department said.", DAY)
    assert all(e.source is None or e.source.country == "AUS" for e in coded)
