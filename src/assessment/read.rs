//! The last step of reading a document: shape errors said in the document's terms, the
//! 0.1 migration, and the byte-order mark recorded.

use super::{AssessmentDocument, ParseError, migrate};

/// What each object of the format must look like, by the name serde gives its type.
const SHAPES: &[(&str, &str)] = &[
    (
        "struct AssessmentDocument",
        "the document must be an object with `metadata` and `results` (and optional `facts` and `extensions`)",
    ),
    (
        "struct Metadata",
        "`metadata` must be an object with `organisation`, `cii_name`, `cii_identifier`, `scope`, `assessor`, `assessment_date` and `catalog_version`",
    ),
    (
        "struct RequirementResult",
        "each result must be an object with `requirement` and `status` (and optional `evidence`, `notes`, `justification`, `remediation`)",
    ),
    (
        "struct Evidence",
        "each evidence item must be an object with `kind` and `reference` (and an optional `date`)",
    ),
    (
        "struct Remediation",
        "`remediation` must be an object with `owner` (and an optional `due_date`)",
    ),
    (
        "struct Facts",
        "`facts` must be an object of named facts such as `training_hours_per_person_year`",
    ),
    (
        "struct PostStaffing",
        "each key post must be an object with `post` and `people`",
    ),
    ("a sequence", "this must be an array"),
];

/// Finishes reading: shape errors reworded, migration, the byte-order mark recorded.
pub(super) fn finish(
    read: Result<AssessmentDocument<'_>, ParseError>,
    bom: bool,
) -> Result<AssessmentDocument<'_>, ParseError> {
    let mut doc = read.map_err(reword).map(migrate)?;
    doc.byte_order_mark = bom;
    Ok(doc)
}

/// "invalid type: sequence, expected struct Metadata" becomes "`metadata` must be an
/// object with … (found an array)".
fn reword(error: ParseError) -> ParseError {
    let ParseError::Format {
        pointer,
        line,
        column,
        message,
    } = error
    else {
        return error;
    };
    let Some((found, expected)) = message.rsplit_once(", expected ") else {
        return ParseError::Format {
            pointer,
            line,
            column,
            message,
        };
    };
    // "struct AssessmentDocument" or "struct AssessmentDocument with 4 elements".
    let Some((_, shape)) = SHAPES.iter().find(|(name, _)| {
        expected
            .strip_prefix(name)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    }) else {
        return ParseError::Format {
            pointer,
            line,
            column,
            message,
        };
    };
    let found = if let Some(t) = found.strip_prefix("invalid type: ") {
        match t {
            "sequence" => "an array".to_owned(),
            "map" => "an object".to_owned(),
            other => other.to_owned(),
        }
    } else if found.starts_with("invalid length") {
        "an array".to_owned()
    } else {
        found.to_owned()
    };
    ParseError::Format {
        pointer,
        line,
        column,
        message: format!("{shape}; found {found}"),
    }
}

#[cfg(test)]
mod tests {
    use crate::assessment::parse;

    #[test]
    fn shape_errors_speak_of_the_document() {
        let e = parse("[]").unwrap_err().to_string();
        assert!(
            e.contains("the document must be an object with `metadata` and `results`"),
            "{e}"
        );
        assert!(e.ends_with("found an array"), "{e}");
        let e = parse(r#"{"metadata": "x"}"#).unwrap_err().to_string();
        assert!(
            e.contains("`metadata` must be an object with `organisation`"),
            "{e}"
        );
        let e = parse(
            r#"{"metadata": {"organisation": "O", "cii_name": "D", "cii_identifier": "C",
            "scope": "S", "assessor": "A", "assessment_date": "2025-06-30",
            "catalog_version": "0.2.0"}, "results": [5]}"#,
        )
        .unwrap_err();
        assert_eq!(e.pointer(), Some("/results/0"));
        assert!(
            e.to_string().contains("each result must be an object"),
            "{e}"
        );
        let e = parse(
            r#"{"metadata": {"organisation": "O", "cii_name": "D", "cii_identifier": "C",
            "scope": "S", "assessor": "A", "assessment_date": "2025-06-30",
            "catalog_version": "0.2.0"}, "results": {}}"#,
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("this must be an array; found an object"),
            "{e}"
        );
        assert!(!e.to_string().contains("expected"), "{e}");
    }
}
