//! Entry point of the browser build: installs the panic reporter, mounts the app, and takes away
//! the static header and first screen index.html shows until then (the app's own header and view
//! now stand in their place).

fn main() {
    pm_compass::platform::panic::install();
    leptos::mount::mount_to_body(pm_compass::App);
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        for id in ["boot-shell", "boot-view"] {
            if let Some(stand_in) = document.get_element_by_id(id) {
                stand_in.remove();
            }
        }
    }
}
