//! Native tests of the bad-link notice's words: every problem a link had is named, in the page's
//! words, and problems of one kind share a sentence; nothing is said as "1 more problem".
#![cfg(not(target_arch = "wasm32"))]

use pm_compass::model::link_notice::MAX_NAMED;
use pm_compass::model::ParsedLink;
use proptest::prelude::*;

fn notice(query: &str) -> String {
    ParsedLink::parse(query).notice().unwrap_or_default()
}

/// Broken parts of a comparison link, each with the words the notice must say about it.
const BROKEN: &[(&str, &str)] = &[
    ("theme=money", "(“money”)"),
    ("diff=yes", "“Only differences” to “yes”"),
    ("pin=nope", "“nope”"),
    ("pin=budget", "P&L and budget"),
    ("pin=hiring", "Hiring and firing"),
    ("open=budget.ceo", "P&L and budget for CEO"),
    ("org=mars", "(“mars”)"),
    ("colour=red", "“colour”"),
    ("size=big", "“size”"),
    ("v=x", "(“x”)"),
];

#[test]
fn the_fourth_problem_is_named_not_counted() {
    let said = notice("view=compare&roles=pm,cpo&theme=money&diff=yes&pin=nope&open=budget.ceo");
    assert!(!said.contains("more problem"), "{said}");
    assert!(
        said.ends_with(
            "This link opens P&L and budget for CEO, who is not in this comparison, so no cell \
             is open."
        ),
        "{said}"
    );
}

#[test]
fn problems_of_one_kind_share_one_sentence_naming_each() {
    assert_eq!(
        notice("view=compare&roles=pm,ceo&colour=red&size=big&pin=budget,hiring,budget,hiring"),
        "This link pins “P&L and budget” and “Hiring and firing” twice; each is pinned once. \
         This link has settings the app does not know (“colour” and “size”); they are left out."
    );
    assert_eq!(
        notice("view=compare&roles=pm,ceo,pm,ceo"),
        "Product Manager and CEO are each in this link twice; each is shown once."
    );
    assert_eq!(
        notice("view=compare&roles=pm,zed,cpo,yak"),
        "This link names roles the app does not have (“zed” and “yak”); they are left out."
    );
    assert_eq!(
        notice("view=compare&roles=pm,ceo&theme=people&theme=money&org=silos&org=mars"),
        "This link gives the theme filter and the organisation more than once; the first of \
         each is used."
    );
    assert_eq!(
        notice("view=assess&answers=decisions.9,zzz,budget.x,nope.1"),
        "This link's answers on “Decision rights” (“9”) and “P&L and budget” (“x”) are not \
         levels of their scales; they are left out. This link has answers the app cannot read \
         (“zzz” and “nope.1”); they are left out."
    );
}

#[test]
fn a_flood_of_one_kind_names_the_first_ones_and_the_kind() {
    let query: Vec<String> = (0..30).map(|i| format!("x{i}=1")).collect();
    let said = notice(&query.join("&"));
    for i in 0..MAX_NAMED {
        assert!(said.contains(&format!("“x{i}”")), "{said}");
    }
    assert!(
        said.contains(&format!("and {} other settings", 30 - MAX_NAMED)),
        "{said}"
    );
    assert!(said.chars().count() < 300, "{said}");
}

proptest! {
    /// Any mix of broken parts: each is named in the notice, and nothing is left as a count.
    #[test]
    fn every_problem_a_link_has_is_named(picked in proptest::sample::subsequence(BROKEN.to_vec(), 1..BROKEN.len())) {
        let query = std::iter::once("view=compare&roles=pm,cpo")
            .chain(picked.iter().map(|(part, _)| *part))
            .collect::<Vec<_>>()
            .join("&");
        let said = notice(&query);
        prop_assert!(!said.contains("more problem"), "{}", said);
        for (part, words) in &picked {
            // An unused pin of a row in this comparison is not a problem: pinning is fine once.
            if part.starts_with("pin=") && *part != "pin=nope" {
                continue;
            }
            prop_assert!(said.contains(words), "{} is not named in: {}", part, said);
        }
    }
}
