//! The Notes screen: every private note with what it is attached to and when it last changed;
//! search, a filter by kind, a link to each note's item, notes of one's own, export and import,
//! and the way to delete all of one's data in this browser.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::notes_store::use_notes;
use crate::components::print_sheet::{PrintButton, PrintedFrom};
use crate::components::view_intro::ViewIntro;
use crate::model::notes::{import, to_json, to_markdown, Kind, Target, MAX_IMPORT_BYTES};
use crate::platform::files;

mod list;
mod my_data;

use list::{Deleted, NotesList};
use my_data::MyData;

pub const HEADING: &str = "Your notes";

#[component]
pub fn NotesView() -> impl IntoView {
    let store = use_notes();
    let query = RwSignal::new(String::new());
    let kind = RwSignal::new(None::<Kind>);
    let draft = RwSignal::new(String::new());
    let said = RwSignal::new(None::<String>);
    let deleted = RwSignal::new(None::<Deleted>);
    let empty = Memo::new(move |_| store.doc.with(|doc| doc.live().next().is_none()));
    // Every note deleted, here or in another tab: nothing of them stays to be undone.
    Effect::new(move |previous: Option<u64>| {
        let wiped = store.wiped.get();
        if previous.is_some_and(|previous| previous != wiped) {
            deleted.set(None);
            draft.set(String::new());
        }
        wiped
    });

    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            said.set(Some(
                "Write something first: an empty note is not saved.".into(),
            ));
            return;
        }
        if store.add_standalone(&text).is_some() {
            draft.set(String::new());
            said.set(Some("Note added.".into()));
        }
    };
    let export_markdown = move |_| {
        let text = store.doc.with_untracked(to_markdown);
        files::download("pm-compass-notes.md", "text/markdown", &text);
    };
    let export_json = move |_| {
        let text = store.doc.with_untracked(to_json);
        files::download("pm-compass-notes.json", "application/json", &text);
    };
    let import_file = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        spawn_local(async move {
            let message = match files::read_chosen(&input).await {
                None => "That file could not be opened. Your notes are unchanged.".to_string(),
                Some((_, size)) if size > MAX_IMPORT_BYTES as f64 => {
                    "That file is too large to be a notes export. Your notes are unchanged."
                        .to_string()
                }
                Some((text, _)) => match store.doc.with_untracked(|doc| import(doc, &text)) {
                    Ok(report) => {
                        let message = report.message();
                        store.replace(report.doc);
                        if store.held_for_newer() {
                            "Nothing was imported: a newer version of PM Compass keeps your notes \
                             here. Reload, then import the file again."
                                .to_string()
                        } else {
                            message
                        }
                    }
                    Err(error) => error.message(),
                },
            };
            input.set_value("");
            said.set(Some(message));
        });
    };

    view! {
        <section class="view view-notes" aria-labelledby="view-heading">
            <ViewIntro
                heading=HEADING
                lede="Jot down what you think about your own role and your next step. Notes are \
                      stored only in this browser and never leave it, not even in shared links."
            />
            <div class="notes-tools">
                <label class="filter">
                    <span>"Search"</span>
                    <input
                        type="search"
                        id="notes-search"
                        prop:value=move || query.get()
                        on:input=move |event| query.set(event_target_value(&event))
                    />
                </label>
                <label class="filter">
                    <span>"Show"</span>
                    <select
                        id="notes-kind"
                        on:change=move |event| kind.set(Kind::from_slug(&event_target_value(&event)))
                    >
                        <option value="">"All notes"</option>
                        {Kind::ALL.into_iter().map(|k| view! {
                            <option value=k.slug()>{k.heading()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <div class="notes-transfer">
                    <button type="button" class="button" on:click=export_markdown>"Export Markdown"</button>
                    <button type="button" class="button" on:click=export_json>"Export JSON"</button>
                    <label class="button file-button">
                        "Import JSON"
                        <input type="file" id="notes-import" accept=".json,application/json" on:change=import_file/>
                    </label>
                    <PrintButton/>
                </div>
            </div>
            <p class="notes-said" role="status">{move || said.get()}</p>
            // Always in the page, so that "Note deleted" is announced when it appears.
            <div class="notes-undo-slot" role="status">
            {move || deleted.get().map(|gone| {
                let restore = move |_| {
                    if gone.target == Target::Standalone {
                        store.add_standalone(&gone.text);
                    } else {
                        store.write(gone.target.clone(), &gone.text);
                    }
                    deleted.set(None);
                };
                view! {
                    <p class="notes-undo">
                        "Note deleted. "
                        <button type="button" class="button" on:click=restore>"Undo"</button>
                    </p>
                }
            })}
            </div>
            <form class="new-note" on:submit=add>
                <label for="new-note">"A note of your own, not tied to any role or rung"</label>
                <textarea
                    id="new-note"
                    rows="3"
                    prop:value=move || draft.get()
                    on:input=move |event| draft.set(event_target_value(&event))
                ></textarea>
                <button type="submit" class="button">"Add note"</button>
            </form>
            {move || if empty.get() {
                view! {
                    <div class="notes-empty">
                        <h2>"No notes yet"</h2>
                        <p>"Notes are for what you think: where your own job differs from a cell \
                            in the matrix, what you want to learn before the next rung, what a \
                            mentor told you. Open any cell, verdict, role or rung and write in \
                            its note box, or add a note of your own above."</p>
                    </div>
                }
                .into_any()
            } else {
                view! { <NotesList query=query kind=kind deleted=deleted/> }.into_any()
            }}
            <MyData/>
            <PrintedFrom/>
        </section>
    }
}
