/** An e-mail of the pizzeria's service day that no attempt has delivered (manager's dashboard); `next_attempt_at` null: given up. */
export type FailedEmail = {
  id: string
  template: string
  /** Masked: `c***@example.fr`. */
  to: string
  order_display_id: number | null
  attempts: number
  last_error: string | null
  next_attempt_at: string | null
  created_at: string
}
