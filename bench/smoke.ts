import { startDemoStack } from "../scripts/lib/demo-stack"
import { loadRootEnv } from "../scripts/lib/env"
import { failureGist, runSuite, type Tally } from "../scripts/lib/jest-results"
import board from "./board"
import { BENCH_BACKEND_ENV, type Bench } from "./lib/bench-stack"
import checkout from "./checkout"
import legacyImport from "./import"
import menu from "./menu"
import rush from "./rush"
import shippingOptions from "./shipping-options"
import slots from "./slots"
import storefront from "./storefront"
import stream from "./stream"
import zones from "./zones"

/**
 * `node --import tsx bench/smoke.ts`: every bench at its smallest size on one
 * throw-away demo stack, so a bench that no longer starts fails CI instead of
 * rotting. Figures are printed, never asserted: this machine is not a
 * measuring bench. Zones last: it adds pizzerias the others do not expect.
 */

const BENCHES: [string, Bench][] = [
  ["menu", menu],
  ["stream", stream],
  ["checkout", checkout],
  ["shipping-options", shippingOptions],
  ["slots", slots],
  ["storefront", storefront],
  ["rush", rush],
  ["board", board],
  ["import", legacyImport],
  ["zones", zones],
]

async function main(): Promise<Tally> {
  loadRootEnv()
  const env = Object.assign({}, BENCH_BACKEND_ENV, ...(await Promise.all(BENCHES.map(([, bench]) => bench.backendEnv?.() ?? {}))))
  const stack = await startDemoStack(env)
  const tally: Tally = { passed: 0, failed: 0, skipped: 0, failures: [] }
  try {
    for (const [name, bench] of BENCHES) {
      const started = performance.now()
      console.log(`\n=== bench ${name} ${bench.smoke.join(" ")}`)
      try {
        await bench.run(stack, bench.smoke)
        tally.passed++
        console.log(`=== bench ${name}: ok (${((performance.now() - started) / 1000).toFixed(0)} s)`)
      } catch (error) {
        tally.failed++
        tally.failures?.push(`bench ${name}: ${failureGist(error instanceof Error ? error.message : String(error))}`)
        console.log(`=== bench ${name}: FAILED (${((performance.now() - started) / 1000).toFixed(0)} s)\n${error instanceof Error ? error.stack : String(error)}`)
      }
    }
  } finally {
    await stack.shutdown()
  }
  return tally
}

runSuite("bench-smoke", "Benchmark smoke run", main)
