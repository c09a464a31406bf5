import type { DrugEntry } from '../../../../core/index.js';
import type { Json } from '../engine.js';
import { arr, str } from '../_internals/json.js';
import { checkConcentration } from '../entry/checkConcentration.js';
import type { EntryProblem } from '../entry/EntryProblem.js';
import { h, numberField, selectField, setOptions, showError, textField, type NumberField } from './dom.js';

/** What the form gives: the wire request, or the problems the app found before asking the engine. @since 0.1.0 */
export interface FormRead {
  readonly request: { [k: string]: unknown };
  readonly problems: readonly EntryProblem[];
}

const PUMP_FIELDS: readonly (readonly [string, string, 'volume' | 'flow' | 'percent', string])[] = [
  ['reservoir', 'Reservoir volume', 'volume', 'mL'],
  ['lowReservoirAlarm', 'Low-reservoir alarm volume', 'volume', 'mL'],
  ['rateResolution', 'Rate resolution', 'flow', 'mL/day'],
  ['minRate', 'Minimum rate', 'flow', 'mL/day'],
  ['maxRate', 'Maximum rate', 'flow', 'mL/day'],
  ['maxBolusRate', 'Maximum bolus rate', 'flow', 'mL/h'],
  ['internalVolume', 'Pump internal volume', 'volume', 'mL'],
  ['bolusVolumeResolution', 'Bolus volume resolution', 'volume', 'mL'],
  ['nominalFlow', 'Nominal flow (fixed-rate pump)', 'flow', 'mL/day'],
  ['flowTolerance', 'Flow tolerance', 'percent', '%'],
];
const TYPED_FIELDS = ['reservoir', 'lowReservoirAlarm', 'rateResolution', 'minRate', 'maxRate', 'maxBolusRate', 'internalVolume'];
const MAX_DRUG_SLOTS = 3;
const MAX_STEP_SLOTS = 6;
const MAX_PERIODIC_SLOTS = 4;
const MAX_OVERRIDE_SLOTS = 3;

interface DrugSlot { root: HTMLElement; drug: HTMLSelectElement; conc: HTMLSelectElement; typed: NumberField; limit: NumberField; note: HTMLElement }
interface StepSlot { root: HTMLElement; start: HTMLInputElement; startRoot: HTMLElement; dose: NumberField }
interface PeriodicSlot { root: HTMLElement; start: HTMLInputElement; startRoot: HTMLElement; dose: NumberField; duration: NumberField }
interface OverrideSlot { root: HTMLElement; drug: HTMLSelectElement; limit: HTMLSelectElement; upTo: NumberField; reason: HTMLInputElement; reasonRoot: HTMLElement }

/** Rows shown one after another: Add shows the next, Remove hides the last (so wire indexes stay dense). */
function slots<T extends { root: HTMLElement }>(name: string, max: number, make: (i: number) => T, initial: number): { root: HTMLElement; items: T[]; shown: () => T[] } {
  const items = Array.from({ length: max }, (_, i) => make(i));
  let count = initial;
  const list = h('div', { class: 'slots' }, ...items.map((s) => s.root));
  const add = h('button', { type: 'button', class: 'add' }, `Add ${name}`);
  const remove = h('button', { type: 'button', class: 'remove' }, `Remove last ${name}`);
  const sync = (): void => {
    items.forEach((s, i) => { s.root.hidden = i >= count; });
    add.toggleAttribute('disabled', count >= max);
    remove.toggleAttribute('disabled', count <= 0);
  };
  add.addEventListener('click', () => { count = Math.min(max, count + 1); sync(); });
  remove.addEventListener('click', () => { count = Math.max(0, count - 1); sync(); });
  sync();
  return { root: h('div', {}, list, h('div', { class: 'buttons' }, add, remove)), items, shown: () => items.slice(0, count) };
}

/**
 * The prescription entry form: pump (a built-in profile with the figures it
 * leaves to the integrator, or a typed pump), reservoir contents (library
 * drugs; concentrations from each product's list or typed and checked against
 * it at once), mode (continuous or flex steps, periodic boluses, patient
 * bolus), prescriber ceilings, titration and overrides with their value and
 * reason. `read()` gives the wire request for the engine's `compile`.
 *
 * Implements REQ-APP-002, REQ-APP-004.
 * @since 0.1.0
 */
