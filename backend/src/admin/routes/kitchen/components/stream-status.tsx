import { Badge, Button } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"

/** How long the board says it was offline, once back. */
const OUTAGE_SHOWN_MS = 5 * 60_000

/** Whether the board is live; offline since when, and once back, when it was offline. */
export function StreamStatus({ live, offlineSince, signedOut, time }: { live: boolean; offlineSince: number | null; signedOut: boolean; time: (at: number) => string }) {
  const { t } = useTranslation("ocp")
  const [outage, setOutage] = useState<{ from: number; to: number } | null>(null)
  const since = useRef<number | null>(null)
  useEffect(() => {
    if (!live && offlineSince) since.current = offlineSince
    if (live && since.current) {
      setOutage({ from: since.current, to: Date.now() })
      since.current = null
    }
  }, [live, offlineSince])
  useEffect(() => {
    if (!outage) return
    const timer = setTimeout(() => setOutage(null), OUTAGE_SHOWN_MS)
    return () => clearTimeout(timer)
  }, [outage])
  return (
    <div aria-live="polite" className="flex items-center gap-2" data-testid="kitchen-stream-status" data-live={live ? "true" : "false"}>
      {live ? (
        <Badge size="small" color="green">
          {t("live")}
        </Badge>
      ) : (
        <Badge size="small" color="red">
          {signedOut ? t("kitchen.signedOut") : offlineSince ? t("kitchen.offlineSince", { time: time(offlineSince) }) : t("reconnecting")}
        </Badge>
      )}
      {signedOut && (
        // the admin sends a page without a session to its sign-in, which brings the cook back here
        <Button size="small" variant="primary" onClick={() => window.location.reload()}>
          {t("kitchen.signInAgain")}
        </Button>
      )}
      {live && outage && (
        <Badge size="small" color="orange">
          {t("kitchen.wasOffline", { from: time(outage.from), to: time(outage.to) })}
        </Badge>
      )}
    </div>
  )
}
