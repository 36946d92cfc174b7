import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { DEMO_PASSWORD, signIn } from "./admin-session"
import { json, readyDeliveryOrder, type Json } from "./backend-api"

// the driver's phone
test.use({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true })

const INSTRUCTIONS = { door_code: "4821B", floor: "3e étage, porte gauche", note: "Sonner deux fois" }

/** A delivery order at Amiens Centre, paid on delivery, with instructions for the driver, made ready by the kitchen. */
const readyOrder = (request: APIRequestContext) =>
  readyDeliveryOrder(request, {
    email: "client.livreur@example.test",
    shipping_address: {
      first_name: "Inès",
      last_name: "Durand",
      phone: "+33622334455",
      address_1: "12 rue Delambre",
      postal_code: "80000",
      city: "Amiens",
      country_code: "fr",
      metadata: { delivery_instructions: INSTRUCTIONS },
    },
  })

/** Signed in as the driver, the order taken, "delivered, cash" confirmed: held for its 10 s. */
async function heldDeliveredInCash(driver: Page, name: string): Promise<void> {
  await signIn(driver, "livreur@oc-pizza.test", DEMO_PASSWORD)
  await driver.waitForURL(/\/app\/deliveries/)
  await takeIt(driver, name)
  const mine = driver.getByTestId("deliveries-mine").getByRole("article", { name })
  await mine.getByRole("button", { name: `Livrée, Espèces · ${name}` }).click()
  await driver.getByRole("alertdialog").getByRole("button", { name: "Oui, enregistrer" }).click()
  await expect(mine.getByRole("button", { name: `Annuler · ${name}` })).toBeVisible()
}

/** Where the order stands on the server, whatever the page shows. */
async function statusOf(request: APIRequestContext, admin: Record<string, string>, pizzeriaId: string, orderId: string): Promise<string | undefined> {
  const { tickets } = await json(request, "GET", `/admin/kitchen/tickets?pizzeria_id=${pizzeriaId}`, admin)
  const open = tickets.find((ticket: Json) => ticket.order_id === orderId)
  if (open) return open.status
  const { runs } = await json(request, "GET", `/admin/pizzerias/${pizzeriaId}/deliveries/runs`, admin)
  return runs.runs.some((run: Json) => run.order_id === orderId) ? "delivered" : undefined
}

const euros = (amount: number) => new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(amount)
const squeezed = (text: string | null) => (text ?? "").replace(/\s/g, "")

async function takeIt(driver: Page, name: string): Promise<void> {
  await driver.getByRole("button", { name: `Prendre · ${name}` }).click()
  await expect(driver.getByTestId("deliveries-mine").getByRole("article", { name })).toBeVisible()
}

