import { expect, test, type Page } from "@playwright/test"
import { signIn, DEMO_PASSWORD } from "./admin-session"
import { adminHeaders, moveOrder, openAroundTheClock, pizzeriaNamed, storeHeaders, type Json } from "./backend-api"
import { sendAddress } from "./shop"

test.use({ viewport: { width: 412, height: 915 } })

let admin: Record<string, string>
let centre: Json
// OCP_SHOTS=<folder> keeps a picture of the tracking page and of the driver's card
const shots = process.env.OCP_SHOTS

test.beforeAll(async ({ request }) => {
  admin = await adminHeaders(request)
  const store = await storeHeaders(request, admin)
  centre = await pizzeriaNamed(request, store, "Amiens Centre")
  await openAroundTheClock(request, admin, centre.id)
})

/** A delivery to 12 rue Delambre with a Reine (above the minimum), ordered as a guest with instructions for the driver, through the shop's pages. */
async function orderWithInstructions(page: Page): Promise<void> {
  await page.goto("/")
  await sendAddress(page, "12 rue Delambre, 80000 Amiens")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")
  const card = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Reine", exact: true }) })
  await card.getByRole("radio", { name: /^Grande/ }).check()
  await page.getByRole("button", { name: "Ajouter Reine (Grande (34 cm)) au panier" }).click()
  // the count moves at once; the cart is saved when the announcement comes
  await expect(page.getByRole("status").filter({ hasText: "Reine (Grande (34 cm)) ajoutée au panier" })).toBeAttached()
  await page.goto("/checkout")
  await page.getByLabel("E-mail").fill("eta.e2e@example.test")
  await page.getByLabel("Prénom").fill("Lina")
  await page.getByLabel("Nom", { exact: true }).fill("Durand")
  await page.getByLabel("Téléphone").fill("06 98 76 54 32")
  await page.getByLabel("Code d'entrée").fill("B1234")
  await page.getByLabel("Étage, appartement").fill("3e étage, appt 12")
  await page.getByLabel("Note pour le livreur").fill("Sonner deux fois")
  await page.getByRole("button", { name: /^Commander · / }).click()
  await page.waitForURL(/\/orders\/.+token=/)
}

test("the ETA counts down and moves when the kitchen marks the order ready; the printed link opens it; the driver reads the instructions", async ({ page, browser, request }) => {
  test.setTimeout(120_000)
  await orderWithInstructions(page)
  const orderId = /\/orders\/([^/?]+)/.exec(page.url())![1]
  const status = page.getByRole("status").filter({ hasText: "Statut" })
  await expect(status).toHaveText("Statut : Reçue")

  const eta = page.getByTestId("eta")
  await expect(eta).toHaveText(/^Arrivée dans environ \d+ min · vers \d{2}:\d{2}$/)
  const queued = await eta.getAttribute("data-eta")
  const minutesOf = async () => Number(/environ (\d+) min/.exec((await eta.textContent()) ?? "")![1])
  const queuedMinutes = await minutesOf()

  // the link as printed is the whole link: its text opens the order without cookies
  const printed = (await page.getByTestId("tracking-link").textContent())!
  expect(printed).toMatch(new RegExp(`^https?://[^/]+/orders/${orderId}\\?token=`))

  await moveOrder(request, admin, centre.id, orderId, "preparing")
  await expect(status).toHaveText("Statut : En préparation")
  await moveOrder(request, admin, centre.id, orderId, "ready")
  await expect(status).toHaveText("Statut : Prête")
  // ready before its estimate: the ETA is now the departure plus the ride, sooner than the queue's
  // (the status moves with the live event; the new ETA with the page's refresh that follows it)
  await expect.poll(minutesOf).toBeLessThan(queuedMinutes)
  await expect(eta).not.toHaveAttribute("data-eta", queued!)
  if (shots) await page.screenshot({ path: `${shots}/order-eta-tracking.png`, fullPage: true })

  const title = (await page.getByRole("heading", { level: 1 }).textContent())!
  const name = `Commande #${/n°(\d+)/.exec(title)![1]}`

  const stranger = await browser.newContext({ locale: "fr-FR", viewport: { width: 412, height: 915 } })
  const strangerPage = await stranger.newPage()
  await strangerPage.goto(printed)
  await expect(strangerPage.getByRole("status").filter({ hasText: "Statut" })).toHaveText("Statut : Prête")
  // the same address without its token: a 404 page that says how to find the order
  const missing = await strangerPage.goto(`/orders/${orderId}`)
  expect(missing?.status()).toBe(404)
  await expect(strangerPage.getByRole("heading", { level: 1 })).toHaveText("Nous ne trouvons pas cette commande. Vérifiez le lien reçu par e-mail.")
  await stranger.close()

  const driverContext = await browser.newContext({ locale: "fr-FR", viewport: { width: 1024, height: 768 } })
  const driver = await driverContext.newPage()
  await signIn(driver, "livreur@oc-pizza.test", DEMO_PASSWORD)
  await driver.waitForURL(/\/app\/deliveries/)
  const toTake = driver.getByTestId("deliveries-to-take").getByRole("article", { name })
  const instructions = toTake.getByRole("region", { name: "Consignes de livraison" })
  await expect(instructions).toContainText("B1234")
  await expect(instructions).toContainText("3e étage, appt 12")
  await expect(instructions).toContainText("Sonner deux fois")
  if (shots) await toTake.screenshot({ path: `${shots}/order-eta-driver-card.png` })
  if (shots) await driver.screenshot({ path: `${shots}/order-eta-deliveries.png` })
  await driverContext.close()
})
