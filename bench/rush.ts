import { availableParallelism } from "node:os"
import { defineBench, percentile } from "./lib/bench-stack"
import { causeOf, watchEvents, type EventWatch } from "./lib/event-watch"
import { watchUsage } from "./lib/process-usage"
import { adminToken, client, type Json, openAroundTheClock, pool, preparePickupCart, receiveStockFor } from "./lib/store-api"

/**
 * `node --import tsx bench/rush.ts [customers [seconds]]`: a Friday at 19:30
 * on this machine, 200 customers for 300 s by default. Customers spread over
 * the five pizzerias read menu and dish pages of the shop (production build);
 * one order completes every second through the store API; five kitchen boards
 * stream; every placed order's tracking page streams through the shop's relay
 * while a cook presses "preparing" then "ready". The menu page and the
 * checkout are first measured on the idle stack in the same run.
 * bench/README.md says how the load is shaped and what the figures mean.
 */

/** A customer reads a page this long (uniformly drawn) before opening the next. */
const THINK_MS = { min: 3_000, max: 7_000 }
/** Of the pages a customer opens, the share that are the menu (the rest: a dish). */
const MENU_SHARE = 0.5
/** Pages of each kind, and orders (one a second), timed on the idle stack. */
const IDLE_PAGES = 30
const IDLE_ORDERS = 10
/** The cook presses the next button this long after the previous step. */
const KITCHEN_STEP_MS = 2_000
/** A page, a completion or a button not answered in this time counts as an error. */
const REQUEST_TIMEOUT_MS = 30_000
/** A status change not on the customer's stream after this long counts as lost. */
const LIVE_TIMEOUT_MS = 10_000
const PREPARE_CONCURRENCY = 8
const VARIANT_SKU = "PIZ-MARGHERITA-S"

type Cart = { id: string; pizzeria: Json }

/** Counts errors by kind ("menu page: HTTP 500", "checkout: stock_busy"...), with the first message of each. */
class Errors {
  readonly byKind = new Map<string, number>()
  readonly example = new Map<string, string>()
  add(kind: string, message?: string): void {
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1)
    if (message && !this.example.has(kind)) this.example.set(kind, message)
  }
  lines(phase: string): string[] {
    return [...this.byKind].map(([kind, count]) => `  ${phase} ${String(count).padStart(5)} × ${kind}${this.example.has(kind) ? ` (${this.example.get(kind)})` : ""}`)
  }
  get total(): number {
    return [...this.byKind.values()].reduce((sum, count) => sum + count, 0)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const think = () => THINK_MS.min + Math.random() * (THINK_MS.max - THINK_MS.min)
const stats = (timings: number[]) => {
  const sorted = [...timings].sort((a, b) => a - b)
  return sorted.length ? { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) } : { count: 0, p50: Number.NaN, p95: Number.NaN }
}

