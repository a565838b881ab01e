/** The TypeScript rules. Rego rules live in policies/ and run through src/evaluate/rego-engine.ts. */
import { nodeCapacity } from './cidr/node-capacity.js';
import { nodePodCidrOverlap } from './cidr/node-podcidr-overlap.js';
import { notPrivate } from './cidr/not-private.js';
import { overlapsEdgeHosts } from './cidr/overlaps-edge-hosts.js';
import { podCidrMismatch } from './cidr/pod-cidr-mismatch.js';
import { podOverlapsService } from './cidr/pod-overlaps-service.js';
import { podOverlapsVpc } from './cidr/pod-overlaps-vpc.js';
import { serviceOverlapsVpc } from './cidr/service-overlaps-vpc.js';
import { cidrSyntax } from './input/cidr-syntax.js';
import { firewallSyntax } from './input/firewall-syntax.js';
import { ravenPortsBlocked } from './raven/ports-blocked.js';
import { backendNotVxlan } from './vxlan/backend-not-vxlan.js';
import { vxlanPortBlocked } from './vxlan/port-blocked.js';
import { unknownValues } from './input/unknown-values.js';
import type { TsRule } from './ts-rule.js';

export const TS_RULES: readonly TsRule[] = [
  cidrSyntax,
  firewallSyntax,
  unknownValues,
  podOverlapsVpc,
  serviceOverlapsVpc,
  podOverlapsService,
  overlapsEdgeHosts,
  podCidrMismatch,
  nodePodCidrOverlap,
  nodeCapacity,
  notPrivate,
  vxlanPortBlocked,
  backendNotVxlan,
  ravenPortsBlocked,
];
