//! What the person should know about the app itself, under the header on every screen: that
//! they are offline and everything still works (links to other sites marked as needing the
//! network), that a new version is ready to load, and that a newer version saved data here which
//! this page will not save over.

use leptos::prelude::*;

use crate::components::newer_data::use_newer_data;
use crate::platform::offline;

#[component]
pub fn AppStatus() -> impl IntoView {
    let online = offline::online();
    // Links to other sites say they need the network while it is gone.
    Effect::new(move || offline::mark_page(online.get()));
    let update_ready = RwSignal::new(false);
    offline::keep_offline(move || update_ready.set(true));
    let updating = RwSignal::new(false);
    let newer = use_newer_data();
    let update = move |_| {
        updating.set(true);
        offline::switch_to_new_version();
    };

    view! {
        // Always in the page, so screen readers announce what appears in it.
        <div class="app-status" role="status">
            {move || (!online.get()).then(|| view! {
                <div class="app-status-line is-offline">
                    <p>
                        <strong>"You are offline."</strong>
                        " Everything here still works: every view and link, and your notes keep \
                         saving in this browser."
                    </p>
                </div>
            })}
            {move || newer.seen().then(|| view! {
                <div class="app-status-line is-update">
                    <p>
                        <strong>"A newer version of PM Compass saved your data in this browser."</strong>
                        " This page runs an older one, so it does not save over that data: \
                         reload to go on with the newer version."
                    </p>
                    <button type="button" class="button" on:click=update disabled=updating>
                        {move || if updating.get() { "Reloading…" } else { "Reload" }}
                    </button>
                </div>
            })}
            {move || (update_ready.get() && !newer.seen()).then(|| view! {
                <div class="app-status-line is-update">
                    <p>"A new version of PM Compass is ready."</p>
                    <button type="button" class="button" on:click=update disabled=updating>
                        {move || if updating.get() { "Reloading…" } else { "Reload to update" }}
                    </button>
                    <button type="button" class="button is-quiet" on:click=move |_| update_ready.set(false)>
                        "Later"
                    </button>
                </div>
            })}
        </div>
    }
}
