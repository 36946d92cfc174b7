import { z } from "@medusajs/framework/zod"

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time "HH:MM"')
const day = z.array(z.tuple([time, time])).max(6)

/** A location's position, hours and exceptional closures, as the admin API takes them. */
export const ServiceHoursFields = z
  .object({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    timezone: z
      .string()
      .default("Europe/Paris")
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: zone })
          return true
        } catch {
          return false
        }
      }, "must be an IANA time zone such as Europe/Paris"),
    opening_hours: z.object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }).partial().strict(),
    closures: z
      .array(
        z
          .object({ starts_at: z.coerce.date(), ends_at: z.coerce.date(), reason: z.string().max(200).nullable().optional() })
          .strict()
          .refine((closure) => closure.ends_at > closure.starts_at, "ends_at must come after starts_at")
      )
      .max(100)
      .default([]),
  })
  .strict()

export type ServiceHoursInput = z.infer<typeof ServiceHoursFields>
