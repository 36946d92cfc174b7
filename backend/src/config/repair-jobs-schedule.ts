import { MedusaError } from "@medusajs/framework/utils"

/**
 * When the repair jobs of src/jobs run (expired locks, missing kitchen
 * tickets, missing reservations): every minute, unless
 * OCP_REPAIR_JOBS_SCHEDULE names another cron expression. Six fields put
 * seconds first: the crash tests run them every two seconds, so that what a
 * killed process left is repaired in seconds. Read once, when the jobs load.
 */
export const EVERY_MINUTE = "* * * * *"

export function repairJobsSchedule(env: Record<string, string | undefined> = process.env): string {
  const schedule = env.OCP_REPAIR_JOBS_SCHEDULE?.trim()
  if (!schedule) return EVERY_MINUTE
  const fields = schedule.split(/\s+/).length
  if (fields !== 5 && fields !== 6) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `OCP_REPAIR_JOBS_SCHEDULE is "${schedule}": use a cron expression of five fields (minute hour day month weekday), or six with seconds first, or leave it unset for every minute.`
    )
  }
  return schedule
}
