//! The crosswalks as a user sees them: the five built-in frameworks and mapping sets,
//! lookups both ways, coverage and inference under the honesty rules, and loading user
//! data with every problem reported at its JSON pointer.

use std::collections::{BTreeMap, HashSet};

use gbt39204::mapping::{
    self, BuiltinFramework, Confidence, ControlResult, Coverage, Crosswalk, Entry, Filter,
    Framework, InferredStatus, InputError, LoadError, MappingSet, Provenance, Relationship,
};
use gbt39204::{Domain, Lang, RequirementId, catalog};
use strum::IntoEnumIterator;

fn id(s: &str) -> RequirementId {
    s.parse().unwrap()
}

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/mapping/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

// ───────────────────────────── the built-in frameworks ─────────────────────────────

/// Leaf controls under each top-level group, in the framework's order.
fn leaves_per_top_level(framework: &Framework) -> Vec<(String, usize)> {
    framework
        .top_level()
        .map(|top| {
            let under = framework
                .leaves()
                .filter(|leaf| {
                    let mut parent = leaf.parent.as_deref();
                    while let Some(p) = parent {
                        if p == top.id {
                            return true;
                        }
                        parent = framework.control(p).and_then(|c| c.parent.as_deref());
                    }
                    false
                })
                .count();
            (top.id.to_string(), under)
        })
        .collect()
}

fn counts(pairs: &[(&str, usize)]) -> Vec<(String, usize)> {
    pairs.iter().map(|&(k, n)| (k.to_owned(), n)).collect()
}

#[test]
fn mlps_has_10_categories_and_71_control_points() {
    let mlps = BuiltinFramework::Mlps2019L3.framework();
    assert_eq!(mlps.id(), "mlps-2019-l3");
    assert_eq!(mlps.top_level().count(), 10);
    assert_eq!(mlps.leaves().count(), 71);
    assert_eq!(
        leaves_per_top_level(mlps),
        counts(&[
            ("8.1.1", 10),
            ("8.1.2", 3),
            ("8.1.3", 6),
            ("8.1.4", 11),
            ("8.1.5", 4),
            ("8.1.6", 4),
            ("8.1.7", 5),
            ("8.1.8", 4),
            ("8.1.9", 10),
            ("8.1.10", 14),
        ])
    );
    assert_eq!(mlps.control("8.1.10.5").unwrap().title.zh, "漏洞和风险管理");
}

#[test]
fn csf_has_6_functions_22_categories_106_subcategories() {
    let csf = BuiltinFramework::NistCsf2.framework();
    assert_eq!(csf.top_level().count(), 6);
    let categories = csf
        .controls()
        .iter()
        .filter(|c| c.parent.is_some() && csf.is_group(c))
        .count();
    assert_eq!(categories, 22);
    assert_eq!(csf.leaves().count(), 106);
    assert_eq!(
        leaves_per_top_level(csf),
        counts(&[
            ("GV", 31),
            ("ID", 21),
            ("PR", 22),
            ("DE", 11),
            ("RS", 13),
            ("RC", 8)
        ])
    );
    // CSF 2.0 numbering keeps its gaps: there is no ID.AM-06 or PR.DS-03.
    assert!(csf.control("ID.AM-06").is_none());
    assert!(csf.control("PR.DS-03").is_none());
    assert_eq!(
        csf.control("PR.AT-01").unwrap().parent.as_deref(),
        Some("PR.AT")
    );
}

#[test]
fn iso_has_4_themes_and_93_controls() {
    let iso = BuiltinFramework::Iso27001_2022.framework();
    assert_eq!(iso.top_level().count(), 4);
    assert_eq!(iso.leaves().count(), 93);
    assert_eq!(
        leaves_per_top_level(iso),
        counts(&[("A.5", 37), ("A.6", 8), ("A.7", 14), ("A.8", 34)])
    );
}

#[test]
fn the_laws_ship_the_operator_articles() {
    let cii = BuiltinFramework::CiiRegulation2021.framework();
    assert_eq!(cii.top_level().count(), 6, "six chapters");
    let articles: Vec<&str> = cii
        .controls()
        .iter()
        .filter(|c| c.parent.is_some())
        .map(|c| &*c.id)
        .collect();
    // The 13 operator articles: Art. 6, Art. 11 to 21, and Art. 28 (cooperating with
    // official security checks) from chapter 4.
    let expected: Vec<String> = [6, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 28]
        .iter()
        .map(|n| format!("Art.{n}"))
        .collect();
    assert_eq!(articles, expected);
    assert_eq!(cii.children("Ch.3").count(), 10, "Art. 12 to 21");
    let ch4: Vec<&str> = cii.children("Ch.4").map(|c| &*c.id).collect();
    assert_eq!(ch4, ["Art.28"]);
    // Chapters 5 and 6 (liability, supplementary provisions) bind no operator duty:
    // shipped empty.
    assert!(cii.is_group(cii.control("Ch.3").unwrap()));
    assert!(cii.is_group(cii.control("Ch.4").unwrap()));
    assert!(!cii.is_group(cii.control("Ch.5").unwrap()));
    assert!(!cii.is_group(cii.control("Ch.6").unwrap()));

    // The 10 articles: Art. 21, 25, 31, 33 to 38 of chapter 3, and Art. 49 of chapter 4.
    let csl = BuiltinFramework::CybersecurityLaw2016.framework();
    let leaves: Vec<&str> = csl.leaves().map(|c| &*c.id).collect();
    assert_eq!(
        leaves,
        [
            "Art.21", "Art.25", "Art.31", "Art.33", "Art.34", "Art.35", "Art.36", "Art.37",
            "Art.38", "Art.49"
        ]
    );
    assert_eq!(csl.top_level().count(), 2, "chapters 3 and 4");
    assert_eq!(csl.children("Ch.3").count(), 2, "its two sections");
    let ch4: Vec<&str> = csl.children("Ch.4").map(|c| &*c.id).collect();
    assert_eq!(ch4, ["Art.49"]);
}

