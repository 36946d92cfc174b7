import { expect, test, type Page } from "@playwright/test"
import { backend, signIn } from "./admin-session"
import { adminHeaders, json, openAroundTheClock, pizzeriaNamed, storeHeaders } from "./backend-api"

// the plugin's default tiles (plugins/delivery-zoning/src/options.ts): never fetched from the test, answered here
const TILES = "https://tile.openstreetmap.org/**"
// a 1×1 grey PNG, enough for Leaflet to count a tile as loaded
const TILE_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN4+vw1AAVsArjSAflTAAAAAElFTkSuQmCC", "base64")

async function openZonesOf(page: Page, pizzeria: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 })
  await signIn(page)
  await page.goto(`${backend}/app/delivery-zones`)
  await expect(page.getByRole("heading", { name: "Zones de livraison" })).toBeVisible()
  await page.getByLabel("Établissement").click()
  await page.getByRole("option", { name: pizzeria }).click()
}

/** Metres per screen pixel, read from the map's scale bar (its label and its width). */
async function metresPerPixel(page: Page): Promise<number> {
  const scale = page.locator(".leaflet-control-scale-line").first()
  const label = (await scale.textContent()) ?? ""
  const match = /^([\d.]+)\s*(km|m)$/.exec(label.trim())
  expect(match, `scale label "${label}"`).not.toBeNull()
  const metres = Number(match![1]) * (match![2] === "km" ? 1000 : 1)
  const width = await scale.evaluate((element) => element.getBoundingClientRect().width)
  return metres / width
}

test("without tiles, the zones map still draws the 6 km radius zone at its true size, the polygons and every pizzeria, and says the background is missing", async ({ page }) => {
  await page.route(TILES, (route) => route.abort())
  await openZonesOf(page, "OC Pizza Amiens Centre")

  const map = page.getByRole("region", { name: "Carte des zones" })
  await expect(map).toBeVisible()
  await expect(page.getByRole("status").filter({ hasText: "Fond de carte indisponible" })).toBeVisible()

  // the radius zone is a circle of 6 km on the map's own scale, in view
  const circle = map.locator('path[data-zone-kind="radius"][data-name="Amiens Métropole"]')
  await expect(circle).toBeVisible()
  const box = (await circle.boundingBox())!
  const mapBox = (await map.boundingBox())!
  const expected = 12_000 / (await metresPerPixel(page))
  expect(box.width / expected).toBeGreaterThan(0.95)
  expect(box.width / expected).toBeLessThan(1.05)
  expect(box.height / box.width).toBeGreaterThan(0.95)
  expect(box.height / box.width).toBeLessThan(1.05)
  expect(box.y).toBeGreaterThanOrEqual(mapBox.y - 1)
  expect(box.y + box.height).toBeLessThanOrEqual(mapBox.y + mapBox.height + 1)

  // the other pizzerias' zones too: the Saint-Leu polygon, Henriville's and Dury's circles
  await expect(map.locator('path[data-zone-kind="polygon"][data-name="Centre-ville"]')).toHaveCount(1)
  await expect(map.locator('path[data-zone-kind="polygon"][data-name^="Saint-Leu"]')).toHaveCount(1)
  await expect(map.locator('path[data-zone-kind="radius"]')).toHaveCount(3)

  // every pizzeria as a marker: the chosen one named, another named on hover
  await expect(map.locator('path[data-zone-kind="pizzeria"]')).toHaveCount(5)
  await expect(map.locator(".leaflet-tooltip", { hasText: "Amiens Centre" })).toBeVisible()
  await expect(map.locator(".leaflet-tooltip", { hasText: "Longueau" })).toHaveCount(0)
  await map.locator('path[data-zone-kind="pizzeria"][data-name="OC Pizza Longueau"]').hover()
  await expect(map.locator(".leaflet-tooltip", { hasText: "Longueau" })).toBeVisible()
  await expect(page.getByText("Codes postaux — Amiens (par code postal) : 80000, 80080, 80090")).toBeVisible()
  await expect(map.getByRole("link", { name: "OpenStreetMap" })).toBeVisible()
  await page.screenshot({ path: "/tmp/zones-map-no-tiles.png" })
})

test("with tiles from the configured server, the background shows and no note is written", async ({ page }) => {
  const asked: string[] = []
  await page.route(TILES, (route) => {
    asked.push(route.request().url())
    return route.fulfill({ status: 200, contentType: "image/png", body: TILE_PNG })
  })
  await openZonesOf(page, "OC Pizza Dury")
  const map = page.getByRole("region", { name: "Carte des zones" })
  await expect(map.locator("img.leaflet-tile-loaded").first()).toBeVisible()
  expect(asked[0]).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/)
  await expect(map.locator('path[data-zone-kind="radius"][data-name="Dury"]')).toBeVisible()
  await page.waitForTimeout(6_500)
  await expect(page.getByText("Fond de carte indisponible")).toHaveCount(0)
})

test("a pizzeria open around the clock reads 'Ouvert toute la journée', and saving it keeps it so", async ({ page, request }) => {
  const admin = await adminHeaders(request)
  const centre = await pizzeriaNamed(request, await storeHeaders(request, admin), "Amiens Centre")
  await openAroundTheClock(request, admin, centre.id)

  await page.route(TILES, (route) => route.abort())
  await openZonesOf(page, "OC Pizza Amiens Centre")
  for (const day of ["Lundi", "Dimanche"]) await expect(page.getByLabel(day, { exact: true })).toHaveValue("Ouvert toute la journée")
  await expect(page.getByText("00:00-00:00")).toHaveCount(0)
  await page.getByLabel("Dimanche", { exact: true }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: "/tmp/zones-map-all-day.png" })

  await page.getByRole("button", { name: "Enregistrer les horaires" }).click()
  await expect(page.getByText("Horaires enregistrés.")).toBeVisible()
  const { service_hours } = await json(request, "GET", `/admin/stock-locations/${centre.id}/service-hours`, admin)
  expect(service_hours.opening_hours.sun).toEqual([["00:00", "00:00"]])
})
