/**
 * vxlan/mtu-too-small: TODO what goes wrong on the cluster,
 * and the source that says so (a link, a quoted error).
 */
import { defineRule, prose } from '../rule.js';

export const mtuTooSmall = defineRule({
  id: 'vxlan/mtu-too-small',
  level: 'warning',
  title: 'TODO what is wrong, in one line',
  // One message id per way a finding is worded; {name} is filled from the report's data.
  messages: {
    example: 'Node {node} carries the label edgenet.dev/example: replace this check (vxlan/mtu-too-small).',
  },
  why: prose`
    TODO why it breaks the cluster, quoting the source.
  `,
  fix: 'TODO what to change.',
  check({ model }, report) {
    // TODO write the check. This placeholder reports every Node labelled edgenet.dev/example=vxlan.mtu-too-small
    // (the failing fixture has one), so that the rule runs end to end until then.
    for (const node of model.nodes) {
      const label = node.labels.find((l) => l.key === 'edgenet.dev/example' && l.value === 'vxlan.mtu-too-small');
      if (label) report({ messageId: 'example', ref: label.ref, resource: node.resource, data: { node: node.name } });
    }
  },
});
