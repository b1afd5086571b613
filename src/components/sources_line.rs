//! The line under a claim that names the articles it comes from, by title.

use leptos::prelude::*;

use crate::content::KNOWLEDGE;
use crate::model::knowledge::Citation;

#[component]
pub fn SourcesLine(citations: &'static [Citation]) -> impl IntoView {
    let titles = KNOWLEDGE.cite(citations).join("; ");
    view! {
        <p class="sources-line">
            <span class="sources-label">"Sources: "</span>
            <cite>{titles}</cite>
        </p>
    }
}
