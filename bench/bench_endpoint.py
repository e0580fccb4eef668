#!/usr/bin/env python3
"""SPARQL endpoint speed: `kg serve` against `oxigraph serve-read-only` on the same store, same run.

Both servers read the same store directory (built from ../shared/corpus/sota-arxiv into
bench/out/endpoint/store-sota when missing, or given with --store); Oxigraph runs with
``--union-default-graph`` so it sees what mlkg queries (the union of the named graphs).
A load generator on loopback (``wrk -t1`` when installed, else a small asyncio client in
this process) keeps 8 keep-alive connections busy for a fixed time per run, sending the
identical query text to every server (POST ``application/sparql-query``, JSON results,
the project's PREFIX declarations included). Scenarios:

* ``small``: a small SELECT (10 papers and their titles) -- requests per second;
* ``leaderboard``: queries/leaderboard.rq for the dataset/metric pair with the most
  methods, its parameters put into the text as IRIs (the query's ``VALUES`` slots, as
  ``kg`` does for a remote server) -- median and p99 latency.

Before measuring, every server answers each query once and all must return the same
number of rows. mlkg and Oxigraph alternate, run after run, for ``--rounds`` rounds
(the table shows medians over rounds); between runs the script waits until the last
server is idle again (neither server cancels a query whose client went away).
``granian-floor`` (small scenario only) is granian as ``kg serve`` runs it (WSGI, one
worker process per CPU) with a bare WSGI callable answering mlkg's small-SELECT body
without running a query: the ceiling of any endpoint built on that HTTP stack. ``rdflib-endpoint`` (the peer we expect to beat by 20x) serves an
N-Quads export of the same store (rdflib ``Dataset(default_union=True)``), once per
scenario after one request alone, with a capped duration and an address-space limit
(``--rdflib-memory``, default 8 GiB: without one, rdflib grew to 23 GB on the leaderboard
query until the kernel's OOM killer ended it; loading the store takes 3.5 GiB).
Targets: mlkg >= 0.5x Oxigraph's small-SELECT throughput, <= 1.5x its leaderboard
median latency, >= 20x rdflib-endpoint.

The machine has 2 cores: the load generator, the servers' threads and mlkg's query
workers share them, and so do other users' jobs. The table shows each server's CPU time
per request (the steadiest figure on a busy machine) and the CPU use, in % of one core,
of the server, of the load generator and of everything else during each run.

rdflib-endpoint is kept out of the project's venv: ``--setup-rdflib`` creates
bench/out/venv-rdflib with the pinned versions in RDFLIB_PINS.

Usage: .venv/bin/python bench/bench_endpoint.py [--store DIR] [--duration 10] [--rounds 3]
       [--clients 8] [--loadgen auto|wrk|python] [--no-rdflib] [--no-floor] [--setup-rdflib]
Results: a table on stdout, and bench/out/bench_endpoint.json (every run, medians, ratios).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import http.client
import json
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.rdf import all_prefixes  # noqa: E402

OUT = ROOT / "bench" / "out"  # git-ignored
WORK = OUT / "endpoint"  # the store, its export, server logs, load generator files
CORPUS = ROOT.parent / "shared" / "corpus" / "sota-arxiv"
BIN = Path(sys.executable).parent
RDFLIB_VENV = OUT / "venv-rdflib"
RDFLIB_PINS = ["rdflib-endpoint[cli]==0.6.3", "rdflib==7.6.0", "uvicorn==0.54.0"]
ACCEPT = "application/sparql-results+json"

SMALL_SELECT = """SELECT ?paper ?title WHERE {
  ?paper a mlkg:Paper ; dcterms:title ?title .
}
LIMIT 10"""

PAIRS = """SELECT ?dataset ?metric (COUNT(DISTINCT ?method) AS ?methods) (COUNT(DISTINCT ?r) AS ?results) WHERE {
  ?r a mlkg:Result ; mlkg:dataset ?dataset ; mlkg:metric ?metric ;
     mlkg:method ?method ; mlkg:value ?v ; qudt:unit ?u .
  ?metric mlkg:higherIsBetter ?hib .
  FILTER EXISTS { ?a mlkg:assertsResult ?r ; mlkg:confidence ?c . FILTER(?c >= 0.5) }
} GROUP BY ?dataset ?metric ORDER BY DESC(?methods) DESC(?results) LIMIT 5"""


# ---------------------------------------------------------------- data and queries


def ensure_store(store: Path | None) -> Path:
    """The store to serve: ``store``, or bench/out/endpoint/store-sota, built from sota-arxiv if missing."""
    if store is not None:
        if not (store / "CURRENT").exists():
            sys.exit(f"{store} is not an Oxigraph store directory")
        return store
    store = WORK / "store-sota"
    if (store / "CURRENT").exists() and (store / ".complete").exists():
        return store
    inputs = [CORPUS / "train.jsonl", CORPUS / "validation.jsonl"]
    if not all(p.exists() for p in inputs):
        sys.exit(f"{CORPUS} not found; pass --store DIR")
    shutil.rmtree(store, ignore_errors=True)
    print(f"building {store} from {CORPUS} (takes minutes, once) ...", file=sys.stderr, flush=True)
    cmd = [
        str(BIN / "kg"),
        "-q",
        "--store",
        str(store),
        "build",
        *map(str, inputs),
        "--on-error",
        "skip",
        "--workers",
        "2",
    ]
    with open(WORK / "build-sota.log", "w") as log:
        subprocess.run(cmd, check=True, stdout=log, stderr=log, cwd=ROOT)
    (store / ".complete").touch()
    return store


def prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in all_prefixes().items())


def choose_pair(store: Path) -> tuple[str, str, int, int]:
    """The dataset and metric with the most methods on their leaderboard."""
    import pyoxigraph as ox

    st = ox.Store.read_only(str(store))
    rows = list(st.query(PAIRS, prefixes=all_prefixes(), use_default_graph_as_union=True))
    if not rows:
        sys.exit(f"{store} has no results to make a leaderboard of")
    r = rows[0]
    return r["dataset"].value, r["metric"].value, int(r["methods"].value), int(r["results"].value)


_VAR = r"[?$]{}\b"


def substitute_iris(query: str, values: dict[str, str]) -> str:
    """``query`` with the variables in ``values`` replaced by IRIs in its text.

    Bare variables leave ``SELECT`` projections and ``GROUP BY`` lists; the outermost
    projection keeps them as ``(<iri> AS ?var)`` so the result has the same columns.

    >>> substitute_iris("SELECT ?a ?b WHERE { { SELECT ?a (1 AS ?n) WHERE { ?a ?p ?b } GROUP BY ?a } }",
    ...                 {"a": "http://x/a"})
    'SELECT ?b (<http://x/a> AS ?a) WHERE { { SELECT (1 AS ?n) WHERE { <http://x/a> ?p ?b } } }'
    """
    text = "\n".join(line for line in query.splitlines() if not line.lstrip().startswith("#"))
    names = "|".join(map(re.escape, values))
    bare = re.compile(rf"\s*[?$]({names})\b(?![^(]*\))")  # not inside (expr AS ?v)
    first = True

    def projection(m: re.Match) -> str:
        nonlocal first
        cols = bare.sub("", m.group(2))
        if first:
            cols += "".join(
                f" (<{values[n]}> AS ?{n})" for n in values if re.search(_VAR.format(n), m.group(2))
            )
            first = False
        return m.group(1) + cols.strip() + m.group(3)

    text = re.sub(r"(SELECT\s+)(.*?)(\s+WHERE\b|\s*\{)", projection, text, flags=re.S | re.I)

    def group_by(m: re.Match) -> str:
        rest = bare.sub("", m.group(2)).strip()
        return f"{m.group(1)}{rest}{m.group(3)}" if rest else m.group(3)

    text = re.sub(
        r"(\s+GROUP\s+BY\s+)(.*?)(\s*(?:\}|HAVING|ORDER|LIMIT|OFFSET|$))", group_by, text, flags=re.S | re.I
    )
    for name, iri in values.items():
        text = re.sub(rf"(?<!AS )[?$]{name}\b", f"<{iri}>", text)
    return text.strip()


def leaderboard_query(dataset: str, metric: str, rq: Path = ROOT / "queries" / "leaderboard.rq") -> str:
    """queries/leaderboard.rq with its parameters in the text, as IRIs.

    The project's own :func:`kg.queries.apply_values` fills the query's
    ``VALUES ?p { UNDEF }`` slots (what ``kg`` sends to a remote SPARQL server);
    a parameter without a slot (older query files) is substituted by
    :func:`substitute_iris`.
    """
    import pyoxigraph as ox

    text = "\n".join(line for line in rq.read_text().splitlines() if not line.startswith("#"))
    values = {"dataset": dataset, "metric": metric}
    rest = {name: iri for name, iri in values.items()}
    try:
        from kg.queries import apply_values
    except ImportError:
        pass
    else:
        text, left = apply_values(text, {ox.Variable(n): ox.NamedNode(i) for n, i in values.items()})
        rest = {v.value: t.value for v, t in left.items()}
    return substitute_iris(text, rest) if rest else text.strip()


def check_substitution(store: Path, text: str, dataset: str, metric: str,
                       rq: Path = ROOT / "queries" / "leaderboard.rq") -> int:  # fmt: skip
    """Rows of the substituted query; exits if they differ from pyoxigraph's own binding."""
    import pyoxigraph as ox

    from kg.queries import load_query

    st = ox.Store.read_only(str(store))
    ours = list(st.query(prologue() + text, use_default_graph_as_union=True))
    named = load_query(rq)
    ref = list(
        st.query(
            named.text,
            prefixes=all_prefixes(),
            use_default_graph_as_union=True,
            substitutions={
                ox.Variable("dataset"): ox.NamedNode(dataset),
                ox.Variable("metric"): ox.NamedNode(metric),
            },
        )
    )
    key = lambda rows: sorted(tuple(str(r[v]) for v in ("method", "value", "paper")) for r in rows)  # noqa: E731
    if key(ours) != key(ref):
        sys.exit(f"the IRI-substituted leaderboard gives {len(ours)} rows, the bound one {len(ref)}")
    return len(ours)


