/**
 * input/invalid-resource: raised while the model is read (a NodePool that breaks its CRD, an
 * unparsable net-conf.json) and by the input checks (malformed CIDRs, masks, firewall rules).
 */
import { defineInputRule, prose } from '../rule.js';

export const invalidResourceRule = defineInputRule({
  id: 'input/invalid-resource',
  level: 'error',
  title: 'A resource edgenet understands breaks its schema',
  // Each check words its own sentence: the schema errors are too varied for one template.
  messages: { invalid: '{detail}' },
  why: prose`
    A malformed value (a CIDR, a port range, net-conf.json, a NodePool type) means the network would not
    be what the file says.
  `,
  fix: 'Correct the value as the message says.',
});
