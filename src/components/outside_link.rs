//! A link that leaves the app: it says so in its name, opens in a new tab without handing this
//! page to the other site, and says it needs the network while the browser is offline.

use leptos::prelude::*;

/// What a link that leaves the app adds to its name.
pub const OPENS_ANOTHER_SITE: &str = " (opens another site)";

/// What a link that leaves the app adds while the browser is offline (shown by
/// `style/sourcing.css` when `platform::offline` marks the page offline).
pub const NEEDS_THE_NETWORK: &str = " (needs the network)";

/// A link to `href` on another site, its visible text `children` with a small arrow.
#[component]
pub fn OutsideLink(href: &'static str, children: Children) -> impl IntoView {
    view! {
        <a class="outside-link" href=href target="_blank" rel="noopener noreferrer">
            {children()}
            <span class="outside-mark" aria-hidden="true">"↗"</span>
            <span class="visually-hidden">{OPENS_ANOTHER_SITE}</span>
            <span class="needs-network">{NEEDS_THE_NETWORK}</span>
        </a>
    }
}
