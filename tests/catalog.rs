//! The catalog against the reference outline: counts, uniqueness, text quality,
//! annotations and round trips.

use std::collections::HashSet;

use gbt39204::{
    Certainty, Clause, Domain, Lang, Measure, Obligation, ObligationKind, Party, Principle,
    Requirement, RequirementId, RuleSource, Topic, catalog,
};
use strum::{EnumCount, IntoEnumIterator};

/// The outline's 111 IDs with their certainty, in order (extracted from
/// ../shared/reference/gbt39204-2022-outline.md, second edition).
fn outline() -> Vec<(String, Certainty)> {
    include_str!("fixtures/catalog/outline-ids.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (id, certainty) = l.split_once(' ').unwrap();
            (id.to_owned(), certainty.parse().unwrap())
        })
        .collect()
}

#[test]
fn ids_and_certainty_are_exactly_the_outlines() {
    let ours: Vec<(String, Certainty)> = catalog::requirements()
        .iter()
        .map(|r| (r.id.to_string(), r.certainty))
        .collect();
    assert_eq!(ours, outline());
    let p = catalog::provenance();
    assert_eq!(
        [
            p.count(Certainty::Transcribed),
            p.count(Certainty::Implied),
            p.count(Certainty::Reconstructed)
        ],
        [82, 20, 9]
    );
}

#[test]
fn counts_match_the_outline() {
    assert_eq!(Principle::COUNT, 3);
    assert_eq!(Domain::COUNT, 6);
    assert_eq!(Clause::COUNT, 38);
    assert_eq!(catalog::sub_clauses().len(), 28);
    assert_eq!(catalog::requirements().len(), 111);
    let per_domain: Vec<usize> = Domain::iter().map(|d| d.requirements().len()).collect();
    assert_eq!(per_domain, [9, 45, 13, 16, 12, 16]);
    let clauses_per_domain: Vec<usize> = Domain::iter().map(|d| d.clauses().len()).collect();
    assert_eq!(clauses_per_domain, [4, 10, 3, 3, 4, 4]);
    let divided: Vec<(&str, Vec<&str>)> = Clause::iter()
        .filter(|c| !c.children().is_empty())
        .map(|c| {
            (
                c.number(),
                c.children().iter().map(|c| c.number()).collect(),
            )
        })
        .collect();
    assert_eq!(
        divided,
        [
            ("7.5", vec!["7.5.1", "7.5.2", "7.5.3", "7.5.4"]),
            ("7.6", vec!["7.6.1", "7.6.2", "7.6.3"]),
            ("11.3", vec!["11.3.1", "11.3.2", "11.3.3"]),
        ]
    );
    let paragraphs: Vec<&str> = catalog::ids()
        .filter(|id| id.item().is_none())
        .map(RequirementId::as_str)
        .collect();
    assert_eq!(
        paragraphs,
        [
            "6.3", "6.4", "7.1", "7.5.1", "7.5.4", "7.6.3", "7.7", "11.3.3", "11.4"
        ]
    );
    for c in Clause::iter() {
        assert_eq!(c.parent().is_some(), c.depth() == 3, "{c}");
        if let Some(parent) = c.parent() {
            assert!(parent.children().contains(&c));
            assert_eq!(parent.domain(), c.domain());
        }
    }
}

