"""Finding a member by what a treasurer types in a search box: one rule for every page.

* Case and accents do not matter: "ozturk" finds Özlem Öztürk, "JANSEN" finds Jansen.
* Every word must appear somewhere (in any order, as part of a word): "fat jan"
  finds Fatima Jansen; "jansen rotterdam" finds the Jansen who lives in Rotterdam.
* Searched are the name, city, email address and postcode; a search that is only
  digits also finds the member with that number ("104").

Matched in Python, not SQL: SQLite's `lower()` folds only ASCII and a register of a
few hundred members filters in microseconds. The Leden page and the Uren page both
go through `member_matches`.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Öztürk' -> 'ozturk', 'Straße' -> 'strasse'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def member_matches(search: str, number: int, name: str, city: str = "", email: str = "",
                   postcode: str = "") -> bool:
    """Whether `search` finds this member (the rule in the module docstring); an empty
    search finds everyone."""
    text = search.strip()
    if not text:
        return True
    if text.isdigit() and int(text) == number:
        return True
    haystack = fold(" ".join((name, city, email, postcode)))
    return all(word in haystack for word in fold(text).split())
