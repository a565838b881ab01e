package edgenet.rules.gateway["cloud-gateway-missing_test"]

import data.edgenet.rules.gateway["cloud-gateway-missing"] as rule

ref(p) := {"file": "f.yaml", "doc": 0, "path": [p]}

ec_pool := {
	"name": "hz",
	"cloud": false,
	"type": "Edge",
	"connection": "express-connect",
	"ref": ref("pool"),
	"labels": [],
}

public_pool := {
	"name": "sh",
	"cloud": false,
	"type": "Edge",
	"connection": "public",
	"ref": ref("pool-sh"),
	"labels": [],
}

cloud_node(labels) := {
	"name": "c1",
	"role": "cloud",
	"labels": labels,
	"ref": ref("node"),
	"roleLabel": null,
	"pool": null,
}

gateway_label := {"key": "node-role.alibabacloud.com/cloud-gateway", "value": "", "ref": ref("label")}

base := {
	"nodes": [cloud_node([])],
	"pools": [ec_pool],
	"services": [],
	"apiServerCalls": [],
	"cluster": {"apiServerReachesEdge": {"value": true, "ref": ref("config")}},
}

test_fires_when_config_demands_and_no_gateway if {
	results := rule.deny with input as base
	count(results) == 1
	some r in results
	r.ref == ref("config")
	r.messageId == "config"
	r.data.pool == ["hz"]
	r.related[0].ref == ref("pool")
}

test_silent_with_labelled_cloud_node if {
	count(rule.deny) == 0 with input as object.union(base, {"nodes": [cloud_node([gateway_label])]})
}

test_silent_with_labelled_cloud_pool if {
	cloud_pool := {
		"name": "cloud",
		"cloud": true,
		"type": "Cloud",
		"connection": "public",
		"ref": ref("cp"),
		"labels": [gateway_label],
	}
	count(rule.deny) == 0 with input as object.union(base, {"pools": [ec_pool, cloud_pool]})
}

test_label_on_edge_node_does_not_count if {
	edge := {"name": "e1", "role": "edge", "labels": [gateway_label], "ref": ref("e"), "roleLabel": null, "pool": "hz"}
	count(rule.deny) == 1 with input as object.union(base, {"nodes": [cloud_node([]), edge]})
}

# No cloud Node or NodePool in the repository: whether one carries the label is not known.
test_silent_when_the_cloud_side_is_not_described if {
	edge := {"name": "e1", "role": "edge", "labels": [], "ref": ref("e"), "roleLabel": null, "pool": "hz"}
	count(rule.deny) == 0 with input as object.union(base, {"nodes": [edge]})
	count(rule.deny) == 0 with input as object.union(base, {"nodes": []})
}

test_silent_on_public_network_only if {
	count(rule.deny) == 0 with input as object.union(base, {"pools": [public_pool]})
}

test_inferred_from_webhook_calling_edge_service if {
	inp := object.union(base, {
		"cluster": {"apiServerReachesEdge": null},
		"apiServerCalls": [
			{
				"kind": "ValidatingWebhookConfiguration",
				"name": "v/h",
				"service": "hook",
				"namespace": "ops",
				"ref": ref("call"),
				"targets": [{"name": "hook", "namespace": "ops", "pools": ["hz"]}],
			},
		],
	})
	results := rule.deny with input as inp
	count(results) == 1
	some r in results
	r.ref == ref("call")
	r.messageId == "call"
	r.data == {
		"kind": "ValidatingWebhookConfiguration",
		"name": "v/h",
		"namespace": "ops",
		"service": "hook",
		"pool": ["hz"],
	}
}

test_not_inferred_when_service_stays_in_cloud if {
	inp := object.union(base, {
		"cluster": {"apiServerReachesEdge": null},
		"apiServerCalls": [
			{
				"kind": "APIService",
				"name": "v1.metrics",
				"service": "hook",
				"namespace": "ops",
				"ref": ref("call"),
				"targets": [{"name": "hook", "namespace": "ops", "pools": ["cloud"]}],
			},
		],
	})
	count(rule.deny) == 0 with input as inp
}

test_config_false_overrides_inference if {
	inp := object.union(base, {
		"cluster": {"apiServerReachesEdge": {"value": false, "ref": ref("config")}},
		"apiServerCalls": [
			{
				"kind": "APIService",
				"name": "v1.x",
				"service": "hook",
				"namespace": "ops",
				"ref": ref("call"),
				"targets": [{"name": "hook", "namespace": "ops", "pools": ["hz"]}],
			},
		],
	})
	count(rule.deny) == 0 with input as inp
}
