import { expect, test, type Page } from "@playwright/test"
import { backend, DEMO_PASSWORD, signIn } from "./admin-session"
import { readyDeliveryOrder } from "./backend-api"

type Role = "manager" | "pizzaiolo" | "driver" | "counter"

/**
 * Each staff role, its landing page first, then the pages of the sidebar it
 * works with (README, "Staff: roles, boards, counter"). Medusa's own
 * catalogue and settings pages stay the admin's: they say so in words
 * (staff-boards.spec.ts), which is not what this test is about.
 */
const PAGES: Record<Role, { email: string; pages: string[] }> = {
  manager: {
    email: "manager@oc-pizza.test",
    pages: ["/pizzeria-dashboard", "/orders", "/kitchen", "/deliveries", "/counter", "/staff", "/ingredient-stock", "/recipe-book", "/delivery-zones"],
  },
  pizzaiolo: { email: "pizzaiolo@oc-pizza.test", pages: ["/kitchen", "/orders", "/ingredient-stock", "/recipe-book"] },
  driver: { email: "livreur@oc-pizza.test", pages: ["/deliveries", "/orders"] },
  counter: { email: "comptoir@oc-pizza.test", pages: ["/counter", "/orders"] },
}

/** Every refused backend answer (401, 403) the page receives from now on. */
function recordRefusals(page: Page): string[] {
  const refused: string[] = []
  page.on("response", (response) => {
    if (![401, 403].includes(response.status())) return
    const url = new URL(response.url())
    if (!response.url().startsWith(backend)) return
    refused.push(`${response.status()} ${response.request().method()} ${url.pathname}${url.search} (on ${new URL(page.url()).pathname})`)
  })
  return refused
}

/**
 * Waits until no request started or ended for `quiet` ms. Not Playwright's
 * `networkidle`: the kitchen and delivery boards keep a live stream open.
 */
async function settle(page: Page, quiet = 1_500, atMost = 20_000): Promise<void> {
  let last = Date.now()
  const touch = () => (last = Date.now())
  page.on("request", touch)
  page.on("requestfinished", touch)
  page.on("requestfailed", touch)
  const start = Date.now()
  while (Date.now() - last < quiet && Date.now() - start < atMost) await page.waitForTimeout(250)
  page.off("request", touch)
  page.off("requestfinished", touch)
  page.off("requestfailed", touch)
}

for (const [role, { email, pages }] of Object.entries(PAGES) as [Role, (typeof PAGES)[Role]][]) {
  test(`a ${role} loads their pages without a single refused request`, async ({ page }) => {
    test.setTimeout(120_000)
    await signIn(page, email, DEMO_PASSWORD)
    // from here on the staff member is signed in: nothing is refused, not even the notification bell
    const refused = recordRefusals(page)
    await page.waitForURL(new RegExp(`/app${pages[0]}`))
    await settle(page)
    for (const path of pages) {
      await page.goto(`${backend}/app${path}`)
      await expect(page.locator("main h1").first()).toBeVisible()
      await settle(page)
      // a page of theirs, not a refusal said in words
      await expect(page.getByText(/ne donne pas accès|ne permet pas/)).toHaveCount(0)
    }
    expect(refused).toEqual([])
  })
}

for (const [role, email] of [
  ["manager", "manager@oc-pizza.test"],
  ["driver", "livreur@oc-pizza.test"],
  ["counter", "comptoir@oc-pizza.test"],
] as const) {
  test(`a ${role} opens an order of their pizzeria in Medusa's order page without a single refused request`, async ({ page, request }) => {
    test.setTimeout(120_000)
    // made and cooked, so the page also shows its fulfilment and the reservations it used
    const order = await readyDeliveryOrder(request, {
      email: `page.commande.${role}@example.test`,
      shipping_address: {
        first_name: "Léa",
        last_name: "Martin",
        phone: "+33611223344",
        address_1: "12 rue Delambre",
        postal_code: "80000",
        city: "Amiens",
        country_code: "fr",
      },
    })

    await signIn(page, email, DEMO_PASSWORD)
    const refused = recordRefusals(page)
    await page.goto(`${backend}/app/orders/${order.orderId}`)
    await expect(page.getByText(`#${order.displayId}`).first()).toBeVisible()
    await settle(page)
    await page.screenshot({ path: `/tmp/order-page-${role}.png`, fullPage: true })
    expect(refused).toEqual([])
  })
}

test("the staff form shows no error before anything is typed, and says what is wrong after a bad submit", async ({ page }) => {
  await signIn(page, "manager@oc-pizza.test", DEMO_PASSWORD)
  await page.goto(`${backend}/app/staff`)
  const form = page.locator("form").filter({ has: page.getByLabel("E-mail") })
  const email = form.getByLabel("E-mail")
  await expect(email).toBeVisible()
  await expect(form.locator('[aria-invalid="true"], :invalid')).toHaveCount(0)
  await expect(form.getByRole("alert")).toHaveCount(0)

  await email.fill("pas-un-email")
  // still nothing while typing: the field was not left yet
  await expect(email).not.toHaveAttribute("aria-invalid", "true")
  await form.getByRole("button", { name: "Enregistrer", exact: true }).click()
  await expect(email).toHaveAttribute("aria-invalid", "true")
  const describedBy = await email.getAttribute("aria-describedby")
  expect(describedBy).toBeTruthy()
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText("Saisissez une adresse e-mail valide (nom@exemple.fr).")
  await page.screenshot({ path: "/tmp/staff-form-error.png" })

  await email.fill("nouvelle.recrue@oc-pizza.test")
  await expect(email).not.toHaveAttribute("aria-invalid", "true")
})

test("the stock movement form shows no error before anything is typed, and says what is missing after a bad submit", async ({ page }) => {
  await signIn(page, "manager@oc-pizza.test", DEMO_PASSWORD)
  await page.goto(`${backend}/app/ingredient-stock`)
  const form = page.locator("form").filter({ has: page.getByLabel("Quantité") })
  const quantity = form.getByLabel("Quantité")
  await expect(quantity).toBeVisible()
  await expect(form.locator('[aria-invalid="true"], :invalid')).toHaveCount(0)

  await form.getByRole("button", { name: "Enregistrer", exact: true }).click()
  await expect(quantity).toHaveAttribute("aria-invalid", "true")
  await expect(page.locator(`[id="${await quantity.getAttribute("aria-describedby")}"]`)).toHaveText("Saisissez une quantité.")
  const ingredient = form.getByRole("combobox", { name: "Ingrédient" })
  await expect(ingredient).toHaveAttribute("aria-invalid", "true")
  await expect(page.locator(`[id="${await ingredient.getAttribute("aria-describedby")}"]`)).toHaveText("Choisissez un ingrédient.")
  await page.screenshot({ path: "/tmp/stock-form-error.png" })
})
