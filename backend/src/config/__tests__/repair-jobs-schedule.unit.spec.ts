import { EVERY_MINUTE, repairJobsSchedule } from "../repair-jobs-schedule"

describe("repairJobsSchedule", () => {
  it("is every minute unless OCP_REPAIR_JOBS_SCHEDULE says otherwise", () => {
    expect(repairJobsSchedule({})).toBe(EVERY_MINUTE)
    expect(repairJobsSchedule({ OCP_REPAIR_JOBS_SCHEDULE: " " })).toBe("* * * * *")
    expect(repairJobsSchedule({ OCP_REPAIR_JOBS_SCHEDULE: "*/5 * * * *" })).toBe("*/5 * * * *")
    expect(repairJobsSchedule({ OCP_REPAIR_JOBS_SCHEDULE: "*/2 * * * * *" })).toBe("*/2 * * * * *")
  })

  it("refuses what is not a cron expression, naming the variable", () => {
    expect(() => repairJobsSchedule({ OCP_REPAIR_JOBS_SCHEDULE: "30s" })).toThrow(/OCP_REPAIR_JOBS_SCHEDULE is "30s": use a cron expression/)
  })
})
