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
    "Pre-trained on JFT-300M it gets 88.5%; when scaled up with JFT-3B, 90.9%; with ImageNet-22K pre-training 88.7%.",
    "Weakly supervised and weakly- or semi-supervised; 71.4% mIoU using only image-level labels or Video-level tags.",
    "Semi-supervised, semi supervised node classification, pretraining on 300M images, Weakly-supervised data.",
    "Class-conditional ImageNet, conditional image synthesis, Unconditional CIFAR-10, text-conditional generation, conditional GANs.",
    "A clustering accuracy of 89.1%, Clustering ACC and clustering accuracies; spectral clustering; Clustered accuracy.",
    "On novel classes, for the seen categories, in unseen classes; in the Physical Access (PA) scenario, under the LA scenario.",
    "On the ScanObjectNN hardest split, for the easy set, in the Hard subset, on medium variant; hard negatives.",
]


def _alternatives(pattern: str) -> int:
    """The number of top-level alternatives of a pattern."""
    tree = re._parser.parse(pattern)  # (the parser of the re module)
    (op, av), = tree.data
    return len(av[1]) if op is re._constants.BRANCH else 1


def test_regime_scan_matches_regime():
    # a new alternative of REGIME needs its first letters in _REGIME_STARTS
    assert _alternatives(REGIME.pattern) == 28, "REGIME changed: update _REGIME_STARTS"
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


_C = re._constants  # (the opcodes of the re module's parser)


def _openings(items, k: int = 3) -> set[str]:
    """Every text of up to ``k`` characters a parsed pattern can open with; shorter where what
    follows is not a literal or a small class (a match may then go on with anything)."""
    def walk(seq, prefix: str) -> set[str]:
        if len(prefix) >= k or not seq:
            return {prefix[:k]}
        (op, av), rest = seq[0], list(seq[1:])
        if op is _C.LITERAL:
            return walk(rest, prefix + chr(av))
        if op is _C.IN:
            chars = []
            for kind, arg in av:
                if kind is _C.LITERAL:
                    chars.append(chr(arg))
                elif kind is _C.RANGE and arg[1] - arg[0] < 30:
                    chars += [chr(c) for c in range(arg[0], arg[1] + 1)]
                elif kind is _C.CATEGORY and arg is _C.CATEGORY_DIGIT:
                    chars += list("0123456789")
                else:
                    return {prefix}
            return set().union(*(walk(rest, prefix + c) for c in chars))
        if op is _C.BRANCH:
            return set().union(*(walk(list(alt) + rest, prefix) for alt in av[1]))
        if op is _C.SUBPATTERN:
            return walk(list(av[3]) + rest, prefix)
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, _, body = av
            once = walk(list(body) + rest, prefix)
            return once | walk(rest, prefix) if lo == 0 else once
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            return walk(rest, prefix)  # consumes nothing
        return {prefix}

    return walk(list(items), "")


def test_regime_scan_look_ahead_admits_every_opening_of_regime():
    # whatever REGIME can start with (in any branch, at any depth) passes _REGIME_STARTS: a new
    # phrase ("by adding extra data" inside an existing group) needs its first letters there
    from kg.regimes import _REGIME_STARTS

    starts = re.compile(_REGIME_STARTS)
    openings = _openings(re._parser.parse(REGIME.pattern).data)
    assert len(openings) > 50  # (openings a digit starts are cut short: the look-ahead admits any digit)
    assert not [o for o in sorted(openings) if not starts.match(o)]


def test_every_regime_phrase_holds_a_cue():
    # the results stage reads regimes only in sentences holding one of REGIME_CUES: a phrase with
    # none is never read ("Video-level tags")
    from kg.regimes import REGIME_CUES

    for t in _REGIME_SENTENCES:
        for m in REGIME.finditer(t):
            assert any(c in m.group() for c in REGIME_CUES), m.group()


def test_shared_modifier_search_starts_where_a_match_can():
    from kg.extract import mentions as M

    spaces = "".join(c for c in map(chr, range(0x110000)) if c.isspace())
    assert set(M._SHARED_MODIFIER_CHARS) == set("abcdefghijklmnopqrstuvwxyz0123456789-,/" + spaces)
    rng = random.Random(5)
    parts = ["image", "deraining", "de-blurring", "and", "or", ",", "/", " ", "\n", "\u2009", "X", "(",
             "3d", "tasks", "Zorb", "é"]  # fmt: skip
    for _ in range(3000):
        t = "".join(rng.choice(parts) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14)))
        t += rng.choice(["", " ", "\n"]) + rng.choice(["image deraining, deblurring and denoising",
                                                      "graph classification/regression", "a b or c"])
        lo, cue = rng.randint(0, len(t)), len(t)
        start = lo + len(t[lo:cue].rstrip(M._SHARED_MODIFIER_CHARS))
        a, b = M._SHARED_MODIFIER.search(t, lo, cue), M._SHARED_MODIFIER.search(t, start, cue)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), t
    t = "We set a new state of the art on image deraining, deblurring, and denoising tasks."
    assert [c.name for c in M._shared_modifier_tasks(t, t.lower(), 0)] == ["image deblurring", "image denoising"]
