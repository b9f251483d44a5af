// CPU kernels in the style of PHP's hot code (a byte scanner, a switch-dispatched interpreter
// loop, a string-keyed hash table, calls through function pointers, a malloc'd tree), each a few
// small functions: how compiled wasm runs on the JVM against V8 and native code when no function
// is too large for the JIT (kernels.sh). Each k_* returns a checksum, so every runner can be
// checked against the others; the calls share state (the LCG), so runners must make the same calls.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT __attribute__((used, visibility("default")))

static uint32_t seed = 12345;
static uint32_t lcg(void) { seed = seed * 1103515245u + 12345u; return seed >> 8; }

// 1. scan: a naive matcher for several patterns over text (byte reads, branches)
static unsigned char text[1 << 18];
static const char *patterns[] = {"abc", "bca", "aab", "cab", "abca", "ccba"};
static int match_at(const unsigned char *t, int n, const char *p) {
  int i = 0;
  while (p[i]) { if (i >= n || t[i] != (unsigned char)p[i]) return 0; i++; }
  return 1;
}
EXPORT long long k_scan(int rounds) {
  for (int i = 0; i < (int)sizeof text; i++) text[i] = "abc"[lcg() % 3];
  long long found = 0;
  for (int r = 0; r < rounds; r++)
    for (int p = 0; p < 6; p++)
      for (int i = 0; i < (int)sizeof text; i++)
        found += match_at(text + i, (int)sizeof text - i, patterns[p]);
  return found;
}

// 2. interp: a small stack machine dispatched by a switch (like an opcode loop)
enum { PUSH, ADD, SUB, MUL, DUP, SWAP, DROP, JNZ, DEC, LOAD, STORE, XOR, SHL, SHR, AND, HALT };
static int32_t prog[] = {
  PUSH, 0, STORE, 0,          // acc = 0
  PUSH, 200000, STORE, 1,     // n = 200000
  /* 8 */ LOAD, 0, LOAD, 1, ADD, PUSH, 7, MUL, PUSH, 3, SHR, LOAD, 1, XOR, PUSH, 0xffff, AND, STORE, 0,
  LOAD, 1, DEC, DUP, STORE, 1, JNZ, 8,
  LOAD, 0, HALT };
static int32_t run_prog(const int32_t *code) {
  int32_t stack[64], vars[4] = {0}; int sp = 0, pc = 0;
  for (;;) {
    switch (code[pc++]) {
      case PUSH: stack[sp++] = code[pc++]; break;
      case ADD: sp--; stack[sp - 1] += stack[sp]; break;
      case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
      case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
      case DUP: stack[sp] = stack[sp - 1]; sp++; break;
      case SWAP: { int32_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } break;
      case DROP: sp--; break;
      case JNZ: { int32_t target = code[pc++]; if (stack[--sp]) pc = target; } break;
      case DEC: stack[sp - 1]--; break;
      case LOAD: stack[sp++] = vars[code[pc++]]; break;
      case STORE: vars[code[pc++]] = stack[--sp]; break;
      case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
      case SHL: sp--; stack[sp - 1] <<= stack[sp]; break;
      case SHR: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] >> stack[sp]); break;
      case AND: sp--; stack[sp - 1] &= stack[sp]; break;
      case HALT: return stack[sp - 1];
    }
  }
}
EXPORT long long k_interp(int rounds) {
  long long sum = 0;
  for (int r = 0; r < rounds; r++) sum += run_prog(prog);
  return sum;
}

// 3. hash: string keys in an open-addressing table (hashing, memcmp, malloc)
typedef struct { char *key; int len; int value; } entry;
static uint32_t fnv(const char *s, int n) { uint32_t h = 2166136261u; for (int i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u; return h; }
static entry *table; static int cap;
static entry *slot(const char *k, int n) {
  uint32_t i = fnv(k, n) & (cap - 1);
  while (table[i].key && (table[i].len != n || memcmp(table[i].key, k, n))) i = (i + 1) & (cap - 1);
  return &table[i];
}
static int keyname(char *buf, uint32_t x) { int n = 0; buf[n++] = 'k'; do { buf[n++] = 'a' + x % 26; x /= 26; } while (x); return n; }
EXPORT long long k_hash(int rounds) {
  long long sum = 0; char buf[16];
  for (int r = 0; r < rounds; r++) {
    cap = 1 << 16; table = calloc(cap, sizeof(entry));
    for (int i = 0; i < 40000; i++) {
      int n = keyname(buf, lcg() % 60000); entry *e = slot(buf, n);
      if (!e->key) { e->key = malloc(n); memcpy(e->key, buf, n); e->len = n; }
      e->value++;
    }
    for (int i = 0; i < 60000; i++) { int n = keyname(buf, i); entry *e = slot(buf, n); if (e->key) sum += e->value * (i & 7); }
    for (int i = 0; i < cap; i++) free(table[i].key);
    free(table);
  }
  return sum;
}

// 4. indirect: calls through a table of function pointers (like opcode handlers)
typedef int32_t (*op_fn)(int32_t, int32_t);
static int32_t f0(int32_t a, int32_t b) { return a + b; }
static int32_t f1(int32_t a, int32_t b) { return a - b * 3; }
static int32_t f2(int32_t a, int32_t b) { return a ^ (b << 1); }
static int32_t f3(int32_t a, int32_t b) { return (a >> 1) + b; }
static int32_t f4(int32_t a, int32_t b) { return a * 5 + (b & 15); }
static int32_t f5(int32_t a, int32_t b) { return a | (b >> 2); }
static int32_t f6(int32_t a, int32_t b) { return (a & 0xfffff) * 3 - b; }
static int32_t f7(int32_t a, int32_t b) { return a + (b ^ 0x5a5a); }
static op_fn ops[8] = {f0, f1, f2, f3, f4, f5, f6, f7};
static unsigned char sel[4096];
EXPORT long long k_indirect(int rounds) {
  for (int i = 0; i < 4096; i++) sel[i] = lcg() & 7;
  int32_t acc = 1;
  for (int r = 0; r < rounds; r++)
    for (int i = 0; i < 4096; i++) acc = ops[sel[i]](acc, i);
  return acc;
}

// 5. tree: a binary search tree of malloc'd nodes (pointer chasing, recursion)
typedef struct node { int key; struct node *l, *r; } node;
static node *insert(node *t, int key) {
  if (!t) { t = malloc(sizeof *t); t->key = key; t->l = t->r = 0; return t; }
  if (key < t->key) t->l = insert(t->l, key); else if (key > t->key) t->r = insert(t->r, key);
  return t;
}
static int depth_sum(node *t, int d) { return t ? d + depth_sum(t->l, d + 1) + depth_sum(t->r, d + 1) : 0; }
static void release(node *t) { if (t) { release(t->l); release(t->r); free(t); } }
EXPORT long long k_tree(int rounds) {
  long long sum = 0;
  for (int r = 0; r < rounds; r++) {
    node *t = 0;
    for (int i = 0; i < 50000; i++) t = insert(t, (int)(lcg() % 1000000));
    sum += depth_sum(t, 0);
    release(t);
  }
  return sum;
}
