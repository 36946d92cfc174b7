import { isIPv6 } from "node:net"

/**
 * The budget key of a client address: an IPv4 address as it is (IPv4-mapped
 * IPv6 included), an IPv6 address by its /64 network, since one customer
 * line holds a whole /64 and could otherwise change address at each guess.
 */
export function clientNetworkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]
  if (!isIPv6(address)) return address
  const [head, tail = ""] = address.split("%")[0].split("::")
  const left = head ? head.split(":") : []
  const right = address.includes("::") && tail ? tail.split(":") : []
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left
  return `${groups.slice(0, 4).map((group) => group.toLowerCase().replace(/^0+(?=.)/, "")).join(":")}::/64`
}
