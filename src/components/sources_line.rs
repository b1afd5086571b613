//! Where a claim comes from, as the page shows it: the line under a claim that names its
//! articles by title (linked where their address is known) and publisher, our own reading set
//! apart and marked as ours, and a ladder list's entry with a citation of its own.

use leptos::prelude::*;

use crate::components::outside_link::OutsideLink;
use crate::content::KNOWLEDGE;
use crate::model::knowledge::{Citation, Entry, Source, EDITORIAL_LABEL};
use crate::model::source::OUR_TITLE_SHORT;

/// The label of our own reading beside what the articles say.
pub const OUR_READING: &str = "Our reading (editorial): ";

#[component]
pub fn SourcesLine(citations: &'static [Citation]) -> impl IntoView {
    view! {
        <p class="sources-line">
            <span class="sources-label">"Sources: "</span>
            {cited(citations, EDITORIAL_LABEL)}
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
        view! {
            " "
            <span class="entry-cite">"(" {cited(citations, "our reading")} ")"</span>
        }
    });
    view! { <li>{entry.text}{cited}</li> }
}

/// Citations one after another, separated by semicolons; `editorial` names our own content.
fn cited(citations: &'static [Citation], editorial: &'static str) -> impl IntoView {
    citations
        .iter()
        .enumerate()
        .map(|(index, citation)| {
            let separator = (index > 0).then_some("; ");
            let named = match citation {
                Citation::Editorial => view! { <cite>{editorial}</cite> }.into_any(),
                Citation::Source(id) => match KNOWLEDGE.source(id) {
                    Some(source) => cited_source(source).into_any(),
                    None => view! { <cite>{format!("unknown source “{id}”")}</cite> }.into_any(),
                },
            };
            view! { {separator}{named} }
        })
        .collect_view()
}

/// An article under a claim: its title, linked where its address is known, then briefly who
/// publishes it, or that the title is ours.
fn cited_source(source: &'static Source) -> impl IntoView {
    let title = source.full_title();
    let title = match source.url {
        Some(url) => view! { <cite><OutsideLink href=url>{title}</OutsideLink></cite> }.into_any(),
        None => view! { <cite>{title}</cite> }.into_any(),
    };
    let ours = source.untitled.then(|| format!(" ({OUR_TITLE_SHORT})"));
    let credit = source
        .short_credit()
        .map(|credit| view! { <span class="cite-credit">{format!(" ({credit})")}</span> });
    view! { {title}{ours}{credit} }
}
