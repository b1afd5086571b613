//! Where a note's item is shown, as a link: the matrix with the cell or verdict open, the
//! comparison with the role, or the ladder with the rung or step chosen.

use crate::model::compare::{CompareState, Opened, DEFAULT_ROLES};
use crate::model::ladder_state::LadderState;
use crate::model::{View, ViewState};

use super::Target;
use crate::content::KNOWLEDGE;

/// The comparison that shows `role`: beside the Product Manager, or PM beside the CEO.
fn roles_with(role: &'static str) -> Vec<&'static str> {
    if DEFAULT_ROLES.contains(&role) {
        DEFAULT_ROLES.to_vec()
    } else {
        vec![DEFAULT_ROLES[0], role]
    }
}

/// The view that shows the item a note is attached to; `None` for standalone notes and for
/// items the knowledge base no longer has.
pub fn place_of(target: &Target) -> Option<ViewState> {
    let compare = |roles, open| ViewState {
        view: View::Compare,
        compare: CompareState {
            roles,
            open,
            ..CompareState::default()
        },
        ..ViewState::default()
    };
    match target {
        Target::Standalone => None,
        Target::Cell { role, dimension } => {
            let role = KNOWLEDGE.role(role)?.slug;
            let dimension = KNOWLEDGE.dimension(dimension)?.slug;
            Some(compare(
                roles_with(role),
                Some(Opened::Cell { dimension, role }),
            ))
        }
        Target::Dimension { dimension } => {
            let dimension = KNOWLEDGE.dimension(dimension)?.slug;
            Some(compare(
                DEFAULT_ROLES.to_vec(),
                Some(Opened::Verdict { dimension }),
            ))
        }
        Target::Role { role } => Some(compare(roles_with(KNOWLEDGE.role(role)?.slug), None)),
        Target::Rung { rung } => Some(ladder(Some(KNOWLEDGE.rung(rung)?.role), None)),
        // A step the ladder no longer has is shown nowhere, though both its rungs are.
        Target::Step { .. } if !target.exists() => None,
        Target::Step { from, to } => Some(ladder(
            Some(KNOWLEDGE.rung(from)?.role),
            Some(KNOWLEDGE.rung(to)?.role),
        )),
    }
}

fn ladder(from: Option<&'static str>, to: Option<&'static str>) -> ViewState {
    ViewState {
        view: View::Ladder,
        ladder: LadderState { from, to },
        ..ViewState::default()
    }
}
