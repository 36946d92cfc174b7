/** Polls `probe` every `intervalMs` until it gives a value (anything but undefined, null or false), or fails naming what it waited for. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    const value = await probe()
    if (value !== undefined && value !== null && value !== false) return value
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
}
