//! The CISO Assistant libraries, read back with a real YAML parser (`serde_yaml_ng`, not
//! the writer that made them): structure, urns, relationships, reproducibility. The
//! libraries were also loaded with CISO Assistant's own importer (see the README).

use std::collections::{HashMap, HashSet};

use gbt39204::catalog;
use gbt39204::export::ciso::{self, LibraryFile};
use serde_yaml_ng::Value;

fn parse(file: &LibraryFile) -> Value {
    serde_yaml_ng::from_str(&file.contents)
        .unwrap_or_else(|e| panic!("{} is not valid YAML: {e}", file.file_name))
}

fn library(name: &str) -> Value {
    let file = ciso::libraries()
        .into_iter()
        .find(|f| f.file_name == name)
        .unwrap_or_else(|| panic!("no library {name}"));
    parse(&file)
}

fn s<'v>(v: &'v Value, key: &str) -> &'v str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is not a string in {v:?}"))
}

fn nodes(lib: &Value) -> &Vec<Value> {
    lib["objects"]["framework"]["requirement_nodes"]
        .as_sequence()
        .expect("requirement_nodes")
}

/// Depth 1 at the root, parent + 1 below, parents listed before their children and in
/// the same framework; urns unique. Returns the node urns.
fn check_tree(lib: &Value) -> HashSet<String> {
    let mut depth: HashMap<String, u64> = HashMap::new();
    for node in nodes(lib) {
        let urn = s(node, "urn").to_owned();
        assert_eq!(urn, urn.to_lowercase(), "node urns are lower case");
        let d = node["depth"].as_u64().expect("depth");
        match node.get("parent_urn") {
            None => assert_eq!(d, 1, "{urn}: a root has depth 1"),
            Some(p) => {
                let p = p.as_str().expect("parent_urn");
                let parent = depth
                    .get(p)
                    .unwrap_or_else(|| panic!("{urn}: parent {p} not listed before"));
                assert_eq!(d, parent + 1, "{urn}: depth is its parent's plus one");
            }
        }
        assert!(
            node["assessable"].as_bool().is_some(),
            "{urn}: assessable is required"
        );
        assert!(depth.insert(urn.clone(), d).is_none(), "{urn} twice");
    }
    depth.into_keys().collect()
}

