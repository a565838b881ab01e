# "Make sure the edge-controller-manager component is version 2.1 or later" when a cloud node is
# labelled node-role.alibabacloud.com/cloud-gateway (ACK Edge, Flannel network plug-in). Versions
# are compared here by their numbers: the wasm SDK has no semver builtins. Legacy cluster-versioned
# tags (v1.22.15-aliyunedge.1) are 1.x.

# METADATA
# title: The cloud-gateway label is used and edge-controller-manager is older than 2.1
# description: 'ACK Edge: "Make sure the edge-controller-manager component is version 2.1 or later."'
# custom:
#   level: error
#   fix: Upgrade edge-controller-manager to 2.1 or later.
#   messages:
#     too-old: edge-controller-manager {version} ({origin}) is older than 2.1, which the cloud-gateway label needs.
package edgenet.rules.gateway["controller-too-old"]

import data.edgenet.lib

deny contains result if {
	count(lib.gateway_label_refs) > 0
	some version in input.controllerVersions
	older_than_2_1(version.value)
	result := {
		"ref": version.ref,
		"messageId": "too-old",
		"data": {"version": version.value, "origin": version.origin},
		"related": [{"ref": ref, "message": "the cloud-gateway label is used here"} | some ref in lib.gateway_label_refs],
	}
}

older_than_2_1(value) if numbers(value)[0] < 2

older_than_2_1(value) if {
	[major, minor] := numbers(value)
	major == 2
	minor < 1
}

# [major, minor] of "v2.1.3", "2.1", "v1.22.15-aliyunedge.1".
numbers(value) := [to_number(parts[0]), minor(parts)] if {
	core := split(trim_prefix(value, "v"), "-")[0]
	parts := split(core, ".")
}

minor(parts) := to_number(parts[1]) if count(parts) > 1

minor(parts) := 0 if count(parts) == 1
