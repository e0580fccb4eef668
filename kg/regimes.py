"""The vocabulary of result regimes (``Result.setting``): the phrases that name one, and their names.

Shared by the extractor (kg.extract.results reads a score's regime from its clause) and the
leaderboards (kg.leaderboard reads a query's ``setting`` parameter the same way), in a module
of its own so that the web and query layers can use it without importing the extractor (spaCy).
"""

from __future__ import annotations

import re

# A score's regime changes what it measures: "48.1% mIoU in the 1-shot setting", "80% top-1
# accuracy using only 1% labels", "76.5% under the linear evaluation protocol", "55.7% under
# PGD attacks" are not comparable with the fully supervised, clean scores of the same dataset
# and metric (kg.leaderboard puts them on boards of their own); "with extra training data" and
# "with multi-scale testing" qualify a score of the main board. The split ("on the test set")
# is not a setting: the standard split is the board's, other splits are dataset names ("COCO
# test-dev"). Phrases that name the default regime ("with full labels", "clean accuracy",
# "single-scale", "without extra data") are read too: they end the reach of an earlier one.
# (each alternative opens on a literal; the sentence is searched only when it holds a cue)
REGIME_CUES = ("shot", "Shot", "label", "annotat", "inear", "attack", "dversarial", "robust", "augmentation",
               "scale", "xtra", "xternal", "dditional", "upervis", "clean", "daptation", " per ", "tun", "in-context",
               "retrain", "re-train", "-level", "AutoAttack", "onditional", "lustering", "seen ", "novel ", "base ",
               "cenario", "easy ", "medium ", "hard")