def ensure_export(store: Path) -> Path:
    """An N-Quads dump of ``store`` for rdflib-endpoint, cached next to the store."""
    dump = WORK / (store.name + ".nq")
    stamp = (store / "CURRENT").stat().st_mtime
    if not dump.exists() or dump.stat().st_mtime < stamp:
        print(f"exporting {store} to {dump} ...", file=sys.stderr, flush=True)
        cmd = [str(BIN / "kg"), "-q", "--store", str(store), "export", "--format", "nq", "-o", str(dump)]
        subprocess.run(cmd, check=True, cwd=ROOT)
    return dump


# ---------------------------------------------------------------- servers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    name: str
    cmd: list[str]
    path: str  # the query endpoint's path
    port: int
    scenarios: tuple[str, ...] = ("small", "leaderboard")
    proc: subprocess.Popen | None = None
    log: Path | None = None

    def start(self, ready_timeout: float = 120) -> None:
        self.log = WORK / f"server-{self.name}.log"
        self.proc = subprocess.Popen(
            self.cmd, stdout=open(self.log, "w"), stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True
        )
        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"{self.name} exited at start ({self.proc.returncode}); see {self.log}")
            try:
                status, _ = http_post(self.port, self.path, "ASK {}", timeout=5)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        sys.exit(f"{self.name} did not answer within {ready_timeout:.0f} s; see {self.log}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGINT)  # the group we started (kg serve's query workers)
            self.proc.wait(timeout=10)
        except (subprocess.TimeoutExpired, ProcessLookupError):
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()

    def wait_idle(self, limit: float = 180) -> float:
        """Wait until the server stops using CPU (queries the load generator abandoned at the
        end of a run keep running: neither server can cancel them); returns the seconds waited."""
        t0 = time.monotonic()
        last = self.cpu_seconds()
        while time.monotonic() - t0 < limit:
            time.sleep(0.5)
            now = self.cpu_seconds()
            if now - last < 0.02:  # < 4% of a core over the half second
                break
            last = now
        return time.monotonic() - t0

    def cpu_seconds(self) -> float:
        """CPU time of the server and its descendants (kg serve's query workers)."""
        return tree_cpu(self.proc.pid) if self.proc else 0.0


def mlkg_server(store: Path, port: int) -> Server:
    cmd = [str(BIN / "kg"), "-q", "--store", str(store), "serve", "--host", "127.0.0.1", "--port", str(port)]
    return Server("mlkg", cmd, "/sparql", port)


def oxigraph_server(store: Path, port: int) -> Server:
    cmd = [
        str(BIN / "oxigraph"),
        "serve-read-only",
        "--location",
        str(store),
        "--bind",
        f"127.0.0.1:{port}",
        "--union-default-graph",
    ]
    return Server("oxigraph", cmd, "/query", port)


FLOOR_MAIN = """
import os, sys
from pathlib import Path
from granian.constants import Interfaces
from granian.log import LogLevels
from granian.server import Server
os.environ["FLOOR_BODY"] = sys.argv[1]
Server("floor_app:app", address="127.0.0.1", port=int(sys.argv[2]), interface=Interfaces.WSGI,
       workers=int(sys.argv[3]), blocking_threads=16, log_level=LogLevels.warning,
       working_dir=Path(sys.argv[4])).serve()
"""

FLOOR_APP = """
import os
BODY = open(os.environ["FLOOR_BODY"], "rb").read()
HEADERS = [("Content-Type", "application/sparql-results+json"), ("Content-Length", str(len(BODY)))]
def app(environ, start_response):
    environ["wsgi.input"].read()
    start_response("200 OK", HEADERS)
    return [BODY]
"""


def floor_server(body: bytes, port: int) -> Server:
    """granian as kg serve runs it (WSGI, one worker process per CPU) with a bare WSGI callable
    answering mlkg's small-SELECT body: what the HTTP stack costs before any query work."""
    path = WORK / "floor-body.json"
    path.write_bytes(body)
    (WORK / "floor_app.py").write_text(FLOOR_APP)
    cmd = [sys.executable, "-c", FLOOR_MAIN, str(path), str(port), str(os.cpu_count() or 1), str(WORK)]
    return Server("granian-floor", cmd, "/sparql", port, scenarios=("small",))


def rdflib_python() -> Path | None:
    for python in (RDFLIB_VENV / "bin" / "python", Path(sys.executable)):
        if python.exists():
            probe = subprocess.run(
                [str(python), "-c", "import rdflib_endpoint, uvicorn"], capture_output=True
            )
            if probe.returncode == 0:
                return python
    return None


RDFLIB_MAIN = """
import resource, sys, uvicorn
from importlib.metadata import version
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint
limit = int(sys.argv[3])  # address space, bytes: rdflib can take all the memory of the machine
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
ds = Dataset(default_union=True)
ds.parse(sys.argv[1], format="nquads")
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
print("rdflib-endpoint", version("rdflib-endpoint"), "rdflib", version("rdflib"), len(ds), "quads,",
      f"{rss:.1f} GiB after loading", flush=True)
uvicorn.run(SparqlEndpoint(graph=ds), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


def rdflib_server(python: Path, dump: Path, port: int, memory_gib: float) -> Server:
    limit = str(int(memory_gib * 2**30))
    return Server("rdflib-endpoint", [str(python), "-c", RDFLIB_MAIN, str(dump), str(port), limit], "/", port)


def setup_rdflib() -> None:
    subprocess.run([sys.executable, "-m", "venv", str(RDFLIB_VENV)], check=True)
    subprocess.run([str(RDFLIB_VENV / "bin" / "pip"), "install", "-q", *RDFLIB_PINS], check=True)


# ---------------------------------------------------------------- CPU accounting


def _proc_stat(pid: int) -> tuple[int, float] | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / ticks  # ppid, utime + stime


def tree_cpu(root: int) -> float:
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _proc_stat(int(entry))
            if st:
                stats[int(entry)] = st
    total, todo, seen = 0.0, [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen or pid not in stats:
            continue
        seen.add(pid)
        total += stats[pid][1]
        todo.extend(p for p, (ppid, _) in stats.items() if ppid == pid)
    return total


def machine_busy() -> float:
    """CPU seconds all cores spent busy since boot."""
    values = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- HTTP and load generation


def http_post(port: int, path: str, query: str, timeout: float = 600) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(
            "POST",
            path,
            body=query.encode(),
            headers={"Content-Type": "application/sparql-query", "Accept": ACCEPT},
        )
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@dataclass
class Run:
    server: str
    scenario: str
    round: int
    loadgen: str
    duration_s: float
    requests: int
    errors: int
    rps: float
    p50_ms: float | None
    p99_ms: float | None
    server_cpu_pct: float = 0.0  # % of one core
    server_cpu_ms_per_request: float | None = None
    loadgen_cpu_pct: float = 0.0
    other_cpu_pct: float = 0.0
    notes: list[str] = field(default_factory=list)


WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/sparql-query"
wrk.headers["Accept"] = "%(accept)s"
local f = io.open("%(body)s", "rb"); wrk.body = f:read("*a"); f:close()
function done(summary, latency, requests)
  local e = summary.errors
  local out = io.open("%(result)s", "w")
  out:write(string.format('{"requests": %%d, "duration_us": %%d, "connect": %%d, "read": %%d, ' ..
    '"write": %%d, "status": %%d, "timeout": %%d, "p50_us": %%d, "p99_us": %%d, "max_us": %%d}',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
  out:close()
end
"""


def run_wrk(port: int, path: str, query: str, duration: float, clients: int, timeout: float) -> dict:
    body, result, script = WORK / "wrk-body.rq", WORK / "wrk-result.json", WORK / "wrk.lua"
    body.write_text(query)
    result.unlink(missing_ok=True)
    script.write_text(WRK_SCRIPT % {"accept": ACCEPT, "body": body, "result": result})
    cmd = [
        "wrk",
        "-t1",
        f"-c{clients}",
        f"-d{duration:g}s",
        f"--timeout={timeout:g}s",
        "-s",
        str(script),
        f"http://127.0.0.1:{port}{path}",
    ]
    subprocess.run(cmd, check=True, capture_output=True)
    r = json.loads(result.read_text())
    done = r["requests"]
    errors = r["connect"] + r["read"] + r["write"] + r["status"] + r["timeout"]
    seconds = r["duration_us"] / 1e6
    has_latency = done > r["timeout"]
    return {
        "duration_s": seconds,
        "requests": done,
        "errors": errors,
        "rps": (done - errors) / seconds,
        "p50_ms": r["p50_us"] / 1000 if has_latency else None,
        "p99_ms": r["p99_us"] / 1000 if has_latency else None,
    }


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one response; (status, whether the server keeps the connection)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip().lower()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.read()
        return status, False
    return status, headers.get("connection") != "close"


async def _load(port: int, path: str, query: str, duration: float, clients: int, timeout: float):
    body = query.encode()
    request = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/sparql-query\r\n"
        f"Accept: {ACCEPT}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + duration

    async def client() -> None:
        nonlocal errors
        conn = None
        while time.perf_counter() < deadline:
            try:
                if conn is None:
                    conn = await asyncio.open_connection("127.0.0.1", port)
                reader, writer = conn
                t0 = time.perf_counter()
                writer.write(request)
                status, keep = await asyncio.wait_for(_read_response(reader), timeout)
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
                if not keep:
                    writer.close()
                    conn = None
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError):
                errors += 1
                if conn:
                    conn[1].close()
                conn = None

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, errors, time.perf_counter() - t0


