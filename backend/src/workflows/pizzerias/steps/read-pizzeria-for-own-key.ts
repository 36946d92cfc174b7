import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"
import { ownPublishableKeyId } from "@/pizzerias/own-publishable-key"

export type PizzeriaForOwnKey = { stock_location_id: string; name: string; sales_channel_id: string; metadata: Record<string, unknown> }

/** The pizzeria that gets its own publishable key: its name, channel and metadata; refused when it has one already (a revoked or deleted one is replaced). */
export const readPizzeriaForOwnKeyStep = createStep("read-pizzeria-for-own-key", async (input: { stock_location_id: string }, { container }) => {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "stock_location", fields: ["id", "name", "metadata", "sales_channels.id"], filters: { id: input.stock_location_id } })
  const location = data[0]
  const channelId = location?.sales_channels?.find((channel) => channel !== null)?.id
  if (!location || !channelId) throw new DomainError(404, "pizzeria_not_found", `No pizzeria with id ${input.stock_location_id}.`)
  const ownKeyId = ownPublishableKeyId(location.metadata)
  const [ownKey] = ownKeyId ? await container.resolve(Modules.API_KEY).listApiKeys({ id: ownKeyId }, { select: ["id", "revoked_at"] }) : []
  if (ownKey && !ownKey.revoked_at) {
    throw new DomainError(409, "own_key_exists", `${location.name} already has its own publishable key.`, { stock_location_id: location.id })
  }
  return new StepResponse<PizzeriaForOwnKey>({ stock_location_id: location.id, name: location.name, sales_channel_id: channelId, metadata: location.metadata ?? {} })
})
