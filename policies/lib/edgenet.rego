# Shared accessors over the network model that src/model builds (src/model/types.ts).
package edgenet.lib

cloud_gateway_label := "node-role.alibabacloud.com/cloud-gateway"

# A label on the node itself (pool_label reads a NodePool's spec.labels, which OpenYurt copies onto its nodes).
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

# Where the cloud-gateway label is used: on a node, or in a NodePool's spec.labels.
gateway_label_refs contains label.ref if {
	some node in input.nodes
	some label in node.labels
	label.key == cloud_gateway_label
}

gateway_label_refs contains label.ref if {
	some pool in input.pools
	label := pool_label(pool, cloud_gateway_label)
}

tunnel_on if input.raven.enableL3Tunnel.value == true

# With service topology, a caller whose own domain has pods of the Service stays there.
stays_local(service, domain) if {
	service.topologyAware
	domain in service.domains
}

# [caller's domain, pods' domain] pairs that a call may cross.
cross_pairs(client_domains, service) := {[from, to] |
	some from in client_domains
	some to in service.domains
	from != to
	not stays_local(service, from)
}
