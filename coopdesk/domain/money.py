"""Money: euro amounts as exact decimals, rounded to the cent in one place.

Invariants this module keeps:

* A `Money` is always a whole number of cents. It is built from `str`, `int`,
  `Decimal` or another `Money`, never from a `float` (a float cannot hold 0.10
  exactly; `Money(0.1)` raises `TypeError`).
* Every rounding to the cent goes through `round_cents` with ROUND_HALF_UP
  (0.005 becomes 0.01, -0.005 becomes -0.01), the way a treasurer rounds by hand.
  Arithmetic that can produce fractions of a cent (multiplying by a rate or by
  hours) rounds once, at the end, through that function.
* Splitting a total over several parties goes through `allocate`, which never
  loses or creates a cent: the parts always add up to the total exactly.
* On disk a `Money` is an integer number of cents (`Money.cents`,
  `Money.from_cents`). Formatting for people lives in the GUI and the exporters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import total_ordering
from typing import Union

CENT = Decimal("0.01")

MoneyLike = Union["Money", Decimal, int, str]


def round_cents(value: Decimal) -> Decimal:
    """The one rounding rule: half-up (away from zero) to the cent."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, Money):
        return value.amount
    if isinstance(value, bool | float):
        raise TypeError(f"Money refuses {type(value).__name__}; use str, int or Decimal")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite amount: {value}")
        return value
    if isinstance(value, str):
        try:
            parsed = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"not an amount: {value!r}") from None
        if not parsed.is_finite():
            raise ValueError(f"not a finite amount: {value!r}")
        return parsed
    raise TypeError(f"Money refuses {type(value).__name__}; use str, int or Decimal")


@total_ordering
class Money:
    """An amount in euro, exact to the cent. Immutable and hashable."""

    __slots__ = ("_amount",)
    _amount: Decimal

    def __init__(self, value: MoneyLike = 0) -> None:
        object.__setattr__(self, "_amount", round_cents(_to_decimal(value)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Money is immutable")

    # -- construction and conversion -------------------------------------------
    @classmethod
    def from_cents(cls, cents: int) -> Money:
        if isinstance(cents, bool) or not isinstance(cents, int):
            raise TypeError("cents must be an int")
        return cls(Decimal(cents).scaleb(-2))

    @classmethod
    def zero(cls) -> Money:
        return cls(0)

    @property
    def amount(self) -> Decimal:
        return self._amount

    @property
    def cents(self) -> int:
        return int(self._amount.scaleb(2))

    # -- arithmetic ---------------------------------------------------------
    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self._amount + other._amount)

    def __radd__(self, other: object) -> Money:
        # lets sum() start from 0
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self._amount - other._amount)

    def __neg__(self) -> Money:
        return Money(-self._amount)

    def __abs__(self) -> Money:
        return Money(abs(self._amount))

    def __mul__(self, factor: object) -> Money:
        """Money times a number (hours, a rate, a count), rounded half-up once."""
        if isinstance(factor, bool | float | Money):
            return NotImplemented
        if isinstance(factor, int | Decimal):
            return Money(self._amount * factor)
        return NotImplemented

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self._amount != 0

    def is_negative(self) -> bool:
        return self._amount < 0

    def is_positive(self) -> bool:
        return self._amount > 0

    # -- comparison -----------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if isinstance(other, Money):
            return self._amount == other._amount
        return NotImplemented

    def __lt__(self, other: object) -> bool:
        if isinstance(other, Money):
            return self._amount < other._amount
        return NotImplemented

    def __hash__(self) -> int:
        return hash(("Money", self._amount))

    def __repr__(self) -> str:
        return f"Money('{self._amount}')"

    def __str__(self) -> str:
        """Plain machine form with a dot, e.g. '1234.50' (not for people)."""
        return f"{self._amount:.2f}"


def total(amounts: Iterable[Money]) -> Money:
    """Sum of amounts, rounded once (adding Money by Money makes a Money per step); the
    empty sum is zero euro."""
    return Money(sum((amount.amount for amount in amounts), Decimal(0)))


def minimum(first: Money, *others: Money) -> Money:
    return min((first, *others))


def allocate(amount: Money, weights: Sequence[int | Decimal]) -> list[Money]:
    """Split `amount` over parties in proportion to `weights`, to the cent.

    Each party first gets its share rounded down to the cent; the cents left
    over go one by one to the parties with the largest remainders, ties broken
    by order (the first party first). The parts always add up to `amount`.
    Weights must be non-negative and not all zero.
    """
    if not weights:
        raise ValueError("allocate needs at least one weight")
    decimal_weights = [_to_decimal(w) for w in weights]
    if any(w < 0 for w in decimal_weights):
        raise ValueError("weights must not be negative")
    weight_sum = sum(decimal_weights, Decimal(0))
    if weight_sum == 0:
        raise ValueError("weights must not all be zero")

    sign = -1 if amount.is_negative() else 1
    total_cents = abs(amount.cents)
    exact = [Decimal(total_cents) * w / weight_sum for w in decimal_weights]
    floors = [int(x.to_integral_value(rounding=ROUND_FLOOR)) for x in exact]
    leftover = total_cents - sum(floors)
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for index in by_remainder[:leftover]:
        floors[index] += 1
    return [Money.from_cents(sign * cents) for cents in floors]
