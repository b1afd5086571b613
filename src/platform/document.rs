//! The document around the app: its title, the current address, and moving focus or scrolling
//! to an element once the view has been drawn (instantly when the person prefers reduced motion).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Sets the tab's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// The full address of the page, as a person would share it.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

/// The address of this page with another query string (without its `?`).
pub fn url_with_query(query: &str) -> String {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return format!("?{query}");
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}?{query}")
}

/// A moment (milliseconds since 1970) as the person's clock reads it: "22 Nov 2026, 14:05".
pub fn date_time(ms: f64) -> String {
    let date = js_sys::Date::new(&ms.into());
    let options = js_sys::Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).ok();
    }
    date.to_locale_string("en-GB", &options).into()
}

/// The focused element, unless focus is nowhere in particular (the page's body).
pub(super) fn active_element() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let active = document.active_element()?;
    let body: Option<web_sys::Element> = document.body().map(Into::into);
    (Some(&active) != body.as_ref()).then_some(active)
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Focuses the element with this id now, if it is there.
pub fn focus(id: &str) -> bool {
    element(id).is_some_and(|element| element.focus().is_ok())
}

/// Focuses the element with this id now without the browser's own scrolling to it (which comes
/// a frame late in some engines): the caller's `focusin` handler places it.
pub fn focus_in_place(id: &str) -> bool {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    element(id).is_some_and(|element| element.focus_with_options(&options).is_ok())
}

thread_local! {
    /// How many focus requests [`focus_after_render`] has taken: each knows its number, and
    /// only the latest is carried out.
    static FOCUS_REQUESTS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// After the next frame (when the view has been redrawn), focuses the element with `id` and,
/// if `scroll` is set, brings it to the middle of the screen. If the person has moved focus
/// elsewhere in the meantime (a quick Tab on a slow device), it stays where they put it. Of
/// requests made within one frame (Start, then Next at once), only the latest is carried out:
/// an earlier one would otherwise place focus and look like the person's own move.
pub fn focus_after_render(id: String, scroll: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let request = FOCUS_REQUESTS.with(|count| {
        count.set(count.get() + 1);
        count.get()
    });
    let focused_then = active_element();
    let callback = Closure::once_into_js(move || {
        if FOCUS_REQUESTS.with(std::cell::Cell::get) != request {
            return;
        }
        let moved_on = active_element().is_some_and(|now| {
            Some(&now) != focused_then.as_ref() && now.is_connected() && now.id() != id
        });
        if moved_on {
            return;
        }
        if let Some(element) = element(&id) {
            if scroll {
                scroll_to(&element, web_sys::ScrollLogicalPosition::Center);
            }
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(scroll);
            element.focus_with_options(&options).ok();
        }
    });
    window
        .request_animation_frame(callback.unchecked_ref())
        .ok();
}

/// Moves the roving tab stop of a group of controls from one element to another, and focuses it.
pub fn move_tab_stop(from: &str, to: &str) {
    if let (Some(from), Some(to)) = (element(from), element(to)) {
        from.set_tab_index(-1);
        to.set_tab_index(0);
        to.focus().ok();
    }
}

/// The window's inner height in CSS pixels (0 if the browser gives none).
pub(super) fn window_height(window: &web_sys::Window) -> f64 {
    window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// After the next frame, scrolls the element with `id` to the top of the screen if none of it is
/// in view (on a phone, a panel drawn below the diagram); otherwise leaves the page where it is.
pub fn reveal_after_render(id: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(move || {
        let (Some(element), Some(window)) = (element(&id), web_sys::window()) else {
            return;
        };
        let height = window_height(&window);
        let rect = element.get_bounding_client_rect();
        if rect.top() >= height || rect.bottom() <= 0.0 {
            scroll_to(&element, web_sys::ScrollLogicalPosition::Start);
        }
    });
    window
        .request_animation_frame(callback.unchecked_ref())
        .ok();
}

/// Whether the person has asked their system for less motion (`prefers-reduced-motion`).
pub fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

/// Whether a media query matches now: `media_matches("(max-width: 44rem)")`; `false` where
/// `matchMedia` is missing.
pub fn media_matches(query: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // `matchMedia` through Reflect, so this needs no web-sys feature of its own.
    js_sys::Reflect::get(&window, &"matchMedia".into())
        .ok()
        .and_then(|match_media| match_media.dyn_into::<js_sys::Function>().ok())
        .and_then(|match_media| match_media.call1(&window, &query.into()).ok())
        .and_then(|list| js_sys::Reflect::get(&list, &"matches".into()).ok())
        .and_then(|matches| matches.as_bool())
        .unwrap_or(false)
}

/// Scrolls `element` to `block` of the screen: as the page's CSS says (`auto`), or at once when
/// the person prefers reduced motion, whatever the CSS says.
fn scroll_to(element: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    let behavior = if prefers_reduced_motion() {
        "instant"
    } else {
        "auto"
    };
    js_sys::Reflect::set(&options, &"behavior".into(), &behavior.into()).ok();
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// After the next frame (when it has been drawn), brings the element with `id` to the top of the
/// screen and focuses it, as [`skip_to`] does: an explanation opened far from where the person
/// tapped, say.
pub fn skip_to_after_render(id: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(move || skip_to(&id));
    window
        .request_animation_frame(callback.unchecked_ref())
        .ok();
}

/// Two frames from now, when the view and whatever focus it sets have settled: opens the
/// disclosure around the field with `id`, brings the field to the middle of the screen and
/// focuses it (a note that "Go to it" leads to).
pub fn reveal_field(id: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let reveal = Closure::once_into_js(move || {
        let Some(field) = element(&id) else {
            return;
        };
        if let Ok(Some(details)) = field.closest("details") {
            details.set_attribute("open", "").ok();
        }
        scroll_to(&field, web_sys::ScrollLogicalPosition::Center);
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        field.focus_with_options(&options).ok();
    });
    let next = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            window.request_animation_frame(reveal.unchecked_ref()).ok();
        }
    });
    window.request_animation_frame(next.unchecked_ref()).ok();
}

/// The skip link's work: brings the element with `id` to the top of the screen and focuses it,
/// without changing the address (the router would otherwise take `#id` as a new link).
pub fn skip_to(id: &str) {
    if let Some(element) = element(id) {
        scroll_to(&element, web_sys::ScrollLogicalPosition::Start);
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        element.focus_with_options(&options).ok();
    }
}

/// After the next frame, focuses the new view's main heading (`id`), so that a person who
/// changed view by keyboard or screen reader starts at its top, and hears where they are.
/// If the view has already put focus somewhere in `<main>` (a link that opens a cell focuses
/// that cell), it is left there.
pub fn focus_heading_after_render(id: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(move || {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let placed_in_main = document.active_element().is_some_and(|active| {
            active.id() != "main" && active.closest("main").ok().flatten().is_some()
        });
        if !placed_in_main {
            if let Some(heading) = element(&id) {
                heading.focus().ok();
            }
        }
    });
    window
        .request_animation_frame(callback.unchecked_ref())
        .ok();
}

/// Opens the browser's print dialog for the page.
pub fn print() {
    if let Some(window) = web_sys::window() {
        window.print().ok();
    }
}
