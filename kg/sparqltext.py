"""Just enough SPARQL lexing for the protocol and the store: find dataset clauses, add USING
clauses, name undeclared prefixes in a syntax error (the store's and the endpoint's).

pyoxigraph's Python API takes a query's dataset as arguments but has no such
arguments for updates, and it lets ``use_default_graph_as_union`` override a
query's own ``FROM``. So the protocol layer looks at the text itself: tokens at
brace depth 0, skipping strings, IRIs and comments, are enough to see the
query's ``FROM``/``FROM NAMED`` and an update's ``WITH``/``USING``/``WHERE``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kg.errors import QueryError

# fmt: off
_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]*)
  | (?P<name>[\w][\w\-.:%\u00b7]*|:[\w\-.:%]*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
# fmt: on


def _tokens(text: str) -> Iterator[tuple[str, str, int, int, int]]:
    """(kind, text, start, end, depth) for every token except white space and comments."""
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        if kind == "close":
            depth -= 1
        yield kind, m.group(), m.start(), m.end(), depth
        if kind == "open":
            depth += 1


def _keywords(text: str) -> Iterator[tuple[str, int, int]]:
    """Upper-cased names at brace depth 0, with their positions."""
    for kind, token, start, end, depth in _tokens(text):
        if depth == 0 and kind == "name":
            yield token.upper(), start, end


def has_dataset_clause(query: str) -> bool:
    """Whether a query names its own dataset with ``FROM`` or ``FROM NAMED``.

    >>> has_dataset_clause("SELECT ?from FROM <g> { ?s ?p 'FROM' }"), has_dataset_clause("ASK {}")
    (True, False)
    """
    if "FROM" not in query.upper():  # the common case, without tokenizing (a hot path)
        return False
    return any(word == "FROM" for word, _, _ in _keywords(query))


def has_service(query: str) -> bool:
    """Whether a query calls another endpoint with ``SERVICE`` (at any depth).

    >>> has_service("SELECT * { ?s ?p ?o SERVICE <http://x/sparql> { ?s ?q ?r } }")
    True
    >>> has_service("SELECT ?service { ?service a 'SERVICE' }")
    False
    """
    if "SERVICE" not in query.upper():  # the common case, without tokenizing (a hot path)
        return False
    return any(kind == "name" and token.upper() == "SERVICE" for kind, token, *_ in _tokens(query))


def undeclared_prefixes(text: str, known: Iterable[str]) -> list[tuple[str, int]]:
    r"""The prefixes a query or update uses (``wd:Q5``) that neither it nor ``known`` declares,
    each once, with the line of its first use.

    >>> undeclared_prefixes("PREFIX x: <http://x/>\nSELECT * { ?s x:a wd:Q5 ; rdfs:label 'a:b' }", ["rdfs"])
    [('wd', 2)]
    """
    declared = set(known)
    found: dict[str, int] = {}
    declaring = False
    for kind, token, start, _, _ in _tokens(text):
        if kind != "name":
            declaring = False
            continue
        prefix, colon, _ = token.partition(":")
        if declaring:
            declared.add(prefix)
            declaring = False
        elif token.upper() == "PREFIX":
            declaring = True
        elif colon and prefix != "_" and prefix not in found:  # (_:b is a blank node)
            found[prefix] = text.count("\n", 0, start) + 1
    return [(prefix, line) for prefix, line in found.items() if prefix not in declared]


def syntax_error_message(kind: str, text: str, error: SyntaxError, known: Iterable[str]) -> str:
    """What to tell a client whose query (``kind`` "query") or update does not parse.

    The parser's own message names the line and column but, for a prefix nobody declared
    (a Wikidata habit: ``wdt:P31``), lists what it expected there ("expected OPTIONAL", or a
    page of character classes); so such prefixes are named first, with what is predeclared.
    """
    known = sorted(known)
    parser = _short_parser_message(str(error))
    unknown = undeclared_prefixes(text, known)
    if not unknown:
        return f"malformed {kind}: {parser}"
    names = ", ".join(f"{prefix}: (line {line})" for prefix, line in unknown)
    first = unknown[0][0]
    return (f"malformed {kind}: undeclared prefix {names}; declare it (PREFIX {first}: <IRI>) or write the "
            f"full IRI; predeclared here: {', '.join(p + ':' for p in known)} (parser: {parser})")  # fmt: skip


def _short_parser_message(message: str) -> str:
    r"""The parser's message without the page of Unicode character classes it can end with
    ("expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' | '\u{00B7}' ...").

    >>> _short_parser_message("error at 1:9: expected one of LATERAL, [_]")
    'error at 1:9: expected one of LATERAL, [_]'
    >>> _short_parser_message("error at 2:13: expected one of Prefix not found, ['%'], " + "['a'..'z'] " * 30)
    'error at 2:13: expected one of Prefix not found, ...'
    """
    if len(message) <= 200:
        return message
    cut = message.find("['")
    return (message[:cut].rstrip(", ") if cut > 0 else message[:200]) + ", ..."


def _block_end(text: str, start: int) -> int:
    """The position after the ``{...}`` block that starts at or after ``start``."""
    for kind, _, _, end, depth in _tokens(text[start:]):
        if kind == "close" and depth == 0:
            return start + end
    raise QueryError("malformed update: unbalanced braces")


def add_using(update: str, using: list[str], using_named: list[str]) -> str:
    """Apply the protocol's ``using-graph-uri``/``using-named-graph-uri`` to an update.

    Adds ``USING``/``USING NAMED`` clauses before the ``WHERE`` of every
    DELETE/INSERT operation (``DELETE WHERE`` short forms are expanded first).
    ``using`` and ``using_named`` are IRIs already written as ``<...>``.

    :raises QueryError: if the update has its own ``USING`` or ``WITH``
        (SPARQL 1.1 Protocol §2.2.3 makes that an error).

    >>> add_using("INSERT { ?s a <C> } WHERE { ?s a <D> }", ["<g>"], [])
    'INSERT { ?s a <C> } USING <g> WHERE { ?s a <D> }'
    >>> add_using("DELETE WHERE { ?s ?p ?o }", [], ["<n>"])
    'DELETE { ?s ?p ?o } USING NAMED <n> WHERE { ?s ?p ?o }'
    >>> add_using("DELETE { ?s ?p 1 } where { ?s ?p 1 }; CLEAR ALL", ["<a>", "<b>"], [])
    'DELETE { ?s ?p 1 } USING <a> USING <b> where { ?s ?p 1 }; CLEAR ALL'
    """
    if not using and not using_named:
        return update
    clause = " ".join([f"USING {g}" for g in using] + [f"USING NAMED {g}" for g in using_named])
    out: list[str] = []
    last = 0
    previous = ""  # the token before, at any depth
    for kind, token, start, end, depth in _tokens(update):
        word = token.upper() if kind == "name" and depth == 0 else ""
        if word in ("USING", "WITH"):
            raise QueryError(
                f"the update has its own {word} clause, so it cannot also take "
                "using-graph-uri or using-named-graph-uri parameters"
            )
        if word == "WHERE" and start >= last:
            if previous == "DELETE":  # DELETE WHERE { P } means DELETE { P } WHERE { P }
                block_end = _block_end(update, end)
                block = update[end:block_end].strip()
                out.append(update[last:start] + block + " " + clause + " WHERE " + block)
                last = block_end
            else:
                out.append(update[last:start] + clause + " ")
                last = start
        previous = token.upper()
    out.append(update[last:])
    return "".join(out)
