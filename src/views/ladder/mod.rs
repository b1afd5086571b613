//! The Ladder screen: the climb from Product Manager to Chief Product Officer. Choosing a rung
//! shows its card, choosing two shows what changes between them (both in the link); marking
//! "I am here" and "my target" shows the path and a checklist (both private, kept locally).

mod checklist;
mod diagram;
mod marking;
mod rung_card;
mod what_changes;

use leptos::prelude::*;

use crate::components::link::use_link;
use crate::components::newer_data::{use_newer_data, NewerData};
use crate::components::print_sheet::{PrintButton, PrintedFrom};
use crate::components::view_intro::ViewIntro;
use crate::model::compare::HistoryEntry;
use crate::model::ladder_marks::{LadderMarks, MARKS_VERSION};
use crate::model::ladder_state::LadderState;
use crate::model::stored::is_newer;
use crate::model::{View, ViewState};
use crate::platform::events;
use crate::platform::storage::{self, Loaded};

use checklist::Checklist;
use diagram::Diagram;
use rung_card::RungCard;
use what_changes::WhatChanges;

pub const HEADING: &str = "The career ladder";

/// A rung's role name, for the ladder's sentences.
fn role_name(slug: &str) -> &'static str {
    crate::content::KNOWLEDGE
        .role(slug)
        .map(|role| role.name)
        .unwrap_or("?")
}

/// Where the private markers and ticks are kept in this browser.
pub const MARKS_KEY: &str = "pm-compass.ladder";

/// Changes the chosen rung or pair.
pub type Choose = Callback<(LadderState, HistoryEntry)>;

/// The person's markers and ticks, and whether keeping them works.
#[derive(Clone, Copy)]
pub struct Marks {
    pub marks: RwSignal<LadderMarks>,
    /// A sentence for the person when storage fails; `None` when all is well.
    pub problem: RwSignal<Option<String>>,
    /// The stored text as this page last read or wrote it: storage that holds something else
    /// now was changed or removed behind its back (see `change`).
    seen: StoredValue<Option<String>>,
    newer: NewerData,
}

impl Marks {
    fn load(newer: NewerData) -> Marks {
        let seen = storage::load_raw(MARKS_KEY).ok().flatten();
        let stored_by_newer = seen.as_deref().is_some_and(from_newer_build);
        // A newer build's markers: left as they are (not even copied aside), and never saved
        // over (see `change`).
        if stored_by_newer {
            newer.report();
        }
        let loaded = if stored_by_newer {
            Loaded::Empty
        } else {
            storage::load::<LadderMarks>(MARKS_KEY)
        };
        let (marks, problem) = match loaded {
            Loaded::Read(marks) => (marks.cleaned(), None),
            Loaded::Empty => (LadderMarks::new(), None),
            Loaded::Unreadable { backup_key } => (
                LadderMarks::new(),
                Some(format!(
                    "Your saved ladder markers could not be read, so they start afresh here. \
                     The old data is kept untouched under “{backup_key}” in this browser's storage."
                )),
            ),
            Loaded::Unavailable => (LadderMarks::new(), Some(UNSAVED.to_string())),
        };
        let marks = Marks {
            marks: RwSignal::new(marks),
            problem: RwSignal::new(problem),
            seen: StoredValue::new(seen),
            newer,
        };
        // Another tab's markers and ticks show here as they change; deleted there, gone here.
        events::on_key_change(MARKS_KEY, move |value| marks.follow(value));
        marks
    }

    /// Follows what storage holds now, written or removed elsewhere.
    fn follow(&self, value: Option<String>) {
        match value {
            None => {
                self.seen.set_value(None);
                self.marks.set(LadderMarks::new());
            }
            Some(raw) if from_newer_build(&raw) => self.newer.report(),
            Some(raw) => {
                if let Ok(read) = serde_json::from_str::<LadderMarks>(&raw) {
                    self.marks.set(read.cleaned());
                    self.seen.set_value(Some(raw));
                }
            }
        }
    }

    /// Changes the marks and keeps them; if storage refuses, they stay in memory and the person
    /// is told. The change applies to what storage holds now: markers removed behind this
    /// page's back (another tab that sent itself no event, cleared site data) stay removed.
    pub fn change(&self, change: impl FnOnce(&LadderMarks) -> LadderMarks) {
        if let Ok(now) = storage::load_raw(MARKS_KEY) {
            if now != self.seen.get_value() {
                self.follow(now);
            }
        }
        let next = self.marks.with_untracked(change);
        let text = serde_json::to_string(&next).unwrap_or_default();
        match storage::save_unless_newer(MARKS_KEY, &text, from_newer_build) {
            Ok(()) => {
                self.seen.set_value(Some(text));
                self.problem.set(None);
            }
            Err(storage::SaveError::Newer) => self.newer.report(),
            Err(storage::SaveError::Refused) => self.problem.set(Some(UNSAVED.to_string())),
        }
        self.marks.set(next);
    }
}

/// Whether stored text is a newer build's markers.
fn from_newer_build(raw: &str) -> bool {
    is_newer(raw, u64::from(MARKS_VERSION))
}

const UNSAVED: &str = "This browser is not letting us save, so your markers and ticks last only \
                       until you close the page.";

#[component]
pub fn LadderView() -> impl IntoView {
    let link = use_link();
    let state = link.state();
    let ladder = Memo::new(move |_| state.with(|state| state.ladder.clone()));
    let choose: Choose = Callback::new(move |(ladder, entry)| {
        link.go(
            ViewState {
                view: View::Ladder,
                ladder,
                ..ViewState::default()
            },
            entry,
        )
    });
    let marks = Marks::load(use_newer_data());

    view! {
        <section class="view view-ladder" aria-labelledby="view-heading">
            <ViewIntro
                heading=HEADING
                lede="Follow the path from Product Manager through Director, Head of Product and VP \
                      of Product to Chief Product Officer. Choose a rung to see what it asks of you, \
                      or two rungs to see what changes between them."
            />
            {move || marks.problem.get().map(|problem| view! {
                <p class="storage-problem" role="alert">{problem}</p>
            })}
            <div class="ladder-layout">
                <Diagram ladder=ladder choose=choose marks=marks/>
                // What the panel now shows, in a few words for screen readers (the whole panel
                // as a live region would read out a card or a comparison at every choice).
                <p class="visually-hidden" role="status">
                    {move || ladder.with(|ladder| match (ladder.from, ladder.to) {
                        (Some(from), Some(to)) => format!(
                            "Showing what changes from {} to {}.",
                            role_name(from),
                            role_name(to)
                        ),
                        (Some(rung), None) => format!("Showing {}.", role_name(rung)),
                        _ => String::new(),
                    })}
                </p>
                <div class="ladder-panel" id="ladder-panel">
                    {move || ladder.with(|ladder| match (ladder.from, ladder.to) {
                        (Some(from), Some(to)) => view! { <WhatChanges from=from to=to choose=choose marks=marks/> }.into_any(),
                        (Some(rung), None) => view! { <RungCard rung=rung marks=marks/> }.into_any(),
                        _ => view! {
                            <div class="panel-empty">
                                <h2>"Choose a rung"</h2>
                                <p>"Pick one rung to see its scope, team, decisions and what to learn \
                                    next. Pick a second to see what changes on the way between them."</p>
                            </div>
                        }.into_any(),
                    })}
                </div>
            </div>
            <Checklist marks=marks/>
            <div class="view-actions">
                <PrintButton/>
            </div>
            <PrintedFrom/>
        </section>
    }
}
