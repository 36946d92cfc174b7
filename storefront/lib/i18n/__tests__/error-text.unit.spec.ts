import { StoreApiError } from "@/lib/medusa/client"
import { refusal } from "../error-text"
import { messages } from "../messages"

describe("a checkout refusal in the customer's words", () => {
  it("says first, in French, that nothing was charged when the backend released the card's hold", () => {
    // the backend's words (backend/src/payments/checkout-refusal.ts)
    const closed = new StoreApiError(409, "pizzeria_closed", "The pizzeria is closed. Nothing was charged: the amount held on your card has been released.")
    expect(refusal(closed, messages.fr, "fr")).toEqual({ code: "pizzeria_closed", message: "Rien n'a été débité. La pizzeria qui livre cette adresse est fermée en ce moment." })
    expect(refusal(closed, messages.en, "en").message).toBe("Nothing was charged. The pizzeria that delivers this address is closed right now.")
  })

  it("a payment the bank is still confirming at checkout asks to try again, without saying twice that nothing was charged", () => {
    const pending = new StoreApiError(
      409,
      "payment_pending",
      "Your bank is still confirming this payment: it is not authorized yet and nothing has been charged. Try again in a moment."
    )
    expect(refusal(pending, messages.fr, "fr").message).toBe("Votre banque confirme encore ce paiement : rien n'a encore été débité. Réessayez dans un instant.")
  })

  it("does not claim it when the backend does not say so", () => {
    const closed = new StoreApiError(409, "pizzeria_closed", "The pizzeria is closed.")
    expect(refusal(closed, messages.fr, "fr").message).toBe("La pizzeria qui livre cette adresse est fermée en ce moment.")
  })
})

describe("an address refusal in the customer's words", () => {
  it("says 'not found' and 'outside our zones' apart, and asks to choose when the address is ambiguous", () => {
    const notFound = refusal(new StoreApiError(422, "address_not_found", "No such address."), messages.fr, "fr")
    expect(notFound).toEqual({ code: "address_not_found", message: "Nous ne trouvons pas cette adresse. Vérifiez-la ou ajoutez le code postal." })
    expect(refusal(new StoreApiError(422, "outside_delivery_area", "Outside."), messages.fr, "fr").message).toMatch(/^Cette adresse est en dehors de nos zones de livraison\./)
    expect(refusal(new StoreApiError(422, "address_ambiguous", "Several.", { candidates: [] }), messages.en, "en").message).toBe("Several addresses match: choose yours.")
  })
})
