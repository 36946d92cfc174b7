import { SuggestionBudget } from "../suggestion-budget"

describe("SuggestionBudget", () => {
  it("allows the configured number of geocoder calls in a second, then none until the next second", () => {
    const budget = new SuggestionBudget(3)
    const second = 1_000_000
    expect([0, 100, 200, 300, 999].map((ms) => budget.take(second + ms))).toEqual([true, true, true, false, false])
    expect(budget.take(second + 1000)).toBe(true)
  })

  it("allows none at 0", () => {
    expect(new SuggestionBudget(0).take()).toBe(false)
  })
})
