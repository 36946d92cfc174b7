"use client"

import { useActionState } from "react"
import { SlotPicker } from "@/components/checkout/slot-picker"
import { ActionResult } from "@/components/orders/action-result"
import { moveMySlot, type OrderActionState } from "@/lib/actions/order-actions"
import type { SlotPickerTexts } from "@/lib/i18n/slot-picker-texts"
import type { SlotChoice } from "@/lib/medusa/slots"

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
  texts: SlotPickerTexts & { changeTime: string; saveTime: string; slotMoved: string }
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
        <ActionResult state={state} done={texts.slotMoved} />
      </form>
    </details>
  )
}
