/** Progress lines for long commands: every phase says when it starts and how long it took. */

const started = Date.now()

export function elapsed(since: number = started): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`
}

export async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const begin = Date.now()
  console.log(`\n▶ ${name}`)
  try {
    const result = await work()
    console.log(`✔ ${name} (${elapsed(begin)})`)
    return result
  } catch (error) {
    console.log(`✘ ${name} failed after ${elapsed(begin)}`)
    throw error
  }
}

export function info(line: string): void {
  console.log(`  ${line}`)
}
