import { useState } from "react"
import type { Me } from "./use-staff"

const STORAGE_KEY = "ocp-pizzeria"

/** The pizzeria a page works on: the member's choice, remembered on this device (a wall tablet stays on its pizzeria). */
export function usePizzeria(staff: Me | undefined): [string | undefined, (id: string) => void] {
  const [chosen, setChosen] = useState<string | undefined>(() => localStorage.getItem(STORAGE_KEY) ?? undefined)
  const ids = staff?.pizzerias.map((pizzeria) => pizzeria.id) ?? []
  const current = chosen && ids.includes(chosen) ? chosen : ids[0]
  const choose = (id: string) => {
    localStorage.setItem(STORAGE_KEY, id)
    setChosen(id)
  }
  return [current, choose]
}
