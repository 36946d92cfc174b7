import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type StripeEventBody = { id?: string; type?: string; data?: { object?: { id?: string; metadata?: { session_id?: unknown } } } }

/**
 * Before Medusa queues a payment webhook: an event about a payment session
 * this store does not have is logged and acknowledged, never processed.
 * Medusa 2.21.2's processPaymentWorkflow looks the session up, finds none,
 * then filters carts by an undefined collection id, which matches every
 * row: it would complete some other customer's cart. Dropping such an event
 * unverified is safe: it is dropped, never acted on.
 */
export async function ignoreWebhooksForUnknownPayments(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const body = req.body as StripeEventBody | undefined
  const sessionId = body?.data?.object?.metadata?.session_id
  if (typeof sessionId !== "string" || !sessionId) return next()
  const [session] = await req.scope.resolve(Modules.PAYMENT).listPaymentSessions({ id: sessionId }, { select: ["id"], take: 1 })
  if (session) return next()
  req.scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`Payment webhook ${body?.type ?? "?"} (${body?.id ?? "no id"}) for unknown payment session ${sessionId}, intent ${body?.data?.object?.id ?? "?"}: acknowledged, ignored.`)
  res.sendStatus(200)
}
