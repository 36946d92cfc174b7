import { expect, test } from "@playwright/test"
import { backend, signIn } from "./admin-session"

test("the stock page records a receipt and shows what can still be made", async ({ page }) => {
  await signIn(page)
  await page.goto(`${backend}/app/ingredient-stock`)
  await expect(page.getByRole("heading", { name: "Stock des ingrédients" })).toBeVisible()
  const capers = page.getByRole("row").filter({ hasText: "Câpres" })
  await expect(capers).toContainText("900 g")

  await page.getByLabel("Ingrédient", { exact: true }).click()
  await page.getByRole("option", { name: "Câpres (g)" }).click()
  await page.getByLabel("Quantité").fill("100")
  await page.getByLabel("Note").fill("Livraison du matin")
  await page.getByRole("button", { name: "Enregistrer" }).click()
  await expect(capers).toContainText("1000 g")
  await expect(page.getByText(/Réception · Câpres · \+100 → 1000 · Livraison du matin/)).toBeVisible()
  await expect(page.getByRole("heading", { name: "Plats encore faisables" })).toBeVisible()
})

test("a product shows its recipe, and the recipe book lists every pizza", async ({ page }) => {
  await signIn(page)
  await page.goto(`${backend}/app/products?q=Margherita`)
  await page.getByText("Margherita", { exact: true }).first().click()
  await expect(page.getByRole("heading", { name: "Recette" })).toBeVisible()
  await expect(page.getByLabel("Étapes (une par ligne)")).toHaveValue(/Enfourner 7 min à 300 °C/)
  await expect(page.getByLabel("Moyenne (30 cm) (g)").first()).toBeVisible()

  await page.goto(`${backend}/app/recipe-book`)
  await expect(page.getByTestId("recipe-card")).toHaveCount(14)
  await page.getByLabel("Chercher un plat ou un ingrédient").fill("saumon")
  await expect(page.getByTestId("recipe-card")).toHaveCount(1)
  await expect(page.getByRole("heading", { name: "Saumon" })).toBeVisible()
})