REGIME = re.compile(
    r"(?P<way>\d+)-way[ ,-]+(?P<wshot>\d+)-shot\b"
    r"|(?P<shot>[Zz]ero|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]ive|[Tt]en|[Ff]ew|\d{1,3}|[Kk])[- ][Ss]hot(?![\w-]*\s+(?:supernet|NAS|neural architecture|architecture search|pruning|detector)\b)"
    r"|(?P<pct>\d+(?:\.\d+)?)\s?%(?:,?\s+(?:and|or)\s+\d+(?:\.\d+)?\s?%|,\s*\d+(?:\.\d+)?\s?%)*\s+(?:of\s+(?:the\s+)?)?(?:[A-Z][\w-]*\s+)?(?:training\s+)?(?:labels?|labell?ed|annotations?|annotated|supervision)\b(?![\s-]+(?:noise|noisy|corruption|flip|errors?))"
    r"|(?P<count>\d[\d,]*[kK]?)\s+(?:labels\b|labell?ed\s+(?:examples|samples|images|data))(?!\s+per\b)"
    r"|(?:[Ww]ith|[Uu]sing|[Gg]iven|only|just)\s+(?:only\s+|just\s+)?"
    r"(?P<per>\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]ive|[Tt]en)\s+(?:labell?ed\s+|training\s+)?(?:examples?|samples?|images?|instances?|labels?)"
    r"\s+per\s+(?:class|category|relation|label)\b"
    # (in-context examples are shots: "with 8 in-context examples")
    r"|(?P<icl>\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]ive|[Tt]en)\s+in-context\s+(?:examples|demonstrations|exemplars)\b"
    r"|(?P<full>full|all)\s+(?:labels|labell?ed|annotations|supervision)\b|fully[- ]supervised"
    r"|(?P<linear>[Ll]inear[- ](?:prob(?:e|ing)|evaluation|eval\b|classification\s+(?:protocol|accuracy|evaluation|benchmark)|protocol))"
    r"|(?P<attack>(?:[Uu]nder|[Aa]gainst)\s+(?:[\w-]+\s+){0,4}?attacks?\b|[Aa]dversarial\s+(?:accuracy|robustness|attacks?|examples|perturbations?|setting)|[Rr]obust\s+accuracy|AutoAttack)"
    r"|(?P<clean>[Cc]lean\s+(?:accuracy|images|data|examples|inputs|samples))"
    # (fine-tuning is the main board's regime: "82.3% linear probing accuracy and 87.8% fine-tuning accuracy")
    r"|(?P<finetune>[Ff]ine-?tun(?:ing|ed)\s+(?:top-1\s+)?accuracy|[Ff]ull\s+fine-?tuning|[Ee]nd-to-end\s+fine-?tuning)"
    r"|(?P<extra>(?:[Ww]ith|[Uu]sing)\s+(?:extra|additional|external)\s+(?:training\s+)?data)"
    # (pre-training on a web-scale or larger labelled set is extra training data, as Papers with
    # Code marks it: "pre-trained on JFT-300M, it reaches 88.5%", "by further pretraining on the
    # larger ImageNet-21K, 87.5%", "with ImageNet-22K pre-training, 88.7%", "pre-trained with weak
    # supervision on 300M unlabeled images", "when we scale it up with JFT-3B", "scale up model with 1.5B
    # weakly supervised image and text pairs"; not pre-training on
    # the benchmark's own ImageNet-1K, nor an image count under 10M: "pre-trained on 1.28M images")
    r"|(?P<pretrain>(?:[Pp]re-?train(?:ed|ing)|[Ss]cal(?:e|ed|ing)\s+(?:[\w-]+\s+){0,2}?up)\s+(?:[\w-]+\s+){0,4}?(?:on|with|using|from)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:JFT|ImageNet-?2[12][Kk]|IG-\d|Instagram|LAION|(?:\d{2,}(?:\.\d+)?M|\d+(?:\.\d+)?B)\s+(?:[\w-]+\s+){0,2}?(?:images|image-text|image and text))[\w-]*"
    r"|(?:JFT|ImageNet-?2[12][Kk])[\w-]*\s+pre-?train(?:ing|ed)\b)"
    r"|(?P<noextra>[Ww]ithout\s+(?:any\s+|using\s+)?(?:extra|additional|external)\s+(?:training\s+)?data)"
    r"|(?P<nottaug>[Ww]ithout\s+(?:any\s+|using\s+)?(?:[\w-]+\s+(?:and|or|nor)\s+)?(?:test[- ]time\s+augmentations?|multi-?[- ]?scale\s+(?:testing|test|inference)))"
    r"|(?P<tta>[Tt]est[- ]time\s+augmentation)"
    r"|(?P<ms>[Mm]ulti-?[- ]?scale\s+(?:testing|test|inference|evaluation))"
    r"|(?P<ss>[Ss]ingle[- ]scale)"
    r"|(?P<uda>(?:[Uu]nsupervised\s+)?[Dd]omain\s+[Aa]daptation)"
    # (weak and semi-supervision are tasks' regimes with boards of their own on Papers with Code,
    # "Weakly-Supervised Semantic Segmentation on PASCAL VOC 2012", "Semi-Supervised Image
    # Classification on ImageNet": "71.4% mIoU using only image-level labels", "on a standard
    # semi-supervised benchmark, ... 5.4% error"; a label count, when given, names the board better;
    # not weakly supervised data a model was pre-trained on, "scaled up with 1.5B weakly supervised
    # image-text pairs", nor semi-supervised node classification, the standard regime of its boards)
    r"|(?P<weak>[Ww]eakly(?:[- ]supervised(?!\s+(?:[\w-]+\s+){0,2}?(?:images?|data|pairs|videos|pre-?training)\b)"
    r"|(?=\s+(?:and|or)\s+semi-?[- ]?supervised))|(?:[Ii]mage|[Vv]ideo)-level\s+(?:labels|supervision|annotations|tags))"
    r"|(?P<semi>[Ss]emi-?[- ]?supervised(?!\s+(?:node|graph|vertex)))"
    # (class-conditional generation is a task with boards of its own on Papers with Code,
    # "Conditional Image Generation on CIFAR-10", apart from the unconditional "Image Generation"
    # ones: "an FID of 9.8 on conditional CIFAR-10 image generation", "for conditional generation,
    # from 14.7 to 11.5"; "unconditional" names the default regime and ends an earlier phrase's
    # reach; not "text-conditional" nor a kind of model, "conditional GANs", "conditional random fields")
    r"|(?P<cond>(?<![\w-])(?:[Cc]lass[- ])?[Cc]onditional\s+(?:(?:image\s+)?(?:generation|synthesis)|(?:CIFAR|ImageNet)[\w-]*))"
    r"|(?P<uncond>[Uu]nconditional\s+(?:(?:image\s+)?(?:generation|synthesis)|(?:CIFAR|ImageNet)[\w-]*))"
    # (a clustering accuracy is an unsupervised classifier's, matched to the classes after the
    # fact: Papers with Code ranks it on "Image Clustering" boards, not the classifiers' ones;
    # "an average clustering accuracy of 89.1% on CIFAR-10", "the test clustering accuracy was 96.2%")
    r"|(?P<cluster>[Cc]lustering\s+(?:accurac(?:y|ies)|ACC)\b)"
    # (the seen and unseen, base and novel categories of zero-shot, few-shot and open-vocabulary
    # evaluation are scored apart from the whole benchmark: "63.69 BLEU on WebNLG for seen
    # categories", "41.7 AP50 on novel classes"; named "seen categories" ...)
    # (two coordinated, "on the seen and unseen classes", are one phrase per split for a "respectively")
    r"|(?:[Ff]or|[Oo]n|[Ii]n)\s+(?:the\s+)?(?P<split>seen|unseen|novel|base)"
    r"(?:\s+and\s+(?P<split2>seen|unseen|novel|base))?\s+(?:categories|classes)\b"
    # (... and a difficulty subset: "90.28% on the ScanObjectNN hardest split", "on the hard subset",
    # "on the hardest setting of ScanObjectNN", "on ScanObjectNN (hardest variant)"; named "hardest subset" ...)
    r"|(?:(?:[Ff]or|[Oo]n|[Ii]n)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}?|\(\s*)"
    r"(?P<level>easy|medium|hard|hardest)\s+(?:split|subset|set|variant|setting)\b"
    # (a benchmark's named scenario: "an EER of 0.86% in the Physical Access (PA) scenario" of
    # ASVspoof; not "in a low resource scenario", nor the plural "in several scenarios")
    r"|(?:[Ii]n|[Uu]nder|[Ff]or)\s+the\s+(?P<scenario>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:\s+\([A-Z]{1,6}\))?)\s+scenario\b"
)
# the first letters every REGIME alternative opens with (a digit, "[Zz]er" of "zero-shot", "[Ww]it" of
# "with"/"without", ...): a look-ahead test the scan makes at each character before the alternation,
# which otherwise enters each of its branches there (about 1 us a character). Same matches
# as REGIME (tests/test_extract_r21_speed.py keeps the two in step).
_REGIME_STARTS = (r"\d|[Zz]er|[Oo]ne|[Tt](?:wo|hr|en|es)|[Ff](?:iv|ew|in|ul|or)|[Kk][- ]|[Ww](?:it|ea)|[Uu](?:si|nd|ns|nc)|[Gg]iv"
                  r"|onl|jus|all|[Ll]in|[Aa](?:ga|dv)|[Rr]ob|Aut|[Cc](?:le|la|on|lu)|[Ee]nd|[Mm]ul|[Ss](?:in|ca|em)|[Dd]om|[Pp]re|JFT"
                  r"|[Ii]ma|[Vv]id|[Oo]n(?!\w)|[Ii]n(?!\w)|\(")
