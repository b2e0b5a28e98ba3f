//! The catalog against the reference outline: counts, uniqueness, text quality,
//! annotations and round trips.

use std::collections::HashSet;

use gbt39204::{
    Clause, Domain, Lang, Measure, Obligation, ObligationKind, Party, Principle, Requirement,
    RequirementId, Topic, catalog,
};
use strum::{EnumCount, IntoEnumIterator};

/// Requirements per sub-clause, as listed in ../shared/reference/gbt39204-2022-outline.md.
const OUTLINE_COUNTS: [(&str, usize); 28] = [
    ("6.1", 2),
    ("6.2", 4),
    ("6.3", 2),
    ("6.4", 1),
    ("7.1", 2),
    ("7.2", 4),
    ("7.3", 6),
    ("7.4", 5),
    ("7.5", 6),
    ("7.6", 8),
    ("7.7", 6),
    ("7.8", 7),
    ("7.9", 7),
    ("7.10", 7),
    ("8.1", 3),
    ("8.2", 4),
    ("8.3", 3),
    ("9.1", 3),
    ("9.2", 5),
    ("9.3", 3),
    ("10.1", 3),
    ("10.2", 3),
    ("10.3", 3),
    ("10.4", 2),
    ("11.1", 3),
    ("11.2", 3),
    ("11.3", 4),
    ("11.4", 2),
];

#[test]
fn counts_match_the_outline() {
    assert_eq!(Principle::COUNT, 3);
    assert_eq!(Domain::COUNT, 6);
    assert_eq!(Clause::COUNT, 28);
    assert_eq!(catalog::requirements().len(), 111);
    for (number, count) in OUTLINE_COUNTS {
        let clause: Clause = number.parse().unwrap();
        assert_eq!(clause.requirements().len(), count, "sub-clause {number}");
    }
    let per_domain: Vec<usize> = Domain::iter().map(|d| d.requirements().len()).collect();
    assert_eq!(per_domain, [9, 58, 10, 11, 11, 12]);
    let clauses_per_domain: Vec<usize> = Domain::iter().map(|d| d.clauses().len()).collect();
    assert_eq!(clauses_per_domain, [4, 10, 3, 3, 4, 4]);
}

#[test]
fn ids_are_unique_ordered_and_consistent() {
    let ids: Vec<RequirementId> = catalog::ids().collect();
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), 111);
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "catalog in the standard's order"
    );
    for r in catalog::requirements() {
        assert_eq!(r.clause(), r.id.clause());
        assert_eq!(r.domain(), r.clause().domain());
        assert!(std::ptr::eq(r.id.requirement(), r));
        assert!(r.clause().requirements().iter().any(|x| std::ptr::eq(x, r)));
        assert!(r.domain().requirements().iter().any(|x| std::ptr::eq(x, r)));
    }
}

