import { clientNetworkOf } from "../client-network"

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