#[test]
fn every_control_has_an_id_a_parent_that_exists_and_titles_in_both_languages() {
    for framework in mapping::frameworks() {
        let mut seen = HashSet::new();
        for (i, c) in framework.controls().iter().enumerate() {
            assert!(seen.insert(&*c.id), "{}: {} twice", framework.id(), c.id);
            if let Some(p) = &c.parent {
                let at = framework.controls().iter().position(|x| x.id == *p);
                assert!(
                    at.is_some_and(|at| at < i),
                    "{}: parent of {}",
                    framework.id(),
                    c.id
                );
            }
            assert!(!c.title.en.trim().is_empty(), "{}", c.id);
            assert!(!c.title.zh.trim().is_empty(), "{}", c.id);
        }
        assert!(!framework.name(Lang::Zh).is_empty() && !framework.name(Lang::En).is_empty());
        assert!(!framework.version().is_empty());
        assert!(!framework.publisher(Lang::En).is_empty());
    }
}

#[test]
fn framework_ids_round_trip_and_accept_short_names() {
    for b in BuiltinFramework::iter() {
        assert_eq!(b.id().parse::<BuiltinFramework>().unwrap(), b);
        assert_eq!(b.framework().id(), b.id());
        assert_eq!(b.mapping_set().framework(), b.id());
        assert_eq!(serde_json::to_value(b).unwrap(), b.id());
    }
    assert_eq!(
        "ISO".parse::<BuiltinFramework>().unwrap(),
        BuiltinFramework::Iso27001_2022
    );
    assert_eq!(
        "csf".parse::<BuiltinFramework>().unwrap(),
        BuiltinFramework::NistCsf2
    );
    assert_eq!(
        "等保".parse::<BuiltinFramework>().unwrap(),
        BuiltinFramework::Mlps2019L3
    );
    let err = mapping::crosswalk("iso27001-2021").unwrap_err();
    assert!(
        err.to_string().contains("did you mean `iso27001-2022`"),
        "{err}"
    );
}

// ───────────────────────────── the built-in mapping sets ─────────────────────────────

#[test]
fn every_built_in_set_passes_the_loader_checks() {
    // Same framework, targets exist, no duplicate or contradictory rows, rationales given.
    for b in BuiltinFramework::iter() {
        let checked = Crosswalk::new(b.framework(), b.mapping_set());
        assert!(checked.is_ok(), "{b}: {}", checked.unwrap_err());
        assert_eq!(b.mapping_set().provenance(), Provenance::Curated);
    }
}

#[test]
fn every_mapping_target_is_a_leaf_control_of_its_framework() {
    for b in BuiltinFramework::iter() {
        let framework = b.framework();
        for m in b.mapping_set().mappings() {
            let control = framework.control(&m.control);
            assert!(control.is_some(), "{b}: {} → {}", m.requirement, m.control);
            assert!(!framework.is_group(control.unwrap()), "{b}: {}", m.control);
        }
    }
}

#[test]
fn every_requirement_is_accounted_for_in_every_set_exactly_one_way() {
    for b in BuiltinFramework::iter() {
        let set = b.mapping_set();
        assert_eq!(set.unaccounted().count(), 0, "{b}");
        for r in catalog::requirements() {
            let mapped = set.mappings().filter(|m| m.requirement == r.id).count();
            let gaps = set.gaps().filter(|g| g.requirement == r.id).count();
            assert!(
                (mapped > 0 && gaps == 0) || (mapped == 0 && gaps == 1),
                "{b}: {} has {mapped} mappings and {gaps} gaps",
                r.id
            );
        }
        // Rows are grouped by requirement in the standard's order.
        let order: Vec<RequirementId> = set.entries().iter().map(Entry::requirement).collect();
        assert!(
            order.windows(2).all(|w| w[0] <= w[1]),
            "{b}: rows out of order"
        );
    }
}

#[test]
fn rationales_are_single_checkable_lines() {
    for b in BuiltinFramework::iter() {
        let set = b.mapping_set();
        let texts = set
            .mappings()
            .map(|m| (m.requirement, &*m.rationale))
            .chain(set.gaps().map(|g| (g.requirement, &*g.reason)));
        for (req, text) in texts {
            assert!(text.len() >= 30, "{b} {req}: too short: {text}");
            assert!(text.chars().count() <= 170, "{b} {req}: too long: {text}");
            assert!(!text.contains('\n'), "{b} {req}");
            assert!(text.ends_with('.'), "{b} {req}: {text}");
        }
    }
}

