export type Point = { lat: number; lng: number }
export type Bounds = { south: number; west: number; north: number; east: number }

/** The box around some points, with a margin, never thinner than ~1 km. */
export function boundsOf(points: Point[], margin = 0.15): Bounds {
  if (points.length === 0) return { south: 49.85, west: 2.25, north: 49.93, east: 2.36 }
  let south = Math.min(...points.map((p) => p.lat))
  let north = Math.max(...points.map((p) => p.lat))
  let west = Math.min(...points.map((p) => p.lng))
  let east = Math.max(...points.map((p) => p.lng))
  const padLat = Math.max((north - south) * margin, 0.005)
  const padLng = Math.max((east - west) * margin, 0.008)
  south -= padLat
  north += padLat
  west -= padLng
  east += padLng
  return { south, west, north, east }
}

/**
 * A flat projection for an offline map of a town: longitudes shrunk by
 * cos(latitude) so distances look right, y grows southwards like the screen.
 */
export function projection(bounds: Bounds, width: number) {
  const midLat = ((bounds.north + bounds.south) / 2) * (Math.PI / 180)
  const xSpan = (bounds.east - bounds.west) * Math.cos(midLat)
  const ySpan = bounds.north - bounds.south
  const scale = width / xSpan
  const height = ySpan * scale
  return {
    width,
    height,
    toScreen: (point: Point) => ({ x: (point.lng - bounds.west) * Math.cos(midLat) * scale, y: (bounds.north - point.lat) * scale }),
    toPoint: (x: number, y: number): Point => ({
      lat: Number((bounds.north - y / scale).toFixed(5)),
      lng: Number((bounds.west + x / (Math.cos(midLat) * scale)).toFixed(5)),
    }),
    /** Pixels for `km` kilometres on this map. */
    kmToPixels: (km: number) => (km / 111.32) * scale,
  }
}
