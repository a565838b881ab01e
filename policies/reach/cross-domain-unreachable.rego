# On the public network each edge pool is a network domain of its own, and the cloud VPC another:
# containers cannot reach each other across them (ACK Edge, Flannel network plug-in: "VPC
# computing devices and data center computing devices are not in the same network domain").
# With Raven's L3 tunnel on the traffic gets through, over the O&M tunnel: raven/business-traffic.

# METADATA
# title: A workload depends on pods in another network domain on the public network
# description: >-
#   On the public network, VPC to edge and edge site to edge site are not reachable for containers
#   (ACK Edge network docs).
# custom:
#   level: error
#   fix: Run the caller and the callee in the same network domain, or connect the site over Express Connect.
#   messages:
#     unreachable: >-
#       {client} calls Service {service} from {from:domains}, but its pods may run in {to:domains}: on
#       the public network {pairs:pairs}.
package edgenet.rules.reach["cross-domain-unreachable"]

import data.edgenet.lib

deny contains result if {
	not lib.tunnel_on
	some call in input.serviceCalls
	some service in call.targets
	pairs := lib.cross_pairs(call.clientDomains, service)
	count(pairs) > 0
	result := {
		"ref": call.ref,
		"messageId": "unreachable",
		"resource": object.get(call, "resource", null),
		"data": {
			"client": call.client,
			"service": sprintf("%s/%s", [call.namespace, call.service]),
			"from": call.clientDomains,
			"to": service.domains,
			"pairs": sort([pair | some pair in pairs]),
			"edges": sort([pair | some pair in pairs]),
		},
		"related": array.concat(
			[{"ref": service.ref, "message": sprintf("Service %s/%s", [service.namespace, service.name])}],
			[{"ref": call.clientRef, "message": "the caller"} | call.clientRef != call.ref],
		),
	}
}
