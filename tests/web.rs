//! Component tests in headless Chromium: the shell, navigation between views and bad links,
//! as a person sees them in the page.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::{IntoAny, Owner};
use leptos::tachys::view::any_view::AnyViewState;
use pm_compass::platform::panic::{show_crash_banner, CRASH_MESSAGE};
use pm_compass::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The app mounted in its own container at a given query; unmounted and removed on drop.
/// The app runs under an owner of the test's own, so that dropping it also removes the
/// router's window listeners (the router keeps its own owner alive for the page's lifetime).
struct Mounted {
    container: HtmlElement,
    owner: Owner,
    handle: Option<UnmountHandle<AnyViewState>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.owner.cleanup();
        self.container.remove();
    }
}

fn mount_at(query: &str) -> Mounted {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let owner = Owner::new();
    let handle = owner.with(|| mount_to(container.clone(), || App().into_any()));
    Mounted {
        container,
        owner,
        handle: Some(handle),
    }
}

async fn sleep(duration: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                duration.as_millis() as i32,
            )
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits up to two seconds for `check` to hold, as a person waits for the page to settle.
async fn wait_until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..200 {
        if check() {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting until {what}");
}

fn text_of(root: &HtmlElement, selector: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|element| element.text_content())
}

fn heading(root: &HtmlElement) -> Option<String> {
    text_of(root, "h1")
}

fn current_nav(root: &HtmlElement) -> Option<String> {
    text_of(root, "nav a[aria-current='page']")
}

fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

fn click(root: &HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn opens_on_compare_with_no_query() {
    let app = mount_at("");
    wait_until("a heading shows", || heading(&app.container).is_some()).await;
    assert_eq!(heading(&app.container).as_deref(), Some("Compare roles"));
    assert_eq!(current_nav(&app.container).as_deref(), Some("Compare"));
    assert!(app
        .container
        .query_selector(".link-notice")
        .unwrap()
        .is_none());
    wait_until("the title names the view", || {
        document().title() == "Compare roles · PM Compass"
    })
    .await;
}

#[wasm_bindgen_test]
async fn shows_the_view_named_in_the_query() {
    let app = mount_at("?view=ladder");
    wait_until("the ladder shows", || {
        heading(&app.container).as_deref() == Some("The career ladder")
    })
    .await;
    assert_eq!(current_nav(&app.container).as_deref(), Some("Ladder"));
    assert_eq!(search(), "?view=ladder");
}

#[wasm_bindgen_test]
async fn navigation_switches_view_and_link() {
    let app = mount_at("?view=compare");
    wait_until("compare shows", || heading(&app.container).is_some()).await;
    click(&app.container, "nav a[href='?view=notes']");
    wait_until("notes show", || {
        heading(&app.container).as_deref() == Some("Your notes")
    })
    .await;
    assert_eq!(search(), "?view=notes");
    assert_eq!(current_nav(&app.container).as_deref(), Some("Notes"));
    assert_eq!(
        app.container
            .query_selector_all("nav a[aria-current]")
            .unwrap()
            .length(),
        1,
        "exactly one navigation link is marked current"
    );
    wait_until("the title names the view", || {
        document().title() == "Your notes · PM Compass"
    })
    .await;
}

#[wasm_bindgen_test]
async fn garbage_link_shows_notice_default_view_and_corrected_url() {
    let app = mount_at("?view=boss&x=%zz&view=notes");
    wait_until("the link is corrected", || search() == "?view=compare").await;
    assert_eq!(heading(&app.container).as_deref(), Some("Compare roles"));
    let notice = text_of(&app.container, ".link-notice-text").expect("a notice is shown");
    assert!(notice.contains("unknown view “boss”"), "{notice}");
    assert!(
        notice.contains("characters that could not be decoded"),
        "{notice}"
    );
    assert!(notice.contains("Showing Compare instead"), "{notice}");

    click(&app.container, ".link-notice-dismiss");
    wait_until("the notice goes", || {
        app.container
            .query_selector(".link-notice")
            .unwrap()
            .is_none()
    })
    .await;
}

#[wasm_bindgen_test]
async fn notice_goes_away_when_the_person_moves_on() {
    let app = mount_at("?view=nowhere");
    wait_until("a notice shows", || {
        text_of(&app.container, ".link-notice-text").is_some()
    })
    .await;
    click(&app.container, "nav a[href='?view=ladder']");
    wait_until("the ladder shows", || {
        heading(&app.container).as_deref() == Some("The career ladder")
    })
    .await;
    assert!(app
        .container
        .query_selector(".link-notice")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
fn crash_banner_tells_the_person_what_happened() {
    show_crash_banner();
    let banner = document()
        .query_selector(".crash-banner[role='alert']")
        .unwrap()
        .expect("the banner is in the page");
    assert_eq!(banner.text_content().as_deref(), Some(CRASH_MESSAGE));
    banner.remove();
}

#[wasm_bindgen_test]
async fn compare_shows_every_dimension_for_pm_and_ceo_as_a_table() {
    use pm_compass::content::KNOWLEDGE;
    let app = mount_at("?view=compare");
    wait_until("the matrix shows", || {
        app.container
            .query_selector("table.matrix")
            .unwrap()
            .is_some()
    })
    .await;
    let headers: Vec<String> = (0..4)
        .filter_map(|i| {
            app.container
                .query_selector_all("thead th[scope='col']")
                .unwrap()
                .get(i)
                .and_then(|node| node.text_content())
        })
        .collect();
    assert_eq!(
        headers,
        ["Dimension", "Product Manager", "CEO", "Mini-CEO?"]
    );
    let rows = app
        .container
        .query_selector_all("tbody th[scope='row']")
        .unwrap();
    assert_eq!(rows.length() as usize, KNOWLEDGE.dimensions.len());
    let budget = KNOWLEDGE.cell("pm", "budget").unwrap();
    let text = app.container.text_content().unwrap();
    assert!(
        text.contains(budget.summary),
        "the PM's budget cell is shown"
    );
    assert!(text.contains("The Mini-CEO Fantasy: A Title That Flatters Everyone Except Reality"));
}

#[wasm_bindgen_test]
async fn ladder_lists_the_rungs_in_order_with_the_head_of_product_note() {
    use pm_compass::content::KNOWLEDGE;
    let app = mount_at("?view=ladder");
    wait_until("the rungs show", || {
        app.container.query_selector("ol.rungs").unwrap().is_some()
    })
    .await;
    let names = app.container.query_selector_all("ol.rungs h2").unwrap();
    assert_eq!(names.length() as usize, KNOWLEDGE.rungs.len());
    assert_eq!(
        names.get(0).and_then(|n| n.text_content()).as_deref(),
        Some("Product Manager")
    );
    assert_eq!(
        names
            .get(names.length() - 1)
            .and_then(|n| n.text_content())
            .as_deref(),
        Some("Chief Product Officer")
    );
    assert_eq!(
        text_of(&app.container, ".rung-note").as_deref(),
        Some(KNOWLEDGE.head_of_product_note)
    );
}
