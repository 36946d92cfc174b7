import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules, PaymentActions } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { DomainError, isDomainError } from "@/errors/domain-error"
import { isCheckoutRefusal, isTryAgainFailure } from "@/payments/checkout-refusal"
import { placeOrderWorkflow } from "@/workflows/checkout/place-order"
import { releaseCardHoldWorkflow } from "@/workflows/checkout/release-card-hold"
import { authorizeSessionOnceWorkflow } from "@/workflows/payments/authorize-session-once"

/** The path's provider as the payment module names it: `stripe_stripe` or `pp_stripe_stripe` → `pp_stripe_stripe`. */
const providerIdOf = (provider: string) => (provider.startsWith("pp_") ? provider : `pp_${provider}`)

/**
 * A webhook for a provider the payment module has not registered is a 404:
 * Medusa would queue it and fail on it seconds later. Providers are named as
 * in Medusa's path, `<identifier>_<id>` (`stripe_stripe`), with or without
 * the `pp_` prefix.
 */
export async function refuseUnknownPaymentProviders(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const [known] = await req.scope.resolve(Modules.PAYMENT).listPaymentProviders({ id: providerIdOf(req.params.provider) }, { select: ["id"], take: 1 })
  if (!known) {
    throw new DomainError(404, "unknown_payment_provider", `No payment provider "${req.params.provider}" is configured here: Stripe posts to /hooks/payment/stripe_stripe.`)
  }
  next()
}

type ConfiguredProvider = { resolve?: unknown; id?: unknown; options?: { webhookSecret?: unknown } }
/** Stripe's provider ids: `pp_stripe_<id>`, and one per payment method, `pp_stripe-bancontact_<id>`... */
const STRIPE_PROVIDER_ID = /^pp_stripe(?:-[a-z0-9]+)?_(.+)$/

/** The webhook secret of the Stripe provider behind this provider id, as medusa-config gave it; undefined for another provider. */
function stripeWebhookSecret(req: MedusaRequest, providerId: string): string | undefined {
  const match = STRIPE_PROVIDER_ID.exec(providerId)
  if (!match) return undefined
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const payment = config.modules?.[Modules.PAYMENT]
  const providers = typeof payment === "object" && payment !== null && "options" in payment ? ((payment.options as { providers?: ConfiguredProvider[] })?.providers ?? []) : []
  const stripe = providers.find((provider) => typeof provider.resolve === "string" && provider.resolve.includes("payment-stripe") && provider.id === match[1])
  if (!stripe) return undefined
  return typeof stripe.options?.webhookSecret === "string" ? stripe.options.webhookSecret : ""
}

/**
 * With Stripe configured, an event is queued only if Stripe signed it with
 * the endpoint's secret (STRIPE_WEBHOOK_SECRET) less than 5 minutes ago:
 * Stripe's own check on the raw body, which Medusa keeps for /hooks. Medusa
 * would otherwise answer 200 to anything and only find the forgery when it
 * processes the event; a replayed old event is refused by its timestamp.
 */
