/// The exact content of a protokoll as it is signed: what each signer's SHA-256 covers. Built
/// when the draft is sent for justering; a changed draft means a new snapshot and new signatures.
public struct ProtocolSnapshot: Codable, Equatable, Sendable {
    /// The §§ a person took part in, as the protokoll writes it: "§ 3" or "§§ 3–10".
    public static func paragraphRange(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "§ \(range.lowerBound)" : "§§ \(range.lowerBound)–\(range.upperBound)"
    }

    /// One part of a §: the text that leads to a decision, the decision, and what follows it
    /// (the votering's result, reservations).
    public struct Part: Codable, Equatable, Sendable {
        public var text: String?
        public var decision: String
        public var notes: [String]

        public init(text: String?, decision: String, notes: [String] = []) {
            self.text = text
            self.decision = decision
            self.notes = notes
        }
    }

    public struct Paragraph: Codable, Equatable, Sendable {
        public var number: Int
        public var title: String
        public var narrative: String?
        public var secrecyGround: String?
        /// Every decision and reservation line, in order (what protokoll signed before parts existed hold).
        public var decisions: [String]
        /// Set when the § was justerad at the sammanträde (omedelbar justering).
        public var adjustedImmediatelyOn: String?
        /// The § in parts, each with its own decision; nil in protokoll signed before parts existed.
        public var parts: [Part]?

        public init(number: Int, title: String, narrative: String?, secrecyGround: String?, decisions: [String],
                    adjustedImmediatelyOn: String? = nil, parts: [Part]? = nil) {
            self.adjustedImmediatelyOn = adjustedImmediatelyOn
            self.parts = parts
            self.number = number
            self.title = title
            self.narrative = narrative
            self.secrecyGround = secrecyGround
            self.decisions = decisions
        }
    }

    public var associationName: String
    public var bodyName: String
    public var date: String
    public var place: String
    public var time: String
    public var decisionMakers: [String]
    public var others: [String]
    public var signers: [String]
    public var paragraphs: [Paragraph]
    /// "§§ 1–6 sammanträdde styrelsen gemensamt med …", when the body met with another.
    public var jointSession: String?
    /// Those listed in the närvarobilaga rather than the header ("För övriga se bilaga N").
    public var attendanceAppendix: AttendanceAppendix?

    public struct AttendanceAppendix: Codable, Equatable, Sendable {
        public var number: Int
        public var title: String
        public var lines: [String]

        public init(number: Int, title: String, lines: [String]) {
            self.number = number
            self.title = title
            self.lines = lines
        }
    }

    /// Whether any § is secret: only then does the board's copy say that it holds secrets.
    public var hasSecretParagraphs: Bool { paragraphs.contains { $0.secrecyGround != nil } }

    /// What the public may read: secret §§ keep their number and legal ground only.
    public var publicVersion: ProtocolSnapshot {
        var copy = self
        copy.paragraphs = paragraphs.map { paragraph in
            guard let ground = paragraph.secrecyGround else { return paragraph }
            return Paragraph(number: paragraph.number, title: "", narrative: nil, secrecyGround: ground, decisions: [],
                             adjustedImmediatelyOn: paragraph.adjustedImmediatelyOn)
        }
        return copy
    }

    /// Whether the § with this number is secret (a rättelse of a secret § is not public either).
    public func isSecret(_ number: Int?) -> Bool {
        guard let number else { return false }
        return paragraphs.first { $0.number == number }?.secrecyGround != nil
    }

    public init(associationName: String, bodyName: String, date: String, place: String, time: String, decisionMakers: [String],
                others: [String], signers: [String], paragraphs: [Paragraph]) {
        self.associationName = associationName
        self.bodyName = bodyName
        self.date = date
        self.place = place
        self.time = time
        self.decisionMakers = decisionMakers
        self.others = others
        self.signers = signers
        self.paragraphs = paragraphs
    }
}

/// Who signs a protokoll, in the order their lines appear.
public enum SignerRole: String, CaseIterable, Sendable, Codable {
    case secretary
    case chair
    case adjuster

    /// Where the role's line stands among the signers.
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
