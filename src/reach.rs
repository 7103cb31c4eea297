//! Which flow nodes the conversation tests reach: `putokaz check --coverage tests/conversations`
//! names every node no transcript passes through, with its file and line, so a coordinator
//! knows which part of a change nobody has tried.

use std::collections::BTreeSet;

use crate::content::Content;
use crate::diagnostic::{Diagnostic, Report};

/// The nodes of `content` not in `reached`, as positioned warnings, and the counts.
pub fn unreached(
    content: &Content,
    reached: &BTreeSet<(String, String)>,
) -> (Report, usize, usize) {
    let mut report = Report::default();
    let mut flow_ids: Vec<&String> = content.flows.keys().collect();
    flow_ids.sort();
    let (mut total, mut missed) = (0, 0);
    for flow_id in flow_ids {
        let flow = &content.flows[flow_id];
        for node_id in &flow.order {
            total += 1;
            if reached.contains(&(flow.id.clone(), node_id.clone())) {
                continue;
            }
            missed += 1;
            report.push(
                Diagnostic::warning(
                    "coverage::untested",
                    format!("no conversation test reaches `{}/{node_id}`", flow.id),
                )
                .at(&flow.file, flow.nodes[node_id].span.clone())
                .help("add a transcript in tests/conversations that goes through this node"),
            );
        }
    }
    (report, total - missed, total)
}
