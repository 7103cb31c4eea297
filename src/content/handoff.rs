//! Hand-offs against the configuration: an offer whose service has no referral room would
//! reach no one (the person would be told it failed), and a referral room for a service the
//! directory does not have is probably a typo. Checked only when the configuration has a
//! `[matrix]` section, since only `serve` passes referrals on.

use std::collections::{BTreeSet, HashMap};

use super::Directory;
use super::model::{Flow, Way};
use crate::diagnostic::{Diagnostic, Report};

pub fn check_rooms(
    flows: &HashMap<String, Flow>,
    directory: &Directory,
    services: &BTreeSet<String>,
    report: &mut Report,
) {
    for flow in flows.values() {
        for node_id in &flow.order {
            // A node with errors was left out of `nodes` but stays in `order`.
            let Some(node) = flow.nodes.get(node_id) else {
                continue;
            };
            let Way::Menu(options) = &node.way else {
                continue;
            };
            for refer in options.iter().filter_map(|o| o.effects.refer.as_ref()) {
                if !services.contains(&refer.service) {
                    report.push(
                        Diagnostic::warning(
                            "config::no-referral-room",
                            format!(
                                "`{node_id}` offers a hand-off to `{}`, which has no referral room",
                                refer.service
                            ),
                        )
                        .at(&flow.file, node.span.clone())
                        .help(format!(
                            "add `\"{}\" = \"!room:server\"` under [matrix.referral_rooms] in the configuration; until then a yes is answered with handoff-failed",
                            refer.service
                        )),
                    );
                }
            }
        }
    }
    for service in services {
        if directory.service(service).is_none() {
            report.push(Diagnostic::warning(
                "config::unknown-referral-service",
                format!("[matrix.referral_rooms] names `{service}`, which is not in the directory"),
            ));
        }
    }
}
