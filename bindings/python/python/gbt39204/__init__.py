"""GB/T 39204-2022 (critical information infrastructure protection requirements) for Python.

The catalog, full-text search, crosswalks to MLPS 2.0, NIST CSF 2.0, ISO/IEC 27001:2022,
the CII Regulation and the Cybersecurity Law, and the assessment of an operator's
self-assessment, from the ``gbt39204`` Rust crate. Everything runs in the compiled
extension ``gbt39204._gbt39204``; this module only re-exports it. The calls that do real
work release the GIL.

>>> import gbt39204
>>> gbt39204.get("7.4c")["id"]
'7.4.c'
>>> gbt39204.search("log retention")[0]["id"]
'7.5.4'
"""

from ._gbt39204 import (
    Crosswalk,
    Error,
    IdError,
    ParseError,
    __version__,
    assess,
    catalog,
    crosswalk,
    export_oscal,
    frameworks,
    get,
    render,
    search,
)

__all__ = [
    "Crosswalk",
    "Error",
    "IdError",
    "ParseError",
    "__version__",
    "assess",
    "catalog",
    "crosswalk",
    "export_oscal",
    "frameworks",
    "get",
    "render",
    "search",
]
