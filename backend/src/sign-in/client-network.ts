import { isIP, isIPv4, isIPv6 } from "node:net"
import { MedusaError } from "@medusajs/framework/utils"

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
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`
}

/**
 * The client's address for the sign-in limits: walking back from the
 * connection's peer through X-Forwarded-For, the first hop that is not a
 * proxy we trust. Only loopback is trusted by default (nginx and the shop on
 * the API's own host, deploy/nginx/oc-pizza.conf); `OCP_TRUSTED_PROXIES` adds
 * addresses or IPv4 /n networks (a shop or proxy on another host). A client
 * that writes X-Forwarded-For itself is therefore counted by its own address,
 * never by what it wrote; Express's `req.ip` (one hop trusted, whoever sent it)
 * would take the header as written when nothing stands in front.
 */
export function clientAddressOf(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted = trustedProxies()): string {
  const hops = [forwardedFor]
    .flat()
    .flatMap((header) => (header ?? "").split(","))
    .map((hop) => hop.trim())
    .filter(Boolean)
  if (peer) hops.push(peer)
  for (let index = hops.length - 1; index >= 0; index--) {
    if (!isTrusted(hops[index], trusted)) return hops[index]
  }
  return hops[0] ?? "unknown"
}

type Trusted = { exact: Set<string>; networks: [number, number][] }

export function trustedProxies(env: NodeJS.ProcessEnv = process.env): Trusted {
  const exact = new Set<string>()
  const networks: [number, number][] = []
  for (const entry of (env.OCP_TRUSTED_PROXIES ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split("/")
    const value = ipv4Value(address)
    if (bits !== undefined && value !== undefined && Number(bits) >= 0 && Number(bits) <= 32) {
      const mask = Number(bits) === 0 ? 0 : (~0 << (32 - Number(bits))) >>> 0
      networks.push([(value & mask) >>> 0, mask])
    } else if (isIP(address) && bits === undefined) {
      exact.add(normalized(address))
    } else {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `OCP_TRUSTED_PROXIES: "${entry}" is neither an address nor an IPv4 network such as 10.0.0.0/8.`)
    }
  }
  return { exact, networks }
}

function isTrusted(hop: string, trusted: Trusted): boolean {
  const address = normalized(hop)
  if (address === "::1" || address.startsWith("127.")) return true
  if (trusted.exact.has(address)) return true
  const value = ipv4Value(address)
  return value !== undefined && trusted.networks.some(([network, mask]) => (value & mask) >>> 0 === network)
}

const normalized = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").toLowerCase()

function ipv4Value(address: string): number | undefined {
  if (!isIPv4(address)) return undefined
  return address.split(".").reduce((value, octet) => ((value << 8) | Number(octet)) >>> 0, 0)
}
