/** What a render returns when it does not render: shared by Kustomize builds and Helm charts. */
import type { NamedAt } from './kustomization.js';
import type { RunFailure } from './run-tool.js';

/**
 * Why a render did not happen or failed: `remote` (an input edgenet would have to fetch),
 * `invalid-input` (a cycle, a missing or unreadable input, one outside the boundary),
 * `missing-tool`, what the tool did (`exit` with its first error line, `timeout`,
 * `output-limit`, `cannot-run`, `not-found`), `output` (its output did not read as YAML), or
 * `internal` (a bug of ours, still a value).
 */
export type RenderCause = 'remote' | 'invalid-input' | 'missing-tool' | 'output' | 'internal' | RunFailure;

export interface RenderFailure {
  ok: false;
  cause: RenderCause;
  /** One line; the same whichever tool and machine rendered (no temporary paths in it). */
  reason: string;
  /** Where to report it: the file (kustomization, Chart.yaml) and the path inside it that named the offending input. */
  at: NamedAt;
  /** The tool that ran, when one did. */
  tool?: string;
}
