//! One rung's card: what the role owns, what to learn for the next step, the usual pitfalls,
//! and the buttons to mark it as where you are or where you are heading.

use leptos::prelude::*;

use super::Marks;
use crate::components::note_editor::NoteEditor;
use crate::components::sources_line::SourcesLine;
use crate::content::KNOWLEDGE;
use crate::model::notes::Target;

#[component]
pub fn RungCard(rung: &'static str, marks: Marks) -> impl IntoView {
    let Some(rung) = KNOWLEDGE.rung(rung) else {
        return ().into_any();
    };
    let name = KNOWLEDGE
        .role(rung.role)
        .map(|r| r.name)
        .unwrap_or(rung.role);
    let is_here = move || marks.marks.with(|m| m.here() == Some(rung.role));
    let is_target = move || marks.marks.with(|m| m.target() == Some(rung.role));
    let note = (rung.role == "head-of-product").then_some(KNOWLEDGE.head_of_product_note);
    view! {
        <article class="rung-card" aria-labelledby="rung-card-title">
            <h2 id="rung-card-title">{name}</h2>
            {note.map(|note| view! { <p class="rung-note">{note}</p> })}
            <div class="mark-buttons">
                {mark_button("I am here", is_here, move || {
                    marks.update(marks.marks.with_untracked(|m| m.with_here_toggled(rung.role)))
                })}
                {mark_button("This is my target", is_target, move || {
                    marks.update(marks.marks.with_untracked(|m| m.with_target_toggled(rung.role)))
                })}
            </div>
            <p class="private-hint">"Your markers stay in this browser; they are never put in a link."</p>
            <dl class="rung-facts">
                <dt>"Scope"</dt><dd>{rung.scope}</dd>
                <dt>"Time horizon"</dt><dd>{rung.horizon}</dd>
                <dt>"Team"</dt><dd>{rung.team}</dd>
                <dt>"Decisions"</dt><dd>{rung.decisions}</dd>
            </dl>
            <h3>"What to learn for the next step"</h3>
            <ul>{rung.learn_next.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul>
            <h3>"Common pitfalls"</h3>
            <ul>{rung.pitfalls.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul>
            <SourcesLine citations=rung.sources/>
            <NoteEditor target=Target::rung(rung.role) about=name.to_string()/>
        </article>
    }
    .into_any()
}

/// A marker toggle: its name stays the same, `aria-pressed` and a tick say whether it is on.
fn mark_button(
    label: &'static str,
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
