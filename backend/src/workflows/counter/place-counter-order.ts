import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findOrCreateCounterCustomerStep, type CounterCustomer } from "./steps/find-or-create-counter-customer"
import { placeCounterCartStep, type CounterOrderInput } from "./steps/place-counter-cart"

export const placeCounterOrderWorkflowId = "place-counter-order"

export type PlaceCounterOrderInput = Omit<CounterOrderInput, "customer"> & { customer: CounterCustomer }

/** A phone or counter order at one pizzeria: the customer found by phone (or created), then the same checkout as the web. */
export const placeCounterOrderWorkflow = createWorkflow(placeCounterOrderWorkflowId, (input: PlaceCounterOrderInput) => {
  const customer = findOrCreateCounterCustomerStep(input.customer)
  const placed = placeCounterCartStep(
    transform({ input, customer }, ({ input, customer }) => ({
      stock_location_id: input.stock_location_id,
      customer: { id: customer.id, email: customer.email, phone: customer.phone, first_name: input.customer.first_name, last_name: input.customer.last_name },
      items: input.items,
      fulfilment: input.fulfilment,
      address: input.address,
    }))
  )
  return new WorkflowResponse(transform({ placed, customer }, ({ placed, customer }) => ({ ...placed, customer_id: customer.id, customer_created: customer.created })))
})
