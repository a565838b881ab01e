# edge-controller-manager routes the whole pod CIDR to the cloud-gateway node, and only picks
# nodes whose alibabacloud.com/is-edge-worker is "false": the label on an edge node does nothing
# (or, were it picked, would send VPC traffic over the data centre link).
package edgenet.rules.gateway["cloud-gateway-on-edge-node"]

import data.edgenet.lib

deny contains result if {
	some node in input.nodes
	node.role == "edge"
	some label in node.labels
	label.key == lib.cloud_gateway_label
	result := {
		"ref": label.ref,
		"resource": object.get(node, "resource", null),
		"data": {"node": sprintf("Node %s", [node.name]), "evidence": evidence(node)},
		"related": [{"ref": role_ref(node), "message": "this makes it an edge node"}],
	}
}

deny contains result if {
	some pool in input.pools
	not pool.cloud
	pool.type == "Edge"
	label := lib.pool_label(pool, lib.cloud_gateway_label)
	result := {
		"ref": label.ref,
		"resource": object.get(pool, "resource", null),
		"data": {"node": sprintf("Every node of NodePool %s", [pool.name]), "evidence": "the pool's type is Edge"},
		"related": [{"ref": pool.ref, "message": "the Edge NodePool"}],
	}
}

evidence(node) := sprintf("%s=%s", [node.roleLabel.key, node.roleLabel.value]) if node.roleLabel != null

evidence(node) := sprintf("in Edge pool %s", [node.pool]) if node.roleLabel == null

role_ref(node) := node.roleLabel.ref if node.roleLabel != null

role_ref(node) := node.ref if node.roleLabel == null
