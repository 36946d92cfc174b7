import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { StockError } from "../../errors/stock-error"
import { locationOfSalesChannel } from "../../stock/read-stock"

export const resolveCartStockLocationStepId = "resolve-cart-stock-location"

/** The stock location a cart takes its ingredients from: its sales channel's (one per restaurant). */
export const resolveCartStockLocationStep = createStep(resolveCartStockLocationStepId, async (input: { cart_id: string }, { container }) => {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "sales_channel_id"], filters: { id: input.cart_id } })
  const cart = data[0] as { id: string; sales_channel_id: string | null } | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${input.cart_id}`)
  if (!cart.sales_channel_id) {
    throw new StockError(409, "no_stock_location", "This cart has no sales channel, so no location to take ingredients from.")
  }
  return new StepResponse({ stock_location_id: await locationOfSalesChannel(container, cart.sales_channel_id) })
})
