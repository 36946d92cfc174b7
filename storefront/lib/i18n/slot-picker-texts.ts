import type { Messages } from "./messages"

export type SlotPickerTexts = Record<"when" | "asap" | "later" | "day" | "time" | "closedNowChooseSlot" | "noSlot", string>

/** The slot picker's words (components/checkout/slot-picker.tsx), at checkout and on a booked order's page alike. */
export function slotPickerTexts(m: Messages): SlotPickerTexts {
  return {
    when: m.when,
    asap: m.asap,
    later: m.later,
    day: m.slotDay,
    time: m.slotTime,
    closedNowChooseSlot: m.closedNowChooseSlot,
    noSlot: m.noSlot,
  }
}
