//! Native tests of the short answer above the matrix (src/model/answer.rs): it follows the roles,
//! theme and organisation chosen, every sentence is cited, and its counts are the matrix's own.
#![cfg(not(target_arch = "wasm32"))]

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::answer::{answer, Answer};
use pm_compass::model::compare::CompareState;
use pm_compass::model::knowledge::Citation;
use pm_compass::model::matrix::VerdictTally;

fn state(
    roles: &[&'static str],
    theme: Option<&'static str>,
    context: Option<&'static str>,
) -> CompareState {
    CompareState {
        roles: roles.to_vec(),
        theme,
        context,
        ..CompareState::default()
    }
}

fn text(answer: &Answer) -> String {
    answer
        .claims
        .iter()
        .map(|claim| claim.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every theme (and none) with every organisation (and the typical reading).
fn scopes() -> Vec<(Option<&'static str>, Option<&'static str>)> {
    let themes = std::iter::once(None).chain(KNOWLEDGE.themes.iter().map(|t| Some(t.slug)));
    themes
        .flat_map(|theme| {
            std::iter::once(None)
                .chain(KNOWLEDGE.contexts.iter().map(|c| Some(c.slug)))
                .map(move |context| (theme, context))
        })
        .collect()
}

#[test]
fn the_default_comparison_answers_in_plain_words() {
    let answer = answer(&CompareState::default());
    let tally = VerdictTally::for_theme(None);
    assert_eq!(answer.headline, "Only in part.");
    assert_eq!(answer.claims.len(), 3);
    assert!(
        answer.claims[0].text.starts_with(&format!(
            "It fits at least in part on {} of {} dimensions",
            tally.partly,
            tally.total()
        )),
        "{}",
        answer.claims[0].text
    );
    assert!(answer.claims[1].text.starts_with(
        "It breaks on “Size of the bets”, “P&L and budget”, “Hiring and firing” and 1 more: "
    ));
    assert!(
        answer.claims[2]
            .text
            .contains("(2 for it, 1 against, 2 mixed)"),
        "{}",
        answer.claims[2].text
    );
    assert!(answer.claims[2]
        .text
        .contains("depends on the organisation"));
}

#[test]
fn every_sentence_of_every_answer_is_cited_and_speaks_in_the_page_s_names() {
    let pairs: Vec<[&'static str; 2]> = KNOWLEDGE
        .roles
        .iter()
        .flat_map(|a| {
            KNOWLEDGE
                .roles
                .iter()
                .filter(move |b| b.slug != a.slug)
                .map(move |b| [a.slug, b.slug])
        })
        .collect();
    let slugs: Vec<&str> = KNOWLEDGE
        .dimensions
        .iter()
        .map(|d| d.slug)
        .chain(KNOWLEDGE.roles.iter().map(|r| r.slug))
        .chain(KNOWLEDGE.contexts.iter().map(|c| c.slug))
        .filter(|slug| slug.contains('-'))
        // A slug that is also a word of a name ("Product-led company") is not an id there.
        .filter(|slug| {
            let names = KNOWLEDGE
                .contexts
                .iter()
                .map(|c| c.name)
                .chain(KNOWLEDGE.dimensions.iter().map(|d| d.name));
            !names
                .map(str::to_lowercase)
                .any(|name| name.contains(*slug))
        })
        .collect();
    for (theme, context) in scopes() {
        for roles in &pairs {
            let answer = answer(&state(roles, theme, context));
            assert!(!answer.headline.is_empty());
            // PM and CEO: where it fits or breaks, and where the articles split; other roles:
            // one sentence for each of the next two roles against the first.
            let least = if roles.contains(&"pm") && roles.contains(&"ceo") {
                2
            } else {
                1
            };
            assert!(
                (least..=3).contains(&answer.claims.len()),
                "{roles:?} {theme:?} {context:?}"
            );
            for claim in &answer.claims {
                assert!(!claim.sources.is_empty(), "uncited: {}", claim.text);
                // Our own words stand alone: never mixed with an article's citation.
                let editorial = claim.sources.contains(&Citation::Editorial);
                assert!(
                    !editorial || claim.sources.len() == 1,
                    "mixed: {}",
                    claim.text
                );
                for slug in &slugs {
                    assert!(
                        !claim.text.contains(slug),
                        "internal id {slug} in: {}",
                        claim.text
                    );
                }
                assert!(
                    claim.text.ends_with('.') || claim.text.ends_with(".)"),
                    "{}",
                    claim.text
                );
            }
        }
    }
}

#[test]
fn the_mini_ceo_answer_counts_what_the_tally_counts() {
    for (theme, context) in scopes() {
        let answer = answer(&state(&["pm", "ceo"], theme, context));
        let tally = VerdictTally::for_theme_in(context, theme);
        let all = text(&answer);
        let fitting = if tally.holds > 0 {
            tally.holds
        } else {
            tally.partly
        };
        if fitting > 0 {
            assert!(
                all.contains(&format!("on {fitting} of {}", tally.total())),
                "{all}"
            );
        }
        assert_eq!(all.contains("It breaks on"), tally.breaks > 0, "{all}");
        let expected = if tally.holds * 2 > tally.total() {
            "Mostly, yes."
        } else if tally.breaks * 2 > tally.total() {
            "Mostly not."
        } else {
            "Only in part."
        };
        assert_eq!(answer.headline, expected, "{theme:?} {context:?}");
        if let Some(context) = context.and_then(|slug| KNOWLEDGE.context(slug)) {
            assert!(
                all.contains(&format!("read for “{}”", context.name)),
                "{all}"
            );
        }
    }
}

#[test]
fn the_answer_follows_the_roles_theme_and_organisation() {
    let default = answer(&CompareState::default());
    let cpo = answer(&state(&["pm", "cpo"], None, None));
    assert_ne!(default, cpo);
    assert_eq!(cpo.headline, "How these roles differ.");
    assert!(
        cpo.claims[0]
            .text
            .starts_with("Chief Product Officer is above Product Manager on "),
        "{}",
        cpo.claims[0].text
    );
    assert_eq!(
        answer(&state(&["cpo", "ceo"], None, None)).headline,
        "How close each role comes to a CEO."
    );
    // A theme narrows it, an organisation moves it.
    assert_ne!(
        answer(&state(&["pm", "ceo"], Some("authority"), None)),
        default
    );
    let moved = KNOWLEDGE
        .contexts
        .iter()
        .filter(|c| answer(&state(&["pm", "ceo"], None, Some(c.slug))) != default)
        .count();
    assert_eq!(moved, KNOWLEDGE.contexts.len());
    // More roles than two: the first is set against each of the next two.
    let four = answer(&state(
        &["pm", "senior-pm", "cpo", "head-of-product"],
        None,
        None,
    ));
    assert_eq!(four.claims.len(), 2);
    assert!(four.claims[1]
        .text
        .starts_with("Chief Product Officer is above Product Manager"));
}

#[test]
fn the_role_answer_counts_add_up() {
    for (theme, context) in scopes() {
        let dimensions = KNOWLEDGE
            .dimensions
            .iter()
            .filter(|d| theme.is_none_or(|t| t == d.theme))
            .count();
        for pair in [["pm", "cpo"], ["senior-pm", "director-pm"], ["cpo", "ceo"]] {
            let answer = answer(&state(&pair, theme, context));
            let first = &answer.claims[0].text;
            let number = |after: &str| -> usize {
                first
                    .split(after)
                    .nth(1)
                    .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0)
            };
            let above = number(" on ");
            let level = number("level on ");
            let below = number("below on ");
            assert_eq!(above + level + below, dimensions, "{first}");
        }
    }
}
