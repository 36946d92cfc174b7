import { writeFileSync } from "node:fs"
import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { backend, DEMO_PASSWORD, signIn, submitSignIn } from "./admin-session"
import { restartBackend } from "./stack-control"
import { adminHeaders, json, openAroundTheClock, pizzeriaNamed, storeHeaders, type Json } from "./backend-api"

/**
 * The kitchen display in a rush, on the kitchen's 1024×768 tablet: forty
 * orders open at Amiens Centre (the demo pizzaiolo's pizzeria), placed
 * through the store API as the shop places them.
 */
test.use({ viewport: { width: 1024, height: 768 } })
test.describe.configure({ mode: "serial" })

const OPEN_ORDERS = 40
const SCREENSHOTS = process.env.KITCHEN_SCREENSHOTS ?? "/tmp"

type Shop = { admin: Record<string, string>; store: Record<string, string>; pizzeria: Json; regionId: string; margherita: Json; reine: Json }

async function shop(request: APIRequestContext): Promise<Shop> {
  const admin = await adminHeaders(request)
  const store = await storeHeaders(request, admin)
  const pizzeria = await pizzeriaNamed(request, store, "Amiens Centre")
  await openAroundTheClock(request, admin, pizzeria.id)
  const { items } = await json(request, "GET", `/store/menu?pizzeria_id=${pizzeria.id}`, store)
  const { regions } = await json(request, "GET", "/store/regions", store)
  const dish = (title: string) => items.find((item: Json) => item.title === title)
  return { admin, store, pizzeria, regionId: regions[0].id, margherita: dish("Margherita"), reine: dish("Reine") }
}

/** Enough of each ingredient at the pizzeria for `count` of each of these sizes, so the rush never runs out. */
async function receiveStock(request: APIRequestContext, { admin, pizzeria }: Shop, variantIds: string[], count: number): Promise<void> {
  const fields = "id,variants.id,variants.inventory_items.inventory_item_id,variants.inventory_items.required_quantity"
  const { products } = await json(request, "GET", `/admin/products?handle[]=margherita&handle[]=reine&fields=${fields}`, admin)
  const variants = products.flatMap((product: Json) => product.variants).filter((variant: Json) => variantIds.includes(variant.id))
  expect(variants).toHaveLength(variantIds.length)
  for (const variant of variants)
    for (const part of variant.inventory_items)
      await json(request, "POST", `/admin/stock-locations/${pizzeria.id}/stock-movements`, admin, {
        inventory_item_id: part.inventory_item_id,
        type: "receipt",
        quantity: part.required_quantity * count,
        note: "Réception pour le coup de feu (test)",
      })
}

/** One order, pickup (by a named customer) or delivery, paid at the counter or on delivery. */
async function placeOrder(request: APIRequestContext, shop: Shop, index: number, items: Json[]): Promise<Json> {
  const pickup = index % 3 !== 0
  const { cart } = await json(request, "POST", "/store/carts", shop.store, {
    region_id: shop.regionId,
    sales_channel_id: shop.pizzeria.sales_channel_id,
    email: `rush.${index}@example.test`,
    shipping_address: {
      first_name: `Client${index}`,
      last_name: "Rush",
      phone: "+33611223344",
      country_code: "fr",
      ...(pickup ? { address_1: "21 rue des Trois Cailloux", postal_code: "80000", city: "Amiens" } : { address_1: "12 rue Delambre", postal_code: "80000", city: "Amiens" }),
    },
    items,
  })
  const { shipping_options } = await json(request, "GET", `/store/shipping-options?cart_id=${cart.id}`, shop.store)
  const option = shipping_options.find((candidate: Json) => candidate.name === (pickup ? "Retrait en pizzeria" : "Livraison"))
  await json(request, "POST", `/store/carts/${cart.id}/shipping-methods`, shop.store, { option_id: option.id })
  const { payment_collection } = await json(request, "POST", "/store/payment-collections", shop.store, { cart_id: cart.id })
  await json(request, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, shop.store, { provider_id: "pp_system_default" })
  const { order } = await json(request, "POST", `/store/carts/${cart.id}/complete`, shop.store)
  return order
}

const linesOf = (shop: Shop, index: number): Json[] => [
  // a delivery has a minimum order (two pizzas); a pickup has none
  { variant_id: shop.margherita.variants[1].id, quantity: index % 3 === 0 ? 2 : 1 + (index % 2) },
  ...(index % 4 === 0 ? [{ variant_id: shop.reine.variants[1].id, quantity: 1 }] : []),
]

