import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow, updateStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { OWN_KEY } from "@/pizzerias/own-publishable-key"
import { readPizzeriaForOwnKeyStep } from "./steps/read-pizzeria-for-own-key"

/**
 * A pizzeria's own publishable key, covering its channel alone: a kiosk or a
 * single-pizzeria site uses it with any Medusa client and sees only that
 * pizzeria. Its id is kept in the location's metadata, so that the chain's
 * later pizzerias do not join it. Run when a pizzeria opens, and for one
 * opened before pizzerias had their own (POST /admin/pizzerias/:id/publishable-key).
 */
export const giveOwnPublishableKeyWorkflow = createWorkflow("give-own-publishable-key", (input: { stock_location_id: string }) => {
  const pizzeria = readPizzeriaForOwnKeyStep(input)
  const keys = createApiKeysWorkflow.runAsStep({
    input: transform({ pizzeria }, ({ pizzeria }) => ({ api_keys: [{ title: pizzeria.name, type: "publishable" as const, created_by: "oc-pizza" }] })),
  })
  linkSalesChannelsToApiKeyWorkflow.runAsStep({ input: transform({ keys, pizzeria }, ({ keys, pizzeria }) => ({ id: keys[0].id, add: [pizzeria.sales_channel_id] })) })
  updateStockLocationsWorkflow.runAsStep({
    input: transform({ keys, pizzeria }, ({ keys, pizzeria }) => ({
      selector: { id: pizzeria.stock_location_id },
      update: { metadata: { ...pizzeria.metadata, [OWN_KEY]: keys[0].id } },
    })),
  })
  return new WorkflowResponse(transform({ keys }, ({ keys }) => ({ id: keys[0].id, token: keys[0].token })))
})
