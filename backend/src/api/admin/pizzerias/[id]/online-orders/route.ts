import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { updateStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { DomainError } from "@/errors/domain-error"
import { onlineOrdersPause, PAUSE_REASON_KEY, PAUSED_UNTIL_KEY, type OnlineOrdersPause } from "@/pizzerias/online-orders-pause"
import type { PostOnlineOrdersType } from "../../validators"

/**
 * POST /admin/pizzerias/:id/online-orders { paused, minutes?, reason? }: a
 * manager swamped by a rush stops web checkouts for a while (phone and
 * counter orders still go through), or takes them again.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostOnlineOrdersType>, res: MedusaResponse<{ accepting: boolean; pause: OnlineOrdersPause | null }>): Promise<void> {
  const [location] = await req.scope.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: req.params.id }, { select: ["id", "metadata"], take: 1 })
  if (!location) throw new DomainError(404, "pizzeria_not_found", `Pizzeria ${req.params.id} does not exist.`)
  const { paused, minutes, reason } = req.validatedBody
  const until = paused ? new Date(Date.now() + minutes * 60_000).toISOString() : null
  const metadata = { ...(location.metadata ?? {}), [PAUSED_UNTIL_KEY]: until, [PAUSE_REASON_KEY]: paused ? (reason?.trim() ?? null) : null }
  await updateStockLocationsWorkflow(req.scope).run({ input: { selector: { id: location.id }, update: { metadata } } })
  const pause = onlineOrdersPause(metadata, new Date())
  res.json({ accepting: !pause, pause })
}
