import type { Logger } from "@medusajs/framework/types"
import { distanceKm, type LatLng } from "../geo/geometry"
import { googleRoadDistance } from "../geocoding/google-maps"
import type { DeliveryZoningOptions } from "../options"

export type Ride = { minutes: number; distance_km: number; measured_by: "google" | "estimate" }

/**
 * How long the ride takes: Google's road time when a key is set and Google
 * answers, else the straight line × the road factor at the average speed.
 */
export async function rideMinutes(from: LatLng, to: LatLng, options: DeliveryZoningOptions, logger?: Pick<Logger, "warn">): Promise<Ride> {
  if (options.googleMapsApiKey) {
    try {
      const road = await googleRoadDistance(from, to, options.googleMapsApiKey, options.googleTimeoutMs)
      if (road) return { minutes: Math.ceil(road.duration_s / 60), distance_km: road.distance_m / 1000, measured_by: "google" }
    } catch (error) {
      logger?.warn(`delivery-zoning: road distance unavailable, estimating (${(error as Error).message})`)
    }
  }
  const km = distanceKm(from, to) * options.roadFactor
  return { minutes: Math.ceil((km / options.averageSpeedKmh) * 60), distance_km: km, measured_by: "estimate" }
}
