"""Other spellings of a name, so that a codebook entry matches British and American text."""

from __future__ import annotations

# British and American spellings of words in organisations' names: each is indexed both ways
SPELLINGS = (("organisation", "organization"), ("co-operation", "cooperation"),
             ("defence", "defense"), ("labour", "labor"), ("centre", "center"),
             ("programme", "program"))


def spellings(name: str) -> set[str]:
    """``name`` and its other spellings ("Organisation for Security and Cooperation")."""
    found = {name}
    for one, other in SPELLINGS:
        for known in list(found):
            low = known.lower()
            for a, b in ((one, other), (other, one)):
                if a in low:
                    at = low.index(a)
                    found.add(known[:at] + _cased(b, known[at:at + len(a)]) + known[at + len(a):])
    return found


def _cased(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word
