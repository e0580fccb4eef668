"""Finding names in raw text: name-like words, acronym definitions, proposals, task phrases.

Pure functions over a string returning character offsets; the spaCy components in
:mod:`kg.extract.components` call them. Lists of words here are grammar (stop words,
head nouns, generic words), not names of things.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any


from kg.text import find_shaped, name_key, text_shape
from kg.extract.lexicon import clause_verbs, common_words, lookup_label, nominalizations


@cache
def _nominal():
    """:mod:`kg.extract.nominal`, imported at the first call (it imports this module). A
    ``from kg.extract.nominal import ...`` inside a function costs about 4 us at each call
    (the import machinery looks the module up again and fails to find a ``__path__``)."""
    from kg.extract import nominal

    return nominal

# fmt: off
# The acronyms of architecture families (singular): generic, no name (here and in
# mentions._NETWORK_FAMILY, which also drops their written-out forms).
FAMILY_ACRONYMS = ("CNN", "RNN", "DNN", "GNN", "NN", "ANN", "MLP", "GAN", "VAE")
# Acronyms and capitalised words that are never method or dataset names by themselves:
# families in the generic sense, hardware, software, organisations, units, languages.
NOT_NAMES = {
    *FAMILY_ACRONYMS, *(a + "s" for a in FAMILY_ACRONYMS),
    "AI", "AGI", "ML", "DL", "NLP", "NLU", "NLG", "CV", "RL", "IR", "QA", "LLM", "LLMs", "MLLM",
    "MLLMs", "LM", "LMs", "VLM", "VLMs", "LVLM", "LVLMs", "LMM", "LMMs", "PLM", "PLMs", "SLM",
    "SLMs", "ViTs", "VLA", "VLAs", "DM", "DMs", "SSM",
    "SSMs", "FM", "FMs", "GPU", "GPUs", "TPU", "TPUs", "CPU", "CPUs", "NPU", "FPGA", "ASIC",
    "A100", "H100", "V100", "A6000", "RTX", "API", "APIs", "SDK", "UI", "GUI", "URL", "PDF",
    "HTML", "JSON", "SQL", "IoT", "US", "USA", "UK", "EU", "SOTA", "SoTA", "OOD", "IID", "i.i.d",
    "PyTorch", "TensorFlow", "JAX", "CUDA", "Python", "GitHub", "Github", "github", "HuggingFace", "Hugging", "Face",
    "Huggingface", "C++",
    "Google", "OpenAI", "Meta", "Microsoft", "NVIDIA", "Nvidia", "DeepMind", "Anthropic", "Apple",
    "Amazon", "IBM", "Intel", "AMD", "Baidu", "Alibaba", "Tencent", "Huawei", "ByteDance",
    "English", "Chinese", "Japanese", "German", "French", "Spanish", "Arabic", "Korean",
    "GB", "MB", "TB", "KB", "KiB", "MiB", "GiB", "TiB", "GHz", "MHz", "ms", "FP16", "FP32", "BF16", "INT8", "INT4",
    "kHz", "dBm", "mW", "kW", "mJ", "mV", "kWh", "mAh",  # units written in mixed case
    "II", "III", "IV", "VI", "VII", "ID", "IDs", "OCR", "RGB", "RGB-D", "2D", "3D", "4D", "1D",
    "TL;DR", "Q&A", "PhD", "Ph.D", "CEO", "COVID-19", "CoT", "RAG", "SFT", "PEFT", "ICL",
    "T2I", "T2V", "I2V", "VQA", "ASR", "TTS", "MT", "NMT", "NER", "POS", "ReID", "Re-ID", "ViT-based",
    "CLS", "EOS", "BOS", "KV", "QKV", "FFN", "MoEs", "LoRAs", "OSS", "ArXiv", "arXiv",
    # venues and publishers
    "NeurIPS", "NIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "COLING",
    "AAAI", "IJCAI", "KDD", "WWW", "SIGIR", "STOC", "FOCS", "SODA", "ICALP", "SICOMP", "SOSA",
    "JACM", "IEEE", "ACM", "TPAMI", "JMLR", "TMLR", "ICRA", "IROS", "CoRL", "RSS", "MICCAI",
    # hardware, systems, protocols, devices
    "A800", "H800", "L40", "T4", "P100", "K80", "TPUv4", "TPUv3", "iPhone", "iPad", "Android",
    "iOS", "Linux", "Windows", "macOS", "TCP", "IP", "UDP", "HTTP", "HTTPS", "RDMA", "NVLink",
    "InfiniBand", "PCIe", "DRAM", "SRAM", "HBM", "RAM", "SSD", "RNG", "CPU-GPU", "LLVM",
    "MindSpore", "Ascend", "Kaggle", "Colab", "Reddit", "Twitter", "YouTube",
    "Facebook", "Instagram", "TikTok", "LinkedIn",  # platforms, not datasets ("users of Facebook")
    "Wikipedia", "StackOverflow", "Docker", "Kubernetes", "ChatGPT-like", "GPT-like",
    "ONNX", "DNA", "RNA",
    # software libraries, languages and applications (the guidelines: libraries are no methods)
    "NumPy", "SciPy", "scikit-learn", "Keras", "Theano", "Caffe", "MXNet", "PaddlePaddle", "OpenCV",
    "RDKit", "Simulink", "LaTeX", "Excel", "PowerPoint", "OpenMP", "Hadoop",
    # inference runtimes and GPU toolkits ("deployed with TensorRT", "an OpenCL kernel")
    "TensorRT", "OpenVINO", "CoreML", "OpenCL", "cuDNN", "Lean4",
    "NS-2", "NS2", "NS-3", "ns-3", "OMNeT++", "Weka", "WEKA", "Jupyter", "Gurobi", "CPLEX",
    # sensors, imaging modalities and signals, units and norms: what data is, not a method
    "LiDAR", "Lidar", "LIDAR", "LiDARs", "LIDARs", "mmWave", "SAR", "NIR", "RGB-T",
    "RGB-Thermal", "EEG", "sEEG", "iEEG", "ECG", "EMG", "MRI", "MRIs", "fMRI", "CT", "IMU", "dB",
    "L1", "L2",
    # programming languages and proof assistants are not methods
    "Rust", "Swift", "Julia", "Java", "JavaScript", "TypeScript", "Haskell", "Scala", "Kotlin",
    "Fortran", "MATLAB", "Matlab", "Perl", "Ruby", "Lisp", "Prolog", "Coq", "Lean", "Isabelle",
    "Verilog", "VHDL", "Golang", "PHP", "Bash", "OCaml", "Dafny", "F*",
}
# network standards, protocols and data formats of systems papers: what a network runs or a
# system stores, not a method (a paper may still name its own method so: "P2P: Tuning
# Pre-trained ...")
STANDARDS_AND_FORMATS = {
    "WiFi", "Wi-Fi", "WLAN", "WLANs", "LTE", "LTE-A", "LTE-Advanced", "5G", "4G", "3G", "OFDM",
    "OFDMA", "MIMO-OFDM", "CDMA", "GSM", "UMTS", "IPv4", "IPv6", "P2P", "VoIP", "RFID",
    "Bluetooth", "ZigBee", "Ethernet", "RDF", "XML",
    "TDMA", "FDMA", "BGP", "MPLS", "UWB", "WiMAX", "WiMax", "D2D",
}  # fmt: skip
# acronyms of general notions of computing and engineering (a quantity, a property, a class
# of problems, a kind of device or equation, an interface standard), with the words of their
# usual long form: an acronym the text spells out otherwise is a name of its own ("Size-Aware
# Transformer (SAT)" is no satisfiability)
CONCEPT_ACRONYMS = {
    **dict.fromkeys(("RoI", "ROI", "RoIs", "ROIs"), "region"),
    "QoS": "quality", "QoE": "quality", "SINR": "signal", "SNR": "signal",
    "FPT": "fixed", **dict.fromkeys(("EXPTIME", "NEXPTIME", "PSPACE", "PTIME"), "time|space"),
    "VLSI": "integration", "CMOS": "metal|oxide", "SIMD": "instruction", "FIFO": "first",
    "HPC": "performance", "UAV": "aerial|unmanned", "UAVs": "aerial|unmanned",
    "GIS": "geographic|geo-?information", "DoF": "freedom", "XAI": "explainab", "PHY": "physical",
    "MAC": "access|multiply|accumulat|message authentication", "KKT": "kuhn|tucker",
    "PAC": "probably", "SAT": "satisfiab", **dict.fromkeys(("ODE", "ODEs", "PDE", "PDEs"), "differential"),
    "DAG": "acyclic", "DAGs": "acyclic", "SLA": "service", "SLAs": "service",
    "KG": "knowledge", "KGs": "knowledge", "KBs": "knowledge",
    "VM": "virtual", "VMs": "virtual", "MPI": "message passing interface", "ICD": "classification of diseases",
    "CAPTCHA": "turing|completely automated", "RGBD": "depth",
    # kinds of network and logics a systems or verification paper works on, not its method
    **dict.fromkeys(("VANET", "VANETs"), "vehicular"), **dict.fromkeys(("MANET", "MANETs"), "mobile|ad.hoc"),
    **dict.fromkeys(("WSN", "WSNs"), "sensor"), **dict.fromkeys(("WBAN", "WBANs"), "body"),
    **dict.fromkeys(("CRN", "CRNs"), "cognitive"), **dict.fromkeys(("HetNet", "HetNets"), "heterogeneous"),
    **dict.fromkeys(("WMN", "WMNs"), "mesh"), **dict.fromkeys(("DTN", "DTNs"), "tolerant"),
    "SDN": "software", "LTL": "temporal logic", "CTL": "computation tree",
    # complexity classes written as adjectives: "this NP-Hard problem"
    **dict.fromkeys(("NP-hard", "NP-Hard", "NP-complete", "NP-Complete", "APX-hard", "W[1]-hard"), "(?!)"),
}  # fmt: skip
# concept acronyms that are also well-known models or policies ("MAC" networks on CLEVR, the
# "SAT" graph transformer, the "CRN" speech enhancer, "FIFO" caching): a bare one is the notion
# only in a text that speaks of it somewhere (the words of this pattern, case-insensitive)
CONCEPT_ACRONYM_CUES = {
    "MAC": r"access|multiply|accumulat|authenticat|wireless|protocol|802\.11|hardware|FLOP",
    "SAT": r"satisf|solver|CNF|clause|SMT|Boolean|ILP|SAT[- ](?:instance|encod)", "FIFO": r"first.in|queue|buffer|channel",
    **dict.fromkeys(("CRN", "CRNs"), r"cognitive|radio|spectrum"),
    **dict.fromkeys(("DTN", "DTNs"), r"toleran|delay|disrupt"),
}  # fmt: skip
# Determiners and function words that may start a sentence but never a name.
STOP_START = {
    "The", "A", "An", "This", "These", "That", "Those", "Our", "We", "In", "On", "For", "To",
    "With", "By", "As", "At", "From", "It", "Its", "Their", "They", "However", "Moreover",
    "Furthermore", "Additionally", "Finally", "Specifically", "Moreover,", "Here", "Then",
    "Unlike", "While", "When", "Although", "Despite", "Recent", "Recently", "Existing", "Such",
    "Each", "Both", "All", "Most", "Many", "Some", "Several", "First", "Second", "Third", "Next",
    "Yet", "But", "And", "Or", "If", "Since", "Because", "Based", "Using", "Given",
    "Experiments", "Extensive", "Results", "Code", "Project", "Models", "Large", "Current",
    "Through", "Via", "Beyond", "Toward", "Towards", "Without", "Within", "Across", "Into",
    "Over", "Under", "Among", "After", "Before", "During", "New", "Novel", "Further", "Also",
}
# Heads of noun phrases naming a task (a research problem), as in "object detection".
TASK_HEADS = (
    "generation", "detection", "segmentation", "classification", "recognition", "estimation",
    "translation", "retrieval", "answering", "summarization", "summarisation", "prediction",
    "reasoning", "synthesis", "tracking", "understanding", "parsing", "captioning",
    "forecasting", "editing", "completion", "planning", "manipulation", "navigation",
    "localization", "localisation", "reconstruction", "verification", "modeling", "modelling",
    "extraction", "inpainting", "restoration", "super-resolution", "grounding", "alignment",
    "compression", "acceleration", "optimization", "search", "evaluation", "discovery",
    "labeling", "tagging", "matching", "recommendation", "inference", "control", "solving",
    "formulation", "selection", "merging", "transfer", "adaptation", "tuning", "fine-tuning",
    "simplification", "coding", "programming", "proving", "interpretability", "governance",
    "accountability", "analysis", "quantification", "identification", "decoding", "training",
    "problems", "automation", "mitigation", "measurement", "annotation", "attribution",
    "unlearning", "debugging", "repair", "scaling",
    # heads of two or more known multi-word tasks in the lexicons
    "re-identification", "assessment", "enhancement", "comprehension", "removal",
    "anticipation", "disambiguation", "spotting", "separation", "registration",
    "interpolation", "entailment", "correction", "generalization",
    # a task gerund: its object before it names the task ("query rewriting", "term
    # rewriting"); "linking", "counting", "typing", "matting" were tried too: the lexicon
    # already knows their tasks, and they added "integer linking", "knot typing"
    "rewriting",
)
TASK_HEAD_SET = set(TASK_HEADS)
# Words that cannot be inside a task phrase (they end the phrase to the left).
TASK_BREAK = {
    "a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "with", "by", "from", "as",
    "at", "via", "that", "this", "these", "those", "their", "its", "our", "we", "is", "are",
    "be", "can", "such", "which", "while", "using", "both", "than", "into", "across", "over",
    "efficient", "effective", "novel", "new", "improved", "better", "fast", "faster", "robust",
    "enhanced", "optimized", "optimised", "boosted",  # evaluative participles: how well, not what
    "accurate", "scalable", "simple", "strong", "various", "diverse", "different", "general",
    "existing", "current", "recent", "previous", "prior", "many", "several", "multiple",
    "challenging", "complex", "downstream", "specific", "high-quality", "state-of-the-art",
    "significant", "superior", "competitive", "comprehensive", "extensive", "large-scale",
    "improve", "improves", "enable", "enables", "achieve", "achieves", "perform", "performs",
    "model", "models", "method", "methods", "approach", "framework", "system", "systems",
    "based", "driven", "aware", "guided", "conditioned", "powered", "free", "only", "also",
    "more", "most", "less", "not", "no", "all", "any", "each", "other", "same", "further",
    "propose", "proposes", "present", "introduce", "study", "studies", "explore", "address",
    "effectively", "efficiently", "significantly", "substantially", "remarkable", "promising",
    "it", "they", "has", "have", "been", "being", "was", "were", "do", "does", "how", "what",
    "when", "where", "why", "whether", "without", "within", "between", "under", "up", "out",
    "stage", "step", "time", "speed", "quality", "accuracy", "performance", "cost", "data",
    "feature", "features", "inference", "training", "test", "evaluation",
    # verbs and adverbs that end a noun phrase to the left
    "provide", "provides", "require", "requires", "involve", "involves", "move", "moves",
    "exhibit", "exhibits", "enhance", "enhances", "facilitate", "facilitates", "describe",
    "describes", "outperform", "outperforms", "then", "just", "even", "after", "before",
    "during", "lower", "higher", "fewer", "additional", "conventional", "final", "resulting",
    "candidate", "ongoing", "continuous", "foundational", "implicit", "explicit", "first",
    "theoretical", "single-shot", "support", "supports", "allow", "allows",
    "make", "makes", "use", "uses", "like", "beyond", "toward", "towards", "i.e", "e.g",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "dozens", "hundreds", "thousands", "numerous", "key", "main", "major",
    "through", "about", "per", "among", "upon", "onto", "along", "versus", "but", "yet", "so",
    "accelerate", "accelerates", "tailor", "tailors", "help", "helps", "aid", "aids",
    "boost", "boosts", "reduce", "reduces", "yield", "yields",
    "leverage", "leverages", "conduct", "conducts", "remain", "remains", "important", "critical",
    "crucial", "fundamental", "basic", "standard", "traditional", "typical", "common",
    "popular", "widely-used", "well-known", "open", "real", "reliable", "automatic", "whole",
    # modal verbs and "vs": a clause or a comparison, never inside a task name
    "should", "could", "would", "must", "might", "may", "will", "shall", "vs",
    # subordinating conjunctions open a clause ("Although model editing ...")
    "although", "though", "whereas", "despite", "since", "because", "if", "unless", "until",
    # how a study is done ("an empirical analysis", "rigorous evaluation"), not what it is of
    "empirical", "experimental", "rigorous", "thorough", "detailed", "in-depth",
    "preliminary", "holistic",
    # quantifiers: "despite some recognition of X" names no task
    "some", "certain", "little", "much",
}
_HAS_DIGIT = re.compile(r"\d")
_DIM = re.compile(r"^[1-4]D$|^[1-4]d$")
# -ing words that are nouns inside task names ("quantum computing", "deep learning")
_ING_NOUNS = {
    "learning", "computing", "processing", "training", "programming", "engineering", "sensing",
    "planning", "reasoning", "understanding", "modeling", "modelling", "tracking", "matching",
    "pooling", "pruning", "encoding", "decoding", "sampling", "editing", "clustering",
    "forecasting", "tuning", "fine-tuning", "finetuning", "pretraining", "pre-training",
    "prompting", "answering", "parsing", "captioning", "tagging", "labeling", "ranking",
    "rendering", "mining", "scaling", "merging", "solving", "serving",
}
# verbs that end a task phrase too ("cannot solve classification")
TASK_BREAK |= {"cannot", "can't", "solve", "solves", "generate", "generates", "evaluate",
               "evaluates", "assess", "assesses", "measure", "measures", "learn", "learns",
               "acquire", "acquires", "integrate", "integrates", "automate", "automates",
               "read", "reads", "eliminate", "eliminates", "every", "impressive"}
# evaluative or setting adjectives that open a task phrase ("difficult speech recognition",
# "optimal resource allocation"): annotators name the task without them; dropped only when
# two or more words remain, as before a lone head they may be part of a name ("optimal control")
TASK_LEAD_QUALIFIERS = frozenset((
    "optimal", "advanced", "powerful", "broad", "broader", "relevant", "economic", "economical",
    "original", "difficult", "particular", "subsequent", "practical", "realistic", "real-world",
    "user-friendly", "cost-effective", "versatile", "precise", "ideal", "successful",
    "sophisticated", "reasonable", "desirable",
    # a version or quality of the task, not another task: "vanilla emotion recognition",
    # "up-to-date object detection", "better real-time instance segmentation"
    "vanilla", "classic", "up-to-date", "cutting-edge", "cost-efficient", "better", "improved",
    "enhanced", "typical", "conventional",
))  # fmt: skip
# past participles that are part of task names ("distributed training")
_ED_KEEP = {
    "supervised", "unsupervised", "distributed", "federated", "weighted", "structured",
    "unstructured", "constrained", "unconstrained", "guided", "grounded", "augmented",
    "embedded", "labeled", "unlabeled", "labelled", "mixed", "integrated", "controlled",
    "conditioned", "referred", "deep-learning-based",
}
GENERIC_WORDS = {
    "model", "models", "method", "methods", "approach", "approaches", "framework", "frameworks",
    "network", "networks", "system", "systems", "algorithm", "algorithms", "technique",
    "techniques", "architecture", "architectures", "baseline", "baselines", "pipeline",
    "module", "modules", "mechanism", "strategy", "strategies", "paradigm", "scheme",
    "large", "language", "vision", "deep", "neural", "learning", "machine", "generative",
    "pre-trained", "pretrained", "foundation", "multimodal", "multi-modal", "transformer",
    "transformers", "diffusion", "agents", "agent", "tool", "tools", "state-of-the-art",
    "open-source", "proprietary", "existing", "recent", "novel", "new", "our", "the", "a",
    "an", "based", "visual", "text", "image", "video", "autoregressive", "efficient", "small",
}
# Heads of noun phrases naming a method ("gradient noise" is not one; "outer momentum
# clipping" is), used to accept lower-case and title-case phrases as methods.
METHOD_HEADS = {
    "network", "networks", "net", "nets", "model", "transformer", "transformers", "attention",
    "algorithm", "method", "framework", "approach", "architecture", "module", "mechanism",
    "layer", "layers", "encoder", "decoder", "autoencoder", "optimization", "optimizer", "search",
    "sampling", "decoding", "encoding", "coding", "distillation", "quantization", "pruning",
    "tuning", "fine-tuning", "finetuning", "adaptation", "adapter", "adapters",
    "training", "regularization", "normalization", "augmentation", "embedding", "embeddings",
    "prompting", "guidance", "supervision", "convolution", "skipping", "clipping", "penalty",
    "checkpointing", "parallelism", "merging", "regression", "classifier", "machine", "machines",
    "policy", "agent", "pipeline", "strategy", "scheme", "technique", "trick", "descent",
    "propagation", "filtering", "batching", "cascade", "cascades", "ensemble", "ensembles",
    "heads", "head", "memory", "assistant", "experts", "gating", "routing", "forest", "boosting",
    "kernel", "simulation", "consistency", "exit", "tokenizer", "tokenization", "loss",
    "decomposition", "factorization", "transform", "transformation", "block", "transducer",
    "objective", "reward", "planner", "solver", "retriever", "reranker", "prompt", "prompts",
    "functions", "function", "estimator", "sampler", "scheduler", "initialization", "dropout",
    "pooling", "fusion", "alignment", "refinement", "reasoning",
    "diffusion", "flow", "flows", "bandit", "filter", "backbone", "editing", "steering",
    "masking", "mask", "masks", "inference", "generator", "discriminator", "critic", "system",
    # techniques named by a common word ("Deep Image Prior", "Gumbel Softmax", "Spectral Norm",
    # "Feature Pyramid", "Value Iteration")
    "prior", "priors", "softmax", "norm", "pyramid", "mixup", "replay", "rollout",
    "reversal", "iteration", "regulator",
    *(COMPONENT_HEADS := {  # the parts a model is built of: "Boundary Regression Branch (BRB)"
        "branch", "cell", "extractor", "predictor", "regressor", "selector",
        "refiner", "aggregator", "detector", "tracker", "learner", "router", "controller",
        "matcher", "projector",
    }),
}
DATASET_CUES = (
    "dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "suite",
    "leaderboard", "test set", "testbed", "collection", "data set", "challenge",
)
# fmt: on

_WORD = r"[A-Za-z0-9][A-Za-z0-9.+'\u2019&_-]*[A-Za-z0-9+]|[A-Za-z0-9]"
WORD = re.compile(_WORD)
# A name-like word: an inner capital (ViT, LoRA, GPT), or letters with digits (T5, word2vec).
# the release tags of model names, written after a version or size in either case
# ("Llama-3.1-8B-Instruct", "Llama-2-7b-chat", "Claude-3.5-Sonnet"): one list for the name
# shape (_NAMEY) and for the lower-case tails that stay in a name (_RELEASE_TAIL)
_RELEASE_TAGS = "instruct|chat|base|coder|math|vision|vl|preview|turbo|pro|mini|flash|lite|sonnet|opus|haiku|ultra|nano"
_NAMEY = re.compile(
    r"^(?:[A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[A-Za-z]+[0-9][A-Za-z0-9]*)"
    r"(?:[-.+/][A-Za-z0-9.]+)*\+*$"
    r"|^[A-Z][a-z]+(?:-[A-Za-z0-9.]+)*-(?:[0-9][A-Za-z0-9.]*|[A-Z][0-9A-Z]*)$"  # Phi-2, Swin-T
    # release tags after the version and size: "Llama-3.1-8B-Instruct", "Gemma-2-9B-it",
    # "Mistral-7B-Instruct-v0.2" (not any word: "Stage-2-Training", "Covid-19-Related")
    rf"|^[A-Z][a-z]+(?:-[A-Za-z0-9.]+)*-[0-9][A-Za-z0-9.]*(?:-(?:(?i:{_RELEASE_TAGS})|it|hf|v[0-9.]+)){{1,2}}$"
    r"|^[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z0-9]*)*-(?:[A-Z]{2,}[A-Za-z0-9]*|[A-Z])"
    r"(?:-[A-Z][A-Za-z0-9]*)*$"  # A-SDM, Co-DETR, RT-DETR (an all-caps part)
    r"|^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\++$"  # Uni-Mol+, Mask2Former++: a "+" names a variant
    r"|^[A-Z][A-Za-z0-9]*(?:_[A-Za-z][A-Za-z0-9]{2,})+$"  # G_stack (not a symbol: N_0, t_k)
)
# numbered parts of a paper or procedure ("Stage-1", "Table 2"), glued words ("to1.5B")
_NUMBERED_PART = re.compile(
    r"^(?:Stage|Phase|Step|Level|Task|Round|Part|Type|Version|Section|Table|Figure|Fig|Eq|"
    r"Appendix|Chapter|Case|Setting|Group|Class|Layer|Block|Top)[- ]?\d+$"
    r"|^(?:to|of|in|on|by|and|for|with|from|at|the|than|over)\d"
)
# "COmputation" spells out an acronym; "BLEUscore", "inReTAmodelslead" lost their spaces
_SPELLED_ACRONYM = re.compile(r"^(?:[A-Z]{2,}[a-z]{4,}|[a-z]{2,}[A-Z]+[a-z]*[A-Z]*[a-z]{4,})$")
# accelerators and their memory sizes ("A100-80G", "V100s"), number formats ("FP8", "W4A8")
_HARDWARE = re.compile(
    r"^(?:(?:[AHVLTPK]\d{2,4}|(?:RTX|GTX)[\s-]?\d{3,4}(?:\s?Ti)?|TPUv?\d)(?:-\d+G[Bb]?)?s?|[Vv]\d(?:\.\d)?|(?:FP|INT|BF|fp|int|bf|"
    r"float|Float|uint|UINT|MXFP|NF)\d{1,2}|W\d{1,2}A\d{1,2}(?:KV\d{1,2})?|Top-\d+|top-\d+"
    # phones, CPU models and cores, GPU lines: "iPhone12", "i7-980X", "Cortex-M4", "TITAN"
    r"|iPhone-?[0-9A-Z][A-Za-z0-9]*|i[3579]-\d{3,5}[A-Z]{0,2}|Cortex-[AMR]\d*|TITAN|Titan|Jetson|Xeon|Snapdragon"
    # devices named with a version ("Xiaomi 13 Pro", "Kinect v2", "Velodyne v2", "Apple Watch 9")
    r"|Xiaomi|Kinect|Velodyne|Raspberry|Watch)$"
)
# "Window-Based", "Real-World": capitalised compounds of ordinary words are not names
_CAP_COMPOUND = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)+$")
# the splits and releases LLM-era benchmarks name after their head ("SWE-bench Verified", "GPQA
# Diamond", "ZorbBench-Lite", "Zorb-Arena-Hard-Auto"): one list for every rule that reads them
BENCHMARK_SPLITS = r"Hard|Verified|Diamond|Lite|Pro|Plus|Auto|Mini|Full|Extended"
# ... but a capitalised part naming a benchmark ends an LLM-era benchmark name: "Agent-Bench",
# "Seed-Bench", "Arena-Hard" (the hard split of a benchmark), "Open-Eval", in lower case too
# ("Zorb-bench"), and with a split after it ("Zorb-Bench-Lite", "Zorb-Arena-Hard-Auto")
_BENCH_COMPOUND_END = re.compile(r"-(?:[Bb]ench|Eval|Arena|Hard)(?:-(?:" + BENCHMARK_SPLITS + r"))?$")
# trailing lower-case modifiers: "LLM-based", "ImageNet-scale", "GPT-4-generated", and
# capitalised ones in titles: "LLM-Based" (not "-bench", a benchmark's head: "ZRB-bench")
_LOWER_TAIL = re.compile(
    r"-(?:(?!bench$)[a-z]{3,}|Based|Aware|Driven|Guided|Free|Only|Powered|Centric|Oriented|Agnostic|"
    r"Assisted|Augmented|Enhanced|Specific|Level|Scale|Like|Style)$"
)
# lower-case release tags after a version or size ("Llama-2-7b-chat", "Phi-3.5-mini-instruct"):
# part of the name, not a modifier like "-based" (a closed list, so "GPT-4-generated" is cut)
_RELEASE_TAIL = re.compile(rf"\d[A-Za-z0-9.]*(?:-(?:{_RELEASE_TAGS}|it|hf))+$")
# a benchmark's subset written after its name: "SWE-bench Verified", "MixEval Hard", "GPQA
# Diamond" (not a predicate or a title's next word: "Why Is ResNet Hard to Prune?", "Making
# GSM8K Hard Again")
BENCHMARK_SUBSET = r"(?:" + BENCHMARK_SPLITS + r")(?!\s+(?:to\b|[A-Z]))"
# Tokens that may follow a name as part of it: versions, sizes, variants.
_SUFFIX = re.compile(
    r"(?:[ -](?:v?\d+(?:\.\d+)*[BMKbmk]?|[0-9.]+[BMK]|V\d+|XL|XXL|Large|Base|Small|Tiny|Huge|"
    r"Pro|Plus|Ultra|Mini|Turbo|Instruct|Chat|Flash|Lite|Nano|Max|Sonnet|Opus|Haiku|"
    + BENCHMARK_SUBSET + r"|"
    r"mini(?!-)|[A-Z]\d+|[SMLBXT])"
    r"|-(?:small|base|large|medium|tiny|huge|mini|giant|xl|xxl))+"  # "T5-small", "ViT-huge"
    r"(?![A-Za-z0-9])"
)
_PLAIN_CAP = re.compile(r"^[A-Z][a-z]+(?:-[a-z]+)*$")

ACRONYM_DEF = re.compile(
    # (a definition may say so: "Algorithm Transformer (abbreviated as AlgoFormer)")
    r"\((?:abbreviated as |abbr\. )?(?P<short>(?:[1-4](?=D[-A-Z]))?[A-Za-z][A-Za-z0-9.+&'\u2019/$^{}\\-]*[A-Za-z0-9+}$](?: [vV]?\d+(?:\.\d+)?)?|[A-Z])"
    r"(?:s)?(?:;[^)]*|,[^)]*)?\)"
)


@lru_cache(maxsize=65536)
def cached_name_key(name: str) -> str:
    """:func:`kg.text.name_key`, memoised (names repeat across mentions and papers)."""
    return name_key(name)


_SEG_LONG_NUM = re.compile(r"[ -]\d{3,}")
_SEG_NUM = re.compile(r" \d+(?:\.\d+)?")
_SEG_SCORE = re.compile(r" \d+\.\d{2,}|[ -]\d{2,}\.\d+")
_GAP_BREAK = re.compile(r"[.;:()\[\]]|,\s")
_GENERIC_WORDS_RE = re.compile(r"[A-Za-z0-9-]+")


# a dimension prefix before a name: "3DETR", "3D-LaneNet", "2DPASS" (not "3D" alone)
_DIM_PREFIX = re.compile(r"[1-4]D-?(?=[A-Z])")
# a one-letter prefix before a network word names a network: "M-Net", "Q-Former",
# "U-Transformer" (not "X-Ray", "K-Means", "F-Measure", "Q-Network")
_LETTER_NET = re.compile(r"[A-Z]-(?:[A-Z][a-z]*)?(?:Net|[Ff]ormer)")
# a number before a coined name: "3C-Net", "3FabRec", "2BiVQA" (the rest mixed case with two
# capitals: not a size, unit or count, "7B", "4K", "10Hz", "5GHz", "10GbE", "1M-Example", "6DoF",
# "7DoFs", "4GPUs", "10GigE", "8TeraFLOPS", "24MPix"); a hyphen compound of capitalised words
# after the number is coined too ("3C-Select")
_DIGIT_PREFIX = re.compile(
    r"[1-9][0-9]?(?=[A-Z])(?![KMBGT](?:-|$)|(?:DoFs?|[A-Z]+s|[KMGTP]i?B|[KMGT]?bE|GigE|[KMGT]?Hz|(?:Peta|Tera|Giga|Mega|Kilo)\w*|MPix\w*)$)"
)
_CAPITALS_MIXED = re.compile(r"(?=.*[a-z])(?:.*[A-Z]){2}")
_CAPS_HYPHENED = re.compile(r"[A-Z][a-z]*(?:-[A-Z][A-Za-z]*)+")


# a Greek letter (or its spelled name, as LaTeX cleaning writes it) joined to a name: "γ-MoD",
# "gamma-MoD", "beta-VAE", "PanGu-α", "δ-GLMB" (after the letter a capitalised word or capitals,
# before it a mixed-case word with an inner capital or digit: not "ε-greedy", "gamma-ray",
# "Kendall-tau", "TNF-α", "IFN-γ")
_GREEK = (r"(?:[\u03b1-\u03c9\u0391-\u03a9]|alpha|beta|gamma|delta|epsilon|zeta|theta|kappa|lambda|"
          r"sigma|omega|tau|phi|psi|rho|mu|pi)")
_GREEK_AFFIXED = re.compile(rf"{_GREEK}-[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
                            rf"|[A-Z](?=[a-z0-9]*[A-Z0-9])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-{_GREEK}")


def _plain_word(word: str) -> bool:
    """Whether a word has no name shape at all: letters only with no capital after the first
    ("logic", "Calculus", "étude"), or no capital nor digit anywhere ("cut-elimination",
    "i.e", "\\"). Every name shape of :func:`is_namey` needs an inner capital, a digit, or a
    capital with one of "-", "+", "_" (two string methods or one short scan instead of its
    dozen regexes, for the many plain words).

    >>> [_plain_word(w) for w in ("logic", "Calculus", "cut-elimination", "ViT", "T5", "word2vec")]
    [True, True, True, False, False, False]
    >>> [_plain_word(w) for w in ("Q-Former", "Zorb++", "G_stack", "A", "α-mod", "γ-MoD")]
    [False, False, False, False, True, False]
    """
    return (word.isalpha() and word[1:].islower()) or _CAPITAL_OR_DIGIT.search(word) is None


_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]")


@lru_cache(maxsize=65536)
def is_namey(word: str) -> bool:
    """Whether a single word looks like a name (inner capitals or letters mixed with digits).

    >>> [is_namey(w) for w in ("ViT", "YOLOv10", "GPT-4o", "word2vec", "RT-DETR", "Phi-2", "G_stack")]
    [True, True, True, True, True, True, True]
    >>> [is_namey(w) for w in ("Llama-3.1-8B-Instruct", "Gemma-2-9B-it", "Mistral-7B-Instruct-v0.2")]
    [True, True, True]
    >>> [is_namey(w) for w in ("Transformer", "state-of-the-art", "3D", "the", "B", "N_0")]
    [False, False, False, False, False, False]
    >>> [is_namey(w) for w in ("Self-Attention", "Agent-Bench", "Arena-Hard")]  # a benchmark's part
    [False, True, True]
    >>> [is_namey(w) for w in ("iPhone12", "i7-980X", "Cortex-M", "TITAN")]  # hardware
    [False, False, False, False]
    >>> [is_namey(w) for w in ("3DETR", "3D-LaneNet", "3D-CNN", "4D-Var")]  # after "3D", the rest decides
    [True, True, False, False]
    >>> [is_namey(w) for w in ("Q-Former", "M-Net", "U-Transformer", "X-Ray", "K-Means", "Q-Network")]
    [True, True, True, False, False, False]
    >>> [is_namey(w) for w in ("3C-Net", "3FabRec", "2BiVQA", "3Zorb-Net", "3C-Select")]  # a number before a name
    [True, True, True, True, True]
    >>> [is_namey(w) for w in ("7B", "4K", "10Hz", "5GHz", "10GbE", "1M-Example", "6DoF", "4GPUs", "3G-enabled")]
    [False, False, False, False, False, False, False, False, False]
    >>> [is_namey(w) for w in ("7DoFs", "10GigE", "8TeraFLOPS", "4MegaPixels", "3MegaBytes", "24MPix")]
    [False, False, False, False, False, False]
    >>> [is_namey(w) for w in ("\u03b3-MoD", "gamma-MoD", "beta-VAE", "PanGu-\u03b1", "\u03b5-greedy", "gamma-ray")]
    [True, True, True, True, False, False]
    >>> [is_namey(w) for w in ("\u03b4-GLMB", "mu-Math-Code", "Kendall-tau", "Renyi-alpha", "TNF-\u03b1", "IFN-\u03b3")]
    [True, True, False, False, False, False]
    """
    if _plain_word(word):
        return False
    if _GREEK_AFFIXED.fullmatch(word):
        return True
    if (dim := _DIM_PREFIX.match(word)) is not None:
        return is_namey(word[dim.end() :])
    if _LETTER_NET.fullmatch(word):
        return True
    if (num := _DIGIT_PREFIX.match(word)) is not None:
        rest = word[num.end() :]
        return _CAPITALS_MIXED.match(rest) is not None and (is_namey(rest) or _CAPS_HYPHENED.fullmatch(rest) is not None)
    if len(word) < 2 or word in NOT_NAMES or _NUMBERED_PART.match(word):
        return False
    if _CAP_COMPOUND.match(word):
        return _BENCH_COMPOUND_END.search(word) is not None
    if _SPELLED_ACRONYM.match(word) or (len(word) <= 3 and word.islower()) or _HARDWARE.match(word):
        return False  # "COmputation" spells out an acronym; "t2i" abbreviates a task
    if _spells_with_capitals(word):
        return False
    return _NAMEY.match(word) is not None or _prefixed_name(word)


# a capital inside a lower-case word spells an acronym out: "eXtreme Multi-label Classification
# (XMC)", "kNowledge IntEgration", "roBOTs"; the word is an ordinary one ("extreme") written so,
# no name ("fastText", "nuScenes", "iBOT" are no ordinary words, or end in capitals)
_CAPITAL_IN_WORD = re.compile(r"[a-z]+[A-Z]+[a-z]")


def _spells_with_capitals(word: str) -> bool:
    """Whether a lower-case word with capitals inside is an ordinary word spelling an acronym.

    >>> [_spells_with_capitals(w) for w in ("eXtreme", "kNowledge", "roBOTs", "fastText", "iBOT", "mAP")]
    [True, True, True, False, False, False]
    """
    return _CAPITAL_IN_WORD.match(word) is not None and word.lower() in common_words()


# a one-letter prefix or one or two capitalised words before a name: "G-NeRF", "V-MoE",
# "Zip-NeRF", "Uni-ControlNet", "Conv-TasNet", "Video-ChatGPT" (the rest has inner capitals:
# "X-Ray", "K-Means", "Window-Based" have none), not before a data set, metric or non-name
# ("W-ImageNet", "Tiny-ImageNet", "V-ReID", "Inner-IoU")
_NAME_PREFIX = re.compile(r"(?:[A-Z][a-z]{0,9}-){1,2}([A-Z][A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*)")
# words that qualify a name rather than start a new one: "Non-LoRA", "Vanilla-LoRA", "Naive-ResNet"
# (not "Multi-", "Cross-", "Re-", "Self-", "Post-": they start names, "Multi-WoZ", "Self-RAG")
_QUALIFIER_PREFIXES = frozenset("non anti vanilla naive plain standard original baseline".split())
# words that qualify a name written after them, as a whole word ("Vanilla Vision Transformer
# (ViT)", "the Standard Zorb Quxformer (ZQ)"): the name's own kind, not part of the name
_QUALIFIER_WORDS = _QUALIFIER_PREFIXES | frozenset("conventional classic classical traditional canonical".split())


def qualifies_only(words: str) -> bool:
    """Whether ``words`` are only qualifiers of a name after them (:data:`_QUALIFIER_WORDS`).

    >>> qualifies_only("Vanilla "), qualifies_only("Plain Standard "), qualifies_only("Deep ")
    (True, True, False)
    """
    split = words.split()
    return bool(split) and all(w.lower() in _QUALIFIER_WORDS for w in split)


# a capital inside an ordinary word spells an acronym out ("Non-AutOregressive (NAR)")
_SPELLING_CAPITAL = re.compile(r"[A-Z][a-z]{1,3}[A-Z][a-z]{6,}")
# the two technique acronyms of NOT_NAMES written in mixed case, CoT and ICL (spelt out here),
# make a name after a capitalised word of any length: "Multimodal-CoT", "Hindsight-ICL" (the
# all-capital ones do so through _NAMEY: "Self-RAG")
_TECHNIQUE_COMPOUND = re.compile(r"(?:[A-Z][a-z]+-){1,2}(?:CoT|ICL)")


def _prefixed_name(word: str) -> bool:
    """Whether a word is a short prefix and a name with inner capitals.

    >>> [_prefixed_name(w) for w in ("G-NeRF", "U-PaLM", "X-Ray", "V-ReID", "T-ImageNet")]
    [True, True, False, False, False]
    >>> [_prefixed_name(w) for w in ("Zorb-QuxNet", "Uni-ControlNet", "Tiny-ImageNet", "Inner-IoU")]
    [True, True, False, False]
    >>> [_prefixed_name(w) for w in ("Non-AutOregressive", "Non-LoRA", "Vanilla-LoRA")]
    [False, False, False]
    >>> [_prefixed_name(w) for w in ("Multimodal-CoT", "Quxing-ICL", "Vanilla-CoT", "Zorb-Qux-CoT", "short-CoT")]
    [True, True, False, True, False]
    """
    if word.split("-", 1)[0].lower() in _QUALIFIER_PREFIXES:
        return False  # "Non-LoRA", "Vanilla-LoRA": a name qualified, not a new one
    if _TECHNIQUE_COMPOUND.fullmatch(word):
        return True
    m = _NAME_PREFIX.fullmatch(word)
    if m is None:
        return False
    name = m.group(1)
    if _SPELLING_CAPITAL.fullmatch(name):
        return False
    return name not in NOT_NAMES and lookup_label(name) not in ("DATASET", "METRIC") and is_namey(name)


def _word_spans(text: str, start: int = 0, end: int | None = None):
    return [(m.start(), m.end()) for m in WORD.finditer(text, start, end or len(text))]


def extend_suffix(text: str, end: int) -> int:
    """Extend a name end over version and size tokens ("LLaMA-2" + " 7B").

    >>> t = "LLaMA-2 7B and Swin Transformer V2 with SAM 2."
    >>> t[:extend_suffix(t, 7)], t[15:extend_suffix(t, 31)], t[40:extend_suffix(t, 43)]
    ('LLaMA-2 7B', 'Swin Transformer V2', 'SAM 2')
    """
    m = _SUFFIX.match(text, end)
    if not m:
        return end
    stop = m.end()
    # a bare number after a name is a size only when written with B/M/K or as a version
    seg = text[end:stop]
    if _SEG_LONG_NUM.fullmatch(seg) or _SEG_NUM.fullmatch(seg) and _looks_like_count(text, stop):
        return end
    if _SEG_SCORE.fullmatch(seg):
        return end  # "FID 1.83": a score after the name, not a version ("Llama 3.1")
    return stop


# capitalised words written before a known name as part of it ("Gaussian Hill Climbing",
# "Vocabulary Expandable BERT"): a run that starts mid-sentence after a lower-case word, so
# no sentence opener or heading, of plain words, no verb forms
_SIZE_WORDS = frozenset(("Base", "Large", "Small", "Tiny", "Huge", "Giant", "Medium"))
_NAME_PREFIX_WORDS = re.compile(r"(?<=[a-z,;] )((?:[A-Z][a-z]{2,}(?:-[a-z]+)? ){1,3})$")


def extend_prefix(text: str, start: int) -> int:
    """Extend a name start over the capitalised words written as part of the name.

    >>> t = "we compare with Gaussian Hill Climbing and The Transformer or Base T5."
    >>> t[extend_prefix(t, 25):38], t[extend_prefix(t, 47):58], t[extend_prefix(t, 67):69]
    ('Gaussian Hill Climbing', 'Transformer', 'T5')
    """
    m = _NAME_PREFIX_WORDS.search(text, max(0, start - 40), start)
    if not m or text[max(0, m.start(1) - 40) : m.start(1) - 1].rsplit(None, 1)[-1][:1].isupper():
        return start  # a longer run of capitals: a heading or a name this cannot delimit
    words = m.group(1).split()
    if any(w in STOP_START or w in NOT_NAMES or w in _SIZE_WORDS or w.endswith(("ing", "ed"))
           or w.lower() in _QUALIFIER_WORDS for w in words):  # fmt: skip
        return start  # "Base T5", "Small Transformer", "Vanilla Transformer": a size or kind of the model, not a name
    if "eywords" in text[max(0, start - 200) : start]:
        return start  # a keyword list runs its terms together ("Keywords: Small Transformer")
    return m.start(1)


def _looks_like_count(text: str, pos: int) -> bool:
    """After "SAM 2" comes punctuation or a verb; after "LLMs 12" a noun ("12 tasks")."""
    nxt = text[pos : pos + 12].lstrip()
    return bool(re.match(r"[a-z]{3,}", nxt)) and not re.match(
        r"(?:and|or|is|are|was|were|with|on|in|to|for|by|as|at|which|that|model|achieves)\b", nxt
    )


_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")
_NOT_ACRONYM = re.compile(r"\d+(?:\.\d+)?%?|[a-z]+|e\.g\.?|i\.e\.?")
_CLAUSE_PUNCT = re.compile(r"[;:()]")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")


# what joins the items of a list of names: "A, B and C", "A or B", "A/B"
LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or|/)\s*")
_WORD_PARTS = re.compile(r"[\s-]+")


def word_initials(phrase: str) -> str:
    """The first letter of each word and hyphenated part, lower case.

    >>> word_initials("Out-of-distribution detection")
    'oodd'
    """
    return "".join(w[0] for w in _WORD_PARTS.split(phrase.lower()) if w)


def spells_by_initials(name: str, phrase: str) -> bool:
    """A looser :func:`spells`: every letter of ``name`` starts a word of ``phrase``, in
    order, the first its first word; other words may be skipped ("MARS" and "Model-agnostic
    Biased Object Removal without Additional Supervision"). Three letters at least.

    >>> spells_by_initials("MARS", "Model-agnostic Biased Object Removal without Additional Supervision")
    True
    """
    letters = [ch for ch in name.lower() if ch.isalpha()]
    starts = word_initials(phrase)
    if len(letters) < 3 or not starts or starts[0] != letters[0]:
        return False
    i = 0
    for ch in starts:
        if i < len(letters) and ch == letters[i]:
            i += 1
    return i == len(letters)


_SPELL_SKIP = frozenset(("of", "for", "and", "the", "with", "in", "on", "to", "a", "via"))
# ... and with ``every_word`` (where no skipped content word is allowed) these too: "Bidirectional
# Encoder Representations from Transformers"
_EVERY_WORD_SKIP = _SPELL_SKIP | {"from", "by", "an", "at", "as", "into", "using", "based", "over",
                                  "through", "towards", "toward", "under", "or", "its", "their"}


def spells(name: str, phrase: str, every_word: bool = False, prefixes: bool = False) -> bool:
    """Whether ``phrase`` spells out the acronym ``name``: its letters in order, the first
    of the phrase's first word, and at most one word of three (or a function word) without
    a letter of it ("SARA" and "Sparse Attention Routing Adaptation"; "IA-RED$^2$" and
    "Interpretability-Aware Redundancy Reduction"). With ``every_word``, each word but a
    function word gives a letter (its hyphenated parts need not: "EAFNet" and "Efficient
    Attention-bridged Fusion Network"); with ``prefixes``, the letters read from one word are
    its first letters ("FocalNet" and "focal modulation networks"). See :func:`spells_apart`.

    >>> spells("SARA", "Sparse Attention Routing Adaptation"), spells("FooNet", "Object Detection")
    (True, False)
    >>> spells("SIG", "stochastic gradient descent", every_word=True), spells("SIG", "stochastic gradient descent", prefixes=True)
    (False, False)
    """
    letters = "".join(c for c in name.lower() if c.isalpha())
    if every_word:
        phrase = phrase.replace("-", "")
    words = [w for w in _WORD_PARTS.split(phrase.lower()) if w]
    if len(letters) < 2 or len(words) < 2 or len(words) > len(letters) + 2:
        return False
    if words[0][0] != letters[0]:
        return False  # what go(0, 0, 0) finds first; most calls end here, before the cache
    spare = 0 if every_word else len(words) // 3
    skip = _EVERY_WORD_SKIP if every_word else _SPELL_SKIP

    # (cached by assignment, not by a decorator: a compiled (mypyc) build cannot yet let a
    # decorated nested function call itself)
    def go_uncached(i: int, w: int, skipped: int) -> bool:
        if w == len(words):
            return i == len(letters)
        word = words[w]
        if w and (word in skip or skipped < spare) and go(i, w + 1, skipped + (word not in skip)):
            return True
        if i >= len(letters) or word[0] != letters[i]:
            return False
        i += 1
        pos = 1
        while True:
            if go(i, w + 1, skipped):
                return True
            if i >= len(letters):
                return False
            if prefixes:
                if not word.startswith(letters[i], pos):
                    return False
                pos += 1
            else:
                pos = word.find(letters[i], pos) + 1
                if not pos:
                    return False
            i += 1

    go = cache(go_uncached)
    return go(0, 0, 0)


def spells_apart(name: str, phrase: str) -> bool:
    """:func:`spells` for an acronym and a phrase not written together as "Long Form (ACR)":
    a reading that leaves out a word may not also take a letter from inside a word other
    than its first letters. "SIG" reads "stochastic gradient descent" only by the "i" of
    "stochastic" and no letter of "descent"; "TFC" leaves "Block" out of "Temporal Fully
    Connected Block", and "FocalNet" reads the starts of "focal modulation networks".

    >>> spells_apart("SIG", "stochastic gradient descent"), spells("SIG", "stochastic gradient descent")
    (False, True)
    >>> spells_apart("TFC", "Temporal Fully Connected Block"), spells_apart("FocalNet", "focal modulation networks")
    (True, True)
    """
    return spells(name, phrase) and (spells(name, phrase, every_word=True) or spells(name, phrase, prefixes=True))


_VERSION_END = re.compile(r"[ -]?([vV]?\d+(?:\.\d+)?)$")


# a 2 or a 4 between letters of an acronym that stands for "to" or "for" ("I2I", "Seq2Seq")
_DIGIT_FOR_WORD = re.compile(r"(?<=[A-Za-z])[24](?=[A-Za-z])")


def find_acronyms(text: str) -> list[tuple[int, int, int, int]]:
    """Definitions "Long Form (ACR)": (long_start, long_end, short_start, short_end).

    Long forms are found by the Schwartz-Hearst rule: the acronym's characters appear in
    order in the preceding words, the first one starting a word.

    >>> t = "We use the Vision Transformer (ViT) and low-rank adaptation (LoRA)."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_acronyms(t)]
    [('Vision Transformer', 'ViT'), ('low-rank adaptation', 'LoRA')]
    >>> t = "It builds on Segment Anything Model 2 (SAM 2), unlike gains of up to 46 (GPT-4)."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_acronyms(t)]
    [('Segment Anything Model 2', 'SAM 2')]
    >>> t = "We introduce Human Preference Dataset v2 (HPD v2), a dataset."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_acronyms(t)]
    [('Human Preference Dataset v2', 'HPD v2')]
    >>> t = "Accurate 3D object detection (3DOD) uses 3D Contact Poses (3DCP)."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_acronyms(t)]
    [('3D object detection', '3DOD'), ('3D Contact Poses', '3DCP')]
    >>> t = "for unpaired image-to-image translation (I2I) and Transformer for Transparency (Trans4Trans)"
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_acronyms(t)]
    [('image-to-image translation', 'I2I'), ('Transformer for Transparency', 'Trans4Trans')]
    """
    out = []
    for m in ACRONYM_DEF.finditer(text):
        short = m.group("short")
        s_start, s_end = m.start("short"), m.end("short")
        letters = _NOT_ALNUM.sub("", short)
        if len(letters) < 2 or not any(map(str.isupper, short)) or len(short) > 14:
            continue
        if _NOT_ACRONYM.fullmatch(short):
            continue
        window_start = max(0, m.start() - 160)
        words = _word_spans(text, window_start, m.start())
        # stop at sentence punctuation between words and the parenthesis
        limit = min(len(letters) + 5, len(letters) * 2)
        words = words[-limit:]
        cut = 0
        for i in range(len(words) - 1):
            gap = text[words[i][1] : words[i + 1][0]]
            if _GAP_BREAK.search(gap):
                cut = i + 1
        words = words[cut:]
        if not words or _CLAUSE_PUNCT.search(text, words[-1][1], m.start()):
            continue
        version = _VERSION_END.search(short)
        if version and len(words) > 1 and text[words[-1][0] : words[-1][1]] == version.group(1):
            # "Segment Anything Model 2 (SAM 2)": the same version closes both forms
            long_start = _schwartz_hearst(text, _NOT_ALNUM.sub("", short[: version.start()]), words[:-1])
            digits_ok = long_start is not None and not any(
                map(str.isdigit, text[long_start : words[-2][1]]))
        else:
            long_start = _schwartz_hearst(text, letters, words)
            if long_start is None and _DIGIT_FOR_WORD.search(letters):
                # "image-to-image translation (I2I)", "Knowledge Graph for Text (KG4Text)"
                letters = _DIGIT_FOR_WORD.sub(lambda d: "t" if d.group() == "2" else "f", letters)
                long_start = _schwartz_hearst(text, letters, words)  # (the whole word: below)
            digits_ok = long_start is not None and not any(
                map(str.isdigit, text[long_start + _dim_shared(text, long_start, short) : words[-1][1]]))
        if long_start is None or not digits_ok:
            continue  # "gains of up to 46 (GPT-4)": a name in brackets, not a definition
        if not version:
            long_start = min(long_start, _initials_start(text, letters, words, long_start))
        long_end = words[-1][1]
        out.append((_word_start(text, long_start), long_end, s_start, s_end))
    return out


def _word_start(text: str, pos: int) -> int:
    """The start of the hyphenated word ``pos`` is in: a long form starts with a whole word
    ("Multi-modal Prompt Learning (MaPLe)", not "modal Prompt Learning").

    >>> t = "the self-supervised equivariant attention"
    >>> t[_word_start(t, 9):], t[_word_start(t, 4):]
    ('self-supervised equivariant attention', 'self-supervised equivariant attention')
    """
    while pos > 1 and text[pos - 1] == "-" and text[pos - 2].isalnum():
        pos -= 1
        while pos and text[pos - 1].isalnum():
            pos -= 1
    return pos


_WORD_PART = re.compile(r"[A-Za-z0-9]+")
_INITIALS_SKIP = frozenset(("of", "and", "for", "the", "a", "an", "in", "on", "with", "to", "via", "by"))


def _dim_shared(text: str, long_start: int, short: str) -> int:
    """Length of the dimension prefix that the long form and the acronym both start with
    ("3D object detection (3DOD)": its "3" is no number in brackets), else 0."""
    dim = _DIM_PREFIX.match(short)
    return 2 if dim and text.startswith(short[:2], long_start) else 0


def _initials_start(text: str, letters: str, words: list[tuple[int, int]], sh_start: int) -> int:
    """Where the long form starts when each letter of the acronym starts a word or a
    hyphenated part, read back from the parenthesis, skipping only function words; else
    ``sh_start``. Schwartz-Hearst takes letters inside words and stops short: "Explicit
    Attention-Enhanced Fusion (EAEF)" gave "Enhanced Fusion".

    >>> t = "named Explicit Attention-Enhanced Fusion (EAEF) that"
    >>> ws = _word_spans(t, 0, 41)
    >>> t[_initials_start(t, "EAEF", ws, 25):40]
    'Explicit Attention-Enhanced Fusion'
    >>> t = "a novel Clustered-patch Element Connection (CEC) layer"
    >>> t[_initials_start(t, "CEC", _word_spans(t, 0, 42), 30):42]
    'Clustered-patch Element Connection'
    >>> t = "on the Abstraction and Reasoning Corpus (ARC)"
    >>> t[_initials_start(t, "ARC", _word_spans(t, 0, 39), 19):39]
    'Abstraction and Reasoning Corpus'
    """
    parts = [(m.start(), m.group()) for m in _WORD_PART.finditer(text, words[0][0], words[-1][1])]
    i = len(parts) - 1
    for ch in reversed(letters.lower()):
        while i >= 0 and parts[i][1][0].lower() != ch:
            if parts[i][1].lower() not in _INITIALS_SKIP and text[parts[i][0] - 1] != "-":
                return sh_start  # (a hyphenated word may give one letter: "Clustered-patch")
            i -= 1
        if i < 0:
            return sh_start
        if (i > 0 and parts[i][1].lower() in _INITIALS_SKIP and text[parts[i][0] - 1] == " "
                and parts[i - 1][1][0].lower() == ch):  # fmt: skip
            # "Abstraction and Reasoning Corpus (ARC)": the content word, not "and" (but
            # "out-of-distribution (OoD)" spells its "of")
            i -= 1
        i -= 1
    return parts[i + 1][0]


def _schwartz_hearst(text: str, short: str, words: list[tuple[int, int]]) -> int | None:
    lf_start = words[0][0]
    long = text[lf_start : words[-1][1]]
    s_i = len(short) - 1
    l_i = len(long) - 1
    sl = short.lower()
    ll = long.lower()
    while s_i >= 0:
        c = sl[s_i]
        if not c.isalnum():
            s_i -= 1
            continue
        while l_i >= 0 and (ll[l_i] != c or (s_i == 0 and l_i > 0 and ll[l_i - 1].isalnum())):
            l_i -= 1
        if l_i < 0:
            return None
        s_i -= 1
        l_i -= 1
    # move to the start of the word containing the first matched char
    start = lf_start + l_i + 1
    while start > lf_start and text[start - 1].isalnum():
        start -= 1
    n_words = len(_ALNUM_RUN.findall(text, start, words[-1][1]))
    if n_words > len(short) + 3:
        return None
    return start


# words that may be names: an uppercase letter or digit after the first letter, or a
# hyphen/dot continuation; is_namey() then decides. One scan of the whole text.
_NAME_WORD = re.compile(
    rf"(?<![\w@.+/-])(?:{_DIM_PREFIX.pattern}|[1-9][0-9]?(?=[A-Z]))?[A-Za-z][a-z]*(?:[A-Z0-9]|[-._][A-Za-z0-9])[A-Za-z0-9.+'\u2019&_/-]*"
)
_WEB = re.compile(r"(?:\.(?:io|com|org|net|ai|html?)\b|github|https?)", re.I)


def find_name_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of name-like words with their version/size suffixes.

    >>> t = "We compare YOLOv10-S with RT-DETR-R18 and LLaMA-2 7B on COCO."
    >>> [t[a:b] for a, b in find_name_words(t)]
    ['YOLOv10-S', 'RT-DETR-R18', 'LLaMA-2 7B', 'COCO']
    """
    out = []
    for m in _NAME_WORD.finditer(text, start, end if end is not None else len(text)):
        patch = _patch_size_end(text, m.start(), m.end())
        if patch:
            out.append((m.start(), patch))
            continue
        if "/" in m.group():
            if parts := _slash_name_parts(text, m.start(), m.end()):
                out.extend(parts)
                continue
            if _size_variants_end(text, m.start()) == m.end():
                out.append(m.span())  # "ZorbNet-S/M/L", "Zorbla-2-7B/13B/70B": one name
                continue
        if text[m.end() : m.end() + 1] in ("/", "@"):
            continue  # paths, user names
        stem = name_stem(m.group())
        if stem:
            a = m.start()
            out.append((a, extend_suffix(text, a + len(stem))))
        elif glued := _glued_name(text, m.start(), m.end()):
            out.append(glued)
    return out


