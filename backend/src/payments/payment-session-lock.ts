/**
 * The lock every path that authorizes a payment session takes: the store's
 * `POST /store/orders/:id/payment/authorize` and a Stripe "authorized"
 * webhook for the same session (workflows/payments/authorize-session-once.ts).
 */
export function paymentSessionLockKey(sessionId: string): string {
  return `payment-session:${sessionId}`
}
