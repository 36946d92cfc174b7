import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules, PaymentActions } from "@medusajs/framework/utils"
import { completeCartWithStockGuardWorkflow } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"

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

/**
 * A verified "payment authorized" event for a cart not yet completed (the
 * customer paid and closed the tab): the cart is completed here, through the
 * same guarded completion as the store route (the pizzeria's stock lock,
 * the whole cart's ingredients), before Medusa's own processing, which runs
 * seconds later, finds the order made and leaves it. A refusal (stock gone)
 * is logged; Medusa's processing then meets the same refusal in the
 * completion's checks.
 */
export async function completePaidCartsUnderStockGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const payments = req.scope.resolve(Modules.PAYMENT)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  let sessionId: string | undefined
  try {
    const event = await payments.getWebhookActionAndData({
      provider: req.params.provider,
      payload: { data: req.body as Record<string, unknown>, rawData: req.rawBody as Buffer, headers: req.headers as Record<string, unknown> },
    })
    if (event.action === PaymentActions.AUTHORIZED || event.action === PaymentActions.SUCCESSFUL) sessionId = event.data?.session_id
  } catch {
    // not verified (or not understood): Medusa's own processing will refuse it the same way
  }
  if (!sessionId) return next()

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["payment_collection_id"], filters: { id: sessionId } })
  const collectionId = sessions[0]?.payment_collection_id
  const { data: links } = collectionId
    ? await query.graph({ entity: "cart_payment_collection", fields: ["cart_id", "cart.completed_at"], filters: { payment_collection_id: collectionId } })
    : { data: [] }
  const link = links[0] as { cart_id?: string; cart?: { completed_at?: unknown } | null } | undefined
  if (!link?.cart_id || link.cart?.completed_at) return next()

  const { errors } = await completeCartWithStockGuardWorkflow(req.scope).run({ input: { cart_id: link.cart_id }, throwOnError: false })
  if (errors.length) logger.warn(`Payment webhook: cart ${link.cart_id} could not be completed (${(errors[0].error as Error)?.message}).`)
  next()
}