/** One page of the shop, read to its last byte; its time, or undefined when it failed (counted in `errors`). */
async function loadPage(url: string, kind: string, errors: Errors): Promise<number | undefined> {
  const started = performance.now()
  try {
    const response = await fetch(url, { headers: { "accept-language": "fr-FR" }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    await response.arrayBuffer()
    if (!response.ok) {
      errors.add(`${kind}: HTTP ${response.status}`)
      return undefined
    }
    return performance.now() - started
  } catch (error) {
    errors.add(`${kind}: ${causeOf(error)}`)
    return undefined
  }
}

/** POST /store/carts/:id/complete, timed; the order and its tracking token, or undefined when refused (counted). */
async function complete(base: string, publishableKey: string, cart: Cart, errors: Errors): Promise<{ ms: number; orderId: string; token: string } | undefined> {
  const started = performance.now()
  try {
    const response = await fetch(`${base}/store/carts/${cart.id}/complete`, {
      method: "POST",
      headers: { "x-publishable-api-key": publishableKey },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const body = (await response.json()) as Json
    const ms = performance.now() - started
    if (response.ok && body.type === "order") return { ms, orderId: body.order.id, token: body.tracking.token }
    errors.add(`checkout: ${response.status} ${body.type === "cart" ? `cart (${body.error?.type})` : (body.code ?? body.type)}`, body.error?.message ?? body.message)
  } catch (error) {
    errors.add(`checkout: ${causeOf(error)}`)
  }
  return undefined
}

export default defineBench(module, {
  smoke: ["6", "8"],
  run: async (stack, args) => {
    const customers = Number(args[0] ?? 200)
    const seconds = Number(args[1] ?? 300)
    if (![customers, seconds].every((value) => Number.isInteger(value) && value >= 1)) {
      throw new Error(`customers and seconds are whole numbers of at least 1: ${args.join(" ")}`)
    }
    const backend = stack.backendUrl
    const shop = stack.storefrontUrl
    const store = client(backend, { "x-publishable-api-key": stack.publishableKey })
    const adminHeaders = { authorization: `Bearer ${await adminToken(backend)}` }
    const admin = client(backend, adminHeaders)

    // the demo's five pizzerias (bench/zones.ts, run after this one in bench/smoke.ts, adds others)
    const pizzerias: Json[] = (await store("/store/pizzerias")).pizzerias.slice(0, 5)
    const { regions } = await store("/store/regions")
    const dishes = new Map<string, string[]>()
    for (const pizzeria of pizzerias) {
      await openAroundTheClock(admin, pizzeria)
      dishes.set(
        pizzeria.id,
        (await store(`/store/menu?pizzeria_id=${pizzeria.id}`)).items.map((item: Json) => item.handle as string)
      )
    }
    const { products } = await admin(
      "/admin/products?handle=margherita&fields=id,variants.id,variants.sku,variants.inventory_items.inventory_item_id,variants.inventory_items.required_quantity"
    )
    const variant = products[0].variants.find((candidate: Json) => candidate.sku === VARIANT_SKU)

    // every order of the run: a warm-up one per pizzeria, the idle ones, one a second; spread over the pizzerias
    const orders = pizzerias.length + IDLE_ORDERS + seconds
    for (const pizzeria of pizzerias) await receiveStockFor(admin, pizzeria.id, variant, Math.ceil(orders / pizzerias.length) + 5, "bench/rush.ts")
    /** A guest pickup cart of one Margherita S, paid on collection: the shop's checkout up to "order". */
    const prepareCart = async (index: number): Promise<Cart> => {
      const pizzeria = pizzerias[index % pizzerias.length]
      const id = await preparePickupCart(store, {
        regionId: regions[0].id,
        salesChannelId: pizzeria.sales_channel_id,
        variantId: variant.id,
        email: `rush-${index}@example.test`,
        lastName: "Rush",
      })
      return { id, pizzeria }
    }
    const setupStarted = performance.now()
    const carts = await pool(
      Array.from({ length: orders }, (_, index) => index),
      PREPARE_CONCURRENCY,
      prepareCart
    )
    console.log(`\n${orders} carts prepared in ${((performance.now() - setupStarted) / 1000).toFixed(0)} s`)

    const menuUrl = (pizzeria: Json) => `${shop}/pizzerias/${pizzeria.id}`
    const dishUrl = (pizzeria: Json) => {
      const handles = dishes.get(pizzeria.id)!
      return `${shop}/pizzerias/${pizzeria.id}/${handles[Math.floor(Math.random() * handles.length)]}`
    }
    const setupErrors = new Errors()
    // warm-up, not measured: each pizzeria's pages and one completion each
    for (const pizzeria of pizzerias) {
      await loadPage(menuUrl(pizzeria), "menu page", setupErrors)
      await loadPage(dishUrl(pizzeria), "dish page", setupErrors)
    }
    for (const cart of carts.splice(0, pizzerias.length)) await complete(backend, stack.publishableKey, cart, setupErrors)
    if (setupErrors.total) throw new Error(`the warm-up failed:\n${setupErrors.lines("warm-up").join("\n")}`)

    const usage = watchUsage(stack.pids)
    const idleUsage = usage.now()

    // the idle stack: one request at a time, nothing else running
    const idleErrors = new Errors()
    const idle = { menu: [] as number[], dish: [] as number[], checkout: [] as number[] }
    for (let i = 0; i < IDLE_PAGES; i++) {
      const pizzeria = pizzerias[i % pizzerias.length]
      const menu = await loadPage(menuUrl(pizzeria), "menu page", idleErrors)
      if (menu !== undefined) idle.menu.push(menu)
      const dish = await loadPage(dishUrl(pizzeria), "dish page", idleErrors)
      if (dish !== undefined) idle.dish.push(dish)
    }
    for (const cart of carts.splice(0, IDLE_ORDERS)) {
      const started = performance.now()
      const placed = await complete(backend, stack.publishableKey, cart, idleErrors)
      if (placed) idle.checkout.push(placed.ms)
      await sleep(Math.max(0, 1000 - (performance.now() - started)))
    }

    // the rush
    const errors = new Errors()
    const rush = { menu: [] as number[], dish: [] as number[], checkout: [] as number[], live: [] as number[], button: [] as number[] }
    const boards = await Promise.all(pizzerias.map((pizzeria) => watchEvents(`${backend}/admin/kitchen/stream?pizzeria_id=${pizzeria.id}`, adminHeaders)))
    const refusedBoard = boards.find((board) => board.failure())
    if (refusedBoard) throw new Error(`a kitchen board's stream was refused: ${refusedBoard.failure()}`)
    const tracking: EventWatch[] = []
    const generatorCpu = process.cpuUsage()
    const rushUsage = usage.now()
    const started = performance.now()
    const deadline = started + seconds * 1000

    const customer = async (index: number) => {
      const pizzeria = pizzerias[index % pizzerias.length]
      await sleep(Math.random() * THINK_MS.max) // arrivals spread over the first moments
      while (performance.now() < deadline) {
        const menu = Math.random() < MENU_SHARE
        const ms = await loadPage(menu ? menuUrl(pizzeria) : dishUrl(pizzeria), menu ? "menu page" : "dish page", errors)
        if (ms !== undefined) (menu ? rush.menu : rush.dish).push(ms)
        await sleep(Math.min(think(), Math.max(0, deadline - performance.now())))
      }
    }

    /** One order: completed, its tracking stream opened, then the cook's two buttons, each timed to the customer's stream. */
    const order = async (cart: Cart) => {
      const placed = await complete(backend, stack.publishableKey, cart, errors)
      if (!placed) return
      rush.checkout.push(placed.ms)
      const stream = await watchEvents(`${shop}/api/orders/${placed.orderId}/stream?token=${encodeURIComponent(placed.token)}`, {})
      if (stream.failure()) errors.add(`tracking stream: ${stream.failure()}`)
      else tracking.push(stream)
      const board = boards[pizzerias.indexOf(cart.pizzeria)]
      const received = await board.waitFor((event) => event.data.order_id === placed.orderId, LIVE_TIMEOUT_MS)
      if (!received) return errors.add("kitchen board: new order not shown within 10 s")
      for (const to of ["preparing", "ready"]) {
        await sleep(KITCHEN_STEP_MS)
        const pressed = performance.now()
        try {
          const response = await fetch(`${backend}/admin/kitchen/tickets/${String(received.data.ticket_id)}/transition`, {
            method: "POST",
            headers: { "content-type": "application/json", ...adminHeaders },
            body: JSON.stringify({ to }),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          })
          const body = (await response.json()) as Json
          if (!response.ok) return errors.add(`kitchen button: ${response.status} ${body.code ?? body.type}`, body.message)
          rush.button.push(performance.now() - pressed)
        } catch (error) {
          return errors.add(`kitchen button: ${causeOf(error)}`)
        }
        if (stream.failure()) continue
        const seen = await stream.waitFor((event) => event.data.status === to, LIVE_TIMEOUT_MS)
        if (seen) rush.live.push(seen.receivedAt - pressed)
        else errors.add(stream.failure() ? `tracking stream: ${stream.failure()}` : `live update: not on the tracking stream within ${LIVE_TIMEOUT_MS / 1000} s`)
      }
    }

    const ordering = (async () => {
      const flows: Promise<unknown>[] = []
      // open loop: an order every second whatever the previous ones take, as customers do not wait for each other
      for (let second = 0; second < seconds && carts.length; second++) {
        await sleep(Math.max(0, started + second * 1000 - performance.now()))
        flows.push(order(carts.shift()!))
      }
      await Promise.all(flows)
    })()
    await Promise.all([...Array.from({ length: customers }, (_, index) => customer(index)), ordering])
    const rushSeconds = (performance.now() - started) / 1000
    const cpu = process.cpuUsage(generatorCpu)
    const afterUsage = usage.now()
    usage.stop()
    for (const board of boards) {
      if (board.failure()) errors.add(`kitchen board: ${board.failure()}`)
      await board.close()
    }
    for (const stream of tracking) {
      if (stream.failure()) errors.add(`tracking stream: ended early (${stream.failure()})`)
      await stream.close()
    }

    // the report
    const ms = (value: number) => (Number.isNaN(value) ? "    –" : value.toFixed(0).padStart(5))
    const pair = (s: { p50: number; p95: number }) => `${ms(s.p50)} / ${ms(s.p95)}`
    const ratio = (rushed: { p95: number }, calm: { p95: number }) => (rushed.p95 / calm.p95).toFixed(2).padStart(9)
    const rows = [
      ["menu page (shop)", stats(idle.menu), stats(rush.menu)],
      ["dish page (shop)", stats(idle.dish), stats(rush.dish)],
      ["checkout (completion)", stats(idle.checkout), stats(rush.checkout)],
    ] as const
    const live = stats(rush.live)
    const button = stats(rush.button)
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
    const cores = (name: "backend" | "storefront") => ((afterUsage[name].cpuSeconds - rushUsage[name].cpuSeconds) / rushSeconds).toFixed(2)
    const peaks = usage.peaks()
    const menuGoal = stats(rush.menu).p95 / stats(idle.menu).p95

    console.log(
      `\nFriday rush: ${customers} customers over ${pizzerias.length} pizzerias for ${seconds} s, each reading a page every ${THINK_MS.min / 1000}–${THINK_MS.max / 1000} s ` +
        `(menu or dish, half and half); one order a second (pickup, 1 × Margherita S, pay on collection, ${pizzerias.length} pizzerias in turn); ` +
        `${boards.length} kitchen boards streaming; every order's tracking stream open through the shop's relay; the cook presses "preparing" then "ready" ${KITCHEN_STEP_MS / 1000} s apart.` +
        `\nIdle: the same requests one at a time on the same stack just before (${IDLE_PAGES} pages of each kind, ${IDLE_ORDERS} orders at one a second).\n`
    )
    console.log("measure                    | idle p50 / p95 (ms) | rush p50 / p95 (ms) | ratio p95 | rush requests")
    for (const [name, calm, rushed] of rows) {
      console.log(`${name.padEnd(26)} | ${pair(calm)}       | ${pair(rushed)}       | ${ratio(rushed, calm)} | ${String(rushed.count).padStart(13)}`)
    }
    console.log(`${"kitchen button (request)".padEnd(26)} |                     | ${pair(button)}       |           | ${String(button.count).padStart(13)}`)
    console.log(`${"button → customer's page".padEnd(26)} |                     | ${pair(live)}       |           | ${String(live.count).padStart(13)}`)
    console.log(`\norders placed during the rush: ${rush.checkout.length} of ${seconds} (${(rush.checkout.length / seconds).toFixed(2)}/s)`)
    console.log(
      `memory (RSS of the process group): backend ${mb(idleUsage.backend?.rssBytes ?? 0)} idle, peak ${mb(peaks.backend ?? 0)}; shop ${mb(idleUsage.storefront?.rssBytes ?? 0)} idle, peak ${mb(peaks.storefront ?? 0)}`
    )
    console.log(
      `CPU during the rush (cores busy, of ${availableParallelism()}): backend ${cores("backend")}, shop ${cores("storefront")}, this load generator ${((cpu.user + cpu.system) / 1e6 / rushSeconds).toFixed(2)}`
    )
    console.log(errors.total || idleErrors.total ? "errors:" : "errors: none")
    for (const line of [...idleErrors.lines("idle"), ...errors.lines("rush")]) console.log(line)
    console.log("\ngoals (printed, never asserted):")
    console.log(`  menu page p95 under load ≤ 2 × idle: ${menuGoal.toFixed(2)} × ${menuGoal <= 2 ? "met" : "MISSED"}`)
    console.log(`  no error: ${errors.total + idleErrors.total} ${errors.total + idleErrors.total === 0 ? "met" : "MISSED"}`)
    console.log(`  live updates < 1 s p95: ${ms(live.p95).trim()} ms ${live.p95 < 1000 ? "met" : "MISSED"}`)
  },
})
