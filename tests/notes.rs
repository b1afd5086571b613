//! Native tests of private notes: targets checked against the knowledge base and labelled, one
//! note a target, edits and tombstones, orphans kept, the stored format and its upgrade, merging
//! two tabs, import and export, search; and that no stored text or file, however broken, panics.
#![cfg(not(target_arch = "wasm32"))]

use pm_compass::model::markdown::inline;

use std::collections::BTreeSet;

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::notes::{
    import, merge, merge_since, parse_stored, to_json, to_markdown, to_stored, upgrade, utc_date,
    ImportError, Kind, Millis, Note, NoteError, NoteId, NotesDoc, Target, Unreadable,
    MAX_IMPORT_BYTES, NOTES_VERSION,
};
use proptest::prelude::*;
use serde_json::json;

/// 2024-06-10 06:13:20 UTC.
const T: Millis = 1_718_000_000_000;
const DAY: Millis = 86_400_000;

fn id(text: &str) -> NoteId {
    NoteId(text.to_string())
}

fn note(id_: &str, target: Target, text: &str, updated_at: Millis) -> Note {
    Note {
        id: id(id_),
        target,
        text: text.to_string(),
        created_at: updated_at,
        updated_at,
        deleted_at: None,
    }
}

fn tombstone(id_: &str, target: Target, at: Millis) -> Note {
    Note {
        id: id(id_),
        target,
        text: String::new(),
        created_at: at - 1,
        updated_at: at,
        deleted_at: Some(at),
    }
}

fn doc(notes: Vec<Note>) -> NotesDoc {
    NotesDoc::from_notes(notes)
}

fn ids<'a>(notes: impl IntoIterator<Item = &'a Note>) -> Vec<&'a str> {
    notes.into_iter().map(|note| note.id.as_str()).collect()
}

fn budget() -> Target {
    Target::cell("pm", "budget")
}

// ---------------------------------------------------------------- targets

#[test]
fn every_target_the_knowledge_base_offers_exists() {
    assert!(Target::Standalone.exists());
    for role in KNOWLEDGE.roles {
        assert!(Target::role(role.slug).exists(), "{}", role.slug);
        for dimension in KNOWLEDGE.dimensions {
            let cell = Target::cell(role.slug, dimension.slug);
            assert!(cell.exists(), "{cell:?}");
        }
    }
    for dimension in KNOWLEDGE.dimensions {
        assert!(
            Target::dimension(dimension.slug).exists(),
            "{}",
            dimension.slug
        );
    }
    for rung in KNOWLEDGE.rungs {
        assert!(Target::rung(rung.role).exists(), "{}", rung.role);
    }
    for step in KNOWLEDGE.steps {
        assert!(Target::step(step.from, step.to).exists(), "{step:?}");
    }
}

#[test]
fn targets_the_knowledge_base_lacks_do_not_exist() {
    for target in [
        Target::role("growth-pm"),
        Target::dimension("vibes"),
        Target::cell("growth-pm", "budget"),
        Target::cell("pm", "vibes"),
        // The CEO is a role, not a rung of the ladder.
        Target::rung("ceo"),
        Target::rung(""),
        // Steps exist only as the ladder writes them: upward, between neighbours.
        Target::step("senior-pm", "pm"),
        Target::step("pm", "cpo"),
        Target::step("pm", "pm"),
    ] {
        assert!(!target.exists(), "{target:?}");
    }
}

#[test]
fn targets_are_labelled_in_the_knowledge_bases_words() {
    assert_eq!(budget().label(), "Product Manager × P&L and budget");
    assert_eq!(
        Target::step("senior-pm", "group-pm").label(),
        "Step: Senior Product Manager → Group Product Manager"
    );
    assert_eq!(Target::role("ceo").label(), "Role: CEO");
    assert_eq!(
        Target::rung("group-pm").label(),
        "Rung: Group Product Manager"
    );
    assert_eq!(
        Target::dimension("budget").label(),
        "Mini-CEO verdict: P&L and budget"
    );
    assert_eq!(Target::Standalone.label(), "Standalone note");
}

#[test]
fn a_missing_target_is_labelled_from_its_stored_slugs() {
    assert_eq!(Target::role("growth-pm").label(), "Role: “growth-pm”");
    assert_eq!(
        Target::cell("pm", "vibes").label(),
        "Product Manager × “vibes”"
    );
    assert_eq!(
        Target::step("pm", "wizard").label(),
        "Step: Product Manager → “wizard”"
    );
    assert_eq!(Target::rung("  ").label(), "Rung: (unnamed)");
    // One line, and not endless, whatever was stored.
    assert_eq!(Target::role("a\nb\tc").label(), "Role: “a b c”");
    let long = Target::role(&"x".repeat(500)).label();
    assert!(long.chars().count() < 80, "{long}");
    assert!(long.ends_with("…”"), "{long}");
}

#[test]
fn kinds_name_their_groups_and_round_trip_their_slugs() {
    let headings: Vec<_> = Kind::ALL.iter().map(|kind| kind.heading()).collect();
    assert_eq!(
        headings,
        [
            "Standalone",
            "Cells",
            "Mini-CEO verdicts",
            "Roles",
            "Rungs",
            "Steps"
        ]
    );
    for kind in Kind::ALL {
        assert_eq!(Kind::from_slug(kind.slug()), Some(kind));
    }
    assert_eq!(Kind::from_slug("Cell"), None);
    assert_eq!(budget().kind(), Kind::Cell);
    assert_eq!(Target::step("pm", "senior-pm").kind(), Kind::Step);
    assert!(!Target::Standalone.is_attached());
    assert!(Target::rung("pm").is_attached());
}

#[test]
fn targets_are_stored_by_kind_and_slugs() {
    let stored = |target: Target| serde_json::to_value(target).unwrap();
    assert_eq!(stored(Target::Standalone), json!({"kind": "standalone"}));
    assert_eq!(
        stored(budget()),
        json!({"kind": "cell", "role": "pm", "dimension": "budget"})
    );
    assert_eq!(
        stored(Target::dimension("hiring")),
        json!({"kind": "dimension", "dimension": "hiring"})
    );
    assert_eq!(
        stored(Target::role("cpo")),
        json!({"kind": "role", "role": "cpo"})
    );
    assert_eq!(
        stored(Target::rung("cpo")),
        json!({"kind": "rung", "rung": "cpo"})
    );
    assert_eq!(
        stored(Target::step("vp-product", "cpo")),
        json!({"kind": "step", "from": "vp-product", "to": "cpo"})
    );
}

// ---------------------------------------------------------------- ids and edits

#[test]
fn ids_are_made_from_a_moment_and_a_counter() {
    assert_eq!(NoteId::new(T, 7).as_str(), "1718000000000-7");
    assert_ne!(NoteId::new(T, 7), NoteId::new(T, 8));
    assert_ne!(NoteId::new(T, 7), NoteId::new(T + 1, 7));
}

#[test]
fn a_note_is_added_to_a_target_and_found_there() {
    let mut notes = NotesDoc::new();
    notes
        .add(id("a"), budget(), "Ask for a budget line", T)
        .unwrap();
    let added = notes.on(&budget()).unwrap();
    assert_eq!(added.id, id("a"));
    assert_eq!(added.text, "Ask for a budget line");
    assert_eq!((added.created_at, added.updated_at), (T, T));
    assert!(added.is_live());
    assert!(!added.is_orphaned());
    assert_eq!(notes.live_note(&id("a")), Some(added));
    assert_eq!(notes.on(&Target::cell("ceo", "budget")), None);
}

#[test]
fn a_target_holds_one_note_and_standalone_notes_are_many() {
    let mut notes = NotesDoc::new();
    notes.add(id("a"), budget(), "first", T).unwrap();
    let before = notes.clone();
    assert_eq!(
        notes.add(id("b"), budget(), "second", T + 1),
        Err(NoteError::TargetTaken(id("a")))
    );
    assert_eq!(notes, before);
    for (n, text) in ["one", "two", "one"].iter().enumerate() {
        let new = NoteId::new(T, n as u64);
        notes.add(new, Target::Standalone, text, T).unwrap();
    }
    assert_eq!(notes.live().count(), 4);
    assert_eq!(notes.on(&Target::Standalone), None);
}

