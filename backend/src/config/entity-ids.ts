import { randomFillSync } from "node:crypto"
import { createRequire } from "node:module"

type UlidModule = { ulid: (seedTime?: number) => string; factory: (prng: () => number) => (seedTime?: number) => string }

const POOL_BYTES = 4096
let installed = false

/**
 * Medusa names every record it writes with a ULID (`generateEntityId`), and
 * the `ulid` package draws each of an id's 16 random characters with its own
 * `crypto.randomBytes(1)`: about a quarter of the CPU of writing an order
 * (bench/import.ts). Installed once per process, before any record is made,
 * the package's own generator (its `factory`, which takes the random source
 * as an argument) draws from 4 KB of bytes from the same cryptographic
 * source, refilled when used up: ids of the same form and as unguessable
 * (a cart's id is its holder's key), one call to the source per 256 ids.
 * Each process has its pool: cluster workers are new processes, not copies.
 */
export function useFastEntityIds(): void {
  if (installed) return
  // the copy of `ulid` Medusa's generateEntityId reads at each call
  const ulid = createRequire(require.resolve("@medusajs/utils"))("ulid") as UlidModule
  const pool = Buffer.alloc(POOL_BYTES)
  let next = POOL_BYTES
  ulid.ulid = ulid.factory(() => {
    if (next === POOL_BYTES) {
      randomFillSync(pool)
      next = 0
    }
    // the scale of the package's own source: a byte over 255
    return pool[next++] / 0xff
  })
  installed = true
}
