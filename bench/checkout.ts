import { join } from "node:path"
import { freePort } from "../scripts/lib/free-port"
import { MEDUSA_BIN } from "../scripts/lib/medusa"
import { ROOT } from "../scripts/lib/paths"
import { startService, stopService, waitForHttp } from "../scripts/lib/processes"
import { BENCH_BACKEND_ENV, defineBench, percentile } from "./lib/bench-stack"
import { adminToken, client, type Json, openAroundTheClock, pool, preparePickupCart, receiveStockFor } from "./lib/store-api"

/**
 * `node --import tsx bench/checkout.ts [N...]`: N customers (10, then 50 by
 * default) press "order" at the same moment at one pizzeria, Amiens Centre,
 * the worst case for our per-pizzeria stock lock. Each has a pickup cart of
 * one Margherita (S), paid on collection, prepared beforehand; only
 * POST /store/carts/:id/complete is timed: p50/p95 and orders per second over
 * the completion phase.
 *
 * The baseline, measured in the same run on the same database, is Medusa's
 * own cart completion: `medusa start` in bench/plain-medusa, an application
 * folder with our configuration and plugins but none of backend/src, so no
 * route takes over the completion and none of the application's hooks and
 * subscribers runs (the plugins' subscribers do, in both).
 *
 * A third phase on our backend books each cart for a slot first (the slot
 * checked at completion and booked as the ticket opens, under the
 * pizzeria's slot lock): the booking's cost, against the same phase without.
 *
 * Two more on our backend: carts of three Margheritas (S, M, L), plain, then
 * customised (S with chorizo, M without basil, L with more mozzarella): the
 * cost of pricing them again and holding what they take at checkout.
 *
 * After each phase every cart is matched to the orders carrying its e-mail:
 * an order lost (the customer was told "ordered" and there is none) or
 * duplicated (two orders for one cart) is counted.
 */

/** Completions per server before measuring, one at a time: the first ones pay for lazy start-up work. */
const WARM_UP = 3
/** Carts prepared at once before a phase (not measured). */
const PREPARE_CONCURRENCY = 8
const PLAIN_MEDUSA = join(ROOT, "bench", "plain-medusa")
const VARIANT_SKU = "PIZ-MARGHERITA-S"

type Cart = { id: string; email: string }
type Completion = Cart & { ms: number; orderId?: string; failure?: string }
type Phase = {
  p50: number
  p95: number
  ordersPerSecond: number
  /** Completions answered with an order. */
  placed: number
  /** Orders the phase added to the store, answered or not. */
  newOrders: number
  failures: string[]
  lost: number
  duplicated: number
  unreported: number
}

/** POST /store/carts/:id/complete on `base`, timed; a refusal is a result, not an exception. */
async function complete(base: string, publishableKey: string, cart: Cart): Promise<Completion> {
  const started = performance.now()
  let response: Response
  try {
    response = await fetch(`${base}/store/carts/${cart.id}/complete`, { method: "POST", headers: { "x-publishable-api-key": publishableKey } })
  } catch (error) {
    // no answer at all (Medusa's own route can wait out its locks past fetch's 300 s): the customer was told nothing
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message
    return { ...cart, ms: performance.now() - started, failure: `no answer: ${cause}` }
  }
  const body = (await response.json()) as Json
  const ms = performance.now() - started
  if (response.ok && body.type === "order") return { ...cart, ms, orderId: body.order.id }
  return { ...cart, ms, failure: `${response.status} ${body.type === "cart" ? `cart: ${body.error?.message}` : `${body.code ?? body.type}: ${body.message}`}` }
}

