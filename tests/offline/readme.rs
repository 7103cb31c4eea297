//! The README shows a flow picture; it must be what `putokaz graph urgent` draws today.

use crate::common;

#[test]
fn the_readme_flow_picture_is_current() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let start = readme.find("```mermaid\n").expect("a mermaid block") + "```mermaid\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let shown = &readme[start..end];
    let drawn = putokaz::graph::draw(
        &common::bundled(),
        Some("urgent"),
        "en",
        putokaz::graph::Format::Mermaid,
    )
    .unwrap();
    assert_eq!(
        shown, drawn,
        "run `cargo run -- graph urgent` and paste it into README.md"
    );
}
