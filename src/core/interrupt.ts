/**
 * What a run must undo if it is interrupted (Ctrl-C, a cancelled CI job, a stopped pre-commit
 * hook). kustomize and helm lead process groups of their own, which a terminal's Ctrl-C does not
 * reach: they ran on, and their temporary directories stayed behind. Whatever starts such a thing
 * registers how to undo it while it exists. The process binding (src/cli/bin.ts) listens for the
 * signals only while something is registered: at any other time a signal ends the run at once,
 * as it always did, rather than when the main thread is next free.
 */
const undos = new Set<() => void>();
let watcher: ((active: boolean) => void) | undefined;

/** Registers `undo` until the returned function is called (the work ended as usual). */
export function onInterrupt(undo: () => void): () => void {
  const entry = () => undo();
  undos.add(entry);
  if (undos.size === 1) watcher?.(true);
  return () => {
    if (undos.delete(entry) && undos.size === 0) watcher?.(false);
  };
}

/** Undoes everything registered, synchronously (the process is about to end). */
export function interruptNow(): void {
  const pending = [...undos];
  if (pending.length === 0) return;
  undos.clear();
  watcher?.(false);
  for (const undo of pending) {
    try {
      undo();
    } catch {
      // The rest is undone all the same.
    }
  }
}

/** `watch(true)` when the first undo is registered, `watch(false)` when none is left. */
export function watchInterrupts(watch: (active: boolean) => void): void {
  watcher = watch;
  if (undos.size > 0) watch(true);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Binds a process (the CLI's, the Action's): on one of SIGNALS while something is registered,
 * everything is undone and the process ends by that same signal (a shell sees Ctrl-C, exit 130).
 */
export function bindSignals(target: Pick<NodeJS.Process, 'on' | 'off' | 'kill' | 'pid'>): void {
  const interrupted = (signal: NodeJS.Signals) => {
    interruptNow();
    // No listener is left (interruptNow unwatched): the signal again takes its default course.
    target.kill(target.pid, signal);
  };
  watchInterrupts((active) => {
    for (const signal of SIGNALS) {
      if (active) target.on(signal, interrupted);
      else target.off(signal, interrupted);
    }
  });
}
