"""Type stubs of the native module ``gbt39204._gbt39204`` (re-exported by ``gbt39204``)."""

import datetime
import os
import pathlib
from collections.abc import Iterable, Sequence
from typing import Any, Literal, Optional, Union, final

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

__version__: str

_Document = Union[str, bytes, dict[str, Any]]
"""An assessment document: JSON text, UTF-8 JSON bytes, or the same document as a dict."""

_Today = Union[str, datetime.date, None]
"""The day date checks are made as of: ``YYYY-MM-DD``, a ``datetime.date``, or None for
the document's own assessment date."""

class Error(ValueError):
    """Base of every error the package raises for bad input; a subclass of ValueError."""

class ParseError(Error):
    """An assessment document that is not JSON or breaks the document format."""

    pointer: Optional[str]
    """The JSON pointer of the offending place (``""`` is the whole document); None when
    the document was refused unread (too large)."""
    line: int
    """The 1-based line (0 when unread; for a dict document, of its compact JSON text)."""
    column: int
    """The 1-based column (0 when unread; for a dict document, of its compact JSON text)."""

class IdError(Error):
    """A requirement, control or framework ID that does not exist."""

    suggestion: Optional[str]
    """The nearest real ID, when one is close."""

@final
class Crosswalk:
    """The built-in crosswalk between GB/T 39204 and one other framework. Immutable and
    safe to share between threads."""

    @property
    def framework(self) -> str:
        """The framework's canonical ID, e.g. ``iso27001-2022``."""
    def forward(self, id: str) -> dict[str, Any]:
        """What the crosswalk says about requirement ``id``: ``requirement``, ``framework``,
        ``mappings`` (rows with ``control``, ``relationship``, ``confidence``,
        ``rationale``) and ``gap`` (the reason it has no counterpart, or None). Raises
        IdError."""
    def reverse(self, control: str) -> dict[str, Any]:
        """The requirements mapped to ``control`` (read leniently): ``framework``,
        ``control`` and ``mappings``, in the standard's order. Raises IdError."""
    def coverage(self, controls: Sequence[str]) -> dict[str, Any]:
        """How far the implemented ``controls`` cover each of the 111 requirements:
        ``implemented``, ``requirements``, ``domains`` and ``totals``. Raises IdError
        listing every unknown control."""
    def infer(
        self, results: Union[dict[str, str], Iterable[tuple[str, str]]]
    ) -> dict[str, Any]:
        """Proposed GB/T 39204 results from per-control results (``pass``, ``partial``,
        ``fail``, ``not_assessed``) of an assessment against this framework. Raises
        IdError for unknown controls, Error for a bad result or conflicting results."""

def catalog() -> list[dict[str, Any]]:
    """The 111 requirements in the standard's order, as in the catalog JSON."""

def get(id: str) -> dict[str, Any]:
    """The requirement ``id``, read leniently (``7.4c``, ``7.5.2 c)``). Raises IdError."""

def search(
    text: str, lang: Optional[Literal["zh", "en"]] = None, limit: Optional[int] = None
) -> list[dict[str, Any]]:
    """Full-text search, best first: hits with ``id``, ``score`` and ``matched`` (spans
    with ``field``, ``lang``, character offsets ``start``/``end`` and ``text``). With
    ``lang``, only spans in that language (and on the ID) are kept, and hits left with
    none are dropped. With ``limit``, only the first ``limit`` hits (a result page).
    Raises Error for an empty or too long text, IdError for a text that is only a
    nonexistent ID."""

def frameworks() -> list[dict[str, Any]]:
    """The five built-in frameworks, each with its controls."""

def crosswalk(framework_id: str) -> Crosswalk:
    """The built-in crosswalk to ``framework_id`` (leniently: ``iso``, ``csf``,
    ``mlps``, …). Raises IdError."""

def assess(document: _Document, today: _Today = None) -> dict[str, Any]:
    """The JSON report of ``document`` as a dict: ``summary``, ``scores``,
    ``requirements``, ``fact_checks``, ``gaps``, ``diagnostics``. Raises ParseError."""

def render(
    document: _Document,
    format: Literal["markdown", "html", "json"] = "markdown",
    lang: Literal["zh", "en"] = "zh",
    today: _Today = None,
) -> str:
    """The report of ``document`` as Markdown, a self-contained HTML page, or JSON."""

def export_oscal(
    dir: Union[str, os.PathLike[str]], assessment: Optional[_Document] = None
) -> list[pathlib.Path]:
    """Writes the OSCAL 1.2 catalog, each built-in framework's controls as a catalog,
    the five mapping collections and, with ``assessment``, its assessment plan and
    results into ``dir``; returns the paths written."""
