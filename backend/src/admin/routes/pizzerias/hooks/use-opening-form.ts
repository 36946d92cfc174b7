import { useState } from "react"

export const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
export type Day = (typeof DAYS)[number]
export type OpeningFields = { name: string; handle: string; address_1: string; postal_code: string; city: string; phone: string; lat: string; lng: string; manager: string }
export type Hours = { lunchFrom: string; lunchTo: string; dinnerFrom: string; dinnerTo: string }
export type OpeningRequest = {
  name: string
  handle: string
  address: { address_1: string; postal_code: string; city: string; country_code: "fr"; phone?: string }
  location: { lat: number; lng: number }
  opening_hours: Record<Day, [string, string][]>
  staff?: { email: string; role: "manager" }[]
}

/** The short id proposed from the name: "OC Pizza Amiens Centre" → "amiens-centre" (the API checks it is free). */
const handleOf = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^oc pizza\s+/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

/** The opening form as typed, and the request it makes (the same hours on every open day). */
export function useOpeningForm() {
  const [fields, setFields] = useState<OpeningFields>({ name: "OC Pizza ", handle: "", address_1: "", postal_code: "", city: "", phone: "", lat: "", lng: "", manager: "" })
  const [days, setDays] = useState<Day[]>(["tue", "wed", "thu", "fri", "sat", "sun"])
  const [hours, setHours] = useState<Hours>({ lunchFrom: "11:30", lunchTo: "14:00", dinnerFrom: "18:00", dinnerTo: "22:30" })

  const setField = (key: keyof OpeningFields, value: string) => setFields({ ...fields, [key]: value, ...(key === "name" ? { handle: handleOf(value) } : {}) })
  const setDay = (day: Day, open: boolean) => setDays(open ? [...days, day] : days.filter((other) => other !== day))
  const request = (): OpeningRequest => {
    const ranges = (
      [
        [hours.lunchFrom, hours.lunchTo],
        [hours.dinnerFrom, hours.dinnerTo],
      ] as [string, string][]
    ).filter(([from, to]) => from && to)
    return {
      name: fields.name.trim(),
      handle: fields.handle,
      address: { address_1: fields.address_1, postal_code: fields.postal_code, city: fields.city, country_code: "fr", ...(fields.phone ? { phone: fields.phone } : {}) },
      location: { lat: Number(fields.lat), lng: Number(fields.lng) },
      opening_hours: Object.fromEntries(DAYS.map((day) => [day, days.includes(day) ? ranges : []])) as Record<Day, [string, string][]>,
      ...(fields.manager ? { staff: [{ email: fields.manager, role: "manager" as const }] } : {}),
    }
  }
  return { fields, setField, days, setDay, hours, setHours, request }
}
