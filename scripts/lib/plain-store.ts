import { randomBytes } from "node:crypto"
import { writeFileSync } from "node:fs"
import { join } from "node:path"

/**
 * A Medusa 2.21.2 application as a developer writes it by hand to try our
 * plugins: none of OC Pizza's backend, only Medusa, the plugins' tarballs
 * and the configuration their READMEs give. scripts/test-plugins.ts writes
 * it into a temporary folder and installs it as npm would.
 */

export const MEDUSA_VERSION = "2.21.2"

export type PackedPackage = { name: string; tarball: string }

export function writePlainStore(dir: string, packages: PackedPackage[]): void {
  const dependencies: Record<string, string> = {
    "@medusajs/admin-sdk": MEDUSA_VERSION,
    "@medusajs/cli": MEDUSA_VERSION,
    "@medusajs/framework": MEDUSA_VERSION,
    "@medusajs/medusa": MEDUSA_VERSION,
  }
  for (const { name, tarball } of packages) dependencies[name] = `file:${tarball}`
  const manifest = {
    name: "plain-medusa-store",
    private: true,
    scripts: { build: "medusa build", start: "medusa start" },
    dependencies,
    // what create-medusa-app's template adds to build the admin and load medusa-config.ts
    devDependencies: { "@swc/core": "1.16.22", "ts-node": "10.9.2", typescript: "5.9.3", vite: "5.4.21", react: "18.3.1", "react-dom": "18.3.1" },
  }
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`)
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2021", module: "Node16", moduleResolution: "Node16", esModuleInterop: true, skipLibCheck: true, jsx: "react-jsx", outDir: ".medusa/server" },
      include: ["**/*"],
      exclude: ["node_modules", ".medusa"],
    })
  )
  // the plugins in PLAIN_PLUGINS (a comma-separated list), configured as their READMEs say
  writeFileSync(
    join(dir, "medusa-config.ts"),
    `import { defineConfig } from "@medusajs/framework/utils"

const chosen = (process.env.PLAIN_PLUGINS ?? "").split(",").filter(Boolean)
const zoning = chosen.includes("delivery-zoning")

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
  },
  admin: { disable: process.env.PLAIN_ADMIN !== "on" },
  plugins: [
    ...(chosen.includes("recipes") ? [{ resolve: "@oc-pizza/medusa-plugin-recipes", options: {} }] : []),
    ...(chosen.includes("ingredient-stock") ? [{ resolve: "@oc-pizza/medusa-plugin-ingredient-stock", options: {} }] : []),
    // no geocoder is reachable from the test: the offline postcode data answers
    ...(zoning ? [{ resolve: "@oc-pizza/medusa-plugin-delivery-zoning", options: { banApiUrl: false, region: "fr" } }] : []),
  ],
  modules: zoning
    ? [
        {
          resolve: "@medusajs/medusa/fulfillment",
          dependencies: ["deliveryZoning"],
          options: {
            providers: [
              { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
              { resolve: "@oc-pizza/medusa-plugin-delivery-zoning/providers/zone-delivery", id: "zone-delivery" },
            ],
          },
        },
      ]
    : [],
})
`
  )
}

/** Secrets for one run of the plain store: made here, never written anywhere. */
export function plainStoreSecrets(): { JWT_SECRET: string; COOKIE_SECRET: string; ADMIN_PASSWORD: string } {
  return { JWT_SECRET: randomBytes(32).toString("hex"), COOKIE_SECRET: randomBytes(32).toString("hex"), ADMIN_PASSWORD: randomBytes(12).toString("hex") }
}

/** An admin API answer, read as the fixtures need it (Medusa's types are not the test's business). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AdminAnswer = Record<string, any>

type Call = (method: string, path: string, body?: unknown) => Promise<AdminAnswer>

/**
 * What the READMEs' examples name, made through Medusa's own admin API as a
 * store owner would have it: a location `$LOC` in a sales channel whose
 * publishable key is `$PK`; inventory items `$ITEM` and `$ITEM_2` stocked
 * there and `$ITEM_ELSEWHERE` stocked nowhere; a product `$PRODUCT` with
 * variants `$VARIANT_S` and `$VARIANT_L`, and another product `$OTHER_PRODUCT`
 * with its variant `$OTHER_VARIANT`, each variant's own inventory item (the
 * one Medusa makes) stocked at `$LOC` (100); a region `$REGION` (euros,
 * France, Medusa's system payment provider), the default shipping profile
 * `$SHIPPING_PROFILE`, and a free pickup at `$LOC`, the shipping option
 * `$PICKUP_OPTION` (Medusa's manual provider): the store's products need a
 * shipping method to be ordered.
 */
export async function createFixtures(admin: Call): Promise<Record<string, string>> {
  const { sales_channel: channel } = await admin("POST", "/admin/sales-channels", { name: "Web" })
  const { stock_location: location } = await admin("POST", "/admin/stock-locations", {
    name: "Paris 11e",
    address: { address_1: "12 rue Oberkampf", city: "Paris", postal_code: "75011", country_code: "fr" },
  })
  await admin("POST", `/admin/stock-locations/${location.id}/sales-channels`, { add: [channel.id] })
  const { api_key: key } = await admin("POST", "/admin/api-keys", { title: "Web", type: "publishable" })
  await admin("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })

  const item = async (sku: string, stocked: boolean) => {
    const { inventory_item } = await admin("POST", "/admin/inventory-items", { sku, title: sku })
    if (stocked) await admin("POST", `/admin/inventory-items/${inventory_item.id}/location-levels`, { location_id: location.id, stocked_quantity: 0 })
    return inventory_item.id as string
  }
  const product = async (title: string, sizes: string[]) => {
    const { product } = await admin("POST", "/admin/products", {
      title,
      status: "published",
      options: [{ title: "Size", values: sizes }],
      variants: sizes.map((size) => ({
        title: size,
        sku: `${title}-${size}`.toUpperCase().replace(/\W+/g, "-"),
        options: { Size: size },
        prices: [{ amount: 10, currency_code: "eur" }],
      })),
      sales_channels: [{ id: channel.id }],
      shipping_profile_id: profiles[0].id,
    })
    const { variants } = await admin("GET", `/admin/products/${product.id}/variants?fields=id,title,inventory_items.inventory_item_id`)
    for (const variant of variants as { inventory_items: { inventory_item_id: string }[] }[]) {
      for (const { inventory_item_id } of variant.inventory_items) {
        await admin("POST", `/admin/inventory-items/${inventory_item_id}/location-levels`, { location_id: location.id, stocked_quantity: 100 })
      }
    }
    return product as { id: string; variants: { id: string; title: string }[] }
  }
  const { region } = await admin("POST", "/admin/regions", { name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] })
  const { shipping_profiles: profiles } = await admin("GET", "/admin/shipping-profiles?type=default")
  await admin("POST", `/admin/stock-locations/${location.id}/fulfillment-providers`, { add: ["manual_manual"] })
  const { stock_location: withSet } = await admin("POST", `/admin/stock-locations/${location.id}/fulfillment-sets?fields=id,*fulfillment_sets`, { name: "Pickup", type: "pickup" })
  const { fulfillment_set: pickupSet } = await admin("POST", `/admin/fulfillment-sets/${withSet.fulfillment_sets[0].id}/service-zones`, {
    name: "At the counter",
    geo_zones: [{ type: "country", country_code: "fr" }],
  })
  const { shipping_option: pickup } = await admin("POST", "/admin/shipping-options", {
    name: "Pickup",
    service_zone_id: pickupSet.service_zones[0].id,
    shipping_profile_id: profiles[0].id,
    provider_id: "manual_manual",
    price_type: "flat",
    type: { label: "Pickup", description: "At the counter", code: "pickup" },
    prices: [{ currency_code: "eur", amount: 0 }],
  })
  const pizza = await product("Margherita", ["S", "L"])
  const other = await product("Tiramisu", ["One size"])
  return {
    LOC: location.id,
    PK: key.token,
    SALES_CHANNEL: channel.id,
    ITEM: await item("mozzarella", true),
    ITEM_2: await item("tomato", true),
    ITEM_ELSEWHERE: await item("basil", false),
    PRODUCT: pizza.id,
    VARIANT_S: pizza.variants.find((variant) => variant.title === "S")!.id,
    VARIANT_L: pizza.variants.find((variant) => variant.title === "L")!.id,
    OTHER_PRODUCT: other.id,
    OTHER_VARIANT: other.variants[0].id,
    REGION: region.id,
    SHIPPING_PROFILE: profiles[0].id,
    PICKUP_OPTION: pickup.id,
  }
}
