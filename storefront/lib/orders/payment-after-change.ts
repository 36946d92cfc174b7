import type { TrackedPayment } from "@oc-pizza/api-types"

/**
 * What the order page shows while a changed order's new amount waits for
 * the card, and once the customer has confirmed it. Pure, so that each case is tested
 * without a browser (Stripe.js cannot load in the browser tests).
 */

/** What `POST /store/orders/:id/modify` answers in `payment` (backend/src/workflows/orders/steps/find-payment-after-edit.ts). */
export type PaymentAfterChange = {
  payment_collection_id: string
  amount: number
  provider_id: string
  status: "authorized" | "awaiting_authorization"
} | null

/**
 * Nothing to pay now (paid on handover, the total did not move, or already
 * authorized), the new amount to confirm by card, or, when this shop takes
 * no card (no Stripe key here), a phone call to the pizzeria.
 */
export type NextAfterChange = { next: "nothing_to_pay" } | { next: "confirm_card"; payment_collection_id: string; amount: number } | { next: "call_pizzeria" }

/**
 * What the order page shows, at every visit, for the payment its tracking
 * says is waiting (`payment`, backend/src/orders/read-order-tracking.ts):
 * the card step again after a reload or another visit, the phone when this
 * shop takes no card, nothing when nothing waits. `returned` is the outcome
 * the customer came back from their bank's page with (`?payment=`): a
 * payment the bank is still confirming is not asked for again. Right after
 * a change the page reads the same tracking, so this is also what follows a
 * change (a pay-on-delivery order's new total is authorized at once: its
 * tracking has nothing waiting).
 */
export function nextOnOrderPage(payment: TrackedPayment | null, shopTakesCards: boolean, returned: string | null): NextAfterChange {
  if (!payment || payment.status !== "awaiting_card_confirmation" || returned === "pending") return { next: "nothing_to_pay" }
  if (!shopTakesCards) return { next: "call_pizzeria" }
  return { next: "confirm_card", payment_collection_id: payment.payment_collection_id, amount: payment.amount }
}

/**
 * After Stripe.js confirmed the new amount and the shop asked the backend to
 * authorize it (`POST /store/orders/:id/payment/authorize`):
 * - paid: authorized, the kitchen may start the order;
 * - pending: the bank has not answered yet (`409 payment_pending`, or Stripe
 *   itself said "processing"): the customer is told it is being confirmed;
 * - declined: not accepted, the card form stays for another try;
 * - refused: any other refusal, said in its own words.
 */
export type ScreenAfterConfirmation = "paid" | "pending" | "declined" | "refused"

export function screenAfterConfirmation(refusal: { status: number; code: string } | null, stripeStatus: string | null): ScreenAfterConfirmation {
  if (!refusal) return "paid"
  if (refusal.code === "payment_pending") return "pending"
  // a PaymentIntent still processing is not authorized yet, which a backend reading it at once calls declined
  if (refusal.code === "payment_declined" && stripeStatus === "processing") return "pending"
  if (refusal.code === "payment_declined") return "declined"
  return "refused"
}
