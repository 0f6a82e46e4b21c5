import Foundation
import SnapshotTesting

/// HTML laid out one element per line and indented by depth, so that a snapshot's diff shows
/// which element changed. The renderer writes minified HTML; this is for reading only.
enum PrettyHTML {
    /// Elements whose content is kept as it stands.
    static let raw: Set<String> = ["pre", "style", "script", "textarea"]
    /// Elements with no closing tag.
    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    static func format(_ html: String) -> String {
        var lines: [String] = []
        var depth = 0
        var rest = Substring(html)
        func emit(_ text: some StringProtocol) {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { lines.append(String(repeating: "  ", count: depth) + trimmed) }
        }
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else {
                emit(rest)
                break
            }
            emit(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else {
                emit(rest[open...])
                break
            }
            let tag = rest[open...close]
            rest = rest[rest.index(after: close)...]
            let name = String(tag.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if tag.hasPrefix("</") {
                depth = max(0, depth - 1)
                emit(tag)
            } else if tag.hasPrefix("<!") || void.contains(name) || tag.hasSuffix("/>") {
                emit(tag)
            } else if raw.contains(name), let end = rest.range(of: "</\(name)>") {
                emit(tag)
                depth += 1
                for line in rest[..<end.lowerBound].split(separator: "\n") { emit(line) }
                depth -= 1
                emit(rest[end])
                rest = rest[end.upperBound...]
            } else {
                emit(tag)
                depth += 1
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Snapshotting where Value == String, Format == String {
    /// A page's HTML, pretty-printed, stored as text beside the test.
    static var prettyHTML: Snapshotting {
        var strategy = Snapshotting<String, String>.lines.pullback(PrettyHTML.format)
        strategy.pathExtension = "html"
        return strategy
    }
}
