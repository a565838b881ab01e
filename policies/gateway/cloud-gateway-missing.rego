# The API server reaches pods in a data centre on Express Connect through a cloud node labelled
# node-role.alibabacloud.com/cloud-gateway (ACK Edge, "Flannel network plug-in"). Without one,
# webhooks, APIServices and kubectl proxy to those pods time out.
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

# Why the API server must reach the edge: the configuration says so...
demands contains {"ref": input.cluster.apiServerReachesEdge.ref, "reason": "cluster.apiServerReachesEdge is true", "pools": pools, "resource": null} if {
	input.cluster.apiServerReachesEdge.value == true
	pools := sort([pool.name | some pool in lib.express_connect_pools])
	count(pools) > 0
}

# ...or an APIService or admission webhook calls a Service whose pods may run there (contract 6.3).
demands contains {"ref": call.ref, "reason": reason, "pools": pools, "resource": object.get(call, "resource", null)} if {
	not config_says_no
	some call in input.apiServerCalls
	some service in call.targets
	pools := sort([name | some name in service.pools; lib.pool_named(name) in lib.express_connect_pools])
	count(pools) > 0
	reason := sprintf("%s %s calls Service %s/%s", [call.kind, call.name, call.namespace, call.service])
}

config_says_no if input.cluster.apiServerReachesEdge.value == false

deny contains result if {
	not has_cloud_gateway
	some demand in demands
	result := {
		"ref": demand.ref,
		"resource": demand.resource,
		"data": {"pool": concat(", ", demand.pools), "reason": demand.reason},
		"related": [{"ref": lib.pool_named(name).ref, "message": sprintf("Express Connect pool %s", [name])} | some name in demand.pools],
	}
}
