/** The Action's process binding (action.yml runs the bundle of this file on node24). */
import { runAction } from './run-action.js';

process.exitCode = await runAction({ env: process.env, stdout: (text) => process.stdout.write(text) });
