import { StockError } from "../errors/stock-error"

export type ManualMovementType = "receipt" | "waste" | "count" | "adjustment"

export type MovementChange = { delta: number; levelAfter: number; counted: number | null }

/**
 * How a movement changes a stocked quantity. A receipt adds, waste removes,
 * a count sets the level to what was counted (recording the difference), an
 * adjustment adds a signed correction. Stock never goes below what customers
 * already reserved.
 */
export function movementChange(type: ManualMovementType, quantity: number, stocked: number, reserved: number): MovementChange {
  if (!Number.isFinite(quantity)) {
    throw new StockError(400, "invalid_movement", "quantity must be a number")
  }
  if (type !== "adjustment" && quantity < 0) {
    throw new StockError(400, "invalid_movement", `quantity of a ${type} cannot be negative`)
  }
  if ((type === "receipt" || type === "waste") && quantity === 0) {
    throw new StockError(400, "invalid_movement", `quantity of a ${type} must be greater than zero`)
  }
  const delta = type === "receipt" ? quantity : type === "waste" ? -quantity : type === "count" ? quantity - stocked : quantity
  const levelAfter = stocked + delta
  if (levelAfter < reserved) {
    throw new StockError(409, "invalid_movement", `this ${type} would leave ${levelAfter} in stock, less than the ${reserved} already reserved by orders`, {
      stocked,
      reserved,
      level_after: levelAfter,
    })
  }
  return { delta, levelAfter, counted: type === "count" ? quantity : null }
}
