//! Native checks of what the articles are (each source's kind) and of the context lens: the
//! organisations the Compare view can be read for, what they change, and how the comparison
//! reads them from and writes them to a link.
#![cfg(not(target_arch = "wasm32"))]

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::compare::CompareState;
use pm_compass::model::context::CHANGED_MARK;
use pm_compass::model::knowledge::SourceKind;
use pm_compass::model::matrix::{levels_equal_for, MatrixRows, VerdictTally};
use pm_compass::model::{LinkProblem, ParsedLink, View, ViewState};

#[test]
fn every_source_says_what_it_is_and_whether_it_sells_something() {
    for source in KNOWLEDGE.sources {
        assert!(
            source.kind.is_some(),
            "sources.toml “{}” has no `kind` (independent or vendor)",
            source.id
        );
        assert!(
            source.about.is_some(),
            "sources.toml “{}” has no `about`: say what it is and who publishes it",
            source.id
        );
    }
    // The audit found two publishers selling services the articles lead to.
    let vendors = KNOWLEDGE
        .sources
        .iter()
        .filter(|s| s.kind == Some(SourceKind::Vendor))
        .count();
    assert!(
        vendors >= 2,
        "at least the two selling articles are marked vendor"
    );
}

#[test]
fn the_lens_offers_three_organisations_each_changing_something() {
    let slugs: Vec<&str> = KNOWLEDGE.contexts.iter().map(|c| c.slug).collect();
    assert_eq!(slugs, ["startup", "product-led", "silos"]);
    for context in KNOWLEDGE.contexts {
        assert!(
            !context.verdicts.is_empty() || !context.cells.is_empty(),
            "contexts.toml “{}” changes no verdict and no level",
            context.slug
        );
    }
}

#[test]
fn every_change_names_a_real_item_and_really_changes_it() {
    for context in KNOWLEDGE.contexts {
        let place = format!("contexts.toml “{}”", context.slug);
        for change in context.verdicts {
            let debate = KNOWLEDGE.debate(change.dimension).unwrap_or_else(|| {
                panic!("{place}: no dimension “{}” to change", change.dimension)
            });
            assert_ne!(
                debate.verdict, change.verdict,
                "{place}: the verdict on {} is the typical one; leave it out",
                change.dimension
            );
            assert_eq!(
                context
                    .verdicts
                    .iter()
                    .filter(|c| c.dimension == change.dimension)
                    .count(),
                1,
                "{place}: {} changed twice",
                change.dimension
            );
        }
        for change in context.cells {
            let cell = KNOWLEDGE
                .cell(change.role, change.dimension)
                .unwrap_or_else(|| {
                    panic!("{place}: no cell {} × {}", change.role, change.dimension)
                });
            let dimension = KNOWLEDGE.dimension(change.dimension).unwrap();
            assert!(
                usize::from(change.level) < dimension.levels.len(),
                "{place}: level {} is off the scale of {}",
                change.level,
                change.dimension
            );
            assert_ne!(
                cell.level, change.level,
                "{place}: {} × {} is at its typical level; leave it out",
                change.role, change.dimension
            );
            assert_ne!(
                change.role, "ceo",
                "{place}: the CEO stays the top of every scale"
            );
            let ceo = KNOWLEDGE.cell("ceo", change.dimension).unwrap().level;
            assert!(
                change.level <= ceo,
                "{place}: {} × {} goes above the CEO",
                change.role,
                change.dimension
            );
        }
    }
}

#[test]
fn the_lens_reads_levels_and_verdicts_for_the_chosen_organisation_only() {
    for context in KNOWLEDGE.contexts {
        for change in context.cells {
            assert_eq!(
                KNOWLEDGE.level_in(Some(context.slug), change.role, change.dimension),
                Some(change.level)
            );
            assert_eq!(
                KNOWLEDGE.level_in(None, change.role, change.dimension),
                KNOWLEDGE
                    .cell(change.role, change.dimension)
                    .map(|c| c.level)
            );
            assert!(KNOWLEDGE.cell_varies(change.role, change.dimension));
        }
        for change in context.verdicts {
            assert_eq!(
                KNOWLEDGE.verdict_in(Some(context.slug), change.dimension),
                Some(change.verdict)
            );
            assert!(KNOWLEDGE.verdict_varies(change.dimension));
        }
    }
    // A cell no organisation changes reads the same in every one.
    let untouched = KNOWLEDGE
        .cells
        .iter()
        .find(|cell| !KNOWLEDGE.cell_varies(cell.role, cell.dimension))
        .expect("most cells are the same everywhere");
    for context in KNOWLEDGE.contexts {
        assert_eq!(
            KNOWLEDGE.level_in(Some(context.slug), untouched.role, untouched.dimension),
            Some(untouched.level)
        );
    }
}

