//! A focused element in a table kept clear of the table's sticky parts: the header held at the
//! top of the window, the window's bottom edge and the row headers of a box scrolled sideways.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::document::{active_element, window_height};

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
