"""Round 19 (board): what a leaderboard is built from, on invented sentences: margins listed
after a margin are no scores, and measures ranked in their direction."""

from kg.extract import extract, metric_higher_is_better
from kg.model import Paper


def _results(abstract: str, title: str = "A study") -> list[tuple]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [(r.value, r.metric, r.relative) for r in e.results]


def test_margins_listed_each_with_its_measure_are_margins():
    got = _results("We propose QuuxNet. QuuxNet outperforms the previous best detector by "
                   "3.4% mAP and 2.8% NDS on the Foo validation split.")
    assert {v for v, _m, rel in got if not rel} == set()
    assert {v for v, _m, _rel in got} == {3.4, 2.8}


def test_margins_listed_with_places_and_a_hedge_are_margins():
    got = _results("We propose QuuxNet. Plugged into common backbones, QuuxNet improves them by "
                   "1.1% accuracy on ImageNet, 0.7% on Places365, and 2.4% mIoU on ADE20K.")
    assert got and all(rel for _v, _m, rel in got)
    got = _results("We propose QuuxAug. On the Foo keypoint benchmark, QuuxAug lifts results by "
                   "around 0.4 AP in the top-down setting and up to 1.9 AP in the bottom-up setting.")
    assert got and all(rel for _v, _m, rel in got)


def test_a_score_after_a_margin_in_a_new_clause_stays_a_score():
    # the second number is reached, not gained: a score of its own
    got = _results("We propose QuuxNet. QuuxNet improves the baseline by 2.1% mIoU on Cityscapes, "
                   "reaching 81.3% mIoU.")
    assert (81.3, "mIoU", False) in got
    got = _results("We propose QuuxNet. QuuxNet improves recall by 2.5% on the Foo benchmark, "
                   "which is 64.0% mAP and 71.2% mAP on its two splits.")
    assert {v for v, _m, rel in got if not rel} >= {64.0, 71.2}


def test_rates_and_ranks_where_less_is_better_rank_ascending():
    # "... rate" reads as higher-is-better; these rates count mistakes
    for name in ("miss rate", "log-average miss rate", "false positive rate (FPR)", "FPR",
                 "false alarm rate", "collision rate", "MR", "mean rank", "median rank"):
        assert metric_higher_is_better(name) is False, name
    # depth, flow and bits-per-dimension names
    for name in ("AbsRel", "Abs Rel", "REL", "EPE", "bpd"):
        assert metric_higher_is_better(name) is False, name


def test_rates_and_ranks_where_more_is_better_keep_their_direction():
    for name in ("success rate", "hit rate", "rank-1 accuracy", "mean rank-1 accuracy", "MRR", "recall"):
        assert metric_higher_is_better(name) is True, name


def _metrics(abstract: str) -> dict:
    (e,) = extract([Paper(id="t", title="A study", abstract=abstract)])
    return {r.value: r.metric for r in e.results}


def test_a_top_k_rank_written_at_the_number_names_its_measure():
    got = _metrics("We propose FooNet. FooNet-L reaches 84.2% top-1 / 96.9% top-5 accuracy on ImageNet.")
    assert "top-5" in got[96.9] and "top-1" in got[84.2]
    got = _metrics("We propose FooNet. FooNet reports a top-1 accuracy on ImageNet of 82.0% (96.1% top-5).")
    assert "top-5" in got[96.1]
    got = _metrics("We propose FooNet. FooNet obtains 82.0% top-1 accuracy (top-5: 96.1%) on ImageNet.")
    assert "top-5" in got[96.1]
