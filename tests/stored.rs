//! Native tests of what stored data says about the build that wrote it, and of the list that
//! "Delete all my data" shows before it deletes.
#![cfg(not(target_arch = "wasm32"))]

use pm_compass::model::assessment::AssessmentDoc;
use pm_compass::model::my_data::Kept;
use pm_compass::model::notes::{to_stored, NotesDoc, NOTES_VERSION};
use pm_compass::model::stored::{is_newer, version_of};
use proptest::prelude::*;

#[test]
fn a_later_version_is_newer_and_this_builds_own_is_not() {
    let own = to_stored(&NotesDoc::new());
    assert_eq!(version_of(&own), Some(NOTES_VERSION));
    assert!(!is_newer(&own, NOTES_VERSION));
    assert!(is_newer(r#"{"version": 99, "notes": []}"#, NOTES_VERSION));
    assert!(is_newer(
        r#"{"notes": {"shape": "unknown"}, "version": 2}"#,
        1
    ));
    assert!(!is_newer(&AssessmentDoc::default().to_stored(), 1));
}

#[test]
fn text_without_a_version_is_never_taken_for_a_newer_builds() {
    for raw in [
        "",
        "dark",
        "[]",
        "[{\"id\": \"1\"}]",
        "{",
        "{\"version\": \"9\"}",
        "{\"version\": 1.5}",
        "null",
    ] {
        assert!(!is_newer(raw, 1), "{raw}");
    }
}

#[test]
fn the_list_names_each_kind_of_data_there_is_and_nothing_else() {
    assert!(Kept::default().is_empty());
    assert!(Kept::default().lines().is_empty());
    let kept = Kept {
        notes: 1,
        markers: 2,
        ticks: 3,
        results: 1,
        draft: true,
        theme: true,
        newer: true,
        set_aside: true,
    };
    assert_eq!(
        kept.lines(),
        [
            "Your notes: 1 note",
            "Your place on the ladder: 2 markers and 3 ticked checklist items",
            "Your self-assessment: 1 saved result and the answers in progress",
            "Your choice of light or dark theme",
            "Data saved by a newer version of PM Compass",
            "Copies of saved data that could not be read",
        ]
    );
    let ticks_only = Kept {
        ticks: 1,
        ..Kept::default()
    };
    assert_eq!(
        ticks_only.lines(),
        ["Your place on the ladder: 1 ticked checklist item"]
    );
}

proptest! {
    #[test]
    fn any_version_above_this_builds_is_newer(this in 0u64..1000, above in 1u64..1000) {
        let raw = format!(r#"{{"version": {}, "anything": [1, 2]}}"#, this + above);
        prop_assert!(is_newer(&raw, this));
        let own = format!(r#"{{"version": {this}}}"#);
        prop_assert!(!is_newer(&own, this));
    }
}
