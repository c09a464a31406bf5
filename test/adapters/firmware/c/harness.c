/*
 * Test driver for the C decoder and scheduler (built by the vitest suite with
 * -std=c99 -Wall -Wextra -Werror -pedantic and AddressSanitizer + UBSan).
 *
 *   harness run IMAGE SCRIPT   SCRIPT: first line t0, then "t request" lines;
 *                              prints "t deliver withheld bolus" per line
 *   harness decode IMAGE       prints the decoded fields, or the status
 *   harness corrupt IMAGE single|double   every 1-bit (and 2-bit) flip and every truncation;
 *                              prints counts tried and accepted
 *   harness fuzz SEED COUNT IMAGE   random byte strings and random mutations (a quarter
 *                              with the CRC made right, run through the scheduler)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "itdose_image.h"

static uint8_t image[ITD_MAX_IMAGE_BYTES + 64u];
static uint8_t work[ITD_MAX_IMAGE_BYTES + 64u];
static itd_program program;
static itd_scheduler sched;

static size_t read_image(const char *path) {
  FILE *f = fopen(path, "rb");
  size_t n;
  if (f == NULL) { fprintf(stderr, "cannot open %s\n", path); exit(2); }
  n = fread(image, 1u, sizeof image, f);
  fclose(f);
  return n;
}

static int run(const char *img, const char *script) {
  size_t n = read_image(img);
  FILE *f;
  unsigned long t0;
  unsigned long t;
  int req;
  itd_status st = itd_decode(image, n, &program);
  if (st != ITD_OK) { printf("decode %d\n", (int)st); return 1; }
  f = fopen(script, "r");
  if (f == NULL) return 2;
  if (fscanf(f, "%lu", &t0) != 1) return 2;
  st = itd_sched_init(&sched, &program, (uint32_t)t0);
  if (st != ITD_OK) { printf("init %d\n", (int)st); return 1; }
  while (fscanf(f, "%lu %d", &t, &req) == 2) {
    itd_step_result r;
    st = itd_sched_step(&sched, (uint32_t)t, req, &r);
    if (st != ITD_OK) { printf("%lu error %d\n", t, (int)st); continue; }
    printf("%lu %llu %llu %d\n", t, (unsigned long long)r.deliver_nl, (unsigned long long)r.withheld_nl, (int)r.bolus);
  }
  fclose(f);
  return 0;
}

static int decode(const char *img) {
  size_t n = read_image(img);
  uint32_t i;
  itd_status st = itd_decode(image, n, &program);
  if (st != ITD_OK) { printf("status %d\n", (int)st); return 0; }
  printf("status 0\nengine %s\nlibrary %s\npump %s\nperiod %lu\n", program.engine_version, program.drug_library_version, program.pump_profile, (unsigned long)program.period_s);
  for (i = 0u; i < program.step_count; i++) printf("step %lu %lu\n", (unsigned long)program.steps[i].start_s, (unsigned long)program.steps[i].flow_nl_per_day);
  for (i = 0u; i < program.periodic_count; i++) printf("periodic %lu %lu %lu\n", (unsigned long)program.periodic[i].start_s, (unsigned long)program.periodic[i].volume_nl, (unsigned long)program.periodic[i].duration_s);
  if (program.has_patient_bolus) printf("patient %lu %lu %lu %lu\n", (unsigned long)program.patient.volume_nl, (unsigned long)program.patient.duration_s, (unsigned long)program.patient_lockout_s, (unsigned long)program.patient_max_per_day);
  for (i = 0u; i < program.drug_count; i++) printf("drug %s %lu\n", program.drugs[i].name, (unsigned long)program.drugs[i].ceiling_nl_per_24h);
  return 0;
}

static int accepts(size_t n) { return itd_decode(work, n, &program) == ITD_OK; }

static int corrupt(const char *img, int pairs) {
  size_t n = read_image(img);
  size_t bits = n * 8u;
  size_t i;
  size_t j;
  unsigned long tried = 0u;
  unsigned long accepted = 0u;
  if (itd_decode(image, n, &program) != ITD_OK) { printf("original rejected\n"); return 1; }
  for (i = 0u; i < bits; i++) {
    memcpy(work, image, n);
    work[i / 8u] ^= (uint8_t)(1u << (i % 8u));
    tried++;
    accepted += (unsigned long)accepts(n);
  }
  printf("single %lu accepted %lu\n", tried, accepted);
  tried = 0u;
  accepted = 0u;
  for (i = 0u; pairs && i < bits; i++) {
    for (j = i + 1u; j < bits; j++) {
      memcpy(work, image, n);
      work[i / 8u] ^= (uint8_t)(1u << (i % 8u));
      work[j / 8u] ^= (uint8_t)(1u << (j % 8u));
      tried++;
      accepted += (unsigned long)accepts(n);
    }
  }
  if (pairs) printf("double %lu accepted %lu\n", tried, accepted);
  tried = 0u;
  accepted = 0u;
  memcpy(work, image, n);
  for (i = 0u; i < n; i++) {
    tried++;
    accepted += (unsigned long)accepts(i);
  }
  printf("truncation %lu accepted %lu\n", tried, accepted);
  return 0;
}

static uint64_t rng;
static uint32_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 32);
}

static int fuzz(const char *seed, const char *count, const char *img) {
  size_t n = read_image(img);
  unsigned long runs = strtoul(count, NULL, 10);
  unsigned long k;
  unsigned long accepted = 0u;
  unsigned long scheduled = 0u;
  unsigned long restamped = 0u;
  rng = (uint64_t)strtoull(seed, NULL, 10) | 1u;
  for (k = 0u; k < runs; k++) {
    size_t len;
    size_t i;
    if (k % 2u == 0u) { /* random bytes, random length, a valid header prefix half the time */
      len = (size_t)(next() % (ITD_MAX_IMAGE_BYTES + 16u));
      for (i = 0u; i < len; i++) work[i] = (uint8_t)next();
      if (k % 4u == 0u && len >= 12u) { memcpy(work, image, 12u); work[8] = (uint8_t)len; work[9] = (uint8_t)(len >> 8); work[10] = 0u; work[11] = 0u; }
    } else { /* the valid image with 1 to 8 random bytes changed; every other time the CRC made right again, to reach the range checks */
      unsigned changes = 1u + next() % 8u;
      len = n;
      memcpy(work, image, n);
      for (i = 0u; i < changes; i++) work[12u + next() % (n - 16u)] ^= (uint8_t)(1u + next() % 255u);
      if (k % 4u == 3u) {
        uint32_t crc = itd_crc32c(work, n - 4u);
        work[n - 4u] = (uint8_t)crc; work[n - 3u] = (uint8_t)(crc >> 8); work[n - 2u] = (uint8_t)(crc >> 16); work[n - 1u] = (uint8_t)(crc >> 24);
      }
    }
    if (itd_decode(work, len, &program) == ITD_OK) {
      uint32_t t = next() % 200000u;
      unsigned step;
      /* only an image other than the valid one, with its CRC as it arrived, counts (random changes can undo each other) */
      if (k % 4u == 3u) restamped++;
      else if (len != n || memcmp(work, image, n) != 0) accepted++;
      if (itd_sched_init(&sched, &program, t) == ITD_OK) {
        for (step = 0u; step < 50u; step++) {
          itd_step_result r;
          t += next() % 7200u;
          if (itd_sched_step(&sched, t, (int)(next() % 2u), &r) == ITD_OK) scheduled++;
        }
      }
    }
  }
  printf("fuzz %lu accepted %lu restamped-accepted %lu scheduled %lu\n", runs, accepted, restamped, scheduled);
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 4 && strcmp(argv[1], "run") == 0) return run(argv[2], argv[3]);
  if (argc == 3 && strcmp(argv[1], "decode") == 0) return decode(argv[2]);
  if (argc == 4 && strcmp(argv[1], "corrupt") == 0) return corrupt(argv[2], strcmp(argv[3], "double") == 0);
  if (argc == 5 && strcmp(argv[1], "fuzz") == 0) return fuzz(argv[2], argv[3], argv[4]);
  fprintf(stderr, "usage: harness run|decode|corrupt|fuzz ...\n");
  return 2;
}
