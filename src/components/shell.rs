//! The frame around every view: header with navigation, the bad-link notice, the open view,
//! and the footer. It reads the link, corrects a bad one in place, and keeps the title in step.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::components::link_notice::{LinkNotice, NoticeText};
use crate::components::nav::ViewNav;
use crate::model::{ParsedLink, View};
use crate::platform::document;
use crate::views;

pub const PRODUCT_NAME: &str = "PM Compass";

#[component]
pub fn Shell() -> impl IntoView {
    let location = use_location();
    let link = Memo::new(move |_| ParsedLink::parse(&location.search.get()));
    let current_view = Memo::new(move |_| link.with(|link| link.state.view));
    let notice = RwSignal::new(None::<NoticeText>);

    // A link with problems: remember what to tell the person, then put the corrected link in
    // the address bar without adding a history entry.
    let navigate = use_navigate();
    Effect::new(move |_| {
        let Some(text) = link.with(ParsedLink::notice) else {
            return;
        };
        let query = link.with(|link| link.state.to_query());
        let path = location.pathname.get_untracked();
        notice.set(Some(NoticeText {
            text,
            query: query.clone(),
        }));
        navigate(
            &format!("{path}?{query}"),
            NavigateOptions {
                resolve: false,
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });
    // The notice belongs to the corrected link; once the person moves on, it goes.
    let shown_notice = Signal::derive(move || {
        notice
            .get()
            .filter(|shown| location.search.with(|search| *search == shown.query))
    });

    Effect::new(move |_| document::set_title(&title_for(current_view.get())));

    view! {
        <header class="masthead">
            <div class="masthead-inner">
                <a class="brand" href="?view=compare">
                    <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
                        <circle cx="16" cy="16" r="14" fill="#e3e8f8" stroke="#2f4fb5" stroke-width="3"/>
                        <path d="M16 6l4 10-4 10-4-10z" fill="#2f4fb5"/>
                    </svg>
                    <span class="brand-name">{PRODUCT_NAME}</span>
                </a>
                <p class="tagline">"Is a product manager a mini-CEO?"</p>
                <ViewNav current=current_view/>
            </div>
        </header>
        <LinkNotice notice=shown_notice on_dismiss=move || notice.set(None)/>
        <main id="main" class="page">
            {move || views::render(current_view.get())}
        </main>
        <footer class="colophon">
            <p>"Your notes stay in this browser. Nothing you write here is sent anywhere."</p>
        </footer>
    }
}

/// The tab title for a view.
pub fn title_for(view: View) -> String {
    format!("{} · {PRODUCT_NAME}", views::heading(view))
}
