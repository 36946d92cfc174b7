import { normalizePhone } from "../normalize-phone"

describe("normalizePhone", () => {
  it.each([
    ["06 12 34 56 78", "+33612345678"],
    ["06.12.34.56.78", "+33612345678"],
    ["+33 6 12 34 56 78", "+33612345678"],
    ["0033612345678", "+33612345678"],
    ["+32 470 12 34 56", "+32470123456"],
  ])("reads %s as %s", (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })

  it.each(["", "pizza", "12", "612345678", "06 12 34 56"])("refuses %p", (raw) => {
    expect(normalizePhone(raw)).toBeUndefined()
  })
})