# a name glued to the word before it by a dash the source lost ("each method excels in its
# objective-ZorbSTaR achieving ...", from "objective---ZorbSTaR"): a lower-case word, a hyphen
# and a name that the text also writes alone, and that opens a participle clause of winning or
# scoring right after, as a dash's clause does; a name in a compound does not ("macro-F1 0.71",
# "a match-LSTM to perform", "a sentiment-ARMA is formulated"), and a variant in one that scores
# takes a finite verb ("the resulting medical-ZLaMA achieves"); the word is a common one, not a
# prefix that makes a compound with the name ("pre-BERT", "multi-LoRA"; "non-LoRA" is a qualifier, _QUALIFIER_PREFIXES)
_GLUED_LEAD = re.compile(r"([a-z]{3,})-(?=[A-Z0-9])")
_SCORES_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:achiev|outperform|surpass|obtain|attain|reach|yield|improv|exceed|deliver|beat|scor)\w*ing\b")
_BOUND_PREFIXES = frozenset(
    "pre post semi multi cross self inter intra over under meta uni mono pseudo quasi ultra "
    "hyper extra super sub mid full half macro micro".split()
)


def glued_name_word(word: str) -> bool:
    """Whether a word is a common lower-case word and a name joined by a hyphen (the shape only).

    >>> glued_name_word("objective-ZorbSTaR"), glued_name_word("multi-ZorbNet"), glued_name_word("zorbic-QuxNet")
    (True, False, False)
    """
    m = _GLUED_LEAD.match(word)
    if m is None or m.group(1) in _BOUND_PREFIXES or m.group(1) in _QUALIFIER_PREFIXES:
        return False
    return m.group(1) in common_words() and name_stem(word[m.end() :]) is not None


