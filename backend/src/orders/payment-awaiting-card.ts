import { isCardProvider } from "@/payments/payment-providers"

/** A collection not yet paid nor authorized: what the kitchen's start waits for (workflows/kitchen/steps/load-ticket-for-transition.ts). */
const NOT_SETTLED = new Set(["not_paid", "awaiting", "failed", "partially_authorized"])

type Collection = {
  id: string
  status: string
  amount: unknown
  payments?: ({ provider_id: string } | null)[] | null
} | null

/**
 * The collection a changed card order's new total waits in for the
 * customer's card, or null. Confirming an edit cancels the card
 * authorization and opens a collection for the new total
 * (workflows/orders/steps/find-payment-after-edit.ts); a pay-on-delivery
 * order's is authorized at once, so it never waits for the customer.
 */
export function paymentAwaitingCard(collections: Collection[] | null | undefined): { payment_collection_id: string; amount: number } | null {
  const present = (collections ?? []).flatMap((collection) => (collection ? [collection] : []))
  const paidByCard = present.some((collection) => (collection.payments ?? []).some((payment) => isCardProvider(payment?.provider_id)))
  if (!paidByCard) return null
  const open = present.find((collection) => NOT_SETTLED.has(collection.status) && Number(collection.amount) > 0)
  return open ? { payment_collection_id: open.id, amount: Number(open.amount) } : null
}
