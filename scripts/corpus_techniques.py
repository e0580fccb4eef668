#!/usr/bin/env python3
"""Would corpus-level evidence find the methods the readable sets miss? A measurement, not a lexicon.

The idea (issue 4: "a name used the same way across many abstracts"): a lower-case phrase that
many sota-arxiv abstracts use as a means ("using X", "via X", "we employ X", "based on X", "such
as X") is a technique, so it is a method where another abstract names it. This script

1. derives such phrases from ``../shared/corpus/sota-arxiv/train.jsonl`` (never hf-daily): the
   one to four lower-case words after a cue word, cut at the first function word, that end where
   a noun phrase ends; kept when at least ``--min-abstracts`` abstracts use them so, and (with
   ``--multiword``) when they have two or more words or a hyphen and at least one in ten of the
   abstracts that write them uses them after a cue;
2. reads the readable sets (dev, sota40, sota40c, hf40a, hf40b, hf40d; never the held-out ones)
   and counts, for each phrase of the list that a paper writes (anywhere, or ``--cued``: after a
   cue in that paper) and the output does not already hold as a method, whether it matches an
   annotated method the output misses (right) or none (wrong).

An added method pays above a precision of about 0.40 (F1/2). Round 31: with 3 abstracts and no
other filter 745 phrases, 22 right and 3,949 wrong (0.01; most "right" ones are partial
matches, "noise" for "gradient noise"); with ``--multiword`` 225 phrases, 5 right and 71 wrong
anywhere (0.07), 0 and 10 after a cue.

Usage: .venv/bin/python scripts/corpus_techniques.py [--min-abstracts 3] [--multiword] [--cued] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_sets import set_predictions  # noqa: E402
from task_losses import READABLE, missed, papers_of, scorer  # noqa: E402

from kg.evaluate import title_key  # noqa: E402
from kg.extract.evaluate import SHARED  # noqa: E402

_CUE = (
    r"(?:using|use of|uses|via|by applying|by using|by means of|with|apply|applying|applies|"
    r"employ|employing|employs|adopt|adopting|adopts|leverage|leverages|leveraging|utilize|"
    r"utilizes|utilizing|utilise|utilising|based on|through|trained with|trained by|such as|"
    r"including|combined with|combining)"
)
_WORD = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
_CUED_PHRASE = re.compile(
    _CUE + r"\s+(?:(?:a|an|the)\s+)?(" + _WORD + r"(?:\s+" + _WORD + r"){0,3})(?=\s*[,.;:()]|\s+(" + _WORD + r"))"
)
# words that end a phrase (it is cut before them)
_STOP = frozenset(
    "to for and or in on of that which with as from by is are was were be been can could will would "
    "into over under at while where we it this these those than between across without within via "
    "using based instead when both not our their its after before during per also only then so such "
    "do does has have had".split()
)
# first words that point to or judge a thing rather than name it
_BAD_FIRST = frozenset(
    "a an the our their its his her your my different various multiple only large small high low new "
    "novel proposed existing standard simple several two three four five six each all any some other "
    "more less much many such respect regard state-of-the-art same this that these those one both "
    "very well good better best recent previous prior additional extra further specific particular "
    "given certain appropriate suitable similar traditional conventional classical common popular "
    "modern efficient effective powerful robust accurate".split()
)
# last words that make the phrase generic
_GENERIC_LAST = frozenset(
    "method methods approach approaches model models network networks framework frameworks technique "
    "techniques data information features feature performance results result accuracy algorithm "
    "algorithms system systems scheme schemes strategy strategies way ways help aid use respect "
    "regard process set sets number knowledge task tasks problem problems manner fashion terms order "
    "addition contrast support assumption".split()
)


def cued_phrases(low: str) -> set[str]:
    """The phrases of a lower-case text that follow a cue word (see the module docstring)."""
    out = set()
    for m in _CUED_PHRASE.finditer(low):
        words = m.group(1).split()
        cut = []
        for w in words:
            if w in _STOP:
                break
            cut.append(w)
        if not cut:
            continue
        if len(cut) == len(words) and m.group(2) and m.group(2) not in _STOP:
            continue  # the noun phrase goes on past four words: not where it ends
        if cut[0] in _BAD_FIRST or cut[-1] in _GENERIC_LAST:
            continue
        out.add(" ".join(cut))
    return out


def _lower_texts(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out.append(re.sub(r"\s+", " ", r["title"] + ". " + r["abstract"]).lower())
    return out


def _written(phrase: str, low: str) -> bool:
    return phrase in low and re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", low) is not None


def derive(min_abstracts: int, multiword: bool) -> dict[str, tuple[int, int]]:
    """phrase -> (abstracts using it after a cue, abstracts writing it) over sota-arxiv train."""
    texts = _lower_texts(SHARED / "corpus" / "sota-arxiv" / "train.jsonl")
    cued = Counter(p for low in texts for p in cued_phrases(low))
    out = {}
    for phrase, n in cued.items():
        if n < min_abstracts or (multiword and " " not in phrase and "-" not in phrase):
            continue
        written = sum(1 for low in texts if _written(phrase, low))
        if multiword and n < 0.1 * written:
            continue
        out[phrase] = (n, written)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-abstracts", type=int, default=3)
    ap.add_argument("--multiword", action="store_true", help="two or more words, cued in 1 of 10")
    ap.add_argument("--cued", action="store_true", help="count a phrase only after a cue in the paper")
    ap.add_argument("-v", action="store_true", help="list the right additions and the commonest wrong ones")
    args = ap.parse_args(argv)
    phrases = derive(args.min_abstracts, args.multiword)
    right, wrong = [], Counter()
    for name, gold, preds in set_predictions(list(READABLE)):
        by_title = {title_key(p["title"]): p for p in preds}
        for g, paper in zip(gold, papers_of(name, gold), strict=True):
            pred = by_title.get(title_key(g["title"]))
            if paper is None or pred is None:
                continue
            out = [scorer().entity_name(m) for m in pred.get("methods", [])]
            lost = missed(out, g["methods"])
            low = re.sub(r"\s+", " ", paper.text).lower()
            hits = cued_phrases(low) & phrases.keys() if args.cued else {p for p in phrases if _written(p, low)}
            hits = {h for h in hits if not any(h != o and h in o for o in hits)}  # the longest
            for h in sorted(hits):
                if any(scorer().name_match(o, h) for o in out):
                    continue
                m = next((x for x in lost if scorer().name_match(h, x)), None)
                if m is None:
                    wrong[h] += 1
                else:
                    lost.remove(m)
                    right.append((name, h, m))
    n_right, n_wrong = len(right), sum(wrong.values())
    print(f"{len(phrases)} phrases; added to the readable sets: {n_right} right, {n_wrong} wrong "
          f"(precision {n_right / max(1, n_right + n_wrong):.2f})")
    if args.v:
        for name, h, m in right:
            print(f"  + {name}\t{h!r} for {m!r}")
        print("  wrong:", ", ".join(f"{h} ({n})" for h, n in wrong.most_common(30)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
