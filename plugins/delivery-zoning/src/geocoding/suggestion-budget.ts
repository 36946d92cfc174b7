/**
 * How many geocoder calls the address search may still make this second, in
 * this process. Suggestions are asked at every pause in typing, by anyone
 * holding the publishable key; the geocoder's quota (the Base Adresse
 * Nationale's per-address rate limit, Google's bill) must stay for the
 * lookups that place an order. Beyond the budget the search answers from the
 * gazetteer and the offline data alone.
 */
export class SuggestionBudget {
  private second = 0
  private spent = 0

  constructor(private readonly perSecond: number) {}

  /** True, and counted, when one more call fits in the current second. */
  take(now = Date.now()): boolean {
    const second = Math.floor(now / 1000)
    if (second !== this.second) {
      this.second = second
      this.spent = 0
    }
    if (this.spent >= this.perSecond) return false
    this.spent++
    return true
  }
}

const budgets = new Map<number, SuggestionBudget>()

/** The process's budget for a rate (one per configured rate, so tests with other options get their own). */
export function suggestionBudgetOf(perSecond: number): SuggestionBudget {
  let budget = budgets.get(perSecond)
  if (!budget) budgets.set(perSecond, (budget = new SuggestionBudget(perSecond)))
  return budget
}
