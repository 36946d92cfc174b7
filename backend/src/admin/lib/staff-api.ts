import { useEffect, useState } from "react"

/** An admin API refusal, with the code our pages translate (see `errorText`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string
  ) {
    super(message)
  }
}

/** Calls the admin API with the signed-in session. */
export async function staffApi<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = (await response.json().catch(() => ({}))) as { code?: string; type?: string; message?: string }
  if (!response.ok) throw new ApiError(response.status, body.code ?? body.type, body.message ?? `HTTP ${response.status}`)
  return body as T
}

export const postJson = <T,>(path: string, body: unknown) => staffApi<T>(path, { method: "POST", body: JSON.stringify(body) })

export type StaffRole = "admin" | "manager" | "pizzaiolo" | "driver" | "counter"
export type Me = { email: string; role: StaffRole; landing_page: string; pizzerias: { id: string; name: string }[]; preview: boolean }

/** Who is signed in: role, pizzerias, landing page. */
export function useStaff(): { staff?: Me; error?: ApiError } {
  const [state, setState] = useState<{ staff?: Me; error?: ApiError }>({})
  useEffect(() => {
    staffApi<{ staff: Me }>("/admin/staff/me").then(
      ({ staff }) => setState({ staff }),
      (error: ApiError) => setState({ error })
    )
  }, [])
  return state
}

/** The pizzeria a page works on: the member's choice, remembered on this device (a wall tablet stays on its pizzeria). */
export function usePizzeria(staff: Me | undefined): [string | undefined, (id: string) => void] {
  const [chosen, setChosen] = useState<string | undefined>(() => localStorage.getItem("ocp-pizzeria") ?? undefined)
  const ids = staff?.pizzerias.map((pizzeria) => pizzeria.id) ?? []
  const current = chosen && ids.includes(chosen) ? chosen : ids[0]
  const choose = (id: string) => {
    localStorage.setItem("ocp-pizzeria", id)
    setChosen(id)
  }
  return [current, choose]
}

/**
 * Calls `onChange` on every ticket change at the pizzeria, pushed by the
 * kitchen stream (the browser reconnects by itself); says whether it is live.
 */
export function useTicketStream(pizzeriaId: string | undefined, onChange: () => void): boolean {
  const [live, setLive] = useState(false)
  useEffect(() => {
    if (!pizzeriaId) return
    const source = new EventSource(`/admin/kitchen/stream?pizzeria_id=${encodeURIComponent(pizzeriaId)}`, { withCredentials: true })
    source.onopen = () => setLive(true)
    source.onerror = () => setLive(false)
    source.addEventListener("status", () => onChange())
    return () => source.close()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pizzeriaId])
  return live
}

/** Re-renders every `ms`, for timers on the boards. */
export function useNow(ms = 15_000): number {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}
