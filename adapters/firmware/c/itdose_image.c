/*
 * itdose program image: decoder and delivery scheduler (C99). See
 * itdose_image.h and docs/firmware-image.md. Integer arithmetic only; every
 * 64-bit sum and product is checked before it is formed.
 */
#include "itdose_image.h"

#define ITD_LIMIT_SUM 0x3FFFFFFFFFFFFFFFu   /* 2^62 - 1 */
#define ITD_LIMIT_FACTOR 0xFFFFFFFFFFFu      /* 2^44 - 1 */
#define ITD_LIMIT_MULTIPLIER 0xFFFFFu        /* 2^20 - 1 */

/* ---- little-endian reads (each byte widened before it is shifted) ---- */

static uint32_t rd16(const uint8_t *b, size_t off) {
  return (uint32_t)b[off] | ((uint32_t)b[off + 1u] << 8);
}

static uint32_t rd32(const uint8_t *b, size_t off) {
  return (uint32_t)b[off] | ((uint32_t)b[off + 1u] << 8) | ((uint32_t)b[off + 2u] << 16) | ((uint32_t)b[off + 3u] << 24);
}

/* ---- checked 64-bit arithmetic ---- */

/* Both below 2^62: the sum is below 2^63. Every sum of the scheduler stays far below (docs/firmware-image.md). */
static int add64(uint64_t a, uint64_t b, uint64_t *out) {
  if (a > ITD_LIMIT_SUM || b > ITD_LIMIT_SUM) return 0;
  *out = a + b;
  return 1;
}

/* a below 2^44 and b below 2^20: the product is below 2^64. Each product of the scheduler is a figure times a
   count of seconds (at most a week) or of periods (at most 2^32 / 86400), in that order. */
static int mul64(uint64_t a, uint64_t b, uint64_t *out) {
  if (a > ITD_LIMIT_FACTOR || b > ITD_LIMIT_MULTIPLIER) return 0;
  *out = a * b;
  return 1;
}

/* a - b when a >= b, else 0 (never wraps). */
static uint64_t sub_or_zero(uint64_t a, uint64_t b) {
  return a >= b ? a - b : 0u;
}

static uint64_t min64(uint64_t a, uint64_t b) { return a < b ? a : b; }


/* ---- CRC-32C, bitwise (reflected polynomial 0x82F63B78) ---- */

uint32_t itd_crc32c(const uint8_t *buf, size_t len) {
  uint32_t crc = 0xFFFFFFFFu;
  size_t i;
  if (buf == NULL) return 0u;
  for (i = 0u; i < len; i++) {
    unsigned k;
    crc ^= (uint32_t)buf[i];
    for (k = 0u; k < 8u; k++) {
      uint32_t poly = (crc & 1u) != 0u ? 0x82F63B78u : 0u;
      crc = (crc >> 1) ^ poly;
    }
  }
  return crc ^ 0xFFFFFFFFu;
}

/* ---- decoder ---- */

/* A text field: 1..n printable ASCII bytes, then only NUL bytes. Copies it NUL-terminated. */
static int read_text(const uint8_t *b, size_t off, size_t n, char *out) {
  size_t i;
  int any = 0;
  int ended = 0;
  for (i = 0u; i < n; i++) {
    uint8_t c = b[off + i];
    if (c == 0u) {
      ended = 1;
      out[i] = '\0';
    } else {
      if (ended || c < 0x20u || c > 0x7Eu) return 0;
      out[i] = (char)c;
      any = 1;
    }
  }
  out[n] = '\0';
  return any;
}

/* A bolus delivers evenly: volume x 86400 / duration must be whole (units of 1/86400 nL per second). */
static int bolus_ok(uint32_t volume_nl, uint32_t duration_s) {
  uint64_t scaled = (uint64_t)volume_nl * (uint64_t)ITD_DAY_S; /* < 2^64: both below 2^32 and 2^17 */
  if (duration_s == 0u || duration_s >= ITD_DAY_S) return 0;
  if (volume_nl > ITD_MAX_BOLUS_NL) return 0;
  return scaled % (uint64_t)duration_s == 0u;
}

