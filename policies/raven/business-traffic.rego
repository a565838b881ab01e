# Raven is for O&M (kubectl logs and exec, metrics): "Do not handle business traffic on this
# tunnel" (ACK Edge, Raven). Three ways business traffic ends up on it (contract 6.4).

# METADATA
# title: Business traffic would ride the Raven O&M tunnel
# description: 'Raven is for O&M; ACK: "Do not handle business traffic on this tunnel."'
# custom:
#   level: error
#   fix: Keep business traffic inside one network domain, or use Express Connect.
#   messages:
#     service-spans: >-
#       Service {namespace}/{service} has pods in {domains:domains}; with enable-l3-tunnel "true"
#       kube-proxy sends its business traffic between them through the Raven tunnel.
#     call-crosses: >-
#       {client} calls Service {namespace}/{service} across network domains ({pairs:pairs}): with
#       enable-l3-tunnel "true" that business traffic rides the Raven tunnel.
#     gateway-ports: >-
#       Gateway {gateway} {field} lists {ports} beyond the O&M ports 10250, 10255, 9100 and 9445:
#       business traffic to those ports would go through Raven's L7 proxy.
#     forward-node-ip: >-
#       raven-agent-config sets forward-node-ip to "true": traffic between nodes' own addresses in
#       different domains then rides the Raven tunnel.
package edgenet.rules.raven["business-traffic"]

import data.edgenet.lib

om_ports := {"10250", "10255", "9100", "9445"}

# 1a. The L3 tunnel is on and a Service's pods span network domains: kube-proxy balances across them.
deny contains result if {
	lib.tunnel_on
	some service in input.services
	count(service.domains) > 1
	not service.topologyAware
	result := {
		"ref": service.ref,
		"messageId": "service-spans",
		"resource": object.get(service, "resource", null),
		"data": {"namespace": service.namespace, "service": service.name, "domains": service.domains},
		"related": [{"ref": input.raven.enableL3Tunnel.ref, "message": "the Raven L3 tunnel is switched on here"}],
	}
}

# 1b. The L3 tunnel is on and a caller runs in another domain than the Service's pods.
deny contains result if {
	lib.tunnel_on
	some call in input.serviceCalls
	some service in call.targets
	pairs := lib.cross_pairs(call.clientDomains, service)
	count(pairs) > 0
	result := {
		"ref": call.ref,
		"messageId": "call-crosses",
		"resource": object.get(call, "resource", null),
		"data": {
			"client": call.client,
			"namespace": call.namespace,
			"service": call.service,
			"pairs": sort([pair | some pair in pairs]),
			"edges": sort([pair | some pair in pairs]),
		},
		"related": [
			{"ref": service.ref, "message": sprintf("Service %s/%s", [service.namespace, service.name])},
			{"ref": input.raven.enableL3Tunnel.ref, "message": "the Raven L3 tunnel is switched on here"},
		],
	}
}

# 2. A Gateway proxies ports beyond the O&M set through Raven's L7 proxy.
deny contains result if {
	some gateway in input.raven.gateways
	some field in ["proxyHTTPPort", "proxyHTTPSPort"]
	setting := gateway[field]
	setting != null
	extra := sort([port |
		some part in split(setting.value, ",")
		port := trim_space(part)
		port != ""
		not port in om_ports
	])
	count(extra) > 0
	result := {
		"ref": setting.ref,
		"messageId": "gateway-ports",
		"resource": object.get(gateway, "resource", null),
		"data": {"gateway": gateway.name, "field": field, "ports": extra},
		"related": [],
	}
}

# 3. forward-node-ip puts host-network traffic between domains into the tunnel.
deny contains result if {
	input.raven.forwardNodeIp.value == true
	result := {
		"ref": input.raven.forwardNodeIp.ref,
		"messageId": "forward-node-ip",
		"data": {},
		"related": [],
	}
}
