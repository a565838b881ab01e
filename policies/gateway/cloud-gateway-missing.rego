# The API server reaches pods in a data centre on Express Connect through a cloud node labelled
# node-role.alibabacloud.com/cloud-gateway (ACK Edge, "Flannel network plug-in"). Without one,
# webhooks, APIServices and kubectl proxy to those pods time out.

# METADATA
# title: The API server must reach edge pods over Express Connect and no cloud node is a cloud gateway
# description: >-
#   ACK Edge: "If the API server needs to access pods or Services in data centers over Express
#   Connect circuits, designate an on-cloud node as a proxy" by labelling it
#   node-role.alibabacloud.com/cloud-gateway (Flannel network plug-in). Judged where the
#   repository describes the cluster's cloud Nodes or NodePools, which carry the label.
# custom:
#   level: error
#   fix: >-
#     Label one cloud node: kubectl label node <cloud-node> node-role.alibabacloud.com/cloud-gateway=
#     (and keep edge-controller-manager at 2.1 or later).
#   messages:
#     config: >-
#       The API server must reach pods on Express Connect pool {pool} (cluster.apiServerReachesEdge
#       is true), but no cloud node carries the label node-role.alibabacloud.com/cloud-gateway.
#     call: >-
#       The API server must reach pods on Express Connect pool {pool} ({kind} {name} calls Service
#       {namespace}/{service}), but no cloud node carries the label node-role.alibabacloud.com/cloud-gateway.
package edgenet.rules.gateway["cloud-gateway-missing"]

import data.edgenet.lib

# A cloud node carries the label itself or through its Cloud NodePool's spec.labels.
has_cloud_gateway if {
	some node in input.nodes
	node.role == "cloud"
	lib.node_has_label(node, lib.cloud_gateway_label)
}

has_cloud_gateway if {
	some pool in input.pools
	pool.cloud
	lib.pool_label(pool, lib.cloud_gateway_label)
}

# The label lives on cloud Nodes and NodePools: only a repository that describes the cluster's
# cloud side can show that none carries it. Nodes ACK creates are rarely in git, and a cluster
# split out of a fleet may hold none of them: then nothing is known either way.
cloud_side_described if {
	some node in input.nodes
	node.role == "cloud"
}

cloud_side_described if {
	some pool in input.pools
	pool.cloud
}

# Why the API server must reach the edge: the configuration says so...
demands contains {
	"ref": input.cluster.apiServerReachesEdge.ref,
	"messageId": "config",
	"data": {},
	"pools": pools,
	"resource": null,
} if {
	input.cluster.apiServerReachesEdge.value == true
	pools := sort([pool.name | some pool in lib.express_connect_pools])
	count(pools) > 0
}

# ...or an APIService or admission webhook calls a Service whose pods may run there (contract 6.3).
demands contains demand if {
	not config_says_no
	some call in input.apiServerCalls
	some service in call.targets
	pools := sort([name | some name in service.pools; lib.pool_named(name) in lib.express_connect_pools])
	count(pools) > 0
	demand := {
		"ref": call.ref,
		"messageId": "call",
		"data": {"kind": call.kind, "name": call.name, "namespace": call.namespace, "service": call.service},
		"pools": pools,
		"resource": object.get(call, "resource", null),
	}
}

config_says_no if input.cluster.apiServerReachesEdge.value == false

deny contains result if {
	cloud_side_described
	not has_cloud_gateway
	some demand in demands
	result := {
		"ref": demand.ref,
		"messageId": demand.messageId,
		"resource": demand.resource,
		"data": object.union(demand.data, {"pool": demand.pools}),
		"related": [related |
			some name in demand.pools
			related := {"ref": lib.pool_named(name).ref, "message": sprintf("Express Connect pool %s", [name])}
		],
	}
}
