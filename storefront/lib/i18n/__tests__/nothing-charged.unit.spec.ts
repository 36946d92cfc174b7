import { messages } from "../messages"
import { saysNothingCharged, withNothingCharged } from "../nothing-charged"

describe("a refused card checkout whose hold the backend released", () => {
  it("is recognised from the backend's message, and only then", () => {
    expect(saysNothingCharged("Not enough stock for Reine. Nothing has been charged: the card hold is released.")).toBe(true)
    expect(saysNothingCharged("Your card was declined. Nothing has been charged: try another card, or choose to pay on delivery.")).toBe(true)
    expect(saysNothingCharged("The pizzeria is closed.")).toBe(false)
  })

  it("is recognised from the backend's flag first, whatever the message's words", () => {
    expect(saysNothingCharged("Plus assez de stock.", { card_hold_released: true })).toBe(true)
    expect(saysNothingCharged("The pizzeria is closed.", { card_hold_released: false })).toBe(false)
    expect(saysNothingCharged("Nothing was charged: the amount held on your card has been released.", {})).toBe(true)
  })

  it("says first, in French, that nothing was charged, where the shop's text for the refusal did not say it", () => {
    expect(withNothingCharged(messages.fr.errors.pizzeria_closed, messages.fr)).toBe("Rien n'a été débité. La pizzeria qui livre cette adresse est fermée en ce moment.")
    expect(withNothingCharged(messages.en.errors.delivery_fee_changed, messages.en)).toBe("Nothing was charged. The delivery fee has changed: check the new total.")
  })

  it("does not say it twice where the shop's text already does", () => {
    expect(withNothingCharged(messages.fr.errors.out_of_stock, messages.fr)).toBe(messages.fr.errors.out_of_stock)
    expect(withNothingCharged(messages.en.errors.payment_declined, messages.en)).toBe(messages.en.errors.payment_declined)
  })
})
