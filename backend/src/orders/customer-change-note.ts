/**
 * The internal note of the order changes the customer's change
 * (backend/src/workflows/orders/modify-customer-order.ts) opens. It tells
 * them apart from a manager's edit begun in the admin (Medusa's own route,
 * no note or the manager's), which may stay open for minutes while the
 * manager works on it and is never cancelled by the repair
 * (repair-abandoned-order-edits.ts).
 */
export const CUSTOMER_CHANGE_NOTE = "Opened by the customer's change from the shop; cancelled automatically if left open."

/** Medusa's OrderChangeDTO type leaves `internal_note` out, though the order module returns it when selected. */
export const isCustomerChange = (change: object): boolean => "internal_note" in change && change.internal_note === CUSTOMER_CHANGE_NOTE
