"use server"

import { revalidatePath } from "next/cache"
import { refusal, type Refusal } from "@/lib/i18n/error-text"
import { t } from "@/lib/i18n/locale"
import { formatPrice } from "@/lib/i18n/messages"
import { StoreApiError } from "@/lib/medusa/client"
import { authorizeNewAmount, cancelOrder, modifyOrder, openNewAmountPayment } from "@/lib/medusa/orders"
import { cardPaymentKey } from "@/lib/medusa/payments"
import { nextAfterChange, screenAfterConfirmation, type ScreenAfterConfirmation } from "@/lib/orders/payment-after-change"

export type OrderActionState = {
  done: boolean
  error: Refusal | null
  /** A card order changed: the browser confirms this PaymentIntent for the new total with Stripe, then calls confirmNewAmount. */
  card?: { client_secret: string; total: string } | null
}

/** The customer cancels while the kitchen has not started; once it has, the backend says so (409 preparation_started). */
export async function cancelMyOrder(_previous: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const { m, locale } = await t()
  const orderId = String(formData.get("order_id"))
  try {
    await cancelOrder(orderId, String(formData.get("token") ?? "") || undefined)
  } catch (error) {
    return { done: false, error: refusal(error, m, locale) }
  }
  revalidatePath(`/orders/${orderId}`)
  return { done: true, error: null }
}

/** The order as it should now be: each line's quantity (0 takes it out) and maybe one more dish. */
export async function modifyMyOrder(_previous: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const { m, locale } = await t()
  const orderId = String(formData.get("order_id"))
  const token = String(formData.get("token") ?? "") || undefined
  const quantities = new Map<string, number>()
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("qty:")) continue
    const quantity = Math.max(0, Math.min(50, Math.trunc(Number(value) || 0)))
    if (quantity > 0) quantities.set(name.slice(4), quantity)
  }
  const added = String(formData.get("add_variant") ?? "")
  if (added) quantities.set(added, (quantities.get(added) ?? 0) + 1)
  let modified
  try {
    modified = await modifyOrder(
      orderId,
      token,
      [...quantities].map(([variant_id, quantity]) => ({ variant_id, quantity }))
    )
  } catch (error) {
    return { done: false, error: refusal(error, m, locale) }
  }
  revalidatePath(`/orders/${orderId}`)
  // a card order's new total must be confirmed by card before the kitchen may start it
  const next = nextAfterChange(modified.payment, Boolean(await cardPaymentKey()))
  if (next.next === "nothing_to_pay") return { done: true, error: null }
  const byPhone = { done: true, error: { code: "card_confirmation_unavailable", message: m.newAmountByPhone } }
  if (next.next === "call_pizzeria") return byPhone
  try {
    return { done: true, error: null, card: { client_secret: await openNewAmountPayment(next.payment_collection_id, token), total: formatPrice(next.amount, locale) } }
  } catch (error) {
    // the change stands; only the card form could not be opened
    console.error(`Order ${orderId}: the card payment of the new total could not be opened`, error)
    return byPhone
  }
}

export type ConfirmationState = { screen: ScreenAfterConfirmation; message: string; code: string | null }

/**
 * After Stripe.js confirmed the new amount in the browser (`stripeStatus`,
 * the PaymentIntent's status it answered): the backend authorizes it, or
 * says why not.
 */
export async function confirmNewAmount(orderId: string, token: string, stripeStatus: string | null): Promise<ConfirmationState> {
  const { m, locale } = await t()
  let refused: StoreApiError | null = null
  try {
    await authorizeNewAmount(orderId, token || undefined)
  } catch (error) {
    if (!(error instanceof StoreApiError) || error.status >= 500) return { screen: "refused", ...refusal(error, m, locale) }
    refused = error
  }
  revalidatePath(`/orders/${orderId}`)
  const screen = screenAfterConfirmation(refused, stripeStatus)
  if (screen === "paid") return { screen, message: m.newAmountConfirmed, code: null }
  if (screen === "pending") return { screen, message: m.newAmountPending, code: "payment_pending" }
  if (screen === "declined") return { screen, message: m.newAmountDeclined, code: "payment_declined" }
  return { screen, ...refusal(refused, m, locale) }
}
