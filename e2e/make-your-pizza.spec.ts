import { expect, test } from "@playwright/test"
import { backend, DEMO_PASSWORD, signIn } from "./admin-session"
import { adminHeaders, openAroundTheClock, pizzeriaNamed, storeHeaders, type Json } from "./backend-api"
import { sendAddress } from "./shop"

test.use({ viewport: { width: 412, height: 915 } })

let centre: Json
// OCP_SHOTS=<folder> keeps pictures of the customise panel and of the ticket
const shots = process.env.OCP_SHOTS

test.beforeAll(async ({ request }) => {
  const admin = await adminHeaders(request)
  centre = await pizzeriaNamed(request, await storeHeaders(request, admin), "Amiens Centre")
  await openAroundTheClock(request, admin, centre.id)
})

test("a customer takes the onions off a Végétarienne and adds chorizo, pays on delivery, the kitchen sees both, and the customer puts the onions back before it starts", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  await page.goto("/")
  await sendAddress(page, "12 rue Delambre, 80000 Amiens")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")

  await page.goto(`/pizzerias/${centre.id}/vegetarienne`)
  await page.getByRole("radio", { name: /^Grande/ }).check()
  const add = page.getByRole("button", { name: "Ajouter Végétarienne (Grande (34 cm)) au panier" })
  await expect(add).toHaveText("Ajouter · 16,00 €")
  // chorizo brings its allergen; the price on the button follows the choice
  await expect(page.getByText(/^Allergènes de votre pizza : /)).not.toContainText("sulfites")
  await page.getByRole("group", { name: "Retirer" }).getByRole("checkbox", { name: "Sans Oignons rouges" }).check()
  const extras = page.getByRole("group", { name: /^Suppléments/ })
  await extras.getByRole("checkbox", { name: /^Chorizo/ }).check()
  await expect(add).toHaveText("Ajouter · 18,50 €")
  await expect(page.getByText(/^Allergènes de votre pizza : /)).toContainText("sulfites")
  if (shots) await page.screenshot({ path: `${shots}/make-your-pizza-panel.png`, fullPage: true })
  await add.click()
  await expect(page.getByRole("status").filter({ hasText: "Végétarienne (Grande (34 cm)) ajoutée au panier" })).toBeAttached()

  await page.goto("/cart")
  await expect(page.getByText("Sans Oignons rouges · + Chorizo")).toBeVisible()
  await page.goto("/checkout")
  await page.getByLabel("E-mail").fill("custom.e2e@example.test")
  await page.getByLabel("Prénom").fill("Nora")
  await page.getByLabel("Nom", { exact: true }).fill("Petit")
  await page.getByLabel("Téléphone").fill("06 11 22 33 44")
  await page.getByRole("button", { name: /^Commander · / }).click()
  await page.waitForURL(/\/orders\/.+token=/)
  const orderId = /\/orders\/([^/?]+)/.exec(page.url())![1]
  await expect(page.getByText("Sans Oignons rouges · + Chorizo")).toBeVisible()

  // the pizzaiolo's board: both changes on the ticket, the recipe with the chorizo
  const kitchen = await browser.newContext({ locale: "fr-FR", viewport: { width: 1024, height: 768 } })
  const board = await kitchen.newPage()
  await signIn(board, "pizzaiolo@oc-pizza.test", DEMO_PASSWORD)
  await board.goto(`${backend}/app/kitchen/kiosk`)
  const request = kitchen.request
  const admin = await adminHeaders(request)
  const { tickets } = await (await request.get(`${backend}/admin/kitchen/tickets?pizzeria_id=${centre.id}&status[]=received`, { headers: admin })).json()
  const ticketId = tickets.find((ticket: Json) => ticket.order_id === orderId).id
  const card = board.locator(`[data-testid="kitchen-ticket"][data-ticket-id="${ticketId}"]`)
  await card.scrollIntoViewIfNeeded()
  await expect(card).toContainText("Sans Oignons rouges")
  await expect(card).toContainText("+ Chorizo")
  if (shots) await card.screenshot({ path: `${shots}/make-your-pizza-ticket.png` })
  await card.getByRole("button", { name: "Recette : Végétarienne" }).click()
  const dialog = board.getByRole("dialog")
  await expect(dialog).toContainText(/Chorizo : \d+ g.*supplément compris/)
  await expect(dialog).not.toContainText("Oignons rouges :")
  await board.keyboard.press("Escape")

  // the kitchen has not started it: the customer puts the onions back and adds olives, and the ticket follows live
  await page.getByText("Modifier la commande").click()
  const choices = page.locator("details.line-choices").filter({ hasText: "Végétarienne" })
  await choices.locator("summary").click()
  await choices.getByRole("checkbox", { name: "Sans Oignons rouges" }).uncheck()
  await choices.getByRole("checkbox", { name: /^Olives/ }).check()
  if (shots) await page.screenshot({ path: `${shots}/make-your-pizza-change.png`, fullPage: true })
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click()
  await expect(page.getByText("Votre commande est modifiée.")).toBeVisible()
  const changes = page.locator(".line-changes").filter({ hasText: "+ Olives" })
  await expect(changes).toContainText("+ Chorizo")
  await expect(changes).not.toContainText("Sans Oignons rouges")
  if (shots)
    await page
      .locator("#order-lines")
      .locator("..")
      .screenshot({ path: `${shots}/make-your-pizza-changed.png` })
  await expect(card).toContainText("+ Olives")
  await expect(card).not.toContainText("Sans Oignons rouges")
  await kitchen.close()
})
