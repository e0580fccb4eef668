"""A fast rule tokenizer for abstracts, registered as ``mlkg.tokenizer.v1``.

spaCy's English tokenizer handles prefixes, suffixes, infixes and exceptions in a general
way; the mlkg components only need tokens for the lexicon PhraseMatchers (patterns are
tokenised by the same tokenizer, so both sides agree) and work on character offsets
otherwise. One ``re.split`` call gives words and the whitespace between them, which is
about twice as fast as ``spacy.blank("en").tokenizer`` on abstracts.

Tokens are runs of letters and digits joined by ``- . + @`` ("ImageNet-1K", "GPT-3.5",
"pass@1"); every other non-space character is a token of its own ("Rank-1/mAP" is three).
``doc.text`` is always the input text, so token offsets are offsets into it.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> tok = MlkgTokenizer(nlp.vocab)
>>> [t.text for t in tok("We use GPT-3.5's (ViT) on ImageNet-1K: 81.7%.")]
['We', 'use', 'GPT-3.5', "'", 's', '(', 'ViT', ')', 'on', 'ImageNet-1K', ':', '81.7', '%', '.']
>>> tok("Title\\n\\n  Two  spaces").text == "Title\\n\\n  Two  spaces"
True
"""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

_IRREGULAR = re.compile(r"[^\S ]|  ")
# "-based", "-aware", ... are split off so "genetic algorithm-based" still holds the lexicon
# name "genetic algorithm"; other joiners keep names whole ("RT-DETR-R18", "GPT-3.5")
_MODIFIER = (
    r"(?i:based|driven|aware|guided|like|style|level|scale|specific|free|only|powered|centric|"
    r"oriented|agnostic|wise|enhanced|assisted|augmented|conditioned|tuned|trained|sized|"
    r"friendly|efficient|intensive|heavy|bound|generated|related|dependent|enabled|inspired)"
)
_CH = r"A-Za-z0-9\u00C0-\u024F\u0370-\u03FF"
_SPLIT = re.compile(rf"([{_CH}]+(?:(?:[.+@]|-(?!{_MODIFIER}\b))[{_CH}]+)*\+*|\S)")


class MlkgTokenizer:
    """Callable text -> Doc, with the (de)serialisation methods spaCy expects."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        parts = _SPLIT.split(text)
        words = parts[1::2]
        gaps = parts[2::2]
        spaces = [g == " " for g in gaps]
        if parts[0] or _IRREGULAR.search(text):
            # whitespace other than single spaces ("\n\n" after the title) becomes tokens
            odd = [i for i, g in enumerate(gaps) if g and g != " "]
            for i in reversed(odd):
                g = gaps[i]
                if g[0] == " ":
                    words.insert(i + 1, g[1:])
                    spaces.insert(i + 1, False)
                    spaces[i] = True
                else:
                    words.insert(i + 1, g)
                    spaces.insert(i + 1, False)
            if parts[0]:
                words.insert(0, parts[0])
                spaces.insert(0, False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _with_whitespace(self, parts: list[str]) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        if parts[0]:
            words.append(parts[0])
            spaces.append(False)
        for i in range(1, len(parts), 2):
            words.append(parts[i])
            gap = parts[i + 1]
            if gap == "":
                spaces.append(False)
            elif gap == " ":
                spaces.append(True)
            elif gap[0] == " ":
                spaces.append(True)
                words.append(gap[1:])
                spaces.append(False)
            else:
                spaces.append(False)
                words.append(gap)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # nothing to save: the rules are code
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> MlkgTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> MlkgTokenizer:
        return self


@spacy.registry.tokenizers("mlkg.tokenizer.v1")
def create_tokenizer():
    """Factory for ``[nlp.tokenizer] @tokenizers = "mlkg.tokenizer.v1"``."""

    def make(nlp):
        return MlkgTokenizer(nlp.vocab)

    return make
