//! "Did you mean …?" suggestions for identifiers and names that do not exist.
//!
//! Used by every parser and loader that reports an unknown ID, so that a typo in
//! `7.4.x` or `A.5.91` comes back with the nearest real candidate.

/// The longest input a suggestion is looked for: no identifier or name in the crate is
/// near this long, and the edit distance is quadratic.
pub(crate) const MAX_INPUT: usize = 64;

/// Edit distance (Levenshtein, over chars) between `a` and `b`.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The candidate closest to `input`, if it is close enough to be a plausible typo:
/// at most a third of the input's length (and at least one edit) away.
/// Ties go to the earliest candidate, so callers pass candidates in their natural order.
/// Both sides are bounded: inputs longer than [`MAX_INPUT`] characters get no suggestion
/// (and cost nothing), and a candidate whose length differs from the input's by more than
/// the limit is skipped without computing a distance (the distance is at least that
/// difference), so no comparison costs more than `MAX_INPUT` × (`MAX_INPUT` + limit).
pub(crate) fn closest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let length = input.chars().take(MAX_INPUT + 1).count();
    if length > MAX_INPUT {
        return None;
    }
    let limit = (length / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| {
            // Byte length bounds the char count from above; count chars only for the rest.
            c.len() >= length.saturating_sub(limit)
                && c.chars().take(length + limit + 1).count().abs_diff(length) <= limit
        })
        .map(|c| (distance(input, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("7.4.c", "7.4.c"), 0);
        assert_eq!(distance("7.4.x", "7.4.c"), 1);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("日志", "日誌"), 1);
    }

    #[test]
    fn closest_respects_the_limit_and_order() {
        let names = ["operator", "operations", "network"];
        assert_eq!(closest("operatr", names), Some("operator"));
        assert_eq!(closest("zzzzzzzz", names), None);
        assert_eq!(closest("ab", ["ac", "ad"]), Some("ac"));
        assert_eq!(closest(&"x".repeat(MAX_INPUT + 1), ["x"]), None);
        // A candidate far longer than the input is skipped, not compared.
        let long = "7".repeat(4 << 20);
        assert_eq!(closest("7.4.x", [long.as_str(), "7.4.c"]), Some("7.4.c"));
        assert_eq!(closest("abcdef", ["abcdefgh", "abcdefg"]), Some("abcdefg"));
    }
}
