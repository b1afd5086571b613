//! The link as the app's shared state: every view reads what it shows from the address bar and
//! changes it by going to a new link, so Back, Forward and shared links all just work.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::model::compare::HistoryEntry;
use crate::model::link_repair::with_escaped_fragment;
use crate::model::{ParsedLink, View, ViewState};

/// What views get through context: the parsed link, and a way to go to another state.
#[derive(Clone, Copy)]
pub struct LinkContext {
    pub parsed: Memo<ParsedLink>,
    go: Callback<(ViewState, HistoryEntry)>,
    /// What each view last showed, so that going back to a view finds it as it was left.
    pub remembered: RwSignal<ViewState>,
}

impl LinkContext {
    /// The state the link shows.
    pub fn state(&self) -> Memo<ViewState> {
        let parsed = self.parsed;
        Memo::new(move |_| parsed.with(|parsed| parsed.state.clone()))
    }

    /// Puts `state` in the address bar, as a new history entry or in place of the current one.
    pub fn go(&self, state: ViewState, entry: HistoryEntry) {
        self.remember(&state);
        self.go.run((state, entry));
    }

    /// Notes what the state's view shows, for the next time the person comes back to it.
    pub fn remember(&self, state: &ViewState) {
        self.remembered.update(|remembered| match state.view {
            View::Compare => remembered.compare = state.compare.clone(),
            View::Ladder => remembered.ladder = state.ladder.clone(),
            // A shared result is someone else's: going back to the view finds one's own.
            View::Assess | View::Notes => {}
        });
    }
}

/// Reads the link from the router and provides it to every view below.
pub fn provide_link() -> LinkContext {
    let location = use_location();
    // A link whose `&` a chat app escaped as `&#38;` arrives cut at the `#`: put it back.
    let parsed = Memo::new(move |_| {
        ParsedLink::parse(&with_escaped_fragment(
            &location.search.get(),
            &location.hash.get(),
        ))
    });
    let navigate = use_navigate();
    let go = Callback::new(move |(state, entry): (ViewState, HistoryEntry)| {
        let path = location.pathname.get_untracked();
        navigate(
            &format!("{path}?{}", state.to_query()),
            NavigateOptions {
                resolve: false,
                replace: entry == HistoryEntry::Replace,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let remembered = RwSignal::new(parsed.with_untracked(|parsed| parsed.state.clone()));
    let context = LinkContext {
        parsed,
        go,
        remembered,
    };
    provide_context(context);
    context
}

/// The link context; panics only if a view is rendered outside the app's shell.
pub fn use_link() -> LinkContext {
    expect_context::<LinkContext>()
}