#[test]
fn adding_checks_the_target_the_text_and_the_id() {
    let mut notes = NotesDoc::new();
    notes.add(id("a"), budget(), "first", T).unwrap();
    notes.delete(&id("a"), T + 1).unwrap();
    let before = notes.clone();
    assert_eq!(
        notes.add(id("b"), Target::role("growth-pm"), "x", T),
        Err(NoteError::UnknownTarget(Target::role("growth-pm")))
    );
    assert_eq!(
        notes.add(id("b"), Target::Standalone, " \n\t", T),
        Err(NoteError::Blank)
    );
    // A deleted note's id is not reused.
    assert_eq!(
        notes.add(id("a"), Target::Standalone, "x", T),
        Err(NoteError::IdTaken(id("a")))
    );
    assert_eq!(notes, before);
    for error in [
        NoteError::UnknownTarget(Target::role("growth-pm")),
        NoteError::TargetTaken(id("a")),
        NoteError::IdTaken(id("a")),
        NoteError::NoSuchNote(id("a")),
        NoteError::Blank,
    ] {
        assert!(error.message().ends_with('.'), "{error:?}");
    }
    assert!(NoteError::UnknownTarget(Target::role("growth-pm"))
        .message()
        .contains("“growth-pm”"));
}

#[test]
fn an_edit_changes_the_text_and_the_time_of_the_change() {
    let mut notes = NotesDoc::new();
    notes.add(id("a"), budget(), "first", T).unwrap();
    notes.edit(&id("a"), "second", T + 60_000).unwrap();
    let edited = notes.live_note(&id("a")).unwrap();
    assert_eq!(edited.text, "second");
    assert_eq!((edited.created_at, edited.updated_at), (T, T + 60_000));
    // The same text again changes nothing, not even the time.
    notes.edit(&id("a"), "second", T + 120_000).unwrap();
    assert_eq!(notes.live_note(&id("a")).unwrap().updated_at, T + 60_000);
    // A clock that went back still makes the edit newer than what it replaces.
    notes.edit(&id("a"), "third", T).unwrap();
    assert_eq!(notes.live_note(&id("a")).unwrap().updated_at, T + 60_001);
    assert_eq!(notes.edit(&id("a"), "", T), Err(NoteError::Blank));
    assert_eq!(
        notes.edit(&id("zz"), "x", T),
        Err(NoteError::NoSuchNote(id("zz")))
    );
}

#[test]
fn writing_on_a_target_edits_its_note_in_place() {
    let mut notes = NotesDoc::new();
    let first = notes.write_on(budget(), "first", id("a"), T).unwrap();
    let again = notes.write_on(budget(), "second", id("b"), T + 5).unwrap();
    assert_eq!((first, again), (id("a"), id("a")));
    assert_eq!(notes.notes().len(), 1);
    assert_eq!(notes.on(&budget()).unwrap().text, "second");
    // Standalone notes are never edited in place.
    notes.write_on(Target::Standalone, "x", id("c"), T).unwrap();
    notes.write_on(Target::Standalone, "y", id("d"), T).unwrap();
    assert_eq!(notes.live().count(), 3);
}

#[test]
fn a_delete_leaves_a_tombstone_and_frees_the_target() {
    let mut notes = NotesDoc::new();
    notes.add(id("a"), budget(), "private thought", T).unwrap();
    notes.delete(&id("a"), T + 10).unwrap();
    let gone = notes.get(&id("a")).unwrap();
    assert_eq!(gone.deleted_at, Some(T + 10));
    assert_eq!(gone.updated_at, T + 10);
    assert_eq!(gone.text, "", "the text of a deleted note is not kept");
    assert_eq!(gone.target, budget());
    assert_eq!(notes.live_note(&id("a")), None);
    assert_eq!(notes.on(&budget()), None);
    assert!(notes.recent().is_empty());
    assert_eq!(
        notes.delete(&id("a"), T + 20),
        Err(NoteError::NoSuchNote(id("a")))
    );
    assert_eq!(
        notes.edit(&id("a"), "back", T + 20),
        Err(NoteError::NoSuchNote(id("a")))
    );
    notes.add(id("b"), budget(), "new thought", T + 30).unwrap();
    assert_eq!(notes.on(&budget()).unwrap().id, id("b"));
    assert_eq!(notes.notes().len(), 2);
}

#[test]
fn a_note_whose_target_is_gone_is_kept_and_shown_as_orphaned() {
    let stored = json!({
        "version": 1,
        "notes": [
            {"id": "a", "target": {"kind": "role", "role": "growth-pm"}, "text": "Old role",
             "created_at": T, "updated_at": T},
            {"id": "b", "target": {"kind": "step", "from": "pm", "to": "cpo"}, "text": "Leap",
             "created_at": T, "updated_at": T + 1},
            {"id": "c", "target": {"kind": "role", "role": "pm"}, "text": "Here",
             "created_at": T, "updated_at": T + 2}
        ]
    })
    .to_string();
    let mut notes = parse_stored(&stored).unwrap();
    assert_eq!(notes.live().count(), 3);
    assert_eq!(ids(notes.orphaned()), ["a", "b"]);
    let old = notes.live_note(&id("a")).unwrap();
    assert!(old.is_orphaned());
    assert_eq!(old.label(), "Role: “growth-pm”");
    assert_eq!(ids(notes.recent()), ["c", "b", "a"]);
    // Still editable, still stored.
    notes.edit(&id("a"), "Old role, renamed", T + 5).unwrap();
    let again = parse_stored(&to_json(&notes)).unwrap();
    assert_eq!(again, notes);
    assert_eq!(
        again.live_note(&id("a")).unwrap().target,
        Target::role("growth-pm")
    );
}

// ---------------------------------------------------------------- stored format

fn sample() -> NotesDoc {
    doc(vec![
        note("s1", Target::Standalone, "Ask my manager about scope", T),
        note(
            "s2",
            Target::Standalone,
            "Line one\n# not a heading\n---",
            T + DAY,
        ),
        note("c1", budget(), "No budget of my own yet", T + 2 * DAY),
        note(
            "d1",
            Target::dimension("hiring"),
            "Hiring is where it breaks",
            T + 3 * DAY,
        ),
        note(
            "r1",
            Target::role("ceo"),
            "The CEO answers to the board",
            T + 4 * DAY,
        ),
        note("g1", Target::rung("group-pm"), "Next rung", T + 5 * DAY),
        note(
            "st1",
            Target::step("senior-pm", "group-pm"),
            "Find a team to lead",
            T + 6 * DAY,
        ),
        note(
            "o1",
            Target::role("growth-pm"),
            "Orphaned but kept",
            T + 7 * DAY,
        ),
        tombstone("x1", Target::rung("pm"), T + 8 * DAY),
    ])
}

#[test]
fn data_written_by_the_current_version_is_read_by_the_next() {
    let notes = sample();
    let text = to_json(&notes);
    assert_eq!(parse_stored(&text), Ok(notes.clone()));
    // Writing what was read writes the same text.
    assert_eq!(to_json(&parse_stored(&text).unwrap()), text);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["version"], json!(NOTES_VERSION));
    assert_eq!(value["notes"].as_array().unwrap().len(), 9);
    assert!(
        text.contains("\n  \"version\": 1"),
        "pretty-printed: {text}"
    );
    // Local storage keeps the same document without the indentation.
    let stored = to_stored(&notes);
    assert!(stored.starts_with("{\"version\":1,\"notes\":["), "{stored}");
    assert!(!stored.contains('\n'));
    assert!(stored.len() < text.len() * 3 / 4);
    assert_eq!(parse_stored(&stored), Ok(notes.clone()));
    // The quick way in for the current version reads exactly what the general way reads.
    assert_eq!(upgrade(serde_json::from_str(&stored).unwrap()), Ok(notes));
}

