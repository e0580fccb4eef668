"""Round 21 speed: scans that must find what the slower patterns they stand for find."""

import random
import re

from kg.regimes import REGIME, REGIME_SCAN

# one invented sentence per REGIME alternative (and a few near misses)
_REGIME_SENTENCES = [
    "ZorbNet reaches 61.2% in the 5-way 1-shot setting and 70.3% zero-shot.",
    "It gets 45.1 AP with 1%, 5% and 10% of the labels, and 52.3 AP with 2k labels.",
    "With only 10 labeled examples per class, and given 8 in-context examples, it scores 80.1.",
    "Fully-supervised and full labels; linear probing gives 71.0%; under strong PGD attacks 55.7%.",
    "Adversarial accuracy, robust accuracy and AutoAttack; clean accuracy of 91.2%.",
    "Fine-tuning accuracy 87.8%, full fine-tuning and end-to-end fine-tuning.",
    "Using extra training data, without additional data, without test-time augmentation.",
    "With test-time augmentation, multi-scale testing and single-scale inference.",
    "Unsupervised domain adaptation, k-shot, Few-Shot, three-shot, ten-shot, Two-shot, five-shot.",
    "All annotations, just one image per category, One in-context demonstrations.",
    "Trained with all annotations, or given 5 examples per class, it holds against white-box attacks.",
    "Often ten tenets; a short shot; 3-way 2-shot; 100% labels; Zero shot NAS supernet.",
]


def _alternatives(pattern: str) -> int:
    """The number of top-level alternatives of a pattern."""
    tree = re._parser.parse(pattern)  # (the parser of the re module)
    (op, av), = tree.data
    return len(av[1]) if op is re._constants.BRANCH else 1


def test_regime_scan_matches_regime():
    # a new alternative of REGIME needs its first letters in _REGIME_STARTS
    assert _alternatives(REGIME.pattern) == 19, "REGIME changed: update _REGIME_STARTS"
    rng = random.Random(21)
    words = " ".join(_REGIME_SENTENCES).replace(".", " .").split()
    texts = list(_REGIME_SENTENCES)
    texts += [" ".join(rng.choice([w, w.lower(), w.title()]) for w in rng.choices(words, k=12)) for _ in range(300)]
    for t in texts:
        want = [(m.span(), m.lastgroup, m.groups()) for m in REGIME.finditer(t)]
        assert [(m.span(), m.lastgroup, m.groups()) for m in REGIME_SCAN.finditer(t)] == want, t
    # and at every offset ("re.match" there is what finditer tries)
    for t in _REGIME_SENTENCES:
        for i in range(len(t)):
            a, b = REGIME.match(t, i), REGIME_SCAN.match(t, i)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (t, i)
