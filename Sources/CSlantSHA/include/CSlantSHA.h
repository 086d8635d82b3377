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

#endif
