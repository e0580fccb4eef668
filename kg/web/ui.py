"""Pages for people: the home page with the graph's counts (more pages come later)."""

from __future__ import annotations

from flask import Blueprint, render_template

from kg.web.state import get_state

bp = Blueprint("ui", __name__)

# (stats key, label) in the order the home page shows them
COUNTS = (
    ("papers", "Papers"),
    ("methods", "Methods"),
    ("datasets", "Datasets"),
    ("metrics", "Metrics"),
    ("tasks", "Tasks"),
    ("results", "Results"),
    ("triples", "Triples"),
)


@bp.route("/")
def home():
    """The counts of papers, entities, results and triples, and where to go next."""
    stats = get_state().stats()
    counts = [(label, stats.get(key, 0)) for key, label in COUNTS]
    return render_template("home.html", counts=counts)
