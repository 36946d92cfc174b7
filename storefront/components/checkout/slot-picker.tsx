"use client"

import { useState } from "react"
import type { SlotPickerTexts as Texts } from "@/lib/i18n/slot-picker-texts"
import type { SlotChoice } from "@/lib/medusa/slots"

/**
 * "As soon as possible" or a quarter hour of the next seven days, at the
 * cart's pizzeria, only those with room. Two native selects (day, then
 * time): keyboard and screen readers know them, and a phone opens its own
 * wheel. The chosen instant goes in the form as `scheduled_for` ("" for as
 * soon as possible); the backend checks it again. `slotsOnly`: a booked
 * order moving to another slot, without "as soon as possible".
 */
export function SlotPicker({ choice, initial, texts, slotsOnly = false }: { choice: SlotChoice; initial: string; texts: Texts; slotsOnly?: boolean }) {
  const initialDay = choice.days.find((day) => day.slots.some((slot) => slot.value === initial))
  const [later, setLater] = useState(slotsOnly || !choice.asap || Boolean(initialDay))
  const [date, setDate] = useState(initialDay?.date ?? choice.days[0]?.date ?? "")
  const day = choice.days.find((candidate) => candidate.date === date) ?? choice.days[0]
  const [time, setTime] = useState(initialDay ? initial : (day?.slots[0]?.value ?? ""))
  const chosen = day?.slots.some((slot) => slot.value === time) ? time : (day?.slots[0]?.value ?? "")
  if ((slotsOnly || !choice.asap) && choice.days.length === 0) {
    return (
      <fieldset>
        <legend>{texts.when}</legend>
        <p className="error">{texts.noSlot}</p>
      </fieldset>
    )
  }
  return (
    <fieldset className="slot-picker">
      <legend>{texts.when}</legend>
      {slotsOnly ? null : choice.asap ? (
        <>
          <label className="choice">
            <input type="radio" name="when" value="asap" checked={!later} onChange={() => setLater(false)} /> {texts.asap}
          </label>
          {choice.days.length > 0 && (
            <label className="choice">
              <input type="radio" name="when" value="later" checked={later} onChange={() => setLater(true)} /> {texts.later}
            </label>
          )}
        </>
      ) : (
        <p className="muted">{texts.closedNowChooseSlot}</p>
      )}
      {later && day && (
        <div className="slot-selects">
          <div className="field">
            <label htmlFor="slot-day">{texts.day}</label>
            <select id="slot-day" value={day.date} onChange={(event) => setDate(event.target.value)}>
              {choice.days.map((candidate) => (
                <option key={candidate.date} value={candidate.date}>
                  {candidate.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="slot-time">{texts.time}</label>
            <select id="slot-time" value={chosen} onChange={(event) => setTime(event.target.value)}>
              {day.slots.map((slot) => (
                <option key={slot.value} value={slot.value}>
                  {slot.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <input type="hidden" name="scheduled_for" value={later ? chosen : ""} />
    </fieldset>
  )
}