export default defineBench(module, {
  smoke: ["2"],
  run: async (stack, args) => {
    const LEVELS = args.length ? args.map(Number) : [10, 50]
    if (LEVELS.some((level) => !Number.isInteger(level) || level < 1)) {
      throw new Error(`Concurrency levels are whole numbers of at least 1: ${args.join(" ")}`)
    }
    const store = client(stack.backendUrl, { "x-publishable-api-key": stack.publishableKey })
    const admin = client(stack.backendUrl, { authorization: `Bearer ${await adminToken(stack.backendUrl)}` })

    const { pizzerias } = await store("/store/pizzerias")
    const centre = pizzerias.find((pizzeria: Json) => pizzeria.name.endsWith("Amiens Centre"))
    await openAroundTheClock(admin, centre)
    const { regions } = await store("/store/regions")

    // enough of every ingredient for every pizza of the run, received whatever the demo level
    const { products } = await admin(
      "/admin/products?handle=margherita&fields=id,variants.id,variants.sku,variants.inventory_items.inventory_item_id,variants.inventory_items.required_quantity"
    )
    const variant = products[0].variants.find((candidate: Json) => candidate.sku === VARIANT_SKU)
    // ours, Medusa's, and ours with a slot booked; then three-line carts, plain and customised
    const pizzas = 3 * (WARM_UP + LEVELS.reduce((sum, level) => sum + level, 0))
    await receiveStockFor(admin, centre.id, variant, pizzas, "bench/checkout.ts")
    const sizes = ["S", "M", "L"].map((size) => products[0].variants.find((candidate: Json) => candidate.sku === `PIZ-MARGHERITA-${size}`))
    const threeLineCarts = 2 * LEVELS.reduce((sum, level) => sum + level, 0)
    for (const size of sizes) await receiveStockFor(admin, centre.id, size, threeLineCarts, "bench/checkout.ts")
    const { items: menu } = await store(`/store/menu?pizzeria_id=${centre.id}`)
    const margherita = menu.find((item: Json) => item.handle === "margherita")
    const extra = (name: string) => margherita.customisation.extras.find((candidate: Json) => candidate.name === name)
    const [chorizo, mozzarella] = [extra("Chorizo"), extra("Mozzarella")]
    const basil = margherita.ingredients.find((ingredient: Json) => ingredient.name === "Basilic frais")
    for (const [offer, size] of [
      [chorizo, sizes[0]],
      [mozzarella, sizes[2]],
    ]) {
      const grams = offer.sizes.find((candidate: Json) => candidate.variant_id === size.id).quantity
      await receiveStockFor(admin, centre.id, { inventory_items: [{ inventory_item_id: offer.id, required_quantity: grams }] }, threeLineCarts, "bench/checkout.ts")
    }
    /** The cart's one Margherita S made three Margheritas, plain or customised (S + chorizo, M without basil, L + mozzarella). */
    const threeMargheritas = async (cart: Cart, customised: boolean) => {
      if (!customised) {
        for (const size of sizes.slice(1)) await store(`/store/carts/${cart.id}/line-items`, { method: "POST", body: JSON.stringify({ variant_id: size.id, quantity: 1 }) })
      } else {
        const { cart: current } = await store(`/store/carts/${cart.id}?fields=items.id`)
        const choices = [{ add: [chorizo.id] }, { remove: [basil.id] }, { add: [mozzarella.id] }]
        for (const [index, size] of sizes.entries()) {
          await store(`/store/carts/${cart.id}/customised-items`, { method: "POST", body: JSON.stringify({ variant_id: size.id, quantity: 1, ...choices[index] }) })
        }
        await store(`/store/carts/${cart.id}/line-items/${current.items[0].id}`, { method: "DELETE" })
      }
      // a new total: the shop opens the payment session again, as here
      const { payment_collection } = await store("/store/payment-collections", { method: "POST", body: JSON.stringify({ cart_id: cart.id }) })
      await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { method: "POST", body: JSON.stringify({ provider_id: "pp_system_default" }) })
    }

    let carts = 0
    /** A guest pickup cart of one pizza, paid on collection, ready to complete: the storefront's checkout before "order". */
    const prepareCart = async (label: string): Promise<Cart> => {
      const email = `bench-${label}-${++carts}@example.test`
      const id = await preparePickupCart(store, { regionId: regions[0].id, salesChannelId: centre.sales_channel_id, variantId: variant.id, email, lastName: "Bench" })
      return { id, email }
    }

    /** Every order's e-mail, read through the admin API. */
    const ordersByEmail = async (): Promise<Map<string, string[]>> => {
      const byEmail = new Map<string, string[]>()
      for (let offset = 0, count = 1; offset < count; offset += 100) {
        const page = await admin(`/admin/orders?fields=id,email&limit=100&offset=${offset}`)
        count = page.count
        for (const order of page.orders) byEmail.set(order.email, [...(byEmail.get(order.email) ?? []), order.id])
      }
      return byEmail
    }

    // a quarter hour of tomorrow: open (the pizzeria serves around the clock) and past any lead time
    const slot = new Date(Math.ceil((Date.now() + 24 * 3_600_000) / 900_000) * 900_000).toISOString()

    /** N carts prepared (booked for `slot` when given, or made three Margheritas), then completed all at once on `base`, then matched to the orders they made. */
    const measure = async (base: string, label: string, level: number, booked?: string, lines?: "plain" | "customised"): Promise<Phase> => {
      const prepared = await pool(
        Array.from({ length: level }, () => label),
        PREPARE_CONCURRENCY,
        async (name) => {
          const cart = await prepareCart(name)
          if (booked) await store(`/store/carts/${cart.id}/slot`, { method: "POST", body: JSON.stringify({ scheduled_for: booked }) })
          if (lines) await threeMargheritas(cart, lines === "customised")
          return cart
        }
      )
      const before = (await admin("/admin/orders?fields=id&limit=1")).count as number
      const started = performance.now()
      const completions = await Promise.all(prepared.map((cart) => complete(base, stack.publishableKey, cart)))
      const seconds = (performance.now() - started) / 1000
      const after = (await admin("/admin/orders?fields=id&limit=1")).count as number

      const orders = await ordersByEmail()
      const placed = completions.filter((completion) => completion.orderId)
      const made = (completion: Completion) => orders.get(completion.email) ?? []
      const timings = placed.map((completion) => completion.ms).sort((a, b) => a - b)
      return {
        p50: timings.length ? percentile(timings, 50) : Number.NaN,
        p95: timings.length ? percentile(timings, 95) : Number.NaN,
        ordersPerSecond: placed.length / seconds,
        placed: placed.length,
        newOrders: after - before,
        failures: completions.flatMap((completion) => (completion.failure ? [completion.failure] : [])),
        lost: placed.filter((completion) => !made(completion).includes(completion.orderId!)).length,
        duplicated: completions.filter((completion) => made(completion).length > 1).length,
        // refused, yet an order exists: the customer would order again
        unreported: completions.filter((completion) => completion.failure && made(completion).length > 0).length,
      }
    }

    const plainPort = await freePort()
    const plainUrl = `http://localhost:${plainPort}`
    const plain = startService(MEDUSA_BIN, ["start", "--port", String(plainPort)], {
      cwd: PLAIN_MEDUSA,
      label: "plain medusa",
      // the real backend's database (the stack's processes share it), its mode and log level
      env: { ...BENCH_BACKEND_ENV, DATABASE_URL: process.env.DATABASE_URL, ADMIN_DISABLED: "true" },
    })
    try {
      await waitForHttp(`${plainUrl}/health`, 120_000, () => plain.exitCode !== null || plain.signalCode !== null)
      // the baseline is only Medusa's if none of backend/src is loaded there: an application route must be missing
      const probe = await fetch(`${plainUrl}/store/menu?pizzeria_id=${centre.id}`, { headers: { "x-publishable-api-key": stack.publishableKey } })
      await probe.arrayBuffer()
      if (probe.status !== 404) throw new Error(`bench/plain-medusa answers the application's GET /store/menu with ${probe.status}: the baseline would not be plain Medusa`)
      for (const [base, label] of [
        [stack.backendUrl, "warm-ours"],
        [plainUrl, "warm-plain"],
      ]) {
        for (let i = 0; i < WARM_UP; i++) {
          const warm = await complete(base, stack.publishableKey, await prepareCart(label))
          if (warm.failure) throw new Error(`warm-up completion on ${base} refused: ${warm.failure}`)
        }
      }

      const rows: { level: number; ours: Phase; medusa: Phase; booked: Phase; threePlain: Phase; threeCustomised: Phase }[] = []
      for (const level of LEVELS) {
        rows.push({
          level,
          ours: await measure(stack.backendUrl, `ours-${level}`, level),
          medusa: await measure(plainUrl, `plain-${level}`, level),
          booked: await measure(stack.backendUrl, `slot-${level}`, level, slot),
          threePlain: await measure(stack.backendUrl, `three-plain-${level}`, level, undefined, "plain"),
          threeCustomised: await measure(stack.backendUrl, `three-customised-${level}`, level, undefined, "customised"),
        })
      }

      const ms = (phase: Phase) => `${phase.p50.toFixed(0).padStart(5)} / ${phase.p95.toFixed(0).padStart(5)}`
      const both = ([ours, medusa]: [Phase, Phase], count: (phase: Phase) => number, width: number) => `${count(ours)} / ${count(medusa)}`.padStart(width)
      console.log(
        `\nN customers complete a pickup cart (1 × Margherita S, pay on collection) at ${centre.name} at the same moment;` +
          `\nonly POST /store/carts/:id/complete is timed (latency of the completions answered with an order).` +
          `\nOurs: guarded route + the application's hooks; Medusa: its own route, without them (bench/plain-medusa).` +
          `\nLast four columns, ours / Medusa: answered with an order, orders added to the store, lost (answered, no order), duplicated (carts with 2+ orders).\n`
      )
      console.log("    N | ours p50 / p95 (ms) | ours orders/s | Medusa p50 / p95 (ms) | Medusa orders/s | ratio p95 |  answered |  orders |    lost | duplicated")
      for (const { level, ours, medusa } of rows) {
        const pair: [Phase, Phase] = [ours, medusa]
        console.log(
          `${String(level).padStart(5)} | ${ms(ours)}       | ${ours.ordersPerSecond.toFixed(1).padStart(13)} | ${ms(medusa)}         | ${medusa.ordersPerSecond.toFixed(1).padStart(15)} | ${(ours.p95 / medusa.p95).toFixed(2).padStart(9)} | ${both(pair, (phase) => phase.placed, 9)} | ${both(pair, (phase) => phase.newOrders, 7)} | ${both(pair, (phase) => phase.lost, 7)} | ${both(pair, (phase) => phase.duplicated, 10)}`
        )
      }
      console.log(`\nThe same on our backend, each cart booked for a slot (${slot}; the kitchen's capacity not limited): the booking's cost at checkout.`)
      console.log("    N | with a slot p50 / p95 (ms) | without p50 / p95 (ms) | ratio p95 | answered")
      for (const { level, ours, booked } of rows) {
        console.log(
          `${String(level).padStart(5)} | ${ms(booked)}              | ${ms(ours)}          | ${(booked.p95 / ours.p95).toFixed(2).padStart(9)} | ${String(booked.placed).padStart(8)}`
        )
      }
      console.log("\nOn our backend, carts of three Margheritas (S, M, L): customised (S + chorizo, M without basil, L + mozzarella) against plain.")
      console.log("    N | customised p50 / p95 (ms) | plain p50 / p95 (ms) | ratio p95 | answered")
      for (const { level, threePlain, threeCustomised } of rows) {
        console.log(
          `${String(level).padStart(5)} | ${ms(threeCustomised)}             | ${ms(threePlain)}        | ${(threeCustomised.p95 / threePlain.p95).toFixed(2).padStart(9)} | ${String(threeCustomised.placed).padStart(8)}`
        )
      }
      for (const { level, ours, medusa, booked, threePlain, threeCustomised } of rows) {
        for (const [name, phase] of [
          ["ours", ours],
          ["Medusa", medusa],
          ["ours with a slot", booked],
          ["ours, three plain Margheritas", threePlain],
          ["ours, three customised Margheritas", threeCustomised],
        ] as const) {
          if (phase.failures.length) console.log(`  N=${level} ${name}: ${phase.failures.length} refused (${[...new Set(phase.failures)].join("; ")})`)
          if (phase.unreported) console.log(`  N=${level} ${name}: ${phase.unreported} of the refused carts made an order anyway: the customer, told it failed, would order again`)
        }
      }
    } finally {
      await stopService(plain)
    }
  },
})
