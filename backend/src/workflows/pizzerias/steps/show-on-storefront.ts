import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The storefront's publishable keys now cover the pizzeria's sales channel. */
export const showOnStorefrontStep = createStep(
  "show-on-storefront",
  async (input: { sales_channel_id: string; publishable_key_ids: string[] }, { container }) => {
    const links = input.publishable_key_ids.map((id) => ({ [Modules.API_KEY]: { publishable_key_id: id }, [Modules.SALES_CHANNEL]: { sales_channel_id: input.sales_channel_id } }))
    if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(undefined, links)
  },
  async (links, { container }) => {
    if (links?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