export function prescriptionForm(drugs: readonly DrugEntry[], pumps: Json): { root: HTMLElement; read: () => FormRead; drugsIn: () => string[]; pumpRequest: () => FormRead } {
  const drugOptions = drugs.map((d) => [d.name, d.name] as const);
  const profiles = arr(pumps, 'pumps');
  // --- pump
  const pumpSel = selectField('pump', 'Pump', [['', '— choose a pump —'], ...profiles.map((p) => [str(p, 'name'), str(p, 'displayName')] as const), ['typed', 'Typed pump (enter every figure)']]);
  const pumpFields = PUMP_FIELDS.map(([name, label, dim, unit]) => ({ name, field: numberField(`pump.${name}`, label, dim, [unit]) }));
  const reservoirChoice = selectField('pump.reservoir', 'Reservoir size of this pump', []);
  const pumpNote = h('p', { class: 'hint', id: 'pump-note' });
  const syncPump = (): void => {
    const name = pumpSel.select.value;
    const profile = profiles.find((p) => str(p, 'name') === name);
    const supplies = profile === undefined ? (name === 'typed' ? TYPED_FIELDS : []) : arr(profile, 'integratorSupplies').map((x) => String(x));
    for (const { name: n, field } of pumpFields) field.root.hidden = !supplies.includes(n);
    const sizes = profile === undefined ? [] : arr(profile, 'reservoirs').map((r) => str(r, 'value'));
    reservoirChoice.root.hidden = sizes.length < 2;
    setOptions(reservoirChoice.select, [['', '— choose —'], ...sizes.map((v) => [v, v] as const)]);
    pumpNote.textContent = profile === undefined ? '' : `Built-in profile; the figures below are not public and are the site's to supply (${supplies.join(', ') || 'none'}).`;
  };
  pumpSel.select.addEventListener('change', syncPump);
  syncPump();
  const pumpSection = h('fieldset', {}, h('legend', {}, '1. Pump'), pumpSel.root, pumpNote, reservoirChoice.root, ...pumpFields.map((p) => p.field.root));

  // --- reservoir
  const fill = numberField('reservoir.fill', 'Fill volume', 'volume', ['mL']);
  const filledAt = textField('reservoir.filledAt', 'Filled at (pump clock, HH:MM)', 'HH:MM');
  filledAt.input.value = '00:00';
  const drugSlots = slots<DrugSlot>('drug', MAX_DRUG_SLOTS, (i) => {
    const d = selectField(`reservoir.drugs.${i}.drug`, `Drug ${i + 1}`, [['', '— choose —'], ...drugOptions]);
    const c = selectField(`reservoir.drugs.${i}.concentration`, `Drug ${i + 1} concentration`, []);
    const typed = numberField(`reservoir.drugs.${i}.concentration`, `Drug ${i + 1} typed concentration`, 'concentration', ['mg/mL', 'mcg/mL']);
    const limit = numberField(`limits.-.maxDaily`, `Drug ${i + 1} prescriber ceiling per day (optional)`, 'doseRate', ['mg/day', 'mcg/day']);
    const note = h('p', { class: 'hint', 'aria-live': 'polite' });
    const slot: DrugSlot = { root: h('div', { class: 'slot' }, d.root, c.root, typed.root, note, limit.root), drug: d.select, conc: c.select, typed, limit, note };
    const syncConc = (): void => {
      const entry = drugs.find((x) => x.name === d.select.value);
      const listed = (entry?.products ?? []).flatMap((p) => p.concentrations.map((cc) => [cc.value, `${cc.value} (${p.name}${p.forPumps ? '' : ', not for pumps'})`] as const));
      setOptions(c.select, [['', '— choose —'], ...listed, ['typed', 'Typed concentration (compounded)…']]);
      typed.root.hidden = c.select.value !== 'typed';
      slot.limit.path = `limits.${d.select.value || '-'}.maxDaily`;
      slot.limit.root.dataset['path'] = slot.limit.path;
      therapyDrugSync();
    };
    const checkTyped = (): void => {
      note.textContent = '';
      const entry = drugs.find((x) => x.name === d.select.value);
      const r = typed.read();
      if (entry === undefined || !r.ok) return;
      const v = checkConcentration(entry.name, entry.products, r.wire, typed.path);
      if (v.kind === 'confused') showError(typed.root, v.problem.message);
      else note.textContent = v.kind === 'listed' ? `listed: ${v.product}` : v.note;
    };
    d.select.addEventListener('change', syncConc);
    c.select.addEventListener('change', () => { typed.root.hidden = c.select.value !== 'typed'; });
    typed.input.addEventListener('input', checkTyped);
    typed.unit.addEventListener('change', checkTyped);
    typed.root.hidden = true;
    return slot;
  }, 1);
  const reservoirSection = h('fieldset', {}, h('legend', {}, '2. Reservoir contents'), fill.root, filledAt.root, drugSlots.root);

  // --- therapy
  const therapyDrug = selectField('therapy.drug', 'Prescribed drug (the dose is of this drug)', []);
  function therapyDrugSync(): void {
    setOptions(therapyDrug.select, drugSlots.shown().map((s) => s.drug.value).filter((v) => v !== '').map((v) => [v, v] as const));
  }
  const mode = selectField('therapy.mode', 'Mode', [['continuous', 'Continuous (one daily dose)'], ['flex', 'Flex steps (dose changes at clock times)']]);
  const dose = numberField('therapy.dose', 'Daily dose', 'doseRate', ['mg/day', 'mcg/day']);
  const steps = slots<StepSlot>('flex step', MAX_STEP_SLOTS, (i) => {
    const start = textField(`therapy.steps.${i}.start`, `Step ${i + 1} starts at (HH:MM)`, 'HH:MM');
    const d = numberField(`therapy.steps.${i}.dose`, `Step ${i + 1} dose`, 'doseRate', ['mg/day', 'mcg/day']);
    return { root: h('div', { class: 'slot' }, start.root, d.root), start: start.input, startRoot: start.root, dose: d };
  }, 2);
  const stepsBox = h('div', {}, steps.root);
  const syncMode = (): void => { dose.root.hidden = mode.select.value !== 'continuous'; stepsBox.hidden = mode.select.value !== 'flex'; };
  mode.select.addEventListener('change', syncMode);
  syncMode();
  const periodic = slots<PeriodicSlot>('periodic bolus', MAX_PERIODIC_SLOTS, (i) => {
    const start = textField(`therapy.periodicBoluses.${i}.start`, `Periodic bolus ${i + 1} at (HH:MM)`, 'HH:MM');
    const d = numberField(`therapy.periodicBoluses.${i}.dose`, `Periodic bolus ${i + 1} dose`, 'mass', ['mg', 'mcg']);
    const dur = numberField(`therapy.periodicBoluses.${i}.duration`, `Periodic bolus ${i + 1} duration`, 'time', ['min', 'h']);
    return { root: h('div', { class: 'slot' }, start.root, d.root, dur.root), start: start.input, startRoot: start.root, dose: d, duration: dur };
  }, 0);
  const pbOn = h('input', { type: 'checkbox', id: 'pb-on' });
  const pbDose = numberField('therapy.patientBolus.dose', 'Patient bolus dose', 'mass', ['mg', 'mcg']);
  const pbDuration = numberField('therapy.patientBolus.duration', 'Patient bolus duration', 'time', ['min']);
  const pbLockout = numberField('therapy.patientBolus.lockout', 'Lockout', 'time', ['h', 'min']);
  const pbMax = textField('therapy.patientBolus.maxPerDay', 'Most patient boluses per day (a whole number)');
  pbMax.input.setAttribute('inputmode', 'numeric');
  const pbBox = h('div', { class: 'slot' }, pbDose.root, pbDuration.root, pbLockout.root, pbMax.root);
  const syncPb = (): void => { pbBox.hidden = !pbOn.checked; };
  pbOn.addEventListener('change', syncPb);
  syncPb();
  const therapySection = h('fieldset', {}, h('legend', {}, '3. Therapy'), therapyDrug.root, mode.root, dose.root, stepsBox,
    h('h3', {}, 'Periodic boluses'), periodic.root,
    h('h3', {}, 'Patient bolus'), h('div', { class: 'check' }, pbOn, h('label', { for: 'pb-on' }, 'The patient may give boluses (personal therapy manager)')), pbBox);

  // --- titration and overrides
  const prev = numberField('titration.previousDose', 'Previous daily dose (optional: checks the titration step)', 'doseRate', ['mg/day', 'mcg/day']);
  const since = numberField('titration.since', 'Time since the last change', 'time', ['day', 'h']);
  const overrides = slots<OverrideSlot>('override', MAX_OVERRIDE_SLOTS, (i) => {
    const d = selectField(`overrides.${i}.drug`, `Override ${i + 1}: drug`, [['', '— choose —'], ...drugOptions]);
    const l = selectField(`overrides.${i}.limit`, `Override ${i + 1}: soft limit`, [['maxDaily', 'maximum daily dose'], ['maxConcentration', 'maximum concentration'], ['maxBolus', 'maximum bolus']]);
    const upTo = numberField(`overrides.${i}.upTo`, `Override ${i + 1}: allowed up to`, 'doseRate', ['mg/day', 'mcg/day']);
    const reason = textField(`overrides.${i}.reason`, `Override ${i + 1}: clinical reason`);
    l.select.addEventListener('change', () => {
      const units = l.select.value === 'maxDaily' ? ['mg/day', 'mcg/day'] : l.select.value === 'maxConcentration' ? ['mg/mL', 'mcg/mL'] : ['mg', 'mcg'];
      if (upTo.unit instanceof HTMLSelectElement) setOptions(upTo.unit, units.map((u) => [u, u] as const));
    });
    return { root: h('div', { class: 'slot' }, d.root, l.root, upTo.root, reason.root), drug: d.select, limit: l.select, upTo, reason: reason.input, reasonRoot: reason.root };
  }, 0);
  const limitsSection = h('fieldset', {}, h('legend', {}, '4. Titration and overrides'), prev.root, since.root,
    h('p', { class: 'hint' }, 'An override lifts one soft (guideline) limit up to the value given, for the reason given. Hard (label) limits have no override.'), overrides.root);

  const problems: EntryProblem[] = [];
  const num = (f: NumberField, required = true): string | undefined => {
    if (!f.filled() && !required) return undefined;
    const r = f.read();
    if (!r.ok) { problems.push(r.problem); return undefined; }
    return r.wire;
  };
  const pumpRequest = (): FormRead => {
    problems.length = 0;
    const name = pumpSel.select.value;
    let pump: unknown;
    if (name === '') { problems.push({ code: 'ENTRY_REQUIRED', path: 'pump', message: 'choose a pump' }); }
    else {
      const p: Record<string, unknown> = name === 'typed' ? { kind: 'programmable' } : { profile: name };
      for (const { name: n, field } of pumpFields) {
        if (field.root.hidden) continue;
        const v = num(field, false);
        if (v !== undefined) p[n] = v;
      }
      if (!reservoirChoice.root.hidden && reservoirChoice.select.value !== '') p['reservoir'] = reservoirChoice.select.value;
      pump = p;
    }
    return { request: { pump }, problems: [...problems] };
  };
  const read = (): FormRead => {
    const pumpPart = pumpRequest();
    problems.length = 0;
    problems.push(...pumpPart.problems);
    const reservoirDrugs = drugSlots.shown().map((s, i) => {
      let concentration: string | undefined;
      if (s.conc.value === 'typed') {
        concentration = num(s.typed);
        const entry = drugs.find((x) => x.name === s.drug.value);
        if (concentration !== undefined && entry !== undefined) {
          const v = checkConcentration(entry.name, entry.products, concentration, s.typed.path);
          if (v.kind === 'confused') problems.push(v.problem);
        }
      } else if (s.conc.value === '') problems.push({ code: 'ENTRY_REQUIRED', path: `reservoir.drugs.${i}.concentration`, message: 'choose a concentration' });
      else concentration = s.conc.value;
      return { drug: s.drug.value, ...(concentration === undefined ? {} : { concentration }) };
    });
    const limits: Record<string, unknown> = {};
    for (const s of drugSlots.shown()) {
      const v = num(s.limit, false);
      if (v !== undefined && s.drug.value !== '') limits[s.drug.value] = { maxDaily: v };
    }
    const therapy: Record<string, unknown> = { mode: mode.select.value, drug: therapyDrug.select.value };
    if (mode.select.value === 'continuous') therapy['dose'] = num(dose);
    else therapy['steps'] = steps.shown().map((s) => ({ start: s.start.value.trim(), dose: num(s.dose) }));
    const pbs = periodic.shown().map((s) => ({ start: s.start.value.trim(), dose: num(s.dose), duration: num(s.duration) }));
    if (pbs.length > 0) therapy['periodicBoluses'] = pbs;
    if (pbOn.checked) {
      const maxText = pbMax.input.value.trim();
      const maxPerDay = /^[1-9][0-9]{0,2}$/u.test(maxText) ? Number(maxText) : undefined;
      if (maxPerDay === undefined) problems.push({ code: 'ENTRY_NOT_A_NUMBER', path: 'therapy.patientBolus.maxPerDay', message: 'a whole number of boluses, such as 4' });
      therapy['patientBolus'] = { dose: num(pbDose), duration: num(pbDuration), lockout: num(pbLockout), maxPerDay };
    }
    const request: Record<string, unknown> = {
      pump: pumpPart.request['pump'],
      reservoir: { fill: num(fill), filledAt: filledAt.input.value.trim(), drugs: reservoirDrugs },
      therapy,
      limits,
    };
    if (prev.filled() || since.filled()) request['titration'] = { previousDose: num(prev), since: num(since) };
    const ov = overrides.shown().map((s, i) => {
      const reason = s.reason.value.trim();
      if (reason === '') problems.push({ code: 'ENTRY_REASON_REQUIRED', path: `overrides.${i}.reason`, message: 'an override needs the clinical reason' });
      return { code: 'SOFT_LIMIT_EXCEEDED', drug: s.drug.value, limit: s.limit.value, upTo: num(s.upTo), reason };
    });
    if (ov.length > 0) request['overrides'] = ov;
    return { request, problems: [...problems] };
  };
  const root = h('form', { id: 'prescription', novalidate: '' }, pumpSection, reservoirSection, therapySection, limitsSection);
  return { root, read, pumpRequest, drugsIn: () => drugSlots.shown().map((s) => s.drug.value) };
}