itd_status itd_decode(const uint8_t *buf, size_t len, itd_program *out) {
  size_t off;
  size_t expected;
  uint32_t i;
  uint32_t flags;
  if (buf == NULL || out == NULL) return ITD_E_NULL;
  if (len < (size_t)(ITD_HEADER_BYTES + ITD_CRC_BYTES) || len > (size_t)ITD_MAX_IMAGE_BYTES) return ITD_E_LENGTH;
  if (buf[0] != (uint8_t)'I' || buf[1] != (uint8_t)'T' || buf[2] != (uint8_t)'D' || buf[3] != (uint8_t)'I') return ITD_E_MAGIC;
  if (rd16(buf, 4u) != ITD_FORMAT_VERSION) return ITD_E_VERSION;
  if (rd16(buf, 6u) != ITD_HEADER_BYTES) return ITD_E_LENGTH;
  if ((size_t)rd32(buf, 8u) != len) return ITD_E_LENGTH;
  if (itd_crc32c(buf, len - ITD_CRC_BYTES) != rd32(buf, len - ITD_CRC_BYTES)) return ITD_E_CRC;

  out->format_version = (uint16_t)ITD_FORMAT_VERSION;
  out->period_s = rd32(buf, 76u);
  out->step_count = rd16(buf, 80u);
  out->periodic_count = rd16(buf, 82u);
  out->drug_count = rd16(buf, 84u);
  flags = rd16(buf, 86u);
  if (out->step_count < 1u || out->step_count > ITD_MAX_STEPS) return ITD_E_RANGE;
  if (out->periodic_count > ITD_MAX_PERIODIC) return ITD_E_RANGE;
  if (out->drug_count < 1u || out->drug_count > ITD_MAX_DRUGS) return ITD_E_RANGE;
  expected = (size_t)ITD_HEADER_BYTES + (size_t)out->step_count * ITD_STEP_BYTES + (size_t)out->periodic_count * ITD_BOLUS_BYTES
             + (size_t)out->drug_count * ITD_DRUG_BYTES + (size_t)ITD_CRC_BYTES;
  if (expected != len) return ITD_E_LENGTH;
  if (flags > 1u) return ITD_E_RANGE;
  if (out->period_s != ITD_DAY_S && out->period_s != ITD_WEEK_S) return ITD_E_RANGE;
  if (!read_text(buf, 12u, ITD_VERSION_BYTES, out->engine_version)) return ITD_E_RANGE;
  if (!read_text(buf, 28u, ITD_VERSION_BYTES, out->drug_library_version)) return ITD_E_RANGE;
  if (!read_text(buf, 44u, ITD_NAME_BYTES, out->pump_profile)) return ITD_E_RANGE;

  out->has_patient_bolus = flags;
  out->patient.start_s = 0u;
  out->patient.volume_nl = rd32(buf, 88u);
  out->patient.duration_s = rd32(buf, 92u);
  out->patient_lockout_s = rd32(buf, 96u);
  out->patient_max_per_day = rd32(buf, 100u);
  if (flags == 1u) {
    if (!bolus_ok(out->patient.volume_nl, out->patient.duration_s)) return ITD_E_RANGE;
    if (out->patient_lockout_s < out->patient.duration_s || out->patient_lockout_s > ITD_WEEK_S) return ITD_E_RANGE;
    if (out->patient_max_per_day > ITD_MAX_PER_DAY) return ITD_E_RANGE;
  } else if (out->patient.volume_nl != 0u || out->patient.duration_s != 0u || out->patient_lockout_s != 0u || out->patient_max_per_day != 0u) {
    return ITD_E_RANGE;
  }

  for (i = 0u; i < ITD_MAX_STEPS && i < out->step_count; i++) {
    itd_step st;
    off = (size_t)ITD_HEADER_BYTES + (size_t)i * ITD_STEP_BYTES;
    st.start_s = rd32(buf, off);
    st.flow_nl_per_day = rd32(buf, off + 4u);
    if (st.start_s >= out->period_s || st.flow_nl_per_day > ITD_MAX_FLOW_NL_PER_DAY) return ITD_E_RANGE;
    if (i == 0u ? st.start_s != 0u : st.start_s <= out->steps[i - 1u].start_s) return ITD_E_ORDER;
    out->steps[i] = st;
  }
  for (i = 0u; i < ITD_MAX_PERIODIC && i < out->periodic_count; i++) {
    itd_bolus b;
    off = (size_t)ITD_HEADER_BYTES + (size_t)out->step_count * ITD_STEP_BYTES + (size_t)i * ITD_BOLUS_BYTES;
    b.start_s = rd32(buf, off);
    b.volume_nl = rd32(buf, off + 4u);
    b.duration_s = rd32(buf, off + 8u);
    if (b.start_s >= out->period_s || !bolus_ok(b.volume_nl, b.duration_s)) return ITD_E_RANGE;
    out->periodic[i] = b;
  }
  out->ceiling_nl_per_24h = UINT32_MAX;
  for (i = 0u; i < ITD_MAX_DRUGS && i < out->drug_count; i++) {
    off = (size_t)ITD_HEADER_BYTES + (size_t)out->step_count * ITD_STEP_BYTES + (size_t)out->periodic_count * ITD_BOLUS_BYTES + (size_t)i * ITD_DRUG_BYTES;
    if (!read_text(buf, off, ITD_NAME_BYTES, out->drugs[i].name)) return ITD_E_RANGE;
    out->drugs[i].ceiling_nl_per_24h = rd32(buf, off + ITD_NAME_BYTES);
    if (out->drugs[i].ceiling_nl_per_24h < out->ceiling_nl_per_24h) out->ceiling_nl_per_24h = out->drugs[i].ceiling_nl_per_24h;
  }
  return ITD_OK;
}

