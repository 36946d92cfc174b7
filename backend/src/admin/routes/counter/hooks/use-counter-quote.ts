import { useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { retryServerErrors, sdk } from "../../../lib/sdk"
import type { Address } from "./use-counter-customer"
import type { Fulfilment } from "./use-place-counter-order"

/** GET /admin/pizzerias/:id/counter-quote (backend/src/counter/counter-quote.ts). */
export type CounterQuote = {
  fulfilment: Fulfilment
  orders_ahead: number
  ready_at: string
  eta: string
  ride_minutes: number | null
  quoted_at: string
}

/** The kitchen moves on: the time said to the caller is read again this often. */
const REQUOTE_MS = 30_000
/** An address being typed is quoted once the clerk pauses. */
const TYPING_MS = 600

/**
 * The time to quote to the caller, from the kitchen's queue now: a pickup's
 * ready time, or a delivery's arrival (its ride counted once the address is
 * complete).
 */
export function useCounterQuote(pizzeriaId: string, fulfilment: Fulfilment, address: Address | null) {
  const [settled, setSettled] = useState(address)
  const typed = JSON.stringify(address)
  useEffect(() => {
    // keyed on the address's content, not on its identity (a new object each render)
    const timer = setTimeout(() => setSettled(JSON.parse(typed) as Address | null), TYPING_MS)
    return () => clearTimeout(timer)
  }, [typed])
  const query = { fulfilment, ...(fulfilment === "delivery" && settled ? settled : {}) }
  return useQuery({
    queryKey: ["ocp", "counter-quote", pizzeriaId, query],
    queryFn: () => sdk.client.fetch<{ quote: CounterQuote }>(`/admin/pizzerias/${pizzeriaId}/counter-quote`, { query }),
    select: ({ quote }) => quote,
    refetchInterval: REQUOTE_MS,
    // the last quote stays while the address is retyped, never a pickup time shown for a delivery or back
    placeholderData: (previous, previousQuery) => ((previousQuery?.queryKey[3] as { fulfilment?: string } | undefined)?.fulfilment === fulfilment ? previous : undefined),
    retry: retryServerErrors,
  })
}
