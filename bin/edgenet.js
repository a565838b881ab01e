#!/usr/bin/env node
// The installed command: the committed bundle of src/cli/bin.ts (npm run build).
import '../dist/cli.mjs';
