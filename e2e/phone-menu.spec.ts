import { expect, test, type Page } from "@playwright/test"
import { adminHeaders, openAroundTheClock, pizzeriaNamed, storeHeaders } from "./backend-api"
import { sendAddress } from "./shop"

test.use({ viewport: { width: 412, height: 915 } })

test.beforeAll(async ({ request }) => {
  const admin = await adminHeaders(request)
  const centre = await pizzeriaNamed(request, await storeHeaders(request, admin), "Amiens Centre")
  await openAroundTheClock(request, admin, centre.id)
})

function dish(page: Page, title: string) {
  return page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: title, exact: true }) })
}

async function add(page: Page, title: string, size: string) {
  await dish(page, title)
    .getByRole("radio", { name: new RegExp(`^${size.replace(/[()]/g, "\\$&")}`) })
    .check()
  await page.getByRole("button", { name: `Ajouter ${title} (${size}) au panier` }).click()
}

test("on a phone the menu fits in a few screens, a dish added is shown at once, and the category chips lead to their section", async ({ page }) => {
  await page.goto("/")
  await page.getByRole("button", { name: "Retirer ici — OC Pizza Amiens Centre" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")
  await expect(page.getByTestId("order-terms")).toHaveText(/^À emporter à OC Pizza Amiens Centre, .* · sans frais ni minimum$/)
  await expect(page.getByTestId("menu-item")).toHaveCount(23)
  // 23 dishes in under six phone screens (the cards used to take a screen each)
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6 * 915)
  await expect(page.getByTestId("cart-bar")).toHaveCount(0)

  await add(page, "Margherita", "Moyenne (30 cm)")
  const toast = page.getByTestId("cart-toast")
  await expect(toast).toHaveText("Margherita (Moyenne (30 cm)) ajoutée au panier")
  await expect(toast).toBeInViewport()
  await expect(page.getByTestId("cart-bar")).toHaveText("Voir le panier · 1 · 10,50 €")
  await add(page, "Reine", "Grande (34 cm)")
  await expect(page.getByTestId("cart-bar")).toHaveText("Voir le panier · 2 · 26,00 €")
  // the toast goes by itself
  await expect(toast).toHaveText("", { timeout: 8_000 })

  const chips = page.getByRole("navigation", { name: "Catégories de la carte" })
  await chips.getByRole("link", { name: "Desserts" }).click()
  await expect(page.getByRole("heading", { level: 2, name: "Desserts" })).toBeInViewport()
  await expect(chips.getByRole("link", { name: "Desserts" })).toHaveAttribute("aria-current", "true")
  await expect(chips.getByRole("link", { name: "Pizzas" })).not.toHaveAttribute("aria-current", "true")
  // the header stayed, with its count
  await expect(page.getByRole("link", { name: "Panier, 2 article(s)" })).toBeInViewport()
  await page.getByTestId("cart-bar").click()
  await expect(page.getByTestId("cart-line")).toHaveCount(2)
})

test("the fee, the minimum and the time are said before ordering, and below the minimum the cart says what is missing instead of offering checkout", async ({ page }) => {
  await page.goto("/")
  await sendAddress(page, "12 rue Delambre, 80000 Amiens")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Amiens Centre")
  // the centre-ville zone: 2 € delivery, 15 € minimum, free from 35 €
  await expect(page.getByTestId("order-terms")).toHaveText(/^Livraison 2\s€ · minimum 15\s€ · offerte dès 35\s€ · environ \d+\smin$/)

  await add(page, "Margherita", "Grande (34 cm)")
  const bar = page.getByTestId("cart-bar")
  await expect(bar).toHaveText("Voir le panier · 1 · 13,50 €Il manque 1,50 € pour atteindre le minimum de 15 €.")
  await expect(page.getByTestId("cart-toast")).toHaveText("Margherita (Grande (34 cm)) ajoutée au panier")
  await bar.click()

  await expect(page.getByTestId("order-terms")).toHaveText(/^Livraison 2\s€ · minimum 15\s€ · offerte dès 35\s€ · environ \d+\smin$/)
  await expect(page.getByTestId("min-order")).toHaveText("Il manque 1,50 € pour atteindre le minimum de 15 €.")
  await expect(page.getByRole("link", { name: "Commander" })).toHaveCount(0)
  await expect(page.getByRole("button", { name: "Commander" })).toHaveCount(0)

  await page.getByRole("button", { name: "Ajouter un Margherita (Grande (34 cm))" }).click()
  await expect(page.getByTestId("min-order")).toContainText("Minimum de livraison atteint.")
  await expect(page.getByRole("link", { name: "Commander" })).toBeVisible()
})