/** Orders until the pizzeria has `count` open tickets, four at a time. */
async function fillTheBoard(request: APIRequestContext, shop: Shop, count: number): Promise<void> {
  const { tickets } = await json(request, "GET", `/admin/kitchen/tickets?pizzeria_id=${shop.pizzeria.id}&status[]=received&status[]=preparing`, shop.admin)
  const missing = Array.from({ length: Math.max(0, count - tickets.length) }, (_, index) => index)
  let next = 0
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < missing.length) {
        const index = missing[next++]
        await placeOrder(request, shop, index, linesOf(shop, index))
      }
    })
  )
}

/** The tickets whose whole box is on the 1024×768 screen. */
async function ticketsInView(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('[data-testid="kitchen-ticket"]:not([data-status="ready"])')].filter((element) => {
        const box = element.getBoundingClientRect()
        return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth
      }).length
  )
}

async function openKiosk(page: Page): Promise<void> {
  // the print dialog is the browser's: here it only counts calls
  await page.addInitScript(() => {
    ;(window as unknown as { printed: number }).printed = 0
    window.print = () => void ((window as unknown as { printed: number }).printed += 1)
  })
  await signIn(page, "pizzaiolo@oc-pizza.test", DEMO_PASSWORD)
  await page.goto(`${backend}/app/kitchen/kiosk`)
  await expect(page.getByTestId("kitchen-stream-status")).toHaveAttribute("data-live", "true")
}

let rush: Shop

test.beforeAll(async ({ request }) => {
  test.setTimeout(300_000)
  rush = await shop(request)
  await receiveStock(request, rush, [rush.margherita.variants[1].id, rush.reine.variants[1].id], 3 * OPEN_ORDERS)
  await fillTheBoard(request, rush, OPEN_ORDERS)
})

test.afterAll(async ({ request }) => {
  // the next specs find Amiens Centre's kitchen as they expect it: this rush's open orders are cancelled
  const { tickets } = await json(request, "GET", `/admin/kitchen/tickets?pizzeria_id=${rush.pizzeria.id}&status[]=received&status[]=preparing`, rush.admin)
  for (const ticket of tickets)
    await json(request, "POST", `/admin/kitchen/tickets/${ticket.id}/transition`, rush.admin, {
      to: "cancelled",
      ...(ticket.status === "preparing" ? { note: "Fin du test du coup de feu" } : {}),
    })
})

