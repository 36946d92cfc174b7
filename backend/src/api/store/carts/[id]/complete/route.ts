import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { runAgainIfDeadlockVictim } from "@/errors/deadlock-victim"
import { isTryAgainFailure, PAYMENT_ACTION_TYPES, sayNothingWasCharged } from "@/payments/checkout-refusal"
import { declinedPaymentError } from "@/payments/declined-payment"
import { pendingCardPaymentOfCart } from "@/payments/pending-card-payment"
import { placeOrderWorkflow } from "@/workflows/checkout/place-order"
import { releaseCardHoldWorkflow } from "@/workflows/checkout/release-card-hold"

/**
 * POST /store/carts/:id/complete, taken over from Medusa (the application's
 * routes are registered after the core's): the same contract, run through
 * our one checkout (workflows/checkout/place-order.ts), and the answer
 * carries the order's tracking token (`tracking.token`). A refusal leaves
 * nothing behind: no order, no reservation, no authorization on the card
 * (`releaseCardHoldWorkflow`: the PaymentIntent the browser confirmed is
 * cancelled, and the message says nothing was charged), the cart open for
 * another try. A busy pizzeria (`stock_busy`) or a bank still confirming
 * (`payment_pending`) is not a refusal: the hold stays for the next press of
 * "pay", which completes the same authorization.
 */
export async function POST(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const cartId = req.params.id
  // a deadlock's victim was compensated whole: the checkout runs again (see errors/deadlock-victim.ts)
  const { result, errors } = await runAgainIfDeadlockVictim(
    () => placeOrderWorkflow(req.scope).run({ input: { cart_id: cartId }, throwOnError: false }),
    ({ errors }) => errors[0]?.error
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const error = errors[0]?.error as { type?: string; message?: string; name?: string } | undefined
  if (error) {
    const declined = error.type === MedusaError.Types.NOT_ALLOWED ? await declinedPaymentError(req.scope, cartId) : undefined
    if (declined) throw declined
    const pending = error.type === MedusaError.Types.NOT_ALLOWED ? await pendingCardPaymentOfCart(req.scope, cartId) : undefined
    if (pending) throw pending
    if (!isTryAgainFailure(error)) throw await releasedOrNot(req, cartId, error)
    // payment outcomes the customer can act on: Medusa answers them with the cart, not an error status
    if (!error.type || !PAYMENT_ACTION_TYPES.has(error.type)) throw error
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["*", "items.*", "shipping_methods.*", "payment_collection.*", "payment_collection.payment_sessions.*"],
      filters: { id: cartId },
    })
    res.status(200).json({ type: "cart", cart: carts[0], error: { message: error.message, name: error.name, type: error.type } })
    return
  }

  const { data: orders } = await query.graph({
    entity: "order",
    fields: req.queryConfig?.fields ?? ["*", "items.*"],
    filters: { id: result.order_id },
  })
  res.status(200).json({ type: "order", order: orders[0], tracking: { token: result.tracking_token } })
}

/**
 * The refusal, once the hold on the card is released (and then saying
 * nothing was charged). If the release itself fails (the cart's lock busy
 * past its wait, Stripe refusing the cancel), the failure is logged and the
 * customer still reads the refusal, without the promise.
 */
async function releasedOrNot<E>(req: MedusaStoreRequest, cartId: string, error: E): Promise<E> {
  try {
    const { result: hold } = await releaseCardHoldWorkflow(req.scope).run({ input: { cart_id: cartId } })
    return hold.released.length ? sayNothingWasCharged(error) : error
  } catch (releaseError) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Cart ${cartId} refused (${(error as { message?: string }).message}), and the hold on its card could not be released: ${(releaseError as Error).message}`)
    return error
  }
}
