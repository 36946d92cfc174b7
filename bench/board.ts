import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { chromium, type Page } from "@playwright/test"
import { BACKEND_BUILD } from "../scripts/lib/paths"
import { DEMO_NODE_ENV } from "../scripts/lib/stack"
import { defineBench, percentile } from "./lib/bench-stack"
import { adminToken, type Call, client, type Json, openAroundTheClock, pool, preparePickupCart, receiveStockFor } from "./lib/store-api"

/**
 * `node --import tsx bench/board.ts [N...] [rounds=M]`: the kitchen board in
 * Debian's Chromium at 1024×768, signed in as the demo admin, with N open
 * tickets at Amiens Centre (0, 10, 50, 200 by default; 0 is the baseline,
 * the same board empty). For each N:
 * - render: navigation → all N tickets painted (median of RENDER_RUNS loads,
 *   the admin's scripts already cached);
 * - M rounds (10) of one order's life on that board: the order placed → its
 *   ticket painted, then "preparing" and "ready", each from the transition
 *   request sent (and from the stream's event read by the page) → the ticket
 *   painted in its new state; the order is then collected, so the board
 *   stays at N;
 * - the page's JS heap (after a garbage collection) and DOM nodes.
 * "Painted" is the first animation frame after the DOM shows it. The kiosk
 * page (/app/kitchen/kiosk) is measured when the admin build has it, else the
 * board (/app/kitchen).
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const VARIANT_SKU = "PIZ-MARGHERITA-S"
const ORDER_CONCURRENCY = 4
const RENDER_RUNS = 3
const PAINT_TIMEOUT_MS = 15_000
const TICKET = '[data-testid="kitchen-ticket"]'
/** A folder for a screenshot of the board at each N, to see what was measured. */
const SCREENSHOTS = process.env.BENCH_SCREENSHOTS

/**
 * Runs in the page before the admin's own scripts (a string: tsx would
 * rewrite a function Playwright sends). Stamps every kitchen stream event on
 * arrival, keeps the ticket count with the frame it was painted in, and
 * answers "watches": a ticket in a given state, or a ticket not on the board
 * when armed, stamped at the first frame after the DOM shows it.
 */
