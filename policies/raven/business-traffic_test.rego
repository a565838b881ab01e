package edgenet.rules.raven["business-traffic_test"]

import data.edgenet.rules.raven["business-traffic"] as rule

ref(p) := {"file": "f.yaml", "doc": 0, "path": [p]}

raven(tunnel, forward, gateways) := {
	"enableL3Tunnel": {"value": tunnel, "ref": ref("tunnel")},
	"forwardNodeIp": {"value": forward, "ref": ref("forward")},
	"gateways": gateways,
}

base := {"services": [], "serviceCalls": [], "raven": raven(false, false, [])}

test_quiet_by_default if count(rule.deny) == 0 with input as base

test_spanning_service_with_tunnel if {
	inp := object.union(base, {
		"raven": raven(true, false, []),
		"services": [
			{"name": "api", "namespace": "shop", "domains": ["pool:hz", "vpc"], "topologyAware": false, "ref": ref("svc")},
		],
	})
	results := rule.deny with input as inp
	count(results) == 1
	some r in results
	r.ref == ref("svc")
	r.related[0].ref == ref("tunnel")
}

test_spanning_service_without_tunnel_is_not_raven if {
	inp := object.union(base, {
		"services": [
			{"name": "api", "namespace": "shop", "domains": ["pool:hz", "vpc"], "topologyAware": false, "ref": ref("svc")},
		],
	})
	count(rule.deny) == 0 with input as inp
}

test_caller_in_other_domain_with_tunnel if {
	inp := object.union(base, {
		"raven": raven(true, false, []),
		"serviceCalls": [
			{
				"client": "Deployment shop/web",
				"clientRef": ref("web"),
				"clientDomains": ["vpc"],
				"service": "api",
				"namespace": "shop",
				"ref": ref("env"),
				"targets": [
					{"name": "api", "namespace": "shop", "domains": ["pool:hz"], "topologyAware": false, "ref": ref("svc")},
				],
			},
		],
	})
	results := rule.deny with input as inp
	some r in results
	r.ref == ref("env")
}

test_gateway_business_ports if {
	gw := {
		"name": "gw-cloud",
		"proxyHTTPPort": {"value": "10255, 9445,8080", "ref": ref("http")},
		"proxyHTTPSPort": {"value": "10250,9100", "ref": ref("https")},
	}
	results := rule.deny with input as object.union(base, {"raven": raven(false, false, [gw])})
	count(results) == 1
	some r in results
	r.ref == ref("http")
	r.messageId == "gateway-ports"
	r.data.ports == ["8080"]
}

test_gateway_om_ports_only if {
	gw := {"name": "gw-cloud", "proxyHTTPPort": {"value": "10255,9445", "ref": ref("http")}, "proxyHTTPSPort": null}
	count(rule.deny) == 0 with input as object.union(base, {"raven": raven(false, false, [gw])})
}

test_forward_node_ip if {
	results := rule.deny with input as object.union(base, {"raven": raven(false, true, [])})
	some r in results
	r.ref == ref("forward")
}
