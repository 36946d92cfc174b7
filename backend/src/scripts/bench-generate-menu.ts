import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { isProduction } from "../config/settings"

/**
 * For benchmarks only: adds generated pizzas (3 sizes, 5 to 8 ingredients
 * each) to every pizzeria's menu until it holds `args[0]` products.
 * `medusa exec ./src/scripts/bench-generate-menu.ts 1000`
 */
export default async function generateMenu({ container, args }: ExecArgs): Promise<void> {
  if (isProduction(process.env)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Benchmark data is not for production.")
  const target = Number(args[0] ?? 200)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProducts({}, { select: ["id"], take: 10_000 })
  const missing = target - existing.length
  if (missing <= 0) return logger.info(`The menu already has ${existing.length} products.`)

  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id"] })
  const items = (await container.resolve(Modules.INVENTORY).listInventoryItems({}, { select: ["id", "sku"], take: 10_000 })).filter((item) => item.sku?.startsWith("ING-"))
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31

  for (let start = 0; start < missing; start += 100) {
    const batch = Array.from({ length: Math.min(100, missing - start) }, (_, index) => {
      const n = existing.length + start + index
      const kit = [...items].sort(() => random() - 0.5).slice(0, 5 + Math.floor(random() * 4))
      return {
        title: `Pizza du banc ${n}`,
        handle: `bench-${n}`,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: profile.id,
        sales_channels: channels.map((channel) => ({ id: channel.id })),
        options: [{ title: "Taille", values: ["S", "M", "L"] }],
        variants: ["S", "M", "L"].map((size, rank) => ({
          title: size,
          sku: `BENCH-${n}-${size}`,
          variant_rank: rank,
          options: { Taille: size },
          manage_inventory: true,
          prices: [{ currency_code: "eur", amount: 9 + rank * 3 }],
          inventory_items: kit.map((item) => ({ inventory_item_id: item.id, required_quantity: 10 + rank * 5 })),
        })),
      }
    })
    await createProductsWorkflow(container).run({ input: { products: batch } })
  }
  logger.info(`The menu now holds ${target} products.`)
}
