//! The ladder drawn as a grid of rungs, top rung first on screen but in climbing order for
//! assistive technology, with the fork after Senior PM, the CEO beside the top, and a text
//! description of the shape.

use leptos::prelude::*;

use super::{Choose, Marks};
use crate::components::note_mark::note_mark;
use crate::components::notes_store::use_notes;
use crate::content::KNOWLEDGE;
use crate::model::knowledge::{Rung, Side, Track};
use crate::model::ladder::{rungs_on, way};
use crate::model::ladder_state::LadderState;
use crate::model::notes::Target;
use crate::platform::document;

/// How high a rung stands: shared rungs count from the bottom; each branch continues above them.
fn height(rung: &Rung) -> usize {
    let on_track = |track| KNOWLEDGE.rungs.iter().filter(move |r| r.track == track);
    let shared = on_track(Track::Shared).count();
    let index = on_track(rung.track)
        .position(|r| r.role == rung.role)
        .unwrap_or(0);
    match rung.track {
        Track::Shared => index,
        Track::Individual | Track::Management => shared + index,
    }
}

fn top_height() -> usize {
    KNOWLEDGE.rungs.iter().map(height).max().unwrap_or(0)
}

fn names(track: Track) -> Vec<&'static str> {
    KNOWLEDGE
        .rungs
        .iter()
        .filter(|rung| rung.track == track)
        .filter_map(|rung| KNOWLEDGE.role(rung.role))
        .map(|role| role.name)
        .collect()
}

fn join(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [only] => only.to_string(),
        [init @ .., last] => format!("{} and then {last}", init.join(", ")),
    }
}

/// The ladder's shape in words, from the data.
fn description() -> String {
    let shared = names(Track::Shared);
    let management = names(Track::Management);
    let individual = names(Track::Individual);
    let crossings: Vec<String> = KNOWLEDGE
        .steps
        .iter()
        .filter(|step| {
            KNOWLEDGE
                .rung(step.from)
                .is_some_and(|r| r.track == Track::Individual)
        })
        .filter(|step| {
            KNOWLEDGE
                .rung(step.to)
                .is_some_and(|r| r.track == Track::Management)
        })
        .filter_map(|step| {
            Some((
                KNOWLEDGE.role(step.from)?.name,
                KNOWLEDGE.role(step.to)?.name,
            ))
        })
        .map(|(from, to)| format!("From {from} people can move across to {to}."))
        .collect();
    format!(
        "Climbing from the bottom: {}. After that the ladder forks. The management branch climbs \
         {}. The individual-contributor branch leads to {}. {} The CEO is not a rung: it is the \
         role the mini-CEO comparison points at.",
        join(&shared),
        join(&management),
        join(&individual),
        crossings.join(" ")
    )
}

#[component]
pub fn Diagram(ladder: Memo<LadderState>, choose: Choose, marks: Marks) -> impl IntoView {
    let top = top_height();
    let path = Memo::new(move |_| {
        marks.marks.with(|marks| {
            let (here, target) = (marks.here()?, marks.target()?);
            Some(rungs_on(here, &way(here, target)?))
        })
    });
    view! {
        <div class="ladder-diagram">
            <p class="ladder-description" id="ladder-description">{description()}</p>
            <ul class="ladder-legend" aria-label="Key">
                <li><span class="swatch side-management"></span>"Product management"</li>
                <li><span class="swatch side-leadership"></span>"Product leadership"</li>
                <li><span class="swatch on-path"></span>"Your path"</li>
            </ul>
            <ol class="ladder-grid" aria-describedby="ladder-description">
                {KNOWLEDGE.rungs.iter().map(|rung| {
                    let row = top - height(rung) + 1;
                    rung_node(rung, row, ladder, choose, marks, path)
                }).collect_view()}
                // Last in reading order, drawn beside the top rung.
                <li class="ceo-node ladder-col-2 ladder-row-1">
                    <span class="ceo-name">"CEO"</span>
                    <span class="ceo-text">"Not a rung: the role the “mini-CEO” idea compares product managers with."</span>
                    <a href="?view=compare&roles=pm,ceo&v=1">"Compare PM with CEO"</a>
                </li>
            </ol>
        </div>
    }
}

fn rung_node(
    rung: &'static Rung,
    row: usize,
    ladder: Memo<LadderState>,
    choose: Choose,
    marks: Marks,
    path: Memo<Option<Vec<&'static str>>>,
) -> impl IntoView {
    let role = KNOWLEDGE.role(rung.role);
    let name = role.map(|r| r.name).unwrap_or(rung.role);
    let side = role.map(|r| r.side).unwrap_or(Side::Management);
    let side_class = match side {
        Side::Leadership => "side-leadership",
        _ => "side-management",
    };
    let column = match rung.track {
        Track::Individual => "ladder-col-2",
        _ => "ladder-col-1",
    };
    let track_label = match rung.track {
        Track::Shared => "Every PM",
        Track::Individual => "Individual-contributor branch",
        Track::Management => "Management branch",
    };
    let id = format!("rung-{}", rung.role);
    let chosen = move || ladder.with(|l| l.from == Some(rung.role) || l.to == Some(rung.role));
    let here = move || marks.marks.with(|m| m.here() == Some(rung.role));
    let target = move || marks.marks.with(|m| m.target() == Some(rung.role));
    let on_path = move || path.with(|p| p.as_ref().is_some_and(|p| p.contains(&rung.role)));
    let varies = rung.role == "head-of-product";
    let on_click = {
        let id = id.clone();
        move |_| {
            if let Some(change) = ladder.with_untracked(|l| l.with_rung_chosen(rung.role)) {
                choose.run(change);
                document::focus_after_render(id.clone(), false);
                document::reveal_after_render("ladder-panel".into());
            }
        }
    };
    view! {
        <li class=format!("rung-node {side_class} {column} ladder-row-{row}") class:on-path=on_path>
            <button
                type="button"
                id=id
                class="rung-button"
                aria-pressed=move || if chosen() { "true" } else { "false" }
                on:click=on_click
            >
                <span class="rung-name">{name}</span>
                <span class="rung-meta">{format!("{} · {track_label}", side.label())}</span>
                {varies.then(|| view! { <span class="rung-varies">"Height varies by company"</span> })}
                {note_mark(use_notes(), Target::rung(rung.role))}
                <span class="rung-marks">
                    {move || here().then(|| view! { <span class="mark mark-here">"You are here"</span> })}
                    {move || target().then(|| view! { <span class="mark mark-target">"Your target"</span> })}
                </span>
            </button>
        </li>
    }
}
