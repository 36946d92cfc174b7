import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fireScheduledTickets } from "@/jobs/fire-scheduled-tickets"
import { fireInstant } from "@/kitchen/fire-ahead"
import type { PostFireScheduledType } from "../../tickets/validators"

/**
 * POST /admin/kitchen/scheduled/fire { at? }: what the minute job does, now
 * or as of `at` (kitchen/fire-ahead.ts says when a later instant is
 * allowed): every scheduled order whose fire time has come enters its
 * kitchen's queue, once. Answers the tickets this call moved.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostFireScheduledType>, res: MedusaResponse<{ fired: string[] }>): Promise<void> {
  const fired = await fireScheduledTickets(req.scope, fireInstant(req.validatedBody.at))
  res.json({ fired })
}
