//! The line shown when the open cell's row is not on show (a theme filter, "Only differences"):
//! one sentence naming the cell and what hides it, "Show it" and "Close it".

use leptos::prelude::*;

use super::matrix::{bring_into_view, shown_mine};
use super::Apply;
use crate::components::assessment_store::use_assessment;
use crate::model::compare::CompareState;
use crate::model::hidden_open::hidden_open;
use crate::platform::document;

#[component]
pub fn HiddenOpenNotice(compare: Memo<CompareState>, apply: Apply) -> impl IntoView {
    let assessment = use_assessment();
    let hidden = Memo::new(move |_| {
        compare.with(|state| {
            assessment
                .doc
                .with(|doc| hidden_open(state, shown_mine(doc)))
        })
    });
    let show = move |_| {
        let Some(opened) = compare.with_untracked(|state| state.open) else {
            return;
        };
        let next = compare.with_untracked(|state| {
            assessment
                .doc
                .with_untracked(|doc| state.with_open_shown(shown_mine(doc)))
        });
        apply.run(next);
        bring_into_view(opened);
    };
    // The line goes with the cell it was about: focus goes to the view's heading rather than
    // falling to the page's body.
    let close = move |_| {
        apply.run(compare.with_untracked(CompareState::closed));
        document::focus_after_render("view-heading".into(), false);
    };
    view! {
        <div class="open-hidden-slot" role="status">
            {move || hidden.get().map(|hidden| view! {
                <div class="open-hidden">
                    <p class="open-hidden-text">{hidden.sentence()}</p>
                    <button type="button" class="button" on:click=show>"Show it"</button>
                    <button type="button" class="link-button" on:click=close>"Close it"</button>
                </div>
            })}
        </div>
    }
}
