"""Round 17 (methods): whether a found phrase is a method, on invented sentences."""

from kg.extract import extract
from kg.model import Paper


def _methods(abstract: str, title: str = "A study") -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [m.name for m in e.methods]


def test_measure_acronym_spelled_out_as_a_method():
    # "WA", "SR" are measures the lexicon knows; the text spells them out as its own methods
    got = _methods("To fix the drift we propose Weight Aligning (WA), which rescales the "
                   "classifier weights. WA is simple and helps on three benchmarks.")
    assert "Weight Aligning (WA)" in got
    got = _methods("A Self Refinement (SR) module is used to refine the decoder features. "
                   "With SR the masks are sharper.")
    assert "Self Refinement (SR)" in got


def test_measure_acronym_spelled_out_as_a_measure_stays_a_measure():
    (e,) = extract([Paper(id="t", title="A study", abstract=(
        "We lower the word error rate (WER) of a speech recogniser. Our model reaches 5.1% WER "
        "on the test set."))])
    assert any("WER" in m.name or "word error rate" in m.name for m in e.metrics)
    assert not any("WER" in m.name for m in e.methods)


def test_objective_named_by_its_kind_is_no_method():
    # "a new loss function" says what the thing is, not which one; "triplet loss" names one
    got = _methods("We propose a new loss function to balance the two risks. The encoder is "
                   "also trained with triplet loss.")
    assert "loss function" not in got
    assert "triplet loss" in got


def test_objective_named_by_its_kind_is_not_proposed():
    (e,) = extract([Paper(id="t", title="A study", abstract=(
        "We introduce two loss functions that align the views. They help on three benchmarks."))])
    assert not any("loss function" in p for p in e.proposed)


def test_acronym_of_a_general_notion_is_no_method():
    # "RoI", "QoS", "KKT", "SAT" name a region, a quality, conditions and a problem
    got = _methods("Features are pooled from each RoI of the detector. The scheduler meets the QoS "
                   "needs of all users, and the KKT conditions hold. We also encode the constraints to SAT.")
    assert not {"RoI", "QoS", "KKT", "SAT"} & set(got)
    got = _methods("We reduce violations of Quality of Service (QoS) in the cloud.")
    assert not any("QoS" in m for m in got)


def test_acronym_of_a_general_notion_spelled_out_as_a_method_stays():
    got = _methods("We propose Size-Aware Transformer (SAT), which pools tokens by size. SAT is fast.")
    assert "Size-Aware Transformer (SAT)" in got
    got = _methods("We learn knowledge graph (KG) embeddings with a margin loss. KG embeddings help.")
    assert any(m.startswith("knowledge graph (KG) embedding") for m in got)


def test_capitalised_name_the_text_calls_a_problem_is_no_method():
    got = _methods("In the Zorbic Bin Covering problem items arrive one by one. We give an online "
                   "algorithm for Zorbic Bin Covering and show that the problem is NP-Hard.",
                   title="Online Zorbic Bin Covering")
    assert not {"Zorbic Bin Covering", "NP-Hard"} & set(got)


def test_method_named_after_a_problem_stays():
    got = _methods("We solve the maximum zorb-satisfiability (MAXZS) problem with a new maximum "
                   "zorb-satisfiability (MAXZS) solver. MAXZS solvers are fast.")
    assert not any(m == "MAXZS" for m in got)
    assert any(m.startswith("maximum zorb-satisfiability (MAXZS) solver") for m in got)
    # the solver stays even where its acronym is called a problem too
    got = _methods("We solve the maximum zorb-satisfiability (MAXZS) problem with a new Maximum "
                   "Zorb-Satisfiability (MAXZS) solver. The MAXZS problem is hard, and MAXZS solvers are fast.")
    assert "Maximum Zorb-Satisfiability (MAXZS) solver" in got
    got = _methods("We propose a data gathering scheme called Zorb-Route. Finding the best Zorb-Route "
                   "problem instance is NP-hard, so we give a heuristic.")
    assert "Zorb-Route" in got


