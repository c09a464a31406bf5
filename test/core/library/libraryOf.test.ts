import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LIBRARY, drugIn, libraryOf, siteOf, type LibraryOptions } from '../../../core/library/Library.js';
import { DRUG_LIBRARY, DRUG_LIBRARY_VERSION, DRUG_NAMES } from '../../../core/library/drugs.js';

describe('Library', () => {
  it('[REQ-SITE-001] the built-in library holds the built-in tables, and names no site', () => {
    expect(BUILT_IN_LIBRARY.drugLibraryVersion).toBe(DRUG_LIBRARY_VERSION);
    expect(BUILT_IN_LIBRARY.drugNames).toEqual(DRUG_NAMES);
    for (const n of DRUG_NAMES) expect(drugIn(BUILT_IN_LIBRARY, n)).toEqual(DRUG_LIBRARY[n]);
    expect(siteOf(BUILT_IN_LIBRARY)).toBeUndefined();
  });
  it('[REQ-SITE-001] libraryOf: absent options or library → the built-in one', () => {
    expect(libraryOf(undefined)).toEqual(E.right(BUILT_IN_LIBRARY));
    expect(libraryOf({})).toEqual(E.right(BUILT_IN_LIBRARY));
    expect(libraryOf({ library: BUILT_IN_LIBRARY })).toEqual(E.right(BUILT_IN_LIBRARY));
  });
  it('[REQ-SITE-001] libraryOf: options that are not a library are REQUEST_NOT_WELL_FORMED, never an exception', () => {
    const bad: unknown[] = [42, null, [], { library: 42 }, { library: {} }, { library: { drugs: {}, drugNames: 'x', drugLibraryVersion: '1' } }];
    for (const o of bad) {
      const r = libraryOf(o as LibraryOptions);
      expect(E.isLeft(r) && r.left[0]?.code).toBe('REQUEST_NOT_WELL_FORMED');
    }
  });
  it('[REQ-SITE-001] drugIn reads own entries only, by exact name', () => {
    expect(drugIn(BUILT_IN_LIBRARY, 'Morphine')).toBeUndefined();
    expect(drugIn(BUILT_IN_LIBRARY, 'toString')).toBeUndefined();
    expect(drugIn(BUILT_IN_LIBRARY, '__proto__')).toBeUndefined();
  });
});
