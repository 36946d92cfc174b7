import { codedErrorBody } from "@oc-pizza/api-types"
import { belowMinimumOrder, pizzeriaClosed } from "../customer-refusals"

/** French typography's no-break spaces (before "€", ";" and ":"), compared as plain spaces. */
const plain = (text: string) => text.replace(/\s/g, " ")

describe("the checkout's refusals, in the customer's language", () => {
  it("below the minimum: what is missing, in the cart's currency, French or English", () => {
    const refusal = belowMinimumOrder(15, 10.5, "eur", { zone_id: "dz_1" })
    expect(refusal).toMatchObject({ status: 422, code: "below_min_order", details: { min_order: 15, missing: 4.5, currency_code: "eur", zone_id: "dz_1" } })
    expect(plain(codedErrorBody(refusal, "fr").message)).toBe("La livraison commence à 15,00 € ; il manque 4,50 €.")
    expect(codedErrorBody(refusal, "en").message).toBe("Delivery starts from €15.00; €4.50 to go.")
    // a store that renders MedusaErrors without us gets the English one
    expect(refusal.message).toBe("Delivery starts from €15.00; €4.50 to go.")
    expect(plain(codedErrorBody(belowMinimumOrder(20, 12, "chf"), "fr").message)).toBe("La livraison commence à 20,00 CHF ; il manque 8,00 CHF.")
  })

  it("closed: when it opens again, in the pizzeria's time zone", () => {
    const refusal = pizzeriaClosed("sloc_1", new Date("2026-12-08T10:00:00Z"), "Europe/Paris")
    expect(refusal.details).toEqual({ stock_location_id: "sloc_1", next_opening_at: "2026-12-08T10:00:00.000Z" })
    expect(plain(codedErrorBody(refusal, "fr").message)).toBe("La pizzeria est fermée ; elle rouvre mardi 8 décembre à 11:00.")
    expect(codedErrorBody(refusal, "en").message).toBe("The location is closed; it opens again on Tuesday 8 December at 11:00.")
    expect(codedErrorBody(pizzeriaClosed("sloc_1", null, "Europe/Paris"), "fr").message).toBe("La pizzeria est fermée.")
  })
})
