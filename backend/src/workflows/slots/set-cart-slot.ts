import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkCartSlotStep } from "./steps/check-cart-slot"
import { writeCartSlotStep } from "./steps/write-cart-slot"

export const setCartSlotWorkflowId = "set-cart-slot"

/**
 * A customer books a slot for their cart (or goes back to "as soon as
 * possible" with null; an ISO time: workflow inputs cross as JSON): checked against the cart's pizzeria (open then, not
 * too soon, room for the cart's pizzas), then kept where only this workflow
 * writes it. Checkout checks it again, and the ticket books it under the
 * pizzeria's slot lock.
 */
export const setCartSlotWorkflow = createWorkflow(setCartSlotWorkflowId, (input: { cart_id: string; scheduled_for: string | null }) => {
  checkCartSlotStep(input)
  writeCartSlotStep(input)
  return new WorkflowResponse(input)
})