REGIME_SCAN = re.compile(rf"(?={_REGIME_STARTS})(?:{REGIME.pattern})")
SHOT_WORDS = {"zero": "zero", "one": "1", "two": "2", "three": "3", "five": "5", "ten": "10", "few": "few", "k": "few"}
# the regime a paper's title names for all its scores ("One-Shot Semantic Segmentation", "Semi-Supervised
# Vision Transformers"), when the sentence of a score names none
# (not a one-shot supernet: "Evolving Neural Architecture Using One Shot Model")
# (not "Domain Adaptation": there the phrase is the task, and a board of such scores is keyed on the
# dataset pair)
# A title's "Weakly-Supervised X", "Semi-Supervised X", "Unsupervised X" is the regime of all its
# scores ("Unsupervised Person Re-Identification", "Unsupervised Machine Translation" have boards of
# their own), except where the phrase is how a model was pre-trained ("Weakly Supervised
# Pretraining": its scores are fine-tuned, main-board ones), "Semi-Supervised Video Object
# Segmentation" (the task, above), "Semi-Supervised Node Classification" and "Unsupervised Anomaly
# Detection" (the standard regime of their benchmarks: every Cora or MVTec AD score is one),
# "Unsupervised (Cross) Domain Adaptation" (the task) and "Unsupervised Data Augmentation" (a name)
TITLE_REGIME = re.compile(
    r"(?P<shot>[Zz]ero|[Oo]ne|[Ff]ew)[- ][Ss]hot\b(?![- ](?:[Mm]odel|NAS|[Nn]eural|[Aa]rchitecture|[Ss]upernet))"
    r"|(?P<weak>[Ww]eakly[- ][Ss]upervised)(?![- ](?i:pre-?training))"
    r"|(?P<semi>[Ss]emi-?[- ]?[Ss]upervised)(?![- ](?i:video object segmentation|node|classification with graph))"
    r"|(?P<unsup>[Uu]nsupervised)(?![- ](?i:pre-?training|data augmentation|anomaly|(?:[\w-]+[- ]){0,3}?(?:domain|adaptation)))"
    # (an open-vocabulary detector or segmenter is scored on categories it was not trained on, or
    # on a dataset it was not trained on: Papers with Code's "Open Vocabulary Object Detection on
    # LVIS", "Open Vocabulary Panoptic Segmentation on ADE20K"; not open-vocabulary word
    # representations or language models, whose scores are their benchmarks' usual ones; nor a
    # detector of something not seen, "Open-Vocabulary Keyword Detection": the words between name
    # what is seen)
    r"|(?P<openvocab>[Oo]pen[- ][Vv]ocabulary)(?=[- ](?i:(?:(?:object|instance|panoptic|semantic|image|video|3d"
    r"|point[- ]cloud|scene|part|attribute|visual|one-stage|two-stage|universal)[- ]){0,2}"
    r"(?:detection|segmentation|detr|detector|segmenter)\b))"
)
# a literal piece every TITLE_REGIME match holds ("[Ss]hot"; "[Ss]upervised", "[Uu]nsupervised";
# "[Vv]ocabulary"):
# a title holding none of them matches none (tests/test_extract_r26_gates.py checks each alternative)
TITLE_REGIME_CUES = ("hot", "upervised", "ocabulary")


