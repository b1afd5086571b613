//! The one-line notice shown when a link had parts the app had to ignore.

use leptos::prelude::*;

/// What the notice says, and the corrected query it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeText {
    pub text: String,
    pub query: String,
}

#[component]
pub fn LinkNotice(
    notice: Signal<Option<NoticeText>>,
    on_dismiss: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="notice-slot" role="status" aria-live="polite">
            {move || {
                let on_dismiss = on_dismiss.clone();
                notice
                    .get()
                    .map(|notice| {
                        view! {
                            <div class="link-notice">
                                <p class="link-notice-text">{notice.text}</p>
                                <button
                                    type="button"
                                    class="link-notice-dismiss"
                                    aria-label="Dismiss this notice"
                                    on:click=move |_| on_dismiss()
                                >
                                    "×"
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
