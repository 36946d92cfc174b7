import type { CreateCustomerDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomersStep } from "@medusajs/medusa/core-flows"
import { createSignInIdentitiesStep } from "./steps/create-sign-in-identities"

export const importCustomersWorkflowId = "import-legacy-customers"

/** A customer to create: an e-mail always (it is their sign-in). */
export type ImportedCustomerInput = CreateCustomerDTO & { email: string }

/**
 * Customers of the previous system, with their addresses, all or none: each
 * with an account (`has_account`) whose sign-in has no password yet. No
 * "customer created" event: nobody is welcomed twice.
 */
export const importCustomersWorkflow = createWorkflow(importCustomersWorkflowId, (input: { customers: ImportedCustomerInput[] }) => {
  const customers = createCustomersStep(input.customers)
  createSignInIdentitiesStep(transform({ customers }, ({ customers }) => customers.map((customer) => ({ id: customer.id, email: customer.email! }))))
  return new WorkflowResponse(customers)
})
