"use client"

import { useActionState } from "react"
import { SlotPicker } from "@/components/checkout/slot-picker"
import { moveMySlot, type OrderActionState } from "@/lib/actions/order-actions"
import type { SlotChoice } from "@/lib/medusa/slots"

type PickerTexts = Parameters<typeof SlotPicker>[0]["texts"]

/**
 * A booked order moved to another quarter hour with room, until the kitchen
 * takes it: the checkout's day and time selects, without "as soon as
 * possible". The backend books the new slot and frees the old one.
 */
export function MoveSlot({
  orderId,
  token,
  choice,
  current,
  texts,
}: {
  orderId: string
  token: string
  choice: SlotChoice
  current: string
  texts: PickerTexts & { changeTime: string; saveTime: string; slotMoved: string }
}) {
  const [state, action, pending] = useActionState<OrderActionState, FormData>(moveMySlot, { done: false, error: null })
  return (
    <details className="modify">
      <summary>{texts.changeTime}</summary>
      <form action={action}>
        <input type="hidden" name="order_id" value={orderId} />
        <input type="hidden" name="token" value={token} />
        <SlotPicker choice={choice} initial={current} texts={texts} slotsOnly />
        {choice.days.length > 0 && (
          <button type="submit" disabled={pending}>
            {texts.saveTime}
          </button>
        )}
        <div aria-live="polite">
          {state.done && !state.error && <p className="ok">{texts.slotMoved}</p>}
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
