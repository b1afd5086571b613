//! The person's finished assessments over time: how the answers moved between two of them, and
//! each snapshot with its date and index, deletable one by one (with Undo).

use leptos::prelude::*;

use crate::components::assessment_store::use_assessment;
use crate::model::assessment::{movements, AssessmentResult, Snapshot};
use crate::platform::document;

#[component]
pub fn History() -> impl IntoView {
    let store = use_assessment();
    let snapshots = Memo::new(move |_| store.doc.with(|doc| doc.snapshots.clone()));
    // The earlier snapshot the latest is set against, by the whole milliseconds of when it was
    // taken: by default the one before it.
    let against = RwSignal::new(None::<i64>);
    let deleted = RwSignal::new(None::<Snapshot>);

    let delete = move |snapshot: Snapshot| {
        store.change(|doc| doc.without_snapshot(snapshot.taken_ms));
        deleted.set(Some(snapshot));
        document::focus_after_render("history-status-undo".into(), false);
    };
    let undo = move |_| {
        if let Some(snapshot) = deleted.get_untracked() {
            store.change(|doc| doc.with_snapshot(snapshot));
            deleted.set(None);
        }
    };

    view! {
        <section class="history" aria-labelledby="history-heading">
            <h3 id="history-heading">"Over time"</h3>
            {move || {
                let snapshots = snapshots.get();
                let Some((latest, earlier)) = snapshots.split_last() else {
                    return view! { <p>"No finished assessment yet."</p> }.into_any();
                };
                if earlier.is_empty() {
                    return view! {
                        <p>"Take the assessment again later, when your job changes, to see how your answers move."</p>
                    }.into_any();
                }
                let chosen = against
                    .get()
                    .and_then(|taken| earlier.iter().find(|s| whole_ms(s.taken_ms) == taken))
                    .unwrap_or(&earlier[earlier.len() - 1])
                    .clone();
                moved(latest, &chosen, earlier, against).into_any()
            }}
            <h4>"Your finished assessments"</h4>
            <ol class="snapshot-list">
                {move || snapshots.get().into_iter().rev().map(|snapshot| {
                    let when = document::date_time(snapshot.taken_ms);
                    let index = AssessmentResult::of(&snapshot.answers)
                        .index
                        .map_or("no index".to_string(), |index| format!("index {}", index.value));
                    let label = format!("Delete the assessment of {when}");
                    view! {
                        <li class="snapshot">
                            <span class="snapshot-when">{when}</span>
                            <span class="snapshot-index">{index}</span>
                            <button
                                type="button"
                                class="button is-quiet"
                                aria-label=label
                                on:click=move |_| delete(snapshot.clone())
                            >
                                "Delete"
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="history-status" role="status">
                {move || deleted.get().map(|snapshot| view! {
                    <p>
                        {format!("Deleted the assessment of {}. ", document::date_time(snapshot.taken_ms))}
                        <button type="button" class="button is-quiet" id="history-status-undo" on:click=undo>
                            "Undo"
                        </button>
                    </p>
                })}
            </div>
        </section>
    }
}

/// How the latest answers moved since an earlier snapshot, with the choice of which.
fn moved(
    latest: &Snapshot,
    chosen: &Snapshot,
    earlier: &[Snapshot],
    against: RwSignal<Option<i64>>,
) -> impl IntoView {
    let index = |snapshot: &Snapshot| {
        AssessmentResult::of(&snapshot.answers)
            .index
            .map(|i| i.value)
    };
    let change = match (index(chosen), index(latest)) {
        (Some(before), Some(after)) => {
            let delta = i16::from(after) - i16::from(before);
            let sign = if delta > 0 { "+" } else { "" };
            format!("Mini-CEO index: {before} then, {after} now ({sign}{delta}).")
        }
        _ => String::new(),
    };
    let moves = movements(&chosen.answers, &latest.answers);
    let options = earlier
        .iter()
        .rev()
        .map(|snapshot| {
            let taken = snapshot.taken_ms;
            view! {
                <option value=whole_ms(taken).to_string() selected=taken == chosen.taken_ms>
                    {document::date_time(taken)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="history-moves">
            <label class="history-choice">
                "Your latest answers compared with "
                <select on:change=move |event| against.set(event_target_value(&event).parse().ok())>
                    {options}
                </select>
            </label>
            <p class="history-index">{change}</p>
            {if moves.is_empty() {
                view! { <p>"None of your answers changed."</p> }.into_any()
            } else {
                view! {
                    <ul class="movement-list">
                        {moves.iter().map(|movement| {
                            let direction = match movement.went_up() {
                                Some(true) => "up",
                                Some(false) => "down",
                                None => "changed",
                            };
                            view! {
                                <li class=format!("movement is-{direction}")>
                                    <strong>{movement.dimension.name}</strong>
                                    {format!(
                                        ": {} → {} ({direction})",
                                        movement.name(movement.before),
                                        movement.name(movement.after)
                                    )}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}

/// A moment in whole milliseconds, as an option's value: written and read as an integer, so the
/// wasm carries no float printing or parsing for it.
fn whole_ms(ms: f64) -> i64 {
    ms as i64
}