def name_word(word: str) -> bool:
    """Whether a word type holds a name: :func:`name_stem` finds one in it, or a name is
    glued to it (:func:`glued_name_word`). spaCy computes this once per new word type (the
    ``mlkg_names`` flag); a plain word (:func:`_plain_word`, most new types) is neither, and
    is answered without name_stem's cache or the glued word's regex.

    >>> name_word("GPT-4's"), name_word("objective-ZorbSTaR"), name_word("logic"), name_word("cut-elimination")
    (True, True, False, False)
    """
    return not _plain_word(word) and (name_stem(word) is not None or glued_name_word(word))


def _glued_name(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the name in the word ``text[a:b]`` when it is glued to the word before it
    (``_GLUED_LEAD``) and the text writes the name alone elsewhere; else None.

    >>> t = "We use ZorbSTaR. Its objective-ZorbSTaR achieving more; our objective-QuxNet too."
    >>> t[slice(*_glued_name(t, 21, 39))], _glued_name(t, 60, 76)
    ('ZorbSTaR', None)
    >>> t = "We use ZorbSTaR. Its objective-ZorbSTaR is formulated; the medical-ZorbSTaR achieves more."
    >>> _glued_name(t, 21, 39), _glued_name(t, 59, 75)
    (None, None)
    """
    if not glued_name_word(text[a:b]):
        return None
    m = _GLUED_LEAD.match(text, a, b)
    stem = name_stem(text[m.end() : b])
    end = extend_suffix(text, m.end() + len(stem)) if stem else b
    if stem is None or not _SCORES_AFTER.match(text, end):
        return None
    if re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", text) is None:
        return None
    return m.end(), end


# the rest of a slash-joined chunk on each side of a word ("BERT/RoBERTa", "src/app.py"); braces
# stay inside, so "\\href{https://...}{user/repo}" is one chunk with its URL
_SLASH_CHUNK_LEFT = re.compile(r"[^\s()\[\],;]*\Z")
_SLASH_CHUNK_RIGHT = re.compile(r"[^\s()\[\],;]*")
_SLASH_LINK_BEFORE = re.compile(r"(?:\bat|:)\s*\Z")


def _slash_name_parts(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The spans of the parts of a slash list of two or three names ("ZERT/ZoBERTa") around
    ``text[a:b]``, when each part is a name by itself; None for paths, URLs, "GPT-3.5/4".

    >>> t = "We use ZERT/ZoBERTa, src/ZorbNet.py and ZPT-3.5/4."
    >>> [t[x:y] for x, y in _slash_name_parts(t, 7, 11)], _slash_name_parts(t, 25, 32)
    (['ZERT', 'ZoBERTa'], None)
    >>> _slash_name_parts(t, 40, 47)
    """
    w0, w1 = max(0, a - 120), b + 120
    s = _SLASH_CHUNK_LEFT.search(text, w0, a).start()
    # (the right side read up to as far: each word of a long chunk reading all of it would be
    # quadratic in "A/B/C/.../Z")
    e = _SLASH_CHUNK_RIGHT.match(text, b, w1).end()
    chunk = text[s:e].rstrip(".:")
    parts = chunk.split("/")
    if not 2 <= len(parts) <= 3 or (s == w0 and w0) or e == w1 or _WEB.search(chunk):
        return None  # a long chunk is a URL or path
    if _SLASH_LINK_BEFORE.search(text, max(0, s - 12), s):
        return None  # "code is available at: user/repo", a link whose URL was dropped
    # pairs of bare acronyms are mostly protocols and terms ("MAC/PHY", "HOMO/LUMO"); a
    # metric in the list makes it a list of metrics ("fMSE/MSE")
    if all(p.isupper() and not _HAS_DIGIT.search(p) for p in parts) or any(
        lookup_label(p) == "METRIC" for p in parts
    ):
        return None
    spans = []
    for part in parts:
        stem = name_stem(part)
        if not stem or part.rstrip(".'\u2019") != stem:
            return None  # "GPT-3.5/4", "ResNet-based/..."; a possessive is fine only in the last
        spans.append((s, s + len(stem)))
        s += len(part) + 1
    return spans


# a name's sizes written as a slash list: "YOLOv6-M/L", "DAMO-YOLO-T/S/M/L", "PP-YOLOE-R-s/m/l/x",
# "InternVL-2.0-4B/8B/26B" (a size letter or a count with its unit; not "RGB-D/T", "CIFAR-10/100")
_SIZE_VARIANT = r"(?:[TSMBLHGENX]|XL|XXL|Ti|N[smlx]|[nsmlx]|\d{1,3}(?:\.\d)?[BMKbmk])"
_SIZE_VARIANTS = re.compile(rf"[A-Za-z][\w.+-]*-{_SIZE_VARIANT}(?:/{_SIZE_VARIANT}){{1,4}}(?![\w/-])(?!\.\w)")
# a model size letter and its patch size: "ViT-H/14", "Mixer-B/16", "DiT-XL/2" (not the
# version list "GPT-3/4" nor a path)
_SIZE_LETTERS = re.compile(r"-(?:[SBLHGEgT]|XL|XXL|Ti)$")
_PATCH_SIZE = re.compile(r"/\d{1,3}(?![\w/.-])")


def _patch_size_end(text: str, a: int, b: int) -> int | None:
    """The end of "Name-H/14" when the name word ``text[a:b]`` ends with a size letter and a
    patch size follows (the name includes it); else None.

    >>> t = "the ViT-H/14 model, GPT-3/4 and src/app"
    >>> _patch_size_end(t, 4, 9), _patch_size_end(t, 20, 25)
    (12, None)
    """
    word = text[a:b]
    if "/" in word:  # the name-word pattern may have taken the slash in
        word, b = word[: word.index("/")], a + word.index("/")
    if not _SIZE_LETTERS.search(word) or name_stem(word) != word:
        return None
    m = _PATCH_SIZE.match(text, b)
    return m.end() if m else None


# the longest word that may be a name (the longest seen are repository names of ~80
# characters); the word regexes below are quadratic in a 10,000-digit "word"
LONGEST_NAME_WORD = 120


@lru_cache(maxsize=65536)
def name_stem(word: str) -> str | None:
    """The name in a word, without possessive, trailing dots or lower-case tails; else None.

    >>> name_stem("GPT-4's"), name_stem("LLM-based"), name_stem("ViT-based"), name_stem("deep")
    ('GPT-4', None, 'ViT', None)
    >>> name_stem("Llama-2-7b-chat"), name_stem("Phi-3.5-mini-instruct"), name_stem("GPT-4-generated")
    ('Llama-2-7b-chat', 'Phi-3.5-mini-instruct', 'GPT-4')
    """
    if _plain_word(word):
        return None  # ("logic", "Calculus": most words, each new word type of a text comes here)
    if len(word) > LONGEST_NAME_WORD or "/" in word or _WEB.search(word):
        return None  # URLs, paths, runs of characters
    w2 = word.rstrip(".'\u2019-")
    if w2.endswith(("'s", "\u2019s")):
        w2 = w2[:-2]
    if _RELEASE_TAIL.search(w2):
        return w2 if is_namey(w2) else None
    while _LOWER_TAIL.search(w2) and is_namey(_LOWER_TAIL.sub("", w2)):
        w2 = _LOWER_TAIL.sub("", w2)
    if not is_namey(w2) or _LOWER_TAIL.search(w2):
        return None
    return w2


def name_words_from_doc(doc, flag: int, text: str) -> list[tuple[int, int]]:
    """:func:`find_name_words` from the tokens of a Doc whose vocabulary carries ``flag``
    (``name_stem(word) is not None``, computed once per word type by spaCy)."""
    out = []
    # one column, then Token offsets for the few flagged words (a 3-column array costs more)
    for i in doc.to_array(flag).nonzero()[0].tolist():
        tok = doc[i]
        a = tok.idx
        b = a + len(tok)
        slash = (a and text[a - 1] == "/") or text[b : b + 1] == "/"
        if slash and _slash_name_parts(text, a, b):
            out.append((a, b))  # one of "ZERT/ZoBERTa"
            continue
        if a and text[a - 1] in "/@":
            continue
        patch = _patch_size_end(text, a, b)
        if patch:
            out.append((a, patch))
            continue
        if text[b : b + 1] == "/" and (sizes := _size_variants_end(text, a)):
            out.append((a, sizes))
            continue
        if text[b : b + 1] in ("/", "@"):
            continue
        stem = name_stem(text[a:b])
        if stem:
            out.append((a, extend_suffix(text, a + len(stem))))
        elif glued := _glued_name(text, a, b):
            out.append(glued)
    return out


def _size_variants_end(text: str, a: int) -> int | None:
    """The end of a name with its sizes as a slash list that starts at ``a`` ("ZorbNet-S/M/L"),
    else None.

    >>> t = "YOLOv6-M/L, Zorbla-2-7B/13B/70B, RGB-D/T and CIFAR-10/100"
    >>> [_size_variants_end(t, t.index(w)) for w in ("YOLOv6", "Zorbla", "RGB", "CIFAR")]
    [10, 31, None, None]
    """
    m = _SIZE_VARIANTS.match(text, a)
    if m is None or not name_stem(m.group().split("/", 1)[0]):
        return None
    return m.end()


# a plain capitalised word written with a model release after it: a version and a release tag
# or size as LLM families write them ("Zemini 1.5 Pro", "Zlama 3.2 Vision", "Qorbla 3 70B",
# "Zlaude 3.5 Sonnet"), or a "v" version ("Zorblax v1.5"). The word has no name shape of its
# own, so no other rule finds a new family written this way; a bare number after a word is
# prose ("Task 4", "Version 2", "Windows 7") and is not read here. Each scan starts at a literal
# (a "v" after a space, a "B" after a digit) or runs only when a release tag is among the
# words, and the family word is then read backwards from there.
# (the tags of _RELEASE_TAGS, capitalised as written after a space: "Pro", "Coder", "VL")
_RELEASE_TAG_FORMS = {t: t.upper() if len(t) <= 2 else t.capitalize() for t in _RELEASE_TAGS.split("|")}
_RELEASE_TAG = "(?:" + "|".join(_RELEASE_TAG_FORMS.values()) + ")"
# (one scan per tag among the text's words: each starts at its literal, faster than the
# alternation of all tags; lower-case sizes "3 8b" are a scan of their own for the same reason)
_TAG_RELEASES = {t: re.compile(form + r"(?![\w-])") for t, form in _RELEASE_TAG_FORMS.items()}
_V_RELEASE = re.compile(r"v(?<=[a-z] v)\d+(?:\.\d+)*(?![\w%-]|\.\d)")
_SIZE_RELEASE = re.compile(r"B(?<=[0-9]B)(?![\w-])")
_LOWER_SIZE_RELEASE = re.compile(r"b(?<=[0-9]b)(?![\w-])")
_FAMILY_BEFORE_V = re.compile(r"(?<![\w'\u2019.-])[A-Z][a-z]{2,} \Z")
_FAMILY_BEFORE_RELEASE = re.compile(
    r"(?<![\w'\u2019.-])([A-Z][a-z]{2,}) \d{1,2}(?:\.\d{1,2})? (?:\d{1,3}(?:\.\d)?[Bb]|" + _RELEASE_TAG + r")\Z"
)


def find_spaced_releases(text: str, words: set[str] | None = None) -> list[tuple[int, int]]:
    """Spans of plain capitalised words named by the model release written after them (the
    release included), not ordinary words ("Dataset v2", "Score v2") nor non-names.
    ``words``: the lower-case words of the text (:func:`lower_words`), when known.

    >>> t = "Zemini 1.5 Pro beats Qorbla 3 70B, Zorblax v1.5 and the Dataset v2 of Table 3 70B."
    >>> [t[a:b] for a, b in find_spaced_releases(t)]
    ['Zemini 1.5 Pro', 'Qorbla 3 70B', 'Zorblax v1.5']
    >>> t = "Zlama 3.2 Vision, Zlaude 3.5 Sonnet and Zwen 2 72B Instruct; iPhone 15 Pro, Version 2 Pro"
    >>> [t[a:b] for a, b in find_spaced_releases(t)]
    ['Zlama 3.2 Vision', 'Zlaude 3.5 Sonnet', 'Zwen 2 72B Instruct']
    """
    found = []
    for m in _V_RELEASE.finditer(text):  # "Zorblax v1.5"
        w = _FAMILY_BEFORE_V.search(text, max(0, m.start() - 30), m.start())
        if w:
            found.append((w.start(), m.start() - 1, m.end()))
    ends = [m.end() for m in _SIZE_RELEASE.finditer(text)]  # "Qorbla 3 70B"
    ends += [m.end() for m in _LOWER_SIZE_RELEASE.finditer(text)]  # "Zlama 3 8b"
    for tag in _TAG_RELEASES.keys() & (words if words is not None else lower_words(text.lower())):
        ends += [m.end() for m in _TAG_RELEASES[tag].finditer(text)]  # "Zemini 1.5 Pro"
    for e in ends:
        w = _FAMILY_BEFORE_RELEASE.search(text, max(0, e - 40), e)
        if w:
            found.append((w.start(), w.end(1), e))
    out: list[tuple[int, int]] = []
    last = -1  # the end of the spans kept so far: a span starting inside them is a part of one
    for a, b, e in sorted(found, key=lambda f: (f[0], -f[2])):
        word = text[a:b]
        if a < last or word in NOT_NAMES or _HARDWARE.match(word) or word.lower() in common_words():
            continue
        end = max(e, extend_suffix(text, b))  # "3.2 Vision" (no suffix), "3 72B Instruct"
        out.append((a, end))
        last = max(last, end)
    return out


_TITLE_WORD = r"[A-Za-z0-9'+]*(?:\.\d+)*(?:-[A-Za-z0-9]+)*(?:[ -](?=[A-Z])|(?![\w-]))"
# the first capital is matched before the look-behind, so the regex engine can skip ahead to
# capitals instead of testing the look-behind at every character (twice as fast); the
# look-ahead (a capital after the first word: every match has one) drops most sentence
# openers before the backtracking word pattern runs
_TITLE_RUN = re.compile(
    rf"[A-Z](?<![\w-][A-Z])(?=[A-Za-z0-9'+.-]*[ -][A-Z]){_TITLE_WORD}(?:[A-Z]{_TITLE_WORD})+"
)


# where _TITLE_RUN may match, read in the text's shape (kg.text.text_shape): its first
# capital, look-behind and look-ahead. A scan that starts at "[A-Z]" is tried at each
# character of the text, about as slow as a full match attempt; "U" is a literal
_TITLE_RUN_START = re.compile(rb"U(?<![Uwd_-]U)(?=[Uwdp.-]*[ -]U)")


def _title_runs(text: str, start: int, end: int, shape: bytes | None = None):
    """``_TITLE_RUN.finditer(text, start, end)``, tried only where the text's shape has a
    run's start (a text with other than ASCII characters, where more characters are word
    characters, is scanned in full)."""
    if shape is None:
        shape = text_shape(text)
    if shape is None:
        return _TITLE_RUN.finditer(text, start, end)
    return find_shaped(_TITLE_RUN, text, (r.start() for r in _TITLE_RUN_START.finditer(shape, start, end)), start, end)


def find_title_case_runs(text: str, start: int, end: int, shape: bytes | None = None) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words ("Neural Turing Machines"), sentence openers
    ("The", "However") removed from the front.

    >>> t = "It beats Neural Turing Machines and Deep Ensembles on most tasks."
    >>> [t[a:b] for a, b in find_title_case_runs(t, 0, len(t))]
    ['Neural Turing Machines', 'Deep Ensembles']
    """
    runs = []
    for m in _title_runs(text, start, end, shape):
        a = m.start()
        seg = m.group().rstrip(" -.")
        # split at possessives and at words that are never part of a name ("OpenAI's X")
        pos = a
        parts: list[tuple[int, int]] = []
        cur_start = None
        for w in seg.split(" "):
            wa, wb = pos, pos + len(w)
            pos = wb + 1
            bad = w.endswith(("'s", "\u2019s")) or w in NOT_NAMES or w.rstrip("'") in NOT_NAMES
            if bad:
                if cur_start is not None:
                    parts.append((cur_start, wa - 1))
                cur_start = None
            elif cur_start is None:
                cur_start = wa
        if cur_start is not None:
            parts.append((cur_start, a + len(seg)))
        for pa, pb in parts:
            words = text[pa:pb].split(" ")
            while words and (words[0] in STOP_START or len(words[0]) <= 1):
                pa += len(words[0]) + 1
                words = words[1:]
            if len(words) >= 2 and pb > pa:
                runs.append((pa, pb))
    return runs


# words in -ly that are no adverbs: nouns that name the object of a task
# ("Anomaly Detection", "Heterophily")
_LY_NOT_ADVERBS = frozenset(("anomaly", "family", "assembly", "supply", "monopoly", "homophily",
                             "heterophily"))


def is_adverb(low: str) -> bool:
    """Whether a lower-case word is an adverb by its ending ("jointly", "efficiently"), which
    ends a task phrase.

    >>> [is_adverb(w) for w in ("jointly", "weakly", "anomaly", "family")]
    [True, True, False, False]
    """
    return low.endswith("ly") and low not in _LY_NOT_ADVERBS


@lru_cache(maxsize=65536)
def is_generic_phrase(name: str) -> bool:
    """Whether a name is a family in the generic sense ("Large Language Models").

    >>> is_generic_phrase("Large Language Models"), is_generic_phrase("Deep Ensembles")
    (True, False)
    """
    words = _GENERIC_WORDS_RE.findall(name.lower())
    return bool(words) and all(w in GENERIC_WORDS for w in words)


# a word in -s that is no plural noun modifier next to the head ("frames", "compares",
# "mitigates"); "physics", "analysis", "status", "class" end otherwise
_VERB_S = re.compile(r"[a-z]{2}(?<![sui])(?<!ic)s$")


def looks_like_verb_s(low: str) -> bool:
    """Whether a lower-case word has the shape of a verb in -s ("captures", not "class",
    "focus", "analysis", "physics"); before a phrase's last word it is the verb, not a plural
    modifier."""
    return _VERB_S.search(low) is not None
_INNER_ACRONYM = re.compile(r"\([A-Za-z][A-Za-z0-9-]{0,7}\)")


def find_task_phrases(
    text: str,
    start: int,
    end: int,
    *,
    title: bool = False,
    low: str | None = None,
    words: set[str] | None = None,
    heads: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Noun phrases headed by a task noun, trimmed of determiners and adjectives.

    In a title (``title=True``) capitalised words may be part of the phrase. ``heads``:
    :func:`task_heads` of the whole text, when the caller looks in more than one range.

    >>> t = "YOLOv10 for real-time object detection and code generation tasks."
    >>> [t[a:b] for a, b in find_task_phrases(t, 0, len(t))]
    ['real-time object detection', 'code generation']
    >>> t = "FooNet: Efficient Neural Architecture Search for Video Recognition"
    >>> [t[a:b] for a, b in find_task_phrases(t, 0, len(t), title=True)]
    ['Neural Architecture Search', 'Video Recognition']
    >>> t = "It is a popular text-to-image (T2I) generation model."
    >>> [t[a:b] for a, b in find_task_phrases(t, 0, len(t))]
    ['text-to-image (T2I) generation']
    """
    out = []
    if heads is None:
        heads = _find_heads(text, start, end, low, words)
    else:
        heads = [(i, j) for i, j in heads if start <= i and j <= end]
    for head_start, head_end in heads:
        if head_start == start or text[head_start - 1] not in " -":
            continue
        window = text[max(start, head_start - 70) : head_start]
        low_head = text[head_start:head_end].lower()
        first = head_start
        n = 0
        prev = ""  # the word after the one read (words are read right to left)
        for w in reversed(window.split(" ")[:-1] if window.endswith(" ") else [window]):
            core = w
            if not core or n >= 4:
                break
            if n == 0 and core[0] == "(" and _INNER_ACRONYM.fullmatch(core) and first - len(w) - 1 > start:
                first -= len(w) + 1  # "text-to-image (T2I) generation": the task goes on
                continue
            f = _phrase_word(core)
            if f & _ENDS:
                break
            w_start = first - len(w) - 1
            if f & _BREAKER:
                if core.lower() == "model":
                    if not (n == 0 and (low_head not in _MODEL_NOT_TASK
                                        or text[max(0, w_start - 9) : w_start].lower() == "language ")):
                        break  # (but "model merging", "language model prompting": the model is the object)
                elif prev not in _OPEN_SETTINGS or "open" in TASK_HEAD_SET:
                    break  # ("open set recognition": the setting, not the adjective, opens the task)
            if f & _ENDED and text[max(0, w_start - 5) : w_start].lower() != "open ":
                break  # (but "open ended question answering": the setting, see _OPEN_SETTINGS)
            if not title and f & _CAPITALISED and w_start > start:
                break  # a capitalised word mid-sentence belongs to a name
            if title and n >= 1 and f & _MEANS:
                break  # "Attention-Enhanced Text-Video Retrieval": how, not what
            if n and f & _QUALIFIER:
                break  # "difficult speech recognition": an evaluative adjective
            if n and not title and f & _VERB_LIKE:
                break  # "work frames program synthesis": a verb (plural nouns modify next to the head)
            if text[max(0, w_start - 3) : w_start] in ("We ", "we "):
                break  # "We cast object detection as ...": the verb of "we"
            if n == 0 and low_head in _PROCESS_HEADS and text[max(0, w_start - 3) : w_start] == "to ":
                break  # "learns to tell training examples apart": a verb before the noun
            first -= len(w) + 1
            n += 1
            prev = core.lower()
        if n:
            out.append((first, head_end))
    out.sort()
    return out


# what _phrase_word says of a word read leftwards from a task head
_ENDS = 1  # it ends the phrase wherever it stands
_BREAKER = 2  # "model", "open": a task breaker unless the words around it say otherwise
_ENDED = 4  # "ended": a participle, unless after "open"
_CAPITALISED = 8
_MEANS = 16  # "Attention-Enhanced": how, not what (in a title)
_QUALIFIER = 32  # "difficult": an evaluative adjective before the task
_VERB_LIKE = 64  # "frames": a verb in -s (plural nouns modify next to the head)


@lru_cache(maxsize=65536)
def _phrase_word(core: str) -> int:
    """The tests of :func:`find_task_phrases` that depend on the word alone, once per word
    (a task phrase is read word by word leftwards from each head): ``_ENDS`` when the word
    ends the phrase wherever it stands, else the flags the reading tests in context."""
    if not core[0].isalnum() or not core[-1].isalnum():
        return _ENDS
    lw = core.lower()
    if (core.endswith(":") or (is_namey(core) and core not in NOT_NAMES)  # "COCO object detection"
            or is_adverb(lw) or (not core.isalpha() and _HAS_DIGIT.search(core) and not _DIM.match(core))
            or lw.endswith("ful")  # "meaningful": an evaluative adjective
            # "a loss that combines language modeling", "space whose styles control"
            or lw in _CHUNK_VERBS or lw in _PHRASE_BREAK_WORDS or lw in clause_verbs()
            # "Enabling Language Modelling", "leaving coding": a verb
            or (lw.endswith("ing") and lw not in _ING_NOUNS and lw not in TASK_HEAD_SET)):  # fmt: skip
        return _ENDS
    flags = 0
    if lw in TASK_BREAK or lw in TASK_HEAD_SET:
        if lw not in ("model", "open"):
            return _ENDS
        flags |= _BREAKER
    if lw.endswith("ed") and "-" not in lw and lw not in _ED_KEEP:
        if lw != "ended":
            return _ENDS
        flags |= _ENDED
    if core[0].isupper() and not core.isupper():
        flags |= _CAPITALISED
    if _MEANS_MODIFIER.search(lw):
        flags |= _MEANS
    if lw in TASK_LEAD_QUALIFIERS:
        flags |= _QUALIFIER
    if looks_like_verb_s(lw):
        flags |= _VERB_LIKE
    return flags


# the settings "open" names before a task ("open set recognition", "open domain question
# answering"); elsewhere "open" is an adjective ("an open problem")
_OPEN_SETTINGS = frozenset(("set", "world", "domain", "vocabulary", "ended"))
# heads after which "model" is a generic qualifier, not the object of a task
_MODEL_NOT_TASK = {"training", "inference", "evaluation", "performance", "tuning", "fine-tuning",
                   "generation", "prediction", "search", "optimization", "understanding",
                   "selection", "analysis", "reasoning", "adaptation", "alignment", "design",
                   "inversion", "control", "planning", "modeling", "modelling", "problems",
                   "problem"}  # fmt: skip


_PUNCT = b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
# bytes.translate is a plain table look-up (str.translate goes through a dict per character);
# UTF-8 keeps every non-ASCII character in bytes >= 0x80, which the table leaves alone
_NOT_WORD = bytes.maketrans(_PUNCT, b" " * len(_PUNCT))


def lower_words(low: str) -> set[str]:
    """The set of words of a lower-cased text, split at punctuation and hyphens.

    >>> sorted(lower_words("real-time object detection."))
    ['detection', 'object', 'real', 'time']
    """
    return set(low.encode().translate(_NOT_WORD).decode().split())


_HYPHEN_HEADS = [h for h in TASK_HEADS if "-" in h]


def task_heads(text: str, low: str | None = None, words: set[str] | None = None) -> list[tuple[int, int]]:
    """Where task head nouns occur in ``text`` as whole words, found once for the calls of
    :func:`find_task_phrases` on the title and on the abstract (no head overlaps another
    occurrence of itself that is a whole word, so the heads in a range are those found in
    the whole text)."""
    return _find_heads(text, 0, len(text), low, words)


def _find_heads(text, start, end, low=None, words=None) -> list[tuple[int, int]]:
    # only the heads present in the text (a set intersection), then str.find for each
    low = low if low is not None else text.lower()
    words = words if words is not None else lower_words(low)
    found = []
    for h in (TASK_HEAD_SET & words).union(h for h in _HYPHEN_HEADS if h in low):
        i = low.find(h, start, end)
        while i >= 0:
            j = i + len(h)
            if (j == len(low) or not low[j].isalnum()) and (i == 0 or not low[i - 1].isalnum()):
                found.append((i, j))
            i = low.find(h, j, end)
    return found


# metrics written with an "@k" cut-off: pass@80, Hits@10, R@1, nDCG@10, and any word before
# a cut-off or threshold, which only a measure takes: Hit@1, AR@100, mAP@0.25, IoU@0.5,
# mAP@0.5:0.95, Recall@K (an e-mail address has a domain after the "@", "SAT@home" a word)
METRIC_AT = re.compile(
    r"(?<![\w@.-])(?:(?:pass|hits|recall|precision|acc|accuracy|ndcg|map|mrr|top|r|p|success|sr|rank)"
    r"\s?@\s?\d+(?![\w.])"
    # (no hyphen in the word: "ViT-B@224", "DeiT-S@384" are models at a resolution; nor a
    # clock rate: "CPU@3.2 GHz")
    r"|[A-Za-z][A-Za-z0-9]*@(?:\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)?|[kK])(?![\w@]|\.\w|\s?[GMk]Hz))",
    re.IGNORECASE,
)

# the subject is the paper or its authors: "we", "this paper|work|thesis|...", "(it
# motivates) us to propose"
PROPOSE = re.compile(
    r"\b(?:we|this (?:paper|work|article|thesis|study|report)|in this (?:paper|work), we|us to)\s+"
    r"(?:have\s+)?(?:first\s+|further\s+|also\s+|then\s+|therefore\s+|thus\s+|hence\s+|instead\s+)?"
    # the past tense too: "we designed", "we have developed", "we devised", "we built"
    r"(?:(?:propose|introduce|present|develop|design|build|release|construct|create|curate|"
    r"contribute|offer|call|name|dub|term|devise)(?:s|e?d)?|built)\b",
    re.IGNORECASE,
)
# PROPOSE for lower-cased text: without IGNORECASE, which is slower, and with the first
# letter matched before the word-boundary test so the engine skips ahead to w, t, i and u
PROPOSE_LOW = re.compile(
    r"[wtiu](?<!\w[wtiu])(?:(?<=w)e|(?<=t)his (?:paper|work|article|thesis|study|report)|"
    r"(?<=i)n this (?:paper|work), we|(?<=u)s to)"
    + PROPOSE.pattern.split(r"in this (?:paper|work), we|us to)", 1)[1]
)
# case-insensitive "\b(?:called|named|dubbed|termed|coined|namely|denoted(?: as)?|referred
# to as)\s*[:,]?\s*", the first letter in a case-sensitive class and the word boundary tested
# after it, so the engine skips ahead to c, n, d, t, r (an IGNORECASE pattern that starts
# with a letter is tried at every character); same matches
NAMING = re.compile(
    r"[CcNnDdTtRr](?<!\w.)(?i:(?:(?:(?<=c)alled|(?<=n)amed|(?<=d)ubbed|(?<=t)ermed|(?<=c)oined)(?-i: as)?|"
    r"(?<=n)amely|(?<=d)enoted(?: as)?|(?<=r)eferred to as)\s*[:,]?\s*)"
)


# fmt: off
_GERUND_NOUN = {
    "generating": "generation", "detecting": "detection", "evaluating": "evaluation",
    "accelerating": "acceleration", "synthesizing": "synthesis", "synthesising": "synthesis",
    "predicting": "prediction", "estimating": "estimation", "optimizing": "optimization",
    "optimising": "optimization", "compressing": "compression", "segmenting": "segmentation",
    "classifying": "classification", "recognizing": "recognition", "translating": "translation",
    "retrieving": "retrieval", "summarizing": "summarization", "quantifying": "quantification",
    "measuring": "measurement", "editing": "editing", "forecasting": "forecasting",
    "benchmarking": "benchmarking", "scaling": "scaling", "merging": "merging",
    "reasoning": "reasoning", "planning": "planning", "tracking": "tracking",
    "modeling": "modeling", "modelling": "modelling", "training": "training",
}
_TITLE_WORDS = (
    r"for|of|with|via|through|from|to|in|on|by|using|and|as|at|into|towards?|without|within|"
    r"beyond|when|where|than|is|are|do|does|can|what|how|why|which|that|under|over|across|"
    r"against|between|like|vs\.?"
)


def _by_first_letter(words: str) -> str:
    """An alternation of words grouped by their first letter ("for|from|of" ->
    "f(?:or|rom)|o(?:f)"): the regex engine tries each group's rest only after its letter,
    not every word at each position; the same matches where each word must be followed by
    what none of them starts with (here whitespace)."""
    groups: dict[str, list[str]] = {}
    for w in words.split("|"):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


# split points of a title: punctuation, spaced dashes, prepositions and other function words
# (every match opens with a punctuation mark or a space, matched first as one class so the
# engine skips ahead to them; the look-behind then says which branch: "[:?!,;]\s*" or
# "\s+(?:...)", the same matches; case is ignored in the words only: with a global re.I the
# engine cannot skip ahead, and the split costs twice as much)
_TITLE_SPLIT = re.compile(
    rf"[:?!,;\s](?:(?<=[:?!,;])\s*|(?<=\s)\s*(?:[:?!,;]\s*|-+\s\s*|[\u2013\u2014]\s\s*|"
    rf"(?i:{_by_first_letter(_TITLE_WORDS)})\s+))"
)
# endings of nominal heads ("detection", "alignment", "problems"); tested with str.endswith
# on single words (the regex searches from every character)
_NOMINAL_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ing", "sis", "ty", "ness", "ics", "ure", "ogy",
                    "ery", "ation", "problem", "problems")  # fmt: skip