const PAGE_PROBE = String.raw`(() => {
  const epoch = () => performance.timeOrigin + performance.now()
  const state = { events: [], sseOpen: false, count: 0, covered: 0, coveredLog: [], boardAt: null, boardPending: false, watches: [] }
  window.__bench = state
  // the admin loads more scripts than the default 250 entries: the kitchen's read must still be listed
  performance.setResourceTimingBufferSize(100000)
  const Original = window.EventSource
  window.EventSource = class extends Original {
    constructor(url, init) {
      super(url, init)
      const record = (event) => {
        let data = null
        try { data = JSON.parse(event.data) } catch (error) {}
        state.events.push({ type: event.type, data, at: epoch() })
      }
      this.addEventListener("open", () => { state.sseOpen = true })
      this.addEventListener("error", () => { state.sseOpen = this.readyState === 1 })
      this.addEventListener("status", record)
      this.addEventListener("message", record)
    }
  }
  const TICKET = ${JSON.stringify(TICKET)}
  const find = (spec) => {
    const marked = document.querySelector(TICKET + '[data-ticket-id="' + spec.ticketId + '"][data-status="' + spec.status + '"]')
    if (marked) return { element: marked, fallback: false }
    if (document.querySelector(TICKET + "[data-ticket-id]")) return null
    // a board without the attributes yet: the order number in the state's column
    const number = new RegExp("#" + spec.displayId + "(?![0-9])")
    for (const element of document.querySelectorAll('[data-testid="column-' + spec.status + '"] ' + TICKET)) {
      if (number.test(element.getAttribute("aria-label") || element.textContent || "")) return { element, fallback: true }
    }
    return null
  }
  const check = () => {
    state.count = document.querySelectorAll(TICKET).length
    // a board that shows a page of tickets counts the rest
    const offscreen = document.querySelector('[data-testid="kitchen-offscreen"]')
    const covered = state.count + (offscreen ? Number((offscreen.textContent.match(/[0-9]+/) || ["0"])[0]) : 0)
    if (covered !== state.covered) {
      const entry = { covered, at: null }
      state.covered = covered
      state.coveredLog.push(entry)
      requestAnimationFrame(() => { entry.at = performance.now() })
    }
    if (!state.boardPending && performance.getEntriesByType("resource").some((entry) => entry.name.includes("/admin/kitchen/tickets"))) {
      state.boardPending = true
      requestAnimationFrame(() => { state.boardAt = performance.now() })
    }
    for (const watch of state.watches) {
      if (watch.result) continue
      let found = null
      if (watch.spec) found = find(watch.spec)
      else for (const element of document.querySelectorAll(TICKET)) {
        const id = element.getAttribute("data-ticket-id")
        if (id ? !watch.knownIds.includes(id) : !watch.known.has(element)) { found = { element, fallback: !id }; break }
      }
      if (!found) continue
      const rect = found.element.getBoundingClientRect()
      const result = {
        fallback: found.fallback,
        ticketId: found.element.getAttribute("data-ticket-id"),
        label: (found.element.getAttribute("aria-label") || found.element.textContent || "").slice(0, 60),
        inView: rect.bottom > 0 && rect.top < innerHeight,
        paintedAt: null,
      }
      watch.result = result
      requestAnimationFrame(() => { result.paintedAt = epoch() })
    }
  }
  state.arm = (key, spec, knownIds) => {
    state.watches.push({ key, spec, knownIds: knownIds || [], known: new WeakSet(document.querySelectorAll(TICKET)), result: null })
    check()
  }
  state.result = (key) => {
    const watch = state.watches.find((candidate) => candidate.key === key)
    return watch && watch.result && watch.result.paintedAt !== null ? watch.result : null
  }
  state.drop = (key) => { state.watches = state.watches.filter((watch) => watch.key !== key) }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-status", "data-ticket-id"] })
})()`

type Painted = { fallback: boolean; ticketId: string | null; label: string; inView: boolean; paintedAt: number }
type Figures = {
  size: number
  renderMs: number[]
  ticketsAnsweredMs: number[]
  arrival: number[]
  arrivalFromEvent: number[]
  arrivalInView: number
  update: number[]
  updateFromEvent: number[]
  request: number[]
  missed: number
  fallback: number
  /** Ticket elements in the page after the render (a board that shows a page of them counts the rest). */
  inPage: number
  heapMb: number
  nodes: number
}

const epochNow = () => performance.timeOrigin + performance.now()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
const p = (values: number[], at: number) => (values.length ? percentile(sorted(values), at) : Number.NaN)
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : "-")

/** The kiosk page when the built admin has that route (Medusa's admin answers any /app path with its shell, so the build is asked). */
function kioskBuilt(): boolean {
  const dir = join(BACKEND_BUILD, "public", "admin")
  if (!existsSync(dir)) return false
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".js"))
  return files.some((file) => readFileSync(join(dir, file), "utf8").includes("/kitchen/kiosk"))
}

/** The page's clock minus ours (both epoch milliseconds), from the tightest of a few round trips. */
async function clockOffset(page: Page): Promise<number> {
  let best = { rtt: Number.POSITIVE_INFINITY, offset: 0 }
  for (let sample = 0; sample < 7; sample++) {
    const sent = epochNow()
    const pageNow = (await page.evaluate("performance.timeOrigin + performance.now()")) as number
    const back = epochNow()
    if (back - sent < best.rtt) best = { rtt: back - sent, offset: pageNow - (sent + back) / 2 }
  }
  return best.offset
}

