import { expect, test, type APIRequestContext } from "@playwright/test"
import { backend, DEMO_PASSWORD, signIn } from "./admin-session"
import { json, placeDeliveryOrder, type Json } from "./backend-api"

/** A customer's delivery order at Amiens Centre, paid on delivery, placed through the store API as the storefront does. */
const placeOrder = (request: APIRequestContext) =>
  placeDeliveryOrder(request, {
    email: "client.e2e@example.test",
    shipping_address: { first_name: "Camille", last_name: "Martin", phone: "+33611223344", address_1: "12 rue Delambre", postal_code: "80000", city: "Amiens", country_code: "fr" },
  })

test("a pizzaiolo sees a new order arrive without reloading, starts and finishes it; a driver takes it, delivers it and records the cash", async ({ page, browser, request }) => {
  test.setTimeout(120_000)
  await signIn(page, "pizzaiolo@oc-pizza.test", DEMO_PASSWORD)
  // the admin opens on the orders list; a pizzaiolo is taken to the kitchen
  await page.waitForURL(/\/app\/kitchen/)
  await expect(page.getByRole("heading", { name: "Cuisine", level: 1 })).toBeVisible()
  await expect(page.getByText("En direct")).toBeVisible()

  const { displayId, total, pizzeriaId, admin } = await placeOrder(request)
  const name = `Commande #${displayId}`
  // one grid of compact tickets (e2e/kitchen-display.spec.ts); the recipe opens on a tap on its line
  const received = page.getByRole("article", { name })
  await expect(received).toHaveAttribute("data-status", "received")
  await expect(received).toContainText("2 × Margherita")
  await received.getByRole("button", { name: "Recette : Margherita" }).click()
  await expect(page.getByRole("dialog")).toContainText(/Cuisson \d+ min/)
  await page.getByRole("dialog").getByRole("button", { name: "Fermer" }).click()
  await page.getByRole("button", { name: `Commencer · ${name}` }).click()
  await expect(page.getByRole("article", { name })).toHaveAttribute("data-status", "preparing")
  await page.getByRole("button", { name: `Prête · ${name}` }).click()
  await expect(page.getByTestId("column-ready").getByRole("article", { name })).toBeVisible()

  const driverContext = await browser.newContext({ locale: "fr-FR" })
  const driver = await driverContext.newPage()
  await signIn(driver, "livreur@oc-pizza.test", DEMO_PASSWORD)
  await driver.waitForURL(/\/app\/deliveries/)
  const toTake = driver.getByTestId("deliveries-to-take").getByRole("article", { name })
  await expect(toTake).toContainText("12 rue Delambre, 80000 Amiens")
  await expect(toTake).toContainText("À encaisser")
  await expect(toTake.getByRole("link", { name: "Itinéraire" })).toHaveAttribute("href", /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=12%20rue%20Delambre/)
  await expect(toTake.getByRole("link", { name: /Appeler/ })).toHaveAttribute("href", "tel:+33611223344")
  await driver.getByRole("button", { name: `Prendre · ${name}` }).click()
  const mine = driver.getByTestId("deliveries-mine").getByRole("article", { name })
  await expect(mine).toBeVisible()
  // the kitchen board sees it leave, live
  await expect(page.getByRole("article", { name })).toHaveCount(0)
  await driver.getByRole("button", { name: `Livrée, Espèces · ${name}` }).click()
  // asked first, then sent once the seconds to undo it have passed (e2e/driver.spec.ts)
  await driver.getByRole("alertdialog").getByRole("button", { name: "Oui, enregistrer" }).click()
  await expect(driver.getByRole("article", { name })).toHaveCount(0, { timeout: 20_000 })

  // the cash is counted from the delivery's payment, recorded just after the board lets the card go
  const karimsCash = async () => {
    const { dashboard } = await json(request, "GET", `/admin/pizzerias/${pizzeriaId}/dashboard`, admin)
    return dashboard.cash_by_driver.find((entry: Json) => entry.name === "Karim Benali")?.amount ?? 0
  }
  await expect.poll(karimsCash, { timeout: 30_000 }).toBeGreaterThanOrEqual(total)
  await driverContext.close()
})