_NOMINAL = re.compile("(?:" + "|".join(_NOMINAL_ENDINGS) + ")$")
# verbs inside a title chunk: the task starts after them ("Sequences Improves Code Synthesis")
# -s forms of clause verbs that are as often plural nouns inside a task name ("Root Causes
# Localization", "Door Handles Detection", "Data Analyses"): nouns before a last task head (not
# "Polymorphism Permits Parallelization")
_PLURAL_NOUN_VERBS = frozenset(("analyses", "remains", "causes", "handles", "exploits", "guarantees",
                                "constructs", "permits", "treats", "assists", "serves"))  # fmt: skip
# verbs that end a title chunk's subject (the -s forms clause_verbs() lists, "improves",
# "achieves", ..., are not repeated here: title_task_chunks tests those as clause verbs)
_CHUNK_VERBS = {
    "improve", "enhance", "boosts", "boost", "enable",
    "helps", "help", "makes", "make", "leads", "lead", "yields", "yield", "is", "are", "was",
    "were", "does", "do", "can", "cannot", "solve", "generate", "generates",
    "achieve", "outperform", "matters", "meets", "needs", "need",
    "beats", "unlocks", "unlock", "require", "reveal", "shows", "show",
}
# a modifier naming how, not what: "Attention-Enhanced", "Retrieval-Augmented"
_MEANS_MODIFIER = re.compile(r"-(?:enhanced|augmented|driven|guided|powered)$")
# verbs whose objects are things joined or weighed, not tasks
_JOINING_VERBS = frozenset(("bridging", "bridge", "unifying", "unify", "balancing", "balance",
                            "connecting", "connect", "reconciling", "reconcile", "between"))
