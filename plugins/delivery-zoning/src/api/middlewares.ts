import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetDeliveryZones, PostDeliveryZone, PostDeliveryZoneUpdate } from "./admin/delivery-zones/validators"
import { PostResolveDeliveryZone } from "./store/delivery-zones/resolve/validators"
import { GetAddressSuggestions } from "./store/delivery-zones/suggestions/validators"
import { ServiceHoursFields } from "../service-hours/service-hours-input"
import { refuseUndeliveredAddress } from "./store/shipping-options/[id]/calculate/refuse-undelivered-address"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/delivery-zones/resolve", methods: ["POST"], middlewares: [validateAndTransformBody(PostResolveDeliveryZone)] },
    { matcher: "/store/shipping-options/:id/calculate", methods: ["POST"], middlewares: [refuseUndeliveredAddress] },
    { matcher: "/store/delivery-zones/suggestions", methods: ["GET"], middlewares: [validateAndTransformQuery(GetAddressSuggestions, {})] },
    { matcher: "/admin/delivery-zones", methods: ["GET"], middlewares: [validateAndTransformQuery(GetDeliveryZones, {})] },
    { matcher: "/admin/delivery-zones", methods: ["POST"], middlewares: [validateAndTransformBody(PostDeliveryZone)] },
    { matcher: "/admin/delivery-zones/:id", methods: ["POST"], middlewares: [validateAndTransformBody(PostDeliveryZoneUpdate)] },
    {
      matcher: "/admin/stock-locations/:id/service-hours",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(ServiceHoursFields)],
    },
  ],
})