#[test]
fn transcribed_rows_cite_an_existing_transcription_file() {
    let files: HashSet<&str> = include_str!("fixtures/catalog/transcription-files.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect();
    assert_eq!(files.len(), 82);
    let mut cited = HashSet::new();
    for r in catalog::requirements() {
        match r.source() {
            Some(source) => {
                assert_eq!(r.certainty, Certainty::Transcribed);
                assert_eq!(source.repository(), "sermilan/EZcompliance");
                let name = source.file_name();
                assert!(files.contains(name.as_str()), "{}: {name}", r.id);
                assert_eq!(source.path(), format!("{}/{name}", catalog::SOURCE.folder));
                cited.insert(name);
            }
            None => assert_ne!(r.certainty, Certainty::Transcribed, "{}", r.id),
        }
    }
    assert_eq!(cited.len(), 82, "every transcription file is cited once");
}

#[test]
fn inferred_and_reconstructed_gists_say_so() {
    for r in catalog::requirements() {
        let (zh, en) = match r.certainty {
            Certainty::Transcribed => continue,
            Certainty::Implied => ("（推定）", "(Inferred) "),
            Certainty::Reconstructed => ("（重建）", "(Reconstructed) "),
        };
        assert!(r.statement(Lang::Zh).starts_with(zh), "{}", r.id);
        assert!(r.statement(Lang::En).starts_with(en), "{}", r.id);
        assert!(
            r.obligations
                .iter()
                .all(|o| o.source() != RuleSource::Standard),
            "{}: a hard number on a gist",
            r.id
        );
    }
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
        let loose = match r.id.item() {
            Some(item) => format!(" {}{}) ", r.clause(), item.to_ascii_uppercase()),
            None => format!(" {}. ", r.clause()),
        };
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
fn hard_numbers_sit_where_the_standard_puts_them() {
    use Obligation as O;
    let expected = [
        (
            "7.1",
            O::MlpsLevel { min_level: 3 },
            RuleSource::MpsGuidance2020,
        ),
        (
            "7.2.a",
            O::PlanRevisionInterval { max_months: 12 },
            RuleSource::Standard,
        ),
        (
            "7.4.a",
            O::KeyPostStaffing { min_people: 2 },
            RuleSource::Standard,
        ),
        (
            "7.4.c",
            O::TrainingHours {
                min_hours_per_person_year: 30,
            },
            RuleSource::Standard,
        ),
        (
            "7.5.1",
            O::LineRedundancy {
                min_lines: 3,
                min_carriers: 2,
            },
            RuleSource::Standard,
        ),
        (
            "7.5.4",
            O::LogRetention { min_months: 6 },
            RuleSource::Standard,
        ),
        ("7.8.a", O::OnshoreOperations, RuleSource::Standard),
        (
            "7.9.h",
            O::SupplierIpLicence { min_years: 10 },
            RuleSource::Standard,
        ),
        ("7.10.c", O::OnshoreDataStorage, RuleSource::Standard),
        (
            "8.1.b",
            O::EvaluationInterval { max_months: 12 },
            RuleSource::CiiRegulationArt17,
        ),
    ];
    let ours: Vec<(String, Obligation, RuleSource)> = catalog::requirements()
        .iter()
        .flat_map(|r| {
            r.obligations
                .iter()
                .map(|o| (r.id.to_string(), *o, o.source()))
        })
        .collect();
    let expected: Vec<(String, Obligation, RuleSource)> = expected
        .iter()
        .map(|(id, o, s)| ((*id).to_owned(), *o, *s))
        .collect();
    assert_eq!(ours, expected);
    let kinds: HashSet<ObligationKind> = expected.iter().map(|(_, o, _)| o.kind()).collect();
    assert_eq!(kinds.len(), ObligationKind::COUNT);
    // Every rule from the standard sits on a transcribed item.
    for (id, o, _) in &expected {
        let r = catalog::get(id).unwrap();
        if o.source() == RuleSource::Standard {
            assert_eq!(r.certainty, Certainty::Transcribed, "{id}");
        }
    }
}

#[test]
fn no_hard_number_is_left_on_a_0_1_id() {
    // 0.1 put them at 7.1.b, 7.2.c, 7.4.b, 7.6.c and 11.2.a; none of those is a 0.2 ID
    // with an obligation (7.2.c and 7.1.b do not exist, 7.6.c is under 7.6.1).
    for old in ["7.1.b", "7.2.c", "7.4.b", "7.6.c", "11.2.a"] {
        if let Ok(r) = catalog::get(old) {
            assert!(r.obligations.is_empty(), "{old}");
        }
    }
    assert!(catalog::get("7.6.c").is_err());
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
    round_trip::<RuleSource>();
    round_trip::<Certainty>();
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
    assert_eq!(
        "互联安全".parse::<Clause>().unwrap(),
        Clause::Interconnection
    );
    assert_eq!(
        "监测预警制度".parse::<Clause>().unwrap(),
        Clause::MonitoringSystem
    );
    assert!(
        "制度".parse::<Clause>().is_err(),
        "three sub-clauses are headed 制度"
    );
    assert_eq!(
        "７．５．２".parse::<Clause>().unwrap(),
        Clause::Interconnection
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

    // The source must be the one the ID and certainty give.
    let mut value = serde_json::to_value(catalog::get("7.4.c").unwrap()).unwrap();
    value["source"]["path"] = "elsewhere.md".into();
    let err = serde_json::from_value::<Requirement>(value).unwrap_err();
    assert!(err.to_string().contains("COU-R-39204-2-7-4-c.md"), "{err}");
    let mut value = serde_json::to_value(catalog::get("7.4.d").unwrap()).unwrap();
    assert!(value.get("source").is_none());
    value["certainty"] = "transcribed".into();
    assert!(serde_json::from_value::<Requirement>(value).is_err());
}

#[test]
fn provenance_is_honest() {
    let p = catalog::provenance();
    let en = p.statement.get(Lang::En);
    assert!(en.contains("never the standard's wording"));
    assert!(en.contains("third-party transcription"));
    assert!(en.contains("82 requirements") && en.contains("20 are") && en.contains("9 stand"));
    assert!(en.contains("curated"));
    assert!(!en.to_lowercase().contains("official text of"));
    assert!(p.statement.get(Lang::Zh).contains("非官方"));
    assert_eq!(p.levels.iter().map(|l| l.count).sum::<usize>(), 111);
    assert_eq!(p.source.repository, "sermilan/EZcompliance");
    assert_eq!(catalog::STANDARD, "GB/T 39204-2022");
    assert_eq!(catalog::VERSION, "0.2.0");
}

#[test]
fn clause_paths_round_trip() {
    for c in Clause::iter() {
        let path = c.path();
        let written: Vec<String> = path.iter().filter(|&&n| n > 0).map(u8::to_string).collect();
        assert_eq!(written.join("."), c.number());
        assert_eq!(Clause::from_path(path), Some(c));
    }
    assert_eq!(Clause::from_numbers(7, 11), None);
    assert_eq!(Clause::from_path([7, 5, 9]), None);
    assert_eq!(Clause::DataSecurity.path(), [7, 10, 0]);
    assert_eq!(Clause::IncidentRecovery.path(), [11, 3, 2]);
}
