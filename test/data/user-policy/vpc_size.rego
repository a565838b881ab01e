# An example user policy: VPCs larger than a /16 waste the private ranges ACK Edge sites need.
package acme.vpc_size

deny contains {"msg": sprintf("VPC %s is larger than a /16", [vpc.cidr]), "ref": vpc.ref, "level": "warning"} if {
	some vpc in input.vpcCidrs
	to_number(split(vpc.cidr, "/")[1]) < 16
}

deny contains "a message without a place is reported at the configuration" if {
	count(input.vpcCidrs) > 0
	count(input.securityGroups) == 0
}
