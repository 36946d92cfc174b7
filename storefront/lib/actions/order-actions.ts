"use server"

import { revalidatePath } from "next/cache"
import { refusal, type Refusal } from "@/lib/i18n/error-text"
import { t } from "@/lib/i18n/locale"
import { formatPrice } from "@/lib/i18n/messages"
import { StoreApiError } from "@/lib/medusa/client"
import { authorizeNewAmount, cancelOrder, getTracking, modifyOrder, moveOrderSlot, openNewAmountPayment } from "@/lib/medusa/orders"
import { cardPaymentKey } from "@/lib/medusa/payments"
import { nextOnOrderPage, screenAfterConfirmation, type ScreenAfterConfirmation } from "@/lib/orders/payment-after-change"

export type OrderActionState = { done: boolean; error: Refusal | null }

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

/** A booked order moved to the quarter hour chosen in the form. */
export async function moveMySlot(_previous: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const { m, locale } = await t()
  const orderId = String(formData.get("order_id"))
  const token = String(formData.get("token") ?? "") || undefined
  const scheduledFor = String(formData.get("scheduled_for") ?? "")
  if (!scheduledFor) return { done: false, error: { code: "slot_invalid", message: m.slotNotMoved } }
  try {
    await moveOrderSlot(orderId, token, scheduledFor)
  } catch (error) {
    const refused = refusal(error, m, locale)
    // the shop's slot refusals speak of an order not placed: this one stays booked at its time
    return { done: false, error: refused.code.startsWith("slot_") ? { ...refused, message: m.slotNotMoved } : refused }
  }
  revalidatePath(`/orders/${orderId}`)
  return { done: true, error: null }
}

/** The order as it should now be: each line's quantity (0 takes it out) and choice, and maybe one more dish. */
export async function modifyMyOrder(_previous: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const { m, locale } = await t()
  const orderId = String(formData.get("order_id"))
  const token = String(formData.get("token") ?? "") || undefined
  const lines: { variant_id: string; quantity: number; remove: string[]; add: string[] }[] = []
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("variant:")) continue
    const index = name.slice("variant:".length)
    const quantity = Math.max(0, Math.min(20, Math.trunc(Number(formData.get(`qty:${index}`)) || 0)))
    const ids = (field: string) => formData.getAll(`${field}:${index}`).map(String)
    if (quantity > 0) lines.push({ variant_id: String(value), quantity, remove: ids("remove"), add: ids("add") })
  }
  // the server makes one line of the same pizza asked twice
  const added = String(formData.get("add_variant") ?? "")
  if (added) lines.push({ variant_id: added, quantity: 1, remove: [], add: [] })
  try {
    await modifyOrder(orderId, token, lines)
  } catch (error) {
    return { done: false, error: refusal(error, m, locale) }
  }
  // a card order's new total waits for the card: the order page, which reads it in the tracking, opens the card step (resumeNewAmount)
  revalidatePath(`/orders/${orderId}`)
  return { done: true, error: null }
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

/** What the card step of the order page opens with: the form for the new amount, an outcome already known, or a refusal to read. */
export type ResumedNewAmount =
  | { step: "card"; payment_collection_id: string; client_secret: string; total: string }
  | { step: "outcome"; outcome: ConfirmationState }
  | { step: "refused"; error: Refusal }
  | { step: "nothing" }

/**
 * The card step of a changed order whose new amount waits for the card, at
 * any visit of the order page (a reload, the customer coming back later).
 * The collection is read from the order's tracking, never taken from the
 * browser. A payment the customer confirmed before leaving is authorized
 * first (or said to be still with the bank); only one not confirmed yet
 * gets a new card payment, whose client secret goes to this customer's
 * browser alone (the tracking carries none).
 */
export async function resumeNewAmount(orderId: string, token: string): Promise<ResumedNewAmount> {
  const { m, locale } = await t()
  let next
  try {
    next = nextOnOrderPage((await getTracking(orderId, token || undefined)).payment, Boolean(await cardPaymentKey()), null)
  } catch (error) {
    return { step: "refused", error: refusal(error, m, locale) }
  }
  if (next.next === "nothing_to_pay") return { step: "nothing" }
  const byPhone = { step: "refused" as const, error: { code: "card_confirmation_unavailable", message: m.newAmountByPhone } }
  if (next.next === "call_pizzeria") return byPhone
  try {
    await authorizeNewAmount(orderId, token || undefined)
    revalidatePath(`/orders/${orderId}`)
    return { step: "outcome", outcome: { screen: "paid", message: m.newAmountConfirmed, code: null } }
  } catch (error) {
    // not confirmed in the browser yet (declined), or no card payment opened for this amount: the form is what is missing
    const formMissing = error instanceof StoreApiError && ["payment_declined", "payment_session_missing"].includes(error.code)
    if (error instanceof StoreApiError && error.code === "payment_pending") {
      return { step: "outcome", outcome: { screen: "pending", message: m.newAmountPending, code: "payment_pending" } }
    }
    if (!formMissing) return { step: "refused", error: refusal(error, m, locale) }
  }
  try {
    const client_secret = await openNewAmountPayment(next.payment_collection_id, token || undefined)
    return { step: "card", payment_collection_id: next.payment_collection_id, client_secret, total: formatPrice(next.amount, locale) }
  } catch (error) {
    // the change stands; only the card form could not be opened
    console.error(`Order ${orderId}: the card payment of the new total could not be opened`, error)
    return byPhone
  }
}
