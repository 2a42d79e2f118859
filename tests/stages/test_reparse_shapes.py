"""The parse repairs of ``stages/reparse.py`` on parses written out by hand, in the shapes the
small parser gives (so the tests hold whatever the pinned model does with a given sentence)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from flashpoint.stages.reparse import (
    modifier_as_verb,
    object_as_speaker,
    participle_as_verb,
    plural_as_verb,
    verb_in_noun_phrase,
    verbless_sentence,
)
from flashpoint.stages.reparse_tags import (
    adjective_as_root,
    headline_order_as_verb,
    headline_plural_as_verb,
    joined_plural_as_verb,
    noun_as_clause_subject,
    past_verb_as_modifier,
    second_relative_as_verb,
)


def _doc(rows: list[tuple[str, str, str, str, int, str]], ents: list[str] | None = None) -> Doc:
    """One token per row: word, lemma, pos, tag, head index, dependency; ``ents`` in IOB."""
    words, lemmas, pos, tags, heads, deps = (list(c) for c in zip(*rows, strict=True))
    return Doc(Vocab(), words=words, lemmas=lemmas, pos=pos, tags=tags, heads=heads, deps=deps,
               ents=ents)


def test_an_object_taken_for_a_second_subject_of_a_closing_speech_verb() -> None:
    doc = _doc([  # "Chad returned Libyan aircraft, an official confirmed."
        ("Chad", "Chad", "PROPN", "NNP", 1, "nsubj"),
        ("returned", "return", "VERB", "VBD", 1, "ROOT"),
        ("Libyan", "libyan", "ADJ", "JJ", 3, "amod"),
        ("aircraft", "aircraft", "NOUN", "NN", 7, "nsubj"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("an", "an", "DET", "DT", 6, "det"),
        ("official", "official", "NOUN", "NN", 7, "nsubj"),
        ("confirmed", "confirm", "VERB", "VBD", 1, "ccomp"),
        (".", ".", "PUNCT", ".", 7, "punct"),
    ])
    object_as_speaker(doc)
    assert [(t.text, t.dep_, t.head.text) for t in (doc[1], doc[3], doc[7])] == [
        ("returned", "ccomp", "confirmed"), ("aircraft", "dobj", "returned"),
        ("confirmed", "ROOT", "confirmed")]


def test_a_participle_read_as_the_main_verb() -> None:
    doc = _doc([  # "Four engineers held in Yemen were freed."
        ("Four", "four", "NUM", "CD", 1, "nummod"),
        ("engineers", "engineer", "NOUN", "NNS", 2, "nsubj"),
        ("held", "hold", "VERB", "VBD", 2, "ROOT"),
        ("in", "in", "ADP", "IN", 2, "prep"),
        ("Yemen", "Yemen", "PROPN", "NNP", 3, "pobj"),
        ("were", "be", "AUX", "VBD", 6, "auxpass"),
        ("freed", "free", "VERB", "VBN", 2, "conj"),
        (".", ".", "PUNCT", ".", 6, "punct"),
    ])
    participle_as_verb(doc)
    assert [(t.text, t.dep_, t.head.text) for t in (doc[1], doc[2], doc[6])] == [
        ("engineers", "nsubjpass", "freed"), ("held", "acl", "engineers"),
        ("freed", "ROOT", "freed")]


def test_two_verbs_joined_by_and_stay_two_verbs() -> None:
    doc = _doc([  # "Rebels seized the town and were ousted."
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"),
        ("seized", "seize", "VERB", "VBD", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"),
        ("town", "town", "NOUN", "NN", 1, "dobj"),
        ("and", "and", "CCONJ", "CC", 1, "cc"),
        ("were", "be", "AUX", "VBD", 6, "auxpass"),
        ("ousted", "oust", "VERB", "VBN", 1, "conj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    participle_as_verb(doc)
    assert (doc[1].dep_, doc[6].dep_) == ("ROOT", "conj")


def test_a_verbless_sentence_gets_its_verb() -> None:
    doc = _doc([  # "Thousands of Nepalis massed in Kathmandu."
        ("Thousands", "thousand", "NOUN", "NNS", 0, "ROOT"),
        ("of", "of", "ADP", "IN", 0, "prep"),
        ("Nepalis", "Nepalis", "PROPN", "NNPS", 1, "pobj"),
        ("massed", "mass", "VERB", "VBN", 0, "acl"),
        ("in", "in", "ADP", "IN", 3, "prep"),
        ("Kathmandu", "Kathmandu", "PROPN", "NNP", 4, "pobj"),
        (".", ".", "PUNCT", ".", 0, "punct"),
    ])
    verbless_sentence(doc)
    assert [(t.text, t.dep_, t.head.text) for t in (doc[0], doc[3])] == [
        ("Thousands", "nsubj", "massed"), ("massed", "ROOT", "massed")]


def test_a_modifier_read_as_a_second_verb() -> None:
    doc = _doc([  # "Iraq granted inspectors unfettered access."
        ("Iraq", "Iraq", "PROPN", "NNP", 1, "nsubj"),
        ("granted", "grant", "VERB", "VBD", 1, "ROOT"),
        ("inspectors", "inspector", "NOUN", "NNS", 1, "dative"),
        ("unfettered", "unfettere", "VERB", "VBD", 1, "advcl"),
        ("access", "access", "NOUN", "NN", 3, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    modifier_as_verb(doc)
    assert (doc[4].head.i, doc[4].dep_) == (1, "dobj")
    assert (doc[3].head.i, doc[3].dep_, doc[3].pos_) == (4, "amod", "ADJ")


def test_a_second_verb_with_a_subject_stays_a_verb() -> None:
    doc = _doc([  # "Iraq granted inspectors, they said, access." (a subject: not a modifier)
        ("Iraq", "Iraq", "PROPN", "NNP", 1, "nsubj"),
        ("granted", "grant", "VERB", "VBD", 1, "ROOT"),
        ("inspectors", "inspector", "NOUN", "NNS", 1, "dative"),
        ("they", "they", "PRON", "PRP", 4, "nsubj"),
        ("said", "say", "VERB", "VBD", 1, "advcl"),
        ("access", "access", "NOUN", "NN", 4, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    modifier_as_verb(doc)
    assert (doc[5].head.i, doc[4].dep_) == (4, "advcl")


def test_a_plural_read_as_a_verb_after_a_verb_that_answers_it() -> None:
    doc = _doc([  # "Malawi dismissed Bank calls to scrap subsidies."
        ("Malawi", "Malawi", "PROPN", "NNP", 1, "nsubj"),
        ("dismissed", "dismiss", "VERB", "VBD", 1, "ROOT"),
        ("Bank", "Bank", "PROPN", "NNP", 3, "nsubj"),
        ("calls", "call", "VERB", "VBZ", 1, "ccomp"),
        ("to", "to", "PART", "TO", 5, "aux"),
        ("scrap", "scrap", "VERB", "VB", 3, "xcomp"),
        ("subsidies", "subsidy", "NOUN", "NNS", 5, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    plural_as_verb(doc)
    assert (doc[3].head.i, doc[3].dep_, doc[3].pos_) == (1, "dobj", "NOUN")
    assert (doc[2].head.i, doc[2].dep_) == (3, "compound")
    assert doc[5].dep_ == "acl"


def test_a_clause_after_a_speech_verb_stays_a_clause() -> None:
    doc = _doc([  # "Malawi said Bank calls were unfair." (said: not a verb that answers)
        ("Malawi", "Malawi", "PROPN", "NNP", 1, "nsubj"),
        ("said", "say", "VERB", "VBD", 1, "ROOT"),
        ("Bank", "Bank", "PROPN", "NNP", 3, "nsubj"),
        ("calls", "call", "VERB", "VBZ", 1, "ccomp"),
        ("loudly", "loudly", "ADV", "RB", 3, "advmod"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    plural_as_verb(doc)
    assert (doc[3].head.i, doc[3].dep_, doc[3].pos_) == (1, "ccomp", "VERB")


def test_a_sentence_read_as_one_noun_phrase_gets_its_verb() -> None:
    doc = _doc([  # "Miners in Ukraine downed tools on Monday."
        ("Miners", "miner", "NOUN", "NNS", 0, "ROOT"),
        ("in", "in", "ADP", "IN", 0, "prep"),
        ("Ukraine", "Ukraine", "PROPN", "NNP", 4, "nmod"),
        ("downed", "down", "VERB", "VBN", 4, "amod"),
        ("tools", "tool", "NOUN", "NNS", 0, "appos"),
        ("on", "on", "ADP", "IN", 4, "prep"),
        ("Monday", "Monday", "PROPN", "NNP", 5, "pobj"),
        (".", ".", "PUNCT", ".", 0, "punct"),
    ])
    verb_in_noun_phrase(doc)
    assert (doc[3].dep_, doc[3].pos_) == ("ROOT", "VERB")
    assert (doc[0].head.i, doc[0].dep_) == (3, "nsubj")
    assert (doc[2].head.i, doc[2].dep_) == (1, "pobj")
    assert (doc[4].head.i, doc[4].dep_) == (3, "dobj")
    assert doc[7].head.i == 3


def test_a_noun_phrase_with_a_modifier_and_no_subject_stays_one() -> None:
    doc = _doc([  # "Tools, downed and broken." (nothing nominal before it to be a subject)
        ("the", "the", "DET", "DT", 2, "det"),
        ("renewed", "renew", "VERB", "VBN", 2, "amod"),
        ("talks", "talk", "NOUN", "NNS", 2, "ROOT"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ])
    verb_in_noun_phrase(doc)
    assert (doc[1].dep_, doc[2].dep_) == ("amod", "ROOT")


def test_an_opening_noun_read_as_a_verb_heading_the_passive_subject() -> None:
    doc = _doc([  # "Aid to Uganda was cut."
        ("Aid", "aid", "VERB", "VB", 4, "csubjpass"),
        ("to", "to", "ADP", "IN", 0, "prep"),
        ("Uganda", "Uganda", "PROPN", "NNP", 1, "pobj"),
        ("was", "be", "AUX", "VBD", 4, "auxpass"),
        ("cut", "cut", "VERB", "VBN", 4, "ROOT"),
        (".", ".", "PUNCT", ".", 4, "punct"),
    ])
    noun_as_clause_subject(doc)
    assert (doc[0].pos_, doc[0].dep_, doc[0].head.text) == ("NOUN", "nsubjpass", "cut")


def test_an_adjective_read_as_the_verb_of_its_subject() -> None:
    doc = _doc([  # "Protesters angry at the hike set banks ablaze."
        ("Protesters", "protester", "NOUN", "NNS", 1, "nsubj"),
        ("angry", "angry", "ADJ", "JJ", 1, "ROOT"),
        ("at", "at", "ADP", "IN", 1, "prep"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("hike", "hike", "NOUN", "NN", 2, "pobj"),
        ("set", "set", "VERB", "VBD", 4, "acl"),
        ("banks", "bank", "NOUN", "NNS", 5, "dobj"),
        ("ablaze", "ablaze", "ADJ", "JJ", 1, "advmod"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    adjective_as_root(doc)
    assert [(t.text, t.dep_, t.head.text) for t in (doc[0], doc[1], doc[5], doc[7])] == [
        ("Protesters", "nsubj", "set"), ("angry", "amod", "Protesters"), ("set", "ROOT", "set"),
        ("ablaze", "advmod", "set")]


def test_an_opening_gerund_with_an_of_phrase_is_a_noun() -> None:
    doc = _doc([  # "Shelling of the town resumed."
        ("Shelling", "shell", "VERB", "VBG", 4, "nsubj"),
        ("of", "of", "ADP", "IN", 0, "prep"),
        ("the", "the", "DET", "DT", 3, "det"),
        ("town", "town", "NOUN", "NN", 1, "pobj"),
        ("resumed", "resume", "VERB", "VBD", 4, "ROOT"),
        (".", ".", "PUNCT", ".", 4, "punct"),
    ])
    noun_as_clause_subject(doc)
    assert (doc[0].pos_, doc[0].lemma_, doc[0].dep_) == ("NOUN", "shelling", "nsubj")


def test_a_plural_after_and_read_as_a_verb_is_a_second_object() -> None:
    doc = _doc([  # "Judges imposed bans and asset freezes on them."
        ("Judges", "judge", "NOUN", "NNS", 1, "nsubj"),
        ("imposed", "impose", "VERB", "VBD", 1, "ROOT"),
        ("bans", "ban", "NOUN", "NNS", 5, "nsubj"),
        ("and", "and", "CCONJ", "CC", 2, "cc"),
        ("asset", "asset", "NOUN", "NN", 2, "conj"),
        ("freezes", "freeze", "VERB", "VBZ", 1, "ccomp"),
        ("on", "on", "ADP", "IN", 5, "prep"),
        ("them", "they", "PRON", "PRP", 6, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    joined_plural_as_verb(doc)
    assert [(t.text, t.dep_, t.head.text) for t in (doc[2], doc[4], doc[5], doc[6])] == [
        ("bans", "dobj", "imposed"), ("asset", "compound", "freezes"),
        ("freezes", "conj", "bans"), ("on", "prep", "imposed")]


def test_a_past_tense_read_as_a_modifier_after_a_describing_clause_is_the_verb() -> None:
    doc = _doc([  # "Rebels, who hold the south, froze talks."
        ("Rebels", "rebel", "NOUN", "NNS", 0, "ROOT"),
        (",", ",", "PUNCT", ",", 0, "punct"),
        ("who", "who", "PRON", "WP", 3, "nsubj"),
        ("hold", "hold", "VERB", "VBP", 0, "relcl"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("south", "south", "NOUN", "NN", 3, "dobj"),
        (",", ",", "PUNCT", ",", 0, "punct"),
        ("froze", "freeze", "VERB", "VBD", 8, "amod"),
        ("talks", "talk", "NOUN", "NNS", 0, "appos"),
        (".", ".", "PUNCT", ".", 0, "punct"),
    ])
    past_verb_as_modifier(doc)
    assert [(t.text, t.dep_, t.head.text) for t in (doc[0], doc[7], doc[8], doc[9])] == [
        ("Rebels", "nsubj", "froze"), ("froze", "ROOT", "froze"), ("talks", "dobj", "froze"),
        (".", "punct", "froze")]


def test_a_second_describing_clause_without_a_subject_is_the_verb() -> None:
    doc = _doc([  # "Magistrates, who froze the funds, on Thursday handed over records."
        ("Magistrates", "magistrate", "NOUN", "NNS", 0, "ROOT"),
        (",", ",", "PUNCT", ",", 0, "punct"),
        ("who", "who", "PRON", "WP", 3, "nsubj"),
        ("froze", "freeze", "VERB", "VBD", 0, "relcl"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("funds", "fund", "NOUN", "NNS", 3, "dobj"),
        (",", ",", "PUNCT", ",", 0, "punct"),
        ("on", "on", "ADP", "IN", 9, "prep"),
        ("Thursday", "Thursday", "PROPN", "NNP", 7, "pobj"),
        ("handed", "hand", "VERB", "VBD", 0, "relcl"),
        ("over", "over", "ADP", "RP", 9, "prt"),
        ("records", "record", "NOUN", "NNS", 9, "dobj"),
        (".", ".", "PUNCT", ".", 0, "punct"),
    ])
    second_relative_as_verb(doc)
    assert [(t.text, t.dep_, t.head.text) for t in (doc[0], doc[3], doc[9], doc[12])] == [
        ("Magistrates", "nsubj", "handed"), ("froze", "relcl", "Magistrates"),
        ("handed", "ROOT", "handed"), (".", "punct", "handed")]


def test_a_participle_after_an_apposition_is_the_verb() -> None:
    doc = _doc([  # "Hamas, the militant group, threatened on Tuesday to strike."
        ("Hamas", "Hamas", "PROPN", "NNP", 0, "ROOT"),
        (",", ",", "PUNCT", ",", 0, "punct"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("militant", "militant", "ADJ", "JJ", 4, "amod"),
        ("group", "group", "NOUN", "NN", 0, "appos"),
        (",", ",", "PUNCT", ",", 0, "punct"),
        ("threatened", "threaten", "VERB", "VBN", 0, "acl"),
        ("on", "on", "ADP", "IN", 6, "prep"),
        ("Tuesday", "Tuesday", "PROPN", "NNP", 7, "pobj"),
        ("to", "to", "PART", "TO", 10, "aux"),
        ("strike", "strike", "VERB", "VB", 6, "xcomp"),
        (".", ".", "PUNCT", ".", 0, "punct"),
    ])
    second_relative_as_verb(doc)
    assert [(t.text, t.dep_, t.head.text) for t in (doc[0], doc[6], doc[11])] == [
        ("Hamas", "nsubj", "threatened"), ("threatened", "ROOT", "threatened"),
        (".", "punct", "threatened")]


def test_a_passive_participle_after_an_apposition_stays_a_description() -> None:
    doc = _doc([  # "Knin, the Serb stronghold, captured by Croatian troops."
        ("Knin", "Knin", "PROPN", "NNP", 0, "ROOT"),
        (",", ",", "PUNCT", ",", 0, "punct"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("Serb", "serb", "ADJ", "JJ", 4, "amod"),
        ("stronghold", "stronghold", "NOUN", "NN", 0, "appos"),
        (",", ",", "PUNCT", ",", 0, "punct"),
        ("captured", "capture", "VERB", "VBN", 0, "acl"),
        ("by", "by", "ADP", "IN", 6, "agent"),
        ("Croatian", "croatian", "ADJ", "JJ", 9, "amod"),
        ("troops", "troop", "NOUN", "NNS", 7, "pobj"),
        (".", ".", "PUNCT", ".", 0, "punct"),
    ])
    second_relative_as_verb(doc)
    assert [(t.dep_, t.head.text) for t in (doc[0], doc[6])] == [
        ("ROOT", "Knin"), ("acl", "Knin")]


def test_a_headline_order_read_as_a_plural_noun_is_the_verb() -> None:
    doc = _doc([  # "Burmese junta orders UN peacekeepers to leave."
        ("Burmese", "burmese", "ADJ", "JJ", 2, "amod"),
        ("junta", "junta", "NOUN", "NN", 2, "compound"),
        ("orders", "order", "NOUN", "NNS", 4, "compound"),
        ("UN", "UN", "PROPN", "NNP", 4, "compound"),
        ("peacekeepers", "peacekeeper", "NOUN", "NNS", 6, "nsubj"),
        ("to", "to", "PART", "TO", 6, "aux"),
        ("leave", "leave", "VERB", "VB", 6, "ROOT"),
        (".", ".", "PUNCT", ".", 6, "punct"),
    ])
    headline_order_as_verb(doc)
    assert [(t.text, t.dep_, t.head.text) for t in doc[:7]] == [
        ("Burmese", "amod", "junta"), ("junta", "nsubj", "orders"), ("orders", "ROOT", "orders"),
        ("UN", "compound", "peacekeepers"), ("peacekeepers", "dobj", "orders"),
        ("to", "aux", "leave"), ("leave", "xcomp", "orders")]
    assert doc[2].pos_ == "VERB"


def test_a_plural_noun_that_is_no_order_stays_a_noun() -> None:
    doc = _doc([  # "Oil exports to Asia fell."
        ("Oil", "oil", "NOUN", "NN", 1, "compound"),
        ("exports", "export", "NOUN", "NNS", 3, "nsubj"),
        ("to", "to", "PART", "TO", 3, "aux"),
        ("rise", "rise", "VERB", "VB", 3, "ROOT"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ])
    headline_order_as_verb(doc)
    assert doc[1].pos_ == "NOUN" and doc[1].dep_ == "nsubj"


def test_a_headline_plural_root_with_a_subject_is_the_verb() -> None:
    doc = _doc([  # "The NLD demands that the junta resign."
        ("The", "the", "DET", "DT", 1, "det"),
        ("NLD", "NLD", "PROPN", "NNP", 2, "nsubj"),
        ("demands", "demand", "NOUN", "NNS", 2, "ROOT"),
        ("that", "that", "SCONJ", "IN", 6, "mark"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("junta", "junta", "NOUN", "NN", 6, "nsubj"),
        ("resign", "resign", "VERB", "VB", 2, "ccomp"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ])
    headline_plural_as_verb(doc)
    assert (doc[2].pos_, doc[2].tag_, doc[1].dep_) == ("VERB", "VBZ", "nsubj")


def test_a_headline_plural_after_a_name_alone_is_the_verb_and_the_name_its_subject() -> None:
    doc = _doc([  # "Belgium apologises to Rwanda."
        ("Belgium", "belgium", "NOUN", "NN", 1, "compound"),
        ("apologises", "apologise", "NOUN", "NNS", 1, "ROOT"),
        ("to", "to", "ADP", "IN", 1, "prep"),
        ("Rwanda", "Rwanda", "PROPN", "NNP", 2, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ], ents=["B-GPE", "O", "O", "B-GPE", "O"])
    headline_plural_as_verb(doc)
    assert (doc[1].pos_, doc[1].tag_, doc[0].dep_) == ("VERB", "VBZ", "nsubj")


def test_a_plural_after_an_unnamed_noun_stays_a_noun() -> None:
    doc = _doc([  # "Peace talks in Geneva."
        ("Peace", "peace", "NOUN", "NN", 1, "compound"),
        ("talks", "talk", "NOUN", "NNS", 1, "ROOT"),
        ("in", "in", "ADP", "IN", 1, "prep"),
        ("Geneva", "Geneva", "PROPN", "NNP", 2, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ], ents=["O", "O", "O", "B-GPE", "O"])
    headline_plural_as_verb(doc)
    assert (doc[1].pos_, doc[0].dep_) == ("NOUN", "compound")


def test_forces_before_a_noun_stay_a_noun_in_a_headline() -> None:
    doc = _doc([  # "UN forces chief to step down."
        ("UN", "UN", "PROPN", "NNP", 1, "compound"),
        ("forces", "force", "NOUN", "NNS", 2, "compound"),
        ("chief", "chief", "NOUN", "NN", 4, "nsubj"),
        ("to", "to", "PART", "TO", 4, "aux"),
        ("step", "step", "VERB", "VB", 4, "ROOT"),
        ("down", "down", "ADP", "RP", 4, "prt"),
        (".", ".", "PUNCT", ".", 4, "punct"),
    ])
    headline_order_as_verb(doc)
    assert (doc[1].pos_, doc[1].dep_, doc[2].dep_) == ("NOUN", "compound", "nsubj")
