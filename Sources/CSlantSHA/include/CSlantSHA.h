#ifndef CSLANTSHA_H
#define CSLANTSHA_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256's 64 round constants (FIPS 180-4, section 4.2.2), for this code and the portable one.
extern const uint32_t slant_sha256_k[64];

/// 1 when this CPU has the SHA extensions (and SSSE3, SSE4.1) that `slant_sha256_blocks`
/// uses, else 0. It asks CPUID, which in a virtual machine traps to the host: call it once.
int slant_sha256_available(void);

/// Runs SHA-256's compression function over `blocks` 64-byte blocks at `data` with the CPU's
/// SHA extensions, updating the eight words of `state`. Only when `slant_sha256_available()`.
void slant_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

/// Asks the CPU to bring the cache line at `address` in, for reading, without waiting for it
/// (a hint: nothing happens on a CPU without the instruction). Inlined into Swift callers:
/// the loaded-language scorer asks for a sentence's tokens before it walks them.
static inline void slant_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
