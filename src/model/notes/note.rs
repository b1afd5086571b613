//! One note: its id, what it is attached to, its text, when it was written and changed, and
//! whether it was deleted (a tombstone, kept so that another tab cannot bring it back).

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::target::Target;

/// A moment, in milliseconds since 1970-01-01 UTC. The caller reads the clock; the model never
/// does.
pub type Millis = u64;

/// A note's identity, made by the caller (see [`NoteId::new`]) and never reused.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NoteId(pub String);

impl NoteId {
    /// An id from the moment a note is made and a counter, such as `1718000000000-7`. Ids must
    /// not repeat across tabs either, so start each tab's counter somewhere random (the time
    /// alone can repeat between two tabs).
    pub fn new(at: Millis, counter: u64) -> NoteId {
        NoteId(format!("{at}-{counter}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One note as stored. A deleted note keeps its id and target but not its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: NoteId,
    pub target: Target,
    pub text: String,
    pub created_at: Millis,
    pub updated_at: Millis,
    /// When the note was deleted: it is then a tombstone, which no view shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<Millis>,
}

impl Note {
    pub fn is_live(&self) -> bool {
        self.deleted_at.is_none()
    }

    /// Attached to something the knowledge base no longer has. Kept, never dropped.
    pub fn is_orphaned(&self) -> bool {
        !self.target.exists()
    }

    /// The last time the note was written or deleted.
    pub fn last_change(&self) -> Millis {
        self.updated_at.max(self.deleted_at.unwrap_or(0))
    }

    /// What the note is attached to, in words.
    pub fn label(&self) -> String {
        self.target.label()
    }

    /// The same note, deleted at `at`: the text goes, the id and target stay.
    pub fn tombstone(&self, at: Millis) -> Note {
        Note {
            text: String::new(),
            updated_at: at,
            deleted_at: Some(at),
            ..self.clone()
        }
    }

    /// Which of two versions of the same note is newer: the later change; at the same moment a
    /// deletion beats an edit; then every other field in turn, so that any two different
    /// versions are ordered the same way whichever is met first.
    pub fn cmp_version(&self, other: &Note) -> Ordering {
        self.last_change()
            .cmp(&other.last_change())
            .then_with(|| self.deleted_at.is_some().cmp(&other.deleted_at.is_some()))
            .then_with(|| self.text.cmp(&other.text))
            .then_with(|| self.target.cmp(&other.target))
            .then_with(|| self.updated_at.cmp(&other.updated_at))
            .then_with(|| self.deleted_at.cmp(&other.deleted_at))
            .then_with(|| self.created_at.cmp(&other.created_at))
            .then_with(|| self.id.cmp(&other.id))
    }

    /// A moment for the next change to this note: `now`, or just after its last change if the
    /// clock says otherwise, so an edit is always newer than what it replaces.
    pub(super) fn next_change(&self, now: Millis) -> Millis {
        now.max(self.last_change().saturating_add(1))
    }
}