/* ---- scheduler ---- */

/* Structural invariants the scheduler relies on (a program not from itd_decode is checked too). */
static int program_ok(const itd_program *p) {
  uint32_t i;
  if (p->period_s != ITD_DAY_S && p->period_s != ITD_WEEK_S) return 0;
  if (p->step_count < 1u || p->step_count > ITD_MAX_STEPS || p->periodic_count > ITD_MAX_PERIODIC) return 0;
  if (p->drug_count < 1u || p->drug_count > ITD_MAX_DRUGS) return 0;
  for (i = 0u; i < ITD_MAX_STEPS && i < p->step_count; i++) {
    if (p->steps[i].start_s >= p->period_s || p->steps[i].flow_nl_per_day > ITD_MAX_FLOW_NL_PER_DAY) return 0;
    if (i == 0u ? p->steps[i].start_s != 0u : p->steps[i].start_s <= p->steps[i - 1u].start_s) return 0;
  }
  for (i = 0u; i < ITD_MAX_PERIODIC && i < p->periodic_count; i++) {
    if (p->periodic[i].start_s >= p->period_s || !bolus_ok(p->periodic[i].volume_nl, p->periodic[i].duration_s)) return 0;
  }
  if (p->has_patient_bolus > 1u) return 0;
  if (p->has_patient_bolus == 1u) {
    if (!bolus_ok(p->patient.volume_nl, p->patient.duration_s)) return 0;
    if (p->patient_lockout_s < p->patient.duration_s || p->patient_max_per_day > ITD_MAX_PER_DAY) return 0;
  }
  return 1;
}

/* Seconds of [0, ph) covered by the train [a + kP, a + kP + d), k any integer; a < P, d <= P, ph < P. */
static uint64_t inside(uint32_t ph, uint32_t a, uint32_t d, uint32_t period) {
  uint64_t on = 0u;
  uint64_t end = (uint64_t)a + (uint64_t)d;
  uint64_t spill = sub_or_zero(end, (uint64_t)period);
  on = min64(sub_or_zero((uint64_t)ph, (uint64_t)a), (uint64_t)d);
  return on + min64((uint64_t)ph, spill); /* each at most a period (< 2^20) */
}

/* A bolus's rate in units of 1/86400 nL per second. */
static uint64_t bolus_rate(uint32_t volume_nl, uint32_t duration_s) {
  if (duration_s == 0u) return 0u;
  return ((uint64_t)volume_nl * (uint64_t)ITD_DAY_S) / (uint64_t)duration_s;
}

