"use client"

import { useActionState } from "react"
import { modifyMyOrder, type OrderActionState } from "@/lib/actions/order-actions"

type Line = { variant_id: string; label: string; quantity: number }
type Option = { variant_id: string; label: string }

/**
 * The order as it should be: each line's quantity (0 takes it out), and one
 * dish to add. A card order's new total is then confirmed by card in the
 * page's card step (new-amount-step.tsx), which the order's tracking brings.
 */
export function ModifyOrder({
  orderId,
  token,
  lines,
  options,
  texts,
}: {
  orderId: string
  token: string
  lines: Line[]
  options: Option[]
  texts: {
    modifyOrder: string
    saveChanges: string
    addPizza: string
    none: string
    modified: string
    quantityOf: string
    /** Said when the order has customised pizzas, which a change leaves as they are. */
    customisedStay?: string | null
  }
}) {
  const [state, action, pending] = useActionState<OrderActionState, FormData>(modifyMyOrder, { done: false, error: null })
  return (
    <details className="modify">
      <summary>{texts.modifyOrder}</summary>
      <form action={action}>
        <input type="hidden" name="order_id" value={orderId} />
        <input type="hidden" name="token" value={token} />
        {texts.customisedStay && <p className="muted small">{texts.customisedStay}</p>}
        {lines.map((line) => (
          <div key={line.variant_id} className="field inline">
            <label htmlFor={`qty-${line.variant_id}`}>{line.label}</label>
            <input
              id={`qty-${line.variant_id}`}
              name={`qty:${line.variant_id}`}
              type="number"
              min={0}
              max={50}
              defaultValue={line.quantity}
              aria-label={texts.quantityOf.replace("{item}", line.label)}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor="add_variant">{texts.addPizza}</label>
          <select id="add_variant" name="add_variant" defaultValue="">
            <option value="">{texts.none}</option>
            {options.map((option) => (
              <option key={option.variant_id} value={option.variant_id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending}>
          {texts.saveChanges}
        </button>
        <div aria-live="polite">
          {state.done && !state.error && <p className="ok">{texts.modified}</p>}
          {state.error && (
            <p role="alert" className="error" data-code={state.error.code}>
              {state.error.message}
            </p>
          )}
        </div>
      </form>
    </details>
  )
}
