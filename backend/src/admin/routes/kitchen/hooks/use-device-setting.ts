import { useState } from "react"

/** A yes/no setting of this device (the kitchen tablet and its printer), kept in the browser. */
export function useDeviceSetting(name: string): [boolean, (value: boolean) => void] {
  const key = `ocp-kitchen-${name}`
  const [value, setValue] = useState(() => localStorage.getItem(key) === "1")
  const set = (next: boolean) => {
    localStorage.setItem(key, next ? "1" : "0")
    setValue(next)
  }
  return [value, set]
}