/*
 * The program's whole nanolitres due from time 0 to t, plus the patient
 * boluses: floor(U / 86400) where U, in units of 1/86400 nL, is the exact
 * volume (the basal flows in nL/day times seconds, each bolus's rate times its
 * seconds on). Computed as n whole periods plus the phase, each checked.
 */
static int due_at(const itd_scheduler *s, uint32_t t, uint64_t *due) {
  const itd_program *p = &s->program;
  uint32_t period = p->period_s;
  uint32_t n;
  uint32_t ph;
  uint64_t per_period = 0u;
  uint64_t phase = 0u;
  uint64_t whole = 0u;
  uint64_t rest = 0u;
  uint64_t total = 0u;
  uint64_t term = 0u;
  uint32_t i;
  if (period != ITD_DAY_S && period != ITD_WEEK_S) return 0;
  n = t / period;  /* at most 2^32 / 86400 < 2^16 */
  ph = t % period;
  for (i = 0u; i < ITD_MAX_STEPS && i < p->step_count; i++) {
    uint32_t start = p->steps[i].start_s;
    uint32_t end = (i + 1u < p->step_count && i + 1u < ITD_MAX_STEPS) ? p->steps[i + 1u].start_s : period;
    uint32_t len;
    if (end <= start || end > period) return 0;
    len = end - start;
    if (!mul64((uint64_t)p->steps[i].flow_nl_per_day, (uint64_t)len, &term) || !add64(per_period, term, &per_period)) return 0;
    if (!mul64((uint64_t)p->steps[i].flow_nl_per_day, inside(ph, start, len, period), &term) || !add64(phase, term, &phase)) return 0;
  }
  for (i = 0u; i < ITD_MAX_PERIODIC && i < p->periodic_count; i++) {
    const itd_bolus *b = &p->periodic[i];
    if (!mul64((uint64_t)b->volume_nl, (uint64_t)ITD_DAY_S, &term) || !add64(per_period, term, &per_period)) return 0;
    if (!mul64(bolus_rate(b->volume_nl, b->duration_s), inside(ph, b->start_s, b->duration_s, period), &term) || !add64(phase, term, &phase)) return 0;
  }
  if (s->pat_running == 1u && p->has_patient_bolus == 1u) {
    uint64_t on = min64(sub_or_zero((uint64_t)t, (uint64_t)s->pat_last_start), (uint64_t)p->patient.duration_s);
    if (!mul64(bolus_rate(p->patient.volume_nl, p->patient.duration_s), on, &term) || !add64(phase, term, &phase)) return 0;
  }
  /* floor((n * per_period + phase) / 86400) without forming n * per_period */
  if (!mul64(per_period / ITD_DAY_S, (uint64_t)n, &whole)) return 0;
  if (!mul64(per_period % ITD_DAY_S, (uint64_t)n, &rest) || !add64(rest, phase, &rest)) return 0;
  if (!add64(whole, rest / ITD_DAY_S, &total) || !add64(total, s->pat_done_nl, &total)) return 0;
  *due = total;
  return 1;
}

itd_status itd_sched_init(itd_scheduler *s, const itd_program *p, uint32_t t0) {
  uint32_t i;
  if (s == NULL || p == NULL) return ITD_E_NULL;
  if (!program_ok(p)) return ITD_E_RANGE;
  s->program = *p;
  s->t_prev = t0;
  s->t_origin = t0;
  s->pat_count = 0u;
  s->pat_done_nl = 0u;
  s->pat_running = 0u;
  s->pat_last_start = 0u;
  s->delivered_nl = 0u;
  for (i = 0u; i < ITD_MAX_PER_DAY; i++) s->pat_starts[i] = 0u;
  for (i = 0u; i < ITD_CEILING_SLOTS; i++) {
    s->slot_last_s[i] = 0u;
    s->slot_nl[i] = 0u;
  }
  s->due_prev_nl = 0u;
  if (!due_at(s, t0, &s->due_prev_nl)) return ITD_E_OVERFLOW;
  return ITD_OK;
}

