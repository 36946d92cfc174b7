import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toPizzeria, type PizzeriaChannel, type StorePizzeria } from "@/pizzerias/to-pizzeria"

const FIELDS = [
  "id",
  "stock_locations.id",
  "stock_locations.name",
  "stock_locations.metadata",
  "stock_locations.address.*",
  "stock_locations.service_location.*",
  "stock_locations.service_location.closures.*",
]

/** GET /store/pizzerias: the pizzerias whose channels the publishable key covers. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<{ pizzerias: StorePizzeria[] }>): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: FIELDS,
    filters: { id: req.publishable_key_context.sales_channel_ids, is_disabled: false },
  })
  const now = new Date()
  const pizzerias = (data as PizzeriaChannel[])
    .map((channel) => toPizzeria(channel, now))
    .filter((pizzeria): pizzeria is StorePizzeria => pizzeria !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, "fr"))
  res.json({ pizzerias })
}