/// Rows, gaps, relationships and confidence of a set, counted.
fn histogram(
    set: &MappingSet,
) -> (
    usize,
    usize,
    BTreeMap<String, usize>,
    BTreeMap<String, usize>,
) {
    let mut relationships = BTreeMap::new();
    let mut confidence = BTreeMap::new();
    for m in set.mappings() {
        *relationships.entry(m.relationship.to_string()).or_insert(0) += 1;
        *confidence.entry(m.confidence.to_string()).or_insert(0) += 1;
    }
    (
        set.mappings().count(),
        set.gaps().count(),
        relationships,
        confidence,
    )
}

fn map(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs.iter().map(|&(k, n)| (k.to_owned(), n)).collect()
}

#[test]
fn set_sizes_and_relationship_histograms() {
    // Counted from the m!/gap! rows in src/mapping/data/*.rs (catalog 0.2), two ways that
    // agree: a script reading each row's fields, and `grep -c` of the row patterns per file
    // (e.g. `m!("…", "…", SubsetOf,`); the non-intersects rows were also read one by one.
    // A relationship with no row has no key (no equivalent-to in MLPS or ISO).
    let expected = [
        (
            BuiltinFramework::Mlps2019L3,
            143,
            22,
            map(&[
                ("subset-of", 7),
                ("superset-of", 38),
                ("intersects-with", 98),
            ]),
            map(&[("high", 19), ("medium", 84), ("low", 40)]),
        ),
        (
            BuiltinFramework::NistCsf2,
            216,
            4,
            map(&[
                ("equivalent-to", 1),
                ("subset-of", 6),
                ("superset-of", 5),
                ("intersects-with", 204),
            ]),
            map(&[("high", 35), ("medium", 120), ("low", 61)]),
        ),
        (
            BuiltinFramework::Iso27001_2022,
            188,
            6,
            map(&[
                ("subset-of", 10),
                ("superset-of", 1),
                ("intersects-with", 177),
            ]),
            map(&[("high", 18), ("medium", 103), ("low", 67)]),
        ),
        (
            BuiltinFramework::CiiRegulation2021,
            69,
            55,
            map(&[
                ("equivalent-to", 1),
                ("subset-of", 8),
                ("superset-of", 1),
                ("intersects-with", 59),
            ]),
            map(&[("high", 14), ("medium", 30), ("low", 25)]),
        ),
        (
            BuiltinFramework::CybersecurityLaw2016,
            63,
            58,
            map(&[
                ("equivalent-to", 1),
                ("subset-of", 8),
                ("superset-of", 2),
                ("intersects-with", 52),
            ]),
            map(&[("high", 17), ("medium", 27), ("low", 19)]),
        ),
    ];
    for (b, rows, gaps, relationships, confidence) in expected {
        assert_eq!(
            histogram(b.mapping_set()),
            (rows, gaps, relationships, confidence),
            "{b}"
        );
        // Mapped requirements plus gaps make the 111 (distinct requirements with a row:
        // MLPS 89, CSF 107, ISO 105, CII 56, CSL 53).
        let mapped: HashSet<_> = b.mapping_set().mappings().map(|m| m.requirement).collect();
        assert_eq!(mapped.len() + gaps, 111, "{b}");
    }
}

#[test]
fn forward_and_reverse_agree() {
    for b in BuiltinFramework::iter() {
        let walk = b.crosswalk();
        let mut reverse_total = 0;
        for control in walk.framework().controls() {
            let back = walk.reverse(&control.id, Filter::ANY).unwrap();
            for m in &back.mappings {
                assert_eq!(m.control, control.id);
                assert!(
                    walk.forward(m.requirement, Filter::ANY).any(|f| f == *m),
                    "{b}: {} → {} missing forward",
                    m.requirement,
                    m.control
                );
            }
            reverse_total += back.mappings.len();
        }
        let forward_total: usize = catalog::ids()
            .map(|r| walk.forward(r, Filter::ANY).count())
            .sum();
        assert_eq!(forward_total, reverse_total, "{b}");
        assert_eq!(forward_total, walk.mapping_set().mappings().count(), "{b}");
    }
}

