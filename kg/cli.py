"""The ``kg`` command. It parses options, builds settings, calls one function, reports.

Exit codes: 0 success (a run that skipped bad records under --on-error=skip
still exits 0 and says how many); 1 a failure the user can fix (bad input,
locked store, bad query, validation errors); 2 bad usage; 130 interrupted
(Ctrl-C; the message says what was written).
"""

from __future__ import annotations

import contextlib
import csv
import json
import logging
import os
import shlex
import sys
import tempfile
from pathlib import Path

import click

from kg import __version__
from kg.errors import Interrupted, MlkgError, QueryError
from kg.settings import Settings, load_settings

ON_ERROR = click.Choice(["fail", "skip"])
INPUT_FORMATS = click.Choice(["daily", "jsonl", "json", "csv", "arxiv"])


def _categories(ctx, param, values) -> tuple[str, ...]:
    from kg.sources import parse_categories

    try:
        return parse_categories(values)
    except ValueError as e:
        raise click.BadParameter(str(e), ctx=ctx, param=param) from None


# The arXiv snapshot holds every field of science: a build of all of it extracts millions of
# physics and mathematics abstracts, so its readers pick categories first.
category_option = click.option(
    "--category", "categories", multiple=True, metavar="CAT", callback=_categories,
    help="Keep only papers in these arXiv categories (cs.LG, stat.ML; cs for every cs.*); "
         "repeat it or separate with commas [default: all papers].",
)  # fmt: skip


def _left_out_note(categories: tuple[str, ...], left_out: int) -> str | None:
    """What a category filter left out, for a command's summary line (None without a filter)."""
    return f"{left_out} outside the categories left out" if categories else None


