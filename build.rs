//! Compiles the knowledge base (`src/content/*.toml`) into static Rust data at build time, so the
//! app parses nothing at start-up and ships no TOML parser. Syntax errors, unknown fields and
//! unknown enum values fail the build here, naming the file; the content's meaning (complete,
//! consistent, cited) is checked by the native tests in `tests/knowledge.rs`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "build/schema.rs"]
mod schema;
use schema::*;

const CONTENT: &str = "src/content";

fn main() {
    println!("cargo:rerun-if-changed={CONTENT}");
    let sources: SourcesFile = read("sources.toml");
    let roles: RolesFile = read("roles.toml");
    let dimensions: DimensionsFile = read("dimensions.toml");
    let debates: BTreeMap<String, DebateEntry> = read("debate.toml");
    let ladder: LadderFile = read("ladder.toml");
    let assessment: AssessmentFile = read("assessment.toml");
    let contexts: ContextsFile = read("contexts.toml");
    let cells = read_cells(&roles.role);

    let mut out = String::from("pub static KNOWLEDGE: Knowledge = Knowledge {\n");

    out.push_str("sources: &[\n");
    for s in &sources.source {
        let stance = variant(
            "stance",
            &s.stance,
            &[("for", "For"), ("against", "Against"), ("mixed", "Mixed")],
        );
        let kind = s.kind.as_deref().map(|kind| {
            let variant = variant(
                "kind",
                kind,
                &[("independent", "Independent"), ("vendor", "Vendor")],
            );
            format!("crate::model::knowledge::SourceKind::{variant}")
        });
        writeln!(
            out,
            "Source {{ id: {:?}, title: {:?}, subtitle: {:?}, untitled: {}, stance: Stance::{stance}, summary: {:?}, kind: {}, about: {:?}, by: {:?}, url: {:?} }},",
            s.id, s.title, s.subtitle, s.untitled, s.summary, option(kind), s.about, s.by, s.url
        )
        .unwrap();
    }
    out.push_str("],\nroles: &[\n");
    for r in &roles.role {
        let side = variant(
            "side",
            &r.side,
            &[
                ("management", "Management"),
                ("leadership", "Leadership"),
                ("outside", "Outside"),
            ],
        );
        writeln!(
            out,
            "Role {{ slug: {:?}, name: {:?}, short_name: {:?}, side: Side::{side}, summary: {:?}, also_known_as: &{:?}, sources: {} }},",
            r.slug, r.name, r.short_name, r.summary, r.also_known_as, citations(&r.sources)
        )
        .unwrap();
    }
    out.push_str("],\nthemes: &[\n");
    for t in &dimensions.theme {
        writeln!(out, "Theme {{ slug: {:?}, name: {:?} }},", t.slug, t.name).unwrap();
    }
    out.push_str("],\ndimensions: &[\n");
    for d in &dimensions.dimension {
        writeln!(
            out,
            "Dimension {{ slug: {:?}, name: {:?}, theme: {:?}, question: {:?}, levels: &{:?} }},",
            d.slug, d.name, d.theme, d.question, d.levels
        )
        .unwrap();
    }
    out.push_str("],\ncells: &[\n");
    for (role, dimension, c) in &cells {
        // Out-of-range levels are kept visible to the tests as 255 rather than wrapped.
        let level = u8::try_from(c.level).unwrap_or(u8::MAX);
        writeln!(
            out,
            "Cell {{ role: {role:?}, dimension: {dimension:?}, level: {level}, summary: {:?}, detail: {:?}, sources: {}, editorial: {:?} }},",
            c.summary, c.detail, citations(&c.sources), c.editorial
        )
        .unwrap();
    }
    out.push_str("],\ndebates: &[\n");
    for (dimension, d) in ordered(&debates, &dimensions.dimension) {
        let verdict = verdict_variant(&d.verdict);
        writeln!(
            out,
            "Debate {{ dimension: {dimension:?}, verdict: Verdict::{verdict}, case_for: {}, case_against: {} }},",
            argument(&d.case_for),
            argument(&d.against),
        )
        .unwrap();
    }
    out.push_str("],\nrungs: &[\n");
    for r in &ladder.rung {
        let track = variant(
            "track",
            &r.track,
            &[
                ("shared", "Shared"),
                ("individual", "Individual"),
                ("management", "Management"),
            ],
        );
        writeln!(
            out,
            "Rung {{ role: {:?}, track: Track::{track}, scope: {:?}, horizon: {:?}, team: {:?}, decisions: {:?}, \
             learn_next: {}, pitfalls: {}, sources: {} }},",
            r.role, r.scope, r.horizon, r.team, r.decisions, entries(&r.learn_next), entries(&r.pitfalls), citations(&r.sources)
        )
        .unwrap();
    }
    out.push_str("],\nsteps: &[\n");
    for s in &ladder.step {
        writeln!(
            out,
            "Step {{ from: {:?}, to: {:?}, changes: {}, advice: {}, sources: {} }},",
            s.from,
            s.to,
            entries(&s.changes),
            entries(&s.advice),
            citations(&s.sources)
        )
        .unwrap();
    }
    // The assessment's types are named by their full path, so src/content/mod.rs needs no import.
    out.push_str("],\nquestions: &[\n");
    for q in &assessment.question {
        writeln!(
            out,
            "crate::model::knowledge::Question {{ dimension: {:?}, ask: {:?}, answers: &{:?}, hint: {:?} }},",
            q.dimension, q.ask, q.answers, q.hint
        )
        .unwrap();
    }
    writeln!(
        out,
        "],\naccountability_gap: crate::model::knowledge::AccountabilityGap {{ control: &{:?}, answerable: &{:?}, needs: &{:?}, why: {:?}, sources: {} }},",
        assessment.accountability_gap.control,
        assessment.accountability_gap.answerable,
        assessment.accountability_gap.needs,
        assessment.accountability_gap.why,
        citations(&assessment.accountability_gap.sources)
    )
    .unwrap();
    out.push_str("contexts: &[\n");
    for c in &contexts.context {
        write_context(&mut out, c);
    }
    writeln!(
        out,
        "],\nhead_of_product_note: {:?},\n}};",
        ladder.head_of_product_note
    )
    .unwrap();

    let target = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("knowledge.rs");
    fs::write(target, out).unwrap();
}

