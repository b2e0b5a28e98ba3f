//! Python bindings of the `gbt39204` crate (module `gbt39204._gbt39204`, re-exported by
//! the `gbt39204` package).
//!
//! Every function here converts its arguments, calls the crate, and converts the answer
//! to Python objects with `pythonize` (the same serde output as the crate's JSON); no
//! logic of the crate is repeated. The calls that do real work (parsing, assessing,
//! rendering, searching, coverage, inference, export) release the GIL while the crate
//! runs, so threads assess documents in parallel.
//!
//! ```text
//! cd bindings/python && maturin build --release   # then pip install the wheel
//! python -c 'import gbt39204; print(gbt39204.search("log retention")[0]["id"])'
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::borrow::Cow;
use std::path::PathBuf;

use gbt39204::assessment::{self, AssessOptions, Assessment, AssessmentDocument};
use gbt39204::export::{CatalogDocument, oscal};
use gbt39204::mapping::{self, ControlResult, Filter, InputError, InputErrors};
use gbt39204::query::{self, Field, SearchError};
use gbt39204::report::{self, Format};
use gbt39204::{Lang, ParseNameError, catalog};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};
use serde::Serialize;

create_exception!(
    gbt39204,
    Error,
    PyValueError,
    "Base of every error the package raises for bad input; a subclass of ValueError."
);
create_exception!(
    gbt39204,
    ParseError,
    Error,
    "An assessment document that is not JSON or breaks the document format. `pointer` is the \
     JSON pointer of the offending place (None when the document was refused unread, e.g. \
     too large); `line` and `column` are 1-based (0 when unread; for a dict document they \
     refer to its compact JSON text, so the pointer is what to go by)."
);
create_exception!(
    gbt39204,
    IdError,
    Error,
    "An identifier the catalog or a framework does not have: a requirement ID, a control ID \
     or a framework ID. The message says why, with a did-you-mean; `suggestion` is that \
     nearest real ID, or None."
);

/// The JSON data model of `value`: what the crate's JSON output holds (arrays as lists,
/// keys as strings). Needs no GIL.
fn json_value(value: &impl Serialize) -> PyResult<serde_json::Value> {
    serde_json::to_value(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Converts serde output to Python objects, through its JSON data model.
fn to_py<'py>(py: Python<'py>, value: &impl Serialize) -> PyResult<Bound<'py, PyAny>> {
    json_py(py, &json_value(value)?)
}

fn json_py<'py>(py: Python<'py>, value: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// An `IdError` with its message and suggestion.
fn id_error(py: Python<'_>, message: String, suggestion: Option<&str>) -> PyErr {
    let err = IdError::new_err(message);
    match err.value(py).setattr("suggestion", suggestion) {
        Ok(()) => err,
        Err(e) => e,
    }
}

fn name_error(e: &ParseNameError) -> PyErr {
    Error::new_err(e.to_string())
}

fn parse_error(py: Python<'_>, e: &assessment::ParseError) -> PyErr {
    let err = ParseError::new_err(e.to_string());
    let value = err.value(py);
    let set = value
        .setattr("pointer", e.pointer())
        .and_then(|()| value.setattr("line", e.line()))
        .and_then(|()| value.setattr("column", e.column()));
    match set {
        Ok(()) => err,
        Err(e) => e,
    }
}

fn input_errors(py: Python<'_>, e: &InputErrors) -> PyErr {
    // Unknown controls only: an ID error (with the suggestion when there is one ID).
    // A control given two results is a different mistake.
    if e.0
        .iter()
        .all(|e| matches!(e, InputError::UnknownControl { .. }))
    {
        let suggestion = match e.0.as_slice() {
            [InputError::UnknownControl { error, .. }] => error.suggestion.as_deref(),
            _ => None,
        };
        id_error(py, e.to_string(), suggestion)
    } else {
        Error::new_err(e.to_string())
    }
}

fn lang(text: &str) -> PyResult<Lang> {
    text.parse().map_err(|e| name_error(&e))
}

fn requirement_id(py: Python<'_>, id: &str) -> PyResult<gbt39204::RequirementId> {
    catalog::get(id).map(|r| r.id).map_err(|e| {
        let suggestion = e.suggestion();
        id_error(py, e.to_string(), suggestion.as_ref().map(|s| s.as_str()))
    })
}

