package edgenet.rules.gateway["cloud-gateway-on-edge-node_test"]

import data.edgenet.rules.gateway["cloud-gateway-on-edge-node"] as rule

ref(p) := {"file": "f.yaml", "doc": 0, "path": [p]}

gateway_label := {"key": "node-role.alibabacloud.com/cloud-gateway", "value": "", "ref": ref("gw")}

edge_label := {"key": "alibabacloud.com/is-edge-worker", "value": "true", "ref": ref("edge")}

test_label_on_edge_node_fires_at_the_label if {
	node := {
		"name": "e1",
		"role": "edge",
		"labels": [edge_label, gateway_label],
		"roleLabel": edge_label,
		"pool": null,
		"ref": ref("n"),
	}
	results := rule.deny with input as {"nodes": [node], "pools": []}
	count(results) == 1
	some r in results
	r.ref == ref("gw")
	r.messageId == "node-label"
	r.data == {"node": "e1", "label": "alibabacloud.com/is-edge-worker", "value": "true"}
	r.related[0].ref == ref("edge")
}

test_role_from_pool_is_named if {
	node := {"name": "e1", "role": "edge", "labels": [gateway_label], "roleLabel": null, "pool": "hz", "ref": ref("n")}
	results := rule.deny with input as {"nodes": [node], "pools": []}
	some r in results
	r.messageId == "node-pool"
	r.data == {"node": "e1", "pool": "hz"}
	r.related[0].ref == ref("n")
}

test_label_on_cloud_node_is_fine if {
	node := {"name": "c1", "role": "cloud", "labels": [gateway_label], "roleLabel": null, "pool": null, "ref": ref("n")}
	count(rule.deny) == 0 with input as {"nodes": [node], "pools": []}
}

test_label_in_edge_pool_spec_fires if {
	pool := {"name": "hz", "cloud": false, "type": "Edge", "labels": [gateway_label], "ref": ref("pool")}
	results := rule.deny with input as {"nodes": [], "pools": [pool]}
	count(results) == 1
	some r in results
	r.ref == ref("gw")
}
