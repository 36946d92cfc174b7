import { readAttemptLimits } from "../attempt-limits"
import { passwordWeakness } from "../password-policy"

describe("password policy", () => {
  it("asks for 10 characters, counted as a person counts them", () => {
    expect(passwordWeakness("court-9ch")).toBe("too_short")
    expect(passwordWeakness("une-pizza-svp")).toBeNull()
    // 10 accented letters are 10 characters, whatever their bytes
    expect(passwordWeakness("éàèùçéàèùç")).toBeNull()
    expect(passwordWeakness("🍕🍕🍕🍕🍕🍕🍕🍕🍕")).toBe("too_short")
  })

  it("refuses the common passwords of the shipped list, whatever their case", () => {
    expect(passwordWeakness("qwertyuiop")).toBe("common")
    expect(passwordWeakness("Password123")).toBe("common")
    expect(passwordWeakness("AZERTYUIOP")).toBe("common")
    expect(passwordWeakness("motdepasse123")).toBe("common")
    expect(passwordWeakness("1234567890")).toBe("common")
  })

  it("refuses the account's own e-mail or its name part", () => {
    expect(passwordWeakness("lea.dupont@example.test", "Lea.Dupont@example.test")).toBe("same_as_email")
    expect(passwordWeakness("lea.dupont", "lea.dupont@example.test")).toBe("same_as_email")
    expect(passwordWeakness("lea.dupont-2024", "lea.dupont@example.test")).toBeNull()
  })

  it("lets the demo and test passwords through", () => {
    for (const password of ["ocpizza-admin", "ocpizza-demo", "ocpizza-client", "a-long-password", "pizza-secret-1"]) expect(passwordWeakness(password)).toBeNull()
  })
})

describe("attempt limits", () => {
  it("defaults to 10 per account and 50 per address in 15 minutes", () => {
    expect(readAttemptLimits({})).toEqual({ account: 10, accountEverywhere: 100, ip: 50, windowSeconds: 900 })
  })

  it("reads the operator's values and refuses nonsense", () => {
    expect(readAttemptLimits({ OCP_AUTH_RATE_ACCOUNT: "5", OCP_AUTH_RATE_ACCOUNT_ALL: "40", OCP_AUTH_RATE_IP: "200", OCP_AUTH_RATE_WINDOW_SECONDS: "60" })).toEqual({
      account: 5,
      accountEverywhere: 40,
      ip: 200,
      windowSeconds: 60,
    })
    expect(() => readAttemptLimits({ OCP_AUTH_RATE_IP: "0" })).toThrow(/OCP_AUTH_RATE_IP/)
    expect(() => readAttemptLimits({ OCP_AUTH_RATE_ACCOUNT: "ten" })).toThrow(/OCP_AUTH_RATE_ACCOUNT/)
  })
})
