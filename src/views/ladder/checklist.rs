//! The private path from "I am here" to "my target": the rungs on the way and a checklist of what
//! to learn, whose ticks are kept in this browser.

use leptos::prelude::*;

use super::marking::CHECKLIST_HEADING;
use super::role_name as name;
use super::Marks;
use crate::model::ladder::{checklist, rungs_on, way};
use crate::platform::document;

#[component]
pub fn Checklist(marks: Marks) -> impl IntoView {
    view! {
        <section class="checklist" aria-labelledby=CHECKLIST_HEADING>
            <h2 id=CHECKLIST_HEADING tabindex="-1">"Your path"</h2>
            {move || {
                let (here, target) = marks.marks.with(|m| (m.here(), m.target()));
                let (Some(here), Some(target)) = (here, target) else {
                    return view! {
                        <p class="checklist-empty">
                            "Open the rung you are on and mark “I am here”, then open the rung you aim \
                             for and mark “This is my target”: your path and a checklist of what to \
                             learn on it appear here. Both stay private in this browser."
                        </p>
                    }
                    .into_any();
                };
                let stops: Vec<&str> = way(here, target)
                    .map(|legs| rungs_on(here, &legs).into_iter().map(name).collect())
                    .unwrap_or_default();
                let items = checklist(here, target);
                let done = marks.marks.with(|m| items.iter().filter(|i| m.is_ticked(&i.id)).count());
                view! {
                    <p class="way">{format!("{}.", stops.join(" → "))}</p>
                    {if items.is_empty() {
                        view! { <p>"Your target is not above where you are, so there is nothing new to learn on this way."</p> }.into_any()
                    } else {
                        view! {
                            <p class="progress" aria-live="polite">{format!("{done} of {} done", items.len())}</p>
                            <ul class="checklist-items">
                                {items.into_iter().map(|item| {
                                    let id = format!("tick-{}", item.id.replace(':', "-"));
                                    let item_id = item.id.clone();
                                    let ticked = marks.marks.with_untracked(|m| m.is_ticked(&item.id));
                                    view! {
                                        <li>
                                            <input
                                                type="checkbox"
                                                id=id.clone()
                                                prop:checked=ticked
                                                on:change={
                                                    let id = id.clone();
                                                    move |event| {
                                                        let on = event_target_checked(&event);
                                                        marks.change(|m| m.with_tick(&item_id, on));
                                                        // The list is redrawn with the new count: stay on this box.
                                                        document::focus_after_render(id.clone(), false);
                                                    }
                                                }
                                            />
                                            <label for=id>
                                                {item.text}
                                                <span class="checklist-rung">{format!(" (for the step up from {})", name(item.rung))}</span>
                                            </label>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }
                .into_any()
            }}
        </section>
    }
}
