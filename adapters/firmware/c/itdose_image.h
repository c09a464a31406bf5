/*
 * itdose program image: decoder and delivery scheduler (C99).
 *
 * Drop-in for pump firmware: one header, one source file; no dynamic
 * allocation, no floating point, no recursion, every loop bounded by a
 * constant of this header. The image format is specified in
 * docs/firmware-image.md (format version 1). Requirements: REQ-FW-003
 * (decoder validates before use), REQ-FW-004 (scheduler), REQ-FW-005
 * (24 h ceiling whatever the calls).
 */
#ifndef ITDOSE_IMAGE_H
#define ITDOSE_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#define ITD_FORMAT_VERSION 1u
#define ITD_HEADER_BYTES 104u
#define ITD_STEP_BYTES 8u
#define ITD_BOLUS_BYTES 12u
#define ITD_DRUG_BYTES 36u
#define ITD_CRC_BYTES 4u
#define ITD_NAME_BYTES 32u
#define ITD_VERSION_BYTES 16u

/* Bounds (an image outside them is refused). */
#define ITD_MAX_STEPS 336u
#define ITD_MAX_PERIODIC 336u
#define ITD_MAX_DRUGS 16u
#define ITD_MAX_PER_DAY 48u
#define ITD_MAX_FLOW_NL_PER_DAY 1000000000u /* 1 L/day */
#define ITD_MAX_BOLUS_NL 100000000u         /* 100 mL */
#define ITD_DAY_S 86400u
#define ITD_WEEK_S 604800u
#define ITD_MAX_IMAGE_BYTES (ITD_HEADER_BYTES + ITD_MAX_STEPS * ITD_STEP_BYTES + ITD_MAX_PERIODIC * ITD_BOLUS_BYTES + ITD_MAX_DRUGS * ITD_DRUG_BYTES + ITD_CRC_BYTES)

/* The 24 h ceiling is kept per minute: one slot per minute of the last 24 h and the current one. */
#define ITD_CEILING_BUCKET_S 60u
#define ITD_CEILING_SLOTS 1441u

typedef enum {
  ITD_OK = 0,
  ITD_E_NULL = 1,       /* a null pointer */
  ITD_E_LENGTH = 2,     /* too short, too long, or not the length the counts give */
  ITD_E_MAGIC = 3,      /* not "ITDI" */
  ITD_E_VERSION = 4,    /* a format version this decoder does not read */
  ITD_E_CRC = 5,        /* CRC-32C mismatch */
  ITD_E_RANGE = 6,      /* a field outside its bounds, or a reserved field not zero */
  ITD_E_ORDER = 7,      /* steps not strictly increasing from 0 */
  ITD_E_TIME = 8,       /* a call earlier than the previous one */
  ITD_E_OVERFLOW = 9    /* a figure would overflow 64 bits (never for a valid image and t < 2^32) */
} itd_status;

typedef struct { uint32_t start_s; uint32_t flow_nl_per_day; } itd_step;
typedef struct { uint32_t start_s; uint32_t volume_nl; uint32_t duration_s; } itd_bolus;
typedef struct { char name[ITD_NAME_BYTES + 1u]; uint32_t ceiling_nl_per_24h; } itd_drug;

typedef struct {
  uint16_t format_version;
  char engine_version[ITD_VERSION_BYTES + 1u];
  char drug_library_version[ITD_VERSION_BYTES + 1u];
  char pump_profile[ITD_NAME_BYTES + 1u];
  uint32_t period_s;
  uint32_t step_count;
  uint32_t periodic_count;
  uint32_t drug_count;
  uint32_t has_patient_bolus;
  itd_bolus patient;          /* start_s unused (0) */
  uint32_t patient_lockout_s;
  uint32_t patient_max_per_day;
  itd_step steps[ITD_MAX_STEPS];
  itd_bolus periodic[ITD_MAX_PERIODIC];
  itd_drug drugs[ITD_MAX_DRUGS];
  uint32_t ceiling_nl_per_24h; /* the least of the drugs' ceilings */
} itd_program;

/* CRC-32C (Castagnoli, reflected, init and final xor 0xFFFFFFFF) of len bytes. */
uint32_t itd_crc32c(const uint8_t *buf, size_t len);

/* Checks length, magic, version, declared length and CRC before reading any field, then every count, range and
   order while filling *out. On any status but ITD_OK, *out must not be used. */
itd_status itd_decode(const uint8_t *buf, size_t len, itd_program *out);

typedef enum { ITD_BOLUS_NONE = 0, ITD_BOLUS_STARTED = 1, ITD_BOLUS_REFUSED_LOCKOUT = 2, ITD_BOLUS_REFUSED_COUNT = 3, ITD_BOLUS_REFUSED_NONE_PROGRAMMED = 4 } itd_bolus_outcome;

typedef struct {
  itd_program program;
  uint32_t t_prev;            /* seconds of the last call, from the program's period start (00:00, or Monday 00:00) */
  uint32_t t_origin;          /* the time given at init */
  uint64_t due_prev_nl;       /* the program's whole nanolitres due at t_prev */
  uint32_t pat_count;         /* patient boluses started (all time) */
  uint32_t pat_starts[ITD_MAX_PER_DAY]; /* ring of the last starts */
  uint64_t pat_done_nl;       /* nanolitres of finished patient boluses */
  uint32_t pat_running;       /* 1 while the last patient bolus may still run */
  uint32_t pat_last_start;
  uint32_t slot_last_s[ITD_CEILING_SLOTS];
  uint32_t slot_nl[ITD_CEILING_SLOTS];
  uint64_t delivered_nl;      /* everything scheduled since init */
} itd_scheduler;

typedef struct {
  uint64_t deliver_nl;        /* deliver this now */
  uint64_t withheld_nl;       /* due but withheld by the 24 h ceiling (never delivered later) */
  itd_bolus_outcome bolus;
} itd_step_result;

/* Starts scheduling the decoded program at pump time t0 (seconds from the period start). */
itd_status itd_sched_init(itd_scheduler *s, const itd_program *p, uint32_t t0);

/* At time t (>= the previous call): what to deliver now; then, if patient_request, starts or refuses a patient bolus at t. */
itd_status itd_sched_step(itd_scheduler *s, uint32_t t, int patient_request, itd_step_result *r);

#endif
