package edgenet.rules.gateway["controller-too-old_test"]

import data.edgenet.rules.gateway["controller-too-old"] as rule

ref(p) := {"file": "f.yaml", "doc": 0, "path": [p]}

labelled := {
	"nodes": [
		{
			"name": "c",
			"role": "cloud",
			"labels": [{"key": "node-role.alibabacloud.com/cloud-gateway", "value": "", "ref": ref("label")}],
		},
	],
	"pools": [],
}

with_version(v) := object.union(labelled, {
	"controllerVersions": [{"value": v, "ref": ref("image"), "origin": "image"}],
})

test_legacy_tag_is_1x if {
	results := rule.deny with input as with_version("v1.22.15-aliyunedge.1")
	count(results) == 1
	some r in results
	r.ref == ref("image")
	r.related[0].ref == ref("label")
}

test_2_0_is_too_old if count(rule.deny) == 1 with input as with_version("2.0.9")

test_2_1_is_enough if count(rule.deny) == 0 with input as with_version("v2.1.3")

test_2_10_is_newer_than_2_1 if count(rule.deny) == 0 with input as with_version("v2.10.0")

test_3_is_enough if count(rule.deny) == 0 with input as with_version("3")

test_no_label_no_finding if {
	inp := {
		"nodes": [],
		"pools": [],
		"controllerVersions": [{"value": "v1.20.11-aliyunedge.1", "ref": ref("image"), "origin": "image"}],
	}
	count(rule.deny) == 0 with input as inp
}

test_label_in_pool_spec_counts if {
	pool := {
		"name": "cloud",
		"cloud": true,
		"labels": [{"key": "node-role.alibabacloud.com/cloud-gateway", "value": "", "ref": ref("pool-label")}],
	}
	inp := {
		"nodes": [],
		"pools": [pool],
		"controllerVersions": [{"value": "1.26.3", "ref": ref("cfg"), "origin": "config"}],
	}
	count(rule.deny) == 1 with input as inp
}
