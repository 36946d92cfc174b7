import { z } from "@medusajs/framework/zod"

/** Query of GET /store/delivery-zones/suggestions: the text typed so far, and how many answers. */
export const GetAddressSuggestions = z
  .object({
    q: z
      .string({ message: "q is required: the address typed so far" })
      .trim()
      .min(3, { message: "q needs at least 3 characters" })
      .max(200, { message: "q takes at most 200 characters" }),
    limit: z.coerce
      .number({ message: "limit must be a whole number from 1 to 10" })
      .int({ message: "limit must be a whole number from 1 to 10" })
      .min(1, { message: "limit must be a whole number from 1 to 10" })
      .max(10, { message: "limit must be a whole number from 1 to 10" })
      .default(5),
  })
  .strict()

export type GetAddressSuggestionsType = z.infer<typeof GetAddressSuggestions>
