//! One module per screen. Each exposes its heading and a component; `render` picks one.

pub mod assess;
pub mod compare;
pub mod ladder;
pub mod notes;

use leptos::prelude::*;

use crate::model::View;

/// The main heading of a view, also used in the tab title.
pub fn heading(view: View) -> &'static str {
    match view {
        View::Compare => compare::HEADING,
        View::Ladder => ladder::HEADING,
        View::Assess => assess::HEADING,
        View::Notes => notes::HEADING,
    }
}

/// The screen for a view.
pub fn render(view: View) -> AnyView {
    match view {
        View::Compare => compare::CompareView().into_any(),
        View::Ladder => ladder::LadderView().into_any(),
        View::Assess => assess::AssessView().into_any(),
        View::Notes => notes::NotesView().into_any(),
    }
}
