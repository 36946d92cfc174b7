/** An address as logs and the dashboard show it: enough to recognise (`c***@example.fr`), not enough to harvest. */
export function maskEmailAddress(address: string): string {
  const at = address.lastIndexOf("@")
  if (at < 1) return "***"
  return `${address[0]}***${address.slice(at)}`
}