#[test]
fn lookups_answer_the_examples() {
    let iso = mapping::crosswalk("iso27001-2022").unwrap();
    // 7.9.c (procurement list and cybersecurity review) has one row: ∩ A.5.21.
    let forward = iso.lookup(id("7.9.c"), Filter::ANY);
    let controls: Vec<&str> = forward.mappings.iter().map(|m| &*m.control).collect();
    assert_eq!(controls, ["A.5.21"]);
    assert!(forward.gap.is_none());
    // 7.8.a (O&M kept in China) is a gap: no rows, the gap instead.
    let gap = iso.lookup(id("7.8.a"), Filter::ANY);
    assert!(gap.mappings.is_empty() && gap.gap.is_some());

    // The rows targeting A.6.6, read from iso27001_2022.rs: 7.4.e ∩ (high),
    // 7.8.b ⊆ (subset-of, medium), 7.9.g ∩ (medium).
    let back = iso.reverse("A.6.6", Filter::ANY).unwrap();
    let requirements: Vec<String> = back
        .mappings
        .iter()
        .map(|m| m.requirement.to_string())
        .collect();
    assert_eq!(requirements, ["7.4.e", "7.8.b", "7.9.g"]);
    // Only the subset-of row covers; lenient control IDs.
    let covering = iso.reverse("a.6.6", Filter::covering()).unwrap();
    let requirements: Vec<String> = covering
        .mappings
        .iter()
        .map(|m| m.requirement.to_string())
        .collect();
    assert_eq!(requirements, ["7.8.b"]);
    // Confidence is independent of coverage: the one high row is a partial one.
    let confident = iso
        .reverse("A.6.6", Filter::ANY.min_confidence(Confidence::High))
        .unwrap();
    let requirements: Vec<String> = confident
        .mappings
        .iter()
        .map(|m| m.requirement.to_string())
        .collect();
    assert_eq!(requirements, ["7.4.e"]);
    // 7.9.g ⊆ A.5.20 and ∩ A.6.6: filtering on intersects-with keeps A.6.6 only.
    let only = Filter::only(&[Relationship::IntersectsWith]);
    let controls: Vec<&str> = iso
        .forward(id("7.9.g"), only)
        .map(|m| &*m.control)
        .collect();
    assert_eq!(controls, ["A.6.6"]);

    let err = iso.reverse("A.5.199", Filter::ANY).unwrap_err();
    assert_eq!(err.suggestion.as_deref(), Some("A.5.19"));
    assert!(err.to_string().contains("did you mean `A.5.19`"), "{err}");
}

// ───────────────────────────── the honesty rules ─────────────────────────────

#[test]
fn the_rule_lives_in_one_place_and_follows_set_theory() {
    use Relationship::*;
    let table = [
        (EqualTo, Coverage::Covered),
        (EquivalentTo, Coverage::Covered),
        (SubsetOf, Coverage::Covered),
        (SupersetOf, Coverage::Partial),
        (IntersectsWith, Coverage::Partial),
        (NoRelationship, Coverage::NotCovered),
    ];
    for (r, c) in table {
        assert_eq!(r.coverage(), c, "{r}");
        assert_eq!(r.carries_result(), c == Coverage::Covered);
        assert_eq!(
            Filter::covering().accepts_relationship(r),
            r.carries_result()
        );
        // OSCAL spelling everywhere.
        assert_eq!(r.to_string().parse::<Relationship>().unwrap(), r);
        assert_eq!(serde_json::to_value(r).unwrap(), r.to_string());
    }
    assert_eq!(
        Relationship::iter()
            .map(|r| r.to_string())
            .collect::<Vec<_>>(),
        [
            "equivalent-to",
            "equal-to",
            "subset-of",
            "superset-of",
            "intersects-with",
            "no-relationship"
        ]
    );
    assert_eq!("SubsetOf".parse::<Relationship>().unwrap(), SubsetOf);
    assert_eq!("subset_of".parse::<Relationship>().unwrap(), SubsetOf);
}

/// The hand-built user framework and set in tests/fixtures/mapping/.
fn acme() -> (Framework, MappingSet) {
    let framework = Framework::from_json(&fixture("framework.json")).unwrap();
    let set = MappingSet::from_json(&fixture("mapping.json"), &framework).unwrap();
    (framework, set)
}

#[test]
fn coverage_follows_the_honesty_rules() {
    // tests/fixtures/mapping/mapping.json: 6.1.a gap; 7.5.3.a ≡ R4; 7.9.d ⊇ R2 and ∩ R3;
    // 7.9.e no-relationship R5; 7.9.f ∩ R3; 7.9.g ⊆ R1. Nothing else is mapped.
    let (framework, set) = acme();
    let walk = Crosswalk::new(&framework, &set).unwrap();
    let report = walk.coverage(["R1", "R2", "R3", "R4", "R5"]).unwrap();
    let get = |s: &str| report.get(id(s)).unwrap();

    // subset-of and equivalent-to: covered, no review.
    assert_eq!(get("7.9.g").coverage, Coverage::Covered);
    assert!(!get("7.9.g").needs_review);
    assert_eq!(get("7.5.3.a").coverage, Coverage::Covered);
    assert!(!get("7.5.3.a").needs_review);
    // superset-of plus intersects-with: two partial paths stay partial.
    let d = get("7.9.d");
    assert_eq!((d.coverage, d.needs_review), (Coverage::Partial, true));
    assert_eq!(d.contributing.len(), 2);
    assert_eq!(get("7.9.f").coverage, Coverage::Partial);
    // no-relationship: never covered, and not listed as contributing.
    let e = get("7.9.e");
    assert_eq!(e.coverage, Coverage::NotCovered);
    assert!(e.contributing.is_empty() && e.missing.is_empty());
    // A gap and an unmapped requirement: not covered.
    assert_eq!(get("6.1.a").coverage, Coverage::NotCovered);
    assert!(get("6.1.a").gap.is_some());
    assert_eq!(get("11.4").coverage, Coverage::NotCovered);
    assert!(get("11.4").gap.is_none());

    // Hand count: covered 7.5.3.a and 7.9.g; partial 7.9.d and 7.9.f; the other 107 not.
    assert_eq!(
        (
            report.totals.covered,
            report.totals.partial,
            report.totals.not_covered
        ),
        (2, 2, 107)
    );
    // All four are in clause 7, which has 45 requirements in catalog 0.2 (7.1, 7.2 a-b,
    // 7.3 a-d, 7.4 a-e, 7.5.1, 7.5.2 a-c, 7.5.3 a-b, 7.5.4, 7.6.1 a-c, 7.6.2 a-b, 7.6.3,
    // 7.7, 7.8 a-c, 7.9 a-h, 7.10 a-h): 45 - 4 = 41 not covered.
    let protection = report.domain(Domain::SecurityProtection);
    assert_eq!(
        (
            protection.covered,
            protection.partial,
            protection.not_covered
        ),
        (2, 2, 41)
    );
    // Clause 11 has 16 (11.1 a-c, 11.2 a-d, 11.3.1 a-b, 11.3.2 a-e, 11.3.3, 11.4), none mapped.
    assert_eq!(report.domain(Domain::IncidentHandling).not_covered, 16);
    assert_eq!(
        report
            .domains
            .iter()
            .map(|d| d.totals.total())
            .sum::<usize>(),
        111
    );
}

