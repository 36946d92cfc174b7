import { useTranslation } from "react-i18next"

/**
 * A refusal in words: ours when the error names a code we translate (see
 * `errors` in i18n/json), else the API's own message. The js-sdk's
 * FetchError keeps only the body's message, the status and the status text:
 * a code reaches us as `code` on our own errors, or as the status text when
 * the API sends it as the HTTP reason phrase.
 */
export function useRefusalText(): (error: unknown) => string {
  const { t, i18n } = useTranslation("ocp")
  return (error) => {
    const { code, statusText, message } = (error ?? {}) as { code?: unknown; statusText?: unknown; message?: unknown }
    const known = [code, statusText].find((candidate): candidate is string => typeof candidate === "string" && i18n.exists(`errors.${candidate}`, { ns: "ocp" }))
    if (known) return t(`errors.${known}`)
    return typeof message === "string" && message ? message : String(error)
  }
}