def run_python(port: int, path: str, query: str, duration: float, clients: int, timeout: float) -> dict:
    latencies, errors, seconds = asyncio.run(_load(port, path, query, duration, clients, timeout))
    latencies.sort()

    def pct(p: float) -> float | None:
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000 if latencies else None

    return {
        "duration_s": seconds,
        "requests": len(latencies),
        "errors": errors,
        "rps": (len(latencies) - errors) / seconds,
        "p50_ms": pct(50),
        "p99_ms": pct(99),
    }


def measure(server: Server, scenario: str, query: str, rnd: int, args) -> Run:
    loadgen = run_wrk if args.loadgen == "wrk" else run_python
    duration = args.duration
    if scenario == "leaderboard" and args.leaderboard_duration:
        duration = args.leaderboard_duration
    if server.name == "rdflib-endpoint":
        duration = args.rdflib_duration
    server.wait_idle()
    cpu0, busy0, self0 = server.cpu_seconds(), machine_busy(), time.process_time()
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = loadgen(server.port, server.path, query, duration, args.clients, args.timeout)
    wall = time.perf_counter() - t0
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu1, busy1, self1 = server.cpu_seconds(), machine_busy(), time.process_time()
    drained = server.wait_idle()
    gen = (kids1.ru_utime + kids1.ru_stime - kids0.ru_utime - kids0.ru_stime) + (self1 - self0)
    srv = cpu1 - cpu0
    run = Run(server.name, scenario, rnd, args.loadgen, **r)
    run.server_cpu_pct = 100 * srv / wall
    run.server_cpu_ms_per_request = 1000 * srv / run.requests if run.requests else None
    run.loadgen_cpu_pct = 100 * gen / wall
    run.other_cpu_pct = max(0.0, 100 * (busy1 - busy0 - srv - gen) / wall)
    if drained > 1:
        run.notes.append(f"server busy {drained:.1f} s after the run with abandoned requests")
    return run


