"""One Settings object for the whole tool.

Sources, later wins: defaults, then ``MLKG_*`` environment variables, then
command-line options (the CLI passes them to :func:`load_settings`). No other
module reads ``os.environ``.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, fields, replace

from kg.errors import MlkgError

# fmt: off
_HELP = {
    "store":          "store directory (embedded Oxigraph) [env MLKG_STORE]",
    "base_iri":       "base IRI of minted data [env MLKG_BASE_IRI]",
    "host":           "address kg serve binds to [env MLKG_HOST]",
    "port":           "port kg serve listens on [env MLKG_PORT]",
    "query_timeout":  "seconds before a SPARQL query is stopped [env MLKG_QUERY_TIMEOUT]",
    "max_rows":       "rows after which a result is cut [env MLKG_MAX_ROWS]",
    "allow_updates":  "accept SPARQL Update [env MLKG_ALLOW_UPDATES]",
    "update_token":   "token required for updates (Bearer, or a Basic password) [env MLKG_UPDATE_TOKEN]",
    "cors_origins":   "comma-separated origins allowed by CORS, empty = off [env MLKG_CORS_ORIGINS]",
}
# fmt: on


@dataclass(frozen=True, slots=True)
class Settings:
    """Effective configuration; every field has a default and one line of help in _HELP."""

    store: str = "kg-data"
    base_iri: str = "https://w3id.org/mlkg/"
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout: float = 30.0
    max_rows: int = 100_000
    allow_updates: bool = False
    update_token: str = ""
    cors_origins: str = ""

    def describe(self) -> list[tuple[str, str, str]]:
        """(name, value, help) rows, secrets masked, for ``kg settings``."""
        rows = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "update_token" and value:
                value = "****"
            rows.append((f.name, str(value), _HELP[f.name]))
        return rows


def _coerce(kind: type | str, raw: str):
    kind = kind if isinstance(kind, str) else kind.__name__
    if kind == "bool":
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    return raw


def load_settings(environ: dict[str, str] | None = None, **overrides) -> Settings:
    """Build settings from defaults, ``MLKG_*`` variables and explicit overrides.

    Overrides whose value is ``None`` are ignored (an option the user did not give).

    >>> load_settings({"MLKG_PORT": "9000"}, store="x").port
    9000
    """
    environ = os.environ if environ is None else environ
    settings = Settings()
    from_env = {}
    for f in fields(Settings):
        raw = environ.get("MLKG_" + f.name.upper())
        if raw is not None and raw != "":
            try:
                from_env[f.name] = _coerce(f.type, raw)
            except ValueError:
                kind = f.type if isinstance(f.type, str) else f.type.__name__
                raise MlkgError(f"MLKG_{f.name.upper()}={raw!r} is not a valid {kind} "
                                f"({'a whole number' if kind == 'int' else 'a number'})") from None  # fmt: skip
    settings = replace(settings, **from_env)
    given = {k: v for k, v in overrides.items() if v is not None}
    return replace(settings, **given)


@functools.lru_cache(maxsize=8)
def allowed_origins(cors_origins: str) -> frozenset[str]:
    """The origins a ``cors_origins`` setting lists ("*" for any)."""
    return frozenset(o.strip() for o in cors_origins.split(",") if o.strip())


def origin_allowed(cors_origins: str, origin: str | None) -> bool:
    """Whether ``cors_origins`` lets pages of ``origin`` use the server (CORS, updates)."""
    allowed = allowed_origins(cors_origins)
    return bool(origin) and ("*" in allowed or origin.strip() in allowed)