/// A document as handed in: text or bytes borrowed from Python, or a dict's JSON text.
enum Document<'a> {
    Text(Cow<'a, str>),
    Bytes(&'a [u8]),
}

impl Document<'_> {
    fn parse(&self) -> Result<AssessmentDocument<'_>, assessment::ParseError> {
        match self {
            Document::Text(text) => assessment::parse(text),
            Document::Bytes(bytes) => assessment::parse_slice(bytes),
        }
    }
}

fn document<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<Document<'a>> {
    if let Ok(text) = obj.cast::<PyString>() {
        return Ok(Document::Text(text.to_cow()?));
    }
    if let Ok(bytes) = obj.cast::<PyBytes>() {
        return Ok(Document::Bytes(bytes.as_bytes()));
    }
    if obj.is_instance_of::<PyDict>() {
        // Through JSON text, so that a dict is read by the same parser, with the same
        // checks and errors, as the text it stands for.
        let value: serde_json::Value = pythonize::depythonize(obj).map_err(|e| {
            PyTypeError::new_err(format!(
                "the document dict holds something JSON cannot represent: {e}"
            ))
        })?;
        return Ok(Document::Text(Cow::Owned(value.to_string())));
    }
    Err(PyTypeError::new_err(format!(
        "the document must be str, bytes or dict, not {}",
        obj.get_type().name()?
    )))
}

/// `today` as given: None, a `YYYY-MM-DD` string or a `datetime.date`.
fn today(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<jiff::civil::Date>> {
    let Some(obj) = obj else { return Ok(None) };
    let text: String = if obj.is_instance_of::<PyString>() {
        obj.extract()?
    } else {
        obj.call_method0("isoformat")?.extract()?
    };
    text.parse().map(Some).map_err(|e| {
        Error::new_err(format!(
            "today: `{text}` is not a date; write YYYY-MM-DD or pass a datetime.date ({e})"
        ))
    })
}

/// Reads and assesses `document` with the GIL released, and hands the document (which
/// borrows its text from `document`) and its assessment to `then`, still without the GIL.
fn run_assessment<T: Send>(
    py: Python<'_>,
    document: &Bound<'_, PyAny>,
    today: Option<&Bound<'_, PyAny>>,
    then: impl FnOnce(&AssessmentDocument<'_>, Assessment) -> T + Send,
) -> PyResult<T> {
    let doc = self::document(document)?;
    let options = AssessOptions {
        today: self::today(today)?,
    };
    py.detach(|| {
        doc.parse().map(|parsed| {
            let result = assessment::assess(&parsed, &options);
            then(&parsed, result)
        })
    })
    .map_err(|e| parse_error(py, &e))
}

/// The 111 requirements, in the standard's order, as dicts shaped like the
/// `requirements` of the catalog JSON.
#[pyfunction(name = "catalog")]
fn requirements(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &CatalogDocument::new().requirements)
}

/// The requirement `id` (read leniently: `7.4c`, `7.5.2 c)`, `７．４．ｃ`) as a dict.
/// Raises `IdError`, with a did-you-mean, for an ID the catalog does not have.
#[pyfunction]
fn get<'py>(py: Python<'py>, id: &str) -> PyResult<Bound<'py, PyAny>> {
    to_py(py, catalog::requirement(requirement_id(py, id)?))
}

/// One span of a search hit, with character offsets (Python `str` indices).
#[derive(Serialize)]
struct Span<'a> {
    #[serde(flatten)]
    field: Field,
    start: usize,
    end: usize,
    text: &'a str,
}

/// A search hit as handed to Python.
#[derive(Serialize)]
struct SearchHit<'a> {
    id: gbt39204::RequirementId,
    score: f32,
    matched: Vec<Span<'a>>,
}

fn search_error(py: Python<'_>, e: &SearchError) -> PyErr {
    match e {
        SearchError::Id(_) => id_error(py, e.to_string(), None),
        _ => Error::new_err(e.to_string()),
    }
}

