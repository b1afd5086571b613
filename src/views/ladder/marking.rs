//! Marking "I am here" and "This is my target", on one rung's card or on a pair of rungs, and the
//! line that says the path is set, with the way down to it, right where the marking was done.

use leptos::prelude::*;

use super::role_name as name;
use super::Marks;
use crate::model::ladder::checklist;
use crate::model::ladder_marks::LadderMarks;
use crate::platform::document;

/// The id of the "Your path" heading, which "See your path" focuses.
pub const CHECKLIST_HEADING: &str = "checklist-title";

/// The id of "See your path and checklist", focused after "Swap the markers".
const SEE_PATH: &str = "see-your-path";

/// A marker toggle: its name stays the same, `aria-pressed` and a tick say whether it is on.
fn mark_button(
    label: String,
    pressed: impl Fn() -> bool + Send + Sync + 'static,
    toggle: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button"
            aria-pressed=move || if pressed() { "true" } else { "false" }
            on:click=move |_| toggle()
        >
            {label}
            <span class="pressed-mark" aria-hidden="true">" ✓"</span>
        </button>
    }
}

/// "I am here" and "This is my target" for one rung, or, for a pair, "I am here" for `here` and
/// "This is my target" for `target` (the names say which rung each marks; a pair's panel passes
/// them in climbing order, `climb_order`, whichever rung was opened first).
pub fn mark_buttons(marks: Marks, here: &'static str, target: &'static str) -> impl IntoView {
    let pair = here != target;
    let label = |words: &str, rung: &'static str| {
        if pair {
            format!("{words}: {}", name(rung))
        } else {
            words.to_string()
        }
    };
    view! {
        <div class="mark-buttons">
            {mark_button(
                label("I am here", here),
                move || marks.marks.with(|m| m.here() == Some(here)),
                move || marks.change(|m| m.with_here_toggled(here)),
            )}
            {mark_button(
                label("This is my target", target),
                move || marks.marks.with(|m| m.target() == Some(target)),
                move || marks.change(|m| m.with_target_toggled(target)),
            )}
        </div>
        <p class="private-hint">"Your markers stay in this browser; they are never put in a link."</p>
        {path_set(marks)}
    }
}

/// Once both markers are set: the path in one sentence (a live region, so it is heard as it
/// appears) and a button down to the checklist, so the person sees what marking did without
/// scrolling to find it.
fn path_set(marks: Marks) -> impl IntoView {
    let path = Memo::new(move |_| marks.marks.with(|m| m.here().zip(m.target())));
    let see = move |_| {
        document::focus_after_render(CHECKLIST_HEADING.into(), true);
    };
    let below = Memo::new(move |_| marks.marks.with(|m| m.target_below()));
    let sentence = move || {
        path.get().map(|(here, target)| {
            if below.get() {
                return format!(
                    "Your target, {}, is below where you are, {}: a way down has nothing new \
                     to learn. Swap the markers to plan the climb from {} instead.",
                    name(target),
                    name(here),
                    name(target)
                );
            }
            let learn = match checklist(here, target).len() {
                0 => "nothing new to learn on the way".to_string(),
                1 => "1 thing to learn on the way".to_string(),
                n => format!("{n} things to learn on the way"),
            };
            format!(
                "Your path is set: {} to {}, {learn}.",
                name(here),
                name(target)
            )
        })
    };
    let leads_somewhere = move || path.with(Option::is_some) && !below.get();
    // The swap button goes away with the swap: focus moves on to the button that takes its place.
    let swap = move |_| {
        marks.change(LadderMarks::with_swapped);
        document::focus_after_render(SEE_PATH.into(), false);
    };
    view! {
        <div class="path-set" class:is-set=move || path.with(Option::is_some)>
            <p class="path-set-text" role="status">{sentence}</p>
            {move || leads_somewhere().then(|| view! {
                <button type="button" id=SEE_PATH class="link-button" on:click=see>"See your path and checklist"</button>
            })}
            {move || below.get().then(|| view! {
                <button type="button" class="link-button" on:click=swap>"Swap the markers"</button>
            })}
        </div>
    }
}
