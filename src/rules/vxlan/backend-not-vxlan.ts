/**
 * vxlan/backend-not-vxlan: ACK Edge's Express Connect networking is flannel VXLAN. A missing
 * Backend or Backend.Type is not VXLAN: flannel then uses the udp backend
 * (pkg/subnet/config.go: `if len(be) == 0 { return "udp", nil }`), whatever its docs say.
 * flannel lower-cases the type before choosing a backend (pkg/backend/manager.go, GetBackend),
 * so "VXLAN" is vxlan.
 */
import { defineRule } from '../rule.js';

export const backendNotVxlan = defineRule({
  id: 'vxlan/backend-not-vxlan',
  level: 'warning',
  title: "flannel's Backend.Type is not vxlan or is missing",
  messages: {
    missing: 'net-conf.json sets no Backend.Type: flannel then falls back to the udp backend, not vxlan.',
    other: `flannel's Backend.Type is "{type}", not "vxlan".`,
  },
  why: 'flannel falls back to the udp backend when Backend is missing (pkg/subnet/config.go); ACK Edge expects VXLAN.',
  fix: 'Set "Backend": {"Type": "vxlan"} in net-conf.json.',
  check({ model }, report) {
    for (const f of model.flannel) {
      if (f.backendType?.toLowerCase() === 'vxlan') continue;
      const at = { ref: f.backendTypeRef, resource: f.resource };
      if (f.backendType === null) report({ messageId: 'missing', ...at });
      else report({ messageId: 'other', ...at, data: { type: f.backendType } });
    }
  },
});
