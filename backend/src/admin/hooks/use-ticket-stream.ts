import { useQueryClient, type QueryKey } from "@tanstack/react-query"
import { useEffect, useState } from "react"

/**
 * Refetches `queryKey` on every ticket change at the pizzeria, pushed by the
 * kitchen stream (GET /admin/kitchen/stream; the browser reconnects by
 * itself); says whether the stream is live.
 */
export function useTicketStream(pizzeriaId: string | undefined, queryKey: QueryKey): boolean {
  const queryClient = useQueryClient()
  const [live, setLive] = useState(false)
  const key = JSON.stringify(queryKey)
  useEffect(() => {
    if (!pizzeriaId) return
    const source = new EventSource(`/admin/kitchen/stream?pizzeria_id=${encodeURIComponent(pizzeriaId)}`, { withCredentials: true })
    source.onopen = () => setLive(true)
    source.onerror = () => setLive(false)
    source.addEventListener("status", () => void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey }))
    return () => source.close()
  }, [pizzeriaId, key, queryClient])
  return live
}
