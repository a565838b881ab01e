"""The oracle for test/net/cidr-property.test.ts: Python's ipaddress answers the same questions.

Reads one JSON object per line {"a": CIDR, "b": CIDR}; writes one per line with the answers.
"""
import ipaddress
import json
import sys

for line in sys.stdin:
    case = json.loads(line)
    a = ipaddress.ip_network(case["a"], strict=False)
    b = ipaddress.ip_network(case["b"], strict=False)
    same = a.version == b.version
    out = {
        "a": str(a),
        "b": str(b),
        "overlaps": same and a.overlaps(b),
        "a_in_b": same and a.subnet_of(b),
        "b_in_a": same and b.subnet_of(a),
    }
    # The difference a - b as CIDRs, when b is a proper subnet of a.
    if same and b.subnet_of(a) and a != b:
        out["a_minus_b"] = sorted(str(n) for n in a.address_exclude(b))
    print(json.dumps(out))
