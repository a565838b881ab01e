/** How a waiver is written in a file (contract section 4): shared by reading and by the waivers themselves. */

/** A Kubernetes annotation that waives rules for its document: `"rule[, rule]: reason"` per line. */
export const WAIVER_ANNOTATION = 'edgenet.dev/ignore';

/** The marker of an inline waiver comment: `# edgenet-ignore rule -- reason`. */
export const INLINE_WAIVER = 'edgenet-ignore';
