import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useEffect, useState } from "react"
import { PreviewBanner } from "../components/staff-page"

/** On the preview server, the sign-in page says so before anyone signs in. */
const PreviewOnLogin = () => {
  const [preview, setPreview] = useState(false)
  useEffect(() => {
    fetch("/health/ready").then(async (response) => setPreview(Boolean(((await response.json()) as { preview?: boolean }).preview)), () => undefined)
  }, [])
  return preview ? <PreviewBanner /> : null
}

export const config = defineWidgetConfig({ zone: "login.before" })

export default PreviewOnLogin
