import Domain
import Foundation

/// Text written over several lines, as it was written: a blank line starts a new paragraph and a
/// single line break stays a break, so a § reads as the secretary wrote it (HTML and PDF alike).
public func prose(_ text: String, class name: String) -> Node {
    let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    var blocks: [[Substring]] = [[]]
    for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.allSatisfy(\.isWhitespace) {
            if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
        } else {
            blocks[blocks.count - 1].append(line)
        }
    }
    return .group(blocks.filter { !$0.isEmpty }.map { lines in
        tag("p", [.class(name)]) {
            for (index, line) in lines.enumerated() {
                if index > 0 { Node.void("br", []) }
                Node.text(String(line))
            }
        }
    })
}

/// A §'s running text and its decisions as a protokoll prints them: each part's text, then its
/// decision set apart under *Beslut:*, then the reservations.
public enum ParagraphBody {
    public static func render(_ paragraph: ProtocolSnapshot.Paragraph) -> Node {
        Node.build {
            if let narrative = paragraph.narrative { prose(narrative, class: "narrative") }
            if let parts = paragraph.parts {
                for part in parts {
                    if let text = part.text { prose(text, class: "narrative") }
                    decision(part.decision, notes: part.notes)
                }
            } else if !paragraph.decisions.isEmpty {
                decision(paragraph.decisions[0], notes: Array(paragraph.decisions.dropFirst()))
            }
        }
    }

    static func decision(_ wording: String, notes: [String]) -> Node {
        div(.class("decision")) {
            paragraph {
                strong { Sv.Decisions.label }
                " " + wording
            }
            for note in notes { paragraph(.class("decision-note")) { note } }
        }
    }
}
