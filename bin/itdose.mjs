#!/usr/bin/env node
// The itdose command: a thin launcher for the single-file build of the CLI
// adapter (dist/cli/itdose.mjs, made by `npm run build`), which loads as one
// module and so starts faster than the compiled tree under dist/esm.
import { main } from '../dist/cli/itdose.mjs';

process.exitCode = await main(process.argv.slice(2));
