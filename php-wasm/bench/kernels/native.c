// Native runner for kernels.c (kernels.sh): the same calls as the other runners, median of the timed ones.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

long long k_scan(int), k_interp(int), k_hash(int), k_indirect(int), k_tree(int);

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void run(const char *name, long long (*kernel)(int), int arg, int warm, int timed) {
  double ms[64];
  long long result = 0;
  for (int i = 0; i < warm + timed; i++) {
    double start = now_ms();
    result = kernel(arg);
    if (i >= warm) ms[i - warm] = now_ms() - start;
  }
  qsort(ms, timed, sizeof ms[0], by_value);
  printf("%s %.2f %lld\n", name, ms[timed / 2], result);
}

int main(int argc, char **argv) {
  int warm = argc > 1 ? atoi(argv[1]) : 5, timed = argc > 2 ? atoi(argv[2]) : 7;
  run("k_scan", k_scan, 2, warm, timed);
  run("k_interp", k_interp, 10, warm, timed);
  run("k_hash", k_hash, 4, warm, timed);
  run("k_indirect", k_indirect, 400, warm, timed);
  run("k_tree", k_tree, 3, warm, timed);
  return 0;
}
