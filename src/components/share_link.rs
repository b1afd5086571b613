//! "Copy link" and "Share": hand someone the exact view on screen. Where the clipboard is
//! refused or sharing fails, the link appears in a selected field to copy by hand; closing the
//! share sheet is not an error and says nothing.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;

use crate::platform::clipboard::{self, Shared};
use crate::platform::document;

/// What the last copy attempt came to.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Copied {
    Not,
    Done,
    /// The clipboard was refused: the link to copy by hand.
    Refused(String),
    /// Sharing failed: the link to copy by hand.
    NotShared(String),
}

#[component]
pub fn ShareLink(
    /// The title the share sheet gives the link.
    #[prop(into)]
    title: Signal<String>,
    /// The link to hand over; the page's own address when not given.
    #[prop(optional, into)]
    url: Option<Signal<String>>,
) -> impl IntoView {
    let link_to_share = move || match url {
        Some(url) => url.get_untracked(),
        None => document::current_url(),
    };
    let copied = RwSignal::new(Copied::Not);
    let can_share = clipboard::can_share();
    // "Copied" speaks of the link as it was: once the view changes, it goes.
    let search = use_location().search;
    Effect::new(move |previous: Option<()>| {
        search.track();
        if previous.is_some() {
            copied.set(Copied::Not);
        }
    });

    let copy = move |_| {
        let url = link_to_share();
        spawn_local(async move {
            match clipboard::copy_text(&url).await {
                Ok(()) => copied.set(Copied::Done),
                Err(()) => {
                    copied.set(Copied::Refused(url));
                    document::focus_after_render("manual-link".into(), false);
                }
            }
        });
    };
    let share = move |_| {
        let url = link_to_share();
        let title = title.get_untracked();
        spawn_local(async move {
            match clipboard::share(&title, &url).await {
                Shared::Done | Shared::Cancelled => {}
                Shared::Failed => {
                    copied.set(Copied::NotShared(url));
                    document::focus_after_render("manual-link".into(), false);
                }
            }
        });
    };

    view! {
        <div class="share-link">
            <button type="button" class="button" on:click=copy>"Copy link"</button>
            {can_share.then(|| view! {
                <button type="button" class="button" on:click=share>"Share…"</button>
            })}
            <p class="share-status" role="status">
                {move || (copied.get() == Copied::Done).then_some("Link copied. Anyone who opens it sees this view.")}
            </p>
            {move || {
                let (why, url) = match copied.get() {
                    Copied::Refused(url) => ("Your browser blocked copying. Select and copy this link:", url),
                    Copied::NotShared(url) => ("Sharing did not work in this browser. Select and copy this link:", url),
                    _ => return None,
                };
                Some(view! {
                    <div class="manual-copy">
                        <label for="manual-link">{why}</label>
                        <input
                            id="manual-link"
                            type="text"
                            readonly
                            value=url
                            on:focus=|event| {
                                use wasm_bindgen::JsCast;
                                if let Some(input) = event
                                    .target()
                                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                {
                                    input.select();
                                }
                            }
                        />
                    </div>
                })
            }}
        </div>
    }
}
