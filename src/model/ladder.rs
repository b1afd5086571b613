//! The career ladder's rules: the way between two rungs (up, down or across the fork), what
//! changes on that way, and the checklist of what to learn for it.

use crate::content::KNOWLEDGE;
use crate::model::knowledge::{Rung, Step, Track};

/// Which way a step is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Up the ladder, as the step is written.
    Up,
    /// Back down it: the step taken in reverse.
    Down,
}

/// One step of a way between rungs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Leg {
    pub step: &'static Step,
    pub direction: Direction,
}

impl Leg {
    /// The rung the leg starts from.
    pub fn from(&self) -> &'static str {
        match self.direction {
            Direction::Up => self.step.from,
            Direction::Down => self.step.to,
        }
    }

    /// The rung the leg arrives at.
    pub fn to(&self) -> &'static str {
        match self.direction {
            Direction::Up => self.step.to,
            Direction::Down => self.step.from,
        }
    }
}

/// The shortest way from one rung to another over the ladder's steps, taken in either direction;
/// among equally short ways, the one with the most upward steps, then the fewest detours
/// through the individual-contributor branch. Empty when `from == to`;
/// `None` when either is not a rung or no way joins them.
pub fn way(from: &str, to: &str) -> Option<Vec<Leg>> {
    KNOWLEDGE.rung(from)?;
    KNOWLEDGE.rung(to)?;
    // Breadth-first search keeping, for each rung reached, the best way to it so far.
    let mut best: Vec<(&str, Vec<Leg>)> = vec![(from, Vec::new())];
    let mut frontier: Vec<(&str, Vec<Leg>)> = vec![(from, Vec::new())];
    while !frontier.is_empty() {
        let mut next: Vec<(&str, Vec<Leg>)> = Vec::new();
        for (at, legs) in &frontier {
            for step in KNOWLEDGE.steps {
                let leg = if step.from == *at {
                    Leg {
                        step,
                        direction: Direction::Up,
                    }
                } else if step.to == *at {
                    Leg {
                        step,
                        direction: Direction::Down,
                    }
                } else {
                    continue;
                };
                let reached = leg.to();
                if best.iter().any(|(rung, _)| *rung == reached) {
                    continue;
                }
                let mut extended = legs.clone();
                extended.push(leg);
                match next.iter_mut().find(|(rung, _)| *rung == reached) {
                    Some((_, existing)) if preference(existing) >= preference(&extended) => {}
                    Some((_, existing)) => *existing = extended,
                    None => next.push((reached, extended)),
                }
            }
        }
        best.extend(next.iter().cloned());
        frontier = next;
    }
    best.into_iter()
        .find(|(rung, _)| *rung == to)
        .map(|(_, legs)| legs)
}

/// How much a way is preferred over another as long: more upward steps first, then fewer
/// detours through the individual-contributor branch (a climb to CPO goes through management).
fn preference(legs: &[Leg]) -> (usize, std::cmp::Reverse<usize>) {
    let ups = legs
        .iter()
        .filter(|leg| leg.direction == Direction::Up)
        .count();
    let individual = legs
        .iter()
        .filter(|leg| {
            KNOWLEDGE
                .rung(leg.to())
                .is_some_and(|rung| rung.track == Track::Individual)
        })
        .count();
    (ups, std::cmp::Reverse(individual))
}

/// A dimension on which two roles differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub dimension: &'static str,
    pub from_level: u8,
    pub to_level: u8,
}

impl Change {
    /// "Influence only → Formal".
    pub fn describe(&self) -> String {
        let name = |level| KNOWLEDGE.level_name(self.dimension, level).unwrap_or("?");
        format!("{} → {}", name(self.from_level), name(self.to_level))
    }

    pub fn rises(&self) -> bool {
        self.to_level > self.from_level
    }
}

/// Only the dimensions where the two roles' levels differ, in dimension order.
pub fn changes(from: &str, to: &str) -> Vec<Change> {
    KNOWLEDGE
        .dimensions
        .iter()
        .filter_map(|dimension| {
            let from_level = KNOWLEDGE.cell(from, dimension.slug)?.level;
            let to_level = KNOWLEDGE.cell(to, dimension.slug)?.level;
            (from_level != to_level).then_some(Change {
                dimension: dimension.slug,
                from_level,
                to_level,
            })
        })
        .collect()
}

/// One thing to learn on the way to a target, with a stable id for its tick.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistItem {
    /// `<rung>:<index>`: stable while the rung's list keeps its order.
    pub id: String,
    /// The rung whose next step this prepares for.
    pub rung: &'static str,
    pub text: &'static str,
}

/// What to learn between "I am here" and "my target": each rung's "learn next" list for every
/// upward leg of the way (the target's own list is for the step after it). Moving down or
/// across asks nothing new to learn of its own, so those legs add no items.
pub fn checklist(here: &str, target: &str) -> Vec<ChecklistItem> {
    let Some(legs) = way(here, target) else {
        return Vec::new();
    };
    legs.iter()
        .filter(|leg| leg.direction == Direction::Up)
        .filter_map(|leg| KNOWLEDGE.rung(leg.from()))
        .flat_map(|rung: &'static Rung| {
            rung.learn_next
                .iter()
                .enumerate()
                .map(move |(index, text)| ChecklistItem {
                    id: format!("{}:{index}", rung.role),
                    rung: rung.role,
                    text: text.text,
                })
        })
        .collect()
}

/// The rungs a way passes through, first and last included.
pub fn rungs_on(from: &'static str, legs: &[Leg]) -> Vec<&'static str> {
    std::iter::once(from)
        .chain(legs.iter().map(Leg::to))
        .collect()
}
