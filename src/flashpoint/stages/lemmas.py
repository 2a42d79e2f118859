"""Past forms the tagger leaves unlemmatised ("petitioned", "teargassed" -> "teargasse"): the
stem the codebook knows, so that no row has to spell the tagger's slip (which may also tag
the past form as a present: "petitioned" as VBP)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import Codebook


def known_stem(book: Codebook, token: Token, pos: str) -> str | None:
    """The codebook lemma of a past form whose own lemma has no patterns: the word less "ed",
    less "d" ("rioted" is seen), or less a doubled consonant and "ed" ("teargassed")."""
    word = token.lower_
    if token.pos_ != "VERB" or not word.endswith("ed") \
            or book.patterns(pos, token.lemma_.lower()):
        return None
    doubled = word[:-3] if len(word) > 4 and word[-3] == word[-4] else ""
    return next((s for s in (word[:-2], word[:-1], doubled) if s and book.patterns(pos, s)),
                None)
