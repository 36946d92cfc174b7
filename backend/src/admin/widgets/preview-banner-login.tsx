import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useQuery } from "@tanstack/react-query"
import { PreviewBanner } from "../components/preview-banner"
import { sdk } from "../lib/sdk"

/** On the preview server, the sign-in page says so before anyone signs in. */
const PreviewOnLogin = () => {
  const { data } = useQuery({
    queryKey: ["ocp", "health", "ready"],
    queryFn: () => sdk.client.fetch<{ preview?: boolean }>("/health/ready"),
  })
  return data?.preview ? <PreviewBanner /> : null
}

export const config = defineWidgetConfig({ zone: "login.before" })

export default PreviewOnLogin
