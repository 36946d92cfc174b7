import { isOpenAt, type ServiceHours } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"

/** A slot is a quarter of an hour: the time a customer gets the order, and what the kitchen's capacity is counted by. */
export const SLOT_MINUTES = 15
/** Today and the next six days. */
export const SLOT_DAYS = 7

const SLOT_MS = SLOT_MINUTES * 60_000
const dayFormatters = new Map<string, Intl.DateTimeFormat>()

/** The local calendar day of an instant in `timeZone`, as "YYYY-MM-DD". */
export function localDay(at: Date, timeZone: string): string {
  let format = dayFormatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    dayFormatters.set(timeZone, format)
  }
  return format.format(at)
}

/** The start of the quarter hour `at` falls in. Every time zone's offset is a whole number of quarter hours, so UTC's quarters are local ones. */
export function slotStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / SLOT_MS) * SLOT_MS)
}

/** Whether `at` starts a quarter hour. */
export function isSlotStart(at: Date): boolean {
  return at.getTime() % SLOT_MS === 0
}

/** The local days a slot listing covers: `from`'s day and the next six, in the pizzeria's time zone. */
export function slotDays(from: Date, timeZone: string): string[] {
  const days: string[] = []
  // noon steps cannot skip or repeat a day across a clock change
  for (let at = new Date(from.getTime()); days.length < SLOT_DAYS; at = new Date(at.getTime() + 6 * 3_600_000)) {
    const day = localDay(at, timeZone)
    if (days.at(-1) !== day) days.push(day)
  }
  return days
}

/**
 * The quarter hours a pizzeria serves from `earliest` on (the customer's
 * lead time already added) until the end of the last day of the listing that
 * starts on `from`'s local day: each slot starts while the pizzeria is open
 * (its weekly hours, past midnight included, minus closures). Clock changes
 * need nothing of their own: the quarters are instants, and whether each one
 * is open is asked in local time. Without hours, a pizzeria serves around the clock.
 */
export function openSlots(service: ServiceHours | undefined, from: Date, earliest: Date): Date[] {
  const timeZone = service?.timezone ?? "Europe/Paris"
  const days = new Set(slotDays(from, timeZone))
  const slots: Date[] = []
  const first = Math.ceil(Math.max(earliest.getTime(), from.getTime()) / SLOT_MS) * SLOT_MS
  for (let time = first; ; time += SLOT_MS) {
    const at = new Date(time)
    if (!days.has(localDay(at, timeZone))) break
    if (!service || isOpenAt(service, at)) slots.push(at)
  }
  return slots
}

/** The first quarter hour of a local day ("YYYY-MM-DD") in `timeZone`: local midnight, or the first quarter after it that exists; undefined for a day no calendar has. */
export function dayStart(day: string, timeZone: string): Date | undefined {
  const [year, month, date] = day.split("-").map(Number)
  // from midnight UTC of that date, the local day starts within fourteen hours either side; a day that
  // does not exist (February 30th) is never met, and the search stops there
  const from = Date.UTC(year, month - 1, date) - 14 * 3_600_000
  for (let time = from; time <= from + 28 * 3_600_000; time += SLOT_MS) {
    if (localDay(new Date(time), timeZone) === day) return new Date(time)
  }
  return undefined
}