fn fixture(name: &str) -> HashSet<String> {
    let path = format!("{}/tests/fixtures/ciso/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_library_parses_and_names_our_packager() {
    let files = ciso::libraries();
    assert_eq!(files.len(), 5);
    for file in &files {
        let lib = parse(file);
        assert_eq!(s(&lib, "urn"), file.urn);
        assert!(
            file.urn.starts_with("urn:gbt39204:risk:library:"),
            "{}",
            file.urn
        );
        assert_eq!(s(&lib, "packager"), "gbt39204");
        assert_eq!(s(&lib, "locale"), "zh");
        assert!(lib["version"].as_i64().is_some_and(|v| v >= 1));
        assert!(lib["translations"]["en"]["name"].as_str().is_some());
        assert_eq!(
            file.urn,
            format!("urn:gbt39204:risk:library:{}", s(&lib, "ref_id"))
        );
    }
}

#[test]
fn reproducible_byte_for_byte() {
    assert_eq!(ciso::libraries(), ciso::libraries());
}

#[test]
fn framework_library_has_the_standards_structure() {
    let lib = library("gbt39204-2022.yaml");
    let urns = check_tree(&lib);
    // 6 aspects + 28 sub-clauses + 10 sub-sub-clauses + 111 items.
    assert_eq!(urns.len(), 6 + 28 + 10 + 111);
    let all = nodes(&lib);
    let assessable: Vec<&Value> = all
        .iter()
        .filter(|n| n["assessable"] == Value::Bool(true))
        .collect();
    assert_eq!(assessable.len(), 111);
    let by_depth = |d: u64| {
        all.iter()
            .filter(|n| n["depth"].as_u64() == Some(d) && n["assessable"] == Value::Bool(false))
            .count()
    };
    assert_eq!(by_depth(1), 6);
    assert_eq!(by_depth(2), 28);
    assert_eq!(by_depth(3), 10);
    for (node, r) in assessable.iter().zip(catalog::requirements()) {
        assert_eq!(s(node, "urn"), ciso::node_urn(r.id));
        assert_eq!(s(node, "ref_id"), r.id.as_str());
        let annotation = s(node, "annotation");
        assert!(annotation.contains("curated"), "{}", r.id);
        assert!(
            annotation.contains(r.certainty.name(gbt39204::Lang::Zh)),
            "{}",
            r.id
        );
        let en = s(&node["translations"]["en"], "annotation");
        assert!(
            en.contains(r.certainty.name(gbt39204::Lang::En)),
            "{}",
            r.id
        );
    }
}

#[test]
fn implementation_groups_are_defined_and_cover_every_item() {
    let lib = library("gbt39204-2022.yaml");
    let defined: HashSet<&str> = lib["objects"]["framework"]["implementation_groups_definition"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|g| s(g, "ref_id"))
        .collect();
    assert_eq!(
        defined,
        HashSet::from(["management", "technical", "beyond_mlps_l3"])
    );
    let mut beyond = Vec::new();
    for node in nodes(&lib)
        .iter()
        .filter(|n| n["assessable"] == Value::Bool(true))
    {
        let groups: Vec<&str> = node["implementation_groups"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|g| g.as_str().unwrap())
            .collect();
        assert!(groups.iter().all(|g| defined.contains(g)));
        assert_eq!(
            groups
                .iter()
                .filter(|g| ["management", "technical"].contains(g))
                .count(),
            1
        );
        if groups.contains(&"beyond_mlps_l3") {
            beyond.push(s(node, "ref_id").to_owned());
        }
    }
    // The 30-hour rule and the multi-carrier lines are beyond MLPS level 3.
    assert!(beyond.contains(&"7.4.c".to_owned()) && beyond.contains(&"7.5.1".to_owned()));
}

#[test]
fn questions_come_from_the_hard_numbers() {
    let lib = library("gbt39204-2022.yaml");
    let node = |id: &str| {
        nodes(&lib)
            .iter()
            .find(|n| s(n, "ref_id") == id && n["assessable"] == Value::Bool(true))
            .unwrap()
    };
    let types = |id: &str| -> Vec<String> {
        let n = node(id);
        let urn = s(n, "urn").to_owned();
        n["questions"]
            .as_mapping()
            .map(|m| {
                m.iter()
                    .map(|(k, q)| {
                        assert!(k.as_str().unwrap().starts_with(&format!("{urn}:question:")));
                        s(q, "type").to_owned()
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(types("7.4.c"), ["number"]);
    assert_eq!(types("7.2.a"), ["date"]);
    assert_eq!(types("7.5.1"), ["number", "number"]);
    assert_eq!(
        types("7.10.c"),
        ["unique_choice", "unique_choice", "boolean"]
    );
    assert_eq!(types("7.9.h"), ["number", "boolean"]);
    assert!(types("6.1.a").is_empty());
    // One question per fact: 7.1, 7.2.a, 7.4.a, 7.4.c, 7.5.4, 7.8.a, 8.1.b one each,
    // 7.5.1 and 7.9.h two, 7.10.c three.
    let total: usize = catalog::requirements()
        .iter()
        .map(|r| types(r.id.as_str()).len())
        .sum();
    assert_eq!(total, 14);
    // Every item with a hard number asks at least one question; no other item does.
    for r in catalog::requirements() {
        assert_eq!(
            r.obligations.is_empty(),
            types(r.id.as_str()).is_empty(),
            "{}",
            r.id
        );
    }
}

#[test]
fn mlps_library_has_10_categories_and_71_control_points() {
    let lib = library("mlps-2019-l3.yaml");
    let urns = check_tree(&lib);
    assert_eq!(urns.len(), 81);
    let assessable = nodes(&lib)
        .iter()
        .filter(|n| n["assessable"] == Value::Bool(true))
        .count();
    assert_eq!(assessable, 71);
    assert!(urns.contains("urn:gbt39204:risk:req_node:mlps-2019-l3:8.1.10.14"));
}

/// The node urns of each framework a mapping may name: ours from the exported
/// libraries, CISO Assistant's from the fixtures.
fn frameworks() -> HashMap<String, HashSet<String>> {
    let ours = |name: &str| {
        let lib = library(name);
        (
            s(&lib["objects"]["framework"], "urn").to_owned(),
            check_tree(&lib),
        )
    };
    HashMap::from([
        ours("gbt39204-2022.yaml"),
        ours("mlps-2019-l3.yaml"),
        (
            "urn:intuitem:risk:framework:iso27001-2022".to_owned(),
            fixture("iso27001-2022-nodes.txt"),
        ),
        (
            "urn:intuitem:risk:framework:nist-csf-2.0".to_owned(),
            fixture("nist-csf-2.0-nodes.txt"),
        ),
    ])
}

#[test]
fn fixtures_have_the_frameworks_control_counts() {
    assert_eq!(fixture("iso27001-2022-nodes.txt").len(), 93);
    assert_eq!(fixture("nist-csf-2.0-nodes.txt").len(), 106);
}

#[test]
fn every_mapping_row_resolves_both_ways() {
    let frameworks = frameworks();
    // Mapping rows in src/mapping/data/*.rs, counted with grep -c '^ *m!(' (none is
    // no-relationship).
    let expected = [
        ("mapping-iso27001-2022-to-gbt39204-2022.yaml", 188),
        ("mapping-nist-csf-2.0-to-gbt39204-2022.yaml", 216),
        ("mapping-mlps-2019-l3-to-gbt39204-2022.yaml", 143),
    ];
    let ours = "urn:gbt39204:risk:framework:gbt39204-2022";
    for (name, rows) in expected {
        let lib = library(name);
        let deps: Vec<&str> = lib["dependencies"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        assert_eq!(deps.len(), 2);
        let sets = lib["objects"]["requirement_mapping_sets"]
            .as_sequence()
            .unwrap();
        assert_eq!(sets.len(), 2, "{name}: both directions");
        assert_eq!(s(&sets[0], "target_framework_urn"), ours);
        assert_eq!(s(&sets[1], "source_framework_urn"), ours);
        assert_eq!(
            s(&sets[0], "source_framework_urn"),
            s(&sets[1], "target_framework_urn")
        );
        for set in sets {
            let source = &frameworks[s(set, "source_framework_urn")];
            let target = &frameworks[s(set, "target_framework_urn")];
            let mappings = set["requirement_mappings"].as_sequence().unwrap();
            assert_eq!(mappings.len(), rows, "{name}");
            for row in mappings {
                let from = s(row, "source_requirement_urn");
                let to = s(row, "target_requirement_urn");
                assert!(source.contains(from), "{name}: no node {from}");
                assert!(target.contains(to), "{name}: no node {to}");
                let rel = s(row, "relationship");
                assert!(
                    ["equal", "subset", "superset", "intersect", "not_related"].contains(&rel),
                    "{rel}"
                );
                assert!((0..=10).contains(&row["strength_of_relationship"].as_i64().unwrap()));
                assert!(s(row, "annotation").contains("curated"));
            }
        }
    }
}

#[test]
fn hard_number_rows_are_never_full_coverage() {
    for b in [
        gbt39204::mapping::BuiltinFramework::Iso27001_2022,
        gbt39204::mapping::BuiltinFramework::NistCsf2,
        gbt39204::mapping::BuiltinFramework::Mlps2019L3,
    ] {
        let lib = parse(&ciso::mapping_library(b));
        for set in lib["objects"]["requirement_mapping_sets"]
            .as_sequence()
            .unwrap()
        {
            for row in set["requirement_mappings"].as_sequence().unwrap() {
                let item = [
                    s(row, "source_requirement_urn"),
                    s(row, "target_requirement_urn"),
                ]
                .into_iter()
                .find_map(|u| u.strip_prefix("urn:gbt39204:risk:req_node:gbt39204-2022:"))
                .unwrap();
                let r = catalog::get(item).unwrap();
                if !r.obligations.is_empty() {
                    assert!(
                        !["equal", "superset"].contains(&s(row, "relationship")),
                        "{b}: {item}"
                    );
                }
            }
        }
    }
}

#[test]
fn relationships_turn_round_with_the_direction() {
    use gbt39204::mapping::Relationship::{IntersectsWith, SubsetOf, SupersetOf};
    // 39204 item ⊆ control: the control covers it, so control → item is `superset`.
    assert_eq!(
        ciso::relationship(SubsetOf, true, false),
        ("superset", false)
    );
    assert_eq!(
        ciso::relationship(SubsetOf, false, false),
        ("subset", false)
    );
    assert_eq!(
        ciso::relationship(SupersetOf, true, false),
        ("subset", false)
    );
    assert_eq!(
        ciso::relationship(SupersetOf, false, true),
        ("intersect", true)
    );
    assert_eq!(
        ciso::relationship(SubsetOf, true, true),
        ("intersect", true)
    );
    assert_eq!(
        ciso::relationship(IntersectsWith, true, false),
        ("intersect", false)
    );
    // 7.9.g subset-of A.5.20: an ISO audit of A.5.20 answers 7.9.g in full.
    let iso = ciso::mapping_library(gbt39204::mapping::BuiltinFramework::Iso27001_2022);
    let lib = parse(&iso);
    let row = lib["objects"]["requirement_mapping_sets"][0]["requirement_mappings"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|r| {
            s(r, "source_requirement_urn").ends_with(":a.5.20")
                && s(r, "target_requirement_urn").ends_with(":7.9.g")
        })
        .unwrap();
    assert_eq!(s(row, "relationship"), "superset");
}