fn read<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = Path::new(CONTENT).join(name);
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `cells/<role>.toml`, as (role, dimension, cell): files in the order of roles.toml,
/// then any other file (its unknown role is the tests' to report); tables in file order.
fn read_cells(roles: &[RoleEntry]) -> Vec<(String, String, CellEntry)> {
    let dir = Path::new(CONTENT).join("cells");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    let rank = |path: &PathBuf| {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        (
            roles
                .iter()
                .position(|r| r.slug == stem)
                .unwrap_or(usize::MAX),
            stem,
        )
    };
    files.sort_by_key(rank);
    let mut cells = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        let table: toml::Table =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let role = match table.get("role") {
            Some(toml::Value::String(role)) => role.clone(),
            _ => panic!("{}: needs `role = \"<slug>\"`", path.display()),
        };
        for (dimension, value) in table {
            if dimension == "role" {
                continue;
            }
            let cell: CellEntry = value
                .try_into()
                .unwrap_or_else(|e| panic!("{}: [{dimension}]: {e}", path.display()));
            cells.push((role.clone(), dimension, cell));
        }
    }
    cells
}

/// Debate entries in dimension order, then any for unknown dimensions (for the tests to report).
fn ordered<'a>(
    debates: &'a BTreeMap<String, DebateEntry>,
    dimensions: &[DimensionEntry],
) -> Vec<(&'a String, &'a DebateEntry)> {
    let mut list: Vec<_> = debates.iter().collect();
    list.sort_by_key(|(slug, _)| {
        dimensions
            .iter()
            .position(|d| &d.slug == *slug)
            .unwrap_or(usize::MAX)
    });
    list
}

fn variant(field: &str, value: &str, known: &[(&str, &'static str)]) -> &'static str {
    known
        .iter()
        .find(|(name, _)| *name == value)
        .map(|(_, variant)| *variant)
        .unwrap_or_else(|| {
            let names: Vec<_> = known.iter().map(|(name, _)| *name).collect();
            panic!("{CONTENT}: {field} = {value:?} is not one of {names:?}")
        })
}

fn citations(ids: &[String]) -> String {
    let items: Vec<String> = ids
        .iter()
        .map(|id| match id.as_str() {
            "editorial" => "Citation::Editorial".to_string(),
            _ => format!("Citation::Source({id:?})"),
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

/// A context of the lens, as `Context { .. }` (types named by path: src/content/mod.rs imports
/// only the knowledge base's own).
fn write_context(out: &mut String, c: &ContextEntry) {
    let verdicts: Vec<String> = c
        .verdict
        .iter()
        .map(|v| {
            let verdict = verdict_variant(&v.verdict);
            format!(
                "crate::model::context::VerdictChange {{ dimension: {:?}, verdict: Verdict::{verdict}, why: {:?}, sources: {} }}",
                v.dimension, v.why, citations(&v.sources)
            )
        })
        .collect();
    let cells: Vec<String> = c
        .cell
        .iter()
        .map(|l| {
            let level = u8::try_from(l.level).unwrap_or(u8::MAX);
            format!(
                "crate::model::context::LevelChange {{ role: {:?}, dimension: {:?}, level: {level}, why: {:?}, sources: {} }}",
                l.role, l.dimension, l.why, citations(&l.sources)
            )
        })
        .collect();
    writeln!(
        out,
        "crate::model::context::Context {{ slug: {:?}, name: {:?}, summary: {:?}, sources: {}, verdicts: &[{}], cells: &[{}] }},",
        c.slug,
        c.name,
        c.summary,
        citations(&c.sources),
        verdicts.join(", "),
        cells.join(", ")
    )
    .unwrap();
}

fn verdict_variant(value: &str) -> &'static str {
    variant(
        "verdict",
        value,
        &[
            ("holds", "Holds"),
            ("partly", "Partly"),
            ("breaks", "Breaks"),
        ],
    )
}

fn argument(a: &ArgumentEntry) -> String {
    format!(
        "Argument {{ text: {:?}, sources: {}, editorial: {:?} }}",
        a.argument,
        citations(&a.sources),
        a.editorial
    )
}

/// A ladder list as `&[Entry { .. }]`: a plain string has no citations of its own.
fn entries(list: &[ListEntry]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|entry| match entry {
            ListEntry::Plain(text) => format!("Entry {{ text: {text:?}, sources: None }}"),
            ListEntry::Cited(c) => format!(
                "Entry {{ text: {:?}, sources: Some({}) }}",
                c.text,
                citations(&c.sources)
            ),
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

fn option(value: Option<String>) -> String {
    value.map_or("None".to_string(), |v| format!("Some({v})"))
}