#[test]
fn coverage_needs_the_covering_control_itself() {
    let (framework, set) = acme();
    let walk = Crosswalk::new(&framework, &set).unwrap();
    // Only the partial controls: 7.9.g is not covered, and R1 is what is missing.
    let report = walk.coverage(["R2", "R3", "R3"]).unwrap();
    assert_eq!(report.implemented, ["R2", "R3"]);
    let g = report.get(id("7.9.g")).unwrap();
    assert_eq!(g.coverage, Coverage::NotCovered);
    assert_eq!(g.missing.len(), 1);
    assert_eq!(g.missing[0].control, "R1");
    // Nothing implemented: nothing covered.
    let none = walk.coverage(Vec::<String>::new()).unwrap();
    assert_eq!(none.totals.not_covered, 111);
}

#[test]
fn coverage_of_iso_supplier_controls_counted_by_hand() {
    // The rows of iso27001_2022.rs that target these three controls:
    // A.5.19: 7.9.a ⊆, 7.9.d ⊆ (both subset-of);
    // A.5.20: 7.9.g ⊆ (subset-of), 7.10.d ∩;
    // A.5.21: 7.9.a ∩, 7.9.c ∩, 7.9.e ∩, 7.9.f ∩.
    // Covered: 7.9.a, 7.9.d, 7.9.g. Partial: 7.9.c, 7.9.e, 7.9.f, 7.10.d (their other rows,
    // 7.9.e ∩ A.5.30 and 7.10.d ∩ A.5.14, target controls not implemented). 111 - 7 = 104.
    let iso = mapping::crosswalk("iso27001-2022").unwrap();
    let report = iso.coverage(["A.5.19", "A.5.20", "A.5.21"]).unwrap();
    let by = |c: Coverage| -> Vec<String> {
        report
            .requirements
            .iter()
            .filter(|r| r.coverage == c)
            .map(|r| r.requirement.to_string())
            .collect()
    };
    assert_eq!(by(Coverage::Covered), ["7.9.a", "7.9.d", "7.9.g"]);
    assert_eq!(by(Coverage::Partial), ["7.9.c", "7.9.e", "7.9.f", "7.10.d"]);
    assert_eq!(report.totals.not_covered, 104);
    let a = report.get(id("7.9.a")).unwrap();
    assert_eq!(a.contributing.len(), 2);
    assert_eq!(
        a.contributing[0].relationship,
        Relationship::SubsetOf,
        "covering rows first"
    );
    assert_eq!(a.contributing[1].control, "A.5.21");
    let e = report.get(id("7.9.e")).unwrap();
    let missing: Vec<&str> = e.missing.iter().map(|m| &*m.control).collect();
    assert_eq!(missing, ["A.5.30"]);
}

#[test]
fn coverage_rejects_unknown_controls_all_at_once() {
    let iso = mapping::crosswalk("iso27001-2022").unwrap();
    let err = iso.coverage(["A.5.19", "A.5.199", "PR.AT-01"]).unwrap_err();
    assert_eq!(err.0.len(), 2);
    let InputError::UnknownControl { index, error } = &err.0[0] else {
        panic!("{:?}", err.0[0])
    };
    assert_eq!(*index, 1);
    assert_eq!(error.suggestion.as_deref(), Some("A.5.19"));
    assert!(matches!(
        err.0[1],
        InputError::UnknownControl { index: 2, .. }
    ));
    assert!(err.to_string().starts_with("2 problem(s)"), "{err}");
    // Lenient matching: case and full-width forms.
    assert!(iso.coverage(["a.5.19", "Ａ.５.２０"]).is_ok());
}

