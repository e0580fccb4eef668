"""Round 15 (methods precision): spurious methods of unseen papers."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_latex_macro_leftovers_are_no_names(nlp):
    # a macro for the paper's name that lost its backslash: "\ourmodel", "\papertitle", "\ModelName"
    ex = run(nlp, "PaperTitle",
             "To help close this gap, we introduce ourmodel, a large language model pretrained on "
             "general text. It improves accuracy on GSM8K.")  # fmt: skip
    assert not {n.lower() for n in name_set(ex.methods)} & {"ourmodel", "papertitle"}
    ex = run(nlp, "ModelName: Blazing Fast Polyp Segmentation",
             "We present ModelName, a fast segmentation network.")  # fmt: skip
    assert "ModelName" not in name_set(ex.methods)


def test_the_bare_transformer_under_an_own_transformer_is_its_family(nlp):
    # the paper proposes its own Transformer: the bare word is the family it builds on
    ex = run(nlp, "Zorbformer: Transformer for Zorb Segmentation",
             "Recent studies have shown the potential of Transformer in modeling relations. We "
             "propose Zorbformer, an efficient Transformer-based model. Zorbformer improves F1 by "
             "2 points on the Zorb dataset.")  # fmt: skip
    assert "Transformer" not in name_set(ex.methods)
    assert "Zorbformer" in name_set(ex.methods)


def test_a_repeated_capitalised_topic_is_no_method(nlp):
    # written in capitals in the title and again in the text, but headed by a plain word
    ex = run(nlp, "The Zorb Team at SemEval: Semantic Question Similarity in Arabic",
             "We describe our system for Semantic Question Similarity. We fine-tune BERT on the "
             "training pairs and reach an F1 of 0.95.")  # fmt: skip
    assert "Semantic Question Similarity" not in name_set(ex.methods)
    assert "BERT" in name_set(ex.methods)


def test_software_libraries_and_applications_are_no_methods(nlp):
    # the guidelines: software libraries are not methods
    ex = run(nlp, "Zorbnet: Fast Molecule Property Prediction",
             "We propose Zorbnet. Conformers are generated with RDKit, and simulations run in "
             "NS-2 and MATLAB. Zorbnet improves MAE by 10% on QM9.")  # fmt: skip
    assert not name_set(ex.methods) & {"RDKit", "NS-2", "MATLAB"}
    assert "Zorbnet" in name_set(ex.methods)


def test_generative_adversarial_networks_are_a_family(nlp):
    # like "neural networks": the family an own GAN belongs to, not a method of its own
    ex = run(nlp, "ZorbGAN for Person Image Generation",
             "We propose a novel Generative Adversarial Network (ZorbGAN) for person image "
             "generation. ZorbGAN improves FID by 3 points on Market-1501.")  # fmt: skip
    assert "Generative Adversarial Network" not in name_set(ex.methods)
    assert name_set(ex.methods) & {"ZorbGAN", "Generative Adversarial Network (ZorbGAN)"}


def test_the_transformer_the_paper_builds_on_is_named(nlp):
    # "The Transformer ..." names the cited architecture (the guidelines list it); a part of
    # the paper's own model ("the Transformer decoder") or the family stays out
    ex = run(nlp, "Earthformer: Exploring Space-Time Transformers for Earth System Forecasting",
             "The Transformer as an emerging architecture has shown success in many domains. We "
             "propose Earthformer, a space-time Transformer for Earth system forecasting.")
    assert "Transformer" in name_set(ex.methods)
    ex = run(nlp, "Zorbformer: Queries for Few-Shot Segmentation",
             "We propose Zorbformer. The prototypes are input to the Transformer decoder as queries.")
    assert "Transformer" not in name_set(ex.methods)
