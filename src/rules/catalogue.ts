/**
 * Every rule, declared once (contract section 5). `rules`, `explain`, the report's wording, the
 * config schema's id list and SARIF's rule list all come from here. Messages are templates over
 * the `data` a rule returns ({name} placeholders), so Rego finds and TypeScript words.
 */
import type { Level } from '../core/finding.js';

export type Engine = 'input' | 'ts' | 'rego';

export interface RuleMeta {
  id: string;
  level: Level;
  title: string;
  engine: Engine;
  /** false while the rule is registered in the catalogue but not yet checked. */
  implemented: boolean;
  message: string;
  why: string;
  fix: string;
}

const rule = (meta: RuleMeta): RuleMeta => meta;

export const RULES: readonly RuleMeta[] = [
  rule({
    id: 'input/parse-error',
    level: 'error',
    title: 'File is not valid YAML or JSON',
    engine: 'input',
    implemented: true,
    message: '{detail}',
    why: 'A file that does not parse cannot be checked, and Kubernetes or ROS would refuse it too. The run goes on with the other files.',
    fix: 'Fix the syntax at the reported position.',
  }),
  rule({
    id: 'input/invalid-resource',
    level: 'error',
    title: 'A resource edgenet understands breaks its schema',
    engine: 'input',
    implemented: true,
    message: '{detail}',
    why: 'A malformed value (a CIDR, a port range, net-conf.json, a NodePool type) means the network would not be what the file says.',
    fix: 'Correct the value as the message says.',
  }),
  rule({
    id: 'input/skipped',
    level: 'info',
    title: 'A file or a value was not analysed',
    engine: 'input',
    implemented: true,
    message: 'Not analysed: {reason}.',
    why: 'Nothing is skipped silently: a template, an oversized or binary file, an alias bomb, or a template value chosen at deployment is named so that a violation cannot hide in it.',
    fix: 'Render templates before linting, or exclude the file in .edgenet.yaml if it does not describe the cluster.',
  }),
  rule({
    id: 'input/invalid-suppression',
    level: 'warning',
    title: 'A waiver without a reason, past its expiry, or naming an unknown rule',
    engine: 'input',
    implemented: true,
    message: '{detail}',
    why: 'A waiver must say why and may expire; one that does not suppresses nothing.',
    fix: 'Add a reason after "--", renew the expiry, or correct the rule id.',
  }),
  rule({
    id: 'input/unused-suppression',
    level: 'warning',
    title: 'A waiver that matches no finding',
    engine: 'input',
    implemented: true,
    message: 'The waiver for {rule} matches no finding.',
    why: 'Stale waivers hide the next real violation at that place.',
    fix: 'Delete the waiver.',
  }),
  rule({
    id: 'cidr/pod-overlaps-vpc',
    level: 'error',
    title: 'Pod CIDR overlaps the VPC CIDR or a vSwitch CIDR',
    engine: 'ts',
    implemented: true,
    message: 'Pod CIDR {subject} {relation} {otherKind} CIDR {other} declared at {otherAt} ({overlap} in both).',
    why: 'Flannel routes the pod CIDR over VXLAN. Addresses that are also in the VPC are routed to the wrong place: "Flannel ensures the pod CIDR block does not overlap with the VPC CIDR block" (ACK Edge, Flannel network plug-in). The container CIDR cannot be changed after the cluster is created.',
    fix: 'Choose a pod CIDR outside every VPC and vSwitch CIDR, e.g. 10.0.0.0/16 when the VPC is 192.168.0.0/16.',
  }),
  rule({
    id: 'cidr/service-overlaps-vpc',
    level: 'error',
    title: 'Service CIDR overlaps the VPC or a vSwitch',
    engine: 'ts',
    implemented: true,
    message: 'Service CIDR {subject} {relation} {otherKind} CIDR {other} declared at {otherAt} ({overlap} in both).',
    why: 'The Service CIDR "cannot overlap with the VPC CIDR block or the container CIDR block" (ROS ManagedEdgeKubernetesCluster).',
    fix: 'Choose a Service CIDR outside the VPC, e.g. 172.21.0.0/20.',
  }),
  rule({
    id: 'cidr/pod-overlaps-service',
    level: 'error',
    title: 'Pod CIDR overlaps the Service CIDR',
    engine: 'ts',
    implemented: true,
    message: 'Service CIDR {subject} {relation} pod CIDR {other} declared at {otherAt} ({overlap} in both).',
    why: 'kube-proxy would capture pod addresses as Service virtual IPs.',
    fix: 'Give pods and Services disjoint ranges.',
  }),
  rule({
    id: 'cidr/overlaps-edge-hosts',
    level: 'error',
    title: "Pod or Service CIDR overlaps an edge site's host network",
    engine: 'ts',
    implemented: true,
    message:
      '{kind} CIDR {subject} {relation} the host network {other} of edge site {site} declared at {otherAt} ({overlap} in both).',
    why: 'ACK Edge: "Node route overlaps with service cidr ... make sure that these CIDR blocks do not conflict with the route of the node" (edge node FAQ).',
    fix: 'Keep pod and Service CIDRs out of every data centre network.',
  }),
  rule({
    id: 'cidr/pod-cidr-mismatch',
    level: 'error',
    title: 'The pod CIDR is declared differently in two places',
    engine: 'ts',
    implemented: true,
    message: '{detail}',
    why: 'flannel only accepts node podCIDRs inside its Network; a mismatch leaves nodes without a pod network.',
    fix: 'Declare one pod CIDR everywhere.',
  }),
  rule({
    id: 'cidr/node-podcidr-overlap',
    level: 'error',
    title: 'Two Nodes hold overlapping spec.podCIDR blocks',
    engine: 'ts',
    implemented: true,
    message: 'Node {node} podCIDR {cidr} {relation} the podCIDR {otherCidr} of node {other} declared at {otherAt}.',
    why: 'Two nodes routing the same pod addresses break pod traffic to both.',
    fix: 'Let kube-controller-manager allocate pod CIDRs, or assign disjoint blocks.',
  }),
  rule({
    id: 'cidr/node-capacity',
    level: 'warning',
    title: 'The pod CIDR cannot hold the nodes, or a node block holds too few pods',
    engine: 'ts',
    implemented: true,
    message: '{detail}',
    why: 'kube-controller-manager hands out 2^(node mask - prefix) node blocks; when they run out, new nodes get no pod network.',
    fix: 'Use a larger pod CIDR or a larger node mask.',
  }),
  rule({
    id: 'cidr/not-private',
    level: 'warning',
    title: 'A pod or Service CIDR outside the private ranges, or inside 100.64.0.0/10',
    engine: 'ts',
    implemented: true,
    message: '{kind} CIDR {cidr} {detail}.',
    why: 'ACK requires private ranges; 100.64.0.0/10 is used by Alibaba Cloud services.',
    fix: 'Use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
  }),
  rule({
    id: 'vxlan/port-blocked',
    level: 'error',
    title: 'A security group or ACL blocks the Flannel VXLAN port on Express Connect',
    engine: 'ts',
    implemented: true,
    message: '{detail}',
    why: 'ACK Edge: "Do not use security rules to block port 8472" (Flannel network plug-in).',
    fix: 'Accept UDP 8472 both ways between the cloud nodes and the data centre host CIDRs.',
  }),
  rule({
    id: 'vxlan/backend-not-vxlan',
    level: 'warning',
    title: "flannel's Backend.Type is not vxlan or is missing",
    engine: 'ts',
    implemented: true,
    message: '{detail}',
    why: 'flannel falls back to the udp backend when Backend is missing (pkg/subnet/config.go); ACK Edge expects VXLAN.',
    fix: 'Set "Backend": {"Type": "vxlan"} in net-conf.json.',
  }),
  rule({
    id: 'gateway/cloud-gateway-missing',
    level: 'error',
    title: 'The API server must reach edge pods over Express Connect and no cloud node is a cloud gateway',
    engine: 'rego',
    implemented: true,
    message:
      'The API server must reach pods on Express Connect pool {pool} ({reason}), but no cloud node carries the label node-role.alibabacloud.com/cloud-gateway.',
    why: 'ACK Edge: "If the API server needs to access pods or Services in data centers over Express Connect circuits, designate an on-cloud node as a proxy" by labelling it node-role.alibabacloud.com/cloud-gateway (Flannel network plug-in).',
    fix: 'Label one cloud node: kubectl label node <cloud-node> node-role.alibabacloud.com/cloud-gateway= (and keep edge-controller-manager at 2.1 or later).',
  }),
  rule({
    id: 'gateway/cloud-gateway-on-edge-node',
    level: 'error',
    title: 'The cloud-gateway label sits on an edge node',
    engine: 'rego',
    implemented: true,
    message:
      '{node} is on the edge ({evidence}) but carries the label node-role.alibabacloud.com/cloud-gateway, which only works on a cloud node.',
    why: 'The cloud gateway receives the VPC route for the whole pod CIDR; edge-controller-manager only picks nodes whose alibabacloud.com/is-edge-worker is "false".',
    fix: 'Remove the label from the edge node and put it on a cloud node.',
  }),
  rule({
    id: 'gateway/controller-too-old',
    level: 'error',
    title: 'The cloud-gateway label is used and edge-controller-manager is older than 2.1',
    engine: 'rego',
    implemented: true,
    message: 'edge-controller-manager {version} ({origin}) is older than 2.1, which the cloud-gateway label needs.',
    why: 'ACK Edge: "Make sure the edge-controller-manager component is version 2.1 or later."',
    fix: 'Upgrade edge-controller-manager to 2.1 or later.',
  }),
  rule({
    id: 'raven/business-traffic',
    level: 'error',
    title: 'Business traffic would ride the Raven O&M tunnel',
    engine: 'rego',
    implemented: true,
    message: '{detail}',
    why: 'Raven is for O&M; ACK: "Do not handle business traffic on this tunnel."',
    fix: 'Keep business traffic inside one network domain, or use Express Connect.',
  }),
  rule({
    id: 'raven/ports-blocked',
    level: 'warning',
    title: 'A security group blocks what Raven needs on the public network',
    engine: 'ts',
    implemented: true,
    message: '{detail}',
    why: 'Raven needs TCP 10280-10284 out, UDP 4500 for the tunnel, and TCP 10250/10255/9100/9445 on edge hosts.',
    fix: 'Open the ports Raven needs.',
  }),
  rule({
    id: 'reach/cross-domain-unreachable',
    level: 'error',
    title: 'A workload depends on pods in another network domain on the public network',
    engine: 'rego',
    implemented: true,
    message:
      '{client} calls Service {service} from {from}, but its pods may run in {to}: on the public network {pairs}.',
    why: 'On the public network, VPC to edge and edge site to edge site are not reachable for containers (ACK Edge network docs).',
    fix: 'Run the caller and the callee in the same network domain, or connect the site over Express Connect.',
  }),
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** Renders a message template; a placeholder without data stays visible rather than vanishing. */
export function renderMessage(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