/** A watch's result once painted, or undefined after PAINT_TIMEOUT_MS. */
async function painted(page: Page, key: string): Promise<Painted | undefined> {
  try {
    const handle = await page.waitForFunction(`window.__bench.result(${JSON.stringify(key)})`, undefined, { polling: 100, timeout: PAINT_TIMEOUT_MS })
    return (await handle.jsonValue()) as Painted
  } catch {
    return undefined
  } finally {
    await page.evaluate(`window.__bench.drop(${JSON.stringify(key)})`)
  }
}

/** When the page read the stream's event matching, on its own clock. */
async function eventAt(page: Page, match: { ticket_id?: string; order_id?: string; status: string }): Promise<number | undefined> {
  const events = (await page.evaluate("window.__bench.events")) as { data: Json | null; at: number }[]
  const found = events.find(
    ({ data }) => data?.status === match.status && (!match.ticket_id || data.ticket_id === match.ticket_id) && (!match.order_id || data.order_id === match.order_id)
  )
  return found?.at
}

export default defineBench(module, {
  smoke: ["0", "10", "rounds=3"],
  // the production admin (DEMO_NODE_ENV): under "development" Medusa serves its own dev build without the application's pages
  backendEnv: async () => ({ NODE_ENV: DEMO_NODE_ENV }),
  run: async (stack, args) => {
    const rounds = Number(args.find((arg) => arg.startsWith("rounds="))?.slice("rounds=".length) ?? 10)
    const sizeArgs = args.filter((arg) => !arg.startsWith("rounds="))
    const sizes = (sizeArgs.length ? sizeArgs.map(Number) : [0, 10, 50, 200]).sort((a, b) => a - b)
    if (sizes.some((size) => !Number.isInteger(size) || size < 0) || !Number.isInteger(rounds) || rounds < 1) {
      throw new Error(`sizes are whole numbers (0 and up), rounds=M at least 1: ${args.join(" ")}`)
    }
    const base = stack.backendUrl
    const store = client(base, { "x-publishable-api-key": stack.publishableKey })
    const token = await adminToken(base)
    const admin = client(base, { authorization: `Bearer ${token}` })

    const centre: Json = (await store("/store/pizzerias")).pizzerias.find((pizzeria: Json) => pizzeria.name.endsWith("Amiens Centre"))
    await openAroundTheClock(admin, centre)
    const { regions } = await store("/store/regions")
    const { products } = await admin(
      "/admin/products?handle=margherita&fields=id,variants.id,variants.sku,variants.inventory_items.inventory_item_id,variants.inventory_items.required_quantity"
    )
    const variant = products[0].variants.find((candidate: Json) => candidate.sku === VARIANT_SKU)
    await receiveStockFor(admin, centre.id, variant, sizes[sizes.length - 1] + rounds * sizes.length + 10, "bench/board.ts")

    const openTickets = async (): Promise<Json[]> => (await admin(`/admin/kitchen/tickets?pizzeria_id=${centre.id}&status=received&status=preparing&status=ready`)).tickets
    await clearBoard(admin, await openTickets())

    let placed = 0
    /** A guest pickup cart of one Margherita S paid on collection, ready for "order" (the shop's checkout up to that button). */
    const prepareCart = async (): Promise<string> => {
      const index = placed++
      return preparePickupCart(store, {
        regionId: regions[0].id,
        salesChannelId: centre.sales_channel_id,
        variantId: variant.id,
        email: `board-${index}@example.test`,
        lastName: `Tableau ${index}`,
      })
    }
    const complete = async (cartId: string): Promise<Json> => {
      const body = await store(`/store/carts/${cartId}/complete`, { method: "POST" })
      if (body.type !== "order") throw new Error(`cart ${cartId} was not ordered: ${JSON.stringify(body.error ?? body)}`)
      return body.order
    }
    const ticketOf = async (orderId: string): Promise<Json> => {
      for (let waited = 0; waited < PAINT_TIMEOUT_MS; waited += 100) {
        const ticket = (await openTickets()).find((candidate) => candidate.order_id === orderId)
        if (ticket) return ticket
        await sleep(100)
      }
      throw new Error(`no kitchen ticket for order ${orderId} within ${PAINT_TIMEOUT_MS / 1000} s`)
    }

    const path = kioskBuilt() ? "/app/kitchen/kiosk" : "/app/kitchen"
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    })
    const results: Figures[] = []
    try {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: "fr-FR", bypassCSP: true })
      // the admin's session cookie, as its sign-in page gets it (POST /auth/session with the token)
      const session = await context.request.post(`${base}/auth/session`, { headers: { authorization: `Bearer ${token}` } })
      if (!session.ok()) throw new Error(`admin session: ${session.status()} ${await session.text()}`)
      // French, on Amiens Centre (the device's remembered pizzeria); about:blank has no storage
      await context.addInitScript(`try { localStorage.setItem("lng", "fr"); localStorage.setItem("ocp-pizzeria", ${JSON.stringify(centre.id)}) } catch (error) {}`)
      await context.addInitScript(PAGE_PROBE)
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send("Performance.enable")
      // the admin's scripts into the cache: every measured load starts from the same warm cache
      await page.goto(`${base}${path}`)
      await page.waitForFunction("window.__bench && window.__bench.boardAt !== null", undefined, { polling: 100, timeout: 60_000 }).catch(() => {
        throw new Error(`no kitchen board at ${page.url()} within 60 s (the admin's session? the build?)`)
      })

      for (const size of sizes) {
        const before = (await openTickets()).length
        if (before < size) {
          // not measured: the board would read the whole list again on each new order
          await page.goto("about:blank")
          const started = performance.now()
          await pool(Array.from({ length: size - before }), ORDER_CONCURRENCY, async () => complete(await prepareCart()))
          for (let waited = 0; (await openTickets()).length < size; waited += 250) {
            if (waited > 60_000) throw new Error(`the board has ${(await openTickets()).length} open tickets, not ${size}, a minute after the orders`)
            await sleep(250)
          }
          console.log(`\n${size - before} orders placed in ${((performance.now() - started) / 1000).toFixed(1)} s`)
        }
        const figures: Figures = {
          size,
          renderMs: [],
          ticketsAnsweredMs: [],
          arrival: [],
          arrivalFromEvent: [],
          arrivalInView: 0,
          update: [],
          updateFromEvent: [],
          request: [],
          missed: 0,
          fallback: 0,
          inPage: 0,
          heapMb: Number.NaN,
          nodes: Number.NaN,
        }

        // render: navigation → the N tickets (or, empty, the answered board) in a painted frame
        for (let run = 0; run < RENDER_RUNS; run++) {
          await page.goto(`${base}${path}`, { waitUntil: "commit" })
          const render = await page
            .waitForFunction(
              `(() => {
                const state = window.__bench
                if (!state) return null
                const full = state.coveredLog.find((entry) => entry.covered >= ${size} && entry.at !== null)
                if (${size} > 0 ? !full : state.boardAt === null) return null
                const tickets = performance.getEntriesByType("resource").find((entry) => entry.name.includes("/admin/kitchen/tickets"))
                return { renderMs: Math.max(state.boardAt ?? 0, full ? full.at : 0), ticketsAnsweredMs: tickets ? tickets.responseEnd : null }
              })()`,
              undefined,
              { polling: 100, timeout: 60_000 }
            )
            .then((handle) => handle.jsonValue() as Promise<{ renderMs: number; ticketsAnsweredMs: number | null }>)
            .catch(async () => {
              const covered = await page.evaluate("window.__bench ? window.__bench.covered : 0")
              throw new Error(`${path} did not show ${size} tickets within 60 s (${covered} shown or counted)`)
            })
          figures.renderMs.push(render.renderMs)
          if (render.ticketsAnsweredMs !== null) figures.ticketsAnsweredMs.push(render.ticketsAnsweredMs)
        }
        await page.waitForFunction("window.__bench.sseOpen", undefined, { polling: 100, timeout: 30_000 })
        if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `board-${size}.png`) })
        figures.inPage = (await page.evaluate("window.__bench.count")) as number
        await cdp.send("HeapProfiler.collectGarbage")
        const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] }
        figures.heapMb = (metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? Number.NaN) / 1024 / 1024
        figures.nodes = metrics.find((metric) => metric.name === "Nodes")?.value ?? Number.NaN
        const offset = await clockOffset(page)
        const toOurs = (pageTime: number) => pageTime - offset

        // updates, `rounds` times: an order arrives, then the oldest waiting ticket (the one a cook takes, on screen
        // even on a board that shows a page of them) is started, finished and collected, so the board stays at N
        for (let round = 0; round < rounds; round++) {
          const cartId = await prepareCart()
          const knownIds = (await openTickets()).map((ticket) => ticket.id as string)
          const arrivalKey = `arrival-${size}-${round}`
          await page.evaluate(`window.__bench.arm(${JSON.stringify(arrivalKey)}, null, ${JSON.stringify(knownIds)})`)
          const sent = epochNow()
          const order = await complete(cartId)
          const arrived = await painted(page, arrivalKey)
          const ticket = await ticketOf(order.id)
          if (arrived && (arrived.ticketId ? arrived.ticketId === ticket.id : new RegExp(`#${order.display_id}(?![0-9])`).test(arrived.label))) {
            figures.arrival.push(toOurs(arrived.paintedAt) - sent)
            const event = await eventAt(page, { order_id: order.id, status: "received" })
            if (event !== undefined) figures.arrivalFromEvent.push(arrived.paintedAt - event)
            if (arrived.inView) figures.arrivalInView++
            if (arrived.fallback) figures.fallback++
          } else figures.missed++

          const oldest = (await openTickets()).filter((candidate) => candidate.status === "received").sort((a, b) => String(a.placed_at).localeCompare(String(b.placed_at)))[0]
          for (const to of ["preparing", "ready"]) {
            const key = `${oldest.id}-${to}`
            await page.evaluate(`window.__bench.arm(${JSON.stringify(key)}, ${JSON.stringify({ ticketId: oldest.id, status: to, displayId: oldest.display_id })})`)
            const moved = epochNow()
            await admin(`/admin/kitchen/tickets/${oldest.id}/transition`, { method: "POST", body: JSON.stringify({ to }) })
            figures.request.push(epochNow() - moved)
            const shown = await painted(page, key)
            if (!shown) {
              figures.missed++
              continue
            }
            figures.update.push(toOurs(shown.paintedAt) - moved)
            const event = await eventAt(page, { ticket_id: oldest.id, status: to })
            if (event !== undefined) figures.updateFromEvent.push(shown.paintedAt - event)
            if (shown.fallback) figures.fallback++
          }
          await admin(`/admin/kitchen/tickets/${oldest.id}/transition`, { method: "POST", body: JSON.stringify({ to: "collected", paid_with: "cash" }) })
          await page
            .waitForFunction(`window.__bench.covered <= ${size}`, undefined, { polling: 100, timeout: PAINT_TIMEOUT_MS })
            .catch(() => console.log(`order #${oldest.display_id}, collected, was still on the board after ${PAINT_TIMEOUT_MS / 1000} s`))
        }
        results.push(figures)
        printSize(figures, rounds)
      }
    } finally {
      await browser.close()
    }
    printTable(results, path, rounds)
  },
})

