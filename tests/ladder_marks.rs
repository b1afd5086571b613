//! Native tests of the private ladder markers: marking works in any order, for any pair of rungs,
//! from a rung's card or from a pair's panel, and the two markers never share a rung.
#![cfg(not(target_arch = "wasm32"))]

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::ladder::{checklist, way, Direction};
use pm_compass::model::ladder_marks::{climb_order, LadderMarks};
use proptest::prelude::*;

fn rungs() -> Vec<&'static str> {
    KNOWLEDGE.rungs.iter().map(|rung| rung.role).collect()
}

fn marks(here: Option<&str>, target: Option<&str>) -> LadderMarks {
    LadderMarks {
        here: here.map(str::to_string),
        target: target.map(str::to_string),
        ..LadderMarks::new()
    }
}

/// Every state the markers can be in before the person starts: none, one, or both on two rungs.
fn starting_marks() -> Vec<LadderMarks> {
    let mut all = vec![LadderMarks::new()];
    for a in rungs() {
        all.push(marks(Some(a), None));
        all.push(marks(None, Some(a)));
        for b in rungs().into_iter().filter(|b| *b != a) {
            all.push(marks(Some(a), Some(b)));
        }
    }
    all
}

/// Presses a marker button the way a person does who wants it on: only when it is not on yet.
fn press(marks: LadderMarks, which: Marker, rung: &str) -> LadderMarks {
    match which {
        Marker::Here if marks.here.as_deref() != Some(rung) => marks.with_here_toggled(rung),
        Marker::Target if marks.target.as_deref() != Some(rung) => marks.with_target_toggled(rung),
        _ => marks,
    }
}

#[derive(Clone, Copy, Debug)]
enum Marker {
    Here,
    Target,
}

fn climbs(from: &str, to: &str) -> bool {
    way(from, to)
        .unwrap()
        .iter()
        .any(|leg| leg.direction == Direction::Up)
}

#[test]
fn a_pairs_panel_offers_the_lower_rung_as_here_and_the_higher_as_target_in_either_order() {
    for a in rungs() {
        for b in rungs().into_iter().filter(|b| *b != a) {
            let (here, target) = climb_order(a, b);
            let mut offered = [here, target];
            offered.sort_unstable();
            let mut pair = [a, b];
            pair.sort_unstable();
            assert_eq!(offered, pair, "{a}/{b}: both rungs of the pair, one each");
            let ups = |from, to| {
                way(from, to)
                    .unwrap()
                    .iter()
                    .filter(|leg| leg.direction == Direction::Up)
                    .count()
            };
            let downs = |from, to| way(from, to).unwrap().len() - ups(from, to);
            assert!(
                ups(here, target) >= downs(here, target),
                "{a}/{b}: the way offered from {here} to {target} does not go down"
            );
            if ups(a, b) != downs(a, b) {
                assert_eq!(
                    climb_order(a, b),
                    climb_order(b, a),
                    "{a}/{b}: the same offer whichever was opened first"
                );
            }
        }
    }
    assert_eq!(
        climb_order("vp-product", "director-pm"),
        ("director-pm", "vp-product")
    );
}

#[test]
fn marking_from_a_pairs_panel_works_in_any_order_for_any_pair_from_any_start() {
    for a in rungs() {
        for b in rungs().into_iter().filter(|b| *b != a) {
            for (first, second) in [(a, b), (b, a)] {
                let (here, target) = climb_order(first, second);
                for start in starting_marks() {
                    for order in [
                        [Marker::Here, Marker::Target],
                        [Marker::Target, Marker::Here],
                    ] {
                        let mut now = start.clone();
                        for which in order {
                            let rung = match which {
                                Marker::Here => here,
                                Marker::Target => target,
                            };
                            now = press(now, which, rung);
                        }
                        let what = format!("{first} then {second}, {order:?}, from {start:?}");
                        assert_eq!(now.here(), Some(here), "{what}");
                        assert_eq!(now.target(), Some(target), "{what}");
                        assert!(!now.target_below(), "{what}");
                        if climbs(here, target) {
                            assert!(!checklist(here, target).is_empty(), "{what}");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_issues_journey_target_first_then_a_lower_rung() {
    // Open VP of Product, press "This is my target", then open Director.
    let marks = LadderMarks::new().with_target_toggled("vp-product");
    let (here, target) = climb_order("vp-product", "director-pm");
    assert_eq!((here, target), ("director-pm", "vp-product"));
    let marks = marks.with_here_toggled(here);
    assert_eq!(marks.here(), Some("director-pm"));
    assert_eq!(marks.target(), Some("vp-product"));
    assert!(!checklist("director-pm", "vp-product").is_empty());
}

#[test]
fn marking_from_single_cards_works_in_either_order() {
    for a in rungs() {
        for b in rungs().into_iter().filter(|b| *b != a) {
            let here_first = press(
                press(LadderMarks::new(), Marker::Here, a),
                Marker::Target,
                b,
            );
            let target_first = press(
                press(LadderMarks::new(), Marker::Target, b),
                Marker::Here,
                a,
            );
            assert_eq!(here_first, target_first, "{a} → {b}");
            assert_eq!(here_first.here(), Some(a));
            assert_eq!(here_first.target(), Some(b));
            // A target below where one is is said, and one press swaps it into a climb.
            if !climbs(a, b) {
                assert!(here_first.target_below(), "{a} → {b}");
                let swapped = here_first.with_swapped();
                assert_eq!((swapped.here(), swapped.target()), (Some(b), Some(a)));
                assert!(!swapped.target_below());
            }
        }
    }
}

#[test]
fn stored_markers_on_one_rung_are_read_as_here_alone() {
    let read = marks(Some("pm"), Some("pm")).cleaned();
    assert_eq!((read.here(), read.target()), (Some("pm"), None));
}

proptest! {
    /// Whatever is pressed, in whatever order, the two markers never land on one rung.
    #[test]
    fn the_markers_never_share_a_rung(presses in proptest::collection::vec((any::<bool>(), 0usize..64, any::<bool>()), 0..24)) {
        let all = rungs();
        let mut now = LadderMarks::new();
        for (here, index, swap) in presses {
            let rung = all[index % all.len()];
            now = if swap {
                now.with_swapped()
            } else if here {
                now.with_here_toggled(rung)
            } else {
                now.with_target_toggled(rung)
            };
            prop_assert!(now.here.is_none() || now.here != now.target, "{:?}", now);
        }
    }
}
