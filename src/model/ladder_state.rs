//! The part of the ladder a link carries: one chosen rung, or a pair to see what changes
//! between them. Private markers ("I am here", "my target") and ticks never go in a link.

use crate::content::KNOWLEDGE;

use super::compare::HistoryEntry;
use super::view_state::{LinkFields, LinkProblem, Listed};

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct LadderState {
    /// The chosen rung (or the first of a pair).
    pub from: Option<&'static str>,
    /// The second rung of a pair; only set together with `from`, and never equal to it.
    pub to: Option<&'static str>,
}

impl LadderState {
    /// Chooses a rung: nothing chosen → it; one chosen → the pair; a pair → it alone again.
    /// Choosing the chosen rung again clears the choice.
    pub fn with_rung_chosen(&self, slug: &str) -> Option<(LadderState, HistoryEntry)> {
        let rung = KNOWLEDGE.rung(slug)?.role;
        let next = match (self.from, self.to) {
            (Some(from), None) if from == rung => LadderState::default(),
            (Some(from), None) => LadderState {
                from: Some(from),
                to: Some(rung),
            },
            _ => LadderState {
                from: Some(rung),
                to: None,
            },
        };
        Some((next, HistoryEntry::Push))
    }

    /// The pair, for "what changes".
    pub fn pair(&self) -> Option<(&'static str, &'static str)> {
        self.from.zip(self.to)
    }

    pub fn cleared() -> (LadderState, HistoryEntry) {
        (LadderState::default(), HistoryEntry::Push)
    }

    pub fn link_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(from) = self.from {
            pairs.push(("from", from.to_string()));
        }
        if let Some(to) = self.to {
            pairs.push(("to", to.to_string()));
        }
        pairs
    }

    pub fn read(fields: &mut LinkFields, problems: &mut Vec<LinkProblem>) -> LadderState {
        let mut read = |key: &str| {
            let value = fields.take(key)?;
            let rung = KNOWLEDGE.rung(value.trim()).map(|rung| rung.role);
            if rung.is_none() {
                problems.push(LinkProblem::UnknownRung(value));
            }
            rung
        };
        let (from, to) = (read("from"), read("to"));
        match (from, to) {
            (Some(from), Some(to)) if from == to => {
                problems.push(LinkProblem::Twice(Listed::Rung(from)));
                LadderState {
                    from: Some(from),
                    to: None,
                }
            }
            // A target alone is read as the chosen rung.
            (None, Some(to)) => LadderState {
                from: Some(to),
                to: None,
            },
            (from, to) => LadderState { from, to },
        }
    }
}
