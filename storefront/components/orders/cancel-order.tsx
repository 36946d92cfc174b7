"use client"

import { useActionState, useState } from "react"
import { cancelMyOrder, type OrderActionState } from "@/lib/actions/order-actions"

/** Two steps, both reachable by keyboard: ask, then confirm. A kitchen that started in between gets its refusal read out. */
export function CancelOrder({
  orderId,
  token,
  texts,
}: {
  orderId: string
  token: string
  texts: { cancelOrder: string; cancelQuestion: string; confirmCancel: string; keepOrder: string }
}) {
  const [state, action, pending] = useActionState<OrderActionState, FormData>(cancelMyOrder, { done: false, error: null })
  const [asking, setAsking] = useState(false)
  return (
    <div className="cancel">
      {!asking ? (
        <button type="button" onClick={() => setAsking(true)}>
          {texts.cancelOrder}
        </button>
      ) : (
        <form action={action} role="group" aria-label={texts.cancelOrder}>
          <p>{texts.cancelQuestion}</p>
          <input type="hidden" name="order_id" value={orderId} />
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="danger" disabled={pending} autoFocus>
            {texts.confirmCancel}
          </button>{" "}
          <button type="button" onClick={() => setAsking(false)}>
            {texts.keepOrder}
          </button>
        </form>
      )}
      {state.error && (
        <p role="alert" className="error" data-code={state.error.code}>
          {state.error.message}
        </p>
      )}
    </div>
  )
}
