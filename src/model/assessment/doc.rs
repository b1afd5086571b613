//! Everything the self-assessment keeps in this browser: the assessment in progress, the
//! snapshots of finished ones, and two preferences; the rules that change it, and its stored
//! form, which is read with care because storage may hold anything.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::KNOWLEDGE;

use super::answers::{Answer, Answers};
use super::history::Snapshot;

/// The format this build writes.
pub const ASSESSMENT_VERSION: u32 = 1;
/// Snapshots kept; finishing one more drops the oldest.
pub const MAX_SNAPSHOTS: usize = 100;

/// How the questions are laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pace {
    /// One question a screen, with Back and Next.
    #[default]
    OneAtATime,
    /// Every question on one page.
    AllOnOnePage,
}

/// An assessment being taken.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub answers: Answers,
    /// The question on screen when taken one at a time.
    pub at: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssessmentDoc {
    pub draft: Option<Draft>,
    /// Finished assessments, oldest first.
    pub snapshots: Vec<Snapshot>,
    /// "My role" is shown as a column of the comparison matrix.
    pub in_matrix: bool,
    pub pace: Pace,
}

/// Why finishing did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CannotFinish {
    NotStarted,
    NothingAnswered,
}

impl AssessmentDoc {
    /// The latest finished assessment.
    pub fn latest(&self) -> Option<&Snapshot> {
        self.snapshots.last()
    }

    /// The answers "My role" is built from: the latest finished assessment's.
    pub fn my_role(&self) -> Option<&Answers> {
        self.latest().map(|snapshot| &snapshot.answers)
    }

    /// Starts an assessment, from the last one's answers when there is one, so taking it again
    /// means changing what has changed. An assessment already under way is kept.
    pub fn started(&self) -> AssessmentDoc {
        let mut next = self.clone();
        if next.draft.is_none() {
            next.draft = Some(Draft {
                answers: self.my_role().cloned().unwrap_or_default(),
                at: 0,
            });
        }
        next
    }

    /// Gives an answer (or a skip) to a question of the assessment under way.
    pub fn answered(&self, dimension: &str, answer: Answer) -> Option<AssessmentDoc> {
        let mut next = self.clone();
        let draft = next.draft.get_or_insert_with(Draft::default);
        draft.answers = draft.answers.with(dimension, answer)?;
        Some(next)
    }

    /// Opens a question again.
    pub fn cleared(&self, dimension: &str) -> AssessmentDoc {
        let mut next = self.clone();
        if let Some(draft) = next.draft.as_mut() {
            draft.answers = draft.answers.without(dimension);
        }
        next
    }

    /// Moves to a question when taking them one at a time.
    pub fn at(&self, question: usize, questions: usize) -> AssessmentDoc {
        let mut next = self.clone();
        if let Some(draft) = next.draft.as_mut() {
            draft.at = question.min(questions.saturating_sub(1));
        }
        next
    }

    /// Ends the assessment under way as a snapshot taken at `now_ms`; open questions count as
    /// skipped. A snapshot needs at least one answer.
    pub fn finished(&self, now_ms: f64) -> Result<AssessmentDoc, CannotFinish> {
        let draft = self.draft.as_ref().ok_or(CannotFinish::NotStarted)?;
        if draft.answers.has_no_levels() {
            return Err(CannotFinish::NothingAnswered);
        }
        let mut next = self.clone();
        // Two snapshots never share a time: it is how one is named and deleted.
        let last = self.latest().map_or(f64::MIN, |snapshot| snapshot.taken_ms);
        next.snapshots.push(Snapshot {
            taken_ms: now_ms.max(last + 1.0),
            answers: draft.answers.with_open_skipped(),
        });
        if next.snapshots.len() > MAX_SNAPSHOTS {
            next.snapshots.remove(0);
        }
        next.draft = None;
        Ok(next)
    }

    /// Stops the assessment under way without keeping it.
    pub fn abandoned(&self) -> AssessmentDoc {
        AssessmentDoc {
            draft: None,
            ..self.clone()
        }
    }

    pub fn without_snapshot(&self, taken_ms: f64) -> AssessmentDoc {
        let mut next = self.clone();
        next.snapshots
            .retain(|snapshot| snapshot.taken_ms != taken_ms);
        next
    }

    /// Puts a deleted snapshot back in its place (for Undo).
    pub fn with_snapshot(&self, snapshot: Snapshot) -> AssessmentDoc {
        let mut next = self.without_snapshot(snapshot.taken_ms);
        next.snapshots.push(snapshot);
        next.snapshots
            .sort_by(|a, b| a.taken_ms.total_cmp(&b.taken_ms));
        next
    }

    pub fn with_in_matrix(&self, in_matrix: bool) -> AssessmentDoc {
        AssessmentDoc {
            in_matrix,
            ..self.clone()
        }
    }