test("a page a role may not open says so in words", async ({ page }) => {
  await signIn(page, "livreur@oc-pizza.test", DEMO_PASSWORD)
  await page.waitForURL(/\/app\/deliveries/)
  await page.goto(`${backend}/app/staff`)
  await expect(page.getByRole("alert")).toContainText("Votre rôle ne permet pas cette action.")
  // one of Medusa's own pages, refused by our guard
  await page.goto(`${backend}/app/customers`)
  await expect(page.getByText("Votre rôle ne donne pas accès à cette page")).toBeVisible()
})

test("a manager lands on the dashboard, pauses online orders for a rush, and edits the opening hours", async ({ page }) => {
  await signIn(page, "manager@oc-pizza.test", DEMO_PASSWORD)
  await page.waitForURL(/\/app\/pizzeria-dashboard/)
  await expect(page.getByRole("heading", { name: "Tableau de bord", level: 1 })).toBeVisible()
  await expect(page.getByText("Les commandes en ligne sont ouvertes.")).toBeVisible()
  await page.getByLabel("Durée (minutes)").fill("20")
  await page.getByLabel("Motif (affiché aux clients)").fill("Coup de feu")
  await page.getByRole("button", { name: "Mettre en pause" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Commandes en ligne en pause jusqu'à" })).toBeVisible()
  await page.getByRole("button", { name: "Reprendre les commandes en ligne" }).click()
  await expect(page.getByText("Les commandes en ligne sont ouvertes.")).toBeVisible()

  await page.goto(`${backend}/app/delivery-zones`)
  const monday = page.getByLabel("Lundi", { exact: true })
  // the demo's hours, or all day when a test before opened the pizzeria around the clock
  await expect(monday).toHaveValue(/\d\d:\d\d-\d\d:\d\d|^Ouvert toute la journée$/)
  const before = await monday.inputValue()
  await monday.fill("11h-14h, 18h-23h")
  await page.getByRole("button", { name: "Enregistrer les horaires" }).click()
  await expect(page.getByText("Horaires enregistrés.")).toBeVisible()
  await page.reload()
  await expect(page.getByLabel("Lundi", { exact: true })).toHaveValue("11:00-14:00, 18:00-23:00")
  // hours that cannot be read are refused in words, and nothing changes
  await page.getByLabel("Mardi", { exact: true }).fill("midi")
  await page.getByRole("button", { name: "Enregistrer les horaires" }).click()
  await expect(page.getByText(/Horaires illisibles.*\(Mardi\)/)).toBeVisible()
  // the demo's hours back for the tests that follow
  await page.reload()
  await page.getByLabel("Lundi", { exact: true }).fill(before)
  await page.getByRole("button", { name: "Enregistrer les horaires" }).click()
  await expect(page.getByText("Horaires enregistrés.")).toBeVisible()
})

test("an admin's form opens a pizzeria in one go, and says why it cannot", async ({ page }) => {
  await signIn(page)
  await page.goto(`${backend}/app/pizzerias`)
  await expect(page.getByRole("heading", { name: "Ouvrir une pizzeria", level: 1 })).toBeVisible()
  await page.getByLabel("Nom", { exact: true }).fill("OC Pizza Amiens Centre")
  await expect(page.getByLabel("Identifiant court")).toHaveValue("amiens-centre")
  await page.getByLabel("Adresse", { exact: true }).fill("21 rue des Trois Cailloux")
  await page.getByLabel("Code postal").fill("80000")
  await page.getByLabel("Ville").fill("Amiens")
  await page.getByLabel("Latitude").fill("49.893")
  await page.getByLabel("Longitude").fill("2.2983")
  await page.getByRole("button", { name: "Ouvrir la pizzeria" }).click()
  // that short id is taken: nothing is created, and the form says why, in French (the code travels as the reason phrase)
  await expect(page.getByText("Une pizzeria porte déjà cet identifiant.", { exact: true })).toBeVisible()

  // each pizzeria's own publishable key, for a kiosk or a one-pizzeria site
  const keys = page.getByRole("region", { name: "Clés publiables des pizzerias" })
  for (const name of ["OC Pizza Amiens Centre", "OC Pizza Dury", "OC Pizza Henriville", "OC Pizza Longueau", "OC Pizza Saint-Leu"]) {
    await expect(keys.getByRole("row", { name: new RegExp(`^${name} pk_[0-9a-f]+$`) })).toBeVisible()
  }
})
