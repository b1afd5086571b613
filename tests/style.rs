//! Native tests of the stylesheets as text: an engine without `light-dark()` gets every colour
//! token's light value, so nothing is left transparent or colourless there.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

const TOKENS: &str = include_str!("../style/tokens.css");
const FALLBACK: &str = "@supports not (color: light-dark(white, black)) {";

/// The custom properties declared in `block` (`--name: value;`), values with spaces collapsed.
fn declarations(block: &str) -> BTreeMap<String, String> {
    block
        .split(';')
        .filter_map(|declaration| {
            let (name, value) = declaration.split_once(':')?;
            let name = name.split_whitespace().last()?;
            name.starts_with("--").then(|| {
                (
                    name.to_string(),
                    value.split_whitespace().collect::<Vec<_>>().join(" "),
                )
            })
        })
        .collect()
}

/// A value with each `light-dark(light, dark)` replaced by its light argument.
fn light_of(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find("light-dark(") {
        out.push_str(&rest[..at]);
        let args = &rest[at + "light-dark(".len()..];
        let (mut depth, mut comma, mut end) = (1, None, 0);
        for (i, c) in args.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' if depth == 1 && comma.is_none() => comma = Some(i),
                _ => {}
            }
            if depth == 0 {
                end = i;
                break;
            }
        }
        out.push_str(args[..comma.expect("light-dark takes two colours")].trim());
        rest = &args[end + 1..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn an_engine_without_light_dark_gets_every_colour_in_the_light_theme() {
    let root_start = TOKENS.find(":root {").expect("the tokens' :root block");
    let root = &TOKENS[root_start..root_start + TOKENS[root_start..].find("\n}").unwrap()];
    let wanted: BTreeMap<String, String> = declarations(root)
        .into_iter()
        .filter(|(_, value)| value.contains("light-dark("))
        .map(|(name, value)| (name, light_of(&value)))
        .collect();
    assert!(wanted.len() > 20, "the colour tokens are found: {wanted:?}");
    let fallback = &TOKENS[TOKENS.find(FALLBACK).expect("the fallback block")..];
    assert!(fallback.contains("color-scheme: light;"));
    let given = declarations(fallback);
    for (name, light) in &wanted {
        assert_eq!(given.get(name), Some(light), "{name} in the fallback");
    }
    assert!(
        given.values().all(|value| !value.contains("light-dark(")),
        "the fallback uses no light-dark()"
    );
}

#[test]
fn no_other_stylesheet_uses_light_dark_on_its_own() {
    for (name, css) in [
        ("shell.css", include_str!("../style/shell.css")),
        ("views.css", include_str!("../style/views.css")),
        ("compare.css", include_str!("../style/compare.css")),
        ("answer.css", include_str!("../style/answer.css")),
        ("sourcing.css", include_str!("../style/sourcing.css")),
        ("ladder.css", include_str!("../style/ladder.css")),
        ("assess.css", include_str!("../style/assess.css")),
        (
            "assess-questions.css",
            include_str!("../style/assess-questions.css"),
        ),
        ("notes.css", include_str!("../style/notes.css")),
        ("print.css", include_str!("../style/print.css")),
    ] {
        assert!(
            !css.contains("light-dark("),
            "{name} uses light-dark() outside the tokens"
        );
    }
}
