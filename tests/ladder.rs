//! Native tests of the ladder's rules: the way between every pair of rungs (up, down, across the
//! fork), what changes between two roles, and the checklist for a climb.
#![cfg(not(target_arch = "wasm32"))]

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::ladder::{changes, checklist, rungs_on, way, Direction};

fn rung_slugs() -> Vec<&'static str> {
    KNOWLEDGE.rungs.iter().map(|rung| rung.role).collect()
}

fn names(from: &'static str, to: &str) -> Vec<&'static str> {
    rungs_on(from, &way(from, to).unwrap())
}

#[test]
fn every_pair_of_rungs_is_joined_by_a_chain_of_steps() {
    for from in rung_slugs() {
        for to in rung_slugs() {
            let legs = way(from, to).unwrap_or_else(|| panic!("no way from {from} to {to}"));
            if from == to {
                assert!(legs.is_empty());
                continue;
            }
            assert_eq!(legs.first().unwrap().from(), from);
            assert_eq!(legs.last().unwrap().to(), to);
            for pair in legs.windows(2) {
                assert_eq!(pair[0].to(), pair[1].from(), "{from}→{to} is a chain");
            }
            let back = way(to, from).unwrap();
            assert_eq!(
                back.len(),
                legs.len(),
                "{from}→{to} is as long as {to}→{from}"
            );
            let mut seen = rungs_on(from, &legs);
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(
                seen.len(),
                legs.len() + 1,
                "{from}→{to} visits no rung twice"
            );
        }
    }
}

#[test]
fn the_climb_to_chief_product_officer_goes_through_management() {
    assert_eq!(
        names("pm", "cpo"),
        [
            "pm",
            "senior-pm",
            "group-pm",
            "director-pm",
            "head-of-product",
            "vp-product",
            "cpo"
        ]
    );
    assert!(way("pm", "cpo")
        .unwrap()
        .iter()
        .all(|leg| leg.direction == Direction::Up));
}

#[test]
fn going_back_down_reverses_the_steps() {
    let legs = way("cpo", "pm").unwrap();
    assert!(legs.iter().all(|leg| leg.direction == Direction::Down));
    assert_eq!(
        names("cpo", "pm"),
        [
            "cpo",
            "vp-product",
            "head-of-product",
            "director-pm",
            "group-pm",
            "senior-pm",
            "pm"
        ]
    );
}

#[test]
fn the_individual_branch_joins_management_at_director() {
    assert_eq!(
        names("pm", "principal-pm"),
        ["pm", "senior-pm", "principal-pm"]
    );
    assert_eq!(
        names("principal-pm", "vp-product"),
        [
            "principal-pm",
            "director-pm",
            "head-of-product",
            "vp-product"
        ]
    );
    // Across the fork: two legs either way, one of them down.
    let across = way("principal-pm", "group-pm").unwrap();
    assert_eq!(across.len(), 2);
    assert_eq!(
        across
            .iter()
            .filter(|leg| leg.direction == Direction::Up)
            .count(),
        1
    );
}

#[test]
fn ceo_and_unknown_roles_are_not_on_the_ladder() {
    assert!(way("pm", "ceo").is_none());
    assert!(way("nobody", "pm").is_none());
    assert!(way("project-manager", "pm").is_none());
}

#[test]
fn changes_list_only_dimensions_that_differ() {
    for from in rung_slugs() {
        for to in rung_slugs() {
            let found = changes(from, to);
            if from == to {
                assert!(found.is_empty());
            }
            for change in &found {
                assert_ne!(change.from_level, change.to_level);
                assert_eq!(
                    KNOWLEDGE.cell(from, change.dimension).unwrap().level,
                    change.from_level
                );
                assert_eq!(
                    KNOWLEDGE.cell(to, change.dimension).unwrap().level,
                    change.to_level
                );
            }
            let back = changes(to, from);
            assert_eq!(
                back.len(),
                found.len(),
                "{from}↔{to} differ on the same dimensions"
            );
            let differing = KNOWLEDGE
                .dimensions
                .iter()
                .filter(|d| {
                    KNOWLEDGE.cell(from, d.slug).unwrap().level
                        != KNOWLEDGE.cell(to, d.slug).unwrap().level
                })
                .count();
            assert_eq!(found.len(), differing);
        }
    }
    let budget = changes("pm", "cpo")
        .into_iter()
        .find(|c| c.dimension == "budget")
        .unwrap();
    assert!(budget.rises());
    assert_eq!(budget.describe(), "Influence only → Formal");
}

#[test]
fn the_checklist_gathers_what_to_learn_on_the_way_up() {
    let items = checklist("pm", "director-pm");
    let rungs: Vec<&str> = items.iter().map(|item| item.rung).collect();
    let expected: usize = ["pm", "senior-pm", "group-pm"]
        .iter()
        .map(|slug| KNOWLEDGE.rung(slug).unwrap().learn_next.len())
        .sum();
    assert_eq!(items.len(), expected);
    assert!(
        !rungs.contains(&"director-pm"),
        "the target's own list is for the step after it"
    );
    assert_eq!(items[0].id, "pm:0");
    assert_eq!(
        items[0].text,
        KNOWLEDGE.rung("pm").unwrap().learn_next[0].text
    );
    let mut ids: Vec<&str> = items.iter().map(|item| item.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), items.len(), "ids are unique");

    assert!(
        checklist("cpo", "pm").is_empty(),
        "nothing new to learn going down"
    );
    assert!(checklist("pm", "pm").is_empty());
    assert!(checklist("pm", "ceo").is_empty());
}

