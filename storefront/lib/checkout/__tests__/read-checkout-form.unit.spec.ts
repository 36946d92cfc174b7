import { messages } from "@/lib/i18n/messages"
import { readCheckoutForm } from "../read-checkout-form"

const m = messages.fr

function form(values: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(values)) data.set(name, value)
  return data
}

const contact = { email: "lea@example.test", first_name: "Léa", last_name: "Dupont", phone: "06 12 34 56 78" }

describe("readCheckoutForm", () => {
  it("asks for the address only when the pizzas are delivered", () => {
    expect(readCheckoutForm(form({ mode: "pickup", ...contact }), m).errors).toEqual({})
    expect(readCheckoutForm(form({ mode: "delivery", ...contact }), m).errors).toEqual({ address_1: m.required, postal_code: m.required, city: m.required })
  })

  it("names each malformed field in the customer's language", () => {
    const { errors } = readCheckoutForm(form({ mode: "delivery", ...contact, email: "lea@", phone: "12", address_1: "1 rue X", postal_code: "8000", city: "Amiens" }), m)
    expect(errors).toEqual({ email: m.invalidEmail, phone: m.invalidPhone, postal_code: m.invalidPostalCode })
    expect(readCheckoutForm(form({ mode: "pickup", ...contact, email: "" }), messages.en).errors).toEqual({ email: "This field is required." })
  })

  it("keeps what was typed, trimmed, and takes anything but pickup as delivery", () => {
    const { fields } = readCheckoutForm(form({ mode: "teleport", ...contact, email: "  lea@example.test " }), m)
    expect(fields).toMatchObject({ mode: "delivery", email: "lea@example.test", first_name: "Léa" })
  })

  it("keeps the driver's instructions optional and short, for a delivery only", () => {
    const address = { address_1: "1 rue X", postal_code: "80000", city: "Amiens" }
    const typed = readCheckoutForm(form({ mode: "delivery", ...contact, ...address, door_code: " B1234 ", floor: "3e", note: "Sonner" }), m)
    expect(typed.errors).toEqual({})
    expect(typed.fields).toMatchObject({ door_code: "B1234", floor: "3e", note: "Sonner" })
    const long = readCheckoutForm(form({ mode: "delivery", ...contact, ...address, door_code: "1".repeat(21), note: "x".repeat(201) }), m)
    expect(long.errors).toEqual({ door_code: "20 caractères au plus.", note: "200 caractères au plus." })
    expect(readCheckoutForm(form({ mode: "pickup", ...contact, note: "x".repeat(201) }), m).errors).toEqual({})
  })

  it("keeps a slot only when it is a time, and anything else as as soon as possible", () => {
    expect(readCheckoutForm(form({ mode: "pickup", ...contact, scheduled_for: "2026-12-08T18:30:00.000Z" }), m).fields.scheduled_for).toBe("2026-12-08T18:30:00.000Z")
    expect(readCheckoutForm(form({ mode: "pickup", ...contact, scheduled_for: "ce soir" }), m).fields.scheduled_for).toBe("")
    expect(readCheckoutForm(form({ mode: "pickup", ...contact }), m).fields.scheduled_for).toBe("")
  })
})
