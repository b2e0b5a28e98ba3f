//! A set of requirements as a 128-bit mask over the catalog's rows: `Copy`, allocation-free,
//! and iterated in the standard's order.
//!
//! ```
//! use gbt39204::query::RequirementSet;
//! use gbt39204::{Clause, RequirementId};
//!
//! let supply = RequirementSet::of_clause(Clause::SupplyChainSecurity);
//! let id: RequirementId = "7.9.c".parse().unwrap();
//! assert_eq!(supply.len(), 8);
//! assert!(supply.contains(id));
//! let first: Vec<_> = supply.iter().take(2).map(|r| r.id.to_string()).collect();
//! assert_eq!(first, ["7.9.a", "7.9.b"]);
//! assert!((supply & !RequirementSet::of(id)).len() == 7);
//! // 7.5 holds the requirements of 7.5.1 … 7.5.4.
//! assert_eq!(RequirementSet::of_clause(Clause::CommunicationNetwork).len(), 7);
//! ```

use std::fmt;
use std::iter::FusedIterator;
use std::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign, Not, Range};

use crate::catalog;
use crate::model::{Clause, Domain, Requirement, RequirementId};

/// A set of requirements, one bit per catalog row (the catalog has 111 rows, so 128 bits
/// hold them all). Iterating gives the requirements in the standard's order.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RequirementSet {
    bits: u128,
}

/// The rows a sub-slice of the catalog (a clause's or a domain's requirements) occupies.
fn rows_of(slice: &'static [Requirement]) -> Range<usize> {
    let start = slice.first().map_or(0, |r| catalog::position(r.id));
    start..start + slice.len()
}

const fn range_bits(rows: Range<usize>) -> u128 {
    if rows.start >= rows.end || rows.start >= 128 {
        return 0;
    }
    let end = if rows.end > 128 { 128 } else { rows.end };
    let upper = if end == 128 {
        u128::MAX
    } else {
        (1u128 << end) - 1
    };
    upper & !((1u128 << rows.start) - 1)
}

impl RequirementSet {
    /// The empty set.
    pub const EMPTY: RequirementSet = RequirementSet { bits: 0 };

    /// Every requirement of the catalog.
    #[must_use]
    pub fn all() -> Self {
        RequirementSet {
            bits: range_bits(0..catalog::requirements().len()),
        }
    }

    /// The set holding only `id`.
    #[must_use]
    pub fn of(id: RequirementId) -> Self {
        let mut set = Self::EMPTY;
        set.insert(id);
        set
    }

    /// The requirements of a sub-clause.
    #[must_use]
    pub fn of_clause(clause: Clause) -> Self {
        RequirementSet {
            bits: range_bits(rows_of(clause.requirements())),
        }
    }

    /// The requirements of a domain.
    #[must_use]
    pub fn of_domain(domain: Domain) -> Self {
        RequirementSet {
            bits: range_bits(rows_of(domain.requirements())),
        }
    }

    /// The set of the catalog rows whose bits are set (bit `r` for row `r`).
    pub(super) const fn from_bits(bits: u128) -> Self {
        RequirementSet { bits }
    }

    /// The members that `keep` accepts; only they are looked at.
    pub(crate) fn retain(self, mut keep: impl FnMut(usize, &'static Requirement) -> bool) -> Self {
        let mut kept = 0;
        for (row, r) in self.rows() {
            if keep(row, r) {
                kept |= 1u128 << row;
            }
        }
        RequirementSet { bits: kept }
    }

    /// The set's catalog rows with their requirements, in order.
    pub(crate) fn rows(self) -> impl Iterator<Item = (usize, &'static Requirement)> {
        let mut members = self.iter();
        std::iter::from_fn(move || members.next_row())
    }

    /// Whether catalog row `row` is in the set.
    pub(crate) const fn has_row(self, row: usize) -> bool {
        row < 128 && self.bits & (1u128 << row) != 0
    }

    /// Adds `id`; returns whether it was new.
    pub fn insert(&mut self, id: RequirementId) -> bool {
        let row = catalog::position(id); // < 111, so it fits the 128 bits
        let new = !self.has_row(row);
        self.bits |= 1u128 << row;
        new
    }

    /// Removes `id`; returns whether it was there.
    pub fn remove(&mut self, id: RequirementId) -> bool {
        let row = catalog::position(id);
        let was = self.has_row(row);
        self.bits &= !(1u128 << row);
        was
    }

    /// Whether `id` is in the set.
    #[must_use]
    pub fn contains(self, id: RequirementId) -> bool {
        self.has_row(catalog::position(id))
    }

    /// The number of requirements in the set.
    #[must_use]
    pub const fn len(self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// The requirements in the set, in the standard's order. Allocates nothing.
    #[must_use]
    pub const fn iter(self) -> Requirements {
        Requirements { bits: self.bits }
    }

    /// The IDs in the set, in the standard's order.
    #[must_use]
    pub fn ids(self) -> impl DoubleEndedIterator<Item = RequirementId> + ExactSizeIterator {
        self.iter().map(|r| r.id)
    }
}

impl BitAnd for RequirementSet {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        RequirementSet {
            bits: self.bits & other.bits,
        }
    }
}

impl BitAndAssign for RequirementSet {
    fn bitand_assign(&mut self, other: Self) {
        self.bits &= other.bits;
    }
}

impl BitOr for RequirementSet {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        RequirementSet {
            bits: self.bits | other.bits,
        }
    }
}

