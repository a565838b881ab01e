# edge-controller-manager routes the whole pod CIDR to the cloud-gateway node, and only picks
# nodes whose alibabacloud.com/is-edge-worker is "false": the label on an edge node does nothing
# (or, were it picked, would send VPC traffic over the data centre link).

# METADATA
# title: The cloud-gateway label sits on an edge node
# description: >-
#   The cloud gateway receives the VPC route for the whole pod CIDR; edge-controller-manager only
#   picks nodes whose alibabacloud.com/is-edge-worker is "false".
# custom:
#   level: error
#   fix: Remove the label from the edge node and put it on a cloud node.
#   messages:
#     node-label: >-
#       Node {node} is on the edge ({label}={value}) but carries the label
#       node-role.alibabacloud.com/cloud-gateway, which only works on a cloud node.
#     node-pool: >-
#       Node {node} is on the edge (in Edge pool {pool}) but carries the label
#       node-role.alibabacloud.com/cloud-gateway, which only works on a cloud node.
#     pool: >-
#       Every node of NodePool {pool} is on the edge (the pool's type is Edge) but carries the label
#       node-role.alibabacloud.com/cloud-gateway, which only works on a cloud node.
package edgenet.rules.gateway["cloud-gateway-on-edge-node"]

import data.edgenet.lib

deny contains result if {
	some node in input.nodes
	node.role == "edge"
	some label in node.labels
	label.key == lib.cloud_gateway_label
	result := object.union(evidence(node), {
		"ref": label.ref,
		"resource": object.get(node, "resource", null),
	})
}

deny contains result if {
	some pool in input.pools
	not pool.cloud
	pool.type == "Edge"
	label := lib.pool_label(pool, lib.cloud_gateway_label)
	result := {
		"ref": label.ref,
		"messageId": "pool",
		"resource": object.get(pool, "resource", null),
		"data": {"pool": pool.name},
		"related": [{"ref": pool.ref, "message": "the Edge NodePool"}],
	}
}

# The role label that makes it an edge node, or (without one) its Edge pool.
evidence(node) := {
	"messageId": "node-label",
	"data": {"node": node.name, "label": node.roleLabel.key, "value": node.roleLabel.value},
	"related": [{"ref": node.roleLabel.ref, "message": "this makes it an edge node"}],
} if node.roleLabel != null

evidence(node) := {
	"messageId": "node-pool",
	"data": {"node": node.name, "pool": node.pool},
	"related": [{"ref": node.ref, "message": "this makes it an edge node"}],
} if node.roleLabel == null
