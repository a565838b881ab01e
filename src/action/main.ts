/** The Action's process binding (action.yml runs the bundle of this file on node24). */
import { bindSignals } from '../core/interrupt.js';
import { runAction } from './run-action.js';

// A cancelled job (SIGINT, then SIGTERM) leaves no tool running and no directory on a self-hosted runner.
bindSignals(process);

process.exitCode = await runAction({ env: process.env, stdout: (text) => process.stdout.write(text) });
