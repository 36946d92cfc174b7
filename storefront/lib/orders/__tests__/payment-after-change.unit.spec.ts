import { nextAfterChange, screenAfterConfirmation, type PaymentAfterChange } from "../payment-after-change"

const cardWaiting: PaymentAfterChange = { payment_collection_id: "pay_col_2", amount: 26, provider_id: "pp_stripe_stripe", status: "awaiting_authorization" }

describe("after a customer changes their order", () => {
  it("a pay-on-delivery change, or one that moved no money, asks for nothing", () => {
    expect(nextAfterChange({ ...cardWaiting, provider_id: "pp_system_default", status: "authorized" }, true)).toEqual({ next: "nothing_to_pay" })
    expect(nextAfterChange(null, true)).toEqual({ next: "nothing_to_pay" })
  })

  it("a card order's new total is not left unconfirmed with the customer sent to the phone: the card step opens for it", () => {
    expect(nextAfterChange(cardWaiting, true)).toEqual({ next: "confirm_card", payment_collection_id: "pay_col_2", amount: 26 })
  })

  it("a shop that takes no card sends the customer to the phone rather than to a card form that cannot load", () => {
    expect(nextAfterChange(cardWaiting, false)).toEqual({ next: "call_pizzeria" })
  })
})

describe("after the customer confirmed the new amount by card", () => {
  it("an authorized payment is said to be confirmed", () => {
    expect(screenAfterConfirmation(null, "requires_capture")).toBe("paid")
  })

  it("a payment the bank is still processing is said to be on its way, not declined", () => {
    expect(screenAfterConfirmation({ status: 409, code: "payment_pending" }, "processing")).toBe("pending")
    expect(screenAfterConfirmation({ status: 409, code: "payment_pending" }, null)).toBe("pending")
    // a backend that reads a processing PaymentIntent at once calls it not authorized
    expect(screenAfterConfirmation({ status: 402, code: "payment_declined" }, "processing")).toBe("pending")
  })

  it("a declined card keeps the card form for another try", () => {
    expect(screenAfterConfirmation({ status: 402, code: "payment_declined" }, "requires_payment_method")).toBe("declined")
    expect(screenAfterConfirmation({ status: 402, code: "payment_declined" }, null)).toBe("declined")
  })

  it("any other refusal is said in its own words", () => {
    expect(screenAfterConfirmation({ status: 409, code: "preparation_started" }, "requires_capture")).toBe("refused")
    expect(screenAfterConfirmation({ status: 409, code: "payment_session_missing" }, null)).toBe("refused")
  })
})
