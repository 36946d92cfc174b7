import type { Messages } from "@/lib/i18n/messages"

export type CheckoutFields = {
  mode: "delivery" | "pickup"
  email: string
  first_name: string
  last_name: string
  phone: string
  address_1: string
  postal_code: string
  city: string
  /** For the driver (delivery only, optional): shown on the driver's card and the kitchen ticket, nothing decides from them. */
  door_code: string
  floor: string
  note: string
  /** The slot chosen (ISO instant of its quarter hour), "" for as soon as possible. */
  scheduled_for: string
}
export type FieldErrors = Partial<Record<keyof CheckoutFields, string>>

/** The longest each instruction may be: the backend refuses longer ones (backend/src/orders/delivery-instructions.ts). */
export const INSTRUCTION_LIMITS = { door_code: 20, floor: 40, note: 200 } as const

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+?[0-9 .()-]{10,20}$/

/** The checkout form as typed, and what is missing or malformed, field by field. */
export function readCheckoutForm(formData: FormData, m: Messages): { fields: CheckoutFields; errors: FieldErrors } {
  const text = (name: string) => String(formData.get(name) ?? "").trim()
  const fields: CheckoutFields = {
    mode: text("mode") === "pickup" ? "pickup" : "delivery",
    email: text("email"),
    first_name: text("first_name"),
    last_name: text("last_name"),
    phone: text("phone"),
    address_1: text("address_1"),
    postal_code: text("postal_code"),
    city: text("city"),
    door_code: text("door_code"),
    floor: text("floor"),
    note: text("note"),
    scheduled_for: text("scheduled_for"),
  }
  const errors: FieldErrors = {}
  const required: (keyof CheckoutFields)[] = ["email", "first_name", "last_name", "phone"]
  if (fields.mode === "delivery") required.push("address_1", "postal_code", "city")
  for (const name of required) if (!fields[name]) errors[name] = m.required
  if (fields.email && !EMAIL.test(fields.email)) errors.email = m.invalidEmail
  if (fields.phone && !PHONE.test(fields.phone)) errors.phone = m.invalidPhone
  if (fields.mode === "delivery" && fields.postal_code && !/^\d{5}$/.test(fields.postal_code)) errors.postal_code = m.invalidPostalCode
  // only what the picker sends: an instant; the backend says whether the slot can be kept
  if (fields.scheduled_for && Number.isNaN(Date.parse(fields.scheduled_for))) fields.scheduled_for = ""
  if (fields.mode === "delivery") {
    for (const [name, max] of Object.entries(INSTRUCTION_LIMITS) as [keyof typeof INSTRUCTION_LIMITS, number][]) {
      if (fields[name].length > max) errors[name] = m.atMostChars.replace("{max}", String(max))
    }
  }
  return { fields, errors }
}
