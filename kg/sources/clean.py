"""Pure cleanup of titles, abstracts, authors and dates as found in input files.

Abstracts arrive as LaTeX source (arXiv), HTML fragments (publisher feeds) or
plain text wrapped at 80 columns. :func:`clean_text` turns all of them into one
line of NFC Unicode text, which is what extraction offsets refer to. It runs on
every abstract, so each step is one precompiled regex, and steps are skipped
when the characters they need are absent.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import html
import re
import unicodedata

from kg.rdf import title_key
from kg.text import SURROGATE

# fmt: off
# Control words that stand for one character. Greek first, then math, then text.
# (\ue003 is a placeholder for "~", which would otherwise become a space later.)
_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
    "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "φ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    "times": "×", "div": "÷", "pm": "±", "mp": "∓", "cdot": "·", "cdots": "⋯", "ldots": "…",
    "dots": "…", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠",
    "approx": "≈", "sim": "\ue003", "simeq": "≃", "equiv": "≡", "propto": "∝", "ll": "≪",
    "gg": "≫", "lesssim": "≲", "gtrsim": "≳", "rightarrow": "→", "to": "→", "leftarrow": "←",
    "gets": "←", "Rightarrow": "⇒", "Leftarrow": "⇐", "leftrightarrow": "↔",
    "Leftrightarrow": "⇔", "mapsto": "↦", "uparrow": "↑", "downarrow": "↓", "infty": "∞",
    "in": "∈", "notin": "∉", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
    "supseteq": "⊇", "cup": "∪", "cap": "∩", "forall": "∀", "exists": "∃", "neg": "¬",
    "wedge": "∧", "vee": "∨", "land": "∧", "lor": "∨", "partial": "∂", "nabla": "∇",
    "sum": "∑", "prod": "∏", "int": "∫", "sqrt": "√", "circ": "∘", "star": "⋆", "ast": "∗",
    "oplus": "⊕", "otimes": "⊗", "odot": "⊙", "emptyset": "∅", "varnothing": "∅",
    "langle": "⟨", "rangle": "⟩", "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊", "rfloor": "⌋",
    "ell": "ℓ", "hbar": "ℏ", "prime": "′", "mid": "|", "vert": "|", "Vert": "‖",
    "lvert": "|", "rvert": "|", "top": "⊤", "bot": "⊥", "perp": "⊥", "triangle": "△",
    "degree": "°", "textdegree": "°", "checkmark": "✓", "dagger": "†", "ddagger": "‡",
    "S": "§", "P": "¶", "copyright": "©", "textregistered": "®", "texttrademark": "™",
    "pounds": "£", "euro": "€", "textasciitilde": "\ue003", "textbackslash": "\\",
    "textless": "<", "textgreater": ">", "textbar": "|", "textendash": "–",
    "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’", "ss": "ß", "o": "ø",
    "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "l": "ł",
    "L": "Ł", "i": "ı", "j": "ȷ",
}
# Formatting and spacing control words: dropped, their {argument} stays as text.
_DROP = {
    "emph", "textbf", "textit", "texttt", "textsc", "textrm", "textsf", "textsl", "textup",
    "textnormal", "textmd", "mathrm", "mathbf", "mathit", "mathcal", "mathbb", "mathsf",
    "mathtt", "mathfrak", "mathscr", "mathnormal", "boldsymbol", "bm", "text", "mbox",
    "hbox", "operatorname", "underline", "overline", "widehat", "hat", "tilde", "bar",
    "vec", "dot", "ddot", "textsuperscript", "textsubscript", "url", "footnote", "em", "bf",
    "it", "sc", "rm", "sf", "sl", "tt", "small", "normalsize", "large", "Large", "tiny",
    "footnotesize", "scriptsize", "huge", "Huge", "noindent", "bigskip", "medskip",
    "smallskip", "boldmath", "unboldmath", "left", "right", "big", "Big", "bigg", "Bigg",
    "bigl", "bigr", "Bigl", "Bigr", "displaystyle", "textstyle", "scriptstyle", "limits",
    "nolimits", "centering", "raggedright", "protect", "relax", "ensuremath",
    "xspace", "maketitle", "item", "nonumber", "notag", "phantom", "hphantom",
    "vphantom", "mathopen", "mathclose", "mathrel", "mathbin", "mathop", "mathord",
    # font switches and layout words that print nothing (left as words: "LARGE -TrackNet",
    # "itshape collision avoidance", "l0.12textwidth" in sota-arxiv output)
    "LARGE", "itshape", "bfseries", "scshape", "upshape", "slshape", "mdseries", "rmfamily",
    "sffamily", "ttfamily", "normalfont", "selectfont", "indent", "justifying", "raggedleft",
    "sloppy", "clearpage", "newpage", "leavevmode", "nobreakdash", "allowbreak", "strut",
    "textwidth", "linewidth", "columnwidth",
}
# Abbreviation macros papers define for running text (\eg, \ie, \etal): their printed words.
# (Their period is not doubled when the source writes one after the macro: "\etc.")
_TEXT_MACROS = {
    "eg": "e.g.", "ie": "i.e.", "etal": "et al.", "etc": "etc.", "wrt": "w.r.t.", "vs": "vs.",
    "aka": "a.k.a.", "cf": "cf.", "percent": "%", "LaTeX": "LaTeX", "TeX": "TeX",
}
# Spacing and line-breaking control words: become one space.
_SPACE = {
    "quad", "qquad", "enspace", "thinspace", "medspace", "thickspace", "newline", "par",
    "linebreak", "hfill", "vfill", "hskip", "vskip", "break", "smallbreak", "space", "cr",
}
# \' \" ... accents, as combining characters (composed by NFC at the end).
_ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331",
}
# Control symbols (backslash + one non-letter). Escaped $ { } ~ become placeholders
# so the later steps that drop math dollars, braces and ties leave them alone.
_CONTROL_SYMBOLS = {
    "\\": " ", "%": "%", "&": "&", "_": "_", "#": "#", "$": "\ue000", "{": "\ue001",
    "}": "\ue002", "~": "\ue003", ",": " ", ";": " ", ":": " ", " ": " ", "\n": " ",
    "\t": " ", "!": "", "/": "", "@": "", "-": "", "(": "", ")": "", "[": "", "]": "",
    "|": "‖",
}
# HTML elements seen in abstracts (publisher feeds, JATS, MathML). Only these are
# stripped, so that text such as "a <b and c> d" or "x<y" is not taken for markup.
_BLOCK_TAGS = {
    "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table",
    "tr", "td", "th", "tbody", "thead", "blockquote", "pre", "section", "title", "abstract",
    "sec", "list", "list-item", "dl", "dt", "dd", "caption", "body", "html", "head",
}
_INLINE_TAGS = {
    "b", "i", "u", "em", "strong", "sub", "sup", "span", "a", "small", "big", "code", "tt",
    "font", "s", "strike", "del", "ins", "mark", "cite", "q", "abbr", "img", "italic",
    "bold", "underline", "sc", "monospace", "inline-formula", "disp-formula", "tex-math",
    "math", "mi", "mo", "mn", "ms", "mtext", "mrow", "msub", "msup", "msubsup", "mfrac",
    "msqrt", "mroot", "mover", "munder", "munderover", "mstyle", "mspace", "mtable", "mtr",
    "mtd", "semantics", "annotation", "label", "ext-link", "xref", "styled-content",
}
_TAG_PREFIXES = {"jats", "mml", "m", "xhtml", "html"}
# fmt: on

_PLACEHOLDERS = {"\ue000": "$", "\ue001": "{", "\ue002": "}", "\ue003": "~", "\ue004": "<"}
_PLACEHOLDER = re.compile("[\ue000-\ue004]")
# Around the word an unknown macro leaves ("\ourM" -> "ourM"), while cleaning: where such words
# are is read off these marks at the end (:func:`clean_text_macros`), then the marks go.
_MACRO_OPEN, _MACRO_CLOSE = "\ue005", "\ue006"
_MARKED = re.compile("\ue005([^\ue005\ue006]*)\ue006")
_STRAY_MARK = re.compile("[\ue005\ue006]")

# C0/C1 controls other than whitespace (become spaces); invisible characters that
# would split a word when searched for (removed), including our own placeholders.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff\ue000-\ue006]")

_HTML_TAG = re.compile(
    r"<(/?)(?:([A-Za-z][\w.-]*):)?([A-Za-z][\w-]*)"
    r"((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=`]+))*)\s*/?>"
)
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Pass 1: accents and control symbols, in one left-to-right scan, as TeX reads them
# (so "\\%" is a line break followed by "%", not a backslash and a percent sign).
_LETTER = r"(?:\\[ij](?![A-Za-z])|[A-Za-z])"
_CONTROL = re.compile(
    r"\\(?:(['\"`^~=.])\s*(?:\{\s*(" + _LETTER + r")\s*\}|(" + _LETTER + r"))"
    r"|([cvuHkrdb])\s*\{\s*(" + _LETTER + r")\s*\}"
    r"|([^A-Za-z]))",
    re.S,
)
# Pass 2: commands whose argument goes too, or is rearranged.
_REMOVED_COMMANDS = (
    r"cite[A-Za-z]*|nocite|ref|eqref|autoref|[cC]ref|pageref|label|[vh]space"
    r"|color|pagecolor|bibliographystyle|bibliography|ccsdesc|keywords|thanks"
    r"|footnote|footnotetext|blfootnote"
    # an image (an emoji logo before the name in a title: "\includegraphics[width=0.5cm]{zorb.png}
    # ZorbNet: ..."): its file name is no text
    r"|includegraphics"
    r"|(?:set|addto)counter\s*\{[^{}]{0,40}\}"  # "\setcounter{footnote}{0}": two arguments
    r"|fontsize\s*\{[^{}]{0,20}\}"  # "\fontsize{16pt}{10pt}\selectfont" left "16pt10pt" in titles
)
_HAS_REMOVED = re.compile(r"\\(?:" + _REMOVED_COMMANDS + ")")
_REMOVED_WITH_ARG = re.compile(
    r"[ \t]*~?\\(?:" + _REMOVED_COMMANDS + r")\*?"
    r"\s*(?:\[[^\]]{0,200}\]\s*)*\{(?:[^{}]|\{[^{}]{0,300}\}){0,1000}\}"  # bounded; one level of nesting
)
# Environments whose content is not abstract text (arXiv 1905.xxxx abstracts carry
# ACM CCS XML); other \begin{...} and \end{...} are dropped, their content kept.
_DROPPED_ENVIRONMENTS = ("CCSXML", "comment")
_ENVIRONMENT = re.compile(r"\\(?:begin|end)\s*\{[^{}]{0,100}\}")
_FRAC = re.compile(r"\\[dt]?frac\s*(?:\{([^{}]*)\}\s*\{([^{}]*)\}|(\d)\s*(\d))")
_FOOTNOTEMARK = re.compile(r"\\footnotemark\s*(?:\[[^\]]{0,20}\])?")
# LMCS titles mark their first-page footnote with "\rsuper *" (or "\rsuper{*}", "\rsuper a"); it
# left "Probabilistic Systemsrsuper *" in 12 of 686 sota-arxiv titles.
_RSUPER = re.compile(r"\\rsuper(?![A-Za-z])\s*(?:\{[^{}]{0,20}\}|[*a-z](?![A-Za-z]))?")
# (\textcolor[rgb]{1,0,0}{..}: a colour model's argument too)
_HREF = re.compile(r"\\(?:href\s*\{[^{}]*\}|textcolor\s*(?:\[[^\]]{0,20}\]\s*)?\{[^{}]*\})")
# Source TeX skips, and layout words with a number ("\looseness=-1", "\\\\*[\parskip]"): no text.
_IFFALSE = re.compile(r"\\iffalse(?![A-Za-z]).*?(?:\\fi(?![A-Za-z])|$)", re.S)
_LAYOUT_NUMBER = re.compile(r"\\looseness\s*=?\s*-?\d+|\\\\\*?\s*\[[^\]]{0,30}\]")
# "\texorpdfstring{TeX}{plain}": the plain text (the TeX one is math or markup)
_TEXORPDF = re.compile(
    r"\\texorpdfstring\s*\{(?:[^{}]|\{[^{}]*\}){0,200}\}\s*\{((?:[^{}]|\{[^{}]*\}){0,200})\}"
)
_ROMAN_NUMERAL = re.compile(r"\\romannumeral\s*(\d{1,4})(?!\d)")
_ROMAN_VALUES = (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1)
_ROMAN_DIGITS = tuple(zip(_ROMAN_VALUES, "m cm d cd c xc l xl x ix v iv i".split(), strict=True))
_VERB = re.compile(r"\\verb\*?([^A-Za-z\s*])(.*?)\1")
_DEGREE = re.compile(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ(?![A-Za-z]))")
# A control word, and whether "{}" or an argument follows it.
_CONTROL_WORD = re.compile(r"\\([A-Za-z]+)\*?(?:(\s*\{\s*\})|(?=\s*(\{)))?")
# TeX assignments such as "\baselineskip=9pt" left over from a preamble.
_ASSIGNMENT = re.compile(r"\\[A-Za-z]+\s*=\s*-?[\d.]+\s*(?:pt|em|ex|mm|cm|in|bp|sp)(?![A-Za-z])")
# Math: "$$" and "$...$". A pair counts as math if it follows pandoc's rule (no space
# inside the dollars, no digit after) or holds TeX markup, so "$5 and $10" survives.
_DISPLAY_MATH = re.compile(r"\$\$")
_INLINE_MATH = re.compile(r"\$(?:(?=\S)([^$]{1,400})(?<=\S)\$(?!\d)|(?=[^$]{0,400}[\\^_{}])([^$]{0,400})\$)")
# Lookbehinds sit after the literal so the regex engine can jump between candidates.
_TIE = re.compile(r"~(?<![/:]~)")
_TEX_QUOTES = re.compile(r"``([^`]{0,1000}?)''")
_EM_DASH = re.compile(r"---(?<!----)(?!-)")
_EN_DASH = re.compile(r"--(?<!---)(?![->])")
_BRACES = re.compile(r"[{}]")


def clean_text(s: str) -> str:
    r"""One line of clean NFC text from a LaTeX, HTML or plain-text title or abstract.

    Never raises: any string (and ``None``) gives a string.

    >>> clean_text(r"2$\times$ faster, 95\% of \emph{all} runs")
    '2× faster, 95% of all runs'
    >>> clean_text(r"error $\leq 10^{-3}$ for $ \alpha\approx 0.5 $ \cite{x}.")
    'error ≤ 10^-3 for α≈ 0.5.'
    >>> clean_text(r"a ``cut-free'' calculus -- see~[3] --- for" "\n" r"all\\cases")
    'a “cut-free” calculus – see [3] — for all cases'
    >>> clean_text(r"G\"odel and Erd\H{o}s at the Caf\'e; \textbf{Na\"{\i}ve}")
    'Gödel and Erdős at the Café; Naïve'
    >>> clean_text("x<sup>2</sup> &amp; <i>H</i><sub>2</sub>O: a < b &lt; c")
    'x2 & H2O: a < b < c'
    >>> clean_text("costs $5 and $10, e\u0301te\u0301  \n ok")
    'costs $5 and $10, été ok'
    """
    return clean_text_macros(s)[0]


Span = tuple[int, int]


def clean_text_macros(s: str) -> tuple[str, tuple[Span, ...]]:
    r""":func:`clean_text`, and where in the clean text a word stands for a LaTeX macro
    this module does not know: the author's own (``\ourM``, ``\sys{}``), whose printed
    text the abstract does not say. The word is kept as the best guess at that text; the
    spans let the extractor tell it from a name written out (``\textsc{BERT}``, "kNN").

    >>> clean_text_macros(r"We propose \ourM{}-Tiny, unlike \textsc{BERT} (\eg\ in \LaTeX).")
    ('We propose ourM -Tiny, unlike BERT (e.g. in LaTeX).', ((11, 15),))
    """
    if not s:
        return "", ()
    if not isinstance(s, str):
        s = str(s)
    s = _CONTROLS.sub(" ", s)
    if not s.isascii():
        s = _INVISIBLE.sub("", SURROGATE.sub("\ufffd", s))
    if "\\verb" in s:  # before HTML: \verb+<title>+ is literal text, not a tag
        s = _VERB.sub(lambda m: m.group(2).replace("<", "\ue004"), s)
    # Substring tests are much cheaper than a regex search; most abstracts need
    # neither the HTML nor the LaTeX steps.
    if "<" in s or "&" in s:
        s = _strip_html(s)
    if _may_be_latex(s):
        s = _strip_latex(s)
    s = " ".join(s.split())  # str.split() is several times faster than re.sub(r"\s+")
    if not s.isascii():
        s = _restore(s)
        if not unicodedata.is_normalized("NFC", s):
            s = unicodedata.normalize("NFC", s)
    return _macro_spans(s) if _MACRO_OPEN in s else (s, ())


def _macro_spans(s: str) -> tuple[str, tuple[Span, ...]]:
    """``s`` without the marks around unknown macros' words, and those words' spans in it."""
    parts, spans, at, i = [], [], 0, 0
    for m in _MARKED.finditer(s):
        before, word = s[i : m.start()], m.group(1)
        at += len(before)
        parts += (before, word)
        if word:
            spans.append((at, at + len(word)))
        at += len(word)
        i = m.end()
    parts.append(s[i:])
    clean = "".join(parts)
    if _STRAY_MARK.search(clean) or not unicodedata.is_normalized("NFC", clean):
        # (a mark that kept an accent from its letter: the text first, spans are a hint)
        return unicodedata.normalize("NFC", _STRAY_MARK.sub("", clean)), ()
    return clean, tuple(spans)


def _may_be_latex(s: str) -> bool:
    return "\\" in s or "$" in s or "{" in s or "}" in s or "~" in s or "``" in s or "--" in s


def _strip_html(s: str) -> str:
    if "<!--" in s:
        s = _drop_between(s, "<!--", "-->")
    s = _HTML_TAG.sub(_replace_tag, s)
    # Only complete entities ("&amp;"), so "R&D" and "&copy" in prose stay as written.
    return _HTML_ENTITY.sub(lambda m: html.unescape(m.group(0)), s)


def _replace_tag(m: re.Match) -> str:
    prefix, name = m.group(2), m.group(3).lower()
    if prefix is not None and prefix.lower() not in _TAG_PREFIXES:
        return m.group(0)
    if name in _BLOCK_TAGS:
        return " "
    if name in _INLINE_TAGS:
        return ""
    return m.group(0)


def _strip_latex(s: str) -> str:
    # Order matters: control symbols first (they protect \$ \{ \} \~), then math
    # dollars (while \commands still mark math), then control words, then ties,
    # quotes, dashes and braces.
    if "\\" in s:
        s = _source_only(s)
        for name in _DROPPED_ENVIRONMENTS:
            if "\\begin{" + name in s:
                s = _drop_between(s, "\\begin{" + name + "}", "\\end{" + name + "}")
        s = _ENVIRONMENT.sub(" ", s)
        s = _CONTROL.sub(_replace_control, s)
    if "$" in s:
        s = _DISPLAY_MATH.sub(" ", s)
        s = _INLINE_MATH.sub(lambda m: m.group(1) or m.group(2) or "", s)
    if "\\" in s:
        s = _latex_commands(s)
    if "~" in s:
        s = _TIE.sub(" ", s)
    if "``" in s:
        s = _TEX_QUOTES.sub("\u201c\\1\u201d", s).replace("``", "\u201c")
    if "--" in s:
        s = _EN_DASH.sub("\u2013", _EM_DASH.sub("\u2014", s))
    if "{" in s or "}" in s:
        s = _BRACES.sub("", s)
    return s


def _source_only(s: str) -> str:
    r"""``s`` without what only the TeX source holds: skipped blocks, layout numbers, the TeX
    side of ``\texorpdfstring``; ``\romannumeral`` as its numeral.

    >>> _source_only(r"A.\looseness=-1 \iffalse hidden \fi (\romannumeral3) \texorpdfstring{$k$}{k}-NN")
    'A.    (iii) k-NN'
    """
    if "\\iffalse" in s:
        s = _IFFALSE.sub(" ", s)
    if "\\texorpdfstring" in s:
        s = _TEXORPDF.sub(r"\1", s)
    if "\\romannumeral" in s:
        s = _ROMAN_NUMERAL.sub(lambda m: _roman(int(m.group(1))), s)
    return _LAYOUT_NUMBER.sub(" ", s)


def _roman(n: int) -> str:
    """Lower-case Roman numeral of n, as ``\romannumeral`` prints it ("" for 0).

    >>> _roman(3), _roman(14), _roman(1999)
    ('iii', 'xiv', 'mcmxcix')
    """
    out = []
    for value, letters in _ROMAN_DIGITS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _drop_between(s: str, start: str, end: str) -> str:
    """``s`` without each ``start ... end`` span; linear, unlike a lazy ``.*?`` regex.

    >>> _drop_between("a <!-- x --> b <!-- open", "<!--", "-->")
    'a   b <!-- open'
    """
    parts, i = [], 0
    while (j := s.find(start, i)) != -1 and (k := s.find(end, j + len(start))) != -1:
        parts += [s[i:j], " "]
        i = k + len(end)
    parts.append(s[i:])
    return "".join(parts)


def _restore(s: str) -> str:
    """Put back the characters that were escaped for the LaTeX steps."""
    if _PLACEHOLDER.search(s):
        s = _PLACEHOLDER.sub(lambda m: _PLACEHOLDERS[m.group(0)], s)
    return s


def _latex_commands(s: str) -> str:
    if _HAS_REMOVED.search(s):  # the full pattern is slow: it may start at any space
        s = _REMOVED_WITH_ARG.sub("", s)
    if "\\footnotemark" in s:
        s = _FOOTNOTEMARK.sub("", s)
    if "\\rsuper" in s:
        s = _RSUPER.sub("", s)
    s = _ASSIGNMENT.sub(" ", s)
    s = _FRAC.sub(lambda m: f"{m.group(1) or m.group(3)}/{m.group(2) or m.group(4)}", s)
    s = _HREF.sub("", s)
    s = _DEGREE.sub("°", s)
    return _CONTROL_WORD.sub(_replace_control_word, s)


def _replace_control(m: re.Match) -> str:
    accent = m.group(1) or m.group(4)
    if accent:
        letter = m.group(2) or m.group(3) or m.group(5)
        # \'{\i} is an accented i: the dotless i only exists to carry the accent.
        base = {"\\i": "i", "\\j": "j"}.get(letter, letter)
        return base + _ACCENTS[accent]
    char = m.group(6)
    return _CONTROL_SYMBOLS.get(char, char)


def _replace_control_word(m: re.Match) -> str:
    name = m.group(1)
    if name in _SYMBOLS:
        return _SYMBOLS[name]
    if name in _DROP:
        return ""
    if name in _SPACE:
        return " "
    if name in _TEXT_MACROS:
        text = _TEXT_MACROS[name]
        if text.endswith(".") and m.string.startswith(".", m.end()):
            text = text[:-1]
        return text + " " if m.group(2) else text
    if m.group(3):
        # Unknown macro with an argument (\acrlong{GNN}): the argument is the text.
        return ""
    # Unknown macro (\NP, \ours{}): its name is the best guess at its text, marked as such.
    word = _MACRO_OPEN + name + _MACRO_CLOSE
    return word + " " if m.group(2) else word


def title_id(title: str) -> str:
    """A stable id for a record that has none: 16 hex digits of the title key's SHA-256.

    >>> title_id("Attention Is All You Need") == title_id("attention is all you need!")
    True
    >>> len(title_id("x"))
    16
    """
    return hashlib.sha256(title_key(title).encode("utf-8")).hexdigest()[:16]


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_PATTERNS = (
    (re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])"), "ymd"),
    (re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[\s-]+" + _MONTH + r"[\s,-]+(\d{4})", re.I), "dmy"),
    (re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I), "mdy"),
)


def normalize_date(value: object) -> str | None:
    """ISO ``YYYY-MM-DD`` for a date in a common notation, else None.

    >>> normalize_date("2023-3-7"), normalize_date("Mon, 2 Apr 2007 19:18:42 GMT")
    ('2023-03-07', '2007-04-02')
    >>> normalize_date("March 11, 2024"), normalize_date("Mar 11"), normalize_date("2023-02-30")
    ('2024-03-11', None, None)
    """
    if not isinstance(value, str) or len(value) > 100:
        return None
    for pattern, order in _DATE_PATTERNS:
        m = pattern.search(value)
        if not m:
            continue
        if order == "ymd":
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        elif order == "dmy":
            y, mo, d = int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))
        else:
            y, mo, d = int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2))
        try:
            return _dt.date(y, mo, d).isoformat()
        except ValueError:
            return None
    return None


_AUTHOR_SPLIT = re.compile(r"\s*;\s*|,?\s+and\s+|\s+&\s+")
# Commas outside parentheses, so "A (MIT, USA), B" is two authors (arXiv style).
_AUTHOR_SPLIT_COMMAS = re.compile(r"\s*;\s*|,?\s+and\s+|\s+&\s+|\s*,\s*(?![^()]*\))")


def commas_separate_names(value: object) -> bool:
    """Whether the commas of one author string separate whole names ("A. Smith, B. Jones") rather
    than a family name from given names ("Smith, Anna"): no semicolon, and every part between
    commas has a space in it (a family name alone has none).

    >>> commas_separate_names("A. Smith, B. Jones"), commas_separate_names("Smith, Anna")
    (True, False)
    >>> commas_separate_names("He, Kaiming; Ren, Shaoqing")
    False
    """
    if not isinstance(value, str) or "," not in value or ";" in value:
        return False
    return all(" " in part.strip() for part in value.split(","))


def split_authors(value: str, *, commas: bool = True) -> tuple[str, ...]:
    """Author names from one string: split on ``;``, `` and `` and (optionally) commas.

    >>> split_authors("A. Smith, B. Jones and C. Lee (MIT, USA)")
    ('A. Smith', 'B. Jones', 'C. Lee (MIT, USA)')
    >>> split_authors("Smith, Anna; Lee, Bo", commas=False)
    ('Smith, Anna', 'Lee, Bo')
    """
    pattern = _AUTHOR_SPLIT_COMMAS if commas else _AUTHOR_SPLIT
    names = (clean_text(part) for part in pattern.split(value))
    return tuple(name for name in names if name)
