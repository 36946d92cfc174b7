import { fireInstant } from "../fire-ahead"

describe("fireInstant", () => {
  const now = new Date("2026-12-07T18:00:00Z")

  it("is now when no instant is asked", () => {
    expect(fireInstant(undefined, { NODE_ENV: "production" }, now)).toBe(now)
  })

  it("moves the kitchen's clock anywhere in the demo and the tests", () => {
    for (const NODE_ENV of ["demo", "test", "development"]) {
      expect(fireInstant("2026-12-08T18:15:00Z", { NODE_ENV }, now).toISOString()).toBe("2026-12-08T18:15:00.000Z")
    }
  })

  it("keeps production, and any process not named demo or test, on the server's clock, a minute's skew aside", () => {
    expect(fireInstant("2026-12-07T18:00:30Z", { NODE_ENV: "production" }, now).toISOString()).toBe("2026-12-07T18:00:30.000Z")
    for (const env of [{ NODE_ENV: "production" }, { NODE_ENV: "demo", ENV: "production" }, {}, { NODE_ENV: "prod" }]) {
      expect(() => fireInstant("2026-12-08T18:15:00Z", env, now)).toThrow(expect.objectContaining({ code: "clock_is_real", status: 403 }))
    }
  })
})
