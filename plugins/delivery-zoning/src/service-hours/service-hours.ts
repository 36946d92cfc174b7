/**
 * When a location serves: weekly hours in its own time zone, minus
 * exceptional closures. A closing time at or before the opening time ("18:00"
 * → "01:00") runs past midnight and belongs to the day it opened.
 */
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const
export type Weekday = (typeof WEEKDAYS)[number]
export type WeeklyHours = Partial<Record<Weekday, [string, string][]>>
export type Closure = { starts_at: Date | string; ends_at: Date | string; reason?: string | null }
export type ServiceHours = { timezone: string; opening_hours: WeeklyHours; closures: Closure[] }

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const LOOKAHEAD_DAYS = 21
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone)
  if (!found) {
    found = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
    formatters.set(timeZone, found)
  }
  return found
}

type LocalTime = { weekday: Weekday; year: number; month: number; day: number; minutes: number }

function localTime(at: Date, timeZone: string): LocalTime {
  const parts = formatter(timeZone).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return {
    weekday: part("weekday").toLowerCase().slice(0, 3) as Weekday,
    year: Number(part("year")),
    month: Number(part("month")),
    day: Number(part("day")),
    minutes: Number(part("hour")) * 60 + Number(part("minute")),
  }
}

export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(":").map(Number)
  return hours * 60 + minutes
}

/** The instant a local wall-clock time happens in `timeZone` (the first one, on a DST change). */
function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, 0, minutes)
  const seen = localTime(new Date(guess), timeZone)
  const seenUtc = Date.UTC(seen.year, seen.month - 1, seen.day, 0, seen.minutes)
  return new Date(guess - (seenUtc - guess))
}

function inWeeklyHours(hours: WeeklyHours, timeZone: string, at: Date): boolean {
  const { weekday, minutes } = localTime(at, timeZone)
  const today = hours[weekday] ?? []
  const yesterday = hours[WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 6) % 7]] ?? []
  const openToday = today.some(([open, close]) => {
    const start = toMinutes(open)
    const end = toMinutes(close)
    return end > start ? minutes >= start && minutes < end : minutes >= start
  })
  const openFromYesterday = yesterday.some(([open, close]) => toMinutes(close) <= toMinutes(open) && minutes < toMinutes(close))
  return openToday || openFromYesterday
}

function closureAt(closures: Closure[], at: Date): Closure | undefined {
  const time = at.getTime()
  return closures.find((closure) => new Date(closure.starts_at).getTime() <= time && time < new Date(closure.ends_at).getTime())
}

/** Whether the location serves at `at`. */
export function isOpenAt(service: ServiceHours, at: Date): boolean {
  return inWeeklyHours(service.opening_hours, service.timezone, at) && !closureAt(service.closures, at)
}

/**
 * The next instant, from `from` on, at which the location serves; undefined
 * when nothing opens in the next three weeks.
 */
export function nextOpeningAt(service: ServiceHours, from: Date): Date | undefined {
  if (isOpenAt(service, from)) return from
  const candidates: Date[] = []
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const local = localTime(new Date(from.getTime() + offset * DAY), service.timezone)
    for (const [open] of service.opening_hours[local.weekday] ?? []) {
      candidates.push(instantOf(local.year, local.month, local.day, toMinutes(open), service.timezone))
    }
  }
  for (const closure of service.closures) candidates.push(new Date(closure.ends_at))
  return candidates
    .filter((candidate) => candidate.getTime() > from.getTime())
    .sort((a, b) => a.getTime() - b.getTime())
    .find((candidate) => isOpenAt(service, candidate))
}
