//! Asking the catalog questions: structured queries, and bilingual full-text search with
//! its rankings pinned. Every expected ranking below is explained from the catalog rows
//! (src/catalog/requirements.rs) and the search's weights: a sub-clause heading counts
//! most, then a title, then topic names and obligation labels, then a statement; rarer
//! terms count more; ties keep the standard's order.

use std::collections::BTreeSet;

use gbt39204::query::{Field, Hit, IdPrefix, Query, RequirementSet, SearchError, search};
use gbt39204::{
    Clause, Domain, Lang, Measure, ObligationKind, Party, Principle, RequirementId, Topic, catalog,
};
use proptest::prelude::*;

fn ids(hits: &[Hit]) -> Vec<&'static str> {
    hits.iter().map(|h| h.requirement.id.as_str()).collect()
}

/// The IDs of the first `n` hits for `text`.
fn top(text: &str, n: usize) -> Vec<&'static str> {
    let hits = search(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    ids(&hits).into_iter().take(n).collect()
}

fn set(ids: &[&'static str]) -> BTreeSet<&'static str> {
    ids.iter().copied().collect()
}

// ───────────────────────────── rankings, Chinese ─────────────────────────────

#[test]
fn supply_chain_zh_puts_the_7_9_items_first() {
    // 供应链 is in the heading of 7.9 (供应链安全保护), so all seven 7.9 items lead.
    // 7.9.a also has it in its title; 7.9.d–g have the bigram 供应 in theirs; 7.9.b and
    // 7.9.c only have the heading and the SupplyChain topic. 8.2.c has 供应链 in its title
    // but stands under 8.2, so it comes right after the 7.9 block.
    assert_eq!(
        top("供应链", 8),
        [
            "7.9.a", "7.9.d", "7.9.e", "7.9.f", "7.9.g", "7.9.b", "7.9.c", "8.2.c"
        ]
    );
}

#[test]
fn training_zh_finds_7_4_c() {
    // Only 7.4.c says 培训 in its title and statement (and carries the training-hours
    // obligation); 7.4.d has just the Training topic.
    assert_eq!(top("培训", 3), ["7.4.c", "7.4.d"]);
    assert_eq!(top("学时", 3), ["7.4.c"]);
}

#[test]
fn logs_zh_find_7_6_c_first() {
    // 日志 is in the titles of 7.6.c and 9.2.c only; 7.6.c also has the log-retention
    // obligation, whose label says 日志. 7.8.c and 7.9.f only have the Logging topic
    // (日志审计).
    assert_eq!(top("日志", 4), ["7.6.c", "9.2.c", "7.8.c", "7.9.f"]);
    // The phrase 日志留存 is only in 7.6.c's statement and obligation label.
    assert_eq!(top("日志留存", 1), ["7.6.c"]);
}

#[test]
fn exposure_surface_zh_finds_10_1() {
    // 10.1 is headed 收敛暴露面; 10.1.c also has 暴露面 in its title, 10.1.a in its
    // statement, 10.1.b only 暴露 in its title. 10.3.c has 暴露 but is not about exposure.
    assert_eq!(top("暴露面", 4), ["10.1.c", "10.1.a", "10.1.b", "10.3.c"]);
}

#[test]
fn exercises_zh_find_exercise_and_drill_items() {
    // 演练 is in the headings of 10.3 (攻防演练) and 11.2 (应急演练) and in all six items'
    // titles; 11.2.a also carries the drill-interval obligation. 7.8.f only practises
    // restoring backups (演练恢复), so it comes after the six.
    assert_eq!(
        top("演练", 7),
        [
            "11.2.a", "10.3.a", "10.3.b", "10.3.c", "11.2.b", "11.2.c", "7.8.f"
        ]
    );
    // The whole phrase narrows to its own sub-clause first.
    assert_eq!(top("应急演练", 3), ["11.2.a", "11.2.b", "11.2.c"]);
    assert_eq!(top("攻防演练", 3), ["10.3.a", "10.3.b", "10.3.c"]);
}

#[test]
fn other_chinese_terms() {
    // 10.4 is headed 威胁情报 and both its items say it in title and statement.
    assert_eq!(top("威胁情报", 3), ["10.4.a", "10.4.b", "10.2.a"]);
    // 数据 heads 7.10 (数据安全防护); 7.10.c ranks first because its onshore-data
    // obligation label says 数据 too.
    assert_eq!(
        set(&top("数据", 7)),
        set(&[
            "7.10.a", "7.10.b", "7.10.c", "7.10.d", "7.10.e", "7.10.f", "7.10.g"
        ])
    );
    assert_eq!(top("数据", 1), ["7.10.c"]);
    // 风险 heads 6.3 (风险识别).
    assert_eq!(top("风险", 2), ["6.3.a", "6.3.b"]);
    // Only 7.3.c has the whole title 首席网络安全官.
    assert_eq!(top("首席网络安全官", 1), ["7.3.c"]);
    // 等级保护 is in 7.1's heading (网络安全等级保护).
    assert_eq!(top("等级保护", 2), ["7.1.a", "7.1.b"]);
    // 境内: onshore operations (7.8.a) and onshore data (7.10.c), nothing else.
    assert_eq!(top("境内", 5), ["7.8.a", "7.10.c"]);
    assert_eq!(top("背景审查", 1), ["7.4.a"]);
}

// ───────────────────────────── rankings, English ─────────────────────────────

#[test]
fn supply_chain_en_puts_the_7_9_items_first() {
    // "Supply chain security" heads 7.9; 7.9.a and 7.9.e say "supply" in their titles.
    let first = top("supply chain", 7);
    assert_eq!(first[..2], ["7.9.a", "7.9.e"]);
    assert_eq!(
        set(&first),
        set(&[
            "7.9.a", "7.9.b", "7.9.c", "7.9.d", "7.9.e", "7.9.f", "7.9.g"
        ])
    );
    assert_eq!(top("supply chain", 8)[7], "8.2.c");
}

#[test]
fn training_en_finds_7_4_c() {
    assert_eq!(top("training", 3), ["7.4.c", "7.4.d"]);
}

#[test]
fn log_retention_en_finds_7_6_c_first() {
    // "retention" is only in 7.6.c's obligation label (network log retention period).
    assert_eq!(top("log retention", 2), ["7.6.c", "9.2.c"]);
    assert_eq!(top("retention", 5), ["7.6.c"]);
}

#[test]
fn other_english_terms() {
    // "supplier(s)" is in the titles of 7.9.d and 7.9.f only.
    assert_eq!(top("supplier", 5), ["7.9.d", "7.9.f"]);
    // 10.1 is headed "Exposure reduction"; 10.1.c says "exposure" twice more.
    assert_eq!(top("exposure", 5), ["10.1.c", "10.1.a", "10.1.b"]);
    // 10.3 is headed "Attack-defense exercises"; 11.2 items only have the topic.
    assert_eq!(
        top("exercise", 6),
        ["10.3.a", "10.3.b", "10.3.c", "11.2.a", "11.2.b", "11.2.c"]
    );
    // 11.2 is headed "Emergency drills"; 11.2.a adds the drill-interval label.
    assert_eq!(top("drill", 5), ["11.2.a", "11.2.b", "11.2.c"]);
    assert_eq!(top("threat intelligence", 2), ["10.4.a", "10.4.b"]);
    assert_eq!(top("onshore", 5), ["7.8.a", "7.10.c"]);
    assert_eq!(top("backups", 5), ["7.10.e"]);
    // Upper case in the text (MLPS) and in the query are the same.
    assert_eq!(top("mlps", 5), ["7.1.b"]);
    assert_eq!(top("MLPS", 5), ["7.1.b"]);
}

#[test]
fn english_ignores_case_and_simple_inflection() {
    let same = [
        &["log", "logs", "logging", "LOGS"][..],
        &["supplier", "suppliers", "Supplier"],
        &["training", "train", "Training", "TRAINING"],
        &["exercise", "exercises"],
        &["drill", "drills", "drilling"],
        &["supply", "supplies", "supplied"],
    ];
    for group in same {
        let first = ids(&search(group[0]).unwrap());
        assert!(!first.is_empty(), "{}", group[0]);
        for word in &group[1..] {
            assert_eq!(ids(&search(word).unwrap()), first, "{word} vs {}", group[0]);
        }
    }
    // A word is not a prefix: "log" does not find "logical", nor "supplier" "supply".
    assert_ne!(search("supplier").unwrap(), search("supply").unwrap());
}

// ───────────────────────────── mixed queries and IDs ─────────────────────────────

#[test]
fn mixed_queries() {
    // A sub-clause number puts its items first; within 7.9, 7.9.d and 7.9.f say 供应商
    // in their titles.
    let hits = search("7.9 供应商").unwrap();
    assert_eq!(ids(&hits)[..2], ["7.9.d", "7.9.f"]);
    assert!(ids(&hits)[..7].iter().all(|id| id.starts_with("7.9.")));
    assert_eq!(search("7.9供应商").unwrap(), hits);
    // Both languages add up on the same requirement.
    assert_eq!(top("training 培训", 2), ["7.4.c", "7.4.d"]);
    let both = search("training 培训").unwrap();
    let one = search("training").unwrap();
    assert!(both[0].score > one[0].score);
}

#[test]
fn an_id_in_the_query_ranks_its_requirement_first() {
    for (text, id) in [
        ("7.4c", "7.4.c"),
        ("7.4 c)", "7.4.c"),
        ("７．６ｃ", "7.6.c"),
        ("7.6.c log", "7.6.c"),
        ("日志 9.2(c)", "9.2.c"),
        ("training 7.9.a", "7.9.a"),
    ] {
        let hits = search(text).unwrap();
        assert_eq!(hits[0].requirement.id.as_str(), id, "{text}");
        assert_eq!(hits[0].matched[0].field, Field::Id, "{text}");
        assert_eq!(hits[0].matched[0].matched(), id, "{text}");
    }
    // An ID alone finds only itself; a sub-clause finds its items in order.
    assert_eq!(top("7.4c", 5), ["7.4.c"]);
    assert_eq!(top("10.1", 5), ["10.1.a", "10.1.b", "10.1.c"]);
    assert_eq!(search("7.").unwrap().len(), 58);
}

// ───────────────────────────── what a hit reports ─────────────────────────────

#[test]
fn hits_report_fields_and_ranges_to_highlight() {
    let hits = search("日志").unwrap();
    let top = &hits[0];
    assert_eq!(top.requirement.id.as_str(), "7.6.c");
    let fields: Vec<Field> = top.matched.iter().map(|m| m.field).collect();
    assert_eq!(
        fields,
        [
            Field::Title { lang: Lang::Zh },
            Field::Statement { lang: Lang::Zh },
            Field::Topic {
                topic: Topic::Logging,
                lang: Lang::Zh
            },
            Field::Obligation {
                kind: ObligationKind::LogRetention,
                lang: Lang::Zh
            },
        ]
    );
    for m in &top.matched {
        assert_eq!(m.matched(), "日志");
        assert_eq!(m.text, m.field.text(top.requirement));
    }
    // The title range, checked by hand: 安全审计并留存网络 is 9 characters of 3 bytes.
    assert_eq!(top.matched[0].range, 27..33);
    assert_eq!(top.requirement.title(Lang::Zh), top.matched[0].text);

    // English ranges cover the whole inflected word, in the original case.
    let hits = search("log").unwrap();
    let title = &hits[0].matched[0];
    assert_eq!(title.field, Field::Title { lang: Lang::En });
    assert_eq!(title.matched(), "logs");
    let mlps = &search("mlps").unwrap()[0].matched[0];
    assert_eq!(mlps.matched(), "MLPS");
}

#[test]
fn overlapping_matches_are_merged() {
    // 暴露面 and its bigrams 暴露, 露面 overlap; the title of 10.1.c shows one span.
    let hits = search("暴露面").unwrap();
    let title = hits[0]
        .matched
        .iter()
        .find(|m| m.field == Field::Title { lang: Lang::Zh })
        .unwrap();
    assert_eq!(title.matched(), "暴露面");
}

#[test]
fn title_matches_rank_above_statement_matches() {
    for text in [
        "风险", "数据", "日志", "供应", "security", "data", "risk", "事件",
    ] {
        let hits = search(text).unwrap();
        let has = |h: &Hit, f: fn(&Field) -> bool| h.matched.iter().any(|m| f(&m.field));
        let in_title = |f: &Field| matches!(f, Field::Title { .. } | Field::Clause { .. });
        let only_statement = |h: &Hit| {
            h.matched
                .iter()
                .all(|m| matches!(m.field, Field::Statement { .. }))
        };
        let worst_title = hits.iter().rposition(|h| has(h, in_title));
        let best_statement = hits.iter().position(only_statement);
        if let (Some(t), Some(s)) = (worst_title, best_statement) {
            assert!(t < s, "{text}: title hit at {t}, statement-only hit at {s}");
        }
    }
}

#[test]
fn hits_serialise_for_programs() {
    let hits = search("暴露面").unwrap();
    let json = serde_json::to_value(&hits[0]).unwrap();
    assert_eq!(json["id"], "10.1.c");
    assert!(json["score"].as_f64().unwrap() > 0.0);
    let first = &json["matched"][0];
    assert_eq!(first["field"], "title");
    assert_eq!(first["lang"], "zh");
    assert_eq!(first["text"], "暴露面");
    let (start, end) = (
        first["start"].as_u64().unwrap(),
        first["end"].as_u64().unwrap(),
    );
    assert_eq!(end - start, "暴露面".len() as u64);
    let topic = json["matched"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["field"] == "topic")
        .unwrap();
    assert_eq!(topic["topic"], "exposure");
}

#[test]
fn unusable_text_is_a_typed_error() {
    assert_eq!(search(""), Err(SearchError::Empty));
    assert_eq!(search("   \u{3000}"), Err(SearchError::Empty));
    assert!(matches!(
        search("？！…"),
        Err(SearchError::NothingToSearch { .. })
    ));
    assert!(matches!(
        search(&"x".repeat(1000)),
        Err(SearchError::TooLong { .. })
    ));
    let err = search("7.4.x").unwrap_err();
    assert!(err.to_string().contains("7.4.a"), "{err}");
    assert!(Query::new().text(" ").is_err());
    // A word that is nowhere is no error, just no hits.
    assert_eq!(search("blockchain").unwrap(), []);
}

// ───────────────────────────── structured queries ─────────────────────────────

#[test]
fn what_applies_to_our_supply_chain() {
    let q = Query::new().topic(Topic::SupplyChain);
    let found: Vec<&str> = q.requirements().map(|r| r.id.as_str()).collect();
    assert_eq!(
        found,
        [
            "7.7.d", "7.7.f", "7.9.a", "7.9.b", "7.9.c", "7.9.d", "7.9.e", "7.9.f", "7.9.g",
            "8.2.c"
        ]
    );
}

#[test]
fn which_requirements_carry_a_deadline() {
    let q = Query::new()
        .obligation(ObligationKind::PolicyReviewInterval)
        .obligation(ObligationKind::EvaluationInterval)
        .obligation(ObligationKind::DrillInterval);
    let found: Vec<&str> = q.requirements().map(|r| r.id.as_str()).collect();
    assert_eq!(found, ["7.2.c", "8.1.b", "11.2.a"]);
    // Every requirement with any obligation: the nine typed obligations sit on nine rows.
    let any: Vec<&str> = Query::new()
        .with_obligation()
        .requirements()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(
        any,
        [
            "7.1.b", "7.2.c", "7.4.b", "7.4.c", "7.6.c", "7.8.a", "7.10.c", "8.1.b", "11.2.a"
        ]
    );
}

#[test]
fn filters_combine() {
    // Technical measures of active defense, tagged with the collaborative-defense principle.
    let q = Query::new()
        .domain(Domain::ActiveDefense)
        .measure(Measure::Technical)
        .principle(Principle::CollaborativeDefense);
    assert_eq!(
        q.requirements().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["10.2.b"]
    );

    // Prefix 7.1 is sub-clause 7.1, not 7.10.
    let q = Query::new().id_prefix("7.1".parse::<IdPrefix>().unwrap());
    assert_eq!(q.count(), Clause::MlpsFoundation.requirements().len());

    // Whatever falls on the principal responsible person.
    let q = Query::new().responsible(Party::PrincipalResponsiblePerson);
    assert_eq!(
        q.requirements().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["7.2.a", "7.3.a"]
    );

    // Text plus filters: exercise items under active defense only.
    let hits = Query::new()
        .domain(Domain::ActiveDefense)
        .text("演练")
        .unwrap()
        .search();
    assert_eq!(ids(&hits), ["10.3.a", "10.3.b", "10.3.c"]);
    // The same text in the standard's order, through the set.
    let q = Query::new()
        .clause(Clause::EmergencyDrills)
        .text("drill")
        .unwrap();
    assert_eq!(
        q.matching(),
        RequirementSet::of_clause(Clause::EmergencyDrills)
    );
}

#[test]
fn structured_results_are_static_and_in_order() {
    let q = Query::new().measure(Measure::Technical);
    let got: Vec<&'static gbt39204::Requirement> = q.requirements().collect();
    let ordered: Vec<RequirementId> = got.iter().map(|r| r.id).collect();
    let mut sorted = ordered.clone();
    sorted.sort();
    assert_eq!(ordered, sorted);
    assert!(
        got.iter()
            .all(|r| std::ptr::eq(*r, catalog::requirement(r.id)))
    );
}

// ───────────────────────────── properties ─────────────────────────────

/// Checks what must hold for any search text: no panic, ranges on character boundaries
/// that name what the field says, hits ordered by score.
fn check_any_text(text: &str) -> Result<(), TestCaseError> {
    let Ok(hits) = search(text) else {
        return Ok(());
    };
    for pair in hits.windows(2) {
        prop_assert!(pair[0].score >= pair[1].score);
    }
    for hit in &hits {
        prop_assert!(hit.score > 0.0);
        for m in &hit.matched {
            prop_assert_eq!(m.text, m.field.text(hit.requirement));
            prop_assert!(m.range.start < m.range.end && m.range.end <= m.text.len());
            prop_assert!(m.text.is_char_boundary(m.range.start));
            prop_assert!(m.text.is_char_boundary(m.range.end));
            prop_assert!(!m.matched().is_empty());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_string_never_panics(text in any::<String>()) {
        check_any_text(&text)?;
    }

    #[test]
    fn catalog_like_text_never_panics(
        text in "[0-9０-９.．() a-zA-Zａ-ｚ供应链日志演练培训暴露面数据安全审计\u{3000}，。、-]{0,40}"
    ) {
        check_any_text(&text)?;
    }

    #[test]
    fn filters_only_narrow(text in "[a-z供应链日志演练培训 7.9]{1,12}", d in 0u8..6) {
        let domain = Domain::from_number(d + 6).unwrap();
        if let Ok(q) = Query::new().domain(domain).text(&text) {
            let hits = q.search();
            prop_assert!(hits.iter().all(|h| h.requirement.domain() == domain));
            prop_assert_eq!(hits.len(), q.count());
        }
    }
}