export function refuseUnsignedStripeEvents(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const secret = stripeWebhookSecret(req, providerIdOf(req.params.provider))
  if (secret === undefined) return next()
  const signature = req.headers["stripe-signature"]
  try {
    if (!secret || !req.rawBody || typeof signature !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, "no body, signature or secret to check")
    Stripe.webhooks.constructEvent(req.rawBody as Buffer, signature, secret)
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Payment webhook for ${req.params.provider} refused: ${(error as Error).message}`)
    throw new DomainError(400, "invalid_signature", "This event is not signed by Stripe with this endpoint's secret, or was signed too long ago: it was not processed.")
  }
  next()
}

type StripeEventBody = { id?: string; type?: string; data?: { object?: { id?: string; metadata?: { session_id?: unknown } } } }

/**
 * Before Medusa queues a payment webhook: an event about a payment session
 * this store does not have is logged and acknowledged, never processed.
 * Medusa 2.21.2's processPaymentWorkflow looks the session up, finds none,
 * then filters carts by an undefined collection id, which matches every
 * row: it would complete some other customer's cart. It runs after the
 * signature check, and dropping an event is safe either way: it is never
 * acted on.
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

/** What a verified "authorized" (or "succeeded") event is about: its session, the action, and the cart or order of its payment collection. */
type AuthorizedEvent = { session_id: string; action: string; cart_id?: string; cart_completed: boolean; order_id?: string }

/** Each request's event, read once for both middlewares below. */
const eventsRead = new WeakMap<MedusaRequest, Promise<AuthorizedEvent | undefined>>()

/** The verified "authorized" (or "succeeded") event of this request, read once; undefined for any other event. */
function authorizedEventOf(req: MedusaRequest): Promise<AuthorizedEvent | undefined> {
  let event = eventsRead.get(req)
  if (!event) {
    event = readAuthorizedEvent(req)
    eventsRead.set(req, event)
  }
  return event
}

async function readAuthorizedEvent(req: MedusaRequest): Promise<AuthorizedEvent | undefined> {
  let sessionId: string | undefined
  let action: string | undefined
  try {
    const event = await req.scope.resolve(Modules.PAYMENT).getWebhookActionAndData({
      provider: req.params.provider,
      payload: { data: req.body as Record<string, unknown>, rawData: req.rawBody as Buffer, headers: req.headers as Record<string, unknown> },
    })
    sessionId = event.data?.session_id
    action = event.action
  } catch {
    // not verified (or not understood): Medusa's own processing will refuse it the same way
    return undefined
  }
  if ((action !== PaymentActions.AUTHORIZED && action !== PaymentActions.SUCCESSFUL) || !sessionId) return undefined
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["payment_collection_id"], filters: { id: sessionId } })
  const collectionId = sessions[0]?.payment_collection_id
  if (!collectionId) return { session_id: sessionId, action, cart_completed: false }
  const [{ data: ofCart }, { data: ofOrder }] = await Promise.all([
    query.graph({ entity: "cart_payment_collection", fields: ["cart_id", "cart.completed_at"], filters: { payment_collection_id: collectionId } }),
    query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: collectionId } }),
  ])
  const cart = ofCart[0] as { cart_id?: string; cart?: { completed_at?: unknown } | null } | undefined
  return { session_id: sessionId, action, cart_id: cart?.cart_id, cart_completed: !!cart?.cart?.completed_at, order_id: ofOrder[0]?.order_id }
}

/**
 * A verified "payment authorized" event for the new total of a changed order
 * (a payment collection of the order, not of a cart): authorized here, under
 * the payment session's lock, the one `POST /store/orders/:id/payment/authorize`
 * takes (`authorizeSessionOnceWorkflow`), and acknowledged without
 * being queued. Medusa's own processing would authorize the session without
 * any lock: run at the moment the customer's browser comes back, both would
 * pass the payment module's "already authorized?" check, and the loser,
 * refused by the one-payment-per-session index, cancels the PaymentIntent the
 * winner just recorded as authorized. An outcome the customer acts on (the
 * bank still confirming, the amount not authorized) is logged and
 * acknowledged: Stripe sends another event when it changes. Any other failure
 * (the database, Stripe unreachable) is thrown: the answer is not 2xx, and
 * Stripe delivers the event again.
 */
export async function authorizeChangedOrderPaymentsOnce(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const event = await authorizedEventOf(req)
  if (event?.action !== PaymentActions.AUTHORIZED || event.cart_id || !event.order_id) return next()

  const { errors } = await authorizeSessionOnceWorkflow(req.scope).run({ input: { session_id: event.session_id }, throwOnError: false })
  const error = errors[0]?.error
  if (error && !isDomainError(error)) throw error
  if (error) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Payment webhook: session ${event.session_id} of order ${event.order_id} not authorized (${error.code}: ${error.message}).`)
  }
  res.sendStatus(200)
}

/**
 * A verified "payment authorized" event for a cart not yet completed (the
 * customer paid and closed the tab): the cart is completed here, through the
 * same guarded completion as the store route (the pizzeria's stock lock,
 * the whole cart's ingredients), before Medusa's own processing, which runs
 * seconds later, finds the order made and leaves it. The event is never left
 * to Medusa's processing while the cart is open: it would complete the cart
 * without the stock lock.
 * - A busy pizzeria (`stock_busy`, after the guard's own wait) or a payment
 *   action: the event is not acknowledged (409), so Stripe delivers it again
 *   later and the completion is retried under the guard. The event itself
 *   says the payment is authorized: the session's stored status (refreshed
 *   only when Medusa authorizes) is not asked whether it is still pending.
 * - A refusal (`isCheckoutRefusal`: stock gone, pizzeria closed...): the hold
 *   on the customer's card is released (`releaseCardHoldWorkflow`), and the
 *   event acknowledged without being queued (its session is gone).
 * - Any other failure (the database, Stripe timing out inside Medusa's
 *   authorization) says nothing about the cart: the hold stays, the failure
 *   is logged and answered 503, and Stripe delivers the event again.
 */
export async function completePaidCartsUnderStockGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const event = await authorizedEventOf(req)
  if (!event?.cart_id || event.cart_completed) return next()
  const cartId = event.cart_id

  const { errors } = await placeOrderWorkflow(req.scope).run({ input: { cart_id: cartId }, throwOnError: false })
  if (!errors.length) return next()
  const error = errors[0].error as Error
  if (isTryAgainFailure(error)) {
    logger.warn(`Payment webhook: cart ${cartId} not completed yet (${error?.message}); left for Stripe to deliver again.`)
    throw new DomainError(409, "try_again_later", `Cart ${cartId} cannot be completed right now: deliver this event again later.`)
  }
  if (!isCheckoutRefusal(error)) {
    logger.error(`Payment webhook: cart ${cartId} could not be completed (${error?.message}); the hold on the card is kept, left for Stripe to deliver again.`)
    res.status(503).json({ type: "unexpected_state", code: "try_again_later", message: `Cart ${cartId} could not be completed: deliver this event again later.` })
    return
  }
  const { result: hold } = await releaseCardHoldWorkflow(req.scope).run({ input: { cart_id: cartId } })
  logger.warn(`Payment webhook: cart ${cartId} refused (${error?.message}); ${hold.released.length ? "the hold on the card was released" : "no hold to release"}.`)
  res.sendStatus(200)
}