#[test]
fn a_version_1_document_as_written_today_reads_forever() {
    let stored = r#"{
  "version": 1,
  "notes": [
    {
      "id": "1718000000000-0",
      "target": { "kind": "cell", "role": "pm", "dimension": "budget" },
      "text": "Ask for a budget line of my own.",
      "created_at": 1718000000000,
      "updated_at": 1718000500000
    },
    {
      "id": "1718000100000-1",
      "target": { "kind": "rung", "rung": "group-pm" },
      "text": "",
      "created_at": 1718000100000,
      "updated_at": 1718000900000,
      "deleted_at": 1718000900000
    }
  ]
}"#;
    let notes = parse_stored(stored).unwrap();
    assert_eq!(
        notes.notes(),
        [
            Note {
                id: id("1718000000000-0"),
                target: budget(),
                text: "Ask for a budget line of my own.".into(),
                created_at: 1_718_000_000_000,
                updated_at: 1_718_000_500_000,
                deleted_at: None,
            },
            Note {
                id: id("1718000100000-1"),
                target: Target::rung("group-pm"),
                text: String::new(),
                created_at: 1_718_000_100_000,
                updated_at: 1_718_000_900_000,
                deleted_at: Some(1_718_000_900_000),
            },
        ]
    );
}

#[test]
fn the_draft_without_a_version_is_upgraded_to_version_1() {
    let draft = json!([
        {"id": "a", "target": {"kind": "role", "role": "pm"}, "text": "Draft note", "updated_at": T},
        {"id": "b", "target": {"kind": "standalone"}, "text": "Loose", "updated_at": T + 1}
    ])
    .to_string();
    let notes = parse_stored(&draft).unwrap();
    assert_eq!(
        notes.notes(),
        [
            note("a", Target::role("pm"), "Draft note", T),
            note("b", Target::Standalone, "Loose", T + 1),
        ]
    );
    // Written back in the current version, and read the same.
    let written = to_json(&notes);
    assert!(written.contains("\"version\": 1"));
    assert_eq!(parse_stored(&written), Ok(notes));
    assert_eq!(parse_stored("[]"), Ok(NotesDoc::new()));
    assert_eq!(upgrade(json!([])), Ok(NotesDoc::new()));
    // A draft note without its time is not one.
    assert!(matches!(
        parse_stored(r#"[{"id": "a", "target": {"kind": "standalone"}, "text": "x"}]"#),
        Err(Unreadable::WrongShape(_))
    ));
}

#[test]
fn text_that_is_not_json_is_unreadable() {
    for text in [
        "",
        "   ",
        "hello",
        "{'version': 1}",
        "{} trailing",
        "[1,]",
        "<notes/>",
    ] {
        assert_eq!(parse_stored(text), Err(Unreadable::NotJson), "{text:?}");
    }
}

#[test]
fn json_cut_short_is_truncated() {
    for text in [
        "{",
        "[",
        r#"{"version": 1, "notes": ["#,
        r#"{"version": 1, "no"#,
    ] {
        assert_eq!(parse_stored(text), Err(Unreadable::Truncated), "{text:?}");
    }
    // Every cut of a real document, at any character, says so.
    let full = to_json(&sample());
    for (at, _) in full.char_indices().skip(1) {
        assert_eq!(
            parse_stored(&full[..at]),
            Err(Unreadable::Truncated),
            "cut at {at}: {:?}",
            &full[..at]
        );
    }
}

#[test]
fn json_of_another_shape_is_unreadable() {
    for text in [
        "42",
        "null",
        "\"notes\"",
        "true",
        "{}",
        r#"{"notes": []}"#,
        r#"{"version": "1", "notes": []}"#,
        r#"{"version": -1, "notes": []}"#,
        r#"{"version": 1.5, "notes": []}"#,
        r#"{"version": 0, "notes": []}"#,
        r#"{"version": 1}"#,
        r#"{"version": 1, "notes": {}}"#,
        r#"{"version": 1, "notes": [{"id": "a"}]}"#,
        r#"{"version": 1, "notes": [{"id": "a", "target": {"kind": "team"}, "text": "x", "created_at": 1, "updated_at": 1}]}"#,
        r#"{"version": 1, "notes": [{"id": "a", "target": {"kind": "role"}, "text": "x", "created_at": 1, "updated_at": 1}]}"#,
        r#"{"version": 1, "notes": [{"id": "a", "target": {"kind": "standalone"}, "text": "x", "created_at": -1, "updated_at": 1}]}"#,
        r#"{"version": 1, "notes": [{"id": "a", "target": {"kind": "standalone"}, "text": "x", "created_at": 1, "updated_at": 1.5}]}"#,
        r#"{"version": 1, "notes": [{"id": "", "target": {"kind": "standalone"}, "text": "x", "created_at": 1, "updated_at": 1}]}"#,
        "[1, 2]",
    ] {
        assert!(
            matches!(parse_stored(text), Err(Unreadable::WrongShape(_))),
            "{text}: {:?}",
            parse_stored(text)
        );
    }
}

#[test]
fn a_document_from_a_newer_version_is_not_read() {
    let text = r#"{"version": 2, "notes": [], "folders": []}"#;
    assert_eq!(parse_stored(text), Err(Unreadable::Newer { version: 2 }));
    let message = Unreadable::Newer { version: 2 }.message();
    assert!(
        message.contains("newer version") && message.contains('2'),
        "{message}"
    );
    for unreadable in [
        Unreadable::NotJson,
        Unreadable::Truncated,
        Unreadable::WrongShape("x".into()),
    ] {
        assert!(!unreadable.message().is_empty());
    }
}

#[test]
fn fields_this_version_does_not_know_are_ignored() {
    let text = json!({
        "version": 1,
        "written_by": "a test",
        "notes": [{"id": "a", "target": {"kind": "rung", "rung": "pm", "colour": "red"},
                   "text": "x", "created_at": T, "updated_at": T, "pinned": true}]
    })
    .to_string();
    assert_eq!(
        parse_stored(&text).unwrap().notes(),
        [note("a", Target::rung("pm"), "x", T)]
    );
}

#[test]
fn reading_makes_a_document_whole() {
    let text = json!({
        "version": 1,
        "notes": [
            {"id": "a", "target": {"kind": "standalone"}, "text": "old", "created_at": T, "updated_at": T},
            {"id": "a", "target": {"kind": "standalone"}, "text": "new", "created_at": T, "updated_at": T + 1},
            {"id": "b", "target": {"kind": "role", "role": "pm"}, "text": "older", "created_at": T, "updated_at": T},
            {"id": "c", "target": {"kind": "role", "role": "pm"}, "text": "newer", "created_at": T, "updated_at": T + 1}
        ]
    })
    .to_string();
    let notes = parse_stored(&text).unwrap();
    assert_eq!(notes.notes().len(), 3);
    assert_eq!(notes.live_note(&id("a")).unwrap().text, "new");
    assert_eq!(notes.on(&Target::role("pm")).unwrap().id, id("c"));
    assert_eq!(notes.get(&id("b")).unwrap().deleted_at, Some(T));
}

// ---------------------------------------------------------------- merging two tabs

#[test]
fn notes_written_in_one_tab_only_survive_a_merge() {
    let local = doc(vec![note("a", budget(), "mine", T)]);
    let incoming = doc(vec![
        note("b", Target::Standalone, "theirs", T + 1),
        tombstone("c", Target::role("ceo"), T + 2),
    ]);
    let merged = merge(&local, &incoming);
    assert_eq!(ids(merged.doc.notes()), ["a", "b", "c"]);
    assert_eq!(ids(merged.doc.live()), ["a", "b"]);
    assert!(merged.overwritten.is_empty());
}

#[test]
fn the_newer_edit_of_a_note_wins_and_the_lost_local_text_is_named() {
    let older = doc(vec![note("a", budget(), "local text", T)]);
    let newer = doc(vec![note("a", budget(), "other tab's text", T + 1)]);
    let merged = merge(&older, &newer);
    assert_eq!(merged.doc, newer);
    assert_eq!(merged.overwritten, [id("a")]);
    let merged = merge(&newer, &older);
    assert_eq!(merged.doc, newer);
    assert!(merged.overwritten.is_empty());
}

#[test]
fn edits_at_the_same_moment_resolve_the_same_way_on_both_sides() {
    let left = doc(vec![note("a", budget(), "left", T)]);
    let right = doc(vec![note("a", budget(), "right", T)]);
    let one = merge(&left, &right);
    let other = merge(&right, &left);
    assert_eq!(one.doc, other.doc);
    assert_eq!(one.doc.live_note(&id("a")).unwrap().text, "right");
    assert_eq!(one.overwritten, [id("a")]);
    assert!(other.overwritten.is_empty());
}

#[test]
fn a_deletion_beats_older_edits_and_loses_to_newer_ones() {
    let deleted = doc(vec![tombstone("a", budget(), T + 5)]);
    for (edited_at, stays_deleted) in [(T, true), (T + 5, true), (T + 6, false)] {
        let edited = doc(vec![note("a", budget(), "edit", edited_at)]);
        for merged in [merge(&deleted, &edited), merge(&edited, &deleted)] {
            let kept = merged.doc.get(&id("a")).unwrap();
            assert_eq!(kept.is_live(), !stays_deleted, "edit at {edited_at}");
        }
        // The edit's tab is told its text gave way to the deletion.
        let from_editor = merge(&edited, &deleted);
        assert_eq!(from_editor.overwritten.is_empty(), !stays_deleted);
        // A tab that had deleted the note has no text to lose.
        assert!(merge(&deleted, &edited).overwritten.is_empty());
    }
}

#[test]
fn a_deleted_note_does_not_come_back_from_a_stale_tab() {
    let mut here = doc(vec![note("a", budget(), "text", T)]);
    let stale = here.clone();
    here.delete(&id("a"), T + 1).unwrap();
    let merged = merge(&here, &stale);
    assert_eq!(merged.doc, here);
    assert_eq!(merged.doc.live().count(), 0);
}

#[test]
fn two_notes_on_one_target_keep_the_newer() {
    // Each tab wrote the budget cell's note before seeing the other's.
    let local = doc(vec![note("a", budget(), "written here", T)]);
    let incoming = doc(vec![note("b", budget(), "written there", T + 1)]);
    let merged = merge(&local, &incoming);
    assert_eq!(merged.doc.on(&budget()).unwrap().id, id("b"));
    let displaced = merged.doc.get(&id("a")).unwrap();
    assert!(!displaced.is_live());
    assert_eq!(merged.overwritten, [id("a")]);
    assert_eq!(merge(&incoming, &local).doc, merged.doc);
    assert!(merge(&incoming, &local).overwritten.is_empty());
    // And stays so when the displaced note's tab merges again.
    assert_eq!(merge(&local, &merged.doc).doc, merged.doc);
}

#[test]
fn with_a_base_only_local_changes_are_reported_as_overwritten() {
    let base = doc(vec![
        note("a", budget(), "untouched here", T),
        note("b", Target::Standalone, "before", T),
    ]);
    let mut local = base.clone();
    local.edit(&id("b"), "edited here", T + 10).unwrap();
    let incoming = doc(vec![
        note("a", budget(), "edited there", T + 20),
        note("b", Target::Standalone, "edited there too", T + 20),
    ]);
    let merged = merge_since(&base, &local, &incoming);
    assert_eq!(merged.overwritten, [id("b")]);
    assert_eq!(merged.doc, merge(&local, &incoming).doc);
    assert_eq!(merge(&local, &incoming).overwritten, [id("a"), id("b")]);
}

#[test]
fn a_note_removed_from_storage_elsewhere_does_not_come_back() {
    // This tab last saw note a; storage was then removed (or cleared) and another tab wrote b.
    let base = doc(vec![note("a", budget(), "private", T)]);
    let incoming = doc(vec![note("b", Target::role("ceo"), "written after", T + 5)]);
    let merged = merge_since(&base, &base, &incoming);
    assert_eq!(merged.doc, incoming);
    assert!(merged.overwritten.is_empty());
    assert!(merged.wiped);
    // Storage emptied without a word: nothing this tab held unchanged survives.
    assert_eq!(
        merge_since(&base, &base, &NotesDoc::new()).doc,
        NotesDoc::new()
    );
}

#[test]
fn a_note_the_other_tab_had_not_seen_yet_is_kept() {
    // Both tabs hold a; this tab saved b, and the other saved c before b reached it.
    let base = doc(vec![
        note("a", budget(), "shared", T),
        note("b", Target::Standalone, "mine", T + 1),
    ]);
    let incoming = doc(vec![
        note("a", budget(), "shared", T),
        note("c", Target::role("ceo"), "theirs", T + 2),
    ]);
    let merged = merge_since(&base, &base, &incoming);
    assert_eq!(ids(merged.doc.live()), ["a", "b", "c"]);
    assert!(!merged.wiped);
}

#[test]
fn a_note_changed_here_since_the_removal_is_kept() {
    let base = doc(vec![note("a", budget(), "private", T)]);
    let mut local = base.clone();
    local.edit(&id("a"), "typed here after", T + 10).unwrap();
    local
        .add(id("c"), Target::Standalone, "new here", T + 11)
        .unwrap();
    let incoming = doc(vec![note("b", Target::role("ceo"), "written there", T + 5)]);
    let merged = merge_since(&base, &local, &incoming);
    assert_eq!(ids(merged.doc.live()), ["a", "b", "c"]);
    assert_eq!(
        merged.doc.live_note(&id("a")).unwrap().text,
        "typed here after"
    );
}

/// Small pools, so that generated documents share ids, targets, texts and moments.
fn arb_note() -> impl Strategy<Value = Note> {
    let targets = vec![
        Target::Standalone,
        budget(),
        Target::role("ceo"),
        Target::rung("pm"),
        Target::step("pm", "senior-pm"),
        Target::role("growth-pm"),
    ];
    (
        0..8u8,
        proptest::sample::select(targets),
        proptest::sample::select(vec!["a", "b", "c", ""]),
        0..6u64,
        0..3u64,
        proptest::option::of(0..6u64),
    )
        .prop_map(|(n, target, text, updated, age, deleted)| Note {
            id: NoteId(format!("n{n}")),
            target,
            text: text.to_string(),
            created_at: updated.saturating_sub(age),
            updated_at: updated,
            deleted_at: deleted,
        })
}

fn arb_doc() -> impl Strategy<Value = NotesDoc> {
    proptest::collection::vec(arb_note(), 0..12).prop_map(NotesDoc::from_notes)
}

fn assert_whole(notes: &NotesDoc) {
    let mut targets = BTreeSet::new();
    for note in notes.live().filter(|note| note.target.is_attached()) {
        assert!(
            targets.insert(&note.target),
            "two live notes on {:?}",
            note.target
        );
    }
    let all = ids(notes.notes());
    let mut sorted = all.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(all, sorted, "one version an id, in id order");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn merging_is_commutative_and_keeps_every_note(local in arb_doc(), incoming in arb_doc()) {
        let one = merge(&local, &incoming);
        let other = merge(&incoming, &local);
        prop_assert_eq!(&one.doc, &other.doc);
        assert_whole(&one.doc);
        // No id is lost, live or deleted.
        for note in local.notes().iter().chain(incoming.notes()) {
            prop_assert!(one.doc.get(&note.id).is_some());
        }
        // A live result is the newest version either side had.
        for kept in one.doc.live() {
            for side in [&local, &incoming] {
                if let Some(version) = side.get(&kept.id) {
                    prop_assert!(kept.cmp_version(version).is_ge());
                }
            }
        }
        // Reported: exactly the live local notes whose text is not live in the result.
        let lost: Vec<NoteId> = local
            .live()
            .filter(|note| {
                one.doc.live_note(&note.id).map(|kept| &kept.text) != Some(&note.text)
            })
            .map(|note| note.id.clone())
            .collect();
        prop_assert_eq!(one.overwritten, lost);
    }

    #[test]
    fn what_storage_lost_elsewhere_stays_lost_unless_changed_here(
        base in arb_doc(),
        incoming in arb_doc(),
        edits in arb_doc(),
    ) {
        // This tab's notes: what it last saw, with some notes changed or added since.
        let local = NotesDoc::from_notes(base.notes().iter().chain(edits.notes()).cloned());
        let merged = merge_since(&base, &local, &incoming);
        assert_whole(&merged.doc);
        let wiped = base.notes().iter().all(|note| incoming.get(&note.id).is_none());
        for note in merged.doc.notes() {
            let in_incoming = incoming.get(&note.id).is_some();
            let changed_here = local.get(&note.id).is_some_and(|mine| base.get(&note.id) != Some(mine));
            let new_here = base.get(&note.id).is_none();
            prop_assert!(
                in_incoming || changed_here || new_here || !wiped,
                "{:?} was in storage only before it was removed, yet came back", note.id
            );
        }
        // Storage not wiped (the other tab still has some of this tab's notes): nothing is lost.
        if !wiped {
            for note in local.notes() {
                prop_assert!(merged.doc.get(&note.id).is_some(), "{:?} lost", note.id);
            }
        }
        // Nothing storage holds now is lost.
        for note in incoming.notes() {
            prop_assert!(merged.doc.get(&note.id).is_some());
        }
    }

    #[test]
    fn merging_with_itself_or_nothing_changes_nothing(notes in arb_doc()) {
        assert_whole(&notes);
        prop_assert_eq!(&merge(&notes, &notes).doc, &notes);
        prop_assert!(merge(&notes, &notes).overwritten.is_empty());
        let with_nothing = merge(&notes, &NotesDoc::new());
        prop_assert_eq!(&with_nothing.doc, &notes);
        prop_assert!(with_nothing.overwritten.is_empty());
        prop_assert_eq!(&merge(&NotesDoc::new(), &notes).doc, &notes);
    }

    #[test]
    fn a_document_is_the_same_whatever_the_order_of_its_notes(
        notes in proptest::collection::vec(arb_note(), 0..12),
    ) {
        let mut reversed = notes.clone();
        reversed.reverse();
        prop_assert_eq!(NotesDoc::from_notes(notes.clone()), NotesDoc::from_notes(reversed));
        let made = NotesDoc::from_notes(notes);
        prop_assert_eq!(parse_stored(&to_json(&made)), Ok(made.clone()));
    }
}

// ---------------------------------------------------------------- import

fn file(notes: Vec<Note>) -> String {
    to_json(&doc(notes))
}

#[test]
fn an_import_adds_updates_skips_and_keeps_apart_and_says_how_many() {
    let current = doc(vec![
        note("same", Target::Standalone, "kept as is", T),
        note("old", Target::role("pm"), "old text", T),
        note("newer-here", Target::role("ceo"), "newer here", T + 10),
        note("cell", budget(), "my budget note", T),
        note(
            "step",
            Target::step("pm", "senior-pm"),
            "my step note",
            T + 10,
        ),
        note("loose", Target::Standalone, "a loose thought", T),
        tombstone("gone", Target::rung("cpo"), T + 10),
        tombstone("back", Target::rung("pm"), T),
    ]);
    let text = file(vec![
        // Added: new.
        note("new", Target::dimension("hiring"), "from the file", T),
        // Added: newer than its deletion here.
        note("back", Target::rung("pm"), "restored", T + 5),
        // Updated: the same id, newer.
        note("old", Target::role("pm"), "new text", T + 5),
        // Kept apart: another id on the same target, newer, another text.
        note("cell-2", budget(), "the file's budget note", T + 5),
        // Skipped: the same note, same text.
        note("same", Target::Standalone, "kept as is", T),
        // Skipped: older than what is here.
        note("newer-here", Target::role("ceo"), "older in the file", T),
        // Skipped: deleted here after the file's version.
        note("gone", Target::rung("cpo"), "stale", T + 1),
        // Kept apart: another id on the same target, older, another text.
        note(
            "step-2",
            Target::step("pm", "senior-pm"),
            "older step note",
            T,
        ),
        // Skipped: another id, same standalone text.
        note("loose-2", Target::Standalone, "a loose thought", T + 3),
        // Not counted: deleted in the file; an import never deletes.
        tombstone("del", Target::Standalone, T + 9),
    ]);
    let before = current.clone();
    let report = import(&current, &text).unwrap();
    assert_eq!(current, before);
    assert_eq!(
        (
            report.added,
            report.updated,
            report.skipped,
            report.kept_apart
        ),
        (2, 1, 4, 2),
        "{report:?}"
    );
    // Oldest first: the step note (T), then the budget note (T + 5).
    assert_eq!(
        report.kept_apart_on,
        [
            "Step: Product Manager → Senior Product Manager",
            "Product Manager × P&L and budget"
        ]
    );
    let notes = &report.doc;
    assert_whole(notes);
    assert_eq!(notes.live_note(&id("new")).unwrap().text, "from the file");
    assert_eq!(notes.live_note(&id("back")).unwrap().text, "restored");
    assert_eq!(notes.live_note(&id("old")).unwrap().text, "new text");
    // The budget cell keeps its note and its text; the file's newer text is a note of its own.
    let cell = notes.on(&budget()).unwrap();
    assert_eq!(
        (cell.id.as_str(), cell.text.as_str()),
        ("cell", "my budget note")
    );
    assert_eq!(cell.updated_at, T);
    assert_eq!(notes.get(&id("cell-2")), None);
    let apart = notes.live_note(&id("cell-2-imported")).unwrap();
    assert_eq!(apart.target, Target::Standalone);
    assert_eq!(
        apart.text,
        "Imported: another note on Product Manager × P&L and budget, last changed 2024-06-10.\n\n\
         the file's budget note"
    );
    assert_eq!((apart.created_at, apart.updated_at), (T + 5, T + 5));
    assert_eq!(
        notes.live_note(&id("newer-here")).unwrap().text,
        "newer here"
    );
    assert!(notes.live_note(&id("gone")).is_none());
    assert_eq!(
        notes.on(&Target::step("pm", "senior-pm")).unwrap().text,
        "my step note"
    );
    assert_eq!(
        notes.live_note(&id("step-2-imported")).unwrap().text,
        "Imported: another note on Step: Product Manager → Senior Product Manager, last changed \
         2024-06-10.\n\nolder step note"
    );
    assert_eq!(notes.get(&id("loose-2")), None);
    assert_eq!(notes.get(&id("del")), None);
    assert_eq!(
        report.message(),
        "2 notes added, 1 updated, 4 skipped (already here or older). 2 notes were on items that \
         already have a different note here (Step: Product Manager → Senior Product Manager; \
         Product Manager × P&L and budget): all are kept, the imported ones as notes of their own."
    );
}

/// Imports a note written elsewhere at `at` on the budget cell, which has another note here
/// (written at T), and checks that both texts are kept: the one here on the cell, untouched,
/// the file's as a standalone note saying where it came from, last changed on `day`.
fn assert_kept_apart(at: Millis, day: &str) {
    let current = doc(vec![
        note("here", budget(), "My budget note", T),
        note("loose", Target::Standalone, "A loose thought", T),
    ]);
    let report = import(
        &current,
        &file(vec![note("there", budget(), "Their budget note", at)]),
    )
    .unwrap();
    assert_eq!(
        (
            report.added,
            report.updated,
            report.skipped,
            report.kept_apart
        ),
        (0, 0, 0, 1),
        "{report:?}"
    );
    assert_eq!(report.kept_apart_on, ["Product Manager × P&L and budget"]);
    let notes = &report.doc;
    assert_whole(notes);
    assert_eq!(notes.on(&budget()), current.live_note(&id("here")));
    assert_eq!(notes.get(&id("there")), None);
    let imported: Vec<&Note> = notes
        .live()
        .filter(|n| n.target == Target::Standalone && n.id != id("loose"))
        .collect();
    assert_eq!(imported.len(), 1, "{notes:?}");
    let imported = imported[0];
    assert_eq!(
        imported.text,
        format!(
            "Imported: another note on Product Manager × P&L and budget, last changed {day}.\n\n\
             Their budget note"
        )
    );
    assert_eq!((imported.created_at, imported.updated_at), (at, at));
    assert!(current.get(&imported.id).is_none());
    assert_eq!(notes.live().count(), 3);
    assert_eq!(
        report.message(),
        "0 notes added, 0 updated, 0 skipped (already here or older). 1 note was on an item that \
         already has a different note here (Product Manager × P&L and budget): both are kept, the \
         imported one as a note of its own."
    );
}

#[test]
fn a_newer_note_on_an_item_that_has_another_note_is_kept_apart_not_over_it() {
    assert_kept_apart(T + DAY, "2024-06-11");
}

#[test]
fn an_older_note_on_an_item_that_has_another_note_is_kept_apart_not_dropped() {
    assert_kept_apart(T - DAY, "2024-06-09");
}

#[test]
fn a_note_kept_apart_is_not_added_again_by_the_same_file() {
    let current = doc(vec![note("here", budget(), "My budget note", T)]);
    let text = file(vec![note("there", budget(), "Their budget note", T + DAY)]);
    let first = import(&current, &text).unwrap();
    assert_eq!(first.kept_apart, 1);
    let second = import(&first.doc, &text).unwrap();
    assert_eq!(
        (
            second.added,
            second.updated,
            second.skipped,
            second.kept_apart
        ),
        (0, 0, 1, 0),
        "{second:?}"
    );
    assert!(second.kept_apart_on.is_empty());
    assert_eq!(second.doc, first.doc);
    assert_eq!(
        second.message(),
        "0 notes added, 0 updated, 1 skipped (already here or older)."
    );
    // Deleted here after, the copy does not come back from the same file.
    let mut tidied = first.doc.clone();
    tidied.delete(&id("there-imported"), T + 2 * DAY).unwrap();
    let third = import(&tidied, &text).unwrap();
    assert_eq!((third.added, third.skipped, third.kept_apart), (0, 1, 0));
    assert_eq!(third.doc, tidied);
    // A later text of that note is kept apart again, under an id of its own.
    let later = file(vec![note(
        "there",
        budget(),
        "Their budget note, later",
        T + 3 * DAY,
    )]);
    let fourth = import(&tidied, &later).unwrap();
    assert_eq!((fourth.added, fourth.skipped, fourth.kept_apart), (0, 0, 1));
    assert_whole(&fourth.doc);
    assert!(fourth
        .doc
        .get(&id("there-imported"))
        .unwrap()
        .deleted_at
        .is_some());
    assert!(fourth
        .doc
        .live_note(&id("there-imported-2"))
        .unwrap()
        .text
        .ends_with("\n\nTheir budget note, later"));
    assert_eq!(fourth.doc.on(&budget()).unwrap().text, "My budget note");
}

#[test]
fn an_edited_copy_is_not_kept_apart_again_by_the_same_file() {
    let current = doc(vec![note("here", budget(), "My budget note", T)]);
    let text = file(vec![note("there", budget(), "Their budget note", T + DAY)]);
    let first = import(&current, &text).unwrap();
    let mut edited = first.doc.clone();
    edited
        .edit(
            &id("there-imported"),
            "Their point, in my words",
            T + 2 * DAY,
        )
        .unwrap();
    let again = import(&edited, &text).unwrap();
    assert_eq!((again.added, again.skipped, again.kept_apart), (0, 1, 0));
    assert_eq!(again.doc, edited, "no second copy beside the edited one");
}

#[test]
fn two_devices_swapping_files_do_not_get_their_own_notes_back() {
    // Device A has "a1" on the budget cell; B has its own note there and imports A's file, so B
    // keeps A's text apart as "a1-imported".
    let a = doc(vec![note("a1", budget(), "A's budget note", T)]);
    let b = doc(vec![note("b1", budget(), "B's budget note", T + 1)]);
    let on_b = import(&b, &to_json(&a)).unwrap();
    assert_eq!(on_b.kept_apart, 1);
    // A imports B's file: B's own note is kept apart on A; A's copy on B is A's own text.
    let on_a = import(&a, &to_json(&on_b.doc)).unwrap();
    assert_eq!(
        (on_a.added, on_a.skipped, on_a.kept_apart),
        (0, 1, 1),
        "{on_a:?}"
    );
    assert_eq!(
        on_a.doc.live().count(),
        2,
        "A's note and B's note, once each"
    );
    assert!(on_a.doc.live_note(&id("a1-imported")).is_none());
    // A copy whose text was changed on B is B's text now, and comes in.
    let mut changed = on_b.doc.clone();
    changed
        .edit(&id("a1-imported"), "B's thoughts on A's note", T + 2 * DAY)
        .unwrap();
    let with_change = import(&a, &to_json(&changed)).unwrap();
    assert_eq!(with_change.added, 1, "{with_change:?}");
}

#[test]
fn a_note_deleted_here_does_not_come_back_over_a_newer_note_on_its_item() {
    let current = doc(vec![
        tombstone("back", Target::rung("pm"), T + 1),
        note(
            "new-here",
            Target::rung("pm"),
            "Written after deleting",
            T + 2,
        ),
    ]);
    let text = file(vec![note(
        "back",
        Target::rung("pm"),
        "Edited elsewhere",
        T + 3,
    )]);
    let report = import(&current, &text).unwrap();
    assert_eq!((report.added, report.updated, report.kept_apart), (0, 0, 1));
    assert_eq!(report.kept_apart_on, ["Rung: Product Manager"]);
    let notes = &report.doc;
    assert_whole(notes);
    assert_eq!(
        notes.on(&Target::rung("pm")).unwrap().text,
        "Written after deleting"
    );
    assert!(notes.live_note(&id("back")).is_none());
    assert!(notes
        .live_note(&id("back-imported"))
        .unwrap()
        .text
        .ends_with("\n\nEdited elsewhere"));
}

#[test]
fn notes_kept_apart_survive_storage_with_every_text_intact() {
    let here = vec![
        note("c", budget(), "Cell here", T),
        note("d", Target::dimension("hiring"), "Dimension here", T),
        note("r", Target::role("ceo"), "Role here", T + DAY),
        note("g", Target::rung("group-pm"), "Rung here", T),
        note(
            "st",
            Target::step("senior-pm", "group-pm"),
            "Step here",
            T + DAY,
        ),
        note("o", Target::role("growth-pm"), "Orphan here", T),
    ];
    let there = vec![
        note("c2", budget(), "Cell there", T + DAY),
        note(
            "d2",
            Target::dimension("hiring"),
            "Dimension there",
            T - DAY,
        ),
        note("r2", Target::role("ceo"), "Role there", T),
        note("g2", Target::rung("group-pm"), "Rung there", T + 2 * DAY),
        note(
            "st2",
            Target::step("senior-pm", "group-pm"),
            "Step there",
            T,
        ),
        note("o2", Target::role("growth-pm"), "Orphan there", T + DAY),
    ];
    let report = import(&doc(here.clone()), &file(there.clone())).unwrap();
    assert_eq!((report.added, report.kept_apart), (0, 6), "{report:?}");
    let message = report.message();
    assert!(
        message.starts_with(
            "0 notes added, 0 updated, 0 skipped (already here or older). 6 notes were on items \
             that already have a different note here ("
        ),
        "{message}"
    );
    assert!(message.ends_with("): all are kept, the imported ones as notes of their own."));
    // Three items by name, the rest counted: the line stays a line.
    for on in &report.kept_apart_on[..3] {
        assert!(message.contains(on.as_str()), "{message}");
    }
    assert!(message.contains(" and 3 more)"), "{message}");
    for theirs in &there {
        assert!(report.kept_apart_on.contains(&theirs.label()), "{report:?}");
    }
    let notes = report.doc;
    for stored in [to_stored(&notes), to_json(&notes)] {
        assert_eq!(parse_stored(&stored), Ok(notes.clone()));
    }
    let again = parse_stored(&to_stored(&notes)).unwrap();
    assert_whole(&again);
    for mine in &here {
        assert_eq!(again.live_note(&mine.id), Some(mine), "{mine:?}");
        assert_eq!(again.on(&mine.target), Some(mine));
    }
    for theirs in &there {
        let heading = format!(
            "Imported: another note on {}, last changed {}.\n\n",
            theirs.label(),
            utc_date(theirs.updated_at)
        );
        let kept: Vec<&Note> = again
            .live()
            .filter(|n| n.target == Target::Standalone)
            .filter(|n| n.text == format!("{heading}{}", theirs.text))
            .collect();
        assert_eq!(kept.len(), 1, "{theirs:?}");
        assert_eq!(kept[0].id.0, format!("{}-imported", theirs.id.0));
    }
    assert_eq!(again.live().count(), here.len() + there.len());
    // And the stored notes imported again add nothing.
    let twice = import(&again, &file(there)).unwrap();
    assert_eq!((twice.added, twice.kept_apart, twice.skipped), (0, 0, 6));
    assert_eq!(twice.doc, again);
}

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let text = to_json(&sample());
    let first = import(&NotesDoc::new(), &text).unwrap();
    assert_eq!((first.added, first.updated, first.skipped), (8, 0, 0));
    assert_eq!(
        first.doc.recent(),
        sample().recent(),
        "an export imported into an empty browser has the same notes"
    );
    let second = import(&first.doc, &text).unwrap();
    assert_eq!((second.added, second.updated, second.skipped), (0, 0, 8));
    assert_eq!(second.doc, first.doc);
    // The same notes under other ids are duplicates too.
    let renamed: Vec<Note> = sample()
        .live()
        .map(|n| Note {
            id: NoteId(format!("other-{}", n.id.0)),
            ..n.clone()
        })
        .collect();
    let third = import(&first.doc, &file(renamed)).unwrap();
    assert_eq!((third.added, third.updated, third.skipped), (0, 0, 8));
    assert_eq!(third.doc, first.doc);
}

