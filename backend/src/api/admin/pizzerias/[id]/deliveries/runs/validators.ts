import { z } from "@medusajs/framework/zod"

export const GetDriverRuns = z
  .object({
    /** A manager's choice of driver (a user id); a driver may only name themselves. */
    driver_id: z.string().min(1).optional(),
  })
  .strict()
export type GetDriverRunsType = z.infer<typeof GetDriverRuns>
