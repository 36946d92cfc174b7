import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ZoningError } from "../errors/zoning-error"

/**
 * The stock location a cart is served from: its sales channel's (the first
 * by id when the channel has several; a restaurant chain gives each location
 * its own channel). 409 `no_stock_location` for a cart without one.
 */
export async function stockLocationOfCart(container: MedusaContainer, cart: { sales_channel_id?: string | null }): Promise<string> {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = cart.sales_channel_id
    ? await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: cart.sales_channel_id } })
    : { data: [] }
  const ids = ((data[0]?.stock_locations ?? []) as ({ id: string } | null)[]).flatMap((location) => (location ? [location.id] : [])).sort()
  if (!ids.length) throw new ZoningError(409, "no_stock_location", "This cart's sales channel has no stock location to serve it from.")
  return ids[0]
}
