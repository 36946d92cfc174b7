import { expect, test } from "@playwright/test"
import { signIn } from "./admin-session"
import { adminHeaders, json, storeHeaders, type Json } from "./backend-api"

let admin: Record<string, string>
/** Every pizzeria's hours as the test found them, put back afterwards. */
let saved: { id: string; hours: Json }[] = []
let centreId = ""

/** A Paris wall-clock time of tomorrow ("19:30" → its instant), from the offset Paris has at noon that day. */
function tomorrowInParis(time: string): Date {
  const tomorrow = new Date(Date.now() + 24 * 3_600_000)
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(tomorrow)
  const noonUtc = new Date(`${day}T12:00:00Z`)
  const parisNoon = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "2-digit", hourCycle: "h23" }).format(noonUtc)
  const offsetHours = Number(parisNoon) - 12
  const [hours, minutes] = time.split(":").map(Number)
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hours - offsetHours, minutes))
}

test.beforeAll(async ({ request }) => {
  admin = await adminHeaders(request)
  const store = await storeHeaders(request, admin)
  const { pizzerias } = await json(request, "GET", "/store/pizzerias", store)
  centreId = (pizzerias as Json[]).find((pizzeria) => pizzeria.name.endsWith("Amiens Centre"))!.id
  // night everywhere: every pizzeria closed from now until tomorrow 11:00, open all day otherwise
  const allDay = [["00:00", "00:00"]]
  for (const pizzeria of pizzerias as Json[]) {
    const { service_hours } = await json(request, "GET", `/admin/stock-locations/${pizzeria.id}/service-hours`, admin)
    saved.push({ id: pizzeria.id, hours: service_hours })
    await json(request, "POST", `/admin/stock-locations/${pizzeria.id}/service-hours`, admin, {
      latitude: service_hours.location.lat,
      longitude: service_hours.location.lng,
      timezone: service_hours.timezone,
      opening_hours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
      closures: [{ starts_at: new Date(Date.now() - 60_000).toISOString(), ends_at: tomorrowInParis("11:00").toISOString(), reason: "Nuit (test)" }],
    })
  }
})

test.afterAll(async ({ request }) => {
  for (const { id, hours } of saved) {
    await json(request, "POST", `/admin/stock-locations/${id}/service-hours`, admin, {
      latitude: hours.location.lat,
      longitude: hours.location.lng,
      timezone: hours.timezone,
      opening_hours: hours.opening_hours,
      closures: (hours.closures as Json[]).map(({ starts_at, ends_at, reason }) => ({ starts_at, ends_at, reason })),
    })
  }
  saved = []
})

test("at night the shop offers tomorrow's slots; a customer books 19:30, moves it to 20:00; the ticket reaches the kitchen board when it fires", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  await page.goto("/")
  await expect(page.getByRole("heading", { name: "Toutes nos pizzerias sont fermées" })).toBeVisible()
  // each pizzeria's next pickup slots: tomorrow from 11:00
  const first = page.getByRole("button", { name: /^Retrait .* à 11:00 — OC Pizza Amiens Centre$/ })
  await expect(first).toBeVisible()
  await first.click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")

  const card = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Margherita", exact: true }) })
  await card.getByRole("radio", { name: /^Moyenne/ }).check()
  await page.getByRole("button", { name: "Ajouter Margherita (Moyenne (30 cm)) au panier" }).click()
  await expect(page.getByRole("link", { name: "Panier, 1 article(s)" })).toBeVisible()
  // the count moves at once; the cart is written when the server answers
  await expect(page.getByRole("status").filter({ hasText: "Margherita (Moyenne (30 cm)) ajoutée au panier" })).toBeAttached()
  await page.getByRole("link", { name: /Panier/ }).click()
  await page.getByRole("link", { name: "Commander" }).click()

  await page.getByRole("radio", { name: /^À emporter/ }).check()
  const when = page.getByRole("group", { name: "Pour quand ?" })
  // closed now: no "as soon as possible", the picker starts on the slot chosen on the home page
  await expect(when).toContainText("La pizzeria ne prend pas de commande immédiate en ce moment")
  await expect(when.getByRole("radio", { name: "Dès que possible" })).toHaveCount(0)
  await expect(when.getByLabel("Jour")).toHaveValue(/\d{4}-\d{2}-\d{2}/)
  await expect(when.getByLabel("Heure").locator("option:checked")).toHaveText("11:00")
  await when.getByLabel("Heure").selectOption({ label: "19:30" })
  await page.getByLabel("E-mail").fill("nuit.e2e@example.test")
  await page.getByLabel("Prénom").fill("Nora")
  await page.getByLabel("Nom", { exact: true }).fill("Nuit")
  await page.getByLabel("Téléphone").fill("06 12 34 56 78")
  await page.getByRole("button", { name: /^Commander · / }).click()
  await page.waitForURL(/\/orders\//)
  await expect(page.getByRole("status").filter({ hasText: "Statut" })).toHaveText("Statut : Programmée")
  await expect(page.getByTestId("booked-slot")).toContainText(/Prévue pour .* à 19:30, à retirer à la pizzeria/)
  const orderId = /\/orders\/([^/?]+)/.exec(page.url())![1]

  // the customer moves it to 20:00 before the kitchen takes it
  await page.getByText("Changer l'heure").click()
  const move = page.locator("details").filter({ hasText: "Changer l'heure" })
  await move.getByLabel("Heure").selectOption({ label: "20:00" })
  await move.getByRole("button", { name: "Réserver ce créneau" }).click()
  await expect(move.getByText("C'est noté : votre commande est déplacée.")).toBeVisible()
  await expect(page.getByTestId("booked-slot")).toContainText(/Prévue pour .* à 20:00, à retirer à la pizzeria/)

  // the kitchen: not on the board while it waits for its fire time
  const kitchen = await (await browser.newContext({ locale: "fr-FR" })).newPage()
  await signIn(kitchen, "pizzaiolo@oc-pizza.test")
  await kitchen.waitForURL(/\/app\/kitchen/)
  await expect(kitchen.getByText("En direct")).toBeVisible()
  const { tickets } = await json(request, "GET", `/admin/kitchen/tickets?pizzeria_id=${centreId}&status=scheduled`, admin)
  const ticket = (tickets as Json[]).find((candidate) => candidate.order_id === orderId)!
  expect(ticket.scheduled_for).toBe(tomorrowInParis("20:00").toISOString())
  const name = `Commande #${ticket.display_id}`
  await expect(kitchen.getByRole("article", { name })).toHaveCount(0)

  // the kitchen's clock moved through the API (outside production only, backend/src/kitchen/fire-ahead.ts) instead of
  // waiting until tomorrow evening: a minute before its fire time nothing moves, at its fire time it enters the queue
  const fireAt = new Date(ticket.fire_at).getTime()
  expect(fireAt).toBeLessThan(tomorrowInParis("20:00").getTime())
  const early = await json(request, "POST", "/admin/kitchen/scheduled/fire", admin, { at: new Date(fireAt - 60_000).toISOString() })
  expect(early.fired).not.toContain(ticket.id)
  await expect(kitchen.getByRole("article", { name })).toHaveCount(0)
  const due = await json(request, "POST", "/admin/kitchen/scheduled/fire", admin, { at: new Date(fireAt).toISOString() })
  expect(due.fired).toContain(ticket.id)
  await expect(kitchen.getByRole("article", { name })).toHaveAttribute("data-status", "received")
  await expect(page.getByRole("status").filter({ hasText: "Statut" })).toHaveText("Statut : Reçue")
})
