import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useQuery } from "@tanstack/react-query"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { PreviewBanner } from "../components/preview-banner"
import { sdk } from "../lib/sdk"

/** The dashboard's language detector keeps a choice in the `lng` cookie or localStorage; without one it would fall back to English. */
const hasChosenLanguage = () => window.localStorage.getItem("lng") !== null || document.cookie.split("; ").some((cookie) => cookie.startsWith("lng="))

/**
 * On the sign-in page: French first for a browser that never chose a
 * language (the chain's staff work in French; each person can switch in
 * their profile), and on the preview server a banner before anyone signs in.
 */
const PreviewOnLogin = () => {
  const { i18n } = useTranslation()
  useEffect(() => {
    if (!hasChosenLanguage()) void i18n.changeLanguage("fr")
  }, [i18n])
  const { data } = useQuery({
    queryKey: ["ocp", "health", "ready"],
    queryFn: () => sdk.client.fetch<{ preview?: boolean }>("/health/ready"),
  })
  return data?.preview ? <PreviewBanner /> : null
}

export const config = defineWidgetConfig({ zone: "login.before" })

export default PreviewOnLogin