#[test]
fn an_empty_file_and_the_draft_format_import() {
    let empty = import(&sample(), &file(vec![])).unwrap();
    assert_eq!(empty.doc, sample());
    assert_eq!(empty.message(), "The file has no notes to import.");
    let draft = json!([{"id": "d", "target": {"kind": "role", "role": "cpo"}, "text": "draft",
                        "updated_at": T}])
    .to_string();
    let report = import(&NotesDoc::new(), &draft).unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(report.message().split(',').next(), Some("1 note added"));
}

#[test]
fn a_bad_file_is_refused_in_plain_words_and_changes_nothing() {
    let current = sample();
    let before = current.clone();
    let too_large = " ".repeat(MAX_IMPORT_BYTES + 1);
    let cases = [
        (
            too_large.as_str(),
            ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1,
            },
        ),
        ("# My notes\n", ImportError::NotJson),
        ("", ImportError::NotJson),
        (r#"{"version": 1, "notes": [{"id""#, ImportError::Truncated),
        (
            r#"{"version": 2, "notes": []}"#,
            ImportError::Newer { version: 2 },
        ),
    ];
    for (text, expected) in cases {
        let error = import(&current, text).unwrap_err();
        assert_eq!(error, expected);
        let message = error.message();
        assert!(message.ends_with("Your notes are unchanged."), "{message}");
    }
    let error = import(&current, r#"{"title": "not notes"}"#).unwrap_err();
    assert!(matches!(error, ImportError::WrongShape(_)), "{error:?}");
    assert!(error.message().contains("not a notes export"));
    assert!(ImportError::TooLarge { bytes: 0 }
        .message()
        .contains("5 MB"));
    assert!(ImportError::Newer { version: 3 }
        .message()
        .contains("newer version"));
    // A file of exactly the limit is read (and found to be no JSON).
    let at_limit = " ".repeat(MAX_IMPORT_BYTES);
    assert_eq!(import(&current, &at_limit), Err(ImportError::NotJson));
    assert_eq!(current, before);
}

// ---------------------------------------------------------------- export

#[test]
fn markdown_groups_notes_by_what_they_are_attached_to() {
    let markdown = to_markdown(&sample());
    let expected = "\
# PM Compass notes

## Standalone

### Standalone note

_Last changed 2024-06-11_

Line one\\
\\# not a heading\\
\\---

### Standalone note

_Last changed 2024-06-10_

Ask my manager about scope

## Cells

### Product Manager × P&L and budget

_Last changed 2024-06-12_

No budget of my own yet

## Mini-CEO verdicts

### Mini-CEO verdict: Hiring and firing

_Last changed 2024-06-13_

Hiring is where it breaks

## Roles

### Role: “growth-pm” (no longer in PM Compass)

_Last changed 2024-06-17_

Orphaned but kept

### Role: CEO

_Last changed 2024-06-14_

The CEO answers to the board

## Rungs

### Rung: Group Product Manager

_Last changed 2024-06-15_

Next rung

## Steps

### Step: Senior Product Manager → Group Product Manager

_Last changed 2024-06-16_

Find a team to lead
";
    assert_eq!(markdown, expected);
}

#[test]
fn markdown_leaves_out_deleted_notes_and_empty_groups() {
    let mut notes = sample();
    for n in ["s1", "s2", "c1", "d1", "r1", "o1", "g1"] {
        notes.delete(&id(n), T + 9 * DAY).unwrap();
    }
    let markdown = to_markdown(&notes);
    assert!(markdown.contains("## Steps"));
    for gone in [
        "## Standalone",
        "## Cells",
        "## Mini-CEO verdicts",
        "## Roles",
        "## Rungs",
    ] {
        assert!(!markdown.contains(gone), "{gone} in {markdown}");
    }
    assert!(
        !markdown.contains("Rung: Product Manager"),
        "the tombstone x1"
    );
    notes.delete(&id("st1"), T + 9 * DAY).unwrap();
    assert_eq!(to_markdown(&notes), "# PM Compass notes\n\nNo notes yet.\n");
    assert_eq!(
        to_markdown(&NotesDoc::new()),
        "# PM Compass notes\n\nNo notes yet.\n"
    );
}

#[test]
fn dates_are_utc_days_counted_without_a_date_library() {
    assert_eq!(utc_date(0), "1970-01-01");
    assert_eq!(utc_date(DAY - 1), "1970-01-01");
    assert_eq!(utc_date(DAY), "1970-01-02");
    assert_eq!(utc_date(951_782_400_000), "2000-02-29");
    assert_eq!(utc_date(1_709_164_800_000), "2024-02-29");
    assert_eq!(utc_date(1_735_689_599_999), "2024-12-31");
    assert_eq!(utc_date(1_735_689_600_000), "2025-01-01");
    assert_eq!(utc_date(4_107_542_400_000), "2100-03-01");
    assert_eq!(utc_date(T), "2024-06-10");
    assert!(!utc_date(u64::MAX).is_empty());
    // Day by day against a calendar walked by hand, for four centuries.
    let (mut year, mut month, mut day) = (1970u64, 1u64, 1u64);
    for days in 0..146_097u64 {
        assert_eq!(
            utc_date(days * DAY + 1),
            format!("{year:04}-{month:02}-{day:02}")
        );
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let length = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        day += 1;
        if day > length {
            day = 1;
            month += 1;
            if month > 12 {
                month = 1;
                year += 1;
            }
        }
    }
}

// ---------------------------------------------------------------- the notes list

#[test]
fn the_list_is_live_notes_most_recently_changed_first() {
    let notes = sample();
    assert_eq!(
        ids(notes.recent()),
        ["o1", "st1", "g1", "r1", "d1", "c1", "s2", "s1"]
    );
    let mut notes = notes;
    notes.edit(&id("s1"), "changed", T + 10 * DAY).unwrap();
    assert_eq!(ids(notes.recent())[0], "s1");
}

#[test]
fn search_matches_text_and_labels_in_any_case() {
    let notes = sample();
    assert_eq!(ids(notes.find("BUDGET", None)), ["c1"]);
    // "Role: CEO" and "Mini-CEO verdict: …" both name the CEO.
    assert_eq!(ids(notes.find("ceo", None)), ["r1", "d1"]);
    assert_eq!(ids(notes.find("group product", None)), ["st1", "g1"]);
    // Every word must match, in the text or the label.
    assert_eq!(ids(notes.find("rung next", None)), ["g1"]);
    assert_eq!(ids(notes.find("rung lead", None)), Vec::<&str>::new());
    assert_eq!(ids(notes.find("growth", None)), ["o1"]);
    assert_eq!(notes.find("  ", None).len(), 8);
    assert!(notes.find("zebra", None).is_empty());
    // Deleted notes are never found: the tombstone on the Product Manager rung is not.
    assert_eq!(ids(notes.find("Rung: Product Manager", None)), ["g1"]);
}

#[test]
fn the_list_filters_by_kind() {
    let notes = sample();
    assert_eq!(ids(notes.find("", Some(Kind::Standalone))), ["s2", "s1"]);
    assert_eq!(ids(notes.find("", Some(Kind::Role))), ["o1", "r1"]);
    assert_eq!(ids(notes.find("", Some(Kind::Rung))), ["g1"]);
    assert_eq!(ids(notes.find("scope", Some(Kind::Standalone))), ["s1"]);
    assert!(notes.find("scope", Some(Kind::Cell)).is_empty());
    assert_eq!(
        notes.count_by_kind(),
        [
            (Kind::Standalone, 2),
            (Kind::Cell, 1),
            (Kind::Dimension, 1),
            (Kind::Role, 2),
            (Kind::Rung, 1),
            (Kind::Step, 1),
        ]
    );
}

// ---------------------------------------------------------------- no input panics

#[test]
fn a_printed_comparison_carries_the_notes_on_what_it_shows_in_table_order() {
    let notes = doc(vec![
        note("a", Target::cell("ceo", "budget"), "CEO budget", T),
        note("b", Target::cell("pm", "budget"), "PM budget", T + 1),
        note("c", Target::role("ceo"), "On the CEO", T + 2),
        note("d", Target::dimension("budget"), "On budgets", T + 3),
        note("e", Target::cell("pm", "hiring"), "PM hiring", T + 4),
        note("f", Target::role("pm"), "On the PM", T + 5),
        // Not shown: another role, another dimension, the ladder, standalone, deleted.
        note("g", Target::cell("cpo", "budget"), "CPO budget", T),
        note("h", Target::cell("pm", "scope"), "PM scope", T),
        note("i", Target::rung("pm"), "Rung", T),
        note("j", Target::Standalone, "Loose", T),
        tombstone("k", Target::role("pm"), T),
    ]);
    let texts = |shown: Vec<&Note>| {
        shown
            .into_iter()
            .map(|n| n.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        texts(notes.on_shown(&["pm", "ceo"], &["hiring", "budget"])),
        [
            "On the PM",
            "On the CEO",
            "PM hiring",
            "On budgets",
            "PM budget",
            "CEO budget"
        ]
    );
    // Swapping the columns swaps the order; nothing shown, nothing printed.
    assert_eq!(
        texts(notes.on_shown(&["ceo", "pm"], &["budget"])),
        [
            "On the CEO",
            "On the PM",
            "On budgets",
            "CEO budget",
            "PM budget"
        ]
    );
    assert!(notes.on_shown(&[], &[]).is_empty());
}

/// Text that looks like a notes document: its words and punctuation, shuffled.
fn json_ish() -> impl Strategy<Value = String> {
    let pieces = vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\"version\"",
        "\"notes\"",
        "\"id\"",
        "\"target\"",
        "\"kind\"",
        "\"cell\"",
        "\"role\"",
        "\"step\"",
        "\"text\"",
        "\"created_at\"",
        "\"updated_at\"",
        "\"deleted_at\"",
        "1",
        "-1",
        "2",
        "1e400",
        "0.5",
        "null",
        "true",
        " ",
        "\\",
        "\\u",
        "é",
        "\"pm\"",
    ];
    proptest::collection::vec(proptest::sample::select(pieces), 0..40).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn stored_text_never_panics(text in any::<String>()) {
        let _ = parse_stored(&text);
    }

    #[test]
    fn json_like_text_never_panics(text in json_ish()) {
        if let Ok(notes) = parse_stored(&text) {
            assert_whole(&notes);
            prop_assert_eq!(parse_stored(&to_json(&notes)), Ok(notes.clone()));
            let _ = to_markdown(&notes);
        }
        let current = sample();
        match import(&current, &text) {
            Ok(report) => assert_whole(&report.doc),
            Err(error) => prop_assert!(!error.message().is_empty()),
        }
    }

    #[test]
    fn an_imported_file_never_panics(text in any::<String>()) {
        let _ = import(&sample(), &text);
    }

    #[test]
    fn any_document_of_notes_survives_storage_and_export(notes in arb_doc()) {
        let text = to_json(&notes);
        prop_assert_eq!(parse_stored(&text), Ok(notes.clone()));
        prop_assert_eq!(parse_stored(&to_stored(&notes)), Ok(notes.clone()));
        let report = import(&NotesDoc::new(), &text).unwrap();
        assert_whole(&report.doc);
        prop_assert_eq!(report.added + report.skipped, notes.live().count());
        let markdown = to_markdown(&notes);
        for note in notes.live() {
            prop_assert!(markdown.contains(&inline(&note.label())));
        }
    }
}

mod places {
    use pm_compass::model::notes::{place_of, Target};

    fn link(target: Target) -> Option<String> {
        place_of(&target).map(|state| state.to_query())
    }

    #[test]
    fn a_step_the_ladder_does_not_have_links_nowhere() {
        assert_eq!(link(Target::step("pm", "cpo")), None);
        assert_eq!(link(Target::step("senior-pm", "pm")), None);
        assert!(link(Target::step("pm", "senior-pm")).is_some());
    }

    #[test]
    fn each_note_links_to_where_its_item_is_shown() {
        assert_eq!(
            link(Target::cell("cpo", "budget")).as_deref(),
            Some("view=compare&roles=pm,cpo&open=budget.cpo&v=1")
        );
        assert_eq!(
            link(Target::cell("ceo", "budget")).as_deref(),
            Some("view=compare&roles=pm,ceo&open=budget.ceo&v=1")
        );
        assert_eq!(
            link(Target::dimension("hiring")).as_deref(),
            Some("view=compare&roles=pm,ceo&open=hiring.verdict&v=1")
        );
        assert_eq!(
            link(Target::role("vp-product")).as_deref(),
            Some("view=compare&roles=pm,vp-product&v=1")
        );
        assert_eq!(
            link(Target::rung("director-pm")).as_deref(),
            Some("view=ladder&from=director-pm&v=1")
        );
        assert_eq!(
            link(Target::step("pm", "senior-pm")).as_deref(),
            Some("view=ladder&from=pm&to=senior-pm&v=1")
        );
        assert_eq!(link(Target::Standalone), None);
        assert_eq!(
            link(Target::role("growth-hacker")),
            None,
            "no link for an item that is gone"
        );
    }
}

// ---------------------------------------------------------------- a listed note shown whole

mod rows {
    use pm_compass::model::notes::{rows_to_show, CHARS_PER_ROW, MIN_ROWS};
    use proptest::prelude::*;

    #[test]
    fn a_short_note_has_the_fewest_rows_and_each_line_a_row_of_its_own() {
        assert_eq!(rows_to_show(""), MIN_ROWS);
        assert_eq!(rows_to_show("One line."), MIN_ROWS);
        assert_eq!(rows_to_show("a\nb\nc\nd\n\nf"), 6);
        assert_eq!(rows_to_show(&"x".repeat(CHARS_PER_ROW * 4 + 1)), 5);
    }

    proptest! {
        /// However the text runs, the rows hold every character at a phone's width, and every
        /// line break starts a row.
        #[test]
        fn the_rows_hold_the_whole_text(text in "[a-zé \n]{0,600}") {
            let rows = rows_to_show(&text);
            prop_assert!(rows >= MIN_ROWS);
            prop_assert!(rows >= text.lines().count());
            let chars = text.chars().filter(|c| *c != '\n').count();
            prop_assert!(rows * CHARS_PER_ROW >= chars);
        }
    }
}
