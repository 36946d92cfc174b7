import type { MedusaRequest, MedusaStoreRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** A pizzeria as a publishable key reaches it: its sales channel and its kitchen (stock location). */
export type KeyPizzeria = { sales_channel_id: string; stock_location_id: string }

/**
 * The pizzerias a publishable key covers, the chain's default first: the
 * pizzeria of the store's default sales channel (Medusa's admin, Settings →
 * Store), else the one opened first. Channels without a kitchen (Medusa's
 * own default channel) are not pizzerias.
 */
export async function pizzeriasOfKey(container: MedusaContainer, salesChannelIds: string[]): Promise<KeyPizzeria[]> {
  if (salesChannelIds.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: channels }, [store]] = await Promise.all([
    query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id", "stock_locations.created_at"], filters: { id: salesChannelIds, is_disabled: false } }),
    container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"], take: 1 }),
  ])
  const pizzerias = channels.flatMap((channel) => {
    const location = (channel.stock_locations ?? []).find((candidate) => candidate !== null)
    return location ? [{ sales_channel_id: channel.id, stock_location_id: location.id, opened_at: new Date(location.created_at as string | Date).getTime() }] : []
  })
  const isDefault = (pizzeria: { sales_channel_id: string }) => (pizzeria.sales_channel_id === store?.default_sales_channel_id ? 0 : 1)
  return pizzerias
    .sort((a, b) => isDefault(a) - isDefault(b) || a.opened_at - b.opened_at)
    .map(({ sales_channel_id, stock_location_id }) => ({ sales_channel_id, stock_location_id }))
}

/** The sales channels of the request's publishable key (Medusa sets them before any store middleware). */
export function keyChannels(req: MedusaRequest): string[] {
  return (req as Partial<MedusaStoreRequest>).publishable_key_context?.sales_channel_ids ?? []
}

/** Whether a key covers several pizzerias (the chain's storefront key), so that a request without a channel needs one chosen for it. */
export function coversSeveralChannels(salesChannelIds: string[]): boolean {
  return salesChannelIds.length > 1
}
