import type { PizzeriaSlots } from "@oc-pizza/api-types"
import { slotChoice } from "../slots"

const slots = (days: PizzeriaSlots["days"], asap = true): PizzeriaSlots => ({
  pizzeria_id: "sloc_1",
  fulfilment: "pickup",
  timezone: "Europe/Paris",
  asap: { available: asap },
  days,
})
const words = { today: "Aujourd'hui", tomorrow: "Demain" }
const slot = (iso: string) => ({ starts_at: iso, ends_at: new Date(new Date(iso).getTime() + 900_000).toISOString() })

describe("slotChoice", () => {
  it("names today and tomorrow, then the weekday, and leaves out the days without a slot", () => {
    const choice = slotChoice(
      slots([
        { date: "2026-12-07", slots: [] },
        { date: "2026-12-08", slots: [slot("2026-12-08T18:30:00.000Z")] },
        { date: "2026-12-09", slots: [slot("2026-12-09T11:00:00.000Z")] },
      ]),
      "fr",
      words
    )
    expect(choice.days.map((day) => day.label)).toEqual(["Demain", "mercredi 9 décembre"])
    // the pizzeria's time, whatever the server's zone
    expect(choice.days[0].slots).toEqual([{ value: "2026-12-08T18:30:00.000Z", label: "19:30" }])
    expect(choice.days[1].slots[0].label).toBe("12:00")
  })

  it("says whether as soon as possible is offered, in English too", () => {
    const choice = slotChoice(slots([{ date: "2026-12-07", slots: [slot("2026-12-07T20:00:00.000Z")] }], false), "en", { today: "Today", tomorrow: "Tomorrow" })
    expect(choice).toEqual({ asap: false, days: [{ date: "2026-12-07", label: "Today", slots: [{ value: "2026-12-07T20:00:00.000Z", label: "21:00" }] }] })
  })
})
