import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"

export const readCounterPizzeriaStepId = "read-counter-pizzeria"

export type CounterAddress = { address_1: string; postal_code: string; city: string }

export type CounterPizzeria = { sales_channel_id: string; region_id: string; address: CounterAddress }

/** The pizzeria taking the order: its channel, France's region, and its address (a pickup's). */
export const readCounterPizzeriaStep = createStep(readCounterPizzeriaStepId, async (input: { stock_location_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "address.address_1", "address.postal_code", "address.city", "sales_channels.id"],
    filters: { id: input.stock_location_id },
  })
  const channel = data[0]?.sales_channels?.[0]
  if (!data[0] || !channel) throw new DomainError(404, "pizzeria_not_found", `Pizzeria ${input.stock_location_id} does not exist.`)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { countries: { iso_2: "fr" } } })
  if (!regions[0]) throw new DomainError(409, "no_region", "No region serves France: the chain's setup is incomplete.")
  const address = data[0].address
  return new StepResponse<CounterPizzeria>({
    sales_channel_id: channel.id,
    region_id: regions[0].id,
    address: { address_1: address?.address_1 ?? "", postal_code: address?.postal_code ?? "", city: address?.city ?? "" },
  })
})
