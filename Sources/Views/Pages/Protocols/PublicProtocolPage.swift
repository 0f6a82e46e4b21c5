import Domain

/// A justerat protokoll as the public reads it: secret §§ reduced to their number and legal
/// ground, the signatures, and the BEVIS block of the anslag.
public enum PublicProtocolPage {
    public struct Bevis: Sendable {
        public var meetingDate: String
        public var adjustedOn: String
        public var postedOn: String?
        public var takenDownOn: String?
        public var keptAt: String
        public var signedBy: String?
        /// Every anslagstavla the notice went up on; empty before the anslag.
        public var postedAt: [String] = []

        public init(meetingDate: String, adjustedOn: String, postedOn: String?, takenDownOn: String?, keptAt: String, signedBy: String?) {
            self.meetingDate = meetingDate
            self.adjustedOn = adjustedOn
            self.postedOn = postedOn
            self.takenDownOn = takenDownOn
            self.keptAt = keptAt
            self.signedBy = signedBy
        }
    }

    public struct Model: Sendable {
        public var snapshot: ProtocolSnapshot
        public var state: String
        public var bevis: Bevis
        public var checksum: String
        public var pdfURL: String?
        /// Rättelser recorded after justering, shown after the §§.
        public var corrections: [String]
        /// The board's own copy: secret §§ in full, marked, and a note that the copy is not public.
        public var isBoardCopy: Bool
        /// The members whose anslagstavlor the notice goes up on: the PDF ends with a printable
        /// notice for each.
        public var memberBoards: [String] = []

        public init(snapshot: ProtocolSnapshot, state: String, bevis: Bevis, checksum: String, pdfURL: String? = nil,
                    corrections: [String] = [], isBoardCopy: Bool = false, memberBoards: [String] = []) {
            self.memberBoards = memberBoards
            self.pdfURL = pdfURL
            self.corrections = corrections
            self.isBoardCopy = isBoardCopy
            self.snapshot = snapshot
            self.state = state
            self.bevis = bevis
            self.checksum = checksum
        }
    }

    public static func title(_ snapshot: ProtocolSnapshot) -> String { Sv.Protocols.heading(snapshot.bodyName, snapshot.date) }

    static func title(_ model: Model) -> String {
        (model.isBoardCopy ? Sv.Extracts.boardCopy + ": " : "") + title(model.snapshot)
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        Layout.page(title: title(model) + " – " + model.snapshot.associationName, context: context) {
            if let pdfURL = model.pdfURL { Views.paragraph { actionLink(pdfURL, Sv.Notices.downloadPDF) } }
            article(model)
        }
    }

    /// The protokoll for print and PDF: the same article, ending with the BEVIS block.
    public static func printDocument(_ model: Model) -> String {
        PrintDocument.render(title: title(model), footer: model.snapshot.associationName + " – " + title(model)) {
            article(model)
            if model.bevis.postedOn != nil {
                for member in model.memberBoards {
                    section(.class("member-notice")) {
                        h1 { Sv.Anslag.memberNoticeTitle(member) }
                        Views.paragraph { Sv.Anslag.memberNoticeIntro(model.snapshot.bodyName, model.snapshot.associationName) }
                        bevisBlock(model.bevis, model.snapshot)
                    }
                }
            }
        }
    }

    static func article(_ model: Model) -> Node {
        let s = model.snapshot
        return tag("article", [.class("document")]) {
            paragraph(.class("document-org")) { s.associationName }
            h1 { title(s) }
            if model.isBoardCopy {
                Views.paragraph(.class("warning")) {
                    Sv.Extracts.boardCopy + ". " + (s.hasSecretParagraphs ? Sv.Extracts.boardCopyNote : Sv.Extracts.boardCopyWithoutSecrets)
                }
            }
            let others = s.others + (s.attendanceAppendix.map { [Sv.Protocols.seeAppendix($0.number)] } ?? [])
            summaryList([
                (Sv.Anslag.placeAndTime, .text("\(s.date), \(s.time), \(s.place)")),
                (Sv.Anslag.state, .text(model.state)),
                (Sv.Anslag.decisionMakers, .text(s.decisionMakers.joined(separator: "\n"))),
                (Sv.Anslag.others, .text(others.isEmpty ? Sv.none : others.joined(separator: "\n"))),
                (isAdjusted(model) ? Sv.Justering.signedBy : Sv.Justering.signers, .text(s.signers.joined(separator: "\n"))),
            ])
            if let joint = s.jointSession { Views.paragraph(.class("joint-session")) { joint } }
            for paragraph in s.paragraphs {
                section(.class("paragraph")) {
                    if paragraph.title.isEmpty, let ground = paragraph.secrecyGround {
                        h2 { "§ \(paragraph.number)" }
                        Views.paragraph { Sv.Anslag.secretParagraph + " (\(ground))." }
                    } else {
                        h2 { "§ \(paragraph.number) \(paragraph.title)" }
                        if let ground = paragraph.secrecyGround { Views.paragraph(.class("warning")) { Sv.Agenda.secretMarker(ground) } }
                        ParagraphBody.render(paragraph)
                    }
                    if let date = paragraph.adjustedImmediatelyOn { Views.paragraph(.class("hint")) { Sv.ImmediateAdjustment.marker(date) } }
                }
            }
            if !model.corrections.isEmpty {
                h2 { Sv.Corrections.title }
                ul(.class("plain")) { for line in model.corrections { li { line } } }
            }
            h2 { Sv.Anslag.signers }
            ul(.class("plain")) { for signer in s.signers { li { signer } } }
            Views.paragraph(.class("hint")) { Sv.Justering.checksum(model.checksum) }
            if let appendix = s.attendanceAppendix {
                section(.class("appendix")) {
                    h2 { Sv.Protocols.appendixHeading(appendix.number, appendix.title) }
                    ul(.class("plain")) { for line in appendix.lines { li { line } } }
                }
            }
            bevisBlock(model.bevis, s)
        }
    }

    /// "Justerat av" once every signer has signed; "Justeras av" before.
    static func isAdjusted(_ model: Model) -> Bool { !model.bevis.adjustedOn.isEmpty }

    public static func bevisBlock(_ bevis: Bevis, _ s: ProtocolSnapshot) -> Node {
        tag("aside", [.class("bevis"), .aria("label", Sv.Anslag.bevis)]) {
            h2 { Sv.Anslag.bevis }
            Views.paragraph { Sv.Anslag.bevisIntro }
            summaryList([
                (Sv.Anslag.body, .text("\(s.bodyName), \(s.associationName)")),
                (Sv.Anslag.meetingDate, .text(bevis.meetingDate)),
                (Sv.Anslag.adjustedOn, .text(bevis.adjustedOn)),
                (Sv.Anslag.postedDate, .text(bevis.postedOn ?? Sv.none)),
                (Sv.Anslag.takenDownDate, .text(bevis.takenDownOn ?? Sv.none)),
                (Sv.Anslag.postedAt, .text(bevis.postedAt.isEmpty ? Sv.none : Sv.Anslag.postedAtSentence(bevis.postedAt))),
                (Sv.Anslag.keptAt, .text(bevis.keptAt)),
                (Sv.Anslag.signature, .text(bevis.signedBy ?? Sv.none)),
            ])
        }
    }
}
