package edgenet.rules.reach["cross-domain-unreachable_test"]

import data.edgenet.rules.reach["cross-domain-unreachable"] as rule

ref(p) := {"file": "f.yaml", "doc": 0, "path": [p]}

service(domains, topology) := {
	"name": "api",
	"namespace": "shop",
	"domains": domains,
	"topologyAware": topology,
	"ref": ref("svc"),
}

call(domains, target) := {
	"client": "Deployment shop/web",
	"clientRef": ref("web"),
	"clientDomains": domains,
	"service": "api",
	"namespace": "shop",
	"ref": ref("env"),
	"via": "env",
	"targets": [target],
}

inp(call_domains, service_domains, topology, tunnel) := {
	"serviceCalls": [call(call_domains, service(service_domains, topology))],
	"raven": {"enableL3Tunnel": {"value": tunnel, "ref": ref("cfg")}},
}

test_vpc_to_edge_pool_is_unreachable if {
	results := rule.deny with input as inp(["vpc"], ["pool:hz"], false, false)
	count(results) == 1
	some r in results
	r.ref == ref("env")
	r.messageId == "unreachable"
	r.data.pairs == [["vpc", "pool:hz"]]
	r.related[0].ref == ref("svc")
}

test_edge_site_to_edge_site_is_unreachable if {
	results := rule.deny with input as inp(["pool:sh"], ["pool:hz"], false, false)
	some r in results
	r.data.pairs == [["pool:sh", "pool:hz"]]
}

test_same_domain_is_fine if count(rule.deny) == 0 with input as inp(["pool:hz"], ["pool:hz"], false, false)

test_spread_service_without_topology_is_reported if {
	count(rule.deny) == 1 with input as inp(["pool:hz"], ["pool:hz", "pool:sh"], false, false)
}

test_spread_service_with_topology_stays_local if {
	count(rule.deny) == 0 with input as inp(["pool:hz"], ["pool:hz", "pool:sh"], true, false)
}

test_tunnel_on_leaves_it_to_raven if count(rule.deny) == 0 with input as inp(["vpc"], ["pool:hz"], false, true)