# heads that a verb often takes as its object: "to speed training", "to tell training data"
_PROCESS_HEADS = frozenset(("training", "inference", "search", "optimization", "learning"))
# words that end a task phrase read leftwards: relative pronouns and common verbs in -s
_PHRASE_BREAK_WORDS = frozenset(("whose", "which", "who", "whom", "combines", "combine", "uses",
                                 "learns", "allows", "applies", "supports", "performs",
                                 "handles", "tackles", "addresses", "studies", "targets"))
# heads of title chunks that name what a paper is, not the problem it solves
_NOT_TASK_HEADS = {
    "measure", "measures", "approach", "approaches", "method", "methods", "framework",
    "frameworks", "study", "survey", "insights", "experiments", "algorithms", "architectures",
    "models", "model", "solution", "solutions", "methodology", "methodologies", "information",
    "abilities", "ability", "recipes",
    "perspective", "perspectives", "lessons", "sources", "data", "extremes", "scale", "era",
    "gaps", "wild", "challenges", "opportunities", "implementation", "computation",
    "version", "versions", "architecture",
    "probability", "evolution", "modularity", "refinement", "explanation", "explanations",
    "laws", "law", "agents", "agent", "systems", "system", "tricks", "blueprint",
    "property", "properties", "structure", "nature", "importance", "quality", "efficiency",
    "capability", "capabilities", "performance", "procedure", "mechanism", "mechanisms",
    # what a paper builds to test on ("A Realistic Web Environment", "The X Competition")
    "environment", "environments", "competition", "benchmark", "benchmarks", "dataset",
    "datasets", "corpus", "testbed", "platform", "toolkit",
}
# nouns that end a task phrase in running text ("the data"), but in a title chunk modify
# the noun after them ("Data Pruning", "Feature Selection", "Inference Scaling")
_TITLE_NOUN_MODIFIERS = frozenset(("data", "feature", "model", "inference", "test", "quality",
                                   "cost", "performance", "accuracy"))
