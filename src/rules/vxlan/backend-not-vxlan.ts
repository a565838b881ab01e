/**
 * vxlan/backend-not-vxlan: ACK Edge's Express Connect networking is flannel VXLAN. A missing
 * Backend or Backend.Type is not VXLAN: flannel then uses the udp backend
 * (pkg/subnet/config.go: `if len(be) == 0 { return "udp", nil }`), whatever its docs say.
 */
import type { RawFinding } from '../../core/finding.js';
import type { RuleContext, TsRule } from '../ts-rule.js';

export const backendNotVxlan: TsRule = {
  id: 'vxlan/backend-not-vxlan',
  check({ model }: RuleContext): RawFinding[] {
    return model.flannel.flatMap((f) => {
      if (f.backendType === 'vxlan') return [];
      const detail =
        f.backendType === null
          ? 'net-conf.json sets no Backend.Type: flannel then falls back to the udp backend, not vxlan.'
          : `flannel's Backend.Type is "${f.backendType}", not "vxlan".`;
      return [{ ruleId: this.id, ref: f.backendTypeRef, resource: f.resource, data: { detail } }];
    });
  },
};
