import { movementChange } from "../movement-change"

describe("movementChange", () => {
  it("adds receipts, removes waste, corrects with signed adjustments", () => {
    expect(movementChange("receipt", 500, 1000, 0)).toEqual({ delta: 500, levelAfter: 1500, counted: null })
    expect(movementChange("waste", 200, 1000, 0)).toEqual({ delta: -200, levelAfter: 800, counted: null })
    expect(movementChange("adjustment", -30, 1000, 0)).toEqual({ delta: -30, levelAfter: 970, counted: null })
  })

  it("sets the counted level and records the difference", () => {
    expect(movementChange("count", 940, 1000, 100)).toEqual({ delta: -60, levelAfter: 940, counted: 940 })
    expect(movementChange("count", 1000, 1000, 0)).toEqual({ delta: 0, levelAfter: 1000, counted: 1000 })
  })

  it.each([
    ["receipt", -1, /cannot be negative/],
    ["waste", 0, /greater than zero/],
    ["count", Number.NaN, /must be a number/],
  ] as const)("refuses a %s of %p", (type, quantity, message) => {
    expect(() => movementChange(type, quantity, 1000, 0)).toThrow(message)
  })

  it("never leaves less in stock than customers reserved", () => {
    expect(() => movementChange("waste", 950, 1000, 100)).toThrow(/less than the 100 already reserved/)
    expect(() => movementChange("count", 50, 1000, 100)).toThrow(expect.objectContaining({ status: 409, code: "invalid_movement" }))
  })
})
