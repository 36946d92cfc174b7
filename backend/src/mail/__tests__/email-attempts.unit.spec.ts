import { EMAIL_ATTEMPTS, attemptOf, nextEmailAttemptAt, resendKey } from "../email-attempts"
import { maskEmailAddress } from "../mask-email-address"

describe("e-mail attempts", () => {
  const at = new Date("2026-12-06T19:00:00Z")

  it("waits 1, 2, 4 then 8 minutes after each failure, and gives up after the fifth attempt", () => {
    const waits = [1, 2, 3, 4].map((attempt) => (nextEmailAttemptAt(attempt, at)!.getTime() - at.getTime()) / 60_000)
    expect(waits).toEqual([1, 2, 4, 8])
    expect(EMAIL_ATTEMPTS).toBe(5)
    expect(nextEmailAttemptAt(EMAIL_ATTEMPTS, at)).toBeNull()
  })

  it("keys each resend by the first send's key and the attempt, and reads the attempt back", () => {
    const first = { id: "noti_1", idempotency_key: "order-status:tkt_1:received", original_notification_id: null }
    expect(resendKey(first, 2)).toBe("order-status:tkt_1:received#2")
    expect(resendKey({ id: "noti_1", idempotency_key: null }, 3)).toBe("noti_1#3")
    expect(attemptOf(first)).toBe(1)
    expect(attemptOf({ original_notification_id: "noti_1", idempotency_key: resendKey(first, 4) })).toBe(4)
  })

  it("masks an address down to its first letter and domain", () => {
    expect(maskEmailAddress("client@example.test")).toBe("c***@example.test")
    expect(maskEmailAddress("not-an-address")).toBe("***")
  })
})
