//! The Ladder screen: the climb from Product Manager to Chief Product Officer. For now it lists
//! every rung in order, with its branch, what it owns, and the sources.

use leptos::prelude::*;

use crate::components::sources_line::SourcesLine;
use crate::components::view_intro::ViewIntro;
use crate::content::KNOWLEDGE;
use crate::model::knowledge::{Rung, Track};

pub const HEADING: &str = "The career ladder";

#[component]
pub fn LadderView() -> impl IntoView {
    view! {
        <section class="view view-ladder" aria-labelledby="view-heading">
            <ViewIntro
                heading=HEADING
                lede="Follow the path from Product Manager through Director, Head of Product and VP \
                      of Product to Chief Product Officer, and see what each step asks of you."
            />
            <ol class="rungs">
                {KNOWLEDGE.rungs.iter().map(rung_view).collect_view()}
            </ol>
        </section>
    }
}

fn track_label(track: Track) -> &'static str {
    match track {
        Track::Shared => "Every product manager",
        Track::Individual => "Individual-contributor branch",
        Track::Management => "Management branch",
    }
}

fn rung_view(rung: &'static Rung) -> impl IntoView {
    let role = KNOWLEDGE.role(rung.role);
    let name = role.map(|role| role.name).unwrap_or(rung.role);
    let side = role.map(|role| role.side.label()).unwrap_or_default();
    let note = (rung.role == "head-of-product").then_some(KNOWLEDGE.head_of_product_note);
    view! {
        <li class="rung">
            <h2>{name}</h2>
            <p class="rung-track">{track_label(rung.track)}" · "{side}</p>
            {note.map(|note| view! { <p class="rung-note">{note}</p> })}
            <dl class="rung-facts">
                <dt>"Scope"</dt><dd>{rung.scope}</dd>
                <dt>"Time horizon"</dt><dd>{rung.horizon}</dd>
                <dt>"Team"</dt><dd>{rung.team}</dd>
                <dt>"Decisions"</dt><dd>{rung.decisions}</dd>
            </dl>
            <SourcesLine citations=rung.sources/>
        </li>
    }
}
