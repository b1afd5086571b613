//! The context lens: the kinds of organisation the Compare view can be read for ("it depends on
//! the organisation"), and the verdicts and levels that differ in each from the typical reading.
//! The data is `src/content/contexts.toml`; with no context chosen the knowledge base reads as is.

use super::knowledge::{Citation, Knowledge, Verdict};

/// A kind of organisation, and what changes in it.
#[derive(Debug)]
pub struct Context {
    /// `startup`, `product-led` or `silos`: the value of `org=` in a link.
    pub slug: &'static str,
    /// "Early start-up": what the Organisation select shows.
    pub name: &'static str,
    /// What this organisation looks like (40 to 300 characters).
    pub summary: &'static str,
    pub sources: &'static [Citation],
    /// Dimensions whose mini-CEO verdict differs here.
    pub verdicts: &'static [VerdictChange],
    /// Role cells whose level differs here.
    pub cells: &'static [LevelChange],
}

/// The mini-CEO verdict of a dimension in one context, and why it differs from the typical one.
#[derive(Debug, PartialEq)]
pub struct VerdictChange {
    pub dimension: &'static str,
    pub verdict: Verdict,
    pub why: &'static str,
    pub sources: &'static [Citation],
}

/// A role's level on a dimension in one context (an index into the dimension's levels), and
/// why it differs from the typical cell.
#[derive(Debug, PartialEq)]
pub struct LevelChange {
    pub role: &'static str,
    pub dimension: &'static str,
    pub level: u8,
    pub why: &'static str,
    pub sources: &'static [Citation],
}

/// The words a cell or verdict carries when the chosen organisation changes it.
pub const CHANGED_MARK: &str = "Differs here";

impl Context {
    /// "Here 3 verdicts and 5 levels differ from the typical reading; they are marked “Differs
    /// here”."
    pub fn changes_sentence(&self) -> String {
        let count = |n: usize, one: &str, many: &str| match n {
            1 => format!("1 {one}"),
            n => format!("{n} {many}"),
        };
        format!(
            "Here {} and {} differ from the typical reading; they are marked “{CHANGED_MARK}”.",
            count(self.verdicts.len(), "verdict", "verdicts"),
            count(self.cells.len(), "level", "levels"),
        )
    }

    /// How this context changes a role's cell, if it does.
    pub fn cell_change(&self, role: &str, dimension: &str) -> Option<&'static LevelChange> {
        let cells: &'static [LevelChange] = self.cells;
        cells
            .iter()
            .find(|change| change.role == role && change.dimension == dimension)
    }

    /// How this context changes a dimension's verdict, if it does.
    pub fn verdict_change(&self, dimension: &str) -> Option<&'static VerdictChange> {
        let verdicts: &'static [VerdictChange] = self.verdicts;
        verdicts.iter().find(|change| change.dimension == dimension)
    }
}

impl Knowledge {
    pub fn context(&self, slug: &str) -> Option<&'static Context> {
        let contexts: &'static [Context] = self.contexts;
        contexts.iter().find(|context| context.slug == slug)
    }

    /// A role's level on a dimension, read for a context (`None`: the typical reading).
    pub fn level_in(&self, context: Option<&str>, role: &str, dimension: &str) -> Option<u8> {
        context
            .and_then(|slug| self.context(slug))
            .and_then(|context| context.cell_change(role, dimension))
            .map(|change| change.level)
            .or_else(|| self.cell(role, dimension).map(|cell| cell.level))
    }

    /// A dimension's mini-CEO verdict, read for a context (`None`: the typical reading).
    pub fn verdict_in(&self, context: Option<&str>, dimension: &str) -> Option<Verdict> {
        context
            .and_then(|slug| self.context(slug))
            .and_then(|context| context.verdict_change(dimension))
            .map(|change| change.verdict)
            .or_else(|| self.debate(dimension).map(|debate| debate.verdict))
    }

    /// Whether any context changes this role's cell: cells no context touches never need to
    /// follow the lens.
    pub fn cell_varies(&self, role: &str, dimension: &str) -> bool {
        self.contexts
            .iter()
            .any(|context| context.cell_change(role, dimension).is_some())
    }

    /// Whether any context changes this dimension's verdict.
    pub fn verdict_varies(&self, dimension: &str) -> bool {
        self.contexts
            .iter()
            .any(|context| context.verdict_change(dimension).is_some())
    }
}
