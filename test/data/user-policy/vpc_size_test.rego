package acme.vpc_size_test

import data.acme.vpc_size

test_large_vpc if {
	some r in vpc_size.deny with input as {"vpcCidrs": [{"cidr": "10.0.0.0/8", "ref": {}}], "securityGroups": [{}]}
	r.msg == "VPC 10.0.0.0/8 is larger than a /16"
}

test_small_vpc if count(vpc_size.deny) == 0 with input as {
	"vpcCidrs": [{"cidr": "10.0.0.0/16", "ref": {}}],
	"securityGroups": [{}],
}
