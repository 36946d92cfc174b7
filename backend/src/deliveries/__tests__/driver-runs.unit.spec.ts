import { driverOfRunsFor, shiftsOf, type DriverRun } from "../read-driver-runs"

const run = (driver: string, paid_with: DriverRun["paid_with"], amount: number): DriverRun => ({
  ticket_id: `ktk_${Math.random()}`,
  order_id: "order_1",
  display_id: 1,
  delivered_at: "2026-12-06T19:00:00.000Z",
  address: "12 rue Delambre, 80000 Amiens",
  amount,
  currency_code: "eur",
  paid_with,
  driver: { id: driver, name: driver },
})

describe("shiftsOf", () => {
  it("sums each driver's runs by how they were paid; only the cash is handed over", () => {
    const shifts = shiftsOf([run("karim", "cash", 10.1), run("karim", "cash", 20.2), run("karim", "card_terminal", 15), run("lea", "online", 12), run("lea", "cash", 5)])
    expect(shifts).toEqual([
      { driver: { id: "karim", name: "karim" }, runs: 3, cash: 30.3, card_terminal: 15, online: 0, to_hand_over: 30.3 },
      { driver: { id: "lea", name: "lea" }, runs: 2, cash: 5, card_terminal: 0, online: 12, to_hand_over: 5 },
    ])
  })
})

describe("driverOfRunsFor", () => {
  it("gives a driver their own runs and refuses another driver's", () => {
    expect(driverOfRunsFor({ role: "driver" }, "user_karim", undefined)).toBe("user_karim")
    expect(driverOfRunsFor({ role: "driver" }, "user_karim", "user_karim")).toBe("user_karim")
    expect(() => driverOfRunsFor({ role: "driver" }, "user_karim", "user_lea")).toThrow(expect.objectContaining({ code: "other_driver", status: 403 }))
  })
  it("lets a manager see every driver, or the one named", () => {
    expect(driverOfRunsFor({ role: "manager" }, "user_manager", undefined)).toBeNull()
    expect(driverOfRunsFor({ role: "manager" }, "user_manager", "user_lea")).toBe("user_lea")
  })
})
