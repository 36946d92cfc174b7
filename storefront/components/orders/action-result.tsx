import type { OrderActionState } from "@/lib/actions/order-actions"

/** What a change of the order came to, read out as it comes: its confirmation, or the refusal in the customer's words with its code. */
export function ActionResult({ state, done }: { state: OrderActionState; done: string }) {
  return (
    <div aria-live="polite">
      {state.done && !state.error && <p className="ok">{done}</p>}
      {state.error && (
        <p role="alert" className="error" data-code={state.error.code}>
          {state.error.message}
        </p>
      )}
    </div>
  )
}
