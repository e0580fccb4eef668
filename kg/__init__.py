"""mlkg: machine-learning papers in, a traceable knowledge graph out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mlkg")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+src"