#[test]
fn the_verdict_tally_follows_the_organisation() {
    for context in KNOWLEDGE.contexts {
        let typical = VerdictTally::for_theme(None);
        let here = VerdictTally::for_theme_in(Some(context.slug), None);
        assert_eq!(typical.total(), here.total());
        if context.verdicts.is_empty() {
            assert_eq!(typical, here);
        } else {
            assert_ne!(
                typical, here,
                "{}: changed verdicts move the tally",
                context.slug
            );
        }
    }
}

#[test]
fn only_differences_weighs_the_levels_of_the_chosen_organisation() {
    // A role pair that is level in one reading and not in the other: the row must follow.
    for context in KNOWLEDGE.contexts {
        for change in context.cells {
            let peer = KNOWLEDGE.roles.iter().map(|r| r.slug).find(|slug| {
                *slug != change.role
                    && KNOWLEDGE.level_in(Some(context.slug), slug, change.dimension)
                        == Some(change.level)
            });
            let Some(peer) = peer else { continue };
            let roles = [change.role, peer];
            assert!(levels_equal_for(
                Some(context.slug),
                &roles,
                change.dimension,
                None
            ));
            let state = CompareState {
                roles: roles.to_vec(),
                context: Some(context.slug),
                only_differences: true,
                ..CompareState::default()
            };
            let shown: Vec<&str> = MatrixRows::for_state(&state)
                .all()
                .map(|d| d.slug)
                .collect();
            assert!(
                !shown.contains(&change.dimension),
                "{}: {} and {} are level on {} there, so the row is hidden",
                context.slug,
                change.role,
                peer,
                change.dimension
            );
            return;
        }
    }
    panic!("no organisation makes two roles level on a dimension: nothing to check");
}

#[test]
fn the_organisation_travels_in_the_link() {
    let context = KNOWLEDGE.contexts[0].slug;
    let state = ViewState {
        view: View::Compare,
        compare: CompareState::default().with_context(Some(context)).0,
        ..ViewState::default()
    };
    let query = state.to_query();
    assert!(
        query.contains(&format!("org={context}")),
        "{query} carries the organisation"
    );
    let parsed = ParsedLink::parse(&query);
    assert_eq!(parsed.state, state);
    assert!(parsed.problems.is_empty());
    // The typical reading writes nothing.
    let typical = ViewState::default().to_query();
    assert!(!typical.contains("org="));
}

#[test]
fn an_unknown_organisation_is_named_and_the_typical_reading_shown() {
    let parsed = ParsedLink::parse("view=compare&roles=pm,ceo&org=enterprise&v=1");
    assert_eq!(parsed.state.compare.context, None);
    assert_eq!(
        parsed.problems,
        [LinkProblem::UnknownContext("enterprise".into())]
    );
    let sentence = parsed.problems[0].sentence();
    assert!(sentence.contains("“enterprise”") && sentence.contains("typical reading"));
    // `any` is the typical reading by name, and no problem.
    let parsed = ParsedLink::parse("view=compare&org=any&v=1");
    assert!(parsed.problems.is_empty() && parsed.state.compare.context.is_none());
}

#[test]
fn the_changes_sentence_counts_what_the_organisation_changes() {
    for context in KNOWLEDGE.contexts {
        let sentence = context.changes_sentence();
        assert!(sentence.contains(CHANGED_MARK));
        let verdicts = context.verdicts.len();
        let expected = if verdicts == 1 {
            "1 verdict ".to_string()
        } else {
            format!("{verdicts} verdicts ")
        };
        assert!(sentence.contains(&expected), "{sentence}");
    }
}

#[test]
fn no_organisation_turns_a_step_of_the_ladder_upside_down() {
    for context in KNOWLEDGE.contexts {
        for step in KNOWLEDGE.steps {
            for dimension in KNOWLEDGE.dimensions {
                let typical = |role| KNOWLEDGE.level_in(None, role, dimension.slug);
                let here = |role| KNOWLEDGE.level_in(Some(context.slug), role, dimension.slug);
                if typical(step.from) <= typical(step.to) {
                    assert!(
                        here(step.from) <= here(step.to),
                        "read for “{}”, {} sits above {} on {}",
                        context.name,
                        step.from,
                        step.to,
                        dimension.name
                    );
                }
            }
        }
    }
}
