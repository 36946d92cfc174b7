import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import type { KeyPizzeria } from "./pizzerias-of-key"
import { offeredInStore } from "./store-options"

/** The shipping option fields Medusa's own listing returns, so that a client reads both alike. */
const OPTION_FIELDS = [
  "id",
  "name",
  "price_type",
  "service_zone_id",
  "shipping_profile_id",
  "provider_id",
  "data",
  "service_zone.fulfillment_set_id",
  "service_zone.fulfillment_set.type",
  "service_zone.fulfillment_set.location.id",
  "service_zone.fulfillment_set.location.address.*",
  "type.id",
  "type.label",
  "type.description",
  "type.code",
  "provider.id",
  "provider.is_enabled",
  "rules.attribute",
  "rules.value",
  "rules.operator",
  "calculated_price.*",
  "prices.*",
  "prices.price_rules.*",
]

/**
 * The other pizzerias' pickups for a cart held by the chain's key, shaped as
 * Medusa lists options (`amount`, `insufficient_inventory` counted at that
 * pizzeria's kitchen): a client that knows nothing of pizzerias lets its
 * customer collect the order where they like; choosing one moves the cart
 * (./move-cart-to-chosen-option.ts).
 */
export async function pickupOptionsElsewhere(container: MedusaContainer, cartId: string, pizzerias: KeyPizzeria[]): Promise<Record<string, unknown>[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: carts }, { data: locations }] = await Promise.all([
    query.graph({
      entity: "cart",
      fields: [
        "id",
        "sales_channel_id",
        "currency_code",
        "region_id",
        "items.quantity",
        "items.variant.manage_inventory",
        "items.variant.allow_backorder",
        "items.variant.inventory_items.required_quantity",
        "items.variant.inventory_items.inventory.requires_shipping",
        "items.variant.inventory_items.inventory.location_levels.location_id",
        "items.variant.inventory_items.inventory.location_levels.available_quantity",
      ],
      filters: { id: cartId },
    }),
    query.graph({
      entity: "stock_location",
      fields: ["id", "fulfillment_sets.id", "fulfillment_sets.type"],
      filters: { id: pizzerias.map((pizzeria) => pizzeria.stock_location_id) },
    }),
  ])
  const cart = carts[0]
  const others = pizzerias.filter((pizzeria) => pizzeria.sales_channel_id !== cart?.sales_channel_id)
  if (!cart || others.length === 0) return []
  const elsewhere = new Set(others.map((pizzeria) => pizzeria.stock_location_id))
  const pickupSetIds = locations
    .filter((location) => elsewhere.has(location.id))
    .flatMap((location) => (location.fulfillment_sets ?? []).flatMap((set) => (set?.type === "pickup" ? [set.id] : [])))
  if (pickupSetIds.length === 0) return []
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: OPTION_FIELDS,
    filters: { service_zone: { fulfillment_set: { id: pickupSetIds } } },
    context: { calculated_price: QueryContext({ currency_code: cart.currency_code, region_id: cart.region_id }) },
  })

  // what the pizzeria's kitchen cannot make now: every ingredient of a line, as much as the line needs
  // (only lines whose stock is kept and that cannot be backordered, as Medusa counts)
  const short = (locationId: string) =>
    (cart.items ?? []).some((item) => {
      const variant = item?.variant
      if (!item || !variant?.manage_inventory || variant.allow_backorder) return false
      return (variant.inventory_items ?? []).some((link) => {
        if (link?.inventory?.requires_shipping === false) return false
        const level = link?.inventory?.location_levels?.find((candidate) => candidate?.location_id === locationId)
        return !level || Number(level.available_quantity) < Number(link?.required_quantity ?? 1) * Number(item.quantity)
      })
    })

  const rank = (option: { service_zone?: { fulfillment_set?: { location?: { id?: string } | null } | null } | null }) =>
    others.findIndex((pizzeria) => pizzeria.stock_location_id === option.service_zone?.fulfillment_set?.location?.id)
  return (
    options
      .filter((option) => offeredInStore(option.rules as Parameters<typeof offeredInStore>[0]))
      .map((option) => {
        const price = (option as { calculated_price?: { calculated_amount?: number | null; is_calculated_price_tax_inclusive?: boolean } | null }).calculated_price
        const locationId = option.service_zone?.fulfillment_set?.location?.id ?? ""
        return {
          ...option,
          amount: price?.calculated_amount ?? undefined,
          is_tax_inclusive: !!price?.is_calculated_price_tax_inclusive,
          insufficient_inventory: short(locationId),
        }
      })
      // in the key's order of pizzerias: the chain's default first
      .sort((a, b) => rank(a) - rank(b))
  )
}