# ---------------------------------------------------------------- report


def summarize(runs: list[Run]) -> dict:
    """Per server and scenario: medians over rounds (rps, p50, p99, CPU), errors summed."""
    out: dict = {}
    for r in runs:
        out.setdefault(r.server, {}).setdefault(r.scenario, []).append(r)
    summary: dict = {}
    for server, scenarios in out.items():
        for scenario, rs in scenarios.items():

            def med(attr: str, rs=rs):
                values = [getattr(x, attr) for x in rs if getattr(x, attr) is not None]
                return statistics.median(values) if values else None

            summary.setdefault(server, {})[scenario] = {
                "rounds": len(rs),
                "requests": sum(x.requests for x in rs),
                "errors": sum(x.errors for x in rs),
                **{
                    k: med(k)
                    for k in (
                        "rps",
                        "p50_ms",
                        "p99_ms",
                        "server_cpu_ms_per_request",
                        "server_cpu_pct",
                        "loadgen_cpu_pct",
                        "other_cpu_pct",
                    )
                },
            }
    return summary


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt(x, spec=".1f", none="-") -> str:
    return none if x is None else format(x, spec)


def report(summary: dict, meta: dict) -> dict:
    ox = summary.get("oxigraph", {})
    print(
        f"\nstore {meta['store']} ({meta['quads']} quads); {meta['clients']} clients on loopback, "
        f"{meta['duration_s']:g} s per run, {meta['rounds']} alternating rounds (medians shown), "
        f"load generator: {meta['loadgen']}; {os.cpu_count()} cores"
    )
    print(
        f"leaderboard: dataset <{meta['dataset']}>, metric <{meta['metric']}> ({meta['leaderboard_rows']} rows)"
    )
    head = (
        f"{'server':<16}{'scenario':<13}{'rps':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}"
        f"{'rps/ox':>8}{'p50/ox':>8}{'p99/ox':>8}{'cpu ms/req':>11}{'srv cpu%':>9}{'gen cpu%':>9}{'other%':>8}"
    )
    print(head)
    print("-" * len(head))
    ratios: dict = {}
    for server in ("mlkg", "oxigraph", "granian-floor", "rdflib-endpoint"):
        for scenario, s in summary.get(server, {}).items():
            o = ox.get(scenario, {})
            rr = {
                "rps": ratio(s["rps"], o.get("rps")),
                "p50": ratio(s["p50_ms"], o.get("p50_ms")),
                "p99": ratio(s["p99_ms"], o.get("p99_ms")),
            }
            ratios.setdefault(server, {})[scenario] = rr
            print(
                f"{server:<16}{scenario:<13}{fmt(s['rps']):>9}{fmt(s['p50_ms'], '.2f'):>9}"
                f"{fmt(s['p99_ms'], '.2f'):>9}{s['errors']:>8}{fmt(rr['rps'], '.2f'):>8}"
                f"{fmt(rr['p50'], '.2f'):>8}{fmt(rr['p99'], '.2f'):>8}"
                f"{fmt(s['server_cpu_ms_per_request'], '.3f'):>11}{fmt(s['server_cpu_pct'], '.0f'):>9}"
                f"{fmt(s['loadgen_cpu_pct'], '.0f'):>9}{fmt(s['other_cpu_pct'], '.0f'):>8}"
            )
    print(
        "cpu ms/req = the server's CPU time (with its worker processes) per request. cpu% = % of one\n"
        "core during the run (200 = both cores): the server, the load generator, and everything else\n"
        "on the machine (other users' jobs; they slow every server alike, alternation spreads them).\n"
        "granian-floor = granian as kg serve runs it, a bare WSGI callable answering mlkg's\n"
        "small-SELECT body without a query: the most any endpoint on that HTTP stack can do here."
    )

    m = summary.get("mlkg", {})
    targets = {}
    rps_ratio = ratios.get("mlkg", {}).get("small", {}).get("rps")
    p50_ratio = ratios.get("mlkg", {}).get("leaderboard", {}).get("p50")
    targets["small rps >= 0.5x oxigraph"] = (rps_ratio, rps_ratio is not None and rps_ratio >= 0.5)
    targets["leaderboard p50 <= 1.5x oxigraph"] = (p50_ratio, p50_ratio is not None and p50_ratio <= 1.5)
    rd = summary.get("rdflib-endpoint", {})
    if rd:
        for scenario in ("small", "leaderboard"):
            if scenario in rd and scenario in m:
                x = ratio(m[scenario]["rps"], rd[scenario]["rps"])
                if x is None and m[scenario]["rps"]:
                    x = float("inf")  # rdflib completed nothing
                targets[f"{scenario} rps >= 20x rdflib-endpoint"] = (x, x is not None and x >= 20)
                y = ratio(rd[scenario]["p50_ms"], m[scenario]["p50_ms"])
                targets[f"{scenario} p50 rdflib-endpoint/mlkg (info)"] = (y, None)
    print()
    for name, (value, ok) in targets.items():
        verdict = "" if ok is None else ("MET" if ok else "MISSED")
        print(f"  {name:<40}{fmt(value, '.2f'):>10}x  {verdict}")
    return {"ratios": ratios, "targets": {k: {"value": v, "met": ok} for k, (v, ok) in targets.items()}}


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--store",
        type=Path,
        help="store directory (default: bench/out/endpoint/store-sota, built if missing)",
    )
    ap.add_argument("--duration", type=float, default=10, help="seconds per run (default 10)")
    ap.add_argument(
        "--leaderboard-duration",
        type=float,
        help="seconds per leaderboard run (default: --duration)",
    )
    ap.add_argument("--rounds", type=int, default=3, help="alternating mlkg/oxigraph rounds (default 3)")
    ap.add_argument("--clients", type=int, default=8, help="concurrent connections (default 8)")
    ap.add_argument("--warmup", type=float, default=2, help="seconds of load before measuring (default 2)")
    ap.add_argument("--timeout", type=float, default=60, help="per-request timeout, seconds (default 60)")
    ap.add_argument(
        "--loadgen",
        choices=("auto", "wrk", "python"),
        default="auto",
        help="wrk if installed (auto), or the asyncio client in this script",
    )
    ap.add_argument("--no-rdflib", action="store_true", help="skip rdflib-endpoint")
    ap.add_argument(
        "--no-floor",
        dest="floor",
        action="store_false",
        help="skip granian-floor (granian answering a fixed body, on the small scenario)",
    )
    ap.add_argument(
        "--setup-rdflib",
        action="store_true",
        help=f"create {RDFLIB_VENV.relative_to(ROOT)} with {', '.join(RDFLIB_PINS)} first",
    )
    ap.add_argument("--rdflib-duration", type=float, default=10, help="seconds per rdflib-endpoint run")
    ap.add_argument(
        "--rdflib-memory",
        type=float,
        default=8,
        help="address-space limit of rdflib-endpoint, GiB (default 8; it needs 3.5 to hold sota-arxiv)",
    )
    ap.add_argument("--scenarios", default="small,leaderboard", help="comma-separated (default both)")
    ap.add_argument(
        "--leaderboard-rq",
        type=Path,
        default=ROOT / "queries" / "leaderboard.rq",
        help="the leaderboard query file (default queries/leaderboard.rq)",
    )
    ap.add_argument("--only", default="mlkg,oxigraph", help="servers of the alternating rounds")
    ap.add_argument(
        "--json", type=Path, default=OUT / "bench_endpoint.json", help="where to write the results"
    )
    args = ap.parse_args(argv)
    if args.loadgen == "auto":
        args.loadgen = "wrk" if shutil.which("wrk") else "python"
    WORK.mkdir(parents=True, exist_ok=True)
    if args.setup_rdflib:
        setup_rdflib()

    store = ensure_store(args.store)
    dataset, metric, methods, results = choose_pair(store)
    leaderboard = leaderboard_query(dataset, metric, args.leaderboard_rq)
    rows = check_substitution(store, leaderboard, dataset, metric, args.leaderboard_rq)
    if rows == 0:
        sys.exit(f"{args.leaderboard_rq} finds no rows in {store} (built before materialised leaderboards, "
                 f"or with an older vocabulary?); run `kg --store {store} refresh`, rebuild the store, "
                 "or pass --leaderboard-rq with a matching query file")  # fmt: skip
    queries = {"small": prologue() + SMALL_SELECT, "leaderboard": prologue() + leaderboard}
    scenarios = [s for s in args.scenarios.split(",") if s]
    import pyoxigraph as ox

    quads = len(ox.Store.read_only(str(store)))
    meta = {
        "store": str(store),
        "quads": quads,
        "clients": args.clients,
        "duration_s": args.duration,
        "rounds": args.rounds,
        "loadgen": args.loadgen,
        "dataset": dataset,
        "metric": metric,
        "leaderboard_rq": str(args.leaderboard_rq),
        "leaderboard_rq_sha1": hashlib.sha1(args.leaderboard_rq.read_bytes()).hexdigest(),
        "git_head": subprocess.run(
            ["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip(),
        "leaderboard_methods": methods,
        "leaderboard_results": results,
        "leaderboard_rows": rows,
        "queries": queries,
        "cpus": os.cpu_count(),
        "loadavg_before": os.getloadavg(),
        "versions": {
            "pyoxigraph": ox.__version__,
            "oxigraph": subprocess.run(
                [str(BIN / "oxigraph"), "--version"], capture_output=True, text=True
            ).stdout.strip(),
        },
    }
    print(
        f"leaderboard pair: {dataset} / {metric} ({methods} methods, {results} results, {rows} rows)",
        file=sys.stderr,
    )

    makers = {"mlkg": mlkg_server, "oxigraph": oxigraph_server}
    servers = [makers[name](store, free_port()) for name in args.only.split(",") if name]
    runs: list[Run] = []
    try:
        for s in servers:
            s.start()
        bodies = check_answers(servers, queries, scenarios, meta)
        if args.floor and "small" in scenarios and "mlkg" in bodies.get("small", {}):
            floor = floor_server(bodies["small"]["mlkg"], free_port())
            servers.append(floor)
            floor.start()
        for s in servers:  # warm up: caches, worker processes, connections
            for scenario in scenarios:
                if args.warmup > 0 and scenario in s.scenarios:
                    (run_wrk if args.loadgen == "wrk" else run_python)(
                        s.port, s.path, queries[scenario], args.warmup, args.clients, args.timeout
                    )
                    s.wait_idle()
        for rnd in range(args.rounds):
            order = servers if rnd % 2 == 0 else servers[::-1]
            for scenario in scenarios:
                for s in order:
                    if scenario not in s.scenarios:
                        continue
                    run = measure(s, scenario, queries[scenario], rnd, args)
                    runs.append(run)
                    print(
                        f"  round {rnd} {s.name:<9} {scenario:<12} {run.rps:8.1f} rps  p50 "
                        f"{fmt(run.p50_ms, '.2f')} ms  p99 {fmt(run.p99_ms, '.2f')} ms  errors {run.errors}  "
                        f"cpu srv/gen/other {run.server_cpu_pct:.0f}/{run.loadgen_cpu_pct:.0f}/"
                        f"{run.other_cpu_pct:.0f}%",
                        file=sys.stderr,
                        flush=True,
                    )
    finally:
        for s in servers:
            s.stop()

    if not args.no_rdflib:
        runs += bench_rdflib(store, queries, scenarios, meta, args)

    summary = summarize(runs)
    meta["loadavg_after"] = os.getloadavg()
    verdict = report(summary, meta)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({"meta": meta, "summary": summary, **verdict, "runs": [asdict(r) for r in runs]}, indent=2)
    )
    print(f"\nwrote {args.json}")
    return 0


def count_rows(body: bytes) -> int:
    return len(json.loads(body)["results"]["bindings"])


def check_answers(servers: list[Server], queries: dict, scenarios: list[str], meta: dict) -> dict:
    """Send each query once to each server; exit unless all answer 200 with the same row count.

    Returns the bodies, by scenario and server."""
    counts: dict = {}
    bodies: dict = {}
    for scenario in scenarios:
        for s in servers:
            if scenario not in s.scenarios:
                continue
            t0 = time.perf_counter()
            status, body = http_post(s.port, s.path, queries[scenario])
            took = time.perf_counter() - t0
            if status != 200:
                sys.exit(f"{s.name} answered {status} to the {scenario} query: {body[:500]!r}")
            counts.setdefault(scenario, {})[s.name] = count_rows(body)
            bodies.setdefault(scenario, {})[s.name] = body
            meta.setdefault("first_request_ms", {}).setdefault(s.name, {})[scenario] = took * 1000
        if len(set(counts[scenario].values())) > 1:
            sys.exit(f"the servers disagree on the {scenario} query: {counts[scenario]}")
    meta.setdefault("rows", {}).update(counts)
    return bodies


def bench_rdflib(store: Path, queries: dict, scenarios: list[str], meta: dict, args) -> list[Run]:
    """rdflib-endpoint over an N-Quads export of the store: one run per scenario, capped.

    Each scenario starts with one request alone: a query that fails or runs out of
    memory (the server runs under an address-space limit, ``--rdflib-memory``) is
    recorded as failed, without a loaded run.
    """
    python = rdflib_python()
    if python is None:
        print(
            f"rdflib-endpoint not installed: skipped (run with --setup-rdflib to install "
            f"{', '.join(RDFLIB_PINS)} into {RDFLIB_VENV.relative_to(ROOT)})",
            file=sys.stderr,
        )
        meta["rdflib"] = "not installed"
        return []
    dump = ensure_export(store)
    server = rdflib_server(python, dump, free_port(), args.rdflib_memory)
    runs = []

    def start() -> None:
        t0 = time.perf_counter()
        server.start(ready_timeout=1800)
        meta["rdflib_load_s"] = time.perf_counter() - t0
        meta["rdflib"] = server.log.read_text().splitlines()[0]

    try:
        start()
        for scenario in scenarios:
            if server.proc.poll() is not None:
                start()
            t0 = time.perf_counter()
            try:
                status, body = http_post(
                    server.port, server.path, queries[scenario], timeout=args.timeout * 10
                )
            except (OSError, http.client.HTTPException) as e:
                status, body = None, repr(e).encode()
            alone = time.perf_counter() - t0
            n = count_rows(body) if status == 200 else None
            meta.setdefault("rdflib_single_request_ms", {})[scenario] = alone * 1000
            meta.setdefault("rows", {}).setdefault(scenario, {})["rdflib-endpoint"] = n
            print(
                f"  rdflib-endpoint {scenario}: one request alone {alone * 1000:.0f} ms, {n} rows "
                f"(status {status})",
                file=sys.stderr,
                flush=True,
            )
            if status != 200:
                died = server.proc.poll() is not None
                run = Run(server.name, scenario, 0, "single request", alone, 1, 1, 0.0, None, None)
                run.notes.append(
                    f"failed after {alone:.1f} s: status {status}, {body[:300].decode(errors='replace')}"
                    + (" (the server exited)" if died else "")
                    + f"; memory limit {args.rdflib_memory:g} GiB"
                )
                runs.append(run)
                print(f"  rdflib-endpoint {scenario}: {run.notes[-1]}", file=sys.stderr, flush=True)
                continue
            run = measure(server, scenario, queries[scenario], 0, args)
            run.notes.append(f"one request alone: {alone * 1000:.1f} ms")
            if n != meta["rows"][scenario].get("mlkg"):
                run.notes.append(
                    f"rdflib-endpoint returned {n} rows, mlkg {meta['rows'][scenario].get('mlkg')}"
                )
            if run.requests == 0:
                run.notes.append(f"nothing completed in {args.rdflib_duration:g} s")
            runs.append(run)
            print(
                f"  rdflib-endpoint {scenario:<12} {run.rps:8.2f} rps  p50 {fmt(run.p50_ms, '.1f')} ms  "
                f"p99 {fmt(run.p99_ms, '.1f')} ms  errors {run.errors}",
                file=sys.stderr,
                flush=True,
            )
    finally:
        server.stop()
    return runs


if __name__ == "__main__":
    sys.exit(main())
