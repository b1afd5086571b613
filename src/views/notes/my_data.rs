//! "Your data in this browser": what PM Compass keeps about the person, a way to save a copy,
//! and one control that deletes all of it here and in every other open tab of the app.

use leptos::prelude::*;

use crate::components::assessment_store::use_assessment;
use crate::components::newer_data::use_newer_data;
use crate::components::notes_store::use_notes;
use crate::components::theme_toggle::ThemeChoice;
use crate::model::assessment::result_markdown;
use crate::model::ladder_marks::LadderMarks;
use crate::model::my_data::Kept;
use crate::model::notes::{to_json, to_markdown};
use crate::platform::storage;
use crate::platform::{document, files, theme};
use crate::views::ladder::MARKS_KEY;

/// Every key the app keeps starts so (notes, ladder, assessment, theme, and the copies of
/// unreadable data set aside beside them).
const KEY_PREFIX: &str = "pm-compass.";
const PANEL_ID: &str = "delete-all-panel";
const PANEL_HEADING_ID: &str = "delete-all-title";

#[component]
pub fn MyData() -> impl IntoView {
    let notes = use_notes();
    let assessment = use_assessment();
    let newer = use_newer_data();
    let open = RwSignal::new(false);
    let said = RwSignal::new(None::<String>);
    // Counted when the panel opens, from what is stored, without writing anything; not redrawn
    // while it is open, so focus stays on its buttons whatever another tab does.
    let kept = RwSignal::new(Kept::default());
    let count_kept = move || {
        let marks = storage::load_raw(MARKS_KEY)
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str::<LadderMarks>(&raw).ok())
            .unwrap_or_default();
        let doc = assessment.doc.get_untracked();
        Kept {
            notes: notes.doc.with_untracked(|doc| doc.live().count()),
            markers: usize::from(marks.here.is_some()) + usize::from(marks.target.is_some()),
            ticks: marks.ticked.len(),
            results: doc.snapshots.len(),
            draft: doc.draft.is_some(),
            theme: theme::chosen().is_some(),
            newer: newer.seen(),
            set_aside: storage::keys_starting(KEY_PREFIX)
                .iter()
                .any(|key| key.ends_with(".unreadable")),
        }
    };
    let show_panel = move |_| {
        said.set(None);
        kept.set(count_kept());
        open.set(true);
        document::focus_after_render(PANEL_HEADING_ID.into(), true);
    };
    let delete_all = move |_| {
        storage::remove_all_starting(KEY_PREFIX);
        notes.forget_all();
        assessment.forget_all();
        if let Some(choice) = use_context::<ThemeChoice>() {
            choice.forget();
        }
        newer.clear();
        open.set(false);
        said.set(Some(
            "All your PM Compass data is deleted from this browser, in this tab and in any other \
             PM Compass tab open in it."
                .into(),
        ));
        document::focus_after_render("delete-all-open".into(), false);
    };
    let keep = move |_| {
        open.set(false);
        document::focus_after_render("delete-all-open".into(), false);
    };
    let notes_json = move |_| {
        files::download(
            "pm-compass-notes.json",
            "application/json",
            &notes.doc.with_untracked(to_json),
        );
    };
    let notes_markdown = move |_| {
        files::download(
            "pm-compass-notes.md",
            "text/markdown",
            &notes.doc.with_untracked(to_markdown),
        );
    };
    let result_copy = move |_| {
        if let Some(latest) = assessment.doc.with_untracked(|doc| doc.latest().cloned()) {
            let text = result_markdown(&latest.answers, &document::date_time(latest.taken_ms));
            files::download("pm-compass-my-role.md", "text/markdown", &text);
        }
    };

    view! {
        <section class="my-data" aria-labelledby="my-data-title">
            <h2 id="my-data-title">"Your data in this browser"</h2>
            <p>"PM Compass keeps your notes, your place on the ladder, your self-assessment and \
                your theme in this browser only. On a shared or work computer you can delete all \
                of it at once."</p>
            <button
                type="button"
                id="delete-all-open"
                class="button is-danger"
                aria-expanded=move || open.get().to_string()
                aria-controls=move || open.get().then_some(PANEL_ID)
                on:click=show_panel
            >
                "Delete all my data…"
            </button>
            <p class="my-data-said" role="status">{move || said.get()}</p>
            <Show when=move || open.get()>
                {move || {
                    let kept = kept.get();
                    let lines = kept.lines();
                    view! {
                        <div id=PANEL_ID class="delete-all" role="group" aria-labelledby=PANEL_HEADING_ID>
                            <h3 id=PANEL_HEADING_ID tabindex="-1">
                                "Delete everything PM Compass keeps in this browser?"
                            </h3>
                            {if kept.is_empty() {
                                view! { <p>"There is nothing of yours here now."</p> }.into_any()
                            } else {
                                view! {
                                    <p>"This deletes:"</p>
                                    <ul class="delete-all-list">
                                        {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                            <p>"It cannot be undone, and it applies to every PM Compass tab open in \
                                this browser. To keep a copy, save it first:"</p>
                            <div class="delete-all-exports">
                                <button type="button" class="button" on:click=notes_json disabled=kept.notes == 0>
                                    "Export notes as JSON"
                                </button>
                                <button type="button" class="button" on:click=notes_markdown disabled=kept.notes == 0>
                                    "Export notes as Markdown"
                                </button>
                                <button type="button" class="button" on:click=result_copy disabled=kept.results == 0>
                                    "Save my latest result as Markdown"
                                </button>
                            </div>
                            <div class="delete-all-actions">
                                <button type="button" class="button is-danger-strong" on:click=delete_all>
                                    "Delete all my data"
                                </button>
                                <button type="button" class="button" on:click=keep>"Keep my data"</button>
                            </div>
                        </div>
                    }
                }}
            </Show>
        </section>
    }
}
