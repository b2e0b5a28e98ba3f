//! The report section "Beyond MLPS level 3" (关保在等保三级之上的增量), shown when the
//! document's facts put the CII at MLPS level 3 or higher (the fact check at 7.1 is
//! met): the hard numbers MLPS level 3 does not set and the items it has no
//! counterpart for, each with its status in this assessment. From the curated MLPS
//! crosswalk ([`beyond_mlps_level3`]), not official.

use crate::assessment::{Assessment, FactOutcome};
use crate::mapping::{Coverage, beyond_mlps_level3};
use crate::model::{Lang, ObligationKind, RequirementId};

use super::{Block, l, marked, plain, strong, table};

/// Whether the facts put the CII at MLPS level 3 or higher.
fn at_mlps_level3(a: &Assessment) -> bool {
    a.fact_checks
        .iter()
        .any(|c| c.obligation.kind() == ObligationKind::MlpsLevel && c.outcome == FactOutcome::Met)
}

fn status(a: &Assessment, id: RequirementId, lang: Lang) -> String {
    a.requirements
        .iter()
        .find(|r| r.requirement == id)
        .map_or_else(String::new, |r| {
            let name = r.status.name(lang);
            match (r.fact_failed, lang) {
                (false, _) => name.to_owned(),
                (true, Lang::En) => format!("{name} (fact check failed)"),
                (true, Lang::Zh) => format!("{name}（事实核验未通过）"),
            }
        })
}

/// Adds the section when the facts put the CII at MLPS level 3 or higher.
pub(super) fn section(a: &Assessment, lang: Lang, blocks: &mut Vec<Block>) {
    if !at_mlps_level3(a) {
        return;
    }
    let increment = beyond_mlps_level3();
    let t = increment.totals;
    blocks.push(Block::Heading(
        l(lang, "Beyond MLPS level 3", "等保三级之上的增量").to_owned(),
    ));
    blocks.push(Block::Paragraph(vec![plain(match lang {
        Lang::En => format!(
            "The facts put this CII at MLPS level 3 or higher. Of the 111 requirements, a programme meeting the MLPS 2.0 level-3 general requirements covers {}, partly covers {} and does not cover {} (this project's curated crosswalk, not official). The hard numbers below and the requirements without an MLPS counterpart are what GB/T 39204 adds in full.",
            t.covered, t.partial, t.not_covered
        ),
        Lang::Zh => format!(
            "根据所填事实，本关键信息基础设施的等级保护级别为第三级或以上。111 项要求中，落实等保2.0第三级安全通用要求可覆盖 {} 项、部分覆盖 {} 项、未覆盖 {} 项（依据本项目整理的对照映射，非官方）。下列硬性数值和等保中没有对应项的要求，是关保完全新增的内容。",
            t.covered, t.partial, t.not_covered
        ),
    })]));
    requirement_table(
        a,
        lang,
        blocks,
        l(
            lang,
            "Hard numbers MLPS level 3 does not set",
            "等保三级未规定的硬性数值",
        ),
        l(lang, "Hard number", "硬性数值"),
        increment
            .hard_numbers_left()
            .map(|(id, o)| (id, o.describe(lang))),
    );
    requirement_table(
        a,
        lang,
        blocks,
        l(
            lang,
            "Requirements without an MLPS counterpart",
            "等保中没有对应项的要求",
        ),
        l(lang, "Title", "标题"),
        increment.with(Coverage::NotCovered).map(|i| {
            let id = i.requirement;
            (id, id.requirement().title(lang).to_owned())
        }),
    );
}

/// A bold caption and a table of requirements: each with `middle` (its text under the
/// heading `middle_head`) and its status in this assessment.
fn requirement_table(
    a: &Assessment,
    lang: Lang,
    blocks: &mut Vec<Block>,
    caption: &str,
    middle_head: &str,
    rows: impl Iterator<Item = (RequirementId, String)>,
) {
    let rows = rows
        .map(|(id, middle)| {
            vec![
                plain(marked(id, lang)),
                plain(middle),
                plain(status(a, id, lang)),
            ]
        })
        .collect();
    blocks.push(Block::Paragraph(vec![strong(caption.to_owned())]));
    blocks.push(table(
        &[
            l(lang, "Requirement", "要求"),
            middle_head,
            l(lang, "Status here", "本次状态"),
        ],
        &[false, false, false],
        rows,
    ));
}
