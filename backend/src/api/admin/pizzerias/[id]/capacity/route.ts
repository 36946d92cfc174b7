import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { KitchenCapacitySettings } from "@oc-pizza/api-types"
import { DomainError } from "@/errors/domain-error"
import { readKitchenCapacity } from "@/slots/read-slot-rules"
import { setKitchenCapacityWorkflow } from "@/workflows/slots/set-kitchen-capacity"
import type { PostKitchenCapacityType } from "../../validators"

async function assertPizzeria(req: AuthenticatedMedusaRequest<unknown>): Promise<void> {
  const [location] = await req.scope.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: req.params.id }, { select: ["id"], take: 1 })
  if (!location) throw new DomainError(404, "pizzeria_not_found", `Pizzeria ${req.params.id} does not exist.`)
}

/** GET /admin/pizzerias/:id/capacity: what the kitchen can put out per quarter hour (null: not limited), its day parts and the lead times. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ capacity: KitchenCapacitySettings }>): Promise<void> {
  await assertPizzeria(req)
  res.json({ capacity: await readKitchenCapacity(req.scope, req.params.id) })
}

/** POST /admin/pizzerias/:id/capacity: the manager sets them. */
export async function POST(req: AuthenticatedMedusaRequest<PostKitchenCapacityType>, res: MedusaResponse<{ capacity: KitchenCapacitySettings }>): Promise<void> {
  await assertPizzeria(req)
  await setKitchenCapacityWorkflow(req.scope).run({ input: { stock_location_id: req.params.id, ...req.validatedBody } })
  res.json({ capacity: await readKitchenCapacity(req.scope, req.params.id) })
}
