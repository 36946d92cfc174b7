import type { CreateOrderDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createHistoricOrdersStep } from "./steps/create-historic-orders"
import { linkHistoricPaymentsStep } from "./steps/link-historic-payments"
import { createHistoricPaymentCollectionsStep, type HistoricPayment } from "./steps/create-historic-payment-collections"

export const importHistoricOrdersWorkflowId = "import-legacy-orders"

export type HistoricOrderInput = { order: CreateOrderDTO; payment: HistoricPayment }

/**
 * Orders of the previous system as Medusa orders, completed or cancelled,
 * dated when they were delivered, each with the payment its invoice says,
 * all or none per batch. They reserve nothing and move no stock (the stock
 * was counted after them), emit no "order placed" (no kitchen ticket, no
 * e-mail), and, being completed or cancelled and long past, no repair job
 * takes them for orders waiting for the kitchen.
 */
export const importHistoricOrdersWorkflow = createWorkflow(importHistoricOrdersWorkflowId, (input: { orders: HistoricOrderInput[] }) => {
  const orders = createHistoricOrdersStep(transform({ input }, ({ input }) => input.orders.map((row) => row.order)))
  const collections = createHistoricPaymentCollectionsStep(transform({ input }, ({ input }) => input.orders.map((row) => row.payment)))
  linkHistoricPaymentsStep(
    transform({ orders, collections }, ({ orders, collections }) => orders.map((orderId, position) => ({ order_id: orderId, payment_collection_id: collections[position] })))
  )
  return new WorkflowResponse(orders)
})
