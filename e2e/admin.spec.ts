import { expect, test } from "@playwright/test"

const backend = process.env.BACKEND_URL ?? "http://localhost:9000"

test("the admin signs in with the demo credentials and shows the pizzerias and the menu", async ({ page }) => {
  await page.goto(`${backend}/app/login`)
  await page.locator('input[name="email"]').fill("admin@oc-pizza.test")
  await page.locator('input[name="password"]').fill("ocpizza-admin")
  await page.getByRole("button", { name: /continue|continuer/i }).click()
  await page.waitForURL((url) => url.pathname.startsWith("/app") && !url.pathname.includes("login"))

  await page.goto(`${backend}/app/settings/locations`)
  for (const name of ["OC Pizza Amiens Centre", "OC Pizza Saint-Leu", "OC Pizza Henriville", "OC Pizza Longueau", "OC Pizza Dury"]) {
    await expect(page.getByText(name, { exact: true }).first()).toBeVisible()
  }

  await page.goto(`${backend}/app/products?q=Margherita`)
  await expect(page.getByText("Margherita", { exact: true }).first()).toBeVisible()
})
