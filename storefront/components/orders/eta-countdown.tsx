"use client"

import { useEffect, useState } from "react"

/** How often the minutes left are worked out again: often enough for a countdown in minutes, rarely enough for a phone's battery. */
const TICK_MS = 30_000

/**
 * "Arriving in about 12 min · around 20:14", counted down in the browser.
 * The ETA itself comes from the backend at each kitchen step (the page is
 * refreshed on each live status event); this only counts the minutes left.
 * Not a live region: screen readers hear the status changes, not each minute.
 */
export function EtaCountdown({ eta, time, texts }: { eta: string; time: string; texts: { in: string; soon: string } }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), TICK_MS)
    return () => clearInterval(timer)
  }, [eta])
  const minutes = Math.ceil((new Date(eta).getTime() - now) / 60_000)
  const text = minutes > 1 ? texts.in.replace("{minutes}", String(minutes)) : texts.soon
  return (
    <p className="eta" data-testid="eta" data-eta={eta} suppressHydrationWarning>
      {text.replace("{time}", time)}
    </p>
  )
}
