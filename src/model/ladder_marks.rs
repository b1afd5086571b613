//! The person's private places on the ladder: "I am here", "my target", and which items of the
//! checklist they have ticked. Kept in this browser only; never in a link.

use serde::{Deserialize, Serialize};

use crate::content::KNOWLEDGE;
use crate::model::ladder::{way, Direction};

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

    /// Keeps what still makes sense with today's ladder: markers on rungs that exist (never
    /// both on one: the target goes), ticks once each.
    pub fn cleaned(mut self) -> LadderMarks {
        let is_rung =
            |slug: &Option<String>| slug.as_deref().is_some_and(|s| KNOWLEDGE.rung(s).is_some());
        if !is_rung(&self.here) {
            self.here = None;
        }
        if !is_rung(&self.target) || self.target == self.here {
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

    /// Marks (or, if already marked, unmarks) a rung as where the person is. The two markers
    /// never share a rung: marking "I am here" on the target takes the target off (reached).
    pub fn with_here_toggled(&self, rung: &str) -> LadderMarks {
        let mut next = self.clone();
        next.here = (self.here.as_deref() != Some(rung)).then(|| rung.to_string());
        if next.here.is_some() && next.here == next.target {
            next.target = None;
        }
        next
    }

    /// Marks (or unmarks) a rung as the person's target. Marking it on the rung where the
    /// person is takes "I am here" off, so the two markers never share a rung.
    pub fn with_target_toggled(&self, rung: &str) -> LadderMarks {
        let mut next = self.clone();
        next.target = (self.target.as_deref() != Some(rung)).then(|| rung.to_string());
        if next.target.is_some() && next.here == next.target {
            next.here = None;
        }
        next
    }

    /// The two markers swapped: for a target marked below where the person is.
    pub fn with_swapped(&self) -> LadderMarks {
        let mut next = self.clone();
        std::mem::swap(&mut next.here, &mut next.target);
        next
    }

    /// Whether both markers are set and the way from "I am here" to the target only goes down
    /// (no step up on it, so nothing to learn).
    pub fn target_below(&self) -> bool {
        self.here()
            .zip(self.target())
            .is_some_and(|(here, target)| {
                way(here, target).is_some_and(|legs| {
                    !legs.is_empty() && legs.iter().all(|leg| leg.direction == Direction::Down)
                })
            })
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

/// Two rungs chosen in either order, as the pair's marker buttons offer them: the lower rung
/// for "I am here" and the higher for "This is my target", whichever was opened first. The
/// lower is the one whose way to the other has more steps up than down; across the fork (as
/// many of each) the order they were chosen in stays.
pub fn climb_order(first: &'static str, second: &'static str) -> (&'static str, &'static str) {
    let count = |direction| {
        way(first, second)
            .unwrap_or_default()
            .iter()
            .filter(|leg| leg.direction == direction)
            .count()
    };
    if count(Direction::Down) > count(Direction::Up) {
        (second, first)
    } else {
        (first, second)
    }
}
