import { defineBench, percentile, timeRequests } from "./lib/bench-stack"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { medusaExec } from "../scripts/lib/medusa"

/**
 * `node --import tsx bench/menu.ts [requests [products...]]`: p50/p95 latency
 * of our GET /store/menu against Medusa's GET /store/products with inventory
 * quantities for the same pizzeria's channel, measured in the same run, on
 * the demo menu (23 products) and on generated menus of 200 and 1000 products.
 * On the demo menu, also ours with every pizza's options (extras, removals)
 * against the same menu without them (backend/src/scripts/bench-recipe-options.ts).
 */

const CONCURRENCY = 4

async function measure(url: string, headers: Record<string, string>, requests: number): Promise<{ p50: number; p95: number; bytes: number }> {
  const { timings, last } = await timeRequests(url, headers, { requests, concurrency: CONCURRENCY, warmUp: 10 }, async (response) => (await response.arrayBuffer()).byteLength)
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), bytes: last ?? 0 }
}

/** Polls the menu until its Margherita has options (`wanted`) or has none. */
async function untilOptions(url: string, headers: Record<string, string>, wanted: boolean): Promise<void> {
  const started = performance.now()
  for (;;) {
    const { items } = (await (await fetch(url, { headers })).json()) as { items: { handle: string; customisation: unknown }[] }
    if (Boolean(items.find((item) => item.handle === "margherita")?.customisation) === wanted) return
    if (performance.now() - started > 120_000) throw new Error(`the menu's options did not turn ${wanted ? "on" : "off"}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** Polls the menu until it lists `count` dishes; the milliseconds it took. */
async function untilMenuHas(url: string, headers: Record<string, string>, count: number): Promise<number> {
  const started = performance.now()
  for (;;) {
    const { items } = (await (await fetch(url, { headers })).json()) as { items: unknown[] }
    if (items.length >= count) return performance.now() - started
    if (performance.now() - started > 120_000) throw new Error(`the menu still lists ${items.length} dishes, not ${count}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

export default defineBench(module, {
  smoke: ["20", "23"],
  run: async (stack, args) => {
    const requests = Number(args[0] ?? 200)
    const sizes = args.length > 1 ? args.slice(1).map(Number) : [23, 200, 1000]
    const headers = { "x-publishable-api-key": stack.publishableKey }
    const { pizzerias } = (await (await fetch(`${stack.backendUrl}/store/pizzerias`, { headers })).json()) as {
      pizzerias: { id: string; name: string; sales_channel_id: string }[]
    }
    const pizzeria = pizzerias.find((candidate) => candidate.name.endsWith("Amiens Centre"))!
    const { regions } = (await (await fetch(`${stack.backendUrl}/store/regions`, { headers })).json()) as { regions: { id: string }[] }

    console.log(`\n${requests} requests per measure, ${CONCURRENCY} at a time, pizzeria ${pizzeria.name}\n`)
    console.log("products | ours p50 / p95 (ms) | Medusa p50 / p95 (ms) | ratio p95 | ours kB | Medusa kB")
    for (const size of sizes) {
      if (size > 23) {
        await medusaExec("bench-generate-menu.ts", [String(size)], "generate")
      }
      // the menu's catalogue is cached: measure only once the server serves the generated one
      const waited = await untilMenuHas(`${stack.backendUrl}/store/menu?pizzeria_id=${pizzeria.id}`, headers, size)
      if (waited > 2_000) console.log(`(the menu showed the ${size} products after ${(waited / 1000).toFixed(1)} s)`)
      const ours = await measure(`${stack.backendUrl}/store/menu?pizzeria_id=${pizzeria.id}`, headers, requests)
      const medusa = await measure(
        `${stack.backendUrl}/store/products?sales_channel_id=${pizzeria.sales_channel_id}&region_id=${regions[0].id}&limit=${size}&fields=*variants.calculated_price,%2Bvariants.inventory_quantity`,
        headers,
        requests
      )
      console.log(
        `${String(size).padStart(8)} | ${ours.p50.toFixed(0).padStart(5)} / ${ours.p95.toFixed(0).padStart(5)}       | ${medusa.p50.toFixed(0).padStart(5)} / ${medusa.p95.toFixed(0).padStart(5)}         | ${(ours.p95 / medusa.p95).toFixed(2).padStart(9)} | ${(ours.bytes / 1024).toFixed(0).padStart(7)} | ${(medusa.bytes / 1024).toFixed(0).padStart(9)}`
      )
      // the demo menu again, its recipes' options taken away then put back
      if (size === 23) {
        const withOptions = ours
        const url = `${stack.backendUrl}/store/menu?pizzeria_id=${pizzeria.id}`
        const saved = join(mkdtempSync(join(tmpdir(), "ocp-bench-options-")), "options.json")
        await medusaExec("bench-recipe-options.ts", ["off", saved], "options off")
        try {
          await untilOptions(url, headers, false)
          const without = await measure(url, headers, requests)
          console.log("\nThe demo menu (23 products) with every pizza's options (extras, removals) against the same without them; goal (issue 24): ≤ 1.2")
          console.log("with options p50 / p95 (ms) | without p50 / p95 (ms) | ratio p50 | ratio p95 | with kB | without kB")
          console.log(
            `${withOptions.p50.toFixed(0).padStart(10)} / ${withOptions.p95.toFixed(0).padStart(5)}      | ${without.p50.toFixed(0).padStart(8)} / ${without.p95.toFixed(0).padStart(5)}      | ${(withOptions.p50 / without.p50).toFixed(2).padStart(9)} | ${(withOptions.p95 / without.p95).toFixed(2).padStart(9)} | ${(withOptions.bytes / 1024).toFixed(0).padStart(7)} | ${(without.bytes / 1024).toFixed(0).padStart(10)}`
          )
        } finally {
          await medusaExec("bench-recipe-options.ts", ["on", saved], "options on")
          await untilOptions(url, headers, true)
        }
      }
    }
  },
})