/* Nanolitres scheduled in the slots that may hold a delivery of (t - 24 h, t] (whole minutes: never less than the truth). */
static uint64_t last_24h(const itd_scheduler *s, uint32_t t) {
  uint64_t sum = 0u;
  uint32_t i;
  for (i = 0u; i < ITD_CEILING_SLOTS; i++) {
    if (s->slot_nl[i] != 0u && (t < ITD_DAY_S || s->slot_last_s[i] > t - ITD_DAY_S) && sum <= ITD_LIMIT_SUM) sum += (uint64_t)s->slot_nl[i];
  }
  return sum; /* at most 1441 x (2^32 - 1), far below the guard */
}

static itd_bolus_outcome patient_request(itd_scheduler *s, uint32_t t) {
  const itd_program *p = &s->program;
  uint32_t i;
  uint32_t recent = 0u;
  uint32_t kept;
  if (p->has_patient_bolus != 1u || p->patient_max_per_day == 0u || p->patient_max_per_day > ITD_MAX_PER_DAY) return ITD_BOLUS_REFUSED_NONE_PROGRAMMED;
  if (s->pat_count > 0u && sub_or_zero((uint64_t)t, (uint64_t)s->pat_last_start) < (uint64_t)p->patient_lockout_s) return ITD_BOLUS_REFUSED_LOCKOUT;
  kept = s->pat_count < p->patient_max_per_day ? s->pat_count : p->patient_max_per_day;
  for (i = 0u; i < ITD_MAX_PER_DAY && i < kept; i++) {
    if ((t < ITD_DAY_S || s->pat_starts[i] > t - ITD_DAY_S) && recent < ITD_MAX_PER_DAY) recent++;
  }
  if (recent >= p->patient_max_per_day || s->pat_count == UINT32_MAX) return ITD_BOLUS_REFUSED_COUNT;
  if (s->pat_running == 1u) {
    /* the lockout (>= duration) has passed: the last bolus is whole; its volume moves to the finished ones, the due total unchanged */
    if (!add64(s->pat_done_nl, (uint64_t)p->patient.volume_nl, &s->pat_done_nl)) return ITD_BOLUS_REFUSED_COUNT;
  }
  s->pat_starts[s->pat_count % p->patient_max_per_day] = t;
  s->pat_count++;
  s->pat_running = 1u;
  s->pat_last_start = t;
  return ITD_BOLUS_STARTED;
}

itd_status itd_sched_step(itd_scheduler *s, uint32_t t, int patient_request_flag, itd_step_result *r) {
  uint64_t due = 0u;
  uint64_t owed;
  uint64_t used;
  uint64_t room;
  uint64_t give;
  uint32_t slot;
  if (s == NULL || r == NULL) return ITD_E_NULL;
  r->deliver_nl = 0u;
  r->withheld_nl = 0u;
  r->bolus = ITD_BOLUS_NONE;
  if (t < s->t_prev) return ITD_E_TIME;
  if (!program_ok(&s->program)) return ITD_E_RANGE;
  if (!due_at(s, t, &due)) return ITD_E_OVERFLOW;
  owed = sub_or_zero(due, s->due_prev_nl);
  used = last_24h(s, t);
  room = sub_or_zero((uint64_t)s->program.ceiling_nl_per_24h, used);
  give = min64(owed, room);
  slot = (t / ITD_CEILING_BUCKET_S) % ITD_CEILING_SLOTS;
  if (s->slot_nl[slot] != 0u && s->slot_last_s[slot] / ITD_CEILING_BUCKET_S != t / ITD_CEILING_BUCKET_S) s->slot_nl[slot] = 0u;
  if (give > 0u) {
    /* the slot's total is inside the window, so it stays within the ceiling (a uint32) */
    s->slot_nl[slot] = (uint32_t)min64((uint64_t)s->slot_nl[slot] + give, (uint64_t)UINT32_MAX);
    s->slot_last_s[slot] = t;
  }
  if (!add64(s->delivered_nl, give, &s->delivered_nl)) return ITD_E_OVERFLOW;
  s->due_prev_nl = due;
  s->t_prev = t;
  r->deliver_nl = give;
  r->withheld_nl = sub_or_zero(owed, give);
  if (patient_request_flag != 0) r->bolus = patient_request(s, t);
  return ITD_OK;
}