mod links {
    use super::rung_slugs;
    use pm_compass::model::ladder_state::LadderState;
    use pm_compass::model::{LinkProblem, Listed, ParsedLink, View, ViewState};

    fn ladder_of(query: &str) -> (LadderState, Vec<LinkProblem>) {
        let parsed = ParsedLink::parse(query);
        assert_eq!(parsed.state.view, View::Ladder, "{query}");
        (parsed.state.ladder, parsed.problems)
    }

    #[test]
    fn the_issue_example_link_reads_whole() {
        let (ladder, problems) = ladder_of("?view=ladder&from=pm&to=vp-product");
        assert!(problems.is_empty());
        assert_eq!(ladder.pair(), Some(("pm", "vp-product")));
    }

    #[test]
    fn every_rung_and_pair_round_trips() {
        for from in rung_slugs() {
            for to in rung_slugs().into_iter().map(Some).chain([None]) {
                if to == Some(from) {
                    continue;
                }
                let state = ViewState {
                    view: View::Ladder,
                    ladder: LadderState {
                        from: Some(from),
                        to,
                    },
                    ..ViewState::default()
                };
                let query = state.to_query();
                let parsed = ParsedLink::parse(&query);
                assert!(parsed.problems.is_empty(), "{query}");
                assert_eq!(parsed.state, state, "{query}");
            }
        }
        assert_eq!(
            ViewState {
                view: View::Ladder,
                ladder: LadderState {
                    from: Some("pm"),
                    to: Some("cpo")
                },
                ..ViewState::default()
            }
            .to_query(),
            "view=ladder&from=pm&to=cpo&v=1"
        );
    }

    #[test]
    fn bad_rungs_are_dropped_with_a_notice() {
        let (ladder, problems) = ladder_of("view=ladder&from=ceo&to=cpo");
        assert_eq!(
            ladder,
            LadderState {
                from: Some("cpo"),
                to: None
            }
        );
        assert_eq!(problems, vec![LinkProblem::UnknownRung("ceo".into())]);

        let (ladder, problems) = ladder_of("view=ladder&from=pm&to=pm");
        assert_eq!(
            ladder,
            LadderState {
                from: Some("pm"),
                to: None
            }
        );
        assert_eq!(problems, vec![LinkProblem::Twice(Listed::Rung("pm"))]);

        let (ladder, problems) = ladder_of("view=ladder&from=%zz&to=");
        assert_eq!(ladder, LadderState::default());
        assert_eq!(
            problems,
            vec![LinkProblem::Unreadable, LinkProblem::Empty("to")]
        );

        let parsed = ParsedLink::parse("view=ladder&from=boss&to=cpo");
        assert_eq!(
            parsed.notice().unwrap(),
            "This link names a rung the ladder does not have (“boss”), so it is not chosen."
        );
    }

    #[test]
    fn ladder_notices_name_rungs_by_their_roles() {
        for (query, said) in [
            (
                "view=ladder&from=pm&to=pm",
                "This link chooses Product Manager as both rungs; it is chosen once.",
            ),
            (
                "view=ladder&from=pm&to=ceo",
                "CEO is not a rung of the ladder, so it is not chosen.",
            ),
            (
                "view=ladder&from=pm&to=",
                "This link leaves one of the rungs empty, so that rung is not chosen.",
            ),
        ] {
            let notice = ParsedLink::parse(query).notice().unwrap();
            assert_eq!(notice, said, "{query}");
            assert!(
                !notice.contains("“pm”") && !notice.contains("“ceo”"),
                "{notice}"
            );
        }
    }

    #[test]
    fn choosing_rungs_builds_a_pair_then_starts_again() {
        let (one, _) = LadderState::default().with_rung_chosen("pm").unwrap();
        assert_eq!(
            one,
            LadderState {
                from: Some("pm"),
                to: None
            }
        );
        let (pair, _) = one.with_rung_chosen("cpo").unwrap();
        assert_eq!(pair.pair(), Some(("pm", "cpo")));
        let (again, _) = pair.with_rung_chosen("vp-product").unwrap();
        assert_eq!(
            again,
            LadderState {
                from: Some("vp-product"),
                to: None
            }
        );
        let (cleared, _) = again.with_rung_chosen("vp-product").unwrap();
        assert_eq!(cleared, LadderState::default());
        assert!(
            one.with_rung_chosen("ceo").is_none(),
            "the CEO is not a rung"
        );
    }

    #[test]
    fn ladder_settings_stay_out_of_other_views_links() {
        let parsed = ParsedLink::parse("view=compare&from=pm&to=cpo");
        assert!(parsed.problems.is_empty());
        assert_eq!(parsed.state.to_query(), "view=compare&roles=pm,ceo&v=1");
    }
}
