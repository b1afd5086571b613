//! Where a claim comes from, as the page shows it: the line under a claim that names its
//! articles by title, our own reading set apart and marked as ours, and a ladder list's entry
//! with a citation of its own.

use leptos::prelude::*;

use crate::content::KNOWLEDGE;
use crate::model::knowledge::{Citation, Entry};

/// The label of our own reading beside what the articles say.
pub const OUR_READING: &str = "Our reading (editorial): ";

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

/// Our own reading of an item, apart from what its articles say (`None`: nothing is ours).
pub fn our_reading(text: Option<&'static str>) -> impl IntoView {
    text.map(|text| {
        view! {
            <p class="our-reading">
                <span class="our-reading-label">{OUR_READING}</span>
                {text}
            </p>
        }
    })
}

/// A ladder list's entry; one with citations of its own names them after its text, editorial
/// content as "our reading".
pub fn entry_item(entry: &'static Entry) -> impl IntoView {
    let cited = entry.sources.map(|citations| {
        let names: Vec<String> = citations
            .iter()
            .map(|citation| match citation {
                Citation::Editorial => "our reading".to_string(),
                Citation::Source(_) => KNOWLEDGE.cite(std::slice::from_ref(citation)).concat(),
            })
            .collect();
        view! {
            " "
            <span class="entry-cite">"(" <cite>{names.join("; ")}</cite> ")"</span>
        }
    });
    view! { <li>{entry.text}{cited}</li> }
}
