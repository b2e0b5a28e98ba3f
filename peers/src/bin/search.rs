//! Search over the same 111 requirements three ways, in one run: this crate's compiled-in
//! index, SQLite FTS5 (trigram tokenizer, in memory) and tantivy (in RAM; character
//! bigrams for the Chinese fields, its English stemmer for the English ones). Each is
//! given the queries of `tests/query_quality/cases.rs`, each query timed on the three in
//! turn (so that a noisy machine slows them alike); the median time of each query and the
//! hit@1 / hit@3 of each peer are printed as a Markdown table.
//! `scripts/compare-peers.sh` runs it after the catalog comparison.
//!
//! ```text
//! search-peers --samples 31
//! ```

#[path = "../../../tests/query_quality/cases.rs"]
#[allow(dead_code, reason = "the table's kinds are for the test's breakdown")]
mod cases;
#[path = "../timing.rs"]
mod timing;

use std::time::Instant;

use clap::Parser;
use gbt39204::{Lang, catalog, query};
use rusqlite::Connection;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{LowerCaser, NgramTokenizer, TextAnalyzer};
use tantivy::{Index, IndexReader, TantivyDocument, doc};

#[derive(Parser)]
#[command(about = "Search the catalog with gbt39204, SQLite FTS5 and tantivy, timed")]
struct Args {
    /// Timed batches per query and peer.
    #[arg(long, default_value_t = 31)]
    samples: usize,
}

/// A search engine over the catalog: the IDs of its best hits, best first.
trait Peer {
    fn top(&self, query: &str, n: usize) -> Vec<String>;
}

struct Ours;

impl Peer for Ours {
    fn top(&self, text: &str, n: usize) -> Vec<String> {
        // The first page only, as the peers are asked for (`search_top`).
        query::search_top(text, n).map_or_else(
            |_| Vec::new(),
            |hits| hits.iter().map(|h| h.requirement.id.to_string()).collect(),
        )
    }
}

/// SQLite FTS5 with the trigram tokenizer; titles weigh 5, statements 1 (bm25), as in
/// gbt39204. A query word of fewer than three characters cannot use the trigram index,
/// so such queries fall back to `LIKE` over all four fields (unranked).
struct Sqlite(Connection);

impl Sqlite {
    fn build() -> rusqlite::Result<Sqlite> {
        let db = Connection::open_in_memory()?;
        db.execute_batch(
            "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, zh_title, zh_statement, \
             en_title, en_statement, tokenize = 'trigram')",
        )?;
        let mut insert = db.prepare("INSERT INTO docs VALUES (?1, ?2, ?3, ?4, ?5)")?;
        for r in catalog::requirements() {
            insert.execute([
                r.id.as_str(),
                r.title(Lang::Zh),
                r.statement(Lang::Zh),
                r.title(Lang::En),
                r.statement(Lang::En),
            ])?;
        }
        drop(insert);
        Ok(Sqlite(db))
    }

    fn run(&self, sql: &str, param: &str, n: usize) -> rusqlite::Result<Vec<String>> {
        let mut statement = self.0.prepare_cached(sql)?;
        let limit = i64::try_from(n).unwrap_or(i64::MAX);
        let rows = statement.query_map(rusqlite::params![param, limit], |row| row.get(0))?;
        rows.collect()
    }
}

impl Peer for Sqlite {
    fn top(&self, text: &str, n: usize) -> Vec<String> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let result = if words.iter().all(|w| w.chars().count() >= 3) {
            let phrase: Vec<String> = words
                .iter()
                .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
                .collect();
            self.run(
                "SELECT id FROM docs WHERE docs MATCH ?1 \
                 ORDER BY bm25(docs, 0.0, 5.0, 1.0, 5.0, 1.0) LIMIT ?2",
                &phrase.join(" "),
                n,
            )
        } else {
            self.run(
                "SELECT id FROM docs WHERE zh_title LIKE '%' || ?1 || '%' \
                 OR zh_statement LIKE '%' || ?1 || '%' OR en_title LIKE '%' || ?1 || '%' \
                 OR en_statement LIKE '%' || ?1 || '%' LIMIT ?2",
                text,
                n,
            )
        };
        result.unwrap_or_default()
    }
}

/// tantivy in RAM: the Chinese fields as lower-cased character bigrams, the English ones
/// with tantivy's `en_stem` analyser; titles boosted 5 as in gbt39204.
struct Tantivy {
    reader: IndexReader,
    parser: QueryParser,
    id: Field,
}

