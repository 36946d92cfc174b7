import { defineBench, percentile, timeRequests } from "./lib/bench-stack"
import { adminToken, client, type Json } from "./lib/store-api"

/**
 * `node --import tsx bench/shipping-options.ts [requests]`: what listing every
 * pizzeria's pickup costs a checkout. The same cart's GET
 * /store/shipping-options, p50/p95, with the chain's key (Medusa's options,
 * then the other pizzerias' pickups, backend/src/chain-key/pickup-options-elsewhere.ts)
 * against the pizzeria's own key (Medusa's listing alone), in the same run.
 */

const CONCURRENCY = 4

async function measure(url: string, headers: Record<string, string>, requests: number): Promise<{ p50: number; p95: number; options: number }> {
  const { timings, last } = await timeRequests(url, headers, { requests, concurrency: CONCURRENCY, warmUp: 5 }, async (response) => {
    const body = (await response.json()) as { shipping_options?: unknown[] }
    return body.shipping_options?.length ?? 0
  })
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), options: last ?? 0 }
}

export default defineBench(module, {
  smoke: ["20"],
  run: async (stack, args) => {
    const requests = Number(args[0] ?? 200)
    const chainKey = { "x-publishable-api-key": stack.publishableKey }
    const store = client(stack.backendUrl, chainKey)
    const admin = client(stack.backendUrl, { authorization: `Bearer ${await adminToken(stack.backendUrl)}` })
    const { pizzerias } = (await admin("/admin/pizzerias")) as { pizzerias: Json[] }
    const pizzeria = pizzerias.find((candidate) => String(candidate.name).endsWith("Amiens Centre"))!
    const { regions } = await store("/store/regions")
    const { products } = await store(`/store/products?handle=margherita&fields=id,variants.id&sales_channel_id=${pizzeria.sales_channel_id}`)
    const { cart } = await store("/store/carts", {
      method: "POST",
      body: JSON.stringify({
        region_id: regions[0].id,
        sales_channel_id: pizzeria.sales_channel_id,
        items: [{ variant_id: products[0].variants[0].id, quantity: 2 }],
        shipping_address: { address_1: "12 rue Delambre", postal_code: "80000", city: "Amiens", country_code: "fr" },
      }),
    })
    const url = `${stack.backendUrl}/store/shipping-options?cart_id=${cart.id}`
    const ownKey = { "x-publishable-api-key": pizzeria.publishable_key.token }
    // a first round of each warms both paths up; the second is reported
    await measure(url, ownKey, requests)
    await measure(url, chainKey, requests)
    const alone = await measure(url, ownKey, requests)
    const chain = await measure(url, chainKey, requests)
    console.log(`\n${requests} listings per key, ${CONCURRENCY} at a time, a cart at ${pizzeria.name}\n`)
    console.log("key                      | options | p50 (ms) | p95 (ms)")
    console.log(`pizzeria's own (Medusa) | ${String(alone.options).padStart(7)} | ${alone.p50.toFixed(0).padStart(8)} | ${alone.p95.toFixed(0).padStart(8)}`)
    console.log(`chain's (every pickup)  | ${String(chain.options).padStart(7)} | ${chain.p50.toFixed(0).padStart(8)} | ${chain.p95.toFixed(0).padStart(8)}`)
    console.log(`ratio chain / own: p50 ${(chain.p50 / alone.p50).toFixed(2)}, p95 ${(chain.p95 / alone.p95).toFixed(2)}`)
  },
})