def may_name_title_regime(title: str) -> bool:
    """Whether ``title`` can match TITLE_REGIME: two substring tests before the search, which
    tries its alternatives at every character (most titles name no regime).

    >>> may_name_title_regime("Few-Shot Object Detection"), may_name_title_regime("Object Detection")
    (True, False)
    """
    return any(cue in title for cue in TITLE_REGIME_CUES)


def regime_value(m: re.Match) -> str | None:
    """The normalised setting a REGIME (or TITLE_REGIME) match names; None for the default regime."""
    g = m.lastgroup
    if g in ("way", "wshot") and m["way"]:  # (lastgroup is the last group that matched: "wshot")
        return f"{m['way']}-way {m['wshot']}-shot"
    if g in ("shot", "per", "icl"):
        n = SHOT_WORDS.get(m[g].lower(), m[g])
        return "zero-shot" if n in ("zero", "0") else f"{n}-shot"
    if g == "pct":
        return f"{m['pct']}% labels" if m["pct"] != "100" else None
    if g == "count":
        n = m["count"].replace(",", "")
        return f"{int(n[:-1]) * 1000 if n[-1] in 'kK' else n} labels"  # "4k labels": 4000
    if g == "level":
        return f"{m['level']} subset"
    if g == "split":
        return f"{m['split']} categories"  # ("novel classes" and "novel categories" are one board)
    if g == "scenario":
        return f"{m['scenario']} scenario".lower()  # (as setting_name reads a query's setting)
    return REGIME_NAMES.get(g)


def setting_name(phrase: str) -> str | None:
    """A setting as the extractor names it (kg.leaderboard.board_parameter reads a query's
    ``setting`` with it): "1-Shot", "5 shot" -> "1-shot", "5-shot"; "1% labeled" -> "1% labels";
    None for a phrase of the default regime ("100% labels"); else the phrase in lower case."""
    m = REGIME.fullmatch(phrase.strip())
    if m is None:
        return " ".join(phrase.split()).lower() or None
    return regime_value(m)


