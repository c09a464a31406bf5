import { describe, expect, it } from 'vitest';
import { rerootPath } from '../../../../core/bridge/_internals/rerootPath.js';

const MAP = [['reservoir.drugs', 'new.drugs'], ['reservoir', 'new'], ['therapy', 'new.therapy']] as const;

describe('rerootPath', () => {
  it('[REQ-ERR-003] [REQ-BRIDGE-001] a path equal to a prefix, or under it, is re-rooted by the first pair that matches', () => {
    expect(rerootPath('therapy', MAP)).toBe('new.therapy');
    expect(rerootPath('therapy.steps.1.dose', MAP)).toBe('new.therapy.steps.1.dose');
    expect(rerootPath('reservoir.drugs.2.concentration', MAP)).toBe('new.drugs.2.concentration');
    expect(rerootPath('reservoir.fill', MAP)).toBe('new.fill');
    expect(rerootPath('reservoir', MAP)).toBe('new');
  });
  it('[REQ-ERR-003] a path that only starts with the same letters, or matches nothing, is left alone', () => {
    expect(rerootPath('therapyNotes', MAP)).toBe('therapyNotes');
    expect(rerootPath('pump.minRate', MAP)).toBe('pump.minRate');
    expect(rerootPath('', MAP)).toBe('');
  });
});
