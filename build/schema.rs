//! The knowledge base's TOML files as serde reads them at build time: one struct a table, field
//! names as in `src/content/README.md`. Unknown fields fail the build (`deny_unknown_fields`).

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub source: Vec<SourceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: String,
    pub title: String,
    pub subtitle: Option<String>,
    #[serde(default)]
    pub untitled: bool,
    pub stance: String,
    pub summary: String,
    pub kind: Option<String>,
    pub about: Option<String>,
    pub by: Option<String>,
    pub url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RolesFile {
    pub role: Vec<RoleEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleEntry {
    pub slug: String,
    pub name: String,
    pub short_name: String,
    pub side: String,
    pub summary: String,
    pub also_known_as: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionsFile {
    pub theme: Vec<ThemeEntry>,
    pub dimension: Vec<DimensionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeEntry {
    pub slug: String,
    pub name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionEntry {
    pub slug: String,
    pub name: String,
    pub theme: String,
    pub question: String,
    pub levels: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CellEntry {
    pub level: i64,
    pub summary: String,
    pub detail: String,
    pub sources: Vec<String>,
    pub editorial: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DebateEntry {
    pub verdict: String,
    #[serde(rename = "for")]
    pub case_for: ArgumentEntry,
    pub against: ArgumentEntry,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArgumentEntry {
    pub argument: String,
    pub sources: Vec<String>,
    pub editorial: Option<String>,
}

/// A ladder list's entry: a plain string (cited by its rung or step) or a text with citations
/// of its own.
#[derive(Deserialize)]
#[serde(untagged)]
pub enum ListEntry {
    Plain(String),
    Cited(CitedEntry),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitedEntry {
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextsFile {
    pub context: Vec<ContextEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextEntry {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub verdict: Vec<VerdictChangeEntry>,
    #[serde(default)]
    pub cell: Vec<LevelChangeEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictChangeEntry {
    pub dimension: String,
    pub verdict: String,
    pub why: String,
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelChangeEntry {
    pub role: String,
    pub dimension: String,
    pub level: i64,
    pub why: String,
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LadderFile {
    pub head_of_product_note: String,
    pub rung: Vec<RungEntry>,
    pub step: Vec<StepEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RungEntry {
    pub role: String,
    pub track: String,
    pub scope: String,
    pub horizon: String,
    pub team: String,
    pub decisions: String,
    pub learn_next: Vec<ListEntry>,
    pub pitfalls: Vec<ListEntry>,
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepEntry {
    pub from: String,
    pub to: String,
    pub changes: Vec<ListEntry>,
    pub advice: Vec<ListEntry>,
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentFile {
    pub accountability_gap: GapEntry,
    pub question: Vec<QuestionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GapEntry {
    pub control: Vec<String>,
    pub answerable: Vec<String>,
    pub needs: Vec<u8>,
    pub why: String,
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionEntry {
    pub dimension: String,
    pub ask: String,
    pub answers: Vec<String>,
    pub hint: Option<String>,
}
