"use client"

import dynamic from "next/dynamic"
import { useActionState } from "react"
import { modifyMyOrder, type OrderActionState } from "@/lib/actions/order-actions"

// Stripe's code reaches the phone only when a changed card order's new amount is to be confirmed
const ConfirmNewAmount = dynamic(() => import("./confirm-new-amount").then((module) => module.ConfirmNewAmount))

type Line = { variant_id: string; label: string; quantity: number }
type Option = { variant_id: string; label: string }

/**
 * The order as it should be: each line's quantity (0 takes it out), and one
 * dish to add. A card order's new total is then confirmed by card, here.
 */
export function ModifyOrder({
  orderId,
  token,
  lines,
  options,
  card,
  texts,
}: {
  orderId: string
  token: string
  lines: Line[]
  options: Option[]
  /** Stripe's publishable key and the customer's language, when the shop takes cards. */
  card: { publishableKey: string; locale: "fr" | "en" } | null
  texts: {
    modifyOrder: string
    saveChanges: string
    addPizza: string
    none: string
    modified: string
    quantityOf: string
    confirmNewAmount: string
    confirmPay: string
    paying: string
  }
}) {
  const [state, action, pending] = useActionState<OrderActionState, FormData>(modifyMyOrder, { done: false, error: null })
  return (
    <details className="modify">
      <summary>{texts.modifyOrder}</summary>
      <form action={action}>
        <input type="hidden" name="order_id" value={orderId} />
        <input type="hidden" name="token" value={token} />
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
          {state.done && !state.error && !state.card && <p className="ok">{texts.modified}</p>}
          {state.error && (
            <p role="alert" className="error" data-code={state.error.code}>
              {state.error.message}
            </p>
          )}
        </div>
      </form>
      {state.card && card && (
        <ConfirmNewAmount
          // a further change opens a new payment: its form starts afresh
          key={state.card.client_secret}
          orderId={orderId}
          token={token}
          clientSecret={state.card.client_secret}
          publishableKey={card.publishableKey}
          locale={card.locale}
          texts={{ confirmNewAmount: texts.confirmNewAmount, confirm: texts.confirmPay.replace("{total}", state.card.total), paying: texts.paying }}
        />
      )}
    </details>
  )
}
