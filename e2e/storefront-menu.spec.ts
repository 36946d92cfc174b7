import { expect, test } from "@playwright/test"

test.describe("storefront (fr)", () => {
  test("lists the five pizzerias with their opening state", async ({ page }) => {
    await page.goto("/")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Livraison ou à emporter ?")
    await expect(page.getByRole("heading", { level: 2, name: "À emporter — Choisissez votre pizzeria" })).toBeVisible()
    const pizzerias = page.getByRole("list", { name: "Choisissez votre pizzeria" }).getByRole("listitem")
    await expect(pizzerias).toHaveCount(5)
    for (const name of ["OC Pizza Amiens Centre", "OC Pizza Saint-Leu", "OC Pizza Henriville", "OC Pizza Longueau", "OC Pizza Dury"]) {
      await expect(page.getByRole("heading", { name })).toBeVisible()
    }
    await expect(page.locator(".badge.open, .badge.closed")).toHaveCount(5)
  })

  test("shows a pizzeria's menu and marks what it cannot make tonight", async ({ page }) => {
    await page.goto("/")
    await page.getByRole("link", { name: /Voir la carte.*Saint-Leu/ }).click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("La carte de OC Pizza Saint-Leu")
    await expect(page.getByRole("heading", { name: "Pizzas", level: 2 })).toBeVisible()
    await expect(page.getByRole("heading", { name: "Boissons", level: 2 })).toBeVisible()

    // 60 g of buffalo mozzarella left at Saint-Leu
    const bufala = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Bufala" }) })
    await expect(bufala).toHaveAttribute("data-available", "false")
    await expect(bufala.getByText("Plus assez d'ingrédients ce soir")).toBeVisible()
    await expect(bufala.getByText(/Allergènes\s:\sgluten, lait/)).toBeVisible()

    const margherita = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Margherita" }) })
    await expect(margherita).toHaveAttribute("data-available", "true")
    await expect(margherita.getByText("10,50 €")).toBeVisible()
    await expect(margherita.getByRole("img")).toHaveCount(0) // decorative picture: empty alt
  })

  test("the same pizza is available where the stock allows it", async ({ page }) => {
    await page.goto("/")
    await page.getByRole("link", { name: /Voir la carte.*Amiens Centre/ }).click()
    const bufala = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Bufala" }) })
    await expect(bufala).toHaveAttribute("data-available", "true")
  })
})
