import type { TrackedPayment } from "@oc-pizza/api-types"
import { nextOnOrderPage, screenAfterConfirmation } from "../payment-after-change"

describe("the order page, at every visit", () => {
  const waiting: TrackedPayment = { status: "awaiting_card_confirmation", payment_collection_id: "pay_col_2", amount: 26, currency_code: "eur" }

  it("a changed card order's new amount still waiting for the card is not lost on a reload: the card step comes back for it", () => {
    expect(nextOnOrderPage(waiting, true, null)).toEqual({ next: "confirm_card", payment_collection_id: "pay_col_2", amount: 26 })
    // back from the bank's page with a declined card: the card step again, for another try
    expect(nextOnOrderPage(waiting, true, "declined")).toEqual({ next: "confirm_card", payment_collection_id: "pay_col_2", amount: 26 })
  })

  it("an order with nothing waiting, a pay-on-delivery one included, shows no card step", () => {
    expect(nextOnOrderPage(null, true, null)).toEqual({ next: "nothing_to_pay" })
    expect(nextOnOrderPage(null, true, "paid")).toEqual({ next: "nothing_to_pay" })
  })

  it("a payment the bank is still confirming is not asked for a second time", () => {
    expect(nextOnOrderPage(waiting, true, "pending")).toEqual({ next: "nothing_to_pay" })
  })

  it("a shop that takes no card sends the customer to the phone for the waiting amount", () => {
    expect(nextOnOrderPage(waiting, false, null)).toEqual({ next: "call_pizzeria" })
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
