import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INGREDIENT_STOCK_MODULE, type IngredientStockModuleService } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { DomainError } from "@/errors/domain-error"
import { ownPublishableKeyId } from "@/pizzerias/own-publishable-key"

export type ChainSetup = {
  region_id: string
  shipping_profile_id: string
  /** the chain's publishable keys that already show a pizzeria (not a pizzeria's own key): the new one joins them */
  publishable_key_ids: string[]
  /** products on sale at the other pizzerias: the whole menu */
  product_ids: string[]
  inventory_item_ids: string[]
  /** per ingredient record, the other pizzerias' average low-stock threshold */
  ingredient_thresholds: { ingredient_id: string; low_stock_threshold: number }[]
}

/** What every pizzeria of the chain shares, read from the pizzerias already open. */
export const readChainSetupStep = createStep("read-chain-setup", async (input: { handle: string; publishable_key_ids?: string[] }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "eur" }, pagination: { take: 1 } })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 })
  if (!regions[0] || !profile) throw new DomainError(409, "chain_not_set_up", "The store needs its euro region and default shipping profile before a pizzeria opens.")
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "metadata", "sales_channels.id"] })
  if (locations.some((location) => (location.metadata as Record<string, unknown> | null)?.handle === input.handle)) {
    throw new DomainError(409, "pizzeria_exists", `A pizzeria with the handle "${input.handle}" already exists.`)
  }
  const channelIds = locations.flatMap((location) => (location.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])))

  let keyIds = input.publishable_key_ids
  let productIds: string[] = []
  if (channelIds.length) {
    const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "publishable_api_keys.id", "products_link.product_id"], filters: { id: channelIds } })
    const ownKeys = new Set(locations.map((location) => ownPublishableKeyId(location.metadata)))
    keyIds ??= [...new Set(channels.flatMap((channel) => (channel.publishable_api_keys ?? []).flatMap((key) => (key && !ownKeys.has(key.id) ? [key.id] : []))))]
    productIds = [
      ...new Set(
        channels.flatMap((channel) => ((channel as { products_link?: ({ product_id: string } | null)[] }).products_link ?? []).flatMap((link) => (link ? [link.product_id] : [])))
      ),
    ]
  }
  const locationIds = locations.map((location) => location.id)
  const levels = locationIds.length
    ? await container.resolve(Modules.INVENTORY).listInventoryLevels({ location_id: locationIds }, { select: ["inventory_item_id"], take: 100_000 })
    : []
  const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const settings = await stock.listIngredientLocations({}, { select: ["low_stock_threshold"], relations: ["ingredient"], take: 100_000 })
  const byIngredient = new Map<string, number[]>()
  for (const setting of settings) byIngredient.set(setting.ingredient.id, [...(byIngredient.get(setting.ingredient.id) ?? []), Number(setting.low_stock_threshold)])

  return new StepResponse<ChainSetup>({
    region_id: regions[0].id,
    shipping_profile_id: profile.id,
    publishable_key_ids: keyIds ?? [],
    product_ids: productIds,
    inventory_item_ids: [...new Set(levels.map((level) => level.inventory_item_id))],
    ingredient_thresholds: [...byIngredient].map(([ingredient_id, thresholds]) => ({
      ingredient_id,
      low_stock_threshold: Math.round(thresholds.reduce((sum, value) => sum + value, 0) / thresholds.length),
    })),
  })
})
