// Request generators for the random run (npm run random-run): (a) mutations of
// example requests (contract examples, the project's vectors) and (b) well-formed
// random requests of every command, from fast-check arbitraries. Everything is
// drawn from one seeded generator, so a seed reproduces the same sequence.
//
// A generated request is { command, origin, text } (JSON text, sent as is) or
// { command, origin, bytes } (a Buffer that is not valid UTF-8: CLI only), or
// { command, origin, text: null } for the listing commands.
//
// Implements REQ-RUN-001.
import fc from 'fast-check';

/** A small seeded generator (mulberry32): uniform [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

export const REQUEST_COMMANDS = ['compile', 'bridge', 'prime', 'clock-change', 'convert', 'refill-check'];
export const LISTING_COMMANDS = ['drugs', 'pumps', 'version'];

const UNITS = {
  mass: ['g', 'mg', 'mcg', 'ng'],
  volume: ['mL', 'uL'],
  time: ['s', 'min', 'h', 'day'],
  doseRate: ['mg/day', 'mcg/day', 'ng/day', 'mg/h', 'mcg/h', 'g/day', 'mcg/min', 'ng/s'],
  flow: ['mL/day', 'uL/day', 'mL/h', 'uL/h', 'mL/min', 'uL/s'],
  concentration: ['mg/mL', 'mcg/mL', 'ng/uL', 'mg/uL', 'g/mL'],
  length: ['cm'],
  volumePerLength: ['mL/cm', 'uL/cm'],
  percent: ['%'],
};
const ALL_UNITS = [...new Set(Object.values(UNITS).flat())];
const ODD_UNITS = ['µg', 'ug', 'cc', 'U', 'mcg/mL/day', 'MG', 'ml', 'μg/day', 'mg /day', 'L', 'kg', '', ' ', 'mL/cm/s', 'IU', '%%', 'mg/d', 'hr', 'mins', 'mİ'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then', 'toJSON', 'length', '0', ''];
const ODD_STRINGS = [
  '', ' ', '\u0000', '\uFEFF3 mg/day', '３ mg/day', '3\u00A0mg/day', '3 mg/day\u200B', '\u202E3 mg/day', '3 mg/day\n', 'e\u0301', '😀', '\uD800', '\uDFFF mg',
  'NaN mg/day', 'Infinity mL', '-0 mL', '0x10 mg', '1e3 mg/day', '.5 mg', '5. mg', '+5 mg', '1,5 mg', '1_000 mg', '٣ mg/day', 'morphine\u0000', 'MORPHINE', 'morphіne',
  '24:00', '23:60', '-01:00', '1:00', '00:00:00', '99:99', '00:0', 'x'.repeat(70), 'x'.repeat(5000),
];
const LIBRARY_DRUGS = ['morphine', 'hydromorphone', 'fentanyl', 'sufentanil', 'ziconotide', 'baclofen', 'bupivacaine', 'clonidine'];

// ------------------------------------------------------------------ (a) mutations

/** A deep copy of a JSON value (own `__proto__` keys stay own keys: JSON.parse makes them so). */
function cloneJson(v) {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object and array in a JSON value (iteratively: a mutated value may be thousands deep). */
function containers(v) {
  const out = [];
  const todo = [v];
  while (todo.length > 0) {
    const x = todo.pop();
    if (Array.isArray(x)) { out.push(x); for (const y of x) todo.push(y); } else if (isObject(x)) { out.push(x); for (const k of Object.keys(x)) todo.push(x[k]); }
  }
  return out;
}

/** Every member of every container: { parent, key }. */
function members(v) {
  const out = [];
  for (const c of containers(v)) {
    if (Array.isArray(c)) c.forEach((_, i) => out.push({ parent: c, key: i }));
    else for (const k of Object.keys(c)) out.push({ parent: c, key: k });
  }
  return out;
}

/** Sets an own property, `__proto__` included (an assignment would change the prototype). */
function setOwn(o, k, value) {
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
}

function otherKind(r, v) {
  const kinds = [null, true, false, 0, -1, 3.5, 1e308, -0, 2 ** 53 + 2, '', '3 mg/day', [], [v], {}, { value: v }, '00:00', 4];
  return r.pick(kinds.filter((k) => typeof k !== typeof v || k !== v));
}

/** A quantity string with its number multiplied by 10^k (k may be negative), exactly, as text. */
function scaleQuantity(s, k) {
  const m = /^(-?)([0-9]+)(?:\.([0-9]+))? (.*)$/.exec(s);
  if (m === null) return s;
  const [, sign, i, f = '', unit] = m;
  let digits = `${i}${f}`;
  let point = i.length + k;
  if (point > digits.length) digits = digits.padEnd(point, '0');
  if (point <= 0) { digits = `${'0'.repeat(1 - point)}${digits}`; point = 1; }
  const int = digits.slice(0, point).replace(/^0+(?=[0-9])/, '');
  const frac = digits.slice(point).replace(/0+$/, '');
  return `${sign}${int}${frac === '' ? '' : `.${frac}`} ${unit}`;
}

/** A placeholder for deeply nested text, spliced in after serialization (a deep value would overflow JSON.stringify). */
function deepText(r, depth, leaf) {
  const inner = JSON.stringify(leaf) ?? 'null';
  return r.chance(0.5) ? `${'['.repeat(depth)}${inner}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;
}

const MUTATIONS = {
  delete(r, root) {
    const ms = members(root);
    if (ms.length === 0) return 'nothing to delete';
    const m = r.pick(ms);
    if (Array.isArray(m.parent)) m.parent.splice(m.key, 1); else delete m.parent[m.key];
    return `delete ${String(m.key)}`;
  },
  duplicateElement(r, root) {
    const arrays = containers(root).filter(Array.isArray).filter((a) => a.length > 0);
    if (arrays.length === 0) return 'no array';
    const a = r.pick(arrays);
    const i = r.int(0, a.length - 1);
    a.splice(i, 0, cloneJson(a[i]));
    return `duplicate element ${i}`;
  },
  otherKind(r, root) {
    const ms = members(root);
    if (ms.length === 0) return 'no member';
    const m = r.pick(ms);
    m.parent[m.key] = otherKind(r, m.parent[m.key]);
    return `retype ${String(m.key)}`;
  },
  changeUnit(r, root) {
    const ms = members(root).filter((m) => typeof m.parent[m.key] === 'string' && / /.test(m.parent[m.key]));
    if (ms.length === 0) return 'no quantity';
    const m = r.pick(ms);
    const unit = r.chance(0.7) ? r.pick(ALL_UNITS) : r.pick(ODD_UNITS);
    m.parent[m.key] = m.parent[m.key].replace(/ .*$/, ` ${unit}`);
    return `unit ${String(m.key)} → ${unit}`;
  },
  scale(r, root) {
    const ms = members(root).filter((m) => (typeof m.parent[m.key] === 'string' && /^-?[0-9]/.test(m.parent[m.key])) || typeof m.parent[m.key] === 'number');
    if (ms.length === 0) return 'no number';
    const m = r.pick(ms);
    const k = r.int(-14, 15);
    const v = m.parent[m.key];
    m.parent[m.key] = typeof v === 'number' ? v * 10 ** k : scaleQuantity(v, k);
    return `scale ${String(m.key)} × 10^${k}`;
  },
  hugeArray(r, root) {
    const arrays = containers(root).filter(Array.isArray);
    const n = r.pick([100, 1441, 5000, 20_000, 100_000]);
    if (arrays.length === 0 || r.chance(0.3)) {
      const ms = members(root);
      if (ms.length === 0) return 'no member';
      const m = r.pick(ms);
      const v = m.parent[m.key];
      m.parent[m.key] = Array.from({ length: n }, () => v); // shared copies: serialized n times all the same
      return `${String(m.key)} → array of ${n}`;
    }
    const a = r.pick(arrays);
    const model = a[0] ?? 1;
    const grown = Array.from({ length: n }, (_, i) => a[i % Math.max(1, a.length)] ?? model);
    a.splice(0, a.length, ...grown.slice(0, 1000));
    for (let i = 1000; i < grown.length; i += 1) a.push(grown[i]);
    return `array of ${n}`;
  },
  deepNesting(r, root) {
    const ms = members(root);
    if (ms.length === 0) return 'no member';
    const m = r.pick(ms);
    const depth = r.pick([10, 65, 200, 3000, 100_000]);
    const marker = `\u0001deep${root.deep.length}\u0001`;
    root.deep.push({ marker, text: deepText(r, depth, m.parent[m.key]) });
    m.parent[m.key] = marker;
    return `nest ${String(m.key)} ${depth} deep`;
  },
  oddString(r, root) {
    const ms = members(root).filter((m) => typeof m.parent[m.key] === 'string');
    if (ms.length === 0) return 'no string';
    const m = r.pick(ms);
    const s = r.pick(ODD_STRINGS);
    const v = m.parent[m.key];
    m.parent[m.key] = r.chance(0.5) ? s : `${v.slice(0, r.int(0, v.length))}${s}${v.slice(r.int(0, v.length))}`;
    return `odd string at ${String(m.key)}`;
  },
  protoKey(r, root) {
    const objects = containers(root).filter(isObject);
    if (objects.length === 0) return 'no object';
    const o = r.pick(objects);
    const k = r.pick(PROTO_KEYS);
    setOwn(o, k, r.chance(0.5) ? { polluted: '30', maxDaily: '1 mg/day', ratio: '30' } : otherKind(r, null));
    return `own key ${JSON.stringify(k)}`;
  },
  manyUnknownFields(r, root) {
    const objects = containers(root).filter(isObject);
    if (objects.length === 0) return 'no object';
    const o = r.pick(objects);
    const n = r.pick([10, 1000, 30_000]);
    for (let i = 0; i < n; i += 1) o[`unknown${i}`] = i;
    return `${n} unknown fields`;
  },
  renameKey(r, root) {
    const ms = members(root).filter((m) => isObject(m.parent));
    if (ms.length === 0) return 'no key';
    const m = r.pick(ms);
    const v = m.parent[m.key];
    delete m.parent[m.key];
    const k = r.pick([`${m.key}s`, m.key.toUpperCase(), ` ${m.key}`, `${m.key.slice(0, -1)}`, `${m.key}\u0000`]);
    setOwn(m.parent, k, v);
    return `rename ${m.key}`;
  },
};

/** Text-level mutations of a serialized request. */
const TEXT_MUTATIONS = {
  duplicateKey(r, text) {
    const keys = [...text.matchAll(/"([A-Za-z]+)":/g)];
    if (keys.length === 0) return [text, 'no key'];
    const k = r.pick(keys);
    const at = (k.index ?? 0);
    return [`${text.slice(0, at)}"${k[1]}":${JSON.stringify(otherKind(r, null))},${text.slice(at)}`, `duplicate key ${k[1]}`];
  },
  truncate(r, text) {
    const at = r.int(0, text.length);
    return [text.slice(0, at), `truncate at ${at}`];
  },
  garbage(r, text) {
    const at = r.int(0, text.length);
    const junk = r.pick(['\u0000', ',', '}', ']]', '/*x*/', 'NaN', '\\', '"', '1e999', '-', '\uFEFF', '\t\n', 'true false']);
    return [`${text.slice(0, at)}${junk}${text.slice(at)}`, `insert ${JSON.stringify(junk)} at ${at}`];
  },
  bigNumberText(r, text) {
    const nums = [...text.matchAll(/:(-?[0-9]+)([,}])/g)];
    if (nums.length === 0) return [text, 'no number'];
    const n = r.pick(nums);
    const big = r.pick(['1e400', '-1e400', '123456789012345678901234567890', '4.0', '4e0', '-0', '0.0000000000000000000001', '1E2']);
    const at = (n.index ?? 0) + 1;
    return [`${text.slice(0, at)}${big}${text.slice(at + n[1].length)}`, `number ${big}`];
  },
};

const INVALID_UTF8 = [[0xff], [0xc3, 0x28], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe]];

/** Bytes of `text` with invalid UTF-8 inserted inside a string value. */
function withInvalidUtf8(r, text) {
  const strings = [...text.matchAll(/"[^"\\]*"/g)];
  const s = strings.length > 0 ? r.pick(strings) : undefined;
  const at = s === undefined ? r.int(0, text.length) : (s.index ?? 0) + 1 + r.int(0, Math.max(0, s[0].length - 2));
  const before = Buffer.from(text.slice(0, at), 'utf8');
  const after = Buffer.from(text.slice(at), 'utf8');
  const bad = Buffer.from(r.pick(INVALID_UTF8));
  return Buffer.concat([before, bad, after]);
}

/**
 * One mutated request: a seed vector, one to three structural mutations, maybe
 * a text mutation, rarely invalid UTF-8 bytes or another command.
 */
export function mutatedRequest(r, vectors) {
  for (;;) {
    const m = mutatedOnce(r, vectors);
    if (m !== undefined && (m.text ?? m.bytes ?? '').length <= MAX_MUTATED_CHARS) return m; // a few MB at most: larger is only slower to build
  }
}

/** The largest mutated request kept (characters): above the engine's 1 MB request bound, far below what would stall the run. */
const MAX_MUTATED_CHARS = 3_000_000;

function mutatedOnce(r, vectors) {
  const v = r.pick(vectors);
  const steps = [];
  let command = v.command;
  if (r.chance(0.05)) { command = r.pick(REQUEST_COMMANDS); steps.push(`sent to ${command}`); }
  if (v.raw !== undefined) {
    const [t, what] = TEXT_MUTATIONS.garbage(r, v.raw);
    return { command, origin: `mutation of "${v.name}": raw, ${what}`, text: r.chance(0.5) ? v.raw : t };
  }
  const root = cloneJson(v.request);
  const names = Object.keys(MUTATIONS);
  const heavy = new Set(['hugeArray', 'deepNesting', 'manyUnknownFields']);
  const n = r.int(1, 3);
  const holder = { root };
  Object.defineProperty(holder, 'deep', { value: [], enumerable: false });
  let heavyUsed = false; // one heavy mutation at most: two multiply each other's size
  for (let i = 0; i < n; i += 1) {
    let name = r.pick(names);
    if (heavy.has(name) && (heavyUsed || r.chance(0.7))) name = r.pick(['delete', 'otherKind', 'changeUnit', 'scale', 'scale', 'oddString', 'protoKey']);
    heavyUsed ||= heavy.has(name);
    steps.push(MUTATIONS[name](r, holder));
  }
  let text;
  try {
    text = JSON.stringify(holder.root) ?? 'null';
  } catch {
    return undefined; // too large to serialize: draw another
  }
  for (const d of holder.deep) text = text.replace(JSON.stringify(d.marker), () => d.text);
  if (r.chance(0.15)) {
    const [t, what] = TEXT_MUTATIONS[r.pick(Object.keys(TEXT_MUTATIONS))](r, text);
    text = t;
    steps.push(what);
  }
  const origin = `mutation of "${v.name}": ${steps.join('; ')}`;
  if (r.chance(0.01)) return { command, origin: `${origin}; invalid UTF-8`, bytes: withInvalidUtf8(r, text) };
  return { command, origin, text };
}

// ------------------------------------------------------------------ (b) well-formed random requests

/** A plain decimal: mostly in a realistic range, sometimes anywhere within the digit bounds. */
function decimal(lo, hi, frac) {
  const realistic = fc.integer({ min: Math.round(lo * 10 ** frac), max: Math.round(hi * 10 ** frac) }).map((n) => {
    const s = String(n).padStart(frac + 1, '0');
    return frac === 0 ? s : `${s.slice(0, -frac)}.${s.slice(-frac)}`.replace(/\.?0+$/, '') || '0';
  });
  const extreme = fc.tuple(fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 12 }))
    .map(([i, f, d]) => (d === 0 ? String(i) : `${i}.${String(f).padStart(12, '0').slice(0, d)}`));
  return fc.oneof({ weight: 12, arbitrary: realistic }, { weight: 1, arbitrary: extreme });
}

const q = (lo, hi, frac, units) => fc.tuple(decimal(lo, hi, frac), fc.constantFrom(...units)).map(([d, u]) => `${d} ${u}`);
const clock = fc.integer({ min: 0, max: 1439 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

function arbitraries(bounds, pumpNames) {
  const perDay = bounds.MAX_PER_DAY_ENTRIES;
  const maxCount = bounds.MAX_COUNT;
  const maxDrugs = bounds.MAX_RESERVOIR_DRUGS;
  const programmable = fc.record({
    kind: fc.constant('programmable'),
    reservoir: q(10, 60, 0, ['mL']),
    lowReservoirAlarm: q(0, 5, 1, ['mL']),
    rateResolution: fc.constantFrom('0.001 mL/day', '0.0001 mL/day', '1 uL/day', '0.01 mL/day'),
    minRate: q(0.001, 0.02, 3, ['mL/day']),
    maxRate: q(1, 50, 0, ['mL/day']),
    maxBolusRate: q(0.1, 60, 1, ['mL/h']),
    internalVolume: q(0, 2, 2, ['mL', 'uL']),
  }, { requiredKeys: ['kind', 'reservoir', 'lowReservoirAlarm', 'rateResolution', 'minRate', 'maxRate', 'maxBolusRate'] });
  const fixed = fc.record({
    kind: fc.constant('fixed-rate'), reservoir: q(10, 60, 0, ['mL']), lowReservoirAlarm: q(0, 5, 1, ['mL']),
    nominalFlow: q(0.1, 3, 2, ['mL/day']), flowTolerance: q(0, 20, 0, ['%']),
  });
  const pump = fc.oneof({ weight: 8, arbitrary: programmable }, { weight: 1, arbitrary: fixed }, { weight: 1, arbitrary: fc.constantFrom(...pumpNames) });
  const drugName = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...LIBRARY_DRUGS) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z-]{1,20}$/) });
  // mostly a prescriber's units (mg/day at mg/mL: rates a pump can run), sometimes any unit of the dimension
  const usual = (lo, hi, frac, unit, units) => fc.oneof({ weight: 6, arbitrary: q(lo, hi, frac, [unit]) }, { weight: 1, arbitrary: q(lo, hi, frac, units) });
  const conc = usual(1, 25, 1, 'mg/mL', UNITS.concentration);
  const doseRate = usual(0.5, 10, 3, 'mg/day', UNITS.doseRate);
  const drugList = (max) => fc.uniqueArray(fc.record({ drug: drugName, concentration: conc }), { minLength: 1, maxLength: max, selector: (d) => d.drug });
  const drugs = fc.oneof({ weight: 10, arbitrary: drugList(Math.min(2, maxDrugs)) }, { weight: 1, arbitrary: drugList(maxDrugs) });
  const startLists = (max) => fc.uniqueArray(fc.integer({ min: 1, max: 1439 }), { maxLength: Math.max(0, Math.min(max, perDay - 1)) });
  const steps = fc.oneof({ weight: 10, arbitrary: startLists(6) }, { weight: 1, arbitrary: startLists(perDay - 1) })
    .chain((starts) => {
      const all = [0, ...starts.sort((a, b) => a - b)];
      return fc.tuple(...all.map((m) => doseRate.map((dose) => ({ start: `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`, dose }))));
    });
  const periodic = fc.array(fc.record({ start: clock, dose: usual(0.001, 0.5, 3, 'mg', UNITS.mass), duration: fc.oneof(q(1, 600, 0, ['min']), q(1, 7200, 0, ['s']), q(0.1, 23.9, 1, ['h'])) }), { maxLength: 3 });
  const manyPeriodic = fc.integer({ min: 0, max: perDay }).map((n) => Array.from({ length: n }, (_, i) => ({ start: `${String(Math.floor((i % 1440) / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`, dose: '0.001 mg', duration: '1 min' })));
  const patient = fc.record({
    dose: usual(0.001, 0.3, 3, 'mg', UNITS.mass), d: fc.integer({ min: 1, max: 60 }), extra: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 1500 })),
    maxPerDay: fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 0, max: 24 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: maxCount }) }),
    unit: fc.constantFrom('min', 's'),
  }).map((p) => (p.unit === 'min'
    ? { dose: p.dose, duration: `${p.d} min`, lockout: `${p.d + p.extra} min`, maxPerDay: p.maxPerDay }
    : { dose: p.dose, duration: `${p.d * 60} s`, lockout: `${(p.d + p.extra) * 60} s`, maxPerDay: p.maxPerDay }));
  // a week program (an extension): seven days, each continuous or flex with its own periodic boluses
  const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const dayProgram = fc.record({
    basal: fc.oneof(doseRate.map((dose) => ({ mode: 'continuous', dose })), steps.map((s) => ({ mode: 'flex', steps: s }))),
    periodicBoluses: fc.option(periodic, { nil: undefined, freq: 3 }),
  }).map((d) => (d.periodicBoluses === undefined ? d.basal : { ...d.basal, periodicBoluses: d.periodicBoluses }));
  const week = fc.tuple(...WEEKDAYS.map(() => dayProgram)).map((ds) => ({ mode: 'week', days: Object.fromEntries(WEEKDAYS.map((d, i) => [d, ds[i]])) }));
  const therapyFor = (drug) => fc.record({
    basal: fc.oneof({ weight: 5, arbitrary: doseRate.map((dose) => ({ mode: 'continuous', dose })) }, { weight: 5, arbitrary: steps.map((s) => ({ mode: 'flex', steps: s })) }, { weight: 1, arbitrary: week }),
    periodicBoluses: fc.option(fc.oneof({ weight: 8, arbitrary: periodic }, { weight: 1, arbitrary: manyPeriodic }), { nil: undefined }),
    patientBolus: fc.option(patient, { nil: undefined }),
  }).map((t) => {
    const therapy = { mode: t.basal.mode, drug, ...(t.basal.mode === 'continuous' ? { dose: t.basal.dose } : t.basal.mode === 'week' ? { days: t.basal.days } : { steps: t.basal.steps }) };
    if (t.periodicBoluses !== undefined && t.basal.mode !== 'week') therapy.periodicBoluses = t.periodicBoluses;
    if (t.patientBolus !== undefined) therapy.patientBolus = t.patientBolus;
    return therapy;
  });
  const limitsFor = (ds) => fc.option(fc.constant(Object.fromEntries(ds.map((d) => [d.drug, { maxDaily: d.drug === 'ziconotide' ? '19.2 mcg/day' : '20 mg/day' }]))), { nil: undefined });
  const compileParts = drugs.chain((ds) => fc.record({
    pump, reservoir: fc.record({ fill: q(1, 60, 1, ['mL']), filledAt: clock, filledOn: fc.constantFrom(...WEEKDAYS) }, { requiredKeys: ['fill'] }).map((r) => ({ ...r, drugs: ds })),
    therapy: therapyFor(ds[0].drug), limits: limitsFor(ds),
    titration: fc.option(fc.record({ previousDose: q(0.01, 20, 3, UNITS.doseRate), since: q(1, 30, 0, ['day', 'h']) }), { nil: undefined, freq: 6 }),
  }, { requiredKeys: ['pump', 'reservoir', 'therapy'] }));
  const stripUndefined = (o) => JSON.parse(JSON.stringify(o));
  const catheter = fc.oneof(
    fc.record({ volume: fc.oneof({ weight: 10, arbitrary: q(0.01, 1, 3, ['mL']) }, { weight: 1, arbitrary: q(1, 100, 0, ['mL']) }) }),
    fc.record({ length: q(10, 120, 0, ['cm']), volumePerLength: q(0.001, 0.005, 4, ['mL/cm']) }),
  );
  return {
    compile: compileParts.map(stripUndefined),
    'clock-change': fc.tuple(compileParts, fc.record({ at: clock, jump: fc.oneof(q(1, 23, 0, ['h']), q(1, 1439, 0, ['min'])).chain((j) => fc.constantFrom(j, `-${j}`)) }))
      .map(([c, clockChange]) => stripUndefined({ ...c, clockChange })),
    prime: fc.tuple(compileParts, catheter, fc.record({ pumpInternal: fc.constantFrom('empty', 'drug'), catheter: fc.constantFrom('empty', 'drug') }), fc.option(q(0.01, 1, 2, ['mL']), { nil: undefined }))
      .map(([c, cat, contents, volume]) => stripUndefined({ ...c, catheter: cat, contents, volume })),
    bridge: fc.tuple(drugs, drugs, pump, catheter, q(0.05, 2, 3, UNITS.flow), fc.option(q(1, 60, 0, ['mL']), { nil: undefined }), fc.option(clock, { nil: undefined }))
      .chain(([olds, news, p, cat, rate, fill, filledAt]) => fc.tuple(therapyFor(news[0].drug), limitsFor([...olds, ...news]))
        .map(([therapy, limits]) => stripUndefined({ pump: p, catheter: cat, old: { drugs: olds, rate }, new: { drugs: news, therapy, fill, filledAt }, limits }))),
    convert: fc.record({
      drug: drugName, from: fc.record({ route: fc.constantFrom('oral', 'oral', 'intravenous', 'epidural', 'intrathecal'), dose: usual(0.1, 1000, 1, 'mg/day', UNITS.doseRate) }),
      to: fc.record({ route: fc.constantFrom('intrathecal', 'intrathecal', 'oral', 'intravenous', 'epidural') }), ratio: fc.option(decimal(1, 500, 1), { nil: undefined, freq: 2 }),
    }, { requiredKeys: ['drug', 'from', 'to'] }).map(stripUndefined),
    'refill-check': fc.record({ pump, expectedResidual: q(0, 60, 1, UNITS.volume), measuredResidual: q(0, 60, 1, UNITS.volume), discrepancyThreshold: fc.option(q(0.1, 5, 1, ['mL']), { nil: undefined }) })
      .map(stripUndefined),
  };
}

/**
 * A source of requests for every command, reproducible from `seed`.
 *
 * @param {number} seed
 * @param {{ bounds: { MAX_PER_DAY_ENTRIES: number, MAX_COUNT: number, MAX_RESERVOIR_DRUGS: number }, pumpNames: string[], vectors: { name: string, command: string, request?: unknown, raw?: string }[] }} opts
 */
export function requestSource(seed, opts) {
  const r = prng(seed);
  const arbs = arbitraries(opts.bounds, opts.pumpNames);
  const queues = Object.fromEntries(REQUEST_COMMANDS.map((c) => [c, []]));
  let batch = 0;
  const generated = (command) => {
    const queue = queues[command];
    if (queue.length === 0) {
      batch += 1;
      queue.push(...fc.sample(arbs[command], { seed: (seed ^ Math.imul(batch, 0x9e3779b1)) | 0, numRuns: 20 }));
    }
    return queue.shift();
  };
  return {
    next() {
      if (r.chance(0.01)) return { command: r.pick(LISTING_COMMANDS), origin: 'listing', text: null };
      if (r.chance(0.5)) return mutatedRequest(r, opts.vectors);
      const command = r.pick(REQUEST_COMMANDS);
      return { command, origin: 'generated (fast-check)', text: JSON.stringify(generated(command)) };
    },
  };
}
