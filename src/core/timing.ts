/**
 * EDGENET_TIMING=1: where a run's time went, phase by phase, on stderr (as ESLint's TIMING=1). A
 * slow run is most often its renders (kustomize and helm) or a few very large files; this says
 * which, with the counts that explain it, without a profiler.
 */
export class Timing {
  private last: number;
  private readonly phases = new Map<string, { ms: number; notes: string[] }>();

  /** Phases are measured from `since` (default: the process's start, so the first covers Node's own). */
  constructor(
    since = 0,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = since;
  }

  /** Ends the phase running since the last mark; a phase marked again (a second lint) adds up. */
  mark(phase: string, note?: string): void {
    const at = this.now();
    const known = this.phases.get(phase) ?? { ms: 0, notes: [] };
    known.ms += at - this.last;
    if (note) known.notes.push(note);
    this.phases.set(phase, known);
    this.last = at;
  }

  /** The phases in the order first marked, each with its share of the whole. */
  table(): string {
    const rows = [...this.phases].map(([phase, { ms, notes }]) => ({ phase, ms, note: notes.join('; ') }));
    const total = rows.reduce((sum, r) => sum + r.ms, 0);
    const width = rows.reduce((w, r) => Math.max(w, r.phase.length), 'total'.length);
    const line = (phase: string, ms: number, note = '') => {
      const share = total > 0 ? `${((100 * ms) / total).toFixed(1)}%` : '-';
      const time = `${Math.round(ms).toString().padStart(7)} ms`;
      return `  ${phase.padEnd(width)}  ${time}  ${share.padStart(6)}${note ? `  ${note}` : ''}`;
    };
    return [
      'edgenet: where the time went (EDGENET_TIMING=1)',
      ...rows.map((r) => line(r.phase, r.ms, r.note)),
      line('total', total),
      '',
    ].join('\n');
  }
}
