"""Inter-coder agreement: percent agreement, Cohen's κ and Krippendorff's α (nominal).

Reliability data come *tallied*: a mapping from a unit's values, one per coder in a fixed
order (``None`` where that coder gave the unit no value), to how many units have exactly
those values. Character-level data are millions of units of a handful of kinds (three
coders coding one tag 1/0 or not at all make at most 3³ patterns), so every statistic here
costs the same however long the texts. Arithmetic is exact (``Fraction``) and each figure
is a float only at the end: the tallies are small.

Definitions (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
- a unit is *pairable* when at least two coders gave it a value; every statistic leaves
  the others out (one coder alone cannot agree or disagree with anyone);
- the *coincidence matrix*: each unit with ``m`` values adds, for every ordered pair of
  its values (``m(m−1)`` pairs), ``1/(m−1)`` to the cell (that value, the other); ``n_c``
  is the row total of value ``c`` and ``n`` the number of pairable values;
- *percent agreement*: ``Σ_c o_cc / n``, the share of agreeing pairs, each unit weighted
  by its values. For two coders who coded every unit it is the share of units they agree
  on; for more coders, the mean over pairs of coders (each unit's agreeing pairs ÷ pairs);
- *specific agreement* on value ``v``: ``o_vv / n_v``, how often a coder who gave ``v``
  was matched by another (two coders: ``2a / (2a + b + c)``, Fleiss 1975): unlike the
  other three it ignores the units nobody gave ``v``, which fill most of a long text;
- *Cohen's κ* (Cohen 1960): two coders, the units both coded; ``(p_o − p_e) / (1 − p_e)``
  with ``p_e`` from each coder's own marginals;
- *Krippendorff's α*, nominal: ``1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k``.

Undefined figures are ``None``, never a number: with no pairable unit there is nothing to
measure, and when every value is the same (κ's ``p_e = 1``, α's expected disagreement 0)
the formula is 0/0 — agreement cannot be told from chance, and 1.0 would claim a
reliability the data do not show (Krippendorff: such data are not informative). The view
shows a dash and says why.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from fractions import Fraction

Values = tuple[Hashable | None, ...]  # one unit: a value per coder, None = not coded
Tally = Mapping[Values, int]  # unit pattern → how many units have it


def tally(units: Iterable[Sequence[Hashable | None]]) -> dict[Values, int]:
    """Count units given one by one (a row of values per unit, one value per coder)."""
    counted: dict[Values, int] = {}
    for unit in units:
        key = tuple(unit)
        counted[key] = counted.get(key, 0) + 1
    return counted


def add(into: dict[Values, int], more: Tally) -> None:
    """Pool ``more`` into ``into`` (the same coders in the same order)."""
    for key, weight in more.items():
        into[key] = into.get(key, 0) + weight


def pair(data: Tally, first: int, second: int) -> dict[Values, int]:
    """The same units seen by coders ``first`` and ``second`` only (positions in the
    patterns): two coders out of several compared on exactly what all were compared on."""
    projected: dict[Values, int] = {}
    for values, weight in data.items():
        key = (values[first], values[second])
        projected[key] = projected.get(key, 0) + weight
    return projected


def pairable_units(data: Tally) -> int:
    return sum(w for values, w in data.items() if sum(v is not None for v in values) >= 2)


def coincidences(data: Tally) -> dict[tuple[Hashable, Hashable], Fraction]:
    """The coincidence matrix ``o_ck`` (see the module's docstring); empty cells absent."""
    matrix: dict[tuple[Hashable, Hashable], Fraction] = {}
    for values, weight in data.items():
        if weight <= 0:
            continue
        counts: dict[Hashable, int] = {}
        for value in values:
            if value is not None:
                counts[value] = counts.get(value, 0) + 1
        m = sum(counts.values())
        if m < 2:
            continue
        share = Fraction(weight, m - 1)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                if pairs:
                    matrix[(c, k)] = matrix.get((c, k), Fraction(0)) + share * pairs
    return matrix


def _totals(matrix: Mapping[tuple[Hashable, Hashable], Fraction]) -> dict[Hashable, Fraction]:
    totals: dict[Hashable, Fraction] = {}
    for (c, _), amount in matrix.items():
        totals[c] = totals.get(c, Fraction(0)) + amount
    return totals


def percent_agreement(data: Tally) -> float | None:
    """Share (0–1) of agreeing pairs of values; None with no pairable unit."""
    matrix = coincidences(data)
    n = sum(matrix.values(), Fraction(0))
    if not n:
        return None
    return float(sum((a for (c, k), a in matrix.items() if c == k), Fraction(0)) / n)


def specific_agreement(data: Tally, value: Hashable) -> float | None:
    """Share (0–1) of the times a coder gave ``value`` that another coder gave it too;
    None when nobody gave it to a pairable unit."""
    matrix = coincidences(data)
    given = _totals(matrix).get(value, Fraction(0))
    if not given:
        return None
    return float(matrix.get((value, value), Fraction(0)) / given)


def krippendorff_alpha(data: Tally) -> float | None:
    """Krippendorff's α for nominal data, any number of coders, missing values allowed.
    None when undefined: no pairable unit, or a single value throughout."""
    matrix = coincidences(data)
    totals = _totals(matrix)
    n = sum(totals.values(), Fraction(0))
    expected = n * n - sum((t * t for t in totals.values()), Fraction(0))  # Σ_{c≠k} n_c n_k
    if n < 2 or not expected:
        return None
    observed = sum((a for (c, k), a in matrix.items() if c != k), Fraction(0))
    return float(1 - (n - 1) * observed / expected)


def cohen_kappa(data: Tally, first: int = 0, second: int = 1) -> float | None:
    """Cohen's κ between coders ``first`` and ``second`` (positions in the patterns), on
    the units both coded. None when undefined (no such unit, or chance agreement 1)."""
    table: dict[tuple[Hashable, Hashable], int] = {}
    for values, weight in data.items():
        a, b = values[first], values[second]
        if a is not None and b is not None and weight > 0:
            table[(a, b)] = table.get((a, b), 0) + weight
    return kappa_from_table(table)


def kappa_from_table(table: Mapping[tuple[Hashable, Hashable], int]) -> float | None:
    """Cohen's κ from a contingency table: (coder A's value, coder B's value) → units."""
    total = sum(table.values())
    if not total:
        return None
    rows: dict[Hashable, int] = {}
    columns: dict[Hashable, int] = {}
    for (a, b), count in table.items():
        rows[a] = rows.get(a, 0) + count
        columns[b] = columns.get(b, 0) + count
    observed = Fraction(sum(c for (a, b), c in table.items() if a == b), total)
    chance = Fraction(sum(r * columns.get(v, 0) for v, r in rows.items()), total * total)
    if chance == 1:
        return None
    return float((observed - chance) / (1 - chance))
