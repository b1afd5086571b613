//! The person's private places on the ladder: "I am here", "my target", and which items of the
//! checklist they have ticked. Kept in this browser only; never in a link.

use serde::{Deserialize, Serialize};

use crate::content::KNOWLEDGE;

/// The stored form, versioned so a later format can read it. Unknown rungs are dropped on load.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LadderMarks {
    #[serde(default = "current_version")]
    pub version: u32,
    #[serde(default)]
    pub here: Option<String>,
    #[serde(default)]
    pub target: Option<String>,
    /// Checklist item ids (`<rung>:<index>`) the person has ticked.
    #[serde(default)]
    pub ticked: Vec<String>,
}

/// The format this build writes.
pub const MARKS_VERSION: u32 = 1;

fn current_version() -> u32 {
    MARKS_VERSION
}

impl LadderMarks {
    pub fn new() -> LadderMarks {
        LadderMarks {
            version: MARKS_VERSION,
            ..LadderMarks::default()
        }
    }

    /// Keeps what still makes sense with today's ladder: markers on rungs that exist, ticks
    /// once each.
    pub fn cleaned(mut self) -> LadderMarks {
        let is_rung =
            |slug: &Option<String>| slug.as_deref().is_some_and(|s| KNOWLEDGE.rung(s).is_some());
        if !is_rung(&self.here) {
            self.here = None;
        }
        if !is_rung(&self.target) {
            self.target = None;
        }
        let mut seen = Vec::with_capacity(self.ticked.len());
        self.ticked.retain(|id| {
            let fresh = !seen.contains(id);
            seen.push(id.clone());
            fresh
        });
        self.version = MARKS_VERSION;
        self
    }

    pub fn here(&self) -> Option<&'static str> {
        self.here
            .as_deref()
            .and_then(|s| KNOWLEDGE.rung(s))
            .map(|rung| rung.role)
    }

    pub fn target(&self) -> Option<&'static str> {
        self.target
            .as_deref()
            .and_then(|s| KNOWLEDGE.rung(s))
            .map(|rung| rung.role)
    }

    /// Marks (or, if already marked, unmarks) a rung as where the person is.
    pub fn with_here_toggled(&self, rung: &str) -> LadderMarks {
        let mut next = self.clone();
        next.here = (self.here.as_deref() != Some(rung)).then(|| rung.to_string());
        next
    }

    /// Marks (or unmarks) a rung as the person's target.
    pub fn with_target_toggled(&self, rung: &str) -> LadderMarks {
        let mut next = self.clone();
        next.target = (self.target.as_deref() != Some(rung)).then(|| rung.to_string());
        next
    }

    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.iter().any(|t| t == id)
    }

    pub fn with_tick(&self, id: &str, ticked: bool) -> LadderMarks {
        let mut next = self.clone();
        next.ticked.retain(|t| t != id);
        if ticked {
            next.ticked.push(id.to_string());
        }
        next
    }
}
