import { MedusaService } from "@medusajs/framework/utils"
import { deliveryZoningOptionsSchema, type DeliveryZoningOptions } from "../../options"
import { DeliveryZone } from "./models/delivery-zone"
import { GeocodedAddress } from "./models/geocoded-address"
import { ServiceClosure } from "./models/service-closure"
import { ServiceLocation } from "./models/service-location"

/** CRUD over zones, the locations' hours and closures, and the geocoding cache; holds the plugin's options. */
export default class DeliveryZoningModuleService extends MedusaService({
  DeliveryZone,
  ServiceLocation,
  ServiceClosure,
  GeocodedAddress,
}) {
  protected readonly options_: DeliveryZoningOptions

  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(container, options)
    // the loader already refused bad options; Medusa adds its own database key
    const { database: _database, ...own } = options
    this.options_ = deliveryZoningOptionsSchema.parse(own)
  }

  getOptions(): DeliveryZoningOptions {
    return this.options_
  }
}