test("on a phone, delivered-and-paid asks first, can be undone for 10 s with nothing recorded, then shows in today's runs with the cash to hand over", async ({
  page: driver,
  request,
}) => {
  test.setTimeout(150_000)
  const { displayId, total, pizzeriaId, orderId, admin } = await readyOrder(request)
  const name = `Commande #${displayId}`
  await signIn(driver, "livreur@oc-pizza.test", DEMO_PASSWORD)
  await driver.waitForURL(/\/app\/deliveries/)

  // the customer's instructions are on the card
  const toTake = driver.getByTestId("deliveries-to-take").getByRole("article", { name })
  const instructions = toTake.getByRole("region", { name: "Consignes de livraison" })
  await expect(instructions).toContainText(INSTRUCTIONS.door_code)
  await expect(instructions).toContainText(INSTRUCTIONS.floor)
  await expect(instructions).toContainText(INSTRUCTIONS.note)
  await takeIt(driver, name)
  const mine = driver.getByTestId("deliveries-mine").getByRole("article", { name })

  // one tap only asks: what is recorded, the amount, how it was paid
  await mine.getByRole("button", { name: `Livrée, Espèces · ${name}` }).click()
  const dialog = driver.getByRole("alertdialog")
  await expect(dialog).toContainText(`${name} livrée et payée ?`)
  await expect(dialog).toContainText("12 rue Delambre, 80000 Amiens")
  expect(squeezed(await dialog.getByTestId("confirm-amount").textContent())).toBe(squeezed(euros(total)))
  await expect(dialog).toContainText("payée en espèces")
  const yes = dialog.getByRole("button", { name: "Oui, enregistrer" })
  const box = await yes.boundingBox()
  expect(box!.height).toBeGreaterThanOrEqual(48)
  await driver.screenshot({ path: "/tmp/driver-confirm.png" })
  await dialog.getByRole("button", { name: "Retour" }).click()
  await expect(dialog).toHaveCount(0)
  expect(await statusOf(request, admin, pizzeriaId, orderId)).toBe("out_for_delivery")

  // confirmed, then undone within the 10 seconds: nothing is recorded, even after they have passed
  await mine.getByRole("button", { name: `Livrée, Espèces · ${name}` }).click()
  await dialog.getByRole("button", { name: "Oui, enregistrer" }).click()
  const undo = mine.getByRole("button", { name: `Annuler · ${name}` })
  await expect(undo).toBeVisible()
  await expect(mine.getByRole("status")).toContainText("payée en espèces")
  await expect(mine).toContainText(/Enregistrement dans \d+ s/)
  await driver.screenshot({ path: "/tmp/driver-undo.png" })
  await undo.click()
  await expect(driver.getByText(`${name} : annulé, rien n'a été enregistré.`)).toBeVisible()
  await expect(mine.getByRole("button", { name: `Livrée, Espèces · ${name}` })).toBeVisible()
  await driver.waitForTimeout(11_000)
  expect(await statusOf(request, admin, pizzeriaId, orderId)).toBe("out_for_delivery")
  await expect(mine).toBeVisible()

  // confirmed and left alone: sent after the countdown, gone from the board, in today's runs
  await mine.getByRole("button", { name: `Livrée, Espèces · ${name}` }).click()
  await dialog.getByRole("button", { name: "Oui, enregistrer" }).click()
  await expect(mine.getByRole("button", { name: `Annuler · ${name}` })).toBeVisible()
  expect(await statusOf(request, admin, pizzeriaId, orderId)).toBe("out_for_delivery")
  await expect(driver.getByRole("article", { name })).toHaveCount(0, { timeout: 20_000 })
  expect(await statusOf(request, admin, pizzeriaId, orderId)).toBe("delivered")

  const runs = driver.getByTestId("deliveries-runs")
  const run = runs.getByRole("listitem", { name })
  await expect(run).toContainText("12 rue Delambre, 80000 Amiens")
  await expect(run).toContainText("Espèces")
  expect(squeezed(await run.textContent())).toContain(squeezed(euros(total)))
  await expect(run.locator("time")).toHaveText(/^\d\d:\d\d$/)
  // the hand-over figure is the driver's cash of the day, as the server counts it
  const driverHeaders = { authorization: `Bearer ${(await json(request, "POST", "/auth/user/emailpass", {}, { email: "livreur@oc-pizza.test", password: DEMO_PASSWORD })).token}` }
  const { runs: own } = await json(request, "GET", `/admin/pizzerias/${pizzeriaId}/deliveries/runs`, driverHeaders)
  expect(own.runs.find((entry: Json) => entry.order_id === orderId)).toMatchObject({ paid_with: "cash", amount: total })
  expect(own.shifts[0].to_hand_over).toBeGreaterThanOrEqual(total)
  await expect.poll(async () => squeezed(await runs.getByTestId("hand-over-amount").textContent())).toBe(squeezed(euros(own.shifts[0].to_hand_over)))
  await runs.scrollIntoViewIfNeeded()
  await driver.screenshot({ path: "/tmp/driver-runs.png", fullPage: true })
})

test("a delivery confirmed just before the phone leaves the page is still recorded", async ({ browser, request }) => {
  test.setTimeout(120_000)
  const { displayId, pizzeriaId, orderId, admin } = await readyOrder(request)
  const name = `Commande #${displayId}`
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, locale: "fr-FR" })
  const driver = await context.newPage()
  await heldDeliveredInCash(driver, name)
  // closed well within the 10 seconds: the held move goes out with the page
  await driver.close({ runBeforeUnload: true })
  await expect.poll(() => statusOf(request, admin, pizzeriaId, orderId), { timeout: 8_000 }).toBe("delivered")
  await context.close()
})

test("a delivery sent while the phone has no network is kept and sent again once it is back", async ({ page: driver, context, request }) => {
  test.setTimeout(120_000)
  const { displayId, pizzeriaId, orderId, admin } = await readyOrder(request)
  const name = `Commande #${displayId}`
  await heldDeliveredInCash(driver, name)

  // the countdown ends in a stairwell: no answer, the driver is told, nothing is recorded yet
  await context.setOffline(true)
  await expect(driver.getByText("Pas encore enregistrée", { exact: false })).toBeVisible({ timeout: 20_000 })
  expect(await statusOf(request, admin, pizzeriaId, orderId)).toBe("out_for_delivery")

  // the network is back: the move kept in this browser is sent again and recorded once
  await context.setOffline(false)
  await expect.poll(() => statusOf(request, admin, pizzeriaId, orderId), { timeout: 20_000 }).toBe("delivered")
  await expect(driver.getByRole("article", { name })).toHaveCount(0, { timeout: 20_000 })
})
