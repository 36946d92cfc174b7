/** A pizzeria's service day starts at 05:00 local time: the 00:30 orders of a Saturday night belong to Saturday. */
const DAY_STARTS_AT_HOUR = 5

/** The start of the service day `now` falls in, in the pizzeria's time zone. */
export function serviceDayStart(now: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23", timeZoneName: "longOffset" })
      .formatToParts(now)
      .map((part) => [part.type, part.value])
  )
  const offset = parts.timeZoneName === "GMT" ? "+00:00" : parts.timeZoneName.replace("GMT", "")
  const start = new Date(`${parts.year}-${parts.month}-${parts.day}T0${DAY_STARTS_AT_HOUR}:00:00${offset}`)
  if (Number(parts.hour) < DAY_STARTS_AT_HOUR) start.setUTCDate(start.getUTCDate() - 1)
  return start
}
