import { benchOnDemoStack, percentile } from "./lib/bench-stack"
import { MEDUSA_BIN } from "../scripts/lib/medusa"
import { BACKEND } from "../scripts/lib/paths"
import { run } from "../scripts/lib/processes"

/**
 * `node --import tsx bench/menu.ts [requests]`: p50/p95 latency of our
 * GET /store/menu against Medusa's GET /store/products with inventory
 * quantities for the same pizzeria's channel, measured in the same run, on
 * the demo menu and on generated menus of 200 and 1000 products.
 */

const REQUESTS = Number(process.argv[2] ?? 200)
const CONCURRENCY = 4

async function measure(url: string, headers: Record<string, string>): Promise<{ p50: number; p95: number; bytes: number }> {
  for (let i = 0; i < 10; i++) await (await fetch(url, { headers })).arrayBuffer() // warm-up
  const timings: number[] = []
  let bytes = 0
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++
        const started = performance.now()
        const response = await fetch(url, { headers })
        const body = await response.arrayBuffer()
        timings.push(performance.now() - started)
        if (!response.ok) throw new Error(`${url} answered ${response.status}`)
        bytes = body.byteLength
      }
    })
  )
  timings.sort((a, b) => a - b)
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), bytes }
}

benchOnDemoStack({}, async (stack) => {
  const headers = { "x-publishable-api-key": stack.publishableKey }
  const { pizzerias } = (await (await fetch(`${stack.backendUrl}/store/pizzerias`, { headers })).json()) as {
    pizzerias: { id: string; name: string; sales_channel_id: string }[]
  }
  const pizzeria = pizzerias.find((candidate) => candidate.name.endsWith("Amiens Centre"))!
  const { regions } = (await (await fetch(`${stack.backendUrl}/store/regions`, { headers })).json()) as { regions: { id: string }[] }

  console.log(`\n${REQUESTS} requests per measure, ${CONCURRENCY} at a time, pizzeria ${pizzeria.name}\n`)
  console.log("products | ours p50 / p95 (ms) | Medusa p50 / p95 (ms) | ratio p95 | ours kB | Medusa kB")
  for (const size of [23, 200, 1000]) {
    if (size > 23) {
      await run(MEDUSA_BIN, ["exec", "./src/scripts/bench-generate-menu.ts", String(size)], { cwd: BACKEND, label: "generate", quiet: true })
    }
    const ours = await measure(`${stack.backendUrl}/store/menu?pizzeria_id=${pizzeria.id}`, headers)
    const medusa = await measure(
      `${stack.backendUrl}/store/products?sales_channel_id=${pizzeria.sales_channel_id}&region_id=${regions[0].id}&limit=${size}&fields=*variants.calculated_price,%2Bvariants.inventory_quantity`,
      headers
    )
    console.log(
      `${String(size).padStart(8)} | ${ours.p50.toFixed(0).padStart(5)} / ${ours.p95.toFixed(0).padStart(5)}       | ${medusa.p50.toFixed(0).padStart(5)} / ${medusa.p95.toFixed(0).padStart(5)}         | ${(ours.p95 / medusa.p95).toFixed(2).padStart(9)} | ${(ours.bytes / 1024).toFixed(0).padStart(7)} | ${(medusa.bytes / 1024).toFixed(0).padStart(9)}`
    )
  }
})
