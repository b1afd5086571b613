//! The frame around every view: header with navigation, the bad-link notice, the open view,
//! and the footer. It reads the link, corrects a bad one in place, and keeps the title in step.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::app_status::AppStatus;
use crate::components::assessment_store::provide_assessment;
use crate::components::link::provide_link;
use crate::components::link_notice::{LinkNotice, NoticeText};
use crate::components::nav::ViewNav;
use crate::components::newer_data::provide_newer_data;
use crate::components::notes_notice::NotesNotice;
use crate::components::notes_store::provide_notes;
use crate::components::theme_toggle::{provide_theme_choice, ThemeToggle};
use crate::content::KNOWLEDGE;
use crate::model::compare::HistoryEntry;
use crate::model::{ParsedLink, View, ViewState};
use crate::platform::{document, offline};
use crate::views;

pub const PRODUCT_NAME: &str = "PM Compass";
/// The id of every view's main heading (see `ViewIntro`), where focus goes on a change of view.
pub const VIEW_HEADING_ID: &str = "view-heading";

#[component]
pub fn Shell() -> impl IntoView {
    let location = use_location();
    let link = provide_link();
    provide_newer_data();
    let notes = provide_notes();
    provide_theme_choice();
    provide_assessment();
    let parsed = link.parsed;
    let state = link.state();
    let current_view = Memo::new(move |_| state.with(|state| state.view));
    let notice = RwSignal::new(None::<NoticeText>);

    // A link with problems, or one that came mangled through a chat or mail app: remember what
    // to tell the person (nothing, when only tracking parameters or trailing punctuation went),
    // then put the corrected link in the address bar without adding a history entry.
    Effect::new(move |_| {
        if !parsed.with(ParsedLink::needs_rewrite) {
            return;
        }
        let corrected = parsed.with(|parsed| parsed.state.clone());
        if let Some(text) = parsed.with(ParsedLink::notice) {
            notice.set(Some(NoticeText {
                text,
                query: corrected.to_query(),
            }));
        }
        link.go(corrected, HistoryEntry::Replace);
    });
    // The notice belongs to the corrected link; once the person moves on, it goes.
    let shown_notice = Signal::derive(move || {
        notice
            .get()
            .filter(|shown| location.search.with(|search| *search == shown.query))
    });

    // Back, Forward and the navigation links change the view without `go`: remember those too.
    Effect::new(move |_| state.with(|state| link.remember(state)));

    Effect::new(move |_| document::set_title(&state.with(title_for)));

    // When the person changes view (the navigation, Back, Forward, a link to another view), the
    // new view's heading takes focus: keyboard and screen reader users start at its top and
    // hear where they are. Not on the first load, where the browser's own start is right.
    Effect::new(move |previous: Option<View>| {
        let view = current_view.get();
        if previous.is_some_and(|previous| previous != view) {
            document::focus_heading_after_render(VIEW_HEADING_ID.to_string());
        }
        view
    });

    view! {
        // The first thing to focus: past the header and navigation, straight to the view. The
        // router would take `#main` for a link of its own, so the click is handled here.
        <a
            class="skip-link"
            href="#main"
            on:click=|event| {
                event.prevent_default();
                document::skip_to("main");
            }
        >
            "Skip to content"
        </a>
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
                <ViewNav current=current_view remembered=link.remembered/>
                <ThemeToggle/>
            </div>
        </header>
        <AppStatus/>
        <LinkNotice notice=shown_notice on_dismiss=move || notice.set(None)/>
        <NotesNotice store=notes/>
        <main id="main" class="page" tabindex="-1">
            {move || views::render(current_view.get())}
        </main>
        <footer class="colophon">
            <div class="colophon-inner">
                <p>"Your notes stay in this browser. Nothing you write here is sent anywhere."</p>
                {offline::build_id().filter(|id| id != "dev").map(|id| view! {
                    <p class="build-id">"Version " {id}</p>
                })}
            </div>
        </footer>
    }
}

/// The tab title for what is shown: "Product Manager vs CEO: compared · PM Compass".
pub fn title_for(state: &ViewState) -> String {
    let topic = match state.view {
        View::Compare => {
            let names: Vec<&str> = state
                .compare
                .roles
                .iter()
                .filter_map(|slug| KNOWLEDGE.role(slug))
                .map(|role| role.name)
                .collect();
            let context = state
                .compare
                .context
                .and_then(|slug| KNOWLEDGE.context(slug))
                .map(|context| format!(" ({})", context.name))
                .unwrap_or_default();
            format!("{}: compared{context}", names.join(" vs "))
        }
        view => views::heading(view).to_string(),
    };
    format!("{topic} · {PRODUCT_NAME}")
}
