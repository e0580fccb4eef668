"""Round 15 review 3 mend (methods): findings 1, 2, 5 and 6 of review 3."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_proposal_after_a_comma_then_or_by_introducing_is_the_papers(nlp):
    # review 3, finding 1: ", then propose" / ", also proposing" has "we" as its subject
    ex = run(nlp, "Zorbing Object Detectors",
             "We first analyze the failure modes of existing detectors, then propose a simple "
             "calibration loss to fix them.")  # fmt: skip
    assert "calibration loss" in name_set(ex.methods)
    assert "calibration loss" in ex.proposed
    ex = run(nlp, "Zorbing Object Detectors",
             "We analyze the failure modes of existing detectors, also proposing a simple "
             "calibration loss to fix them.")  # fmt: skip
    assert "calibration loss" in name_set(ex.methods)
    # review 3, finding 2: "by introducing" after "we show that" has no subject of its own
    ex = run(nlp, "Zorbing Retrieval",
             "We show that retrieval accuracy can be greatly improved by introducing a contrastive "
             "gating loss.")  # fmt: skip
    assert "contrastive gating loss" in name_set(ex.methods)
    assert "contrastive gating loss" in ex.proposed


def test_a_camelcase_our_name_is_no_macro_leftover(nlp):
    # review 3, finding 6: "OurNet" is a coined name; "\ourmodel" renders in lower case
    ex = run(nlp, "OurNet: a network for quills",
             "We propose OurNet, a network for quill detection. OurNet reaches 90% accuracy on QuillSet.")
    assert "OurNet" in name_set(ex.methods)
    assert "OurNet" in ex.proposed
    assert [(r.method, r.metric) for r in ex.results] == [("OurNet", "accuracy")]
    ex = run(nlp, "Zorb: a network for quills", "We propose ourmodel, a network for quill detection.")
    assert "ourmodel" not in name_set(ex.methods)


def test_a_well_known_technique_headed_by_a_common_word_stays(nlp):
    # review 3, finding 5: "Prior", "Softmax", "Norm" head techniques, not topics
    ex = run(nlp, "Zorbing Image Denoising",
             "We revisit Deep Image Prior for denoising. Deep Image Prior fits a randomly initialised "
             "network, improving PSNR on Set12 by 0.8 dB.")  # fmt: skip
    assert "Deep Image Prior" in name_set(ex.methods)
    ex = run(nlp, "Zorbing Discrete Policies",
             "We relax discrete sampling with Gumbel Softmax. With Gumbel Softmax the policy becomes "
             "differentiable.")  # fmt: skip
    assert "Gumbel Softmax" in name_set(ex.methods)
    ex = run(nlp, "Zorbing GANs",
             "We apply Spectral Norm to the discriminator. Spectral Norm stabilises training, and FID "
             "on CIFAR-10 improves to 12.3.")  # fmt: skip
    assert "Spectral Norm" in name_set(ex.methods)
    assert [r.method for r in ex.results] == ["Spectral Norm"]
