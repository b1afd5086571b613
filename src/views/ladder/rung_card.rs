//! One rung's card: what the role owns, what to learn for the next step, the usual pitfalls,
//! and the buttons to mark it as where you are or where you are heading.

use leptos::prelude::*;

use super::marking::mark_buttons;
use super::Marks;
use crate::components::note_editor::NoteEditor;
use crate::components::share_link::ShareLink;
use crate::components::sources_line::{entry_item, SourcesLine};
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
    let note = (rung.role == "head-of-product").then_some(KNOWLEDGE.head_of_product_note);
    view! {
        <article class="rung-card" aria-labelledby="rung-card-title">
            <h2 id="rung-card-title">{name}</h2>
            {note.map(|note| view! { <p class="rung-note">{note}</p> })}
            <div class="what-changes-actions">
                <ShareLink title=Signal::stored(format!("{name} on the career ladder"))/>
            </div>
            {mark_buttons(marks, rung.role, rung.role)}
            <dl class="rung-facts">
                <dt>"Scope"</dt><dd>{rung.scope}</dd>
                <dt>"Time horizon"</dt><dd>{rung.horizon}</dd>
                <dt>"Team"</dt><dd>{rung.team}</dd>
                <dt>"Decisions"</dt><dd>{rung.decisions}</dd>
            </dl>
            <h3>"What to learn for the next step"</h3>
            <ul>{rung.learn_next.iter().map(entry_item).collect_view()}</ul>
            <h3>"Common pitfalls"</h3>
            <ul>{rung.pitfalls.iter().map(entry_item).collect_view()}</ul>
            <SourcesLine citations=rung.sources/>
            <NoteEditor target=Target::rung(rung.role) about=name.to_string()/>
        </article>
    }
    .into_any()
}