/// Full-text search of the catalog (Chinese, English, IDs); best hits first. Each hit is
/// a dict with `id`, `score` and `matched`, a list of the matched spans (`field`, `lang`
/// where the field has one, `start`/`end` as character offsets into the field's text,
/// and `text`, the matched part). With `lang` ("zh" or "en"), only spans in that language
/// (and on the ID) are kept, and hits left with none are dropped; scores do not change.
/// With `limit`, only the first `limit` of those hits (a result page, which is faster:
/// spans are built only for the hits returned).
#[pyfunction]
#[pyo3(signature = (text, lang = None, limit = None))]
fn search<'py>(
    py: Python<'py>,
    text: &str,
    lang: Option<&str>,
    limit: Option<usize>,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = lang.map(self::lang).transpose()?;
    let limit = limit.unwrap_or(usize::MAX);
    let hits = py
        .detach(|| {
            // With a language, hits can drop out after the search: page after filtering.
            let page = if lang.is_none() { limit } else { usize::MAX };
            query::search_top(text, page).map(|hits| {
                hits.iter()
                    .map(|hit| SearchHit {
                        id: hit.requirement.id,
                        score: hit.score,
                        matched: hit
                            .matched
                            .iter()
                            .filter(|m| {
                                lang.is_none() || m.field.lang().is_none_or(|l| Some(l) == lang)
                            })
                            .map(|m| {
                                let chars = |end: usize| {
                                    m.text.get(..end).unwrap_or_default().chars().count()
                                };
                                Span {
                                    field: m.field,
                                    start: chars(m.range.start),
                                    end: chars(m.range.end),
                                    text: m.matched(),
                                }
                            })
                            .collect(),
                    })
                    .filter(|hit| lang.is_none() || !hit.matched.is_empty())
                    .take(limit)
                    .collect::<Vec<_>>()
            })
        })
        .map_err(|e| search_error(py, &e))?;
    to_py(py, &hits)
}

/// The five built-in frameworks (MLPS 2.0 level 3, NIST CSF 2.0, ISO/IEC 27001:2022, the
/// CII Regulation, the Cybersecurity Law) as dicts, each with its controls.
#[pyfunction]
fn frameworks(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &mapping::frameworks().collect::<Vec<_>>())
}

/// The built-in crosswalk between GB/T 39204 and one other framework. Immutable and
/// safe to share between threads.
#[pyclass(frozen, module = "gbt39204")]
struct Crosswalk {
    inner: mapping::Crosswalk<'static>,
}

#[pymethods]
impl Crosswalk {
    /// The framework's canonical ID, e.g. `iso27001-2022`.
    #[getter]
    fn framework(&self) -> &'static str {
        self.inner.framework().id()
    }

    /// Everything the crosswalk says about requirement `id`: its mapping rows and, when
    /// it has no counterpart, the gap entry with the reason. Raises `IdError`.
    fn forward<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Bound<'py, PyAny>> {
        let id = requirement_id(py, id)?;
        to_py(py, &self.inner.lookup(id, Filter::ANY))
    }

    /// The requirements that map to `control` (read leniently), in the standard's order.
    /// Raises `IdError`, with a did-you-mean, for a control the framework does not have.
    fn reverse<'py>(&self, py: Python<'py>, control: &str) -> PyResult<Bound<'py, PyAny>> {
        let reverse = self
            .inner
            .reverse(control, Filter::ANY)
            .map_err(|e| id_error(py, e.to_string(), e.suggestion.as_deref()))?;
        to_py(py, &reverse)
    }

    /// How far the implemented `controls` (IDs of this framework) cover each of the 111
    /// requirements, with per-domain and overall totals. Raises `IdError` listing every
    /// unknown control.
    #[allow(
        clippy::needless_pass_by_value,
        reason = "PyO3 extracts a list argument as an owned Vec"
    )]
    fn coverage<'py>(&self, py: Python<'py>, controls: Vec<String>) -> PyResult<Bound<'py, PyAny>> {
        let report = py
            .detach(|| self.inner.coverage(&controls))
            .map_err(|e| input_errors(py, &e))?;
        to_py(py, &report)
    }

    /// A proposed GB/T 39204 result for every requirement from per-control `results` of
    /// an assessment against this framework: a dict `{control: result}` or a list of
    /// `(control, result)` pairs, results `pass`, `partial`, `fail` or `not_assessed`
    /// (leniently). Raises `IdError` for unknown controls, `Error` for a bad result or a
    /// control given two different results.
    fn infer<'py>(
        &self,
        py: Python<'py>,
        results: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let pairs: Vec<(String, String)> = match results.cast::<PyDict>() {
            Ok(dict) => dict
                .iter()
                .map(|(k, v)| Ok((k.extract()?, v.extract()?)))
                .collect::<PyResult<_>>()?,
            Err(_) => results.extract()?,
        };
        let mut parsed = Vec::with_capacity(pairs.len());
        for (index, (control, result)) in pairs.into_iter().enumerate() {
            let result: ControlResult = result
                .parse()
                .map_err(|e: ParseNameError| Error::new_err(format!("/{index}: {e}")))?;
            parsed.push((control, result));
        }
        let report = py
            .detach(|| self.inner.infer(parsed))
            .map_err(|e| input_errors(py, &e))?;
        to_py(py, &report)
    }

    fn __repr__(&self) -> String {
        format!("gbt39204.crosswalk({:?})", self.framework())
    }
}