/** Every open ticket off the board (earlier benches of a smoke run leave some): not yet started ones cancelled, started ones handed over. */
async function clearBoard(admin: Call, tickets: Json[]): Promise<void> {
  const move = (ticket: Json, to: string, extra: Json = {}) => admin(`/admin/kitchen/tickets/${ticket.id}/transition`, { method: "POST", body: JSON.stringify({ to, ...extra }) })
  const handOver = async (ticket: Json) => {
    if (ticket.kind === "delivery") {
      await move(ticket, "out_for_delivery")
      await move(ticket, "delivered", { paid_with: "cash" })
    } else await move(ticket, "collected", { paid_with: "cash" })
  }
  await pool(tickets, 2, async (ticket) => {
    if (ticket.status === "received") await move(ticket, "cancelled")
    else {
      if (ticket.status === "preparing") await move(ticket, "ready")
      await handOver(ticket)
    }
  })
  if (tickets.length) console.log(`${tickets.length} open tickets left by earlier runs taken off the board`)
}

function printSize(figures: Figures, rounds: number): void {
  console.log(
    `N=${figures.size}: render ${figures.renderMs.map(ms).join(", ")} ms; ${figures.arrival.length}/${rounds} arrivals, ` +
      `${figures.update.length}/${rounds * 2} moves painted; ${figures.missed} missed; heap ${figures.heapMb.toFixed(1)} MB, ${figures.nodes} DOM nodes`
  )
}