test("with 40 open orders the kiosk shows 8 tickets or more, oldest first, counts the rest, and a new order arrives in view within 2 s with its cue", async ({ page, request }) => {
  test.setTimeout(120_000)
  await openKiosk(page)
  // the kiosk covers Medusa's menu: the whole screen is the board
  await expect(page.getByTestId("kitchen-kiosk")).toBeVisible()
  expect(await page.evaluate(() => document.elementFromPoint(60, 400)?.closest('[data-testid="kitchen-kiosk"]') !== null)).toBe(true)
  // and neither the keyboard nor a screen reader reaches the menu it covers
  expect(await page.evaluate(() => document.getElementById("medusa")?.hasAttribute("inert"))).toBe(true)
  for (let press = 0; press < 6; press++) {
    await page.keyboard.press("Tab")
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('[data-testid="kitchen-kiosk"]') !== null)).toBe(true)
  }
  await expect(page.getByTestId("kitchen-ticket").first()).toBeVisible()
  expect(await ticketsInView(page)).toBeGreaterThanOrEqual(8)
  await expect(page.getByTestId("kitchen-offscreen")).toContainText(/\+\d+ hors écran/)
  await expect(page.getByText("Entrée", { exact: true })).toBeVisible()
  // oldest first: the first ticket is the pizzeria's oldest open order
  const { tickets } = await json(request, "GET", `/admin/kitchen/tickets?pizzeria_id=${rush.pizzeria.id}&status[]=received&status[]=preparing`, rush.admin)
  expect(tickets.length).toBeGreaterThanOrEqual(OPEN_ORDERS)
  await expect(page.getByTestId("kitchen-ticket").first()).toHaveAttribute("data-ticket-id", tickets[0].id)
  // every ticket carries a promised time, which late tickets are coloured against
  expect(tickets.every((ticket: Json) => ticket.estimated_ready_at)).toBe(true)
  // a pickup ticket says who collects it
  const pickup = tickets.slice(0, 7).find((ticket: Json) => ticket.kind === "pickup")
  expect(pickup.customer_name).toBeTruthy()
  await expect(page.locator(`[data-ticket-id="${pickup.id}"]`)).toContainText(pickup.customer_name)
  await page.screenshot({ path: `${SCREENSHOTS}/kitchen-kiosk-40.png` })

  // the sound is armed by one tap, as browsers ask
  await page.getByRole("button", { name: "Activer le son" }).click()
  await expect(page.getByText("Son activé")).toBeVisible()

  const order = await placeOrder(request, rush, 99, [{ variant_id: rush.reine.variants[1].id, quantity: 3 }])
  const placedAt = Date.now()
  const arrived = page.getByRole("article", { name: `Commande #${order.display_id}` })
  await expect(arrived).toBeVisible({ timeout: 2_000 })
  const delay = Date.now() - placedAt
  await expect(arrived).toBeInViewport({ ratio: 1 })
  await expect(arrived).toHaveAttribute("data-arrived", "true")
  await expect(arrived).toContainText("3 × Reine")
  await expect(page.getByTestId("kitchen-arrival-flash")).toBeAttached()
  await expect(page.getByTestId("kitchen-announce")).toHaveText(`Nouvelle commande #${order.display_id}`)
  test.info().annotations.push({ type: "arrival", description: `new order on the kiosk ${delay} ms after its checkout answered` })
  await page.screenshot({ path: `${SCREENSHOTS}/kitchen-kiosk-arrival.png` })

  // a line's recipe opens on a tap, not before
  await expect(page.getByText(/Cuisson \d+ min/)).toHaveCount(0)
  await arrived.getByRole("button", { name: "Recette : Reine" }).click()
  await expect(page.getByRole("dialog")).toContainText(/Cuisson \d+ min/)
  await page.screenshot({ path: `${SCREENSHOTS}/kitchen-kiosk-recipe.png` })
  await page.keyboard.press("Escape")
  await expect(page.getByRole("dialog")).toHaveCount(0)

  // the same board inside the admin, beside Medusa's menu, links to the kiosk
  await page.goto(`${backend}/app/kitchen`)
  await expect(page.getByTestId("kitchen-ticket").first()).toBeVisible()
  await expect(page.getByRole("link", { name: "Plein écran" })).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/kitchen-admin-page.png` })
})

test("a ticket past the ready time promised at checkout turns red", async ({ page, request }) => {
  const { tickets } = await json(request, "GET", `/admin/kitchen/tickets?pizzeria_id=${rush.pizzeria.id}&status[]=received&status[]=preparing`, rush.admin)
  const promised = tickets.map((ticket: Json) => Math.round((Date.parse(ticket.estimated_ready_at) - Date.parse(ticket.placed_at)) / 60_000))
  test.info().annotations.push({ type: "promised", description: `minutes from order to promised ready time, oldest to newest: ${promised.join(", ")}` })
  // the tablet's clock five minutes past the oldest order's promised time
  await page.clock.install({ time: new Date(Date.parse(tickets[0].estimated_ready_at) + 5 * 60_000) })
  await openKiosk(page)
  const oldest = page.locator(`[data-ticket-id="${tickets[0].id}"]`)
  await expect(oldest).toHaveAttribute("data-late", "true")
  await expect(oldest).toContainText(/en retard de \d+ min/)
  await page.screenshot({ path: `${SCREENSHOTS}/kitchen-kiosk-late.png` })
})

test("the keyboard moves the selection, starts and finishes an order, and recalls the last finished ticket", async ({ page }) => {
  await openKiosk(page)
  const first = page.getByTestId("kitchen-ticket").first()
  const second = page.getByTestId("kitchen-ticket").nth(1)
  await expect(first).toHaveAttribute("aria-current", "true")
  await page.keyboard.press("ArrowRight")
  await expect(second).toHaveAttribute("aria-current", "true")
  await page.keyboard.press("ArrowLeft")
  await expect(first).toHaveAttribute("aria-current", "true")

  const id = await first.getAttribute("data-ticket-id")
  const ticket = page.locator(`[data-testid="kitchen-ticket"][data-ticket-id="${id}"]`)
  const status = await ticket.getAttribute("data-status")
  if (status === "received") {
    await page.keyboard.press("Enter")
    await expect(ticket).toHaveAttribute("data-status", "preparing")
  }
  await page.keyboard.press("Enter")
  // finished: it leaves the grid for the strip of orders waiting at the pass
  await expect(page.getByTestId("column-ready").locator(`[data-ticket-id="${id}"]`)).toHaveAttribute("data-status", "ready")
  await page.keyboard.press("r")
  await expect(page.getByRole("dialog")).toContainText("Rappel")
  await expect(page.getByRole("dialog")).toContainText("Prêtes")
  await page.keyboard.press("Escape")
})

test("a ticket prints on an 80 mm roll: the print stylesheet keeps only the ticket, with its lines", async ({ page }) => {
  await openKiosk(page)
  const first = page.getByTestId("kitchen-ticket").first()
  const id = await first.getAttribute("data-ticket-id")
  // each line's "2 × Reine" (a customised pizza's changes are shown in capitals on the board, as typed on paper)
  const lines = await first.getByTestId("ticket-line-title").allInnerTexts()
  await page.keyboard.press("p")
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)

  await page.emulateMedia({ media: "print" })
  const printed = page.getByTestId("kitchen-print-ticket")
  await expect(printed).toBeVisible()
  const number = await page.locator(`[data-ticket-id="${id}"]`).getAttribute("aria-label")
  await expect(printed).toContainText(number!)
  for (const line of lines) await expect(printed).toContainText(line.trim())
  // 80 mm is 302 CSS pixels: the ticket fits the roll
  const box = (await printed.boundingBox())!
  expect(box.width).toBeLessThanOrEqual(302)
  // the board itself is not printed
  await expect(page.getByTestId("kitchen-keys")).toBeHidden()
  await page.screenshot({ path: `${SCREENSHOTS}/kitchen-print.png` })

  const pdf = await page.pdf({ width: "80mm", printBackground: false })
  writeFileSync(`${SCREENSHOTS}/kitchen-ticket.pdf`, pdf)
  // pages 80 mm (226.8 pt) wide
  const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)]
  expect(boxes.length).toBeGreaterThanOrEqual(1)
  for (const [, width] of boxes) expect(Number(width)).toBeCloseTo(226.77, 0)
  await page.emulateMedia({ media: "screen" })
})

test("the kiosk survives a reload and a lost connection: it says since when it is offline, reconnects, and catches up", async ({ page, context, request }) => {
  test.setTimeout(90_000)
  await openKiosk(page)
  await page.reload()
  await expect(page.getByTestId("kitchen-kiosk")).toBeVisible()
  await expect(page.getByTestId("kitchen-stream-status")).toHaveAttribute("data-live", "true")

  // the tablet loses its network (restarting the backend is not possible in this stack: the stream is cut from the page's side)
  await page.route("**/admin/kitchen/**", (route) => route.abort("internetdisconnected"))
  await context.setOffline(true)
  await expect(page.getByTestId("kitchen-stream-status")).toHaveAttribute("data-live", "false")
  await expect(page.getByTestId("kitchen-stream-status")).toContainText(/Hors ligne depuis \d\d:\d\d/)
  await page.screenshot({ path: `${SCREENSHOTS}/kitchen-kiosk-offline.png` })
  const missed = await placeOrder(request, rush, 98, [{ variant_id: rush.margherita.variants[1].id, quantity: 1 }])

  await page.unroute("**/admin/kitchen/**")
  await context.setOffline(false)
  await expect(page.getByTestId("kitchen-stream-status")).toHaveAttribute("data-live", "true", { timeout: 20_000 })
  await expect(page.getByTestId("kitchen-stream-status")).toContainText(/Hors ligne de \d\d:\d\d à \d\d:\d\d/)
  // what arrived meanwhile is on the board, in view
  await expect(page.getByRole("article", { name: `Commande #${missed.display_id}` })).toBeInViewport({ timeout: 5_000 })
})

