//! The assessment over time: each finished assessment is a dated snapshot, and two snapshots
//! show how the answers moved.

use crate::content::KNOWLEDGE;
use crate::model::knowledge::Dimension;

use super::answers::{Answer, Answers};

/// A finished assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// When it was finished, in milliseconds since 1970 (also its identity).
    pub taken_ms: f64,
    pub answers: Answers,
}

/// One question whose answer differs between two snapshots.
#[derive(Debug)]
pub struct Movement {
    pub dimension: &'static Dimension,
    pub before: Option<Answer>,
    pub after: Option<Answer>,
}

impl Movement {
    /// Up the scale (`Some(true)`), down it (`Some(false)`), or to or from a skip (`None`).
    pub fn went_up(&self) -> Option<bool> {
        match (self.before, self.after) {
            (Some(Answer::Level(before)), Some(Answer::Level(after))) => Some(after > before),
            _ => None,
        }
    }

    /// An answer's name: its level, or "Skipped".
    pub fn name(&self, answer: Option<Answer>) -> &'static str {
        match answer {
            Some(Answer::Level(level)) => self.dimension.level_name(level),
            _ => "Skipped",
        }
    }
}

/// The questions answered differently in `after` than in `before`, in question order.
pub fn movements(before: &Answers, after: &Answers) -> Vec<Movement> {
    KNOWLEDGE
        .questions
        .iter()
        .filter_map(|question| {
            let normal = |answer: Option<Answer>| answer.filter(|a| *a != Answer::Skipped);
            let (was, now) = (
                normal(before.get(question.dimension)),
                normal(after.get(question.dimension)),
            );
            (was != now).then(|| {
                Some(Movement {
                    dimension: KNOWLEDGE.dimension(question.dimension)?,
                    before: was,
                    after: now,
                })
            })?
        })
        .collect()
}