impl Tantivy {
    fn build() -> tantivy::Result<Tantivy> {
        let mut schema = Schema::builder();
        let id = schema.add_text_field("id", STRING | STORED);
        let text = |tokenizer: &str| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(tokenizer)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
        };
        let zh_title = schema.add_text_field("zh_title", text("cjk"));
        let zh_statement = schema.add_text_field("zh_statement", text("cjk"));
        let en_title = schema.add_text_field("en_title", text("en_stem"));
        let en_statement = schema.add_text_field("en_statement", text("en_stem"));
        let index = Index::create_in_ram(schema.build());
        index.tokenizers().register(
            "cjk",
            TextAnalyzer::builder(NgramTokenizer::new(2, 2, false)?)
                .filter(LowerCaser)
                .build(),
        );
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for r in catalog::requirements() {
            writer.add_document(doc!(
                id => r.id.as_str(),
                zh_title => r.title(Lang::Zh),
                zh_statement => r.statement(Lang::Zh),
                en_title => r.title(Lang::En),
                en_statement => r.statement(Lang::En),
            ))?;
        }
        writer.commit()?;
        let mut parser =
            QueryParser::for_index(&index, vec![zh_title, zh_statement, en_title, en_statement]);
        parser.set_field_boost(zh_title, 5.0);
        parser.set_field_boost(en_title, 5.0);
        Ok(Tantivy {
            reader: index.reader()?,
            parser,
            id,
        })
    }
}

impl Peer for Tantivy {
    fn top(&self, text: &str, n: usize) -> Vec<String> {
        let (query, _) = self.parser.parse_query_lenient(text);
        let searcher = self.reader.searcher();
        let Ok(found) = searcher.search(&query, &TopDocs::with_limit(n).order_by_score()) else {
            return Vec::new();
        };
        found
            .into_iter()
            .filter_map(|(_, address)| {
                let doc: TantivyDocument = searcher.doc(address).ok()?;
                Some(doc.get_first(self.id)?.as_str()?.to_owned())
            })
            .collect()
    }
}

/// What one peer did over the table.
struct Outcome {
    build_ns: f64,
    medians: Vec<f64>,
    hit1: usize,
    hit3: usize,
}

/// Runs the table's queries on every peer: each query on one peer after the other, so
/// that whatever else the machine is doing weighs on all of them alike.
fn measure(peers: &[(&str, &dyn Peer, f64)], samples: usize) -> Vec<Outcome> {
    let mut outcomes: Vec<Outcome> = peers
        .iter()
        .map(|&(_, _, build_ns)| Outcome {
            build_ns,
            medians: Vec::new(),
            hit1: 0,
            hit3: 0,
        })
        .collect();
    for case in cases::CASES {
        for (&(_, peer, _), out) in peers.iter().zip(&mut outcomes) {
            let top = peer.top(case.query, 3);
            let found = top
                .iter()
                .position(|id| case.expected.contains(&id.as_str()));
            out.hit1 += usize::from(found == Some(0));
            out.hit3 += usize::from(found.is_some());
            out.medians
                .push(timing::median_ns(samples, || peer.top(case.query, 3)));
        }
    }
    outcomes
}

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn duration(ns: f64) -> String {
    for (unit, scale) in [("s", 1e9), ("ms", 1e6), ("µs", 1e3)] {
        if ns >= scale {
            return format!("{:.3} {unit}", ns / scale);
        }
    }
    format!("{ns:.0} ns")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let started = Instant::now();
    let sqlite = Sqlite::build()?;
    let sqlite_ns = started.elapsed().as_secs_f64() * 1e9;
    let started = Instant::now();
    let tantivy = Tantivy::build()?;
    let tantivy_ns = started.elapsed().as_secs_f64() * 1e9;

    let peers: [(&str, &dyn Peer, f64); 3] = [
        ("gbt39204 (compiled-in index)", &Ours, 0.0),
        ("SQLite FTS5, trigram, in memory", &sqlite, sqlite_ns),
        ("tantivy, bigrams + en_stem, in RAM", &tantivy, tantivy_ns),
    ];
    eprintln!("== search: each query on the three in turn");
    let outcomes = measure(&peers, args.samples);
    let n = cases::CASES.len();
    let ours = median(&outcomes[0].medians);
    println!(
        "\nSearch: the {n} queries of tests/query_quality/cases.rs, top three hits each; \
         median over the queries of each query's median time ({} batches), each query timed \
         on the three in turn.\n",
        args.samples
    );
    println!("| | index build | median query | times gbt39204 | slowest query | hit@1 | hit@3 |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for ((name, _, _), o) in peers.iter().zip(&outcomes) {
        let m = median(&o.medians);
        let slowest = o.medians.iter().copied().fold(0.0, f64::max);
        let build = if o.build_ns == 0.0 {
            "none (compiled in)".to_owned()
        } else {
            duration(o.build_ns)
        };
        println!(
            "| {name} | {build} | {} | {:.1}× | {} | {}/{n} | {}/{n} |",
            duration(m),
            m / ours,
            duration(slowest),
            o.hit1,
            o.hit3
        );
    }
    Ok(())
}
