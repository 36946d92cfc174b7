import { useTranslation } from "react-i18next"

/**
 * A refusal in words: ours when the error names a code we translate (see
 * `errors` in i18n/json), else the API's own message. The js-sdk's
 * FetchError keeps the body's message and the status, not its code.
 */
export function useRefusalText(): (error: unknown) => string {
  const { t, i18n } = useTranslation("ocp")
  return (error) => {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
    if (typeof code === "string" && i18n.exists(`errors.${code}`, { ns: "ocp" })) return t(`errors.${code}`)
    return typeof message === "string" && message ? message : String(error)
  }
}