#[test]
fn inference_follows_the_honesty_rules() {
    let (framework, set) = acme();
    let walk = Crosswalk::new(&framework, &set).unwrap();
    let report = walk
        .infer([
            ("R1", ControlResult::Fail),
            ("R2", ControlResult::Pass),
            ("R3", ControlResult::Pass),
            ("R4", ControlResult::Pass),
            ("R5", ControlResult::Pass),
        ])
        .unwrap();
    let get = |s: &str| report.get(id(s)).unwrap();

    // A fail on a fully covering control (7.9.g ⊆ R1): not met.
    assert_eq!(
        (get("7.9.g").status, get("7.9.g").needs_review),
        (InferredStatus::NotMet, false)
    );
    // A pass through equivalent-to (7.5.3.a ≡ R4): met.
    assert_eq!(
        (get("7.5.3.a").status, get("7.5.3.a").needs_review),
        (InferredStatus::Met, false)
    );
    // Passes through superset-of / intersects-with (7.9.d ⊇ R2, ∩ R3): at most partial,
    // review.
    let d = get("7.9.d");
    assert_eq!(
        (d.status, d.needs_review),
        (InferredStatus::PartiallyMet, true)
    );
    assert_eq!(d.paths.len(), 2);
    assert_eq!(d.paths[0].hops[0].from, "7.9.d");
    assert_eq!(d.paths[0].hops[0].framework, "acme-grid-rule");
    // A pass on an unrelated control, a gap, and an unmapped requirement: never a pass.
    assert_eq!(get("7.9.e").status, InferredStatus::NotCovered);
    assert!(get("7.9.e").paths.is_empty());
    assert_eq!(get("6.1.a").status, InferredStatus::NotCovered);
    assert_eq!(get("11.4").status, InferredStatus::NotCovered);

    // Hand count: met 7.5.3.a; partially met 7.9.d and 7.9.f (∩ R3 passed); not met
    // 7.9.g; not covered the 105 unmapped, the 6.1.a gap and 7.9.e (no-relationship only).
    let t = report.totals;
    assert_eq!(
        (
            t.met,
            t.partially_met,
            t.not_met,
            t.not_assessed,
            t.not_covered
        ),
        (1, 2, 1, 0, 107)
    );
    assert_eq!(t.needs_review, 2, "7.9.d and 7.9.f");
    assert_eq!(report.domain(Domain::SecurityProtection).total(), 45);
}

#[test]
fn inference_without_results_is_not_assessed_and_partial_fails_are_reviewed() {
    let (framework, set) = acme();
    let walk = Crosswalk::new(&framework, &set).unwrap();
    let report = walk
        .infer([
            ("R2", ControlResult::Fail),
            ("R1", ControlResult::NotAssessed),
        ])
        .unwrap();
    // 7.9.d ⊇ R2 failed: not met, but only through a partial path, so review it.
    let d = report.get(id("7.9.d")).unwrap();
    assert_eq!((d.status, d.needs_review), (InferredStatus::NotMet, true));
    // 7.9.g ⊆ R1 not assessed: not assessed, never a pass.
    let g = report.get(id("7.9.g")).unwrap();
    assert_eq!(g.status, InferredStatus::NotAssessed);
    assert_eq!(g.paths.len(), 1, "the not-assessed path is shown");
    // Mapped, but no result given for R4 or R3.
    assert_eq!(
        report.get(id("7.5.3.a")).unwrap().status,
        InferredStatus::NotAssessed
    );
    assert_eq!(
        report.get(id("7.9.f")).unwrap().status,
        InferredStatus::NotAssessed
    );
    assert_eq!(report.totals.not_assessed, 3, "7.5.3.a, 7.9.f, 7.9.g");
    assert_eq!(report.totals.not_covered, 107);
}

#[test]
fn inference_on_iso_results() {
    let iso = mapping::crosswalk("iso27001-2022").unwrap();
    let report = iso
        .infer([
            ("A.5.20", ControlResult::Fail),
            ("A.6.3", ControlResult::Pass),
            ("A.8.12", ControlResult::Pass),
        ])
        .unwrap();
    let get = |s: &str| report.get(id(s)).unwrap();
    // 7.9.g subset-of A.5.20 failed → not met (its other row, ∩ A.6.6, not assessed).
    assert_eq!(
        (get("7.9.g").status, get("7.9.g").needs_review),
        (InferredStatus::NotMet, false)
    );
    // 7.10.d intersects-with A.5.20 failed → not met, review.
    assert_eq!(
        (get("7.10.d").status, get("7.10.d").needs_review),
        (InferredStatus::NotMet, true)
    );
    // 7.4.c superset-of A.6.3 (no 30-hour floor in ISO) → partially met, review.
    let training = get("7.4.c");
    assert_eq!(
        (training.status, training.needs_review),
        (InferredStatus::PartiallyMet, true)
    );
    // 7.10.g subset-of A.8.12 (its only row) → met; 10.1.c intersects-with A.8.12 → partial.
    assert_eq!(
        (get("7.10.g").status, get("7.10.g").needs_review),
        (InferredStatus::Met, false)
    );
    assert_eq!(
        (get("10.1.c").status, get("10.1.c").needs_review),
        (InferredStatus::PartiallyMet, true)
    );
    // Hand count from the rows targeting the three controls: A.5.20 → 7.9.g ⊆, 7.10.d ∩;
    // A.6.3 → 7.4.c ⊇; A.8.12 → 7.10.g ⊆, 9.2.e ∩, 10.1.b ∩, 10.1.c ∩. Met 7.10.g;
    // partially met 7.4.c, 9.2.e, 10.1.b, 10.1.c; not met 7.9.g, 7.10.d; the other
    // 105 - 7 = 98 mapped requirements not assessed; the 6 gaps not covered.
    let t = report.totals;
    assert_eq!(
        (
            t.met,
            t.partially_met,
            t.not_met,
            t.not_assessed,
            t.not_covered
        ),
        (1, 4, 2, 98, 6)
    );
    assert_eq!(t.needs_review, 5, "the four partially met and 7.10.d");
    // Nothing is met without a covering control that passed.
    for r in &report.requirements {
        if r.status == InferredStatus::Met {
            assert!(
                r.paths
                    .iter()
                    .any(|p| p.coverage == Coverage::Covered && p.result == ControlResult::Pass)
            );
        }
    }
}

