//! What a note is attached to: a matrix cell, a dimension, a role, a rung, a step between two
//! rungs, or nothing at all; whether that still exists in the knowledge base, and its label.

use serde::{Deserialize, Serialize};

use crate::content::KNOWLEDGE;

/// The kinds of thing a note can be attached to, in the order the notes are grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Standalone,
    Cell,
    Dimension,
    Role,
    Rung,
    Step,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Standalone,
        Kind::Cell,
        Kind::Dimension,
        Kind::Role,
        Kind::Rung,
        Kind::Step,
    ];

    /// One of this kind: "Cell".
    pub fn label(self) -> &'static str {
        match self {
            Kind::Standalone => "Standalone",
            Kind::Cell => "Cell",
            Kind::Dimension => "Mini-CEO verdict",
            Kind::Role => "Role",
            Kind::Rung => "Rung",
            Kind::Step => "Step",
        }
    }

    /// The heading over a group of this kind: "Cells".
    pub fn heading(self) -> &'static str {
        match self {
            Kind::Standalone => "Standalone",
            Kind::Cell => "Cells",
            Kind::Dimension => "Mini-CEO verdicts",
            Kind::Role => "Roles",
            Kind::Rung => "Rungs",
            Kind::Step => "Steps",
        }
    }

    /// The word the stored format (and a filter in a link) uses: "cell".
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Standalone => "standalone",
            Kind::Cell => "cell",
            Kind::Dimension => "dimension",
            Kind::Role => "role",
            Kind::Rung => "rung",
            Kind::Step => "step",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.slug() == slug)
    }
}

/// What a note is attached to, by the knowledge base's slugs. Stored as they were written, so a
/// note outlives a role, dimension, rung or step that a later version of the app drops.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Target {
    /// Attached to nothing: the person may keep any number of these.
    Standalone,
    /// Where a role meets a dimension in the matrix.
    Cell {
        role: String,
        dimension: String,
    },
    Dimension {
        dimension: String,
    },
    Role {
        role: String,
    },
    /// A rung of the ladder, named by its role's slug.
    Rung {
        rung: String,
    },
    /// The move from one rung to the next, as the ladder writes it (upward).
    Step {
        from: String,
        to: String,
    },
}

impl Target {
    pub fn cell(role: &str, dimension: &str) -> Target {
        Target::Cell {
            role: role.to_string(),
            dimension: dimension.to_string(),
        }
    }

    pub fn dimension(dimension: &str) -> Target {
        Target::Dimension {
            dimension: dimension.to_string(),
        }
    }

    pub fn role(role: &str) -> Target {
        Target::Role {
            role: role.to_string(),
        }
    }

    pub fn rung(rung: &str) -> Target {
        Target::Rung {
            rung: rung.to_string(),
        }
    }

    pub fn step(from: &str, to: &str) -> Target {
        Target::Step {
            from: from.to_string(),
            to: to.to_string(),
        }
    }

    pub fn kind(&self) -> Kind {
        match self {
            Target::Standalone => Kind::Standalone,
            Target::Cell { .. } => Kind::Cell,
            Target::Dimension { .. } => Kind::Dimension,
            Target::Role { .. } => Kind::Role,
            Target::Rung { .. } => Kind::Rung,
            Target::Step { .. } => Kind::Step,
        }
    }

    /// Attached to something, so at most one live note may have it.
    pub fn is_attached(&self) -> bool {
        *self != Target::Standalone
    }

    /// Whether what the note is attached to is in today's knowledge base. A standalone note
    /// always is; a note whose target is not is kept, and shown as orphaned.
    pub fn exists(&self) -> bool {
        match self {
            Target::Standalone => true,
            Target::Cell { role, dimension } => {
                KNOWLEDGE.role(role).is_some() && KNOWLEDGE.dimension(dimension).is_some()
            }
            Target::Dimension { dimension } => KNOWLEDGE.dimension(dimension).is_some(),
            Target::Role { role } => KNOWLEDGE.role(role).is_some(),
            Target::Rung { rung } => KNOWLEDGE.rung(rung).is_some(),
            Target::Step { from, to } => KNOWLEDGE.step(from, to).is_some(),
        }
    }

    /// The human label: "Product Manager × P&L and budget", "Role: CEO",
    /// "Step: Senior Product Manager → Group Product Manager". A slug the knowledge base no
    /// longer has is shown as stored, in quotes: "Role: “growth-pm”".
    pub fn label(&self) -> String {
        match self {
            Target::Standalone => "Standalone note".to_string(),
            Target::Cell { role, dimension } => {
                format!("{} × {}", role_name(role), dimension_name(dimension))
            }
            Target::Dimension { dimension } => {
                format!("Mini-CEO verdict: {}", dimension_name(dimension))
            }
            Target::Role { role } => format!("Role: {}", role_name(role)),
            Target::Rung { rung } => format!("Rung: {}", role_name(rung)),
            Target::Step { from, to } => format!("Step: {} → {}", role_name(from), role_name(to)),
        }
    }
}

fn role_name(slug: &str) -> String {
    KNOWLEDGE
        .role(slug)
        .map(|role| role.name.to_string())
        .unwrap_or_else(|| as_stored(slug))
}

fn dimension_name(slug: &str) -> String {
    KNOWLEDGE
        .dimension(slug)
        .map(|dimension| dimension.name.to_string())
        .unwrap_or_else(|| as_stored(slug))
}

/// Longest stored slug shown in a label; a longer one is cut with an ellipsis.
const SHOWN_SLUG_CHARS: usize = 60;

/// A slug that is not in the knowledge base, made safe to show on one line.
fn as_stored(slug: &str) -> String {
    let one_line: String = slug
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.is_empty() {
        return "(unnamed)".to_string();
    }
    let mut shown: String = one_line.chars().take(SHOWN_SLUG_CHARS).collect();
    if one_line.chars().count() > SHOWN_SLUG_CHARS {
        shown.push('…');
    }
    format!("“{shown}”")
}
