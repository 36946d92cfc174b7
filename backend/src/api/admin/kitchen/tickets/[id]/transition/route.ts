import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { KitchenTicket } from "@oc-pizza/api-types"
import { runAgainIfDeadlockVictim } from "@/errors/deadlock-victim"
import { readTickets } from "@/kitchen/read-tickets"
import { transitionKitchenTicketWorkflow } from "@/workflows/kitchen/transition-kitchen-ticket"
import type { PostTicketTransitionType } from "../../validators"

/** POST /admin/kitchen/tickets/:id/transition { to }: one step along the lifecycle, by the signed-in staff member. */
export async function POST(req: AuthenticatedMedusaRequest<PostTicketTransitionType>, res: MedusaResponse<{ ticket: KitchenTicket }>): Promise<void> {
  // a deadlock's victim was compensated whole: the move runs again (see errors/deadlock-victim.ts)
  await runAgainIfDeadlockVictim(() =>
    transitionKitchenTicketWorkflow(req.scope).run({
      input: { ticket_id: req.params.id, ...req.validatedBody, actor: req.auth_context.actor_id },
    })
  )
  const [ticket] = await readTickets(req.scope, { id: req.params.id })
  res.json({ ticket })
}
