"""Round 18 (binding): the method and dataset each result is bound to, on invented sentences."""

from kg.extract import extract
from kg.model import Paper


def _results(abstract: str, title: str = "A study") -> list[tuple]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [(r.value, r.method, r.dataset) for r in e.results]


def test_respectively_takes_the_previous_sentences_list_of_benchmarks():
    # the list names three benchmarks, only two of them marked as such: the i-th value goes
    # with the i-th item, not every value with the last benchmark
    got = _results("We propose FooNet. We evaluate FooNet on NIST Chinese-English, WMT14 "
                   "English-German, and WMT18 Russian-English translation tasks. Experimental "
                   "results show that our model improves over the Transformer by 1.2, 0.8 and "
                   "1.5 BLEU points respectively.")
    assert [d for _v, _m, d in got] == ["NIST Chinese-English", "WMT14 English-German", "WMT18 Russian-English"]


def test_respectively_over_a_group_of_the_same_length_as_the_list():
    # two lists of five values in one sentence: each goes onto the five benchmarks listed before
    got = _results("We propose BarNet. Experiments on MNIST, FMNIST, KMNIST, Letters, and Cifar10 "
                   "show gains. We achieve FIDs of 37.50, 91.98, 59.23, 67.41, and 120.5 on the "
                   "above datasets respectively, with reductions of 58.60%, 18.75%, 64.51%, "
                   "29.75%, and 44.88% in FIDs.")
    by_value = {v: d for v, _m, d in got}
    assert by_value[37.5] == "MNIST" and by_value[120.5] == "Cifar10"
    assert by_value[18.75] == "FMNIST" and by_value[29.75] == "Letters"


def test_respectively_over_the_sentences_own_items_keeps_off_the_previous_list():
    got = _results("We propose FooNet. We achieve 97.7% and 94.6% on Cornell and Jacquard grasping "
                   "datasets, respectively. We also demonstrate a grasp success rate of 95.4% and "
                   "93% on household and adversarial objects, respectively.")
    by_value = {v: d for v, _m, d in got}
    assert by_value[94.6] == "Jacquard"
    assert by_value[93.0] != "Jacquard"
