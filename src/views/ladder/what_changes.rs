//! Two rungs chosen: the way between them, only the dimensions that differ (from → to), and for
//! each step on the way what changes and how people make the move.

use leptos::prelude::*;

use super::marking::mark_buttons;
use super::role_name as name;
use super::{Choose, Marks};
use crate::components::note_editor::NoteEditor;
use crate::components::share_link::ShareLink;
use crate::components::sources_line::{entry_item, SourcesLine};
use crate::content::KNOWLEDGE;
use crate::model::compare::{CompareState, HistoryEntry};
use crate::model::ladder::{changes, rungs_on, way, Direction};
use crate::model::ladder_marks::climb_order;
use crate::model::ladder_state::LadderState;
use crate::model::notes::Target;
use crate::model::{View, ViewState};

#[component]
pub fn WhatChanges(
    from: &'static str,
    to: &'static str,
    choose: Choose,
    marks: Marks,
) -> impl IntoView {
    let legs = way(from, to).unwrap_or_default();
    let stops: Vec<&str> = rungs_on(from, &legs).into_iter().map(name).collect();
    let differences = changes(from, to);
    let compare_link = format!(
        "?{}",
        ViewState {
            view: View::Compare,
            compare: CompareState {
                roles: vec![from, to],
                ..CompareState::default()
            },
            ..ViewState::default()
        }
        .to_query()
    );
    view! {
        <article class="what-changes" aria-labelledby="what-changes-title">
            <h2 id="what-changes-title">{format!("From {} to {}", name(from), name(to))}</h2>
            <p class="way">{format!("The way: {}.", stops.join(" → "))}</p>
            <div class="what-changes-actions">
                <a class="button" href=compare_link>"Compare these two side by side"</a>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| choose.run((LadderState { from: Some(to), to: Some(from) }, HistoryEntry::Push))
                >
                    "Swap direction"
                </button>
                <ShareLink title=Signal::stored(format!("From {} to {}: what changes", name(from), name(to)))/>
            </div>
            {let (here, target) = climb_order(from, to); mark_buttons(marks, here, target)}
            <h3>{format!("What changes ({} of {} dimensions)", differences.len(), KNOWLEDGE.dimensions.len())}</h3>
            {if differences.is_empty() {
                view! { <p>"The two roles sit at the same level on every dimension."</p> }.into_any()
            } else {
                view! {
                    <table class="changes">
                        <caption class="visually-hidden">{format!("Dimensions that differ from {} to {}", name(from), name(to))}</caption>
                        <thead><tr><th scope="col">"Dimension"</th><th scope="col">{name(from)}</th><th scope="col">{name(to)}</th></tr></thead>
                        <tbody>
                            {differences.iter().map(|change| {
                                let level = |l| KNOWLEDGE.level_name(change.dimension, l).unwrap_or("?");
                                view! {
                                    <tr class:rises=change.rises()>
                                        <th scope="row">{KNOWLEDGE.dimension(change.dimension).map(|d| d.name)}</th>
                                        <td>{level(change.from_level)}</td>
                                        <td>
                                            <span aria-hidden="true">{if change.rises() { "▲ " } else { "▼ " }}</span>
                                            {level(change.to_level)}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <h3>"Step by step"</h3>
            <ol class="legs">
                {legs.iter().map(|leg| {
                    let title = match leg.direction {
                        Direction::Up => format!("{} → {}", name(leg.from()), name(leg.to())),
                        Direction::Down => format!("{} → {} (a step back down)", name(leg.from()), name(leg.to())),
                    };
                    let advice_title = match leg.direction {
                        Direction::Up => "How people make this move".to_string(),
                        Direction::Down => format!("How people make the move up from {}", name(leg.to())),
                    };
                    view! {
                        <li class="leg">
                            <h4>{title}</h4>
                            <p class="leg-label">{if leg.direction == Direction::Up { "What changes" } else { "What this step up would change, undone" }}</p>
                            <ul>{leg.step.changes.iter().map(entry_item).collect_view()}</ul>
                            <p class="leg-label">{advice_title}</p>
                            <ul>{leg.step.advice.iter().map(entry_item).collect_view()}</ul>
                            <SourcesLine citations=leg.step.sources/>
                            <NoteEditor
                                target=Target::step(leg.step.from, leg.step.to)
                                about=format!("the step {} → {}", name(leg.step.from), name(leg.step.to))
                            />
                        </li>
                    }
                }).collect_view()}
            </ol>
        </article>
    }
}
