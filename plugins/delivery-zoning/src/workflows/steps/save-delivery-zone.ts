import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_ZONING_MODULE } from "../../modules/delivery-zoning"
import type DeliveryZoningModuleService from "../../modules/delivery-zoning/service"
import type { ZoneFieldsInput } from "../../zoning/zone-input"

export const saveDeliveryZoneStepId = "save-delivery-zone"

type Saved = { id: string }
type Undo = { created?: string; previous?: Record<string, unknown> & { id: string } }

/** Creates or updates the zone; compensation deletes what was created or restores what was there. */
export const saveDeliveryZoneStep = createStep(
  saveDeliveryZoneStepId,
  async ({ id, zone }: { id?: string; zone: ZoneFieldsInput }, { container }) => {
    const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
    if (!id) {
      const created = await zoning.createDeliveryZones(zone)
      return new StepResponse<Saved, Undo>({ id: created.id }, { created: created.id })
    }
    const [previous] = await zoning.listDeliveryZones({ id }, { take: 1 })
    await zoning.updateDeliveryZones({ selector: { id }, data: zone })
    return new StepResponse<Saved, Undo>({ id }, { previous: previous as unknown as Undo["previous"] })
  },
  async (undo, { container }) => {
    if (!undo) return
    const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
    if (undo.created) await zoning.deleteDeliveryZones(undo.created)
    if (undo.previous) {
      const { id, created_at: _c, updated_at: _u, deleted_at: _d, raw_fee: _rf, raw_min_order: _rm, raw_free_delivery_threshold: _rt, ...fields } = undo.previous
      await zoning.updateDeliveryZones({ selector: { id }, data: fields as ZoneFieldsInput })
    }
  }
)
