import { expect, test } from "@playwright/test"
import { backend, signIn } from "./admin-session"

test("a manager draws a delivery zone on the map (no tiles here), saves it, and deletes it", async ({ page }) => {
  // the map's tiles are never fetched from a test: the zones are drawn without them
  await page.route("https://tile.openstreetmap.org/**", (route) => route.abort())
  await signIn(page)
  await page.goto(`${backend}/app/delivery-zones`)
  await expect(page.getByRole("heading", { name: "Zones de livraison" })).toBeVisible()

  await page.getByLabel("Établissement").click()
  await page.getByRole("option", { name: "OC Pizza Dury" }).click()
  await expect(page.getByRole("row").filter({ hasText: "Saleux, Salouël" })).toContainText("3,50")
  await expect(page.getByText("Codes postaux — Saleux, Salouël : 80480")).toBeVisible()
  await expect(page.getByRole("heading", { name: /Horaires et fermetures/ })).toBeVisible()
  await expect(page.getByText("Travaux du four")).toHaveCount(0)

  // three clicks on the map: a triangle, closed by the editor
  const map = page.getByRole("region", { name: "Carte des zones" })
  await expect(map).toBeVisible()
  for (const position of [
    { x: 120, y: 120 },
    { x: 260, y: 130 },
    { x: 190, y: 240 },
  ])
    await map.click({ position })
  const outline = page.getByLabel(/Contour/)
  await expect(outline).toHaveValue(/^(-?[\d.]+, -?[\d.]+\n){3}-?[\d.]+, -?[\d.]+$/)

  await page.getByLabel("Nom", { exact: true }).fill("Zone dessinée")
  await page.getByLabel("Frais de livraison (€)").fill("4")
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click()
  const row = page.getByRole("row").filter({ hasText: "Zone dessinée" })
  await expect(row).toContainText("4,00")

  // a crossed outline is refused with the API's words
  await page.getByLabel("Nom", { exact: true }).fill("Zone croisée")
  await outline.fill("49.84, 2.26\n49.86, 2.28\n49.84, 2.28\n49.86, 2.26")
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click()
  await expect(page.getByText(/crosses itself/)).toBeVisible()

  page.once("dialog", (dialog) => void dialog.accept())
  await row.getByRole("button", { name: "Supprimer" }).click()
  await expect(row).toHaveCount(0)
})
