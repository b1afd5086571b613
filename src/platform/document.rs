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
fn active_element() -> Option<web_sys::Element> {
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

/// After the next frame (when the view has been redrawn), focuses the element with `id` and,
/// if `scroll` is set, brings it to the middle of the screen. If the person has moved focus
/// elsewhere in the meantime (a quick Tab on a slow device), it stays where they put it.
pub fn focus_after_render(id: String, scroll: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let focused_then = active_element();
    let callback = Closure::once_into_js(move || {
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
fn window_height(window: &web_sys::Window) -> f64 {
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

/// After the browser's own scrolling: an element that took focus partly below the window's bottom
/// edge (Firefox leaves a cell so) is scrolled up into full view, `gap` pixels clear, but never so
/// far that its top goes under `head`, the header held at the top.
fn into_full_view(focused: &web_sys::Element, head: &web_sys::Element, gap: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let height = window_height(&window);
    let rect = focused.get_bounding_client_rect();
    let room = rect.top() - head.get_bounding_client_rect().bottom().max(0.0) - gap;
    let by = (rect.bottom() - height + gap).min(room);
    // Only while it still has focus: a quick next key has moved on, and been scrolled for.
    let still = active_element().is_some_and(|now| &now == focused);
    if still && rect.top() < height && rect.bottom() > height + 0.5 && by > 0.5 {
        window.scroll_by_with_x_and_y(0.0, by);
    }
}

/// Keeps an element that took focus inside `table` clear of the table's sticky parts (WCAG 2.2,
/// 2.4.11): below the header held at the top of the window, in full view above its bottom edge
/// (a frame later), and right of the row headers held
/// at the left of a box that scrolls sideways. Call it on `focusin`, after the browser's own
/// scrolling. What is in the header stays put; what is in a row header is only kept below.
pub fn keep_clear_of_sticky(table: &web_sys::Element, focused: &web_sys::Element) {
    const GAP: f64 = 8.0;
    let within = |selector: &str| focused.closest(selector).ok().flatten().is_some();
    if within("thead") {
        return;
    }
    let head = table.query_selector("thead th").ok().flatten();
    if let (Some(window), Some(head)) = (web_sys::window(), head.clone()) {
        let focused = focused.clone();
        let callback = Closure::once_into_js(move || into_full_view(&focused, &head, GAP));
        window
            .request_animation_frame(callback.unchecked_ref())
            .ok();
    }
    let rect = focused.get_bounding_client_rect();
    if let (Some(head), Some(window)) = (
        // The header's cells are what stick (the `thead` itself scrolls away).
        head,
        web_sys::window(),
    ) {
        let covered = head.get_bounding_client_rect().bottom() - rect.top();
        if covered > 0.5 {
            window.scroll_by_with_x_and_y(0.0, -(covered + GAP));
        }
    }
    if within("th") {
        return;
    }
    let row_header = focused
        .closest("tr")
        .ok()
        .flatten()
        .and_then(|row| row.query_selector("th[scope=row]").ok().flatten());
    if let (Some(row_header), Some(scroller)) = (row_header, table.parent_element()) {
        let covered = row_header.get_bounding_client_rect().right() - rect.left();
        if covered > 0.5 {
            scroller.set_scroll_left(scroller.scroll_left() - (covered + GAP).ceil() as i32);
        }
    }
}
