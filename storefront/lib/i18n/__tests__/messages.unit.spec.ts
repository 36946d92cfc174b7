import { fill, formatPrice, messages } from "../messages"

/** Every key path of a nested text object: "errors.out_of_stock", "statuses.received", ... */
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
}

describe("the shop's texts", () => {
  it("say the same things in French and in English, none left empty", () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.fr).sort())
    for (const locale of ["fr", "en"] as const) {
      for (const path of keys(messages[locale])) {
        const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages[locale])
        expect([path, typeof text === "string" && text.trim().length > 0]).toEqual([path, true])
      }
    }
  })

  it("word every refusal code the backend sends at checkout", () => {
    const codes = [
      "outside_delivery_area",
      "address_not_found",
      "pizzeria_closed",
      "online_orders_paused",
      "out_of_stock",
      "dish_unavailable",
      "below_min_order",
      "delivery_fee_changed",
      "payment_declined",
      "stock_busy",
      "preparation_started",
      "order_busy",
    ]
    for (const code of codes) expect(Object.keys(messages.fr.errors)).toContain(code)
  })

  it("word the refusals of signing in and signing up", () => {
    for (const locale of ["fr", "en"] as const) for (const code of ["weak_password", "too_many_attempts"]) expect(Object.keys(messages[locale].errors)).toContain(code)
    expect(messages.fr.passwordHint).toMatch(/10 caractères/)
  })

  it("fill in their placeholders and leave unknown ones visible", () => {
    expect(fill(messages.fr.toMinimum, { amount: "1,50 €", min: "15 €" })).toBe("Il manque 1,50 € pour atteindre le minimum de 15 €.")
    expect(fill("{a} et {b}", { a: 1 })).toBe("1 et {b}")
  })

  it("space their punctuation the English way in English, the French way in French", () => {
    for (const path of keys(messages.en)) {
      const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages.en)
      // English sets no space before : ? ! ; (French puts a no-break one there)
      expect([path, /[\s\u00a0\u202f][:?!;]/.test(String(text))]).toEqual([path, false])
    }
    expect(messages.fr.allergensList).toBe("Allergènes\u00a0: {list}")
    expect(messages.en.allergensList).toBe("Allergens: {list}")
  })

  it("write prices the French and the English way", () => {
    expect(formatPrice(10.5, "fr").replace(/\s/g, " ")).toBe("10,50 €")
    expect(formatPrice(10.5, "en")).toBe("€10.50")
  })
})