# leading verbs of titles ("Unlock Predictable Scaling", "Towards ...")
_TITLE_VERBS = {
    "unlock", "unlocking", "enable", "enabling", "boost", "boosting", "improve", "improving",
    "make", "making", "teach", "teaching", "bridge", "bridging", "rethink", "rethinking",
    "revisit", "revisiting", "explore", "exploring", "empower", "empowering", "unleash",
    "unleashing", "harness", "harnessing", "advance", "advancing", "study", "studying",
    "dissect", "dissecting", "understand", "analyze", "analyzing", "analysing", "investigate",
    "investigating", "adding", "add", "define", "defining", "solve", "leverage", "leveraging",
    "pushing", "push", "accelerate", "towards", "toward", "automate", "automating",
    "evaluate", "reduce", "reducing", "build", "building", "learn", "generate", "amplify",
    "amplifying", "interpreting", "interpret", "comparing", "compare", "benchmarking",
}
# fmt: on


# things a title verb acts on ("Evaluating Language-Model Agents"), though they are not tasks
_OBJECT_HEADS = {"models", "model", "agents", "agent", "systems", "system", "architectures",
                 "algorithms"}  # fmt: skip
# gerunds that name their own action and open a title with their object: "Scaling Test-Time
# Compute" is the task "test-time compute scaling", "Fine-Tuning Discrete Diffusion Models"
# "discrete diffusion model fine-tuning" (but "Scaling Laws" is a thing: _NOT_TASK_HEADS)
OBJECT_GERUNDS = frozenset(("scaling", "training", "learning", "fine-tuning", "finetuning", "merging",
                             "pruning", "editing", "pre-training", "pretraining"))
