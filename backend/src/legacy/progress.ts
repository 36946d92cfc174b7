/**
 * Progress of a long table on the console: rows done, rate, time left, at
 * most every two seconds, and once at the end.
 */
export function progressPrinter(write: (line: string) => void, now = () => Date.now()): (entity: string, done: number, total: number) => void {
  const started = new Map<string, number>()
  const printed = new Map<string, number>()
  return (entity, done, total) => {
    const at = now()
    if (!started.has(entity)) started.set(entity, at)
    if (done < total && at - (printed.get(entity) ?? 0) < 2_000) return
    printed.set(entity, at)
    const seconds = Math.max((at - started.get(entity)!) / 1000, 0.001)
    const rate = done / seconds
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0
    const percent = total ? Math.floor((done / total) * 100) : 100
    write(
      `${entity}: ${done} / ${total} (${percent} %), ${Math.round(rate)} rows/s${done < total ? `, about ${left < 90 ? `${left} s` : `${Math.ceil(left / 60)} min`} left` : ""}`
    )
  }
}