function printTable(results: Figures[], path: string, rounds: number): void {
  const empty = results.find((figures) => figures.size === 0)
  const ratio = (value: number, floor: number | undefined) => (empty && floor && Number.isFinite(value) && Number.isFinite(floor) ? (value / floor).toFixed(2) : "-")
  console.log(
    `\n${path} in Chromium at 1024×768, Amiens Centre; render: median of ${RENDER_RUNS} loads (warm cache); ` +
      `${rounds} rounds per N: an order placed, then moved to preparing and ready (p50 / p95 in ms)\n`
  )
  console.log(
    "N | render (ms) | tickets answered at (ms) | order → painted | move request → painted | stream event → painted | move request alone | move p95 / empty | render / empty | new ticket in view | tickets in the page | JS heap (MB) | DOM nodes"
  )
  for (const figures of results) {
    const cells = [
      figures.size,
      ms(p(figures.renderMs, 50)),
      ms(p(figures.ticketsAnsweredMs, 50)),
      `${ms(p(figures.arrival, 50))} / ${ms(p(figures.arrival, 95))}`,
      `${ms(p(figures.update, 50))} / ${ms(p(figures.update, 95))}`,
      `${ms(p(figures.updateFromEvent, 50))} / ${ms(p(figures.updateFromEvent, 95))}`,
      `${ms(p(figures.request, 50))} / ${ms(p(figures.request, 95))}`,
      ratio(p(figures.update, 95), empty && p(empty.update, 95)),
      ratio(p(figures.renderMs, 50), empty && p(empty.renderMs, 50)),
      `${figures.arrivalInView}/${figures.arrival.length}`,
      figures.inPage,
      figures.heapMb.toFixed(1),
      figures.nodes,
    ]
    console.log(cells.join(" | "))
  }
  const arrivalsFromEvent = results.map((figures) => `N=${figures.size} ${ms(p(figures.arrivalFromEvent, 50))} / ${ms(p(figures.arrivalFromEvent, 95))}`)
  console.log(`\nnew order: stream event → painted (p50 / p95): ${arrivalsFromEvent.join("; ")}`)
  const missed = results.reduce((sum, figures) => sum + figures.missed, 0)
  if (missed) console.log(`${missed} arrivals or moves not painted within ${PAINT_TIMEOUT_MS / 1000} s (left out of the figures)`)
  const fallback = results.reduce((sum, figures) => sum + figures.fallback, 0)
  if (fallback) console.log(`${fallback} tickets found by their order number in their column: the board has no data-ticket-id / data-status yet`)
  console.log("goal (issue 20): a new order on the board within 2 s with 40 open; the update's p95 should not grow with N")
}