impl BitOrAssign for RequirementSet {
    fn bitor_assign(&mut self, other: Self) {
        self.bits |= other.bits;
    }
}

impl Not for RequirementSet {
    type Output = Self;
    /// The complement within the catalog.
    fn not(self) -> Self {
        RequirementSet {
            bits: !self.bits & Self::all().bits,
        }
    }
}

impl FromIterator<RequirementId> for RequirementSet {
    fn from_iter<I: IntoIterator<Item = RequirementId>>(iter: I) -> Self {
        let mut set = Self::EMPTY;
        set.extend(iter);
        set
    }
}

impl Extend<RequirementId> for RequirementSet {
    fn extend<I: IntoIterator<Item = RequirementId>>(&mut self, iter: I) {
        for id in iter {
            self.insert(id);
        }
    }
}

impl IntoIterator for RequirementSet {
    type Item = &'static Requirement;
    type IntoIter = Requirements;
    fn into_iter(self) -> Requirements {
        self.iter()
    }
}

impl fmt::Debug for RequirementSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.ids()).finish()
    }
}

/// Calls `each` with every row whose bit is set in `bits`, in order: each half of the
/// 128 bits on its own, which takes half the instructions of stepping through them as
/// one number.
#[inline]
pub(super) fn each_row(bits: u128, mut each: impl FnMut(usize)) {
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the low and the high half of the 128 bits"
    )]
    let halves = [(bits as u64, 0), ((bits >> 64) as u64, 64)];
    for (half, base) in halves {
        let mut left = half;
        while left != 0 {
            each(base + left.trailing_zeros() as usize);
            left &= left - 1;
        }
    }
}

/// The requirements of a [`RequirementSet`], in the standard's order.
#[derive(Debug, Clone)]
pub struct Requirements {
    bits: u128,
}

impl Requirements {
    /// The next member with its catalog row.
    fn next_row(&mut self) -> Option<(usize, &'static Requirement)> {
        while self.bits != 0 {
            let row = self.bits.trailing_zeros() as usize;
            self.bits &= self.bits - 1;
            if let Some(r) = catalog::requirements().get(row) {
                return Some((row, r));
            }
        }
        None
    }
}

impl Iterator for Requirements {
    type Item = &'static Requirement;

    fn next(&mut self) -> Option<&'static Requirement> {
        self.next_row().map(|(_, r)| r)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits.count_ones() as usize;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for Requirements {
    fn next_back(&mut self) -> Option<&'static Requirement> {
        while self.bits != 0 {
            let row = 127 - self.bits.leading_zeros() as usize;
            self.bits &= !(1u128 << row);
            if let Some(r) = catalog::requirements().get(row) {
                return Some(r);
            }
        }
        None
    }
}

impl ExactSizeIterator for Requirements {}
impl FusedIterator for Requirements {}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    fn id(s: &str) -> RequirementId {
        s.parse().unwrap()
    }

    #[test]
    fn the_catalog_fits_and_all_is_every_row() {
        assert!(catalog::requirements().len() <= 128);
        let all = RequirementSet::all();
        assert_eq!(all.len(), catalog::requirements().len());
        assert!(all.iter().eq(catalog::requirements().iter()));
        assert!(all.iter().rev().eq(catalog::requirements().iter().rev()));
        assert!((!all).is_empty());
        assert_eq!(!RequirementSet::EMPTY, all);
    }

    #[test]
    fn clause_and_domain_sets_are_their_slices() {
        for c in Clause::ALL {
            let set = RequirementSet::of_clause(c);
            assert!(set.iter().eq(c.requirements().iter()), "{c}");
        }
        for d in Domain::iter() {
            let set = RequirementSet::of_domain(d);
            assert!(set.iter().eq(d.requirements().iter()), "{d}");
        }
    }

    #[test]
    fn insert_remove_contains() {
        let mut set = RequirementSet::EMPTY;
        assert!(set.insert(id("7.10.g")));
        assert!(!set.insert(id("7.10.g")));
        assert!(set.insert(id("6.1.a")));
        assert_eq!(set.len(), 2);
        assert_eq!(
            format!("{set:?}"),
            "{RequirementId(6.1.a), RequirementId(7.10.g)}"
        );
        assert!(set.contains(id("6.1.a")));
        assert!(set.remove(id("6.1.a")));
        assert!(!set.remove(id("6.1.a")));
        assert_eq!(set, RequirementSet::of(id("7.10.g")));
        let last = catalog::requirements().last().unwrap().id;
        assert_eq!(RequirementSet::all().ids().next_back(), Some(last));
    }

    #[test]
    fn range_bits_edges() {
        assert_eq!(range_bits(0..0), 0);
        assert_eq!(range_bits(0..1), 1);
        assert_eq!(range_bits(2..4), 0b1100);
        assert_eq!(range_bits(0..128), u128::MAX);
        assert_eq!(range_bits(127..200), 1u128 << 127);
        assert_eq!(range_bits(Range { start: 5, end: 3 }), 0);
    }
}
