"""Agreement statistics (desktop/core/agreement.py) against published worked examples and
values computed by hand (the arithmetic is in the comments, in exact fractions)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from desktop.core import agreement

N = None  # a missing value


def test_krippendorff_2011_nominal_four_observers_with_missing_values() -> None:
    """Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School
    for Communication, University of Pennsylvania. Section C, "Nominal data, any number of
    observers, missing data": 4 observers, 12 units, values 1–5; the paper's α = 0.743.

    By hand: unit 12 has one value (not pairable); the 11 others hold n = 40 values
    (n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3). Agreeing coincidences Σ o_cc = 32
    (units 3, 4, 5, 7, 9: 4 equal values, 4 each = 20; units 1, 10, 11: all equal, 3 + 3 + 2
    = 8; units 2 and 8: four values, three equal, 3·2/3 = 2 each; unit 6: none); so
    α = ((n−1)·Σo_cc − Σ n_c(n_c−1)) / (n(n−1) − Σ n_c(n_c−1))
      = (39·32 − (72 + 156 + 90 + 20 + 6)) / (1560 − 344) = (1248 − 344) / 1216 = 0.7434.
    """
    a = [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N]
    b = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3]
    c = [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N]
    d = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]
    data = agreement.tally(zip(a, b, c, d, strict=True))
    assert agreement.krippendorff_alpha(data) == pytest.approx(float(Fraction(904, 1216)))
    assert round(agreement.krippendorff_alpha(data) or 0, 3) == 0.743
    assert agreement.pairable_units(data) == 11
    totals = {c: sum(v for (x, _), v in agreement.coincidences(data).items() if x == c)
              for c in range(1, 6)}  # fmt: skip
    assert totals == {1: 9, 2: 13, 3: 10, 4: 5, 5: 3}
    assert agreement.percent_agreement(data) == pytest.approx(32 / 40)
    assert agreement.cohen_kappa(data) is not None  # two of the four, where both coded


def test_krippendorff_2011_binary_two_observers() -> None:
    """Krippendorff (2011), section A, "Binary or dichotomous data, two observers, no
    missing data": 10 units; the paper's α = 0.095.

    By hand: 5 units (0,0), 1 unit (1,1), 3 units (0,1) and 1 (1,0): o_00 = 10, o_11 = 2,
    o_01 = o_10 = 4, n_0 = 14, n_1 = 6, n = 20; α = 1 − (n−1)·o_01 / (n_0·n_1) =
    1 − 19·4/84 = 8/84 = 0.0952. Cohen's κ on the same data: p_o = 6/10, p_e = 0.8·0.6 +
    0.2·0.4 = 0.56, κ = 0.04/0.44 = 0.0909 (κ and α differ: κ uses each coder's own marginals).
    """
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    data = agreement.tally(zip(a, b, strict=True))
    assert agreement.krippendorff_alpha(data) == pytest.approx(8 / 84)
    assert round(agreement.krippendorff_alpha(data) or 0, 3) == 0.095
    assert agreement.cohen_kappa(data) == pytest.approx(0.04 / 0.44)
    assert agreement.percent_agreement(data) == pytest.approx(0.6)
    # Specific agreement on 1: o_11 / n_1 = 2/6 (= 2a / (2a + b + c) = 2 / (2 + 3 + 1)).
    assert agreement.specific_agreement(data, 1) == pytest.approx(2 / 6)


def test_cohen_kappa_wikipedia_worked_example() -> None:
    """The worked example of the Wikipedia article "Cohen's kappa" (50 grant proposals, two
    readers; Yes/Yes 20, A Yes B No 5, A No B Yes 10, No/No 15; stated κ = 0.4).

    By hand: p_o = 35/50 = 0.7; A says Yes to 25/50, B to 30/50: p_e = 0.5·0.6 + 0.5·0.4 =
    0.5; κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    """
    table = {("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15}
    assert agreement.kappa_from_table(table) == pytest.approx(0.4)
    rows = [pair for pair, count in table.items() for _ in range(count)]
    assert agreement.cohen_kappa(agreement.tally(rows)) == pytest.approx(0.4)


@pytest.mark.parametrize(
    ("table", "kappa"),
    [
        # p_o = 0.6; A Yes 60/100, B Yes 70/100: p_e = 0.42 + 0.12 = 0.54; κ = 0.06/0.46.
        ((45, 15, 25, 15), 0.06 / 0.46),
        # p_o = 0.6; A Yes 60/100, B Yes 30/100: p_e = 0.18 + 0.28 = 0.46; κ = 0.14/0.54.
        ((25, 35, 5, 35), 0.14 / 0.54),
    ],
)
def test_cohen_kappa_same_agreement_different_marginals(
    table: tuple[int, int, int, int], kappa: float
) -> None:
    """Wikipedia, "Cohen's kappa", same percent agreement (60 %) but different κ: the
    article states 0.1304 and 0.2593."""
    yy, yn, ny, nn = table
    counts = {("y", "y"): yy, ("y", "n"): yn, ("n", "y"): ny, ("n", "n"): nn}
    assert agreement.kappa_from_table(counts) == pytest.approx(kappa)
    assert round(agreement.kappa_from_table(counts) or 0, 4) in (0.1304, 0.2593)


def test_three_coders_pairwise_percent_and_alpha() -> None:
    """5 units (1,1,1) and 5 units (1,1,0). Each unit of three values adds 1/2 per ordered
    pair: (1,1,1) o_11 += 3; (1,1,0) o_11 += 1, o_10 += 1, o_01 += 1. So o_11 = 20,
    o_10 = o_01 = 5, n_1 = 25, n_0 = 5, n = 30. Percent = 20/30, the mean over units of
    agreeing pairs (3/3 and 1/3); α = 1 − 29·10 / (2·25·5) = 1 − 290/250 = −0.16."""
    data = {(1, 1, 1): 5, (1, 1, 0): 5}
    assert agreement.percent_agreement(data) == pytest.approx(2 / 3)
    assert agreement.krippendorff_alpha(data) == pytest.approx(-0.16)
    assert agreement.cohen_kappa(data, 0, 2) == pytest.approx(0.0)  # p_e = 1·0.5 + 0 = 0.5
    assert agreement.cohen_kappa(data, 0, 1) is None  # coders 0 and 1 always 1: p_e = 1


def test_perfect_agreement() -> None:
    data = {(1, 1): 3, (0, 0): 7}
    assert agreement.percent_agreement(data) == 1.0
    assert agreement.cohen_kappa(data) == 1.0
    assert agreement.krippendorff_alpha(data) == 1.0
    assert agreement.specific_agreement(data, 1) == 1.0


def test_no_variation_leaves_kappa_and_alpha_undefined() -> None:
    """Every value the same: κ's p_e = 1 and α's expected disagreement 0, both 0/0: None,
    not 1.0, since agreement cannot be told from chance; percent agreement is still 1."""
    data = {(0, 0): 10}
    assert agreement.percent_agreement(data) == 1.0
    assert agreement.cohen_kappa(data) is None
    assert agreement.krippendorff_alpha(data) is None
    assert agreement.specific_agreement(data, 1) is None  # nobody gave 1


def test_units_with_fewer_than_two_values_are_left_out() -> None:
    data = {(1, None): 4, (None, None): 2, (1, 0): 1, (0, 0): 1}
    assert agreement.pairable_units(data) == 2
    assert agreement.percent_agreement(data) == 0.5
    assert agreement.cohen_kappa(data) == pytest.approx(0.0)  # p_o 0.5, p_e 0.5·1 + 0.5·0
    only_one = {(1, None): 4, (None, 0): 3}
    assert agreement.pairable_units(only_one) == 0
    for statistic in (agreement.percent_agreement, agreement.krippendorff_alpha,
                      agreement.cohen_kappa):  # fmt: skip
        assert statistic(only_one) is None
    assert agreement.krippendorff_alpha({}) is None
    assert agreement.kappa_from_table({}) is None


def test_weights_equal_repeated_units() -> None:
    """Units listed one by one tally into patterns with weights; tallies pool by adding."""
    rows = [(1, 1, N), (2, 3, 2), (2, 2, 1), (4, 4, 4), (N, 5, 5)]
    weights = [3, 1, 7, 2, 5]
    listed = [row for row, w in zip(rows, weights, strict=True) for _ in range(w)]
    assert agreement.tally(listed) == dict(zip(rows, weights, strict=True))
    pooled: dict[agreement.Values, int] = {}
    agreement.add(pooled, {(1, 1, N): 1})
    agreement.add(pooled, {(1, 1, N): 2, (4, 4, 4): 2})
    assert pooled == {(1, 1, N): 3, (4, 4, 4): 2}


def test_a_pair_of_coders_from_the_krippendorff_2011_four_observers() -> None:
    """``pair`` cuts each unit down to two coders: observers A and B of Krippendorff (2011)
    section C, by hand: both coded units 1–10 (A's 11 and 12 are missing); they agree on
    units 1–5 and 7–9 and differ on unit 6 (1 vs 2); unit 10 has A missing. So 9 units both
    coded, 8 agreeing: percent 8/9. κ: A gave 1 ×3 (units 1, 6, 8), 2 ×3, 3 ×2, 4 ×1; B
    gave 1 ×2, 2 ×4, 3 ×2, 4 ×1; p_e = (3·2 + 3·4 + 2·2 + 1·1)/81 = 23/81,
    κ = (8/9 − 23/81) / (1 − 23/81) = (72 − 23) / (81 − 23) = 49/58."""
    a = [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N]
    b = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3]
    c = [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N]
    d = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]
    data = agreement.tally(zip(a, b, c, d, strict=True))
    pair = agreement.pair(data, 0, 1)
    assert sum(pair.values()) == 12  # every unit kept, its other values dropped
    assert agreement.pairable_units(pair) == 9
    assert agreement.percent_agreement(pair) == pytest.approx(8 / 9)
    assert agreement.cohen_kappa(pair) == pytest.approx(49 / 58)
    assert agreement.cohen_kappa(pair) == agreement.cohen_kappa(data, 0, 1)
    assert agreement.pair(data, 3, 1) == agreement.tally(zip(d, b, strict=True))
