import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules, PaymentActions } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { DomainError } from "@/errors/domain-error"
import { placeOrderWorkflow } from "@/workflows/checkout/place-order"

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

/**
 * A verified "payment authorized" event for a cart not yet completed (the
 * customer paid and closed the tab): the cart is completed here, through the
 * same guarded completion as the store route (the pizzeria's stock lock,
 * the whole cart's ingredients), before Medusa's own processing, which runs
 * seconds later, finds the order made and leaves it. A refusal is logged;
 * Medusa's processing then runs its own completion, whose validate hook
 * checks the whole cart again but without the stock lock (a rush that kept
 * the lock busy lets it through unguarded).
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

  const { errors } = await placeOrderWorkflow(req.scope).run({ input: { cart_id: link.cart_id }, throwOnError: false })
  if (errors.length) logger.warn(`Payment webhook: cart ${link.cart_id} could not be completed (${(errors[0].error as Error)?.message}).`)
  next()
}