# Training with differential privacy: private scores ("88% top-1 accuracy on ImageNet-1K under
# DP guarantee of (8, δ)") have Papers with Code boards of their own ("Image Classification with
# Differential Privacy"), far below the main board's for the same model. A score is private
# where its sentence says so (PRIVATE_SCORE, unless it says "non-private"), or where the paper
# is about private training: its title or a sentence on its own work names it (PRIVATE_TRAINING;
# not a model that merely uses a privacy mechanism, "Differential Privacy-inspired LSTM", nor
# "DP decoding" or "trained with DP on 8 GPUs", nor DP-SGD as a baseline one "outperforms").
# (every alternative is searched as written: no substring prefilter decides which papers match;
# PRIVACY_CUES only skips texts that no alternative can match)
DIFFERENTIAL_PRIVACY = "differential privacy"
PRIVATE_TRAINING = re.compile(
    # (what is private is the paper's training or model, not "the differentially private DPSGD baseline")
    r"[Dd]ifferentially[- ][Pp]rivate\s+(?:[\w-]+\s+)?(?:training|learning|SGD|optimi[sz]\w*|models?|classifiers?"
    r"|networks?|fine-?tuning|classification|generation|synthesis)\b"
    r"|(?:[Ww]ith|[Uu]nder|[Uu]sing|[Vv]ia)\s+(?:[Dd]ifferential[- ][Pp]rivacy\b(?![- ]inspired)|DP-?SGD\b"
    r"|DP\s+(?:guarantees?|budgets?|constraints?)\b)"
    r"|DP-?SGD\s+train"  # ("robustness to the challenges of DP-SGD training")
    r"|(?<![Nn]on-)\b[Pp]rivate\s+(?:training|learning)\b"
)
PRIVATE_SCORE = re.compile(
    r"[Pp]rivacy\s+(?:budgets?|guarantees?|levels?|parameters?)\b"
    r"|\(\s*(?:ε|\\epsilon|\\varepsilon|epsilon)\s*,\s*(?:δ|\\delta|delta)"
    r"|(?:ε|\\epsilon|\\varepsilon|[Ee]psilon)\s*(?:=|of)?\s*\d"
    r"|[Ww]ith\s+(?:formal\s+)?(?:[Dd]ifferential[- ][Pp]rivacy|DP-?SGD)\b"
    r"|[Uu]nder\s+(?:a\s+|the\s+)?(?:DP|[Dd]ifferential[- ][Pp]rivacy)\b"
    r"|DP\s+(?:budgets?|guarantees?)\b"
    r"|(?<![Nn]on-)(?<![Nn]on)\b[Dd]ifferentially[- ][Pp]rivate"
    r"|(?<![Nn]on-)\b[Pp]rivate(?:ly)?\s+(?:trained|training|learning|models?|classifiers?|SGD)\b"
)
NON_PRIVATE = re.compile(r"\b[Nn]on-?[Pp]rivate\b")
# (a sentence deferring it names no private work of the paper's)
PRIVACY_DEFERRED = re.compile(r"\bfuture\s+work\b|\bleft\s+(?:as|for)\b")
# A literal piece that every match of PRIVATE_TRAINING, PRIVATE_SCORE and NON_PRIVATE holds (all
# three are case-sensitive): "[Pp]rivate", "[Pp]rivacy" hold "riva"; "DP-SGD", "DP budget", "under
# DP" hold "DP"; "ε", "\epsilon", "epsilon", "Epsilon" hold "ε" or "psilon". A text holding none of
# them matches none of the three (tests/test_extract_r26_gates.py checks each alternative).
PRIVACY_CUES = ("riva", "DP", "ε", "psilon")


def may_name_privacy(text: str) -> bool:
    """Whether ``text`` can match PRIVATE_TRAINING, PRIVATE_SCORE or NON_PRIVATE: the test of a few
    substrings before those searches, which try most of their alternatives at every character.

    >>> may_name_privacy("trained with DP-SGD"), may_name_privacy("a new detector for COCO")
    (True, False)
    """
    return any(cue in text for cue in PRIVACY_CUES)


REGIME_NAMES = {"linear": "linear probe", "attack": "adversarial", "extra": "extra training data", "pretrain": "extra training data",
                 "tta": "test-time augmentation", "ms": "multi-scale testing", "uda": "domain adaptation", "cond": "conditional",
                "weak": "weakly supervised", "semi": "semi-supervised", "unsup": "unsupervised", "cluster": "unsupervised",
                "openvocab": "open-vocabulary"}  # fmt: skip