# what a title opening with "Learning" learns when it names a task ("Learning Video
# Representations" -> "video representation learning"); "Learning Object Detectors",
# "Learning a Filter Bank" name a means, not a task
_LEARNED_THINGS = {"representation", "feature", "embedding", "policy", "reward", "skill"}
_POSSESSIVES = {"your", "my", "his", "her"}
_OBJECT_NOUNS = {"model", "models", "system", "systems", "data", "feature", "features",
                 "time", "speed", "quality", "cost", "test"}  # fmt: skip
# a plural object after a gerund that is its own noun: "Merging LoRAs", "Editing Images"
_PLURAL_OBJECT = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z0-9]s|[A-Za-z][a-z-]*[a-z](?<!s)s")


def _plain_object(words: list[str], title: str, end: int) -> bool:
    """Whether title words after a verb read as its object: no second verb ("Manipulating
    or Erasing Objects"), no markup, not cut at a comma, not headed by a property
    ("Mitigating the Impact")."""
    plain_object_head = _nominal().plain_object_head
    if title[end : end + 1] == "," or title[end : end + 4].lower() == " of ":
        return False  # "Verifying the Interplay of ...": the head comes later
    head = words[-1].lower()
    if not plain_object_head(head) or re.match(r"[a-z]+ly-", head):
        return False  # "Identifying Computationally-Relevant and ..."
    return not any(
        "\\" in w or "{" in w or not w[-1].isalnum() or (w.lower() in TASK_BREAK and w.lower() not in _OBJECT_NOUNS)
        or (w.lower().endswith("ing") and w.lower() not in _ING_NOUNS
            and w.lower() not in TASK_HEAD_SET)
        for w in words
    )


def _singular(word: str) -> str:
    return _nominal().singular(word)


_TO_BEFORE = re.compile(r"\bto\s+(?:[A-Za-z]+\s+(?:and|or)\s+)?$", re.I)
_LLM_WORDS = re.compile(r"\bLarge Language Models?\b", re.I)
_LLM_PHRASE = re.compile(r"\b(?:large\s+)?language models?\b")


def llm_short(name: str, surface: str) -> str:
    """A task named from a title: authors write "Large Language Model Pretraining", readers
    "LLM pretraining".

    >>> llm_short("large language model pretraining", "Large Language Model Pretraining")
    'LLM pretraining'
    """
    return _LLM_PHRASE.sub("LLM", name) if _LLM_WORDS.search(surface) else name


# adjectives that qualify an action noun in a title ("Exact Computation of ...")
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ary|ent|ant|ible|able|ate|ete|ct|ual)$")


# what may stand before the action noun of "X of Y": adjectives, participles ("Automated
# Discovery of"), "Joint", "Simulation-free", "Skeleton-based" (how it is done; the name
# drops them); not a hyphenated setting ("Long-Tailed Classification of")
_MANNER_BEFORE_ACTION = re.compile(rf"{_ADJECTIVE_END.pattern}|^[a-z]+(?<!e)ed$|-(?:free|based)$|^joint$")


# a second one-word object, the object phrase ending after it: "of Entities and Relations"
_AND_NOUN = re.compile(
    r" and ([A-Za-z]+)(?=$|\s*[:,;?!(]| (?:with|for|via|using|based|in|on|from|through|by|to|and|under)\b)", re.I
)


