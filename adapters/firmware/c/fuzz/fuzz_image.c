/*
 * libFuzzer target for the image decoder and scheduler (not built into
 * firmware). With clang:
 *
 *   clang -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined \
 *     -Iadapters/firmware/c adapters/firmware/c/itdose_image.c \
 *     adapters/firmware/c/fuzz/fuzz_image.c -o fuzz_image && ./fuzz_image
 *
 * Each input is an image; when it decodes, its last bytes also drive a few
 * scheduler calls. With -DITD_FUZZ_REPLAY the file gets a main that runs the
 * target on every file named on the command line (any C99 compiler; the test
 * suite builds it so with cc and ASan + UBSan).
 */
#include <stddef.h>
#include <stdint.h>
#include "itdose_image.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static itd_program fuzz_program;
static itd_scheduler fuzz_sched;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  uint32_t t = 0u;
  size_t i;
  if (itd_decode(data, size, &fuzz_program) != ITD_OK) return 0;
  if (itd_sched_init(&fuzz_sched, &fuzz_program, 0u) != ITD_OK) return 0;
  for (i = 0u; i < size && i < 64u; i++) {
    itd_step_result r;
    t += (uint32_t)data[i] * 997u;
    (void)itd_sched_step(&fuzz_sched, t, (int)(data[i] & 1u), &r);
  }
  return 0;
}

#ifdef ITD_FUZZ_REPLAY
#include <stdio.h>
static uint8_t replay_buf[ITD_MAX_IMAGE_BYTES + 64u];
int main(int argc, char **argv) {
  int k;
  for (k = 1; k < argc; k++) {
    FILE *f = fopen(argv[k], "rb");
    size_t n;
    if (f == NULL) return 2;
    n = fread(replay_buf, 1u, sizeof replay_buf, f);
    fclose(f);
    (void)LLVMFuzzerTestOneInput(replay_buf, n);
  }
  printf("replayed %d\n", argc - 1);
  return 0;
}
#endif
