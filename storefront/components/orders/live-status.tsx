"use client"

import type { TicketStatus, TicketStatusEvent } from "@oc-pizza/api-types"
import { useRouter } from "next/navigation"
import { useEffect, useState } from "react"

type Stage = { status: TicketStatus; label: string }

/**
 * The order's stages, moved by the kitchen live (server-sent events relayed
 * by the shop); each change also refreshes the page around it, so the
 * cancel and change buttons go when the kitchen starts.
 */
export function LiveStatus({
  streamUrl,
  initial,
  stages,
  texts,
}: {
  streamUrl: string
  initial: TicketStatus
  stages: Stage[]
  texts: { live: string; reconnecting: string; statusNow: string; labels: Record<TicketStatus, string> }
}) {
  const router = useRouter()
  const [status, setStatus] = useState(initial)
  const [connected, setConnected] = useState(true)

  useEffect(() => setStatus(initial), [initial])
  useEffect(() => {
    let source: EventSource
    let retry: ReturnType<typeof setTimeout> | undefined
    const open = () => {
      source = new EventSource(streamUrl)
      source.addEventListener("status", (event) => {
        const data = JSON.parse((event as MessageEvent<string>).data) as TicketStatusEvent
        setStatus(data.status)
        router.refresh()
      })
      // whatever happened between the page's render and the stream's opening (or while it was down) is read again
      source.onopen = () => {
        setConnected(true)
        router.refresh()
      }
      source.onerror = () => {
        setConnected(false)
        // the browser retries a dropped stream by itself, but gives up on an error answer (a restarting server): so do we, later
        if (source.readyState === EventSource.CLOSED) retry = setTimeout(open, 5_000)
      }
    }
    open()
    return () => {
      clearTimeout(retry)
      source.close()
    }
  }, [streamUrl, router])

  const current = stages.findIndex((stage) => stage.status === status)
  return (
    <section aria-labelledby="status-heading" className="panel">
      <h2 id="status-heading">
        {texts.live} {!connected && <span className="muted small">· {texts.reconnecting}</span>}
      </h2>
      <p role="status" aria-live="polite" className="status-now" data-status={status}>
        {texts.statusNow.replace("{status}", texts.labels[status] ?? status)}
      </p>
      <ol className="stages">
        {stages.map((stage, index) => (
          <li key={stage.status} aria-current={index === current ? "step" : undefined} className={index < current ? "done" : index === current ? "current" : ""}>
            {stage.label}
          </li>
        ))}
      </ol>
    </section>
  )
}
