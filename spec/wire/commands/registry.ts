import type { Command } from './Command.js';
import { bridgeCommand } from './bridge.js';
import { clockChangeCommand } from './clockChange.js';
import { compileCommand } from './compile.js';
import { convertCommand } from './convert.js';
import { drugsCommand } from './drugs.js';
import { primeCommand } from './prime.js';
import { pumpsCommand } from './pumps.js';
import { refillCheckCommand } from './refillCheck.js';
import { versionCommand } from './version.js';

/**
 * Every command of wire format v1 that this engine answers. Each handler
 * lives in its own file in this folder; add one line here per command.
 * @since 0.1.0
 */
export const COMMANDS: readonly Command[] = [
  compileCommand,
  bridgeCommand,
  primeCommand,
  clockChangeCommand,
  convertCommand,
  refillCheckCommand,
  drugsCommand,
  pumpsCommand,
  versionCommand,
];
