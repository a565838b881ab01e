# Shared accessors over the network model that src/model builds (src/model/types.ts).
package edgenet.lib

cloud_gateway_label := "node-role.alibabacloud.com/cloud-gateway"

# Labels that hold on a node: its own, and its NodePool's spec.labels (OpenYurt copies them).
node_has_label(node, key) if {
	some label in node.labels
	label.key == key
}

# Pools whose nodes carry `key` through NodePool spec.labels.
pool_label(pool, key) := label if {
	some label in pool.labels
	label.key == key
}

express_connect_pools contains pool if {
	some pool in input.pools
	not pool.cloud
	pool.connection == "express-connect"
}

pool_named(name) := pool if {
	some pool in input.pools
	pool.name == name
}
