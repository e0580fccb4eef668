"""Round 18 (mend): fixes to the round's rules from the review, on invented sentences."""

from kg.extract import extract
from kg.model import Paper


def _methods(abstract: str, title: str = "A study") -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [m.name for m in e.methods]


def _rl(abstract: str, title: str = "A study") -> list[str]:
    return [m for m in _methods(abstract, title) if "reinforcement learning" in m.lower()]


def test_reinforcement_learning_inside_a_longer_name_or_after_a_variant_adjective_is_no_method():
    # a prefix ("meta-") or an adjective that names a variant or a field ("safe", "visual",
    # "consistency-based", "efficient") is not cut off to give bare "reinforcement learning"
    for text in (
        "We study meta-reinforcement learning, where an agent adapts quickly to new tasks.",
        "Recent work on safe reinforcement learning constrains the policy to a feasible set.",
        "The results imply that visual reinforcement learning in cluttered rooms is feasible.",
        "We add a consistency-based reinforcement learning with program augmentation.",
        "Such data matter for efficient reinforcement learning and self-play algorithms.",
        "Safe reinforcement learning keeps the agent inside a feasible set.",
        "We cast it as constrained reinforcement learning over a fixed budget.",
    ):
        assert _rl(text) == [], text


def test_reinforcement_learning_after_a_plain_adjective_or_modifier_is_still_a_method():
    assert _rl("Unlike standard reinforcement learning, our update needs no critic.") == ["reinforcement learning"]
    assert _rl("Although offline reinforcement learning or rejection sampling helps, gaps remain.") == [
        "offline reinforcement learning"]
    assert _rl("The controller is trained by model-based reinforcement learning to save samples.") == [
        "model-based reinforcement learning"]


def test_reinforcement_learning_modifying_the_noun_after_it_is_no_method():
    # the nouns a task phrase may modify (mentions._MODIFIED_NOUNS) and RL's own
    for text in (
        "We benchmark three reinforcement learning libraries on a common suite.",
        "We propose new reinforcement learning objectives for language model alignment.",
        "We build reinforcement learning pipelines for post-training of chat models.",
        "The reinforcement learning stage improves reasoning accuracy by a large margin.",
        "We release a reinforcement learning testbed for household robots.",
        "We design a reinforcement learning curriculum for math reasoning.",
        "A reinforcement learning meta-controller picks which tool to call.",
        "Reinforcement learning (RL) signals are sparse in long dialogues.",
        "We compare reinforcement learning policy-gradient estimators on toy problems.",
    ):
        assert _rl(text) == [], text


def test_reinforcement_learning_opening_a_longer_abbreviated_technique_is_not_cut():
    # "Reinforcement learning with verifiable rewards (RLVR)": the acronym is of the whole
    # phrase; bare "Reinforcement learning" is not what the text names
    got = _rl("Reinforcement learning with verifiable rewards (RLVR) has improved reasoning in chat models.")
    assert "Reinforcement learning" not in got
    got = _rl("Deep reinforcement learning with sparse rewards (DRLSR) is hard. We use reinforcement "
              "learning (RL) to tune it.")
    assert got == ["reinforcement learning (RL)"]


def test_a_sentence_opening_comparison_cues_a_list_of_methods():
    # "Compared with" at a sentence start and "in comparison with" cue the list as "compared
    # with" does mid-sentence; "relative to" too
    for text in ("Compared with GPT-4, Zorbl, Quxtor and Blimpo, FooNet is cheaper.",
                 "In comparison with GPT-4, Zorbl, Quxtor and Blimpo, FooNet is cheaper.",
                 "FooNet is cheaper in comparison to GPT-4, Zorbl, Quxtor and Blimpo."):
        assert {"Zorbl", "Quxtor", "Blimpo"} <= set(_methods(text)), text


def test_relative_to_cues_a_list_of_methods():
    assert {"Zorbl", "Quxtor", "Blimpo"} <= set(_methods("FooNet saves 20% relative to GPT-4, Zorbl, Quxtor and Blimpo."))


def _results(abstract: str, title: str = "A study") -> list[tuple]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [(r.value, r.dataset) for r in e.results]


def test_respective_values_take_the_previous_sentences_benchmarks_without_its_full_stop():
    got = _results("We evaluate on NIST Chinese-English, WMT14 English-German and WMT18 Russian-English. "
                   "Our model improves over the Transformer by 1.2, 0.8 and 1.5 BLEU points respectively.")
    assert (1.5, "WMT18 Russian-English") in got


def test_respective_values_of_a_sentence_listing_its_own_items_are_not_mapped_to_earlier_benchmarks():
    # "the accuracy of A, B and C by x, y and z, respectively": the values go with the models
    # the sentence lists, not position by position with the previous sentence's benchmarks;
    # "on" / "in" / "for" / "across" (with or without "the") list the sentence's own items too
    prev = "We evaluate on ImageNet, iNat-mini and the Zorb split. "
    own = "FooNet improves the accuracy of ResNet-50, ViT-B and Swin-T by 2.1%, 1.5% and 0.9%, respectively."
    got = _results(prev + own)
    assert got and (0.9, "Zorb") not in got, own


def test_respective_values_on_in_for_across_the_sentences_own_items_are_not_mapped_to_earlier_benchmarks():
    # "on" / "in" / "for" / "across", with or without "the", list the sentence's own items
    prev = "We evaluate on ImageNet and the Zorb split. "
    for own in ("FooNet reaches 91.1% and 80.9% on household and outdoor scenes, respectively.",
                "FooNet reaches 91.1% and 80.9% on the household and outdoor scenes, respectively.",
                "FooNet reaches 91.1% and 80.9% in household and outdoor scenes, respectively.",
                "FooNet reaches 91.1% and 80.9% for household and outdoor scenes, respectively.",
                "FooNet reaches 91.1% and 80.9% across household and outdoor scenes, respectively."):
        got = _results(prev + own)
        assert got and (80.9, "Zorb") not in got, own


def test_reinforcement_learning_guards_of_the_rule():
    # the title is not read ("Deep Reinforcement Learning for Chip Placement" names the field)
    assert _rl("We place macros on a chip canvas and beat human experts.",
               title="Deep Reinforcement Learning for Chip Placement") == []
    # a method already naming it: no second one
    assert len(_rl("We fine-tune the model with reinforcement learning from human feedback (RLHF) and "
                   "reduce harmful outputs; reinforcement learning also helps tone.")) == 1
    # the field: "of" / "on" / "in both" / "extensions to" / "applications to" / "multi-agent"
    for text in ("We survey the theory of reinforcement learning and its limits.",
                 "We report results on reinforcement learning and on planning.",
                 "Our bound holds in both reinforcement learning and bandits.",
                 "We give extensions to reinforcement learning of the bound.",
                 "We discuss applications to reinforcement learning of the bound.",
                 "We note that multi-agent reinforcement learning scales poorly with agents."):
        assert _rl(text) == [], text
    # a field preposition in an earlier clause does not make it a field list item
    assert _rl("Gains hold in vision; the agent uses tree search and reinforcement learning to plan.") == [
        "reinforcement learning"]
