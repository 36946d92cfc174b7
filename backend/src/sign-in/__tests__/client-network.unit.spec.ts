import { clientAddressOf, clientNetworkOf, trustedProxies } from "../client-network"

describe("client network", () => {
  it("keeps IPv4 addresses, mapped or not", () => {
    expect(clientNetworkOf("203.0.113.7")).toBe("203.0.113.7")
    expect(clientNetworkOf("::ffff:203.0.113.7")).toBe("203.0.113.7")
  })

  it("groups IPv6 addresses by their /64, however they are written", () => {
    expect(clientNetworkOf("2001:db8:aa:1::1")).toBe("2001:db8:aa:1::/64")
    expect(clientNetworkOf("2001:0DB8:00aa:0001:dead:beef:0:1")).toBe("2001:db8:aa:1::/64")
    expect(clientNetworkOf("2001:db8::5")).toBe("2001:db8:0:0::/64")
    expect(clientNetworkOf("::1")).toBe("0:0:0:0::/64")
    expect(clientNetworkOf("fe80::1%eth0")).toBe("fe80:0:0:0::/64")
  })

  it("passes anything else through as its own key", () => {
    expect(clientNetworkOf("unknown")).toBe("unknown")
  })
})

describe("clientAddressOf", () => {
  const none = trustedProxies({})

  it("takes the connection's peer when nothing stands in front, whatever the client wrote", () => {
    expect(clientAddressOf("203.0.113.7", undefined, none)).toBe("203.0.113.7")
    expect(clientAddressOf("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7")
  })

  it("behind nginx on the same host, takes the address nginx appended", () => {
    expect(clientAddressOf("127.0.0.1", "203.0.113.7", none)).toBe("203.0.113.7")
    // a client that wrote its own header first: nginx appends the real one after it
    expect(clientAddressOf("::ffff:127.0.0.1", "198.51.100.1, 203.0.113.7", none)).toBe("203.0.113.7")
  })

  it("believes the shop's forwarded shopper only when the shop is trusted", () => {
    // shopper → shop (10.0.0.5) → nginx (loopback) → API
    expect(clientAddressOf("127.0.0.1", "203.0.113.7, 10.0.0.5", none)).toBe("10.0.0.5")
    expect(clientAddressOf("127.0.0.1", "203.0.113.7, 10.0.0.5", trustedProxies({ OCP_TRUSTED_PROXIES: "10.0.0.0/8" }))).toBe("203.0.113.7")
    expect(clientAddressOf("127.0.0.1", "203.0.113.7, 192.0.2.10", trustedProxies({ OCP_TRUSTED_PROXIES: "192.0.2.10, 10.1.0.0/16" }))).toBe("203.0.113.7")
  })

  it("refuses a trusted proxy setting it cannot read", () => {
    expect(() => trustedProxies({ OCP_TRUSTED_PROXIES: "shop.internal" })).toThrow(/OCP_TRUSTED_PROXIES/)
  })
})
