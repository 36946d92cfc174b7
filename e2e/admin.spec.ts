import { expect, test } from "@playwright/test"
import { backend, signIn } from "./admin-session"

test("the admin signs in with the demo credentials and shows the pizzerias and the menu", async ({ page }) => {
  await signIn(page)

  await page.goto(`${backend}/app/settings/locations`)
  for (const name of ["OC Pizza Amiens Centre", "OC Pizza Saint-Leu", "OC Pizza Henriville", "OC Pizza Longueau", "OC Pizza Dury"]) {
    await expect(page.getByText(name, { exact: true }).first()).toBeVisible()
  }

  await page.goto(`${backend}/app/products?q=Margherita`)
  await expect(page.getByText("Margherita", { exact: true }).first()).toBeVisible()
})
