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
        document().title() == "Product Manager vs CEO: compared · PM Compass"
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
    assert_eq!(search(), "?view=ladder", "a clean link is left as it is");
}

#[wasm_bindgen_test]
async fn navigation_switches_view_and_link() {
    let app = mount_at("?view=compare");
    wait_until("compare shows", || heading(&app.container).is_some()).await;
    click(&app.container, "nav a[href='?view=notes&v=1']");
    wait_until("notes show", || {
        heading(&app.container).as_deref() == Some("Your notes")
    })
    .await;
    assert_eq!(search(), "?view=notes&v=1");
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
    wait_until("the link is corrected", || {
        search() == "?view=compare&roles=pm,ceo&v=1"
    })
    .await;
    assert_eq!(heading(&app.container).as_deref(), Some("Compare roles"));
    let notice = text_of(&app.container, ".link-notice-text").expect("a notice is shown");
    assert!(
        notice.contains("This link opens a view the app does not have (“boss”)."),
        "{notice}"
    );
    assert!(
        notice.contains("This link has characters that cannot be decoded"),
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
    click(&app.container, "nav a[href='?view=ladder&v=1']");
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

fn status_text(root: &HtmlElement) -> String {
    text_of(root, ".app-status").unwrap_or_default()
}

#[wasm_bindgen_test]
async fn going_offline_shows_that_everything_still_works_and_online_clears_it() {
    let app = mount_at("?view=ladder");
    let root = &app.container;
    wait_until("the ladder", || {
        heading(root).as_deref() == Some("The career ladder")
    })
    .await;
    let status = root
        .query_selector(".app-status[role='status']")
        .unwrap()
        .expect("a status region is in the page from the start");
    assert_eq!(status.text_content().as_deref(), Some(""));

    let window = web_sys::window().unwrap();
    window
        .dispatch_event(&web_sys::Event::new("offline").unwrap())
        .unwrap();
    wait_until("the offline line", || {
        status_text(root).contains("You are offline.")
    })
    .await;
    assert!(status_text(root).contains("still works"));
    // The view itself goes on as before.
    assert_eq!(heading(root).as_deref(), Some("The career ladder"));

    window
        .dispatch_event(&web_sys::Event::new("online").unwrap())
        .unwrap();
    wait_until("the line to go", || status_text(root).is_empty()).await;
}

#[wasm_bindgen_test]
async fn a_page_without_a_build_id_shows_no_version_and_registers_no_worker() {
    let app = mount_at("?view=compare");
    let root = &app.container;
    wait_until("compare", || heading(root).is_some()).await;
    assert!(root.query_selector(".build-id").unwrap().is_none());
    assert_eq!(pm_compass::platform::offline::build_id(), None);
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
    assert_eq!(
        texts(&app.container, "thead th[scope='col'] .column-name"),
        ["Product Manager", "CEO", "Mini-CEO?"]
    );
    assert_eq!(
        text_of(&app.container, "thead th.corner").as_deref(),
        Some("Dimension")
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
    let fantasy = KNOWLEDGE.source("fantasy").unwrap().full_title();
    assert!(text.contains(&fantasy), "the articles are named by title");
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.get(i).and_then(|node| node.text_content()))
        .collect()
}

fn active_id() -> String {
    document()
        .active_element()
        .map(|element| element.id())
        .unwrap_or_default()
}

fn press(target: &web_sys::Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn by_id(id: &str) -> HtmlElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn opening_a_cell_shows_its_explanation_and_escape_closes_it() {
    use pm_compass::content::KNOWLEDGE;
    let app = mount_at("?view=compare&roles=pm,ceo&v=1");
    wait_until("the matrix shows", || {
        document().get_element_by_id("cell-budget-ceo").is_some()
    })
    .await;
    by_id("cell-budget-ceo").click();
    wait_until("the detail opens", || {
        document().get_element_by_id("detail-budget").is_some()
    })
    .await;
    let detail = by_id("detail-budget").text_content().unwrap();
    assert!(detail.contains("CEO: P&L and budget"), "{detail}");
    assert!(detail.contains(KNOWLEDGE.cell("ceo", "budget").unwrap().detail));
    assert!(detail.contains("Sources:"));
    assert!(search().contains("open=budget.ceo"), "{}", search());
    assert_eq!(
        by_id("cell-budget-ceo")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    wait_until("focus stays on the cell", || {
        active_id() == "cell-budget-ceo"
    })
    .await;

    press(&by_id("cell-budget-ceo"), "Escape");
    wait_until("the detail closes", || {
        document().get_element_by_id("detail-budget").is_none()
    })
    .await;
    assert!(!search().contains("open="), "{}", search());
    wait_until("focus returns to the cell", || {
        active_id() == "cell-budget-ceo"
    })
    .await;
    drop(app);
}

#[wasm_bindgen_test]
async fn arrow_keys_move_a_single_tab_stop_between_cells() {
    let app = mount_at("?view=compare&roles=pm,ceo&v=1");
    wait_until("the matrix shows", || {
        document().get_element_by_id("cell-scope-pm").is_some()
    })
    .await;
    assert_eq!(
        by_id("cell-scope-pm").tab_index(),
        0,
        "the first cell is the tab stop"
    );
    assert_eq!(by_id("cell-scope-ceo").tab_index(), -1);
    by_id("cell-scope-pm").focus().unwrap();
    press(&by_id("cell-scope-pm"), "ArrowRight");
    assert_eq!(active_id(), "cell-scope-ceo");
    // Focus moves with the key; the tab stop follows once the matrix has updated.
    wait_until("the tab stop follows", || {
        by_id("cell-scope-ceo").tab_index() == 0
    })
    .await;
    assert_eq!(by_id("cell-scope-ceo").tab_index(), 0);
    assert_eq!(by_id("cell-scope-pm").tab_index(), -1);
    press(&by_id("cell-scope-ceo"), "ArrowRight");
    assert_eq!(active_id(), "cell-scope-verdict");
    press(&by_id("cell-scope-verdict"), "ArrowDown");
    assert_eq!(active_id(), "cell-time-horizon-verdict");
    press(&by_id("cell-time-horizon-verdict"), "Home");
    assert_eq!(active_id(), "cell-time-horizon-pm");
    press(&by_id("cell-time-horizon-pm"), "ArrowLeft");
    assert_eq!(
        active_id(),
        "pin-time-horizon",
        "left of the first cell, the row's Pin button"
    );
    press(&by_id("pin-time-horizon"), "ArrowLeft");
    assert_eq!(active_id(), "pin-time-horizon", "the edge holds");
    wait_until("the Pin button is the tab stop", || {
        by_id("pin-time-horizon").tab_index() == 0
    })
    .await;
    assert_eq!(by_id("pin-scope").tab_index(), -1, "one tab stop only");
    press(&by_id("pin-time-horizon"), "ArrowRight");
    assert_eq!(active_id(), "cell-time-horizon-pm");
    press(&by_id("cell-time-horizon-pm"), "ArrowUp");
    assert_eq!(active_id(), "cell-scope-pm");
    drop(app);
}

#[wasm_bindgen_test]
async fn a_verdict_opens_into_both_sides_of_the_argument() {
    let app = mount_at("?view=compare&roles=pm,ceo&open=hiring.verdict&v=1");
    wait_until("the debate shows", || {
        document().get_element_by_id("detail-hiring").is_some()
    })
    .await;
    let detail = by_id("detail-hiring").text_content().unwrap();
    assert!(detail.contains("The case for"), "{detail}");
    assert!(detail.contains("The case against"), "{detail}");
    assert_eq!(
        texts(&app.container, "#detail-hiring .sources-line").len(),
        2,
        "each side names its sources"
    );
}

#[wasm_bindgen_test]
async fn pinning_a_row_brings_it_to_the_top() {
    let app = mount_at("?view=compare&roles=pm,ceo&v=1");
    wait_until("the matrix shows", || {
        document().get_element_by_id("pin-hiring").is_some()
    })
    .await;
    by_id("pin-hiring").click();
    wait_until("the row moves", || {
        texts(&app.container, "tbody th[scope='row'] .dimension-name")
            .first()
            .map(String::as_str)
            == Some("Hiring and firing")
    })
    .await;
    assert_eq!(
        texts(&app.container, "tbody .theme-row th")
            .first()
            .map(String::as_str),
        Some("Pinned")
    );
    assert_eq!(
        by_id("pin-hiring").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(search().contains("pin=hiring"), "{}", search());
    assert_eq!(
        texts(&app.container, "tbody th[scope='row']").len(),
        pm_compass::content::KNOWLEDGE.dimensions.len(),
        "a pinned row is not shown twice"
    );
}

#[wasm_bindgen_test]
async fn only_differences_hides_level_rows_and_says_how_many() {
    use pm_compass::content::KNOWLEDGE;
    use pm_compass::model::matrix::levels_equal;
    let roles = ["head-of-product", "vp-product"];
    let equal = KNOWLEDGE
        .dimensions
        .iter()
        .filter(|d| levels_equal(&roles, d.slug))
        .count();
    let app = mount_at("?view=compare&roles=head-of-product,vp-product&v=1");
    wait_until("the matrix shows", || {
        document().get_element_by_id("only-differences").is_some()
    })
    .await;
    by_id("only-differences").click();
    wait_until("rows hide", || {
        texts(&app.container, "tbody th[scope='row']").len() == KNOWLEDGE.dimensions.len() - equal
    })
    .await;
    let count = text_of(&app.container, ".hidden-count").unwrap();
    assert!(
        count.starts_with(&format!("{equal} rows hidden")),
        "{count}"
    );
    assert!(search().contains("diff=1"), "{}", search());
}

#[wasm_bindgen_test]
async fn adding_and_removing_roles_changes_the_columns() {
    let app = mount_at("?view=compare&roles=pm,ceo&v=1");
    wait_until("the picker shows", || {
        document().get_element_by_id("add-role").is_some()
    })
    .await;
    let select: web_sys::HtmlSelectElement = by_id("add-role").unchecked_into();
    select.set_value("cpo");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    wait_until("the column is added", || {
        texts(&app.container, "thead .column-name")
            == [
                "Product Manager",
                "CEO",
                "Chief Product Officer",
                "Mini-CEO?",
            ]
    })
    .await;
    assert!(search().contains("roles=pm,ceo,cpo"), "{}", search());
    by_id("move-left-cpo").click();
    wait_until("the column moves", || {
        texts(&app.container, "thead .column-name")
            == [
                "Product Manager",
                "Chief Product Officer",
                "CEO",
                "Mini-CEO?",
            ]
    })
    .await;
    click(
        &app.container,
        "button[aria-label='Remove Product Manager']",
    );
    wait_until("the column goes, and the verdicts with it", || {
        texts(&app.container, "thead .column-name") == ["Chief Product Officer", "CEO"]
    })
    .await;
    assert!(
        app.container
            .query_selector("button[aria-label='Remove CEO']")
            .unwrap()
            .unwrap()
            .has_attribute("disabled"),
        "two roles is the least"
    );
}

#[wasm_bindgen_test]
async fn ladder_lists_every_rung_in_climbing_order_and_opens_a_card() {
    use pm_compass::content::KNOWLEDGE;
    clear_storage();
    let app = mount_at("?view=ladder&from=head-of-product");
    wait_until("the card shows", || {
        text_of(&app.container, "#rung-card-title").is_some()
    })
    .await;
    let names = texts(&app.container, ".ladder-grid .rung-name");
    let expected: Vec<String> = KNOWLEDGE
        .rungs
        .iter()
        .map(|rung| KNOWLEDGE.role(rung.role).unwrap().name.to_string())
        .collect();
    assert_eq!(names, expected);
    assert_eq!(
        text_of(&app.container, "#rung-card-title").as_deref(),
        Some("Head of Product")
    );
    assert_eq!(
        text_of(&app.container, ".rung-card .rung-note").as_deref(),
        Some(KNOWLEDGE.head_of_product_note)
    );
    assert_eq!(
        by_id("rung-head-of-product")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let card = text_of(&app.container, ".rung-card").unwrap();
    for part in [
        "Scope",
        "Time horizon",
        "Team",
        "Decisions",
        "What to learn for the next step",
        "Common pitfalls",
        "Sources:",
    ] {
        assert!(card.contains(part), "the card shows {part}");
    }
}

const MARKS_KEY: &str = "pm-compass.ladder";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear_storage() {
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn marking_here_is_kept_locally_and_never_in_the_link() {
    clear_storage();
    let app = mount_at("?view=ladder&from=pm");
    wait_until("the card shows", || {
        text_of(&app.container, ".mark-buttons").is_some()
    })
    .await;
    click(&app.container, ".mark-buttons button:first-child");
    wait_until("the marker shows on the rung", || {
        text_of(&app.container, "#rung-pm .mark-here").is_some()
    })
    .await;
    let stored = storage().get_item(MARKS_KEY).unwrap().unwrap();
    assert!(stored.contains(r#""here":"pm""#), "{stored}");
    assert_eq!(
        search(),
        "?view=ladder&from=pm",
        "markers stay out of the link"
    );
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_checklist_counts_ticks_and_keeps_them() {
    use pm_compass::model::ladder::checklist;
    clear_storage();
    storage()
        .set_item(
            MARKS_KEY,
            r#"{"version":1,"here":"pm","target":"director-pm","ticked":[]}"#,
        )
        .unwrap();
    let items = checklist("pm", "director-pm");
    let app = mount_at("?view=ladder");
    wait_until("the checklist shows", || {
        app.container
            .query_selector_all(".checklist-items input")
            .unwrap()
            .length() as usize
            == items.len()
    })
    .await;
    assert_eq!(
        text_of(&app.container, ".checklist .progress"),
        Some(format!("0 of {} done", items.len()))
    );
    by_id("tick-pm-0").click();
    wait_until("the count moves", || {
        text_of(&app.container, ".checklist .progress")
            == Some(format!("1 of {} done", items.len()))
    })
    .await;
    let stored = storage().get_item(MARKS_KEY).unwrap().unwrap();
    assert!(stored.contains(r#""ticked":["pm:0"]"#), "{stored}");
    wait_until("focus stays on the box", || active_id() == "tick-pm-0").await;
    assert!(text_of(&app.container, ".checklist .way")
        .unwrap()
        .starts_with("Product Manager → "));
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn unreadable_markers_are_kept_aside_and_the_person_is_told() {
    clear_storage();
    storage().set_item(MARKS_KEY, "{not json").unwrap();
    let app = mount_at("?view=ladder");
    wait_until("the problem is said", || {
        text_of(&app.container, ".storage-problem").is_some()
    })
    .await;
    let said = text_of(&app.container, ".storage-problem").unwrap();
    assert!(said.contains("could not be read"), "{said}");
    assert_eq!(
        storage()
            .get_item(&format!("{MARKS_KEY}.unreadable"))
            .unwrap()
            .as_deref(),
        Some("{not json")
    );
    assert_eq!(
        storage().get_item(MARKS_KEY).unwrap().as_deref(),
        Some("{not json"),
        "nothing is overwritten until the person changes something"
    );
    drop(app);
    clear_storage();
}

fn nav_link(root: &HtmlElement, label: &str) -> HtmlElement {
    let links = root.query_selector_all("nav a").unwrap();
    (0..links.length())
        .filter_map(|i| links.get(i))
        .map(|node| node.unchecked_into::<HtmlElement>())
        .find(|link| link.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no navigation link {label}"))
}

/// Follows the navigation link named `label`, returning the address it pointed at.
fn follow_nav(root: &HtmlElement, label: &str) -> String {
    let link = nav_link(root, label);
    let href = link.get_attribute("href").unwrap_or_default();
    link.click();
    href
}

#[wasm_bindgen_test]
async fn each_view_is_as_it_was_left_when_the_person_comes_back() {
    let app = mount_at("?view=compare&roles=pm,cpo&v=1");
    wait_until("the matrix shows", || {
        document().get_element_by_id("cell-scope-cpo").is_some()
    })
    .await;
    follow_nav(&app.container, "Ladder");
    wait_until("the ladder shows", || {
        document().get_element_by_id("rung-director-pm").is_some()
    })
    .await;
    by_id("rung-director-pm").click();
    wait_until("the rung is chosen", || {
        search() == "?view=ladder&from=director-pm&v=1"
    })
    .await;
    assert_eq!(
        follow_nav(&app.container, "Compare"),
        "?view=compare&roles=pm,cpo&v=1"
    );
    wait_until("the comparison is back", || {
        document().get_element_by_id("cell-scope-cpo").is_some()
    })
    .await;
    assert_eq!(
        follow_nav(&app.container, "Ladder"),
        "?view=ladder&from=director-pm&v=1"
    );
    wait_until("the rung is chosen again", || {
        text_of(&app.container, "#rung-card-title").as_deref()
            == Some("Director of Product Management")
    })
    .await;
}

fn type_into(id: &str, text: &str) {
    let field: web_sys::HtmlTextAreaElement = by_id(id).unchecked_into();
    field.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    field
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_note_on_a_cell_saves_marks_the_cell_and_stays_out_of_the_link() {
    clear_storage();
    let app = mount_at("?view=compare&roles=pm,ceo&open=budget.ceo&v=1");
    wait_until("the note box shows", || {
        document()
            .get_element_by_id("note-cell-ceo-budget")
            .is_some()
    })
    .await;
    type_into("note-cell-ceo-budget", "My CEO signs off every hire.");
    wait_until("it is saved", || {
        text_of(&app.container, "#detail-budget .note-status").as_deref()
            == Some("Saved in this browser")
    })
    .await;
    let stored = storage().get_item("pm-compass.notes").unwrap().unwrap();
    assert!(stored.contains("My CEO signs off every hire."), "{stored}");
    assert!(!search().contains("note"), "{}", search());
    wait_until("the cell is marked", || {
        text_of(&app.container, "#cell-budget-ceo .note-mark").is_some()
    })
    .await;
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_notes_screen_lists_notes_and_links_to_their_items() {
    clear_storage();
    storage()
        .set_item(
            "pm-compass.notes",
            r#"{"version":1,"notes":[
                {"id":"1-1","target":{"kind":"rung","rung":"director-pm"},"text":"Ask for a stretch project","created_at":1700000000000,"updated_at":1700000000000},
                {"id":"1-2","target":{"kind":"standalone"},"text":"Read up on pricing","created_at":1700000000000,"updated_at":1700000500000}
            ]}"#,
        )
        .unwrap();
    let app = mount_at("?view=notes&v=1");
    wait_until("the notes show", || {
        texts(&app.container, ".note-target").len() == 2
    })
    .await;
    assert_eq!(
        texts(&app.container, ".note-target"),
        ["Standalone note", "Rung: Director of Product Management"],
        "newest first"
    );
    assert!(app
        .container
        .query_selector("a[href='?view=ladder&from=director-pm&v=1']")
        .unwrap()
        .is_some());
    let search_box: web_sys::HtmlInputElement = by_id("notes-search").unchecked_into();
    search_box.set_value("stretch");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    search_box
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    // Entries the search leaves out stay in the page, hidden.
    wait_until("the search narrows the list", || {
        texts(&app.container, ".note-item:not([hidden]) .note-target")
            == ["Rung: Director of Product Management"]
    })
    .await;
    assert_eq!(
        text_of(&app.container, ".notes-count").as_deref(),
        Some("1 of 2 notes")
    );
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn markup_in_a_note_stays_text() {
    clear_storage();
    let hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    storage()
        .set_item(
            "pm-compass.notes",
            &format!(
                r#"{{"version":1,"notes":[{{"id":"1-1","target":{{"kind":"standalone"}},"text":{},"created_at":1,"updated_at":1}}]}}"#,
                js_sys::JSON::stringify(&hostile.into()).unwrap().as_string().unwrap()
            ),
        )
        .unwrap();
    let app = mount_at("?view=notes&v=1");
    wait_until("the note shows", || {
        texts(&app.container, ".note-target").len() == 1
    })
    .await;
    let field: web_sys::HtmlTextAreaElement = app
        .container
        .query_selector(".note-item textarea")
        .unwrap()
        .unwrap()
        .unchecked_into();
    wait_until("the note's text is in its box", || field.value() == hostile).await;
    assert!(app
        .container
        .query_selector(".note-item img")
        .unwrap()
        .is_none());
    assert!(app
        .container
        .query_selector(".note-item script")
        .unwrap()
        .is_none());
    drop(app);
    clear_storage();
}

/// The live status of the note editor around the box with this id: what screen readers hear.
fn note_heard(root: &HtmlElement, id: &str) -> String {
    let editor = by_id(id).closest(".note-editor").unwrap().unwrap();
    let heard = editor.query_selector("[role='status']").unwrap();
    let heard = heard.unwrap_or_else(|| panic!("no status in the editor of #{id}"));
    assert!(
        root.contains(Some(&heard)),
        "the status is in the app's own page"
    );
    heard.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_note_says_saved_once_politely_not_at_every_pause() {
    clear_storage();
    let app = mount_at("?view=compare&roles=pm,ceo&open=budget.ceo&v=1");
    wait_until("the note box shows", || {
        document()
            .get_element_by_id("note-cell-ceo-budget")
            .is_some()
    })
    .await;
    let status = || text_of(&app.container, "#detail-budget .note-status").unwrap_or_default();
    // The visible line changes at every pause in typing: it is not itself a live region.
    let shown = app
        .container
        .query_selector("#detail-budget .note-status")
        .unwrap()
        .unwrap();
    assert_eq!(shown.get_attribute("role"), None);
    assert_eq!(shown.get_attribute("aria-live"), None);

    by_id("note-cell-ceo-budget").focus().unwrap();
    assert_eq!(note_heard(&app.container, "note-cell-ceo-budget"), "");
    type_into("note-cell-ceo-budget", "First thoughts");
    wait_until("it is being saved", || status() == "Saving…").await;
    assert_eq!(note_heard(&app.container, "note-cell-ceo-budget"), "");
    wait_until("it is saved", || status() == "Saved in this browser").await;
    assert_eq!(note_heard(&app.container, "note-cell-ceo-budget"), "Saved");

    // Typing on: saved again, but nothing new is said.
    type_into("note-cell-ceo-budget", "First thoughts, and more");
    wait_until("it is being saved again", || status() == "Saving…").await;
    assert_eq!(note_heard(&app.container, "note-cell-ceo-budget"), "Saved");
    wait_until("it is saved again", || status() == "Saved in this browser").await;
    assert_eq!(note_heard(&app.container, "note-cell-ceo-budget"), "Saved");
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_skip_link_comes_first_and_focuses_main_without_changing_the_link() {
    let app = mount_at("?view=ladder&from=pm&v=1");
    wait_until("the ladder shows", || {
        document().get_element_by_id("rung-pm").is_some()
    })
    .await;
    let first = app
        .container
        .query_selector("a[href], button, input, select, textarea, [tabindex='0']")
        .unwrap()
        .unwrap();
    assert_eq!(first.text_content().as_deref(), Some("Skip to content"));
    assert_eq!(first.get_attribute("href").as_deref(), Some("#main"));
    first.unchecked_ref::<HtmlElement>().click();
    assert_eq!(active_id(), "main");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(search(), "?view=ladder&from=pm&v=1");
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(hash, "", "the address has no #main");
    assert_eq!(
        heading(&app.container).as_deref(),
        Some("The career ladder")
    );
}

#[wasm_bindgen_test]
async fn changing_view_focuses_its_heading_but_the_first_load_does_not() {
    if let Some(active) = document().active_element() {
        active.unchecked_into::<HtmlElement>().blur().unwrap();
    }
    let app = mount_at("?view=compare&roles=pm,ceo&v=1");
    wait_until("the matrix shows", || {
        document().get_element_by_id("cell-scope-ceo").is_some()
    })
    .await;
    sleep(Duration::from_millis(50)).await;
    assert_ne!(active_id(), "view-heading", "not on the first load");

    follow_nav(&app.container, "Notes");
    wait_until("the notes' heading has focus", || {
        heading(&app.container).as_deref() == Some("Your notes") && active_id() == "view-heading"
    })
    .await;
    follow_nav(&app.container, "Ladder");
    wait_until("the ladder's heading has focus", || {
        heading(&app.container).as_deref() == Some("The career ladder")
            && active_id() == "view-heading"
    })
    .await;
}

// The self-assessment's questions ("My role").

const ASSESSMENT_KEY: &str = "pm-compass.assessment";

fn stored_assessment() -> pm_compass::model::assessment::AssessmentDoc {
    let raw = storage()
        .get_item(ASSESSMENT_KEY)
        .unwrap()
        .expect("the assessment is stored");
    pm_compass::model::assessment::AssessmentDoc::from_stored(&raw).unwrap()
}

fn stored_draft() -> pm_compass::model::assessment::Draft {
    stored_assessment().draft.expect("a draft is stored")
}

fn radio(id: &str) -> web_sys::HtmlInputElement {
    by_id(id).unchecked_into()
}

fn exists(id: &str) -> bool {
    document().get_element_by_id(id).is_some()
}

fn progress_text() -> String {
    by_id("assess-progress-text")
        .text_content()
        .unwrap_or_default()
}

/// The assessment view, started from its introduction (storage cleared first).
async fn started_assessment() -> Mounted {
    clear_storage();
    let app = mount_at("?view=assess&v=1");
    wait_until("the start shows", || exists("assess-start")).await;
    by_id("assess-start").click();
    wait_until("the first question shows", || exists("question-decisions")).await;
    app
}

#[wasm_bindgen_test]
async fn the_assessment_starts_with_an_introduction_and_a_choice_of_pace() {
    clear_storage();
    let app = mount_at("?view=assess&v=1");
    wait_until("the start shows", || exists("assess-start")).await;
    assert_eq!(
        text_of(&app.container, "#assess-intro-heading").as_deref(),
        Some("Before you start")
    );
    assert!(radio("pace-one").checked(), "one at a time is the default");
    by_id("pace-all").click();
    wait_until("the pace is kept", || {
        storage()
            .get_item(ASSESSMENT_KEY)
            .unwrap()
            .is_some_and(|raw| raw.contains(r#""all_on_one_page":true"#))
    })
    .await;
    assert!(stored_assessment().draft.is_none(), "not started yet");
    by_id("assess-start").click();
    wait_until("every question shows", || {
        app.container
            .query_selector_all("fieldset.question")
            .unwrap()
            .length()
            == 12
    })
    .await;
    wait_until("focus is on the first question", || {
        active_id() == "ask-decisions"
    })
    .await;
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn choosing_an_answer_saves_it_and_the_progress_moves() {
    use pm_compass::model::assessment::Answer;
    let app = started_assessment().await;
    assert_eq!(progress_text(), "0 of 12 answered");
    assert_eq!(
        text_of(&app.container, "#question-decisions .question-step").as_deref(),
        Some("Question 1 of 12")
    );
    radio("answer-decisions-1").click();
    wait_until("the progress says so", || {
        progress_text() == "1 of 12 answered"
    })
    .await;
    assert_eq!(
        stored_draft().answers.get("decisions"),
        Some(Answer::Level(1))
    );
    assert_eq!(
        by_id("assess-progress").get_attribute("value").as_deref(),
        Some("1")
    );
    assert_eq!(
        by_id("assess-progress-text")
            .get_attribute("role")
            .as_deref(),
        Some("status")
    );
    radio("answer-decisions-3").click();
    wait_until("the new answer is kept", || {
        stored_draft().answers.get("decisions") == Some(Answer::Level(3))
    })
    .await;
    assert!(!radio("answer-decisions-1").checked());
    assert_eq!(progress_text(), "1 of 12 answered");
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn skip_marks_a_question_skipped_and_an_answer_takes_it_back() {
    use pm_compass::model::assessment::Answer;
    let app = started_assessment().await;
    radio("answer-decisions-2").click();
    wait_until("answered", || progress_text() == "1 of 12 answered").await;
    by_id("skip-decisions").click();
    wait_until("the question says it is skipped", || {
        text_of(&app.container, "#skipped-decisions").is_some_and(|text| text.contains("Skipped"))
    })
    .await;
    assert_eq!(progress_text(), "0 of 12 answered, 1 skipped");
    assert_eq!(
        stored_draft().answers.get("decisions"),
        Some(Answer::Skipped)
    );
    assert_eq!(
        by_id("skip-decisions")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert!(
        !radio("answer-decisions-2").checked(),
        "the answer is no longer chosen"
    );
    radio("answer-decisions-0").click();
    wait_until("choosing an answer un-skips it", || {
        progress_text() == "1 of 12 answered"
    })
    .await;
    assert_eq!(
        text_of(&app.container, "#skipped-decisions").as_deref(),
        Some("")
    );
    assert_eq!(
        stored_draft().answers.get("decisions"),
        Some(Answer::Level(0))
    );
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn next_and_back_move_between_questions_and_the_place_is_kept() {
    let app = started_assessment().await;
    assert!(
        by_id("question-back").has_attribute("disabled"),
        "nothing before the first question"
    );
    by_id("question-next").click();
    wait_until("the second question shows, with focus on it", || {
        exists("question-budget") && !exists("question-decisions") && active_id() == "ask-budget"
    })
    .await;
    assert_eq!(stored_draft().at, 1, "moving on without an answer");
    assert_eq!(
        text_of(&app.container, "#question-budget .question-step").as_deref(),
        Some("Question 2 of 12")
    );
    by_id("question-back").click();
    wait_until("back on the first", || {
        exists("question-decisions") && active_id() == "ask-decisions"
    })
    .await;
    assert_eq!(stored_draft().at, 0);
    // The last question offers the result instead of Next.
    by_id("step-representing").click();
    wait_until("the last question shows", || exists("assess-finish")).await;
    assert!(!exists("question-next"));
    assert_eq!(
        by_id("assess-finish").text_content().as_deref(),
        Some("See my result")
    );
    assert_eq!(stored_draft().at, 11);
    drop(app);
    clear_storage();
}

/// A focus request still waiting for its frame (an earlier action's) gives way to the latest:
/// before, it placed focus first and the latest took that for the person's own move.
#[wasm_bindgen_test]
async fn of_two_focus_requests_within_one_frame_the_latest_is_carried_out() {
    let app = started_assessment().await;
    wait_until("the first question has focus", || {
        active_id() == "ask-decisions"
    })
    .await;
    pm_compass::platform::document::focus_after_render("view-heading".into(), false);
    by_id("question-next").click();
    wait_until("the second question has focus", || {
        exists("question-budget") && active_id() == "ask-budget"
    })
    .await;
    // A frame later, nothing has taken it away.
    sleep(Duration::from_millis(50)).await;
    assert_eq!(active_id(), "ask-budget");
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn all_on_one_page_shows_every_question_and_switching_keeps_the_answers() {
    use pm_compass::model::assessment::Answer;
    let app = started_assessment().await;
    radio("answer-decisions-1").click();
    wait_until("answered", || progress_text() == "1 of 12 answered").await;
    by_id("pace-all").click();
    wait_until("all twelve show", || {
        app.container
            .query_selector_all("fieldset.question")
            .unwrap()
            .length()
            == 12
    })
    .await;
    let legends = texts(&app.container, "fieldset.question > legend .question-text");
    let asks: Vec<String> = pm_compass::content::KNOWLEDGE
        .questions
        .iter()
        .map(|question| question.ask.to_string())
        .collect();
    assert_eq!(legends, asks, "in the order they are asked");
    assert!(radio("answer-decisions-1").checked(), "nothing is lost");
    assert!(exists("assess-finish"));
    assert!(!exists("question-next"));
    radio("answer-budget-2").click();
    by_id("pace-one").click();
    wait_until("one question again", || {
        app.container
            .query_selector_all("fieldset.question")
            .unwrap()
            .length()
            == 1
    })
    .await;
    let doc = stored_assessment();
    assert_eq!(doc.pace, pm_compass::model::assessment::Pace::OneAtATime);
    let answers = doc.draft.unwrap().answers;
    assert_eq!(answers.get("decisions"), Some(Answer::Level(1)));
    assert_eq!(answers.get("budget"), Some(Answer::Level(2)));
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn finishing_with_nothing_answered_says_so_and_keeps_the_draft() {
    clear_storage();
    storage()
        .set_item(
            ASSESSMENT_KEY,
            r#"{"version":1,"draft":{"answers":{"decisions":"skip"},"at":11}}"#,
        )
        .unwrap();
    let app = mount_at("?view=assess&v=1");
    wait_until("the last question shows", || exists("assess-finish")).await;
    assert_eq!(
        by_id("assess-open-note").text_content().as_deref(),
        Some("11 questions are still open: they will count as skipped.")
    );
    by_id("assess-finish").click();
    wait_until("the alert shows", || {
        by_id("assess-error").text_content().as_deref()
            == Some("Answer at least one question to see a result.")
    })
    .await;
    assert_eq!(
        by_id("assess-error").get_attribute("role").as_deref(),
        Some("alert")
    );
    assert!(exists("question-representing"), "the questions stay");
    let doc = stored_assessment();
    assert!(doc.snapshots.is_empty());
    assert_eq!(
        doc.draft.unwrap().answers.progress().skipped,
        1,
        "the draft is kept as it was"
    );
    radio("answer-representing-1").click();
    wait_until("the alert goes once there is an answer", || {
        by_id("assess-error").text_content().as_deref() == Some("")
    })
    .await;
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn finishing_shows_the_result_and_focuses_the_view_heading() {
    clear_storage();
    storage()
        .set_item(
            ASSESSMENT_KEY,
            r#"{"version":1,"draft":{"answers":{"decisions":1},"at":11}}"#,
        )
        .unwrap();
    let app = mount_at("?view=assess&v=1");
    wait_until("the last question shows", || exists("assess-finish")).await;
    by_id("assess-finish").click();
    wait_until("the questions give way, focus on the heading", || {
        app.container.query_selector(".assess-q").unwrap().is_none()
            && active_id() == "view-heading"
    })
    .await;
    let doc = stored_assessment();
    assert!(doc.draft.is_none());
    assert_eq!(doc.snapshots.len(), 1);
    drop(app);
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_stored_draft_is_resumed_at_its_question() {
    clear_storage();
    storage()
        .set_item(
            ASSESSMENT_KEY,
            r#"{"version":1,"draft":{"answers":{"decisions":1,"budget":"skip","hiring":2},"at":2}}"#,
        )
        .unwrap();
    let app = mount_at("?view=assess&v=1");
    wait_until("the third question shows", || exists("question-hiring")).await;
    assert!(radio("answer-hiring-2").checked());
    assert_eq!(progress_text(), "2 of 12 answered, 1 skipped");
    by_id("question-next").click();
    wait_until("moved on", || exists("question-power")).await;
    drop(app);

    let again = mount_at("?view=assess&v=1");
    wait_until("the place is where it was left", || {
        exists("question-power")
    })
    .await;
    assert!(!exists("assess-start"), "no introduction the second time");
    assert_eq!(progress_text(), "2 of 12 answered, 1 skipped");
    drop(again);
    clear_storage();
}

#[wasm_bindgen_test]
async fn taking_it_again_can_be_cancelled_keeping_the_last_result() {
    clear_storage();
    storage()
        .set_item(
            ASSESSMENT_KEY,
            r#"{"version":1,"draft":{"answers":{"decisions":1},"at":0},"snapshots":[{"taken":1700000000000,"answers":{"decisions":1}}]}"#,
        )
        .unwrap();
    let app = mount_at("?view=assess&v=1");
    wait_until("the cancel button shows", || exists("assess-cancel")).await;
    assert!(text_of(&app.container, ".assess-retake")
        .unwrap()
        .contains("Your last answers are chosen; change what has changed."));
    assert!(
        radio("answer-decisions-1").checked(),
        "the last answers are chosen"
    );
    by_id("assess-cancel").click();
    wait_until("the questions give way", || {
        app.container.query_selector(".assess-q").unwrap().is_none()
    })
    .await;
    let doc = stored_assessment();
    assert!(doc.draft.is_none());
    assert_eq!(doc.snapshots.len(), 1, "the last result is kept");
    drop(app);
    clear_storage();
}

/// A focus asked for after a redraw does not pull focus back from where the person moved it in
/// the meantime (a quick Tab on a slow machine used to send the next keys to the old cell).
#[wasm_bindgen_test]
async fn focus_after_a_redraw_stays_where_the_person_moved_it() {
    use pm_compass::platform::document::focus_after_render;
    let button = |id: &str| -> HtmlElement {
        let element: HtmlElement = document()
            .create_element("button")
            .unwrap()
            .unchecked_into();
        element.set_id(id);
        document().body().unwrap().append_child(&element).unwrap();
        element
    };
    let (cell, note, target) = (
        button("focus-cell"),
        button("focus-note"),
        button("focus-target"),
    );
    let active = || document().active_element().map(|element| element.id());

    // Left alone, the asked-for element takes focus after the frame.
    cell.focus().unwrap();
    focus_after_render("focus-target".into(), false);
    sleep(Duration::from_millis(100)).await;
    assert_eq!(active().as_deref(), Some("focus-target"));

    // Moved on before the frame: focus stays where the person put it.
    cell.focus().unwrap();
    focus_after_render("focus-target".into(), false);
    note.focus().unwrap();
    sleep(Duration::from_millis(100)).await;
    assert_eq!(active().as_deref(), Some("focus-note"));

    // The focused element redrawn away (focus falls to the page): the new one takes focus.
    cell.focus().unwrap();
    focus_after_render("focus-target".into(), false);
    cell.remove();
    sleep(Duration::from_millis(100)).await;
    assert_eq!(active().as_deref(), Some("focus-target"));

    note.remove();
    target.remove();
}