/// The built-in crosswalk to the framework `framework_id`, read leniently
/// (`iso27001-2022`, `iso`, `csf`, `mlps`, `cii-regulation-2021`, …). Raises `IdError` with
/// the list of IDs and a did-you-mean.
#[pyfunction]
fn crosswalk(py: Python<'_>, framework_id: &str) -> PyResult<Crosswalk> {
    mapping::crosswalk(framework_id)
        .map(|inner| Crosswalk { inner })
        .map_err(|e| id_error(py, e.to_string(), e.suggestion))
}

/// Reads, checks, scores and lists the gaps of the self-assessment `document` (JSON as
/// `str` or UTF-8 `bytes`, or the same document as a `dict`) and returns the JSON report
/// as a dict. Date checks run as of `today` (a `datetime.date` or `YYYY-MM-DD`), by
/// default the document's assessment date. Raises `ParseError` with the place.
#[pyfunction]
#[pyo3(signature = (document, today = None))]
fn assess<'py>(
    py: Python<'py>,
    document: &Bound<'py, PyAny>,
    today: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let value = run_assessment(py, document, today, |_, result| json_value(&result))?;
    json_py(py, &value?)
}

/// The report of `document` (as for `assess`) as text: `format` is "markdown", "html"
/// (one self-contained page) or "json"; `lang` ("zh" or "en") is the language of the
/// Markdown and HTML reports.
#[pyfunction]
#[pyo3(signature = (document, format = "markdown", lang = "zh", today = None))]
fn render(
    py: Python<'_>,
    document: &Bound<'_, PyAny>,
    format: &str,
    lang: &str,
    today: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let format: Format = format.parse().map_err(|e| name_error(&e))?;
    let lang = self::lang(lang)?;
    run_assessment(py, document, today, |_, result| {
        report::render(&result, format, lang)
    })
}

/// Writes the OSCAL 1.2 exports into directory `dir` (created if missing): the catalog,
/// each built-in framework's controls as a catalog and its mapping collection and, when
/// `assessment` (a document, as for `assess`) is given, its assessment plan and results.
/// Returns the paths written.
#[pyfunction]
#[pyo3(signature = (dir, assessment = None))]
#[allow(
    clippy::needless_pass_by_value,
    reason = "PyO3 extracts a path argument as an owned PathBuf"
)]
fn export_oscal(
    py: Python<'_>,
    dir: PathBuf,
    assessment: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<PathBuf>> {
    let written = match assessment {
        Some(document) => run_assessment(py, document, None, |doc, result| {
            oscal::write_dir(&dir, Some((doc, &result)))
        })?,
        None => py.detach(|| oscal::write_dir(&dir, None)),
    };
    Ok(written?)
}

/// The native module behind the `gbt39204` package.
#[pymodule]
fn _gbt39204(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("Error", py.get_type::<Error>())?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add("IdError", py.get_type::<IdError>())?;
    m.add_class::<Crosswalk>()?;
    m.add_function(wrap_pyfunction!(requirements, m)?)?;
    m.add_function(wrap_pyfunction!(get, m)?)?;
    m.add_function(wrap_pyfunction!(search, m)?)?;
    m.add_function(wrap_pyfunction!(frameworks, m)?)?;
    m.add_function(wrap_pyfunction!(crosswalk, m)?)?;
    m.add_function(wrap_pyfunction!(assess, m)?)?;
    m.add_function(wrap_pyfunction!(render, m)?)?;
    m.add_function(wrap_pyfunction!(export_oscal, m)?)?;
    Ok(())
}
