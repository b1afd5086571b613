//! A focused element in a table kept clear of the table's sticky parts: below the header held at
//! the top of the window and above the window's bottom edge.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::document::{active_element, window_height};

/// Scrolls the window so that `focused` is in full view, `gap` pixels clear of `head` (the
/// header held at the top of the window) and of the window's bottom edge. Where it cannot fit
/// between them its top wins. Does nothing while focus is elsewhere (a quick next key has moved
/// on, and been scrolled for) or when it is already clear.
fn into_full_view(focused: &web_sys::Element, head: &web_sys::Element, gap: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if !active_element().is_some_and(|now| &now == focused) {
        return;
    }
    let height = window_height(&window);
    let rect = focused.get_bounding_client_rect();
    let head = head.get_bounding_client_rect();
    // Negative: up, so the top comes out from under the header held at the top; positive: down,
    // so the bottom comes above the window's edge. Going down never takes the top under the
    // header, wherever that will be: held at the top (it is there once its own place has
    // scrolled past the top), or in its place in the page, moving with it.
    let by = if rect.top() < head.bottom().max(0.0) + gap - 0.5 {
        rect.top() - head.bottom().max(0.0) - gap
    } else if rect.bottom() > height - gap + 0.5 {
        let wanted = rect.bottom() - height + gap;
        let held_after = head.top() - wanted <= 0.0;
        let room = if held_after {
            rect.top() - head.height() - gap
        } else {
            rect.top() - gap
        };
        wanted.min(room)
    } else {
        0.0
    };
    if by.abs() > 0.5 {
        window.scroll_by_with_x_and_y(0.0, by);
    }
}

/// Keeps an element that took focus inside `table` clear of the table's sticky parts (WCAG 2.2,
/// 2.4.11): below the header held at the top of the window, in full view above its bottom edge.
/// (The table never scrolls sideways in a box of its own, so its row headers cover nothing.)
/// Call it on `focusin`. It scrolls at once, so the element is in view when the key that moved focus has
/// been handled, whatever the timing; and once more after the next frame, for an engine whose
/// own scrolling to a focused element comes later (Firefox's can). What is in the header stays
/// put.
pub fn keep_clear_of_sticky(table: &web_sys::Element, focused: &web_sys::Element) {
    const GAP: f64 = 8.0;
    let within = |selector: &str| focused.closest(selector).ok().flatten().is_some();
    if within("thead") {
        return;
    }
    // The header's cells are what stick (the `thead` itself scrolls away).
    if let (Some(window), Some(head)) = (
        web_sys::window(),
        table.query_selector("thead th").ok().flatten(),
    ) {
        into_full_view(focused, &head, GAP);
        let focused = focused.clone();
        let callback = Closure::once_into_js(move || into_full_view(&focused, &head, GAP));
        window
            .request_animation_frame(callback.unchecked_ref())
            .ok();
    }
}