class KgGroup(click.Group):
    """Turns every MlkgError, and every OSError of a file the user named, into a one-line
    message and exit code 1 (no traceback)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except Interrupted as e:  # Ctrl-C: what was left, and the shell's code for SIGINT
            click.echo(f"Error: {e}", err=True)
            ctx.exit(130)
        except KeyboardInterrupt:  # Ctrl-C elsewhere (click would print "Aborted!" and exit 1)
            click.echo("Error: interrupted", err=True)
            ctx.exit(130)
        except MlkgError as e:
            raise click.ClickException(str(e)) from None
        except BrokenPipeError:
            raise  # click's main() ends quietly when a pipe reader (| head) goes away
        except OSError as e:
            # an output in a missing directory, a full disk, no permission: name the file
            where = f"{e.filename}: " if e.filename else ""
            raise click.ClickException(f"{where}{e.strerror or e}") from None


@click.group(cls=KgGroup, epilog="Exit codes: 0 success, 1 failure you can fix (message says how), 2 bad usage, 130 interrupted (Ctrl-C).")
@click.version_option(__version__, prog_name="kg")
@click.option("--store", "store", metavar="DIR|URL", help="Store directory, or URL of a SPARQL server [default: ./kg-data; env MLKG_STORE].")
@click.option("--base-iri", metavar="IRI", help="Base IRI of minted data [default: https://w3id.org/mlkg/; env MLKG_BASE_IRI].")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or info messages.")
@click.pass_context
def cli(ctx, store, base_iri, verbose, quiet):
    """mlkg: turn ML paper abstracts into a queryable knowledge graph.

    Typical use: kg build papers.jsonl, then kg query leaderboard -p dataset=ImageNet,
    kg serve, or kg export --format nt --gzip -o dump.nt.gz.
    """
    level = logging.WARNING if quiet else (logging.INFO, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.obj = {"settings": load_settings(store=store, base_iri=base_iri), "quiet": quiet}


def _settings(ctx) -> Settings:
    return ctx.obj["settings"]


def _open_store(ctx, read_only: bool = False):
    """The store named by --store / MLKG_STORE: a directory, or the URL of a SPARQL server."""
    from kg.store import open_store

    location = _settings(ctx).store
    remote = location.startswith(("http://", "https://"))
    if read_only and not remote and not Path(location).exists():
        raise MlkgError(f"{location}: no store here; build one with `kg build PATH...` or pass --store")
    return open_store(location, read_only=read_only)


def _echo_skipped(skipped: list[str]) -> None:
    if skipped:
        click.echo(f"skipped {len(skipped)} bad record(s):", err=True)
        for message in skipped[:20]:
            click.echo(f"  {message}", err=True)
        if len(skipped) > 20:
            click.echo(f"  ... and {len(skipped) - 20} more", err=True)


# ---------------------------------------------------------------- build / extract / eval


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--on-error", type=ON_ERROR, default="fail", show_default=True,
              help="On a bad record: stop before writing anything, or skip it and go on.")
@click.option("--format", "input_format", type=INPUT_FORMATS, help="Input format [default: detected per file].")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True, help="Extraction processes.")
@click.option("--bulk/--no-bulk", default=None,
              help="Load through N-Quads shards and bulk_load [default: only for a first build of 5,000+ papers].")
@category_option
@click.pass_context
def build(ctx, paths, on_error, input_format, workers, bulk, categories):
    """Build or update the graph in the store from input files or directories.

    Formats (detected): the daily-papers page dump, JSON Lines, CSV, the arXiv
    metadata snapshot. A directory is read recursively; its hidden files and documentation
    (README.md, LICENSE, ...) are skipped, with a note naming them. Re-running on the same input changes nothing; a paper
    whose abstract changed has its graph replaced.

    \b
    kg build examples/papers.jsonl
    kg --store ~/mlkg build arxiv-metadata-oai-snapshot.json.gz --category cs.LG,cs.CV,cs.CL --workers 2

    Exit 1 at the first bad record (file:line: reason) before anything is written; with
    --on-error=skip bad records are listed and the exit is 0. Ctrl-C exits 130 and says what
    was written; running the same command again completes the build.
    """
    from kg.build import build as run_build

    settings = _settings(ctx)
    store = _open_store(ctx)
    report = run_build(paths, store, base=settings.base_iri, on_error=on_error,
                       input_format=input_format, workers=workers, quiet=ctx.obj["quiet"], bulk=bulk,
                       categories=categories)  # fmt: skip
    _echo_skipped(report.skipped)
    rate = report.papers_read / report.seconds if report.seconds else 0
    off = _left_out_note(categories, report.off_category)
    click.echo(
        f"{report.papers_read} unique papers ({report.duplicates} duplicates dropped{f', {off}' if off else ''}): "
        f"{report.loaded} written, {report.unchanged} unchanged, in {report.seconds:.1f}s "
        f"({rate:.0f} papers/s); store {settings.store}",
        err=True,
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), required=True,
              help="Directory for the shards (shared by all workers on a real cluster).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler to use, e.g. tcp://10.0.0.5:8786.")
@click.option("--local-workers", type=click.IntRange(1), default=2, show_default=True,
              help="Without --scheduler: worker processes of a local Dask cluster.")
@click.option("--partition-size", type=click.IntRange(1), default=2000, show_default=True, help="Papers per task.")
@click.option("--on-error", type=ON_ERROR, default="skip", show_default=True, help="On a bad record: stop, or skip it.")
@category_option
@click.pass_context
def shard(ctx, paths, out_dir, scheduler, local_workers, partition_size, on_error, categories):
    """Extract on a Dask cluster into N-Quads shards; then `kg load DIR/*.nq`.

    Needs the `cluster` extra (pip install 'mlkg[cluster]'). The shards are
    plain N-Quads, so any store's bulk loader can take them.

    \b
    kg shard papers/ -o shards/ --local-workers 4 && kg load shards/*.nq
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise MlkgError("kg shard needs Dask: pip install 'mlkg[cluster]'") from None
    from kg.distributed import shard as run_shard

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=local_workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0")  # fmt: skip
        client = Client(cluster)
    stats: dict = {}
    try:
        paths_out = run_shard(paths, out_dir, client, partition_size=partition_size, base=_settings(ctx).base_iri,
                              on_error=on_error, categories=categories, stats=stats)  # fmt: skip
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    left_out = _left_out_note(categories, stats.get("off_category", 0))
    click.echo(f"wrote {len(paths_out)} N-Quads files to {out_dir}" + (f" ({left_out})" if left_out else ""), err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def load(ctx, files):
    """Bulk-load RDF files (N-Quads shards, dumps; .gz allowed) into the store.

    \b
    kg --store kg-data load shards/*.nq
    kg --store copy load mlkg.nq.gz    # a dump from `kg export --format nq`
    """
    from kg.distributed import load_shards

    store = _open_store(ctx)
    if not hasattr(store, "load"):
        raise MlkgError("kg load bulk-loads into a local store; for a server use its own loader")
    n = load_shards(store, files, base=_settings(ctx).base_iri)
    click.echo(f"loaded {n} file(s); the store now holds {len(store)} quads", err=True)


@cli.command()
@click.pass_context
def refresh(ctx):
    """Recompute the derived leaderboards graph from the results in the store.

    `kg build` and `kg load` keep it up to date; run this after changing results
    another way (SPARQL Update on a server started with --allow-updates, a
    foreign loader).

    \b
    kg --store kg-data refresh
    """
    from tqdm import tqdm

    from kg.rdf import IriScheme

    location = _settings(ctx).store
    if not location.startswith(("http://", "https://")) and not Path(location).exists():
        # (it made an empty store there and said "0 entries")
        raise MlkgError(f"{location}: no store here to refresh; pass --store, or build one with `kg build PATH...`")
    store = _open_store(ctx)
    pairs = store.all_board_pairs()
    show = sys.stderr.isatty() and not ctx.obj["quiet"]
    with tqdm(total=len(pairs), unit="board", desc="leaderboards", disable=not show, file=sys.stderr) as bar:
        entries = store.refresh_leaderboards(IriScheme(_settings(ctx).base_iri), pairs, progress=bar.update)
    store.clear_boards_pending(IriScheme(_settings(ctx).base_iri))  # (left by an interrupted build)
    store.flush()
    click.echo(f"recomputed the leaderboards: {entries} entries", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Output JSON Lines file (- for stdout).")
@click.option("--on-error", type=ON_ERROR, default="fail", show_default=True, help="On a bad record: stop, or skip it.")
@click.option("--format", "input_format", type=INPUT_FORMATS, help="Input format [default: detected per file].")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True, help="Extraction processes.")
@click.option("--no-link", is_flag=True, help="Keep surface names (no corpus-level linking).")
@category_option
@click.pass_context
def extract(ctx, paths, output, on_error, input_format, workers, no_link, categories):
    """Extract methods, datasets, metrics, tasks and results to JSON Lines.

    One line per paper, carrying the input id: the extraction output contract
    that `kg eval` and the gold scorer read.

    \b
    kg extract examples/papers.jsonl -o out.jsonl
    kg extract papers.csv daily-dumps/ --on-error=skip | jq .results

    OUTPUT is replaced only when the run succeeds. Exit 1 at the first bad record
    (file:line: reason); with --on-error=skip bad records are listed and the exit is 0.
    """
    from kg.build import extract_papers

    stats: dict = {}
    existed = output != "-" and Path(output).exists()
    try:
        with _replaced_on_success(output) as out:
            n, skipped = extract_papers(paths, out, on_error=on_error, input_format=input_format, workers=workers,
                                        quiet=ctx.obj["quiet"], link_names=not no_link, stats=stats,
                                        categories=categories)  # fmt: skip
    except KeyboardInterrupt:
        # one line saying what the output is (the workers ignore Ctrl-C; the pool is stopped)
        if output == "-":
            left = "the lines written to stdout, if any, are not the whole output"
        else:
            left = f"{output} was left as it was" if existed else f"{output} was not written"
        raise Interrupted(f"interrupted: {left}") from None
    _echo_skipped(skipped)
    notes = [f"{stats.get('duplicates', 0)} duplicates dropped"] if stats.get("duplicates") else []
    if left_out := _left_out_note(categories, stats.get("off_category", 0)):
        notes.append(left_out)
    click.echo(f"extracted {n} papers" + (f" ({', '.join(notes)})" if notes else ""), err=True)


@contextlib.contextmanager
def _replaced_on_success(output: str):
    """OUTPUT opened for writing text through a temporary file beside it that replaces it only
    when the block succeeds: a bad record, an error or Ctrl-C leaves an existing OUTPUT as it
    was, not empty or cut off (click's ``atomic=True`` renames even on an exception). "-" is stdout."""
    target = Path(output).resolve() if output != "-" else None  # (a symlink's file is replaced, not the link)
    if target is None or (target.exists() and not target.is_file()):
        # stdout, a FIFO, /dev/null: written as it comes (renaming a file over one would replace it)
        with click.open_file(output, "w", encoding="utf-8") as out:
            yield out
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as e:  # a missing directory, no permission: name OUTPUT, not the temporary file
        raise OSError(e.errno, e.strerror, output) from None
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # as open() would make it (mkstemp makes it private)
    try:
        with open(fd, "w", encoding="utf-8") as out:
            yield out
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("predicted", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--diff", is_flag=True, help="Also show, per paper, what was missed (-) and spurious (+).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.pass_context
def evaluate(ctx, gold, predicted, diff, as_json):
    """Score extraction against a gold file: per-field precision, recall, F1.

    PREDICTED is an extraction output file (from `kg extract`), or input files
    to extract now. An empty gold file, or a prediction with none of the gold
    papers (by id, else title), is an error (exit 1).

    \b
    kg eval gold.jsonl out.jsonl --diff
    kg eval gold.jsonl papers.jsonl --json    # extracts papers.jsonl first
    """
    import io

    from kg.build import extract_papers, looks_like_extractions, read_extractions
    from kg.evaluate import format_diff, score

    gold_records = read_extractions(gold)
    if not gold_records:  # scores against nothing would read 1.0
        raise MlkgError(f"{gold}: no gold papers in it (empty file?); nothing to score against")
    if len(predicted) == 1 and looks_like_extractions(predicted[0]):
        pred_records = read_extractions(predicted[0])
    else:
        buffer = io.StringIO()
        extract_papers(predicted, buffer, on_error="skip", quiet=ctx.obj["quiet"])
        pred_records = [json.loads(line) for line in buffer.getvalue().splitlines()]
    result = score(gold_records, pred_records)
    if result.missing == result.papers:  # every score would be 0 for a reason that is not extraction
        where = ", ".join(predicted)
        raise MlkgError(f"{where}: none of the {result.papers} gold papers is in the prediction "
                        f"(matched by id, else title, against {gold}; do the ids differ, or is it the "
                        "wrong file?)")  # fmt: skip
    if as_json:
        scores = result.to_json()
        if diff:  # in the JSON, so that stdout stays one JSON document
            scores["diff"] = [{"title": d.title, "missed": d.missed, "spurious": d.spurious,
                               "mismatched": d.mismatched} for d in result.diffs]  # fmt: skip
        click.echo(json.dumps(scores, indent=1))
        return
    click.echo(result.table())
    if diff:
        click.echo()
        click.echo(format_diff(result))


# ---------------------------------------------------------------- query


def _cell(term) -> str:
    if term is None:
        return ""
    return term.value


def _param_dict(params: tuple[str, ...]) -> dict[str, str]:
    """``-p NAME=VALUE`` options as a dict."""
    raw = {}
    for p in params:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not NAME=VALUE", param_hint="-p/--param")
        k, v = p.split("=", 1)
        raw[k.strip()] = v
    return raw


def _is_file(path: Path) -> bool:
    """Whether PATH names a file; an inline query too long to be a file name is none (the OS
    refuses such a name with ENAMETOOLONG instead of saying it does not exist)."""
    try:
        return path.is_file()
    except OSError:
        return False


def _read_query(ctx, query: str, raw: dict[str, str]):
    """Inline SPARQL, a file, or the name of a named query; returns (text, substitutions, the
    named query or None)."""
    from kg.queries import PAGE, MissingParameter, bind_params, load_queries

    named = load_queries()
    if query in named:
        if PAGE not in raw and any(p.name == PAGE for p in named[query].params):
            raw = {**raw, PAGE: ""}  # a script gets the whole answer; the web answers a page at a time
        try:
            return named[query].text, bind_params(named[query], raw, base=_settings(ctx).base_iri), named[query]
        except MissingParameter as e:  # bad usage: exit 2 like a missing option
            raise click.UsageError(f"{e} (give it with -p; see kg query --list)") from None
    if raw:
        raise MlkgError(f"parameters need a named query; known: {', '.join(named)}")
    path = Path(query)
    if query.endswith((".rq", ".sparql")) or _is_file(path):
        if not path.exists():
            raise MlkgError(f"{query}: no such query file")
        return path.read_text(encoding="utf-8-sig"), None, None  # (-sig: Notepad's byte-order mark)
    if not any(k in query.upper() for k in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        if any(k in query.upper() for k in ("INSERT", "DELETE", "LOAD ", "CLEAR ", "DROP ")):
            raise MlkgError("kg query runs SELECT, ASK, CONSTRUCT and DESCRIBE; SPARQL Update goes "
                            "through `kg serve --allow-updates --update-token T` (POST /sparql)")  # fmt: skip
        raise MlkgError(f"{query!r} is neither SPARQL, a query file, nor a named query "
                        f"(named: {', '.join(named)})")  # fmt: skip
    return query, None, None


@cli.command()
@click.argument("query", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Parameter of a named query (repeatable).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output for SELECT/ASK (CONSTRUCT/DESCRIBE print N-Triples, or Turtle with table).")
@click.option("--list", "list_only", is_flag=True, help="List the named queries instead of running QUERY.")
@click.pass_context
def query(ctx, query, params, fmt, list_only):
    """Run SPARQL given inline, from a file, or by the name of a query in queries/.

    \b
    kg query 'SELECT ?m WHERE { ?m a mlkg:Method } LIMIT 5'
    kg query my-query.rq -f csv
    kg query leaderboard -p dataset=ImageNet -p metric="top-1 accuracy"
    kg query papers_proposing -p page=2    # one page of a whole-graph query (default: all of it)
    kg query --list
    """
    from kg.queries import load_queries

    if list_only:
        for q in load_queries().values():
            ps = ", ".join(f"{p.name}{'' if p.required else '?'}" for p in q.params)  # name? = optional
            click.echo(f"{q.name:<22} {q.summary}" + (f"  [{ps}]" if ps else ""))
        return
    if not query:
        raise click.UsageError("give a query: SPARQL text, a .rq file, or a named query (see --list)")
    raw = _param_dict(params)
    text, subs, named = _read_query(ctx, query, raw)
    store = _open_store(ctx, read_only=True)
    if named is not None:  # a plain name given for an entity: the entity that has that name
        from kg.queries import UnknownName, resolve_names

        try:
            resolve_names(named, raw, subs, store, base=_settings(ctx).base_iri)
        except UnknownName as e:
            raise MlkgError(f"{e}; kg query lookup -p q={shlex.quote(e.name)} finds names, acronyms "
                            "and synonyms") from None  # fmt: skip
    try:
        _print_result(store.query(text, substitutions=subs), fmt)
    except QueryError as e:
        if subs is None and text is not query:  # read from a file: say which
            raise QueryError(f"{query}: {e}") from None
        raise
    except (OSError, RuntimeError) as e:
        # Oxigraph evaluates lazily: a SERVICE that cannot be reached, a bad regex in FILTER
        if isinstance(e, BrokenPipeError):
            raise
        raise MlkgError(f"the query failed while running: {e}") from None


def _print_result(result, fmt: str) -> None:
    import pyoxigraph as ox

    out = sys.stdout
    if isinstance(result, ox.QueryBoolean):
        value = bool(result)
        click.echo(json.dumps({"boolean": value}) if fmt == "json" else str(value).lower())
        return
    if isinstance(result, ox.QueryTriples):
        rdf_fmt = ox.RdfFormat.TURTLE if fmt == "table" else ox.RdfFormat.N_TRIPLES
        from kg.export import export_prefixes

        data = ox.serialize(result, format=rdf_fmt,
                            prefixes=export_prefixes() if rdf_fmt == ox.RdfFormat.TURTLE else None)  # fmt: skip
        out.write(data.decode("utf-8"))
        return
    names = [v.value for v in result.variables]
    if fmt == "json":
        data = result.serialize(format=ox.QueryResultsFormat.JSON)
        out.write(data.decode("utf-8") + "\n")
        return
    rows = ([_cell(sol[n]) for n in names] for sol in result)
    if fmt in ("csv", "tsv"):
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return
    _print_table(names, list(rows))


def _print_table(names: list[str], rows: list[list[str]], width: int = 60) -> None:
    from kg.text import aligned_table

    for line in aligned_table(names, rows, width):
        click.echo(line)
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


# ---------------------------------------------------------------- export / validate / stats


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["nt", "nq", "ttl", "trig", "jsonld", "rdfxml"]),
              default="nt", show_default=True, help="RDF format (nt/ttl/rdfxml: union of graphs; nq/trig/jsonld: with graphs).")
@click.option("--gzip", "compress", is_flag=True, help="Compress with gzip.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), required=True,
              help="Output file (- for stdout).")
@click.option("--void/--no-void", default=True, show_default=True,
              help="Write a VoID/DCAT description beside the dump (OUTPUT.void.ttl).")
@click.option("--download-url", metavar="URL", help="Where the dump will be published (goes into the VoID).")
@click.pass_context
def export(ctx, fmt, compress, output, void, download_url):
    """Stream the whole graph as an RDF dump, with a VoID/DCAT description.

    \b
    kg export --format nt --gzip -o mlkg.nt.gz
    kg export --format ttl -o - | head
    """
    from kg.export import describe_dump
    from kg.export import export as run_export
    settings = _settings(ctx)
    store = _open_store(ctx, read_only=True)
    if output == "-":
        info = run_export(store, fmt, sys.stdout.buffer, compress=compress, base=settings.base_iri)
        return
    info = run_export(store, fmt, output, compress=compress, base=settings.base_iri)
    if void:
        Path(output + ".void.ttl").write_text(
            describe_dump(store, info, base=settings.base_iri, download_url=download_url), encoding="utf-8")
    click.echo(f"wrote {info.triples} statements, {info.byte_size} bytes, sha256 {info.sha256} to {output}", err=True)


@cli.command()
@click.option("--max-shown", type=int, default=50, show_default=True, help="Violations to print.")
@click.pass_context
def validate(ctx, max_shown):
    """Check the graph against ontology/shapes.ttl (SHACL); exit 1 on violations.

    \b
    kg --store kg-data validate --max-shown 10
    """
    from kg.validate import validate_store

    violations = validate_store(_open_store(ctx, read_only=True))
    for v in violations[:max_shown]:
        click.echo(str(v))
    if violations:
        raise click.ClickException(f"{len(violations)} SHACL violation(s)")
    click.echo("the graph conforms to ontology/shapes.ttl", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def stats(ctx, as_json):
    """Counts of papers, methods, datasets, metrics, tasks, results and triples.

    \b
    kg stats --json
    """
    counts = _open_store(ctx, read_only=True).stats()
    if as_json:
        click.echo(json.dumps(counts))
        return
    for k, v in counts.items():
        click.echo(f"{k:<12}{v:>10}")


@cli.command()
@click.option("--projection", type=click.Choice(["method-dataset", "method-method", "dataset-task",
              "method-task", "dataset-metric", "entity", "paper-entity"]), default="entity", show_default=True,
              help="Which entities become nodes; edges join entities mentioned by the same papers.")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json"]), default="graphml",
              show_default=True, help="graphml/gexf for Gephi, yEd, Cytoscape; json is node-link.")
@click.option("--min-weight", type=click.IntRange(1), default=1, show_default=True,
              help="Drop edges shared by fewer papers.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), required=True,
              help="Output file (- for stdout, any format).")
@click.pass_context
def graph(ctx, projection, fmt, min_weight, output):
    """Write a networkx projection of the graph for Gephi and other tools.

    Node attributes: label, type, papers; edge attribute: weight (shared papers).

    \b
    kg graph --projection method-dataset --min-weight 2 -o md.graphml
    """
    from kg.graph import paper_graph, write
    from kg.graph import projection as make_projection
    store = _open_store(ctx, read_only=True)
    g = paper_graph(store) if projection == "paper-entity" else make_projection(store, projection, min_weight=min_weight)
    write(g, fmt, sys.stdout.buffer if output == "-" else output)
    if output == "-":
        sys.stdout.buffer.flush()
    where = "stdout" if output == "-" else output
    click.echo(f"wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} edges to {where}", err=True)


# ---------------------------------------------------------------- serve / settings


@cli.command()
@click.option("--host", help="Address to bind [default: 127.0.0.1; env MLKG_HOST].")
@click.option("--port", type=int, help="Port [default: 8000; env MLKG_PORT].")
@click.option("--query-timeout", type=float, help="Seconds before a query is stopped [default: 30].")
@click.option("--max-rows", type=int, help="Rows after which a result is cut [default: 100000].")
@click.option("--allow-updates", is_flag=True, default=None, help="Accept SPARQL Update (needs --update-token).")
@click.option("--update-token", help="Token for updates, sent as a Bearer token or a Basic password [env MLKG_UPDATE_TOKEN].")
@click.option("--cors-origins", metavar="ORIGINS", help="Comma-separated origins for CORS [default: off].")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Worker processes, each with its own store handle and page caches "
                   "[default: one per CPU; always 1 with --allow-updates].")  # fmt: skip
@click.pass_context
def serve(ctx, workers, **options):
    """Serve the web UI and the SPARQL endpoint (Ctrl-C stops).

    Without --allow-updates the store is opened read-only and not locked: a
    `kg build` meanwhile succeeds, but the server answers from the store as it
    was when it started (its pages' footer then says so); restart it after a build.

    \b
    kg serve --port 8000
    kg serve --allow-updates --update-token "$TOKEN" --cors-origins https://example.org
    """
    from dataclasses import replace

    from kg.web import serve as run_serve

    settings = replace(_settings(ctx), **{k: v for k, v in options.items() if v is not None})
    if settings.allow_updates and not settings.update_token.strip():
        raise click.UsageError("--allow-updates needs a non-blank --update-token (or MLKG_UPDATE_TOKEN)")
    if not Path(settings.store).exists():
        raise MlkgError(f"{settings.store}: no store here; build one with `kg build PATH...`")
    if settings.allow_updates and workers is not None and workers > 1:
        click.echo("kg serve: --allow-updates runs one worker process (the store takes one writer); "
                   f"ignoring --workers {workers}", err=True)  # fmt: skip
    run_serve(settings, workers=workers)


@cli.command(name="settings")
@click.pass_context
def show_settings(ctx):
    """Print the effective settings (secrets masked) and where each can be set.

    \b
    MLKG_STORE=/data/kg kg settings
    """
    for name, value, help_text in _settings(ctx).describe():
        click.echo(f"{name:<15}{value:<28}{help_text}")


if __name__ == "__main__":
    cli()
