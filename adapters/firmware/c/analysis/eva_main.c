/*
 * Analysis driver for Frama-C's Eva (not built into firmware): every input
 * unknown. The image is any length up to the largest and any bytes; the
 * scheduler starts at any time and is then called any number of times, each
 * at any time, with or without a patient request. Eva must report no alarm
 * for any of them.
 */
#include "__fc_builtin.h"
#include "itdose_image.h"

static uint8_t buf[ITD_MAX_IMAGE_BYTES + 8u];
static itd_program program;
static itd_scheduler sched;

int main(void) {
  size_t len = (size_t)Frama_C_interval(0, (int)(ITD_MAX_IMAGE_BYTES + 8u));
  size_t i;
  uint32_t t;
  for (i = 0u; i < sizeof buf; i++) buf[i] = (uint8_t)Frama_C_interval(0, 255);
  if (itd_decode(buf, len, &program) != ITD_OK) return 1;
  t = Frama_C_unsigned_int_interval(0u, 4294967295u);
  if (itd_sched_init(&sched, &program, t) != ITD_OK) return 2;
  while (Frama_C_interval(0, 1) == 1) { /* any number of calls */
    itd_step_result r;
    t = Frama_C_unsigned_int_interval(0u, 4294967295u);
    (void)itd_sched_step(&sched, t, Frama_C_interval(0, 1), &r);
  }
  return 0;
}
