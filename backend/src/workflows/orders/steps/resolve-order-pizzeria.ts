import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { locationOfSalesChannel } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { DomainError } from "@/errors/domain-error"

export const resolveOrderPizzeriaStepId = "resolve-order-pizzeria"

/** The pizzeria (stock location) of an order or draft order, from its sales channel; 404 for an unknown order. */
export const resolveOrderPizzeriaStep = createStep(resolveOrderPizzeriaStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "sales_channel_id"], filters: { id: order_id } })
  const order = data[0]
  if (!order) throw new DomainError(404, "order_not_found", `Order ${order_id} does not exist.`)
  if (!order.sales_channel_id) throw new DomainError(409, "no_pizzeria", "This order has no sales channel, so no pizzeria to take the ingredients from.")
  return new StepResponse({ stock_location_id: await locationOfSalesChannel(container, order.sales_channel_id) })
})
