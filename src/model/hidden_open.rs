//! An open cell the matrix does not show: what hides its row (the theme filter, "Only
//! differences", or anything else), the one sentence said of it, and the comparison that shows it.

use crate::content::KNOWLEDGE;
use crate::model::assessment::Answers;
use crate::model::compare::{CompareState, HistoryEntry, Opened};
use crate::model::knowledge::Theme;
use crate::model::matrix::{levels_equal_for, MatrixRows};

/// One reason an open cell's row is off the matrix.
#[derive(Clone, Copy, Debug)]
pub enum HiddenBy {
    /// The theme filter shows this other theme only.
    Theme(&'static Theme),
    /// "Only differences" is on and every role is at one level on the row.
    OnlyDifferences,
}

impl PartialEq for HiddenBy {
    fn eq(&self, other: &HiddenBy) -> bool {
        match (self, other) {
            (HiddenBy::Theme(a), HiddenBy::Theme(b)) => a.slug == b.slug,
            (HiddenBy::OnlyDifferences, HiddenBy::OnlyDifferences) => true,
            _ => false,
        }
    }
}

impl Eq for HiddenBy {}

/// An open cell (or verdict) whose row the matrix does not show, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HiddenOpen {
    pub opened: Opened,
    /// The reasons found; empty when the row is hidden by something else (then pinning shows it).
    pub by: Vec<HiddenBy>,
}

/// Whether the row of `state`'s open cell is on show; `None` when it is or nothing is open.
/// `mine`: the answers of the "My role" column, when it is shown (see `MatrixRows`).
pub fn hidden_open(state: &CompareState, mine: Option<&Answers>) -> Option<HiddenOpen> {
    let opened = state.open?;
    let rows = MatrixRows::for_state_with(state, mine);
    if rows.all().any(|row| row.slug == opened.dimension()) {
        return None;
    }
    let dimension = KNOWLEDGE.dimension(opened.dimension())?;
    let mut by = Vec::new();
    if let Some(theme) = state.theme.filter(|theme| *theme != dimension.theme) {
        by.extend(KNOWLEDGE.theme(theme).map(HiddenBy::Theme));
    }
    let level = mine.and_then(|answers| answers.level(dimension.slug));
    if state.only_differences
        && levels_equal_for(state.context, &state.roles, dimension.slug, level)
    {
        by.push(HiddenBy::OnlyDifferences);
    }
    Some(HiddenOpen { opened, by })
}

impl HiddenOpen {
    /// What is open, in the page's words: "P&L and budget for CEO", "the mini-CEO verdict on
    /// P&L and budget".
    pub fn what(&self) -> String {
        let dimension = KNOWLEDGE
            .dimension(self.opened.dimension())
            .map_or("?", |d| d.name);
        match self.opened {
            Opened::Cell { role, .. } => {
                let role = KNOWLEDGE.role(role).map_or("?", |r| r.name);
                format!("{dimension} for {role}")
            }
            Opened::Verdict { .. } => format!("the mini-CEO verdict on {dimension}"),
        }
    }

    /// The one sentence the notice says: what is open and what hides it.
    pub fn sentence(&self) -> String {
        let what = self.what();
        // Its first letter capital: "the mini-CEO verdict on …" or a dimension's name, ASCII.
        let mut what = what;
        if let Some(first) = what.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        let reasons: Vec<String> = self
            .by
            .iter()
            .map(|by| match by {
                HiddenBy::Theme(theme) => {
                    format!("the theme filter shows {} only", theme.name)
                }
                HiddenBy::OnlyDifferences => {
                    "“Only differences” hides its row, where every role is at one level".to_string()
                }
            })
            .collect();
        if reasons.is_empty() {
            format!("{what} is open, but its row is not on show.")
        } else {
            format!("{what} is open, but {}.", reasons.join(", and "))
        }
    }
}

impl CompareState {
    /// The comparison with its open cell on show: the theme filter cleared and "Only
    /// differences" turned off where they hide its row; for anything else, the row pinned
    /// (pinned rows stay on show whatever the filters say). The open cell stays open.
    pub fn with_open_shown(&self, mine: Option<&Answers>) -> (CompareState, HistoryEntry) {
        let mut next = self.clone();
        if let Some(hidden) = hidden_open(self, mine) {
            for by in &hidden.by {
                match by {
                    HiddenBy::Theme(_) => next.theme = None,
                    HiddenBy::OnlyDifferences => next.only_differences = false,
                }
            }
            if hidden_open(&next, mine).is_some() {
                next.pinned.push(hidden.opened.dimension());
            }
        }
        (next, HistoryEntry::Replace)
    }
}
