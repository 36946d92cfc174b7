import { expect, test } from "@playwright/test"
import { adminHeaders, openAroundTheClock, pizzeriaNamed, storeHeaders } from "./backend-api"

/**
 * The shop in English on a phone: a browser that asks for English gets the
 * dishes, sizes, categories and ingredients in English, from the backend's
 * translations (Medusa's Translation Module and the demo's English texts).
 */
test.use({ viewport: { width: 412, height: 915 }, locale: "en-GB" })

let centreId: string

test.beforeAll(async ({ request }) => {
  const admin = await adminHeaders(request)
  const store = await storeHeaders(request, admin)
  centreId = (await pizzeriaNamed(request, store, "Amiens Centre")).id as string
  await openAroundTheClock(request, admin, centreId)
})

test("a browser in English gets the menu's dishes, sizes and categories in English", async ({ page }) => {
  await page.goto(`/pizzerias/${centreId}`)
  await expect(page.getByRole("heading", { name: "Drinks", level: 2 })).toBeVisible()
  const dish = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Ham and mushroom" }) })
  await expect(dish).toBeVisible()
  await expect(dish.getByText(/Small \(26 cm\)/).first()).toBeVisible()
  await expect(page.getByRole("heading", { name: "Reine" })).toHaveCount(0)
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/english-menu.png` })
})

test("the English choice (cookie) shows a dish page's ingredients in English", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "ocp_locale", value: "en", url: baseURL! }])
  await page.goto(`/pizzerias/${centreId}/reine`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ham and mushroom")
  await expect(page.getByText("Tomato sauce, mozzarella, cooked ham, button mushrooms.")).toBeVisible()
  const ingredients = page.getByRole("listitem")
  await expect(ingredients.filter({ hasText: "Cooked ham" })).toBeVisible()
  await expect(ingredients.filter({ hasText: "Button mushrooms" })).toBeVisible()
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/english-dish.png` })
})
