/// Where to send a browser after logging in, from the `next` the login page was given. Only a
/// path of Samordna's own is accepted, and it is rebuilt from its parsed parts, so that nothing a
/// visitor put in the link reaches the `Location` header as it was written: no control
/// characters (a CR LF would start a new header), no `//` or `\` (another host to a browser),
/// no encoded tab or slash inside a segment.
public enum LocalRedirect {
    /// - Parameter isRoute: whether the decoded path segments name a page Samordna serves.
    /// - Returns: the rebuilt path with its query, or nil when `raw` is not acceptable.
    public static func path(from raw: String, isRoute: ([String]) -> Bool) -> String? {
        guard raw.hasPrefix("/"), !raw.hasPrefix("//"), raw.utf8.count <= 2048,
              !raw.unicodeScalars.contains(where: isForbidden) else { return nil }
        let withoutFragment = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let parts = withoutFragment.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let rawSegments = parts[0].dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        var segments: [String] = []
        for (index, rawSegment) in rawSegments.enumerated() {
            // "/" alone is the start page; an empty segment elsewhere is "//".
            if rawSegment.isEmpty && rawSegments.count == 1 { break }
            guard !rawSegment.isEmpty, index < 32, let segment = decoded(rawSegment),
                  segment != ".", segment != "..", !segment.contains("/") else { return nil }
            segments.append(segment)
        }
        guard isRoute(segments) else { return nil }
        var result = "/" + segments.map { encoded($0, allowed: segmentCharacters) }.joined(separator: "/")
        if parts.count == 2 {
            var pairs: [String] = []
            for pair in parts[1].split(separator: "&") {
                let nameValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard let name = decoded(nameValue[0], plusIsSpace: true),
                      let value = nameValue.count > 1 ? decoded(nameValue[1], plusIsSpace: true) : "" else { return nil }
                pairs.append(encoded(name, allowed: queryCharacters) + "=" + encoded(value, allowed: queryCharacters))
            }
            if !pairs.isEmpty { result += "?" + pairs.joined(separator: "&") }
        }
        return result
    }

    /// Control characters (C0, DEL, C1), whitespace and the backslash.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x21 || (0x7f...0x9f).contains(scalar.value) || scalar == "\\"
            || scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
    }

    /// Percent-decodes; nil for a malformed escape, bytes that are not UTF-8, or anything forbidden.
    static func decoded(_ text: Substring, plusIsSpace: Bool = false) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
            } else if plusIsSpace && byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else {
                bytes.append(byte)
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let allowsSpace = plusIsSpace
        if text.unicodeScalars.contains(where: { isForbidden($0) && !(allowsSpace && $0 == " ") }) { return nil }
        return text
    }

    private static let unreserved = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~".utf8)
    private static let segmentCharacters = unreserved.union(":@!$'()*,;=".utf8)
    private static let queryCharacters = unreserved

    static func encoded(_ text: String, allowed: Set<UInt8>) -> String {
        var result = ""
        for byte in text.utf8 {
            if allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
