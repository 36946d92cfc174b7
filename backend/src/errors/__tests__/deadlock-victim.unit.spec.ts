import { isDeadlockVictim, runAgainIfDeadlockVictim } from "../deadlock-victim"

const deadlock = () => Object.assign(new Error("SELECT pg_advisory_xact_lock(1) - deadlock detected"), { code: "40P01", name: "DeadlockException" })

describe("runAgainIfDeadlockVictim", () => {
  it("tells a deadlock's victim from other failures", () => {
    expect(isDeadlockVictim(deadlock())).toBe(true)
    expect(isDeadlockVictim({ message: "deadlock detected" })).toBe(true)
    expect(isDeadlockVictim(new Error("Not enough stock"))).toBe(false)
    expect(isDeadlockVictim(undefined)).toBe(false)
  })

  it("runs a thrown victim again, and gives up after the attempts", async () => {
    let calls = 0
    await expect(runAgainIfDeadlockVictim(async () => (++calls < 4 ? Promise.reject(deadlock()) : "done"))).resolves.toBe("done")
    expect(calls).toBe(4)
    calls = 0
    await expect(runAgainIfDeadlockVictim(async () => (++calls, Promise.reject(deadlock())))).rejects.toMatchObject({ code: "40P01" })
    expect(calls).toBe(4)
  })

  it("pauses between tries, longer each time, so that two victims do not meet again at once", async () => {
    const at: number[] = []
    await runAgainIfDeadlockVictim(async () => (at.push(performance.now()), at.length < 3 ? Promise.reject(deadlock()) : "done"))
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(19)
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(39)
  })

  it("runs again an outcome that carries a victim's error, and never another failure", async () => {
    let calls = 0
    const outcome = await runAgainIfDeadlockVictim(
      async () => ({ errors: ++calls === 1 ? [deadlock()] : [] }),
      ({ errors }) => errors[0]
    )
    expect(outcome.errors).toEqual([])
    expect(calls).toBe(2)
    calls = 0
    await expect(runAgainIfDeadlockVictim(async () => (++calls, Promise.reject(new Error("refused"))))).rejects.toThrow("refused")
    expect(calls).toBe(1)
  })
})