#[test]
fn inference_rejects_unknown_and_conflicting_input() {
    let iso = mapping::crosswalk("iso27001-2022").unwrap();
    let err = iso
        .infer([
            ("A.5.20", ControlResult::Pass),
            ("A.5.200", ControlResult::Pass),
            ("a.5.20", ControlResult::Fail),
            ("A.5.20", ControlResult::Pass),
        ])
        .unwrap_err();
    assert_eq!(err.0.len(), 2, "{err}");
    assert!(
        matches!(&err.0[0], InputError::UnknownControl { index: 1, error } if error.suggestion.as_deref() == Some("A.5.20"))
    );
    let InputError::ConflictingResults {
        index,
        first_index,
        control,
        first,
        second,
    } = &err.0[1]
    else {
        panic!("{:?}", err.0[1])
    };
    assert_eq!((*index, *first_index, control.as_str()), (2, 0, "A.5.20"));
    assert_eq!(
        (*first, *second),
        (ControlResult::Pass, ControlResult::Fail)
    );
    assert_eq!(
        "failed".parse::<ControlResult>().unwrap(),
        ControlResult::Fail
    );
}

#[test]
fn every_framework_answers_forward_reverse_and_coverage() {
    for b in BuiltinFramework::iter() {
        let walk = b.crosswalk();
        let first = walk.mapping_set().mappings().next().unwrap();
        assert!(walk.forward(first.requirement, Filter::ANY).count() >= 1);
        assert!(
            !walk
                .reverse(&first.control, Filter::ANY)
                .unwrap()
                .mappings
                .is_empty()
        );
        let all: Vec<&str> = walk.framework().leaves().map(|c| &*c.id).collect();
        let report = walk.coverage(&all).unwrap();
        // With every control implemented, exactly the requirements with a covering row
        // are covered, and the gaps stay uncovered.
        for r in &report.requirements {
            let covering = walk
                .forward(r.requirement, Filter::covering())
                .next()
                .is_some();
            assert_eq!(
                r.coverage == Coverage::Covered,
                covering,
                "{b} {}",
                r.requirement
            );
            if r.gap.is_some() {
                assert_eq!(r.coverage, Coverage::NotCovered);
            }
        }
        assert_eq!(report.totals.total(), 111);
    }
}

// ───────────────────────────── user data ─────────────────────────────

#[test]
fn user_data_loads_through_the_same_types() {
    let (framework, set) = acme();
    assert_eq!(framework.id(), "acme-grid-rule");
    assert_eq!(framework.leaves().count(), 5);
    assert_eq!(
        framework.control("R5").unwrap().title.zh,
        "",
        "Chinese may be empty"
    );
    // Control IDs are stored canonically (mapping.json writes `r1`).
    assert!(set.mappings().any(|m| m.control == "R1"));
    // Six requirements have a row: 6.1.a (gap), 7.5.3.a, 7.9.d, 7.9.e, 7.9.f, 7.9.g.
    assert_eq!(set.unaccounted().count(), 111 - 6);
    assert_eq!(set.provenance(), Provenance::Curated);
}

#[test]
fn built_in_data_round_trips_through_the_loader() {
    for b in BuiltinFramework::iter() {
        let json = serde_json::to_string(b.framework()).unwrap();
        let framework = Framework::from_json(&json).unwrap();
        assert_eq!(&framework, b.framework(), "{b}");
        let json = serde_json::to_string(b.mapping_set()).unwrap();
        let set = MappingSet::from_json(&json, &framework).unwrap();
        assert_eq!(&set, b.mapping_set(), "{b}");
    }
}