def test_acronym_of_a_kind_of_network_or_logic_is_no_method():
    got = _methods("We design routing for Vehicular Ad hoc Networks (VANETs). Each VANET node is a "
                   "car, and the safety property is written in LTL.")
    assert not any("VANET" in m or m == "LTL" for m in got)
    got = _methods("We translate digits to faces with a Domain Transfer Network (DTN). The DTN is small.")
    assert "Domain Transfer Network (DTN)" in got


def test_concept_acronym_shared_with_a_known_model_stays_without_a_notion_cue():
    # review finding 1: "MAC", "SAT", "CRN", "FIFO" are models or policies too
    assert "MAC" in _methods("We compare against FiLM and MAC on CLEVR and improve accuracy by 2%.")
    assert "SAT" in _methods("Our graph model outperforms GraphGPS and SAT on ZINC.")
    assert "CRN" in _methods("Our enhancer outperforms CRN and DCCRN on the DNS Challenge.")
    assert "FIFO" in _methods("Our caching policy outperforms FIFO and LRU in cache hit rate.")
    # a model word after it says it is the model, whatever the text's other words
    assert "MAC" in _methods("We compare with MAC networks and NS-VQA on CLEVR, and report hardware cost.")
    # the notion: a cue in the text
    got = _methods("Collisions at the MAC layer waste energy in wireless nodes. We schedule MAC access "
                   "with a learned Zorb policy.")
    assert "MAC" not in got


def test_concept_acronym_defined_in_a_way_not_parsed_stays():
    # review finding 1: "(MAC)" in the text that no parsed pair covers is the paper's own definition
    got = _methods("We present \\textbf{Ma}sked \\textbf{C}ontrastive Zorb Pretraining~(MAC). "
                   "MAC outperforms prior work on MSRVTT.")
    assert any("MAC" in m for m in got)


def test_method_the_text_also_uses_stays_when_once_called_a_problem():
    # review finding 2: "the X problem" once, but X is used as a method elsewhere
    got = _methods("We refine camera poses with Bundle Adjustment (BA); the BA problem is solved "
                   "with a damped Newton step.")
    assert "Bundle Adjustment (BA)" in got
    got = _methods("Our registration outperforms ZCP and Go-ZCP on ModelNet40, since the ZCP problem is non-convex.")
    assert "ZCP" in got
    # a lexicon method keeps its spelled-out name
    got = _methods("We build on Model-Agnostic Meta-Learning (MAML). The MAML problem is solved with "
                   "second-order gradients.")
    assert "Model-Agnostic Meta-Learning (MAML)" in got
    # the problem itself still goes
    got = _methods("We deal with the Zorbic Packing problem and give an online algorithm for Zorbic Packing.")
    assert "Zorbic Packing" not in got


def test_problem_names_are_read_once_from_the_problem_words():
    # review finding 4: names are tested against the ends found before "problem(s)" (an
    # acronym's bracket may come between), not searched over the whole text one by one
    from kg.extract.mentions import METHOD, Cand, _without_problem_names

    t = "We study the Zorb Cover (ZC) problem. Zorb Cover is hard; Quux Cover problems are easy."
    at = [(t.index(w, k), len(w)) for w, k in (("Zorb Cover", 0), ("Zorb Cover", 20), ("Quux Cover", 0), ("We", 0))]
    cs = [Cand(i, i + n, METHOD, "titlecase", 0.7) for i, n in at]
    assert [t[c.start : c.end] for c in _without_problem_names(t, cs)] == ["We"]
    long = " ".join(f"Zorb{i} Packing problem with Quux{i}Net." for i in range(300))
    many = [Cand(m.start(), m.end(), METHOD, "titlecase", 0.7)
            for m in __import__("re").finditer(r"Zorb\d+ Packing|Quux\d+Net", long)]  # fmt: skip
    # (its cost, 0.26 -> 0.01 s on 20k characters with ~400 names, is measured, not asserted:
    # timed assertions are flaky on shared machines)
    assert len(_without_problem_names(long, many)) == 300


def test_a_named_layout_compared_against_stays_a_method():
    # spot check of the round: "QWERTY" names one keyboard layout (the baseline a keyboard paper
    # compares with), not a general notion of computing
    got = _methods("We design ZORKEY, a soft keyboard layout for touch screens. In a user study, "
                   "ZORKEY is 12% faster than QWERTY.")
    assert "QWERTY" in got
