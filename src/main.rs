//! Entry point of the browser build: installs the panic reporter, mounts the app, and takes away
//! the static header index.html shows until then (the app's own header now stands in its place).

fn main() {
    pm_compass::platform::panic::install();
    leptos::mount::mount_to_body(pm_compass::App);
    if let Some(shell) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("boot-shell"))
    {
        shell.remove();
    }
}
