import type { CreateOrderDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const createHistoricOrdersStepId = "create-historic-orders"

/** Orders of the previous system, in one transaction of the order module; their ids (a page of whole orders is not kept in the workflow's checkpoint). Compensation deletes them. */
export const createHistoricOrdersStep = createStep(
  createHistoricOrdersStepId,
  async (orders: CreateOrderDTO[], { container }) => {
    const created = orders.length ? await container.resolve(Modules.ORDER).createOrders(orders) : []
    const ids = created.map((order) => order.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.ORDER).deleteOrders(ids)
  }
)