/// What each fixture must produce: (kind, pointer) in order.
const FIXTURES: &[(&str, &[(&str, &str)])] = &[
    ("invalid-json.json", &[("syntax", "")]),
    (
        "wrong-type.json",
        &[
            ("wrong_type", "/entries/0/confidence"),
            ("wrong_type", "/entries/1"),
        ],
    ),
    (
        "missing-field.json",
        &[
            ("missing_field", "/entries/0/control"),
            ("missing_field", "/entries/1/kind"),
        ],
    ),
    (
        "unknown-field.json",
        &[
            ("unknown_field", "/comment"),
            ("unknown_field", "/entries/0/rationle"),
            ("missing_rationale", "/entries/0/rationale"),
        ],
    ),
    (
        "invalid-value.json",
        &[
            ("invalid_value", "/provenance"),
            ("invalid_value", "/entries/0/relationship"),
            ("invalid_value", "/entries/1/kind"),
        ],
    ),
    (
        "unknown-requirement.json",
        &[
            ("unknown_requirement", "/entries/0/requirement"),
            ("unknown_requirement", "/entries/1/requirement"),
            // A catalog 0.1 ID (7.5.a): 7.5 is now divided into sub-clauses.
            ("unknown_requirement", "/entries/2/requirement"),
        ],
    ),
    (
        "unknown-control.json",
        &[("unknown_control", "/entries/0/control")],
    ),
    (
        "duplicate-row.json",
        &[
            ("duplicate_row", "/entries/1"),
            ("duplicate_row", "/entries/3"),
        ],
    ),
    (
        "contradictory-row.json",
        &[
            ("contradictory_row", "/entries/1"),
            ("contradictory_row", "/entries/3"),
        ],
    ),
    (
        "missing-rationale.json",
        &[
            ("missing_rationale", "/entries/0/rationale"),
            ("missing_rationale", "/entries/1/reason"),
        ],
    ),
    (
        "wrong-framework.json",
        &[("framework_mismatch", "/framework")],
    ),
    (
        "framework-duplicate-control.json",
        &[("duplicate_control", "/controls/2/id")],
    ),
    (
        "framework-bad-parents.json",
        &[
            ("unknown_control", "/controls/1/parent"),
            ("invalid_value", "/controls/2/parent"),
        ],
    ),
    (
        "framework-many-problems.json",
        &[
            ("invalid_value", "/id"),
            ("invalid_value", "/name/en"),
            ("wrong_type", "/version"),
            ("unknown_field", "/publisher/fr"),
            ("unknown_field", "/controls/0/parnt"),
            ("wrong_type", "/controls/1/parent"),
            ("missing_field", "/controls/2/id"),
        ],
    ),
    (
        "many-problems.json",
        &[
            ("unknown_requirement", "/entries/1/requirement"),
            ("unknown_control", "/entries/1/control"),
            ("invalid_value", "/entries/1/relationship"),
            ("invalid_value", "/entries/1/confidence"),
            ("missing_rationale", "/entries/1/rationale"),
            ("unknown_field", "/entries/4/note"),
            ("contradictory_row", "/entries/2"),
            ("contradictory_row", "/entries/3"),
            ("duplicate_row", "/entries/4"),
            ("contradictory_row", "/entries/4"),
        ],
    ),
];

fn load(name: &str) -> Vec<LoadError> {
    let json = fixture(name);
    let result = if name.starts_with("framework-") {
        Framework::from_json(&json).map(|_| ())
    } else {
        let (framework, _) = acme();
        MappingSet::from_json(&json, &framework).map(|_| ())
    };
    result.expect_err(name).0
}

#[test]
fn every_fixture_reports_every_problem_at_its_pointer() {
    for (name, expected) in FIXTURES {
        let errors = load(name);
        let got: Vec<(&str, &str)> = errors.iter().map(|e| (e.kind(), e.pointer())).collect();
        assert_eq!(&got, expected, "{name}");
        for e in &errors {
            assert!(e.to_string().len() > e.pointer().len() + 10, "{name}: {e}");
        }
    }
}

#[test]
fn every_loader_error_kind_is_produced_by_a_fixture() {
    let produced: HashSet<&str> = FIXTURES
        .iter()
        .flat_map(|(_, expected)| expected.iter().map(|(kind, _)| *kind))
        .collect();
    // An oversized document (8 MiB) is no fixture; tests/limits.rs produces `too_large`.
    let all: HashSet<&str> = LoadError::KINDS
        .into_iter()
        .filter(|&k| k != "too_large")
        .collect();
    assert_eq!(produced, all);
}

#[test]
fn loader_messages_say_how_to_fix() {
    let text = |name: &str| {
        load(name)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let unknown = text("unknown-requirement.json");
    assert!(unknown.contains("did you mean `7.9.a`"), "{unknown}");
    assert!(unknown.contains("sub-clauses"), "{unknown}");
    let control = text("unknown-control.json");
    assert!(control.contains("did you mean `R1`"), "{control}");
    let field = text("unknown-field.json");
    assert!(field.contains("did you mean `rationale`"), "{field}");
    let duplicate = text("duplicate-row.json");
    assert!(
        duplicate.contains("repeats /entries/0 (7.9.g → R1)"),
        "{duplicate}"
    );
    let contradiction = text("contradictory-row.json");
    assert!(
        contradiction.contains("`subset-of` (high) there and `intersects-with` (high) here"),
        "{contradiction}"
    );
    let parents = text("framework-bad-parents.json");
    assert!(parents.contains("did you mean `G1`"), "{parents}");
    assert!(
        parents.contains("must be listed before its children"),
        "{parents}"
    );
    let relationship = text("invalid-value.json");
    assert!(
        relationship.contains("expected one of: equivalent-to"),
        "{relationship}"
    );
}
