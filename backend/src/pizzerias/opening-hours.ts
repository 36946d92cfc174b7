/** Opening hours of a pizzeria: per weekday, a list of [open, close] times ("HH:MM", local time). */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"
export type OpeningHours = Record<Weekday, [string, string][]>

const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

/** Weekday and minutes since midnight of `at` in `timeZone`. */
function localTime(at: Date, timeZone: string): { day: Weekday; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  const day = part("weekday").toLowerCase().slice(0, 3) as Weekday
  return { day, minutes: Number(part("hour")) * 60 + Number(part("minute")) }
}

function toMinutes(time: string): number {
  const [hours, minutes] = time.split(":").map(Number)
  return hours * 60 + minutes
}

/** Whether the pizzeria takes orders at `at`. A closing time past midnight ("01:00") belongs to the day it opened. */
export function isOpenAt(hours: OpeningHours, timeZone: string, at: Date): boolean {
  const { day, minutes } = localTime(at, timeZone)
  const today = hours[day] ?? []
  const yesterday = hours[WEEKDAYS[(WEEKDAYS.indexOf(day) + 6) % 7]] ?? []
  const openToday = today.some(([open, close]) => {
    const start = toMinutes(open)
    const end = toMinutes(close)
    return end > start ? minutes >= start && minutes < end : minutes >= start
  })
  const openFromYesterday = yesterday.some(([open, close]) => toMinutes(close) <= toMinutes(open) && minutes < toMinutes(close))
  return openToday || openFromYesterday
}
