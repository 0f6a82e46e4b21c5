/// Which peers may tell Samordna the client's address in `X-Forwarded-For`
/// (`SAMORDNA_TRUSTED_PROXIES`): a load balancer in front of several app servers. Without the
/// setting the header is ignored, since any client can send it.
public struct TrustedProxies: Sendable, Equatable {
    public let networks: [IPNetwork]

    public init(_ networks: [IPNetwork] = []) {
        self.networks = networks
    }

    /// A comma-separated list of addresses and CIDR networks, e.g. `10.0.0.0/8, 192.0.2.7, ::1`.
    public static func parse(_ text: String) -> Result<TrustedProxies, ParseError> {
        var networks: [IPNetwork] = []
        for part in text.split(separator: ",") {
            let entry = part.trimmingWhitespace()
            guard !entry.isEmpty else { continue }
            guard let network = IPNetwork(entry) else { return .failure(ParseError(entry: entry)) }
            networks.append(network)
        }
        return .success(TrustedProxies(networks))
    }

    public struct ParseError: Error, Equatable, Sendable {
        public let entry: String
    }

    public func trusts(_ address: String) -> Bool {
        guard let parsed = IPAddress(address) else { return false }
        return networks.contains { $0.contains(parsed) }
    }

    /// The client's address: the peer itself unless the peer is a trusted proxy; then the
    /// right-most address in `X-Forwarded-For` that is not a trusted proxy (addresses further left
    /// were written by the client and prove nothing).
    public func clientAddress(peer: String, forwardedFor: [String]) -> String {
        guard trusts(peer) else { return peer }
        let chain = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        for hop in chain.reversed() {
            guard IPAddress(hop) != nil else { return peer }
            if !trusts(hop) { return hop }
        }
        return chain.first ?? peer
    }
}

/// An IPv4 or IPv6 address as 16 bytes (IPv4 mapped into `::ffff:0:0/96`).
public struct IPAddress: Sendable, Equatable {
    public let bytes: [UInt8]

    public init?(_ text: String) {
        if let v4 = Self.parseIPv4(Substring(text)) {
            bytes = [UInt8](repeating: 0, count: 10) + [0xff, 0xff] + v4
        } else if let v6 = Self.parseIPv6(text) {
            bytes = v6
        } else {
            return nil
        }
    }

    public var isIPv4: Bool { bytes.prefix(12) == ArraySlice([UInt8](repeating: 0, count: 10) + [0xff, 0xff]) }

    static func parseIPv4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var result: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = UInt8(part) else { return nil }
            result.append(value)
        }
        return result
    }

    static func parseIPv6(_ text: String) -> [UInt8]? {
        var text = Substring(text)
        if text.hasPrefix("[") && text.hasSuffix("]") { text = text.dropFirst().dropLast() }
        guard text.contains(":") else { return nil }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt8]? {
            guard !part.isEmpty else { return [] }
            var bytes: [UInt8] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index == pieces.count - 1, piece.contains("."), let v4 = parseIPv4(piece) {
                    bytes += v4
                    continue
                }
                guard (1...4).contains(piece.count), let value = UInt16(piece, radix: 16) else { return nil }
                bytes += [UInt8(value >> 8), UInt8(value & 0xff)]
            }
            return bytes
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 16 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count <= 14 else { return nil }
        return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
    }
}

/// An address with a prefix length: `10.0.0.0/8`, `2001:db8::/32`, or one address.
public struct IPNetwork: Sendable, Equatable {
    public let address: IPAddress
    /// Prefix length over the 16-byte form.
    public let prefixLength: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = IPAddress(String(parts[0])) else { return nil }
        let maximum = address.isIPv4 ? 32 : 128
        var length = maximum
        if parts.count == 2 {
            guard let given = Int(parts[1]), (0...maximum).contains(given) else { return nil }
            length = given
        }
        self.address = address
        self.prefixLength = address.isIPv4 ? length + 96 : length
    }

    public func contains(_ other: IPAddress) -> Bool {
        var remaining = prefixLength
        for index in 0..<16 where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xff << (8 - bits))
            if address.bytes[index] & mask != other.bytes[index] & mask { return false }
            remaining -= bits
        }
        return true
    }
}
