import { StoreApiError } from "@/lib/medusa/client"
import { refusal } from "../error-text"
import { messages } from "../messages"

describe("a checkout refusal in the customer's words", () => {
  it("says first, in French, that nothing was charged when the backend released the card's hold", () => {
    const closed = new StoreApiError(409, "pizzeria_closed", "The pizzeria is closed. Nothing has been charged: the card's hold is released.")
    expect(refusal(closed, messages.fr, "fr")).toEqual({ code: "pizzeria_closed", message: "Rien n'a été débité. La pizzeria qui livre cette adresse est fermée en ce moment." })
    expect(refusal(closed, messages.en, "en").message).toBe("Nothing was charged. The pizzeria that delivers this address is closed right now.")
  })

  it("does not claim it when the backend does not say so", () => {
    const closed = new StoreApiError(409, "pizzeria_closed", "The pizzeria is closed.")
    expect(refusal(closed, messages.fr, "fr").message).toBe("La pizzeria qui livre cette adresse est fermée en ce moment.")
  })
})
