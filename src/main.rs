//! Entry point of the browser build: installs the panic reporter and mounts the app.

fn main() {
    pm_compass::platform::panic::install();
    leptos::mount::mount_to_body(pm_compass::App);
}