def _action_of_object(title: str, a: int, b: int, obj: tuple[int, int]) -> tuple[int, int, str] | None:
    """ "Exact Computation of Inductive Bias" -> "inductive bias computation": an action
    noun (only adjectives before it) with its object after "of", as (start, end, name).
    None when the chunk before "of" is itself a known task ("Semantic Segmentation of
    Urban Scenes") or the object is not a short plain noun phrase."""
    plain_object_head = _nominal().plain_object_head
    words = title[a:b].split()
    while words and (words[0].lower() in TASK_BREAK or words[0] in STOP_START
                     or words[0].lower() in _TITLE_VERBS):  # fmt: skip
        words = words[1:]
    if not words or words[-1].lower() not in _action_nouns():
        return None
    if not all(_MANNER_BEFORE_ACTION.search(w.lower()) and not is_namey(w) for w in words[:-1]):
        return None
    if lookup_label(" ".join(words)) is not None:
        return None
    target = title[obj[0] : obj[1]].split()
    if not 1 <= len(target) <= 3 or not _plain_object(target, title, obj[1]):
        return None
    if any(is_namey(w) and not w.isupper() for w in target) or target[-1].lower().endswith("ed"):
        return None  # "Restoration of Images Degraded by ...": the object goes on
    name_words = [w if w.isupper() else w.lower() for w in target[:-1]]
    name_words.append(_singular(target[-1]).lower())
    end = obj[1]
    # "Joint Extraction of Entities and Relations": one action on both
    more = _AND_NOUN.match(title, end)
    if more and plain_object_head(more.group(1).lower()) and not is_namey(more.group(1)):
        name_words += ["and", _singular(more.group(1)).lower()]
        end = more.end()
    name = " ".join([*name_words, words[-1].lower()])
    return title.index(words[-1], a), end, name


@lru_cache(maxsize=1)
def _action_heads() -> frozenset[str]:
    """Heads that name an action or a task: "tracking", "segmentation", "retrieval"."""
    return _action_nouns() | TASK_HEAD_SET | _ING_NOUNS


# modifiers that say how a task is done, not which task it is or what it acts on: both actions
# of "Joint A and B" (_shares_object); "multi-step reasoning" beside "math reasoning" restates
# the task by its manner, as "end-to-end speech recognition" does beside "far-field speech
# recognition" (convert._manner_restatement); words that name a kind of task ("interactive",
# "formal", "fine-grained") are not here
MANNER_WORDS = frozenset((
    "multi-step", "step-by-step", "hierarchical", "high-level", "low-level", "complex", "joint",
    "real-time", "end-to-end", "efficient", "robust", "accurate", "fast", "scalable", "general",
    "generalized", "simultaneous", "effective", "improved", "simple", "unified", "automatic",
    "automated", "precise", "consistent", "explainable", "black-box", "flexible", "perfect",
    "reinforced"))


def _shares_object(name_words: list[str]) -> bool:
    """Whether a title task "Sports Ball Detection" can lend its modifiers to a bare action
    after "and" ("Tracking" -> "sports ball tracking"): its head names an action and a
    modifier names a thing (not only a manner: "Joint Disentangling and Adaptation").

    >>> _shares_object(["video", "object", "detection"]), _shares_object(["joint", "detection"])
    (True, False)
    """
    if len(name_words) < 2 or name_words[-1].lower() not in _action_heads():
        return False
    return any(w.lower() not in MANNER_WORDS and not _ADJECTIVE_END.search(w.lower())
               for w in name_words[:-1])


@lru_cache(maxsize=1)
def _action_nouns() -> frozenset[str]:
    """Nouns that name an action on an object: "detection", "computation"."""
    gerunds, verbs = nominalizations()
    return frozenset(verbs.values()) - _ING_NOUNS - {"learning", "training"}


def title_task_chunks(
    title: str, offset: int = 0, topics: list | None = None
) -> list[tuple[int, int, str]]:
    """Noun-phrase chunks of a title that may name its task, as (start, end, name).
    Plain noun-phrase chunks headed by no task noun are appended to ``topics`` if given.

    Titles are split at prepositions and punctuation; sentence adverbs and adjectives such
    as "Efficient" are dropped from the front, and a leading gerund becomes a noun
    ("Generating Code" -> "code generation").

    >>> [n for _, _, n in title_task_chunks("FooNet: Efficient Fault Tolerance for Generating Code")]
    ['fault tolerance', 'code generation']
    >>> [n for _, _, n in title_task_chunks("Towards Exact Computation of Inductive Bias")]
    ['inductive bias computation']
    """
    plain_object_head = _nominal().plain_object_head
    out = []
    pos = 0
    pieces = []
    seps = []
    for m in _TITLE_SPLIT.finditer(title):
        pieces.append((pos, m.start()))
        seps.append(m.group().strip().lower())
        pos = m.end()
    pieces.append((pos, len(title)))
    seps.append("")
    joined = False  # the piece is an object of "Bridging A and B"
    shared = None  # (piece index, modifiers) of the last task chunk, for "A B Detection and Tracking"
    for i, (a, b) in enumerate(pieces):
        chunk = title[a:b]
        words = chunk.split()
        if not words:
            continue
        if words[0].lower() in _JOINING_VERBS or (joined and i and seps[i - 1] == "and"):
            joined = True
            continue  # "for Bridging Local Connectivity and Role-based Similarity": what is joined, not a task
        joined = False
        if seps[i] == "of" and i + 1 < len(pieces):
            task = _action_of_object(title, a, b, pieces[i + 1])
            if task:
                out.append((offset + task[0], offset + task[1], task[2]))
                continue
        # an infinitive of a task verb states the aim: "Learning to Solve Routing Problems"
        to_verb = None
        # ("to" in the window first: the regex search tries each of its characters)
        if (len(words) > 1 and "to" in title[max(0, a - 30) : a].lower()
                and _TO_BEFORE.search(title, max(0, a - 30), a)):  # fmt: skip
            to_verb = nominalizations()[1].get(words[0].lower())
            if to_verb or words[0].lower() in clause_verbs():
                # "Learning to Emulate Structural Recursion": the task is the verb's object
                a = title.index(words[0], a) + len(words[0])
                words = words[1:]
        # leading openers, adjectives and verbs
        while words and (words[0].lower() in TASK_BREAK or words[0] in STOP_START
                         or words[0].lower() in _TITLE_VERBS and len(words) > 1
                         or words[0].lower() in TASK_LEAD_QUALIFIERS and len(words) > 2):  # fmt: skip
            if len(words) >= 2 and words[0].lower() in _TITLE_NOUN_MODIFIERS:
                break  # "Data Pruning", "Inference Scaling": a noun modifying the next one
            if len(words) >= 2 and words[0].lower() in OBJECT_GERUNDS and (i == 0 or seps[i - 1] == ":"):
                break  # "Training Very Deep Networks": the verb opens the title
            a = title.index(words[0], a) + len(words[0])
            words = words[1:]
        if not words:
            continue
        if words[-1].lower() == "learning" and seps[i] == "from" and i + 1 < len(pieces):
            # "Learning from Human Feedback": what is learned from is part of the task
            source = title[pieces[i + 1][0] : pieces[i + 1][1]].split()
            while source and source[0].lower() in TASK_BREAK:  # "from the Crowd"
                source = source[1:]
            if 1 <= len(source) <= 3:
                name = " ".join(w if (w.isupper() or is_namey(w)) else w.lower()
                                for w in [*words, "from", *source])  # fmt: skip
                out.append((offset + title.index(words[0], a), offset + pieces[i + 1][1], name))
                continue
        # a verb inside the chunk starts the task after it: "Sequences Improves Code Synthesis",
        # "Intrinsic Dimensionality Explains the Effectiveness of ..." (a clause verb ending in
        # -s, the -s form or "surpass": its base form may be a noun, "Affect Recognition", and
        # so may the -s form, "Human Remains Detection", _PLURAL_NOUN_VERBS); and so does a
        # modifier naming the means: "Attention-Enhanced Text-Video Retrieval"
        noun: Any  # (a flag here; below, the noun a leading gerund becomes, or None)
        for k in range(len(words) - 1, 0, -1):
            lw = words[k].lower()
            noun = lw in _PLURAL_NOUN_VERBS and (lw == "analyses" or (
                k == len(words) - 2 and words[-1].lower() in TASK_HEAD_SET))  # "Remains Detection"
            clause = lw[-1] == "s" and lw in clause_verbs() and not noun
            if (clause or lw in _CHUNK_VERBS
                    or (lw.endswith("ed") and "-" not in lw and lw not in _ED_KEEP)
                    or (_MEANS_MODIFIER.search(lw) and k < len(words) - 2)):  # fmt: skip
                a = title.index(words[k], a) + len(words[k])
                words = words[k + 1 :]
                while clause and words and words[0].lower() in TASK_BREAK:  # "Explains the Effectiveness"
                    a = title.index(words[0], a) + len(words[0])
                    words = words[1:]
                break
        if len(words) >= 3 and _MEANS_MODIFIER.search(words[0].lower()):
            a = title.index(words[0], a) + len(words[0])  # "Schema-Driven Information Extraction"
            words = words[1:]
        if not words:
            continue
        name_words = list(words)
        first = name_words[0].lower()
        if (to_verb and words and words[-1].lower() not in _ING_NOUNS
                and (words[-1].lower() == "problems"
                     or (words[-1].lower() not in TASK_HEAD_SET and _plain_object(words, title, b)))):
            # "to Solve General Optimization Problems" -> "optimization problem solving"
            name_words = words[:-1] + [_singular(words[-1]), to_verb]
            first = name_words[0].lower()
        if (first.endswith("ing") or is_adverb(first)) and len(name_words) > 1:
            verb_noun = nominalizations()[0].get(first)
            noun = _GERUND_NOUN.get(first) or verb_noun
            # a title (or its part after the colon) that opens with one of these verbs acts
            # on its object: "Scaling Test-Time Compute", "Fine-Tuning Diffusion Models"
            opens = (first in OBJECT_GERUNDS and a == pieces[i][0]
                     and (i == 0 or seps[i - 1] == ":")
                     and (first != "learning" or _singular(name_words[-1]).lower() in _LEARNED_THINGS))  # fmt: skip
            if opens:
                noun = first
            rest = name_words[1:]
            while rest and (rest[0].lower() in TASK_BREAK or is_adverb(rest[0].lower())
                            or rest[0].lower() in _POSSESSIVES
                            or rest[0].lower() in TASK_LEAD_QUALIFIERS and len(rest) > 2):  # fmt: skip
                if (verb_noun or opens) and rest[0].lower() in _OBJECT_NOUNS or (
                        opens and rest[0].lower() in _TITLE_NOUN_MODIFIERS):
                    break  # "Modeling Feature Interactions": the noun opens the object
                rest = rest[1:]
            if not rest:
                continue
            rest_head = rest[-1].lower()
            if seps[i] == "of" and not plain_object_head(rest_head):
                continue  # "Evaluating the State of Code Search": the object comes after "of"
            # not "Training Complex Models" (any model), "Training 10 Million Identities",
            # "Scaling Dense and Sparse Transformers" (the object goes on after "and")
            acts = (opens and _plain_object(rest, title, b) and seps[i] != "and"
                    and not (len(rest) == 1 and is_generic_phrase(rest[0]))
                    and not any(w[0].isdigit() for w in rest))  # fmt: skip
            if rest_head in _NOT_TASK_HEADS and not (
                    (acts or (verb_noun and verb_noun != first)) and rest_head in _OBJECT_HEADS):
                # "Reasoning Language Models": the gerund modifies a thing; but
                # "Evaluating Language Models" acts on them
                continue
            if noun == first:
                if rest_head.endswith(_NOMINAL_ENDINGS) or rest_head in TASK_HEAD_SET:
                    noun = None  # "Scaling Model Merging": the rest already names the task
                elif not acts and not (verb_noun and _PLURAL_OBJECT.fullmatch(rest[-1])
                                       and rest_head not in _NOT_TASK_HEADS
                                       and _plain_object(rest, title, b)):  # fmt: skip
                    continue  # "Scaling Laws": a noun phrase about the gerund, not a task
            if noun and noun == verb_noun and first not in _GERUND_NOUN:
                if rest_head in TASK_HEAD_SET or rest_head in _ING_NOUNS:
                    noun = None  # "Assessing Self-Supervised Learning": the rest is the task
                elif not _plain_object(rest, title, b):
                    continue
            if noun:
                rest = rest[:-1] + [_singular(rest[-1])]  # "Detecting Objects" -> "object detection"
            name_words = rest + ([noun] if noun else [])
        elif first.endswith("ing") and first not in _ING_NOUNS and first not in TASK_HEAD_SET:
            continue  # a lone gerund: "Recurring"
        head = name_words[-1].lower()
        if head[-1:] == "s" and head[:-1] in TASK_HEAD_SET and len(name_words) > 1:
            head = head[:-1]  # "Memory Optimizations": the task in the singular
            name_words = [*name_words[:-1], name_words[-1][:-1]]
        if not (head.endswith(_NOMINAL_ENDINGS) or head in TASK_HEAD_SET) or head in _NOT_TASK_HEADS:
            if (topics is not None and len(words) >= 2 and name_words == words
                    and head not in _NOT_TASK_HEADS
                    and not any(is_namey(w) or w.isupper() for w in words)
                    and not is_generic_phrase(" ".join(words))):  # fmt: skip
                # "Model Growth": a plain noun phrase, maybe the topic (the caller decides)
                name = " ".join(w.lower() for w in words)
                topics.append((offset + title.index(words[0], a), offset + b, name))
            continue
        if len(name_words) == 1 and head.endswith("ing") and head not in _ING_NOUNS:
            continue  # "Designing": a lone verb
        if len(name_words) > 6 or is_generic_phrase(" ".join(name_words)):
            continue
        if len(name_words) == 1 and (name_words[0].isupper() or is_namey(name_words[0])):
            continue
        if (len(name_words) == 1 and shared and shared[0] == i - 1 and seps[i - 1] == "and"
                and head in _action_heads()):  # fmt: skip
            # "Video Object Detection and Tracking": the second action acts on the same object
            name_words = [*shared[1], name_words[0]]
        start = title.index(words[0], a)
        name = " ".join(w if (w.isupper() or is_namey(w)) else w.lower() for w in name_words)
        name = llm_short(name, chunk)
        out.append((offset + start, offset + b, name))
        # (read only by the next chunk, and only after "and")
        shared = (i, name_words[:-1]) if seps[i] == "and" and _shares_object(name_words) else None
    return out