test("after the backend restarts, the kiosk says its sign-in ended, and once signed in again is live where it was", async ({ page, request }) => {
  test.setTimeout(180_000)
  await openKiosk(page)
  const status = page.getByTestId("kitchen-stream-status")

  // stopped and started again, as an update does; the tablet is not touched. Without Redis the
  // backend keeps its sessions in memory: the tablet's is gone, which no retry mends
  const restarted = restartBackend()
  await expect(status).toHaveAttribute("data-live", "false", { timeout: 30_000 })
  await expect(status).toContainText(/Hors ligne depuis \d\d:\d\d/)
  await restarted
  await expect(status).toContainText("Session terminée (le serveur a redémarré)", { timeout: 30_000 })
  // the board stays on screen meanwhile
  await expect(page.getByTestId("kitchen-ticket").first()).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/kitchen-kiosk-signed-out.png` })

  // one tap leads to the sign-in, which brings the cook back to the kiosk
  await page.getByRole("button", { name: "Se reconnecter" }).click()
  await page.waitForURL(/\/app\/login/)
  await submitSignIn(page, "pizzaiolo@oc-pizza.test")
  await page.waitForURL(/\/app\/kitchen\/kiosk/)
  await expect(status).toHaveAttribute("data-live", "true", { timeout: 30_000 })

  // live again: an order placed now arrives on the board, in view
  const order = await placeOrder(request, rush, 97, [{ variant_id: rush.margherita.variants[1].id, quantity: 1 }])
  await expect(page.getByRole("article", { name: `Commande #${order.display_id}` })).toBeInViewport({ timeout: 10_000 })
})