    pub fn with_pace(&self, pace: Pace) -> AssessmentDoc {
        AssessmentDoc {
            pace,
            ..self.clone()
        }
    }

    /// The stored form, as JSON.
    pub fn to_stored(&self) -> String {
        let stored = Stored {
            version: ASSESSMENT_VERSION,
            draft: self.draft.as_ref().map(|draft| StoredDraft {
                answers: stored_answers(&draft.answers),
                at: draft.at,
            }),
            snapshots: self
                .snapshots
                .iter()
                .map(|snapshot| StoredSnapshot {
                    taken: Some(snapshot.taken_ms),
                    answers: stored_answers(&snapshot.answers),
                })
                .collect(),
            in_matrix: self.in_matrix,
            all_on_one_page: self.pace == Pace::AllOnOnePage,
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Reads the stored form. Whatever no longer fits today's questions (an unknown question, a
    /// level off its scale, a snapshot with no answers left) is dropped; text that is not this
    /// format at all is an error in plain words, and nothing is lost: the caller keeps the text.
    pub fn from_stored(raw: &str) -> Result<AssessmentDoc, String> {
        let value: serde_json::Value =
            serde_json::from_str(raw).map_err(|error| format!("it is not valid JSON ({error})"))?;
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        match version {
            Some(version) if version > u64::from(ASSESSMENT_VERSION) => {
                return Err(format!(
                    "it was saved by a newer version of the app (format {version})"
                ))
            }
            Some(_) => {}
            None => return Err("it does not say which format it is in".to_string()),
        }
        let stored: Stored = serde_json::from_value(value)
            .map_err(|error| format!("it is not in the expected shape ({error})"))?;
        let mut snapshots: Vec<Snapshot> = stored
            .snapshots
            .into_iter()
            .filter_map(|snapshot| {
                Some(Snapshot {
                    taken_ms: snapshot.taken.filter(|taken| taken.is_finite())?,
                    answers: read_answers(&snapshot.answers),
                })
            })
            .filter(|snapshot| !snapshot.answers.has_no_levels())
            .collect();
        snapshots.sort_by(|a, b| a.taken_ms.total_cmp(&b.taken_ms));
        snapshots.dedup_by(|a, b| a.taken_ms == b.taken_ms);
        if snapshots.len() > MAX_SNAPSHOTS {
            snapshots.drain(..snapshots.len() - MAX_SNAPSHOTS);
        }
        Ok(AssessmentDoc {
            draft: stored.draft.map(|draft| Draft {
                answers: read_answers(&draft.answers),
                // The question on screen must be one there is.
                at: draft.at.min(KNOWLEDGE.questions.len().saturating_sub(1)),
            }),
            snapshots,
            in_matrix: stored.in_matrix,
            pace: if stored.all_on_one_page {
                Pace::AllOnOnePage
            } else {
                Pace::OneAtATime
            },
        })
    }
}

/// The stored form: answers as `{"budget": 2, "hiring": "skip"}`.
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    #[serde(default)]
    draft: Option<StoredDraft>,
    #[serde(default)]
    snapshots: Vec<StoredSnapshot>,
    #[serde(default)]
    in_matrix: bool,
    #[serde(default)]
    all_on_one_page: bool,
}

#[derive(Serialize, Deserialize)]
struct StoredDraft {
    answers: BTreeMap<String, StoredAnswer>,
    #[serde(default)]
    at: usize,
}

#[derive(Serialize, Deserialize)]
struct StoredSnapshot {
    /// JSON has no NaN or infinity: serde_json writes them as `null`, which must read back as a
    /// snapshot to drop, not as a document that cannot be read at all.
    #[serde(default)]
    taken: Option<f64>,
    answers: BTreeMap<String, StoredAnswer>,
}

/// A level, `"skip"`, or anything else (which is dropped).
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum StoredAnswer {
    Level(u64),
    Other(serde_json::Value),
}

const SKIP: &str = "skip";

fn stored_answers(answers: &Answers) -> BTreeMap<String, StoredAnswer> {
    answers
        .iter()
        .map(|(slug, answer)| {
            let stored = match answer {
                Answer::Level(level) => StoredAnswer::Level(u64::from(level)),
                Answer::Skipped => StoredAnswer::Other(serde_json::Value::from(SKIP)),
            };
            (slug.to_string(), stored)
        })
        .collect()
}

fn read_answers(stored: &BTreeMap<String, StoredAnswer>) -> Answers {
    stored
        .iter()
        .fold(Answers::new(), |answers, (slug, stored)| {
            let answer = match stored {
                StoredAnswer::Level(level) => u8::try_from(*level).ok().map(Answer::Level),
                StoredAnswer::Other(value) if value.as_str() == Some(SKIP) => Some(Answer::Skipped),
                StoredAnswer::Other(_) => None,
            };
            answer
                .and_then(|answer| answers.with(slug, answer))
                .unwrap_or(answers)
        })
}
