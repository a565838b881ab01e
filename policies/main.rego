# The one entrypoint compiled to wasm: every rule's deny set, tagged with the rule id, which is
# the package path under data.edgenet.rules (Regal's convention). One evaluation of the whole
# model per run, not one per document.
package edgenet.main

findings contains finding if {
	some category, name
	some result in data.edgenet.rules[category][name].deny
	finding := {
		"ruleId": concat("/", [category, name]),
		"ref": result.ref,
		"messageId": result.messageId,
		"data": object.get(result, "data", {}),
		"resource": object.get(result, "resource", null),
		"related": object.get(result, "related", []),
	}
}
