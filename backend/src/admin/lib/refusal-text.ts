import type { TFunction } from "i18next"

/**
 * A refusal in words: ours when the error names a code we translate (see
 * `errors` in i18n/json), else the API's own message. The js-sdk's FetchError
 * keeps the body's message and the status, not its code.
 */
export function refusalText(error: unknown, t: TFunction<"ocp">): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  if (typeof code === "string" && t(`errors.${code}`, { defaultValue: "" })) return t(`errors.${code}`)
  return typeof message === "string" && message ? message : String(error)
}
