//! The Notes screen: the person's private notes, kept in this browser only.

use leptos::prelude::*;

use crate::components::view_intro::ViewIntro;

pub const HEADING: &str = "Your notes";

#[component]
pub fn NotesView() -> impl IntoView {
    view! {
        <section class="view view-notes" aria-labelledby="view-heading">
            <ViewIntro
                heading=HEADING
                lede="Jot down what you think about your own role and your next step. Notes are \
                      stored only in this browser and never leave it."
                coming_next="Notes attached to any role, dimension or rung, with search, and export \
                             to Markdown or JSON."
            />
        </section>
    }
}
