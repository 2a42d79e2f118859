"""Organisations' names are indexed in British and American spelling."""

from __future__ import annotations

from flashpoint.codebook.spelling import spellings


def test_each_spelling_of_each_word_is_produced() -> None:
    found = spellings("Organization for Security and Co-operation in Europe")
    assert "Organisation for Security and Cooperation in Europe" in found
    assert "Organization for Security and Co-operation in Europe" in found
    assert len(found) == 4


def test_a_name_without_such_words_is_itself() -> None:
    assert spellings("African Union") == {"African Union"}


def test_case_follows_the_word_it_replaces() -> None:
    assert "Ministry of Defense" in spellings("Ministry of Defence")
    assert "the defense ministry" in spellings("the defence ministry")