#[test]
fn display_and_from_str_round_trip_for_all_111() {
    for r in catalog::requirements() {
        let text = r.id.to_string();
        assert_eq!(text.parse::<RequirementId>(), Ok(r.id));
        assert_eq!(format!("{}", r.id), r.id.as_str());
        let loose = format!(" {}{}) ", r.clause(), r.id.item().to_ascii_uppercase());
        assert_eq!(loose.parse::<RequirementId>(), Ok(r.id), "{loose:?}");
        assert!(std::ptr::eq(catalog::get(&text).unwrap(), r));
    }
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[test]
fn every_text_is_present_in_both_languages() {
    for r in catalog::requirements() {
        for lang in Lang::iter() {
            assert!(!r.title(lang).trim().is_empty(), "{} title {lang}", r.id);
            assert!(
                !r.statement(lang).trim().is_empty(),
                "{} statement {lang}",
                r.id
            );
        }
        assert!(
            has_cjk(r.title(Lang::Zh)) && has_cjk(r.statement(Lang::Zh)),
            "{}",
            r.id
        );
        assert!(
            !has_cjk(r.title(Lang::En)) && !has_cjk(r.statement(Lang::En)),
            "{}",
            r.id
        );
        assert!(r.statement(Lang::Zh).ends_with('。'), "{}", r.id);
        assert!(r.statement(Lang::En).ends_with('.'), "{}", r.id);
        // One to three sentences.
        let sentences = r.statement(Lang::Zh).matches('。').count();
        assert!((1..=3).contains(&sentences), "{}", r.id);
    }
    for c in Clause::iter() {
        assert!(has_cjk(c.name(Lang::Zh)) && !c.name(Lang::En).is_empty());
    }
    for d in Domain::iter() {
        assert!(has_cjk(d.name(Lang::Zh)) && has_cjk(d.role(Lang::Zh)));
    }
    for p in Principle::iter() {
        assert!(has_cjk(p.name(Lang::Zh)) && has_cjk(p.description(Lang::Zh)));
    }
}

#[test]
fn every_requirement_is_annotated() {
    let mut served: HashSet<Principle> = HashSet::new();
    for r in catalog::requirements() {
        assert!(!r.principles.is_empty(), "{} serves no principle", r.id);
        assert!(!r.topics.is_empty(), "{} has no topic", r.id);
        let distinct: HashSet<_> = r.topics.iter().collect();
        assert_eq!(distinct.len(), r.topics.len(), "{} repeats a topic", r.id);
        served.extend(r.principles.iter());
    }
    assert_eq!(
        served.len(),
        3,
        "every principle is served by some requirement"
    );
    let technical = catalog::requirements()
        .iter()
        .filter(|r| r.measure == Measure::Technical)
        .count();
    assert!(
        technical > 20 && technical < 91,
        "a plausible split: {technical}"
    );
    assert_eq!(
        catalog::get("7.3.a").unwrap().responsible,
        Party::PrincipalResponsiblePerson
    );
    for t in [
        Topic::SupplyChain,
        Topic::Logging,
        Topic::Exposure,
        Topic::Exercises,
    ] {
        assert!(
            catalog::requirements()
                .iter()
                .any(|r| r.topics.contains(&t)),
            "{t}"
        );
    }
}

#[test]
fn the_nine_quantitative_obligations_are_typed() {
    let expected = [
        ("7.1.b", Obligation::MlpsLevel { min_level: 3 }),
        ("7.2.c", Obligation::PolicyReviewInterval { max_months: 12 }),
        ("7.4.b", Obligation::KeyDutyStaffing { min_people: 2 }),
        (
            "7.4.c",
            Obligation::TrainingHours {
                min_hours_per_person_year: 30,
            },
        ),
        ("7.6.c", Obligation::LogRetention { min_months: 6 }),
        ("7.8.a", Obligation::OnshoreOperations),
        ("7.10.c", Obligation::OnshoreDataStorage),
        ("8.1.b", Obligation::EvaluationInterval { max_months: 12 }),
        ("11.2.a", Obligation::DrillInterval { max_months: 12 }),
    ];
    let with_obligations: Vec<(String, Obligation)> = catalog::requirements()
        .iter()
        .flat_map(|r| r.obligations.iter().map(|o| (r.id.to_string(), *o)))
        .collect();
    let expected: Vec<(String, Obligation)> = expected
        .iter()
        .map(|(id, o)| ((*id).to_owned(), *o))
        .collect();
    assert_eq!(with_obligations, expected);
    let kinds: HashSet<ObligationKind> = expected.iter().map(|(_, o)| o.kind()).collect();
    assert_eq!(kinds.len(), ObligationKind::COUNT);
}

#[test]
fn enum_names_round_trip_and_parse_leniently() {
    fn round_trip<T>()
    where
        T: IntoEnumIterator + std::fmt::Display + std::str::FromStr + PartialEq + std::fmt::Debug,
        T::Err: std::fmt::Debug,
    {
        for v in T::iter() {
            assert_eq!(v.to_string().parse::<T>().unwrap(), v);
        }
    }
    round_trip::<Principle>();
    round_trip::<Domain>();
    round_trip::<Clause>();
    round_trip::<Topic>();
    round_trip::<Measure>();
    round_trip::<Party>();
    round_trip::<ObligationKind>();
    round_trip::<Lang>();
    assert_eq!(
        "Active-Defense".parse::<Domain>().unwrap(),
        Domain::ActiveDefense
    );
    assert_eq!(
        "ｔｒａｉｎｉｎｇ ｈｏｕｒｓ"
            .parse::<ObligationKind>()
            .unwrap(),
        ObligationKind::TrainingHours
    );
    assert_eq!(
        "供应链安全保护".parse::<Clause>().unwrap(),
        Clause::SupplyChainSecurity
    );
    let err = "suply_chain".parse::<Topic>().unwrap_err();
    assert_eq!(err.suggestion, Some("supply_chain"));
    assert!(err.to_string().contains("did you mean `supply_chain`"));
}

#[test]
fn serde_round_trips_model_values() {
    for r in catalog::requirements() {
        let json = serde_json::to_string(r).unwrap();
        let back: Requirement = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, r);
    }
    for c in Clause::iter() {
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, format!("\"{}\"", c.number()));
        assert_eq!(serde_json::from_str::<Clause>(&json).unwrap(), c);
    }
    for d in Domain::iter() {
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<Domain>(&json).unwrap(), d);
    }
    let o = Obligation::TrainingHours {
        min_hours_per_person_year: 30,
    };
    let json = serde_json::to_string(&o).unwrap();
    assert_eq!(
        json,
        r#"{"kind":"training_hours","min_hours_per_person_year":30}"#
    );
    assert_eq!(serde_json::from_str::<Obligation>(&json).unwrap(), o);
}

#[test]
fn deserialising_a_requirement_checks_clause_and_domain() {
    let mut value = serde_json::to_value(catalog::get("7.4.c").unwrap()).unwrap();
    value["clause"] = "7.5".into();
    let err = serde_json::from_value::<Requirement>(value).unwrap_err();
    assert!(err.to_string().contains("as the ID says"), "{err}");

    let mut value = serde_json::to_value(catalog::get("7.4.c").unwrap()).unwrap();
    value["surprise"] = true.into();
    assert!(serde_json::from_value::<Requirement>(value).is_err());
}

#[test]
fn provenance_is_honest() {
    let p = catalog::provenance();
    assert!(
        p.statement
            .get(Lang::En)
            .contains("never the standard's wording")
    );
    assert!(p.statement.get(Lang::En).contains("curated"));
    assert!(
        p.levels
            .iter()
            .any(|l| l.certainty == gbt39204::Certainty::Unverified)
    );
    assert_eq!(catalog::STANDARD, "GB/T 39204-2022");
    assert!(!catalog::VERSION.is_empty());
}

#[test]
fn clause_numbers_round_trip() {
    for c in Clause::iter() {
        let (major, minor) = c.numbers();
        assert_eq!(format!("{major}.{minor}"), c.number());
        assert_eq!(Clause::from_numbers(major, minor), Some(c));
    }
    assert_eq!(Clause::from_numbers(7, 11), None);
    assert_eq!(Clause::DataSecurity.numbers(), (7, 10));
}
