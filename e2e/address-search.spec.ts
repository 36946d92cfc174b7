import { expect, test, type Page } from "@playwright/test"
import { adminHeaders, json, openAroundTheClock, pizzeriaNamed, storeHeaders } from "./backend-api"

/**
 * The start page's address search on a phone: suggestions as the customer
 * types (answered by the geocoder stand-in, e2e/geocoder-edge.ts, in the Base
 * Adresse Nationale's shape), saved addresses first, and refusals that say
 * what went wrong.
 */
test.use({ viewport: { width: 412, height: 915 } })

let store: Record<string, string>

test.beforeAll(async ({ request }) => {
  const admin = await adminHeaders(request)
  store = await storeHeaders(request, admin)
  await openAroundTheClock(request, admin, (await pizzeriaNamed(request, store, "Amiens Centre")).id)
})

const SHOTS = process.env.E2E_SHOTS

function addressField(page: Page) {
  return page.getByRole("combobox", { name: "Votre adresse" })
}

/** Types as a customer does, key by key, and waits for the list the shop offers. */
async function typeAndWaitForList(page: Page, text: string) {
  const field = addressField(page)
  await field.pressSequentially(text, { delay: 20 })
  await expect(field).toHaveAttribute("aria-expanded", "true")
  return page.getByRole("listbox", { name: "Adresses proposées" })
}

test("an address typed with a typo is found in the list and picked with the keyboard, which opens the pizzeria's menu", async ({ page }) => {
  await page.goto("/")
  // "republik": the geocoder's autocomplete still finds the street (backend/integration-tests/fixtures/ban)
  const list = await typeAndWaitForList(page, "45 rue de la republik amien")
  const first = list.getByRole("option").first()
  await expect(first).toHaveText("45 Rue de la République 80000 Amiens")
  await expect(page.getByRole("status").filter({ hasText: /adresses? proposées?/ })).toBeAttached()

  // the list lies over the page: the pickup section has not moved
  const pickupTop = (await page.getByRole("heading", { name: /À emporter —/ }).boundingBox())?.y
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/address-search-open.png` })
  await addressField(page).press("ArrowDown")
  await expect(first).toHaveAttribute("aria-selected", "true")
  await expect(addressField(page)).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id")) ?? "")
  expect((await page.getByRole("heading", { name: /À emporter —/ }).boundingBox())?.y).toBe(pickupTop)

  await addressField(page).press("Enter")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")
  await expect(page.getByText(/Livraison\s: 45 Rue de la République.* · Livré par OC Pizza Amiens Centre/).first()).toBeVisible()
})

test("an address nobody knows is 'not found', not 'outside'; a far one is 'outside', and the address chosen before still stands", async ({ page }) => {
  await page.goto("/")
  await addressField(page).fill("12 rue Delambre, 80000 Amiens")
  await addressField(page).press("Enter")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")

  await page.goto("/")
  await addressField(page).fill("zzkq impasse introuvable")
  await addressField(page).press("Enter")
  const alert = page.getByRole("main").getByRole("alert")
  await expect(alert).toContainText("Nous ne trouvons pas cette adresse. Vérifiez-la ou ajoutez le code postal.")
  await expect(alert).not.toContainText("en dehors")
  await expect(alert).toContainText("Votre adresse de livraison n'a pas changé : ")
  await expect(alert).toContainText("Delambre")

  await addressField(page).fill("")
  const list = await typeAndWaitForList(page, "10 rue nationale 59")
  await list.getByRole("option", { name: "10 Rue Nationale 59000 Lille" }).click()
  await expect(alert).toContainText("Cette adresse est en dehors de nos zones de livraison.")
  await expect(alert.getByRole("link", { name: /À emporter/ })).toBeVisible()
  // the header still names the address chosen before, and the page says it did not change
  await expect(page.getByText(/Livraison\s: .*Delambre.* · Livré par OC Pizza Amiens Centre/).first()).toBeVisible()
  await expect(alert).toContainText("Votre adresse de livraison n'a pas changé : ")
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/address-search-outside.png` })

  // a street found in three towns: its candidates are offered, and one tap chooses
  // sent from the keyboard ("Go" on a phone): the list closes and the text goes as typed
  await addressField(page).fill("12 rue de la République")
  await addressField(page).press("Enter")
  await expect(alert).toContainText("Plusieurs adresses correspondent : choisissez la vôtre.")
  const candidates = page.getByRole("group", { name: "Adresses possibles" })
  await expect(candidates.getByRole("button")).toHaveCount(3)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/address-search-ambiguous.png` })
  await candidates.getByRole("button", { name: "12 Rue de la République 80000 Amiens" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")
})

test("a signed-in customer finds their saved address first, on focus, and one tap opens the menu", async ({ page, request, context }) => {
  const email = `adresses.${Date.now()}@example.test`
  const password = "une-pizza-svp"
  const { token: registration } = await json(request, "POST", "/auth/customer/emailpass/register", {}, { email, password })
  await json(request, "POST", "/store/customers", { ...store, authorization: `Bearer ${registration}` }, { email, first_name: "Léa", last_name: "Dupont" })
  const { token } = await json(request, "POST", "/auth/customer/emailpass", {}, { email, password })
  await json(
    request,
    "POST",
    "/store/customers/me/addresses",
    { ...store, authorization: `Bearer ${token}` },
    { address_1: "12 rue Delambre", postal_code: "80000", city: "Amiens", country_code: "fr" }
  )
  await context.addCookies([{ name: "ocp_customer", value: token, url: process.env.STOREFRONT_URL ?? "http://localhost:8000" }])

  await page.goto("/")
  await addressField(page).focus()
  const saved = page.getByRole("listbox", { name: "Adresses proposées" }).getByRole("option").first()
  await expect(saved).toHaveText(/12 rue Delambre, 80000 Amiens\s*Adresse enregistrée/)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/address-search-saved.png` })
  await saved.click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")
})
