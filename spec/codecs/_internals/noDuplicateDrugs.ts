import type * as t from 'io-ts';
import { codedError } from '../codedError.js';
import { contextAt } from '../contextAt.js';
import { drugNameCodec } from '../drugNameCodec.js';
import { peek } from '../peek.js';
import { rawAt } from '../rawAt.js';

/**
 * A `withCheck` rule for a list of `{ drug, ... }` entries: each drug once.
 * A repeat is `DUPLICATE_DRUG` at its `drug`, naming the first entry;
 * `where` and `advice` finish the message ("in this reservoir", "list each
 * drug once"). A list longer than `max` is left to the list's own bound.
 */
export function noDuplicateDrugs(max: number, where: string, advice: string): (u: unknown, c: t.Context) => t.Errors {
  return (u, c) => {
    if (!Array.isArray(u) || u.length > max) return [];
    const first = new Map<string, number>();
    const errors: t.Errors = [];
    u.forEach((_, i) => {
      const name = peek(drugNameCodec, rawAt(u, [i, 'drug']));
      if (name === undefined) return;
      const at = first.get(name);
      if (at === undefined) first.set(name, i);
      else errors.push(codedError(name, contextAt(c, [i, 'drug']), 'DUPLICATE_DRUG', `"${name}" is already ${where} (entry ${at}); ${advice}`));
    });
    return errors;
  };
}
