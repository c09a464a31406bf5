#!/usr/bin/env node
// The itdose command: a thin launcher for the compiled CLI adapter.
import { main } from '../dist/esm/adapters/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
