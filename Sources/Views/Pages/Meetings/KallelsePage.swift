import Domain

/// A published kallelse as a page. The board's version marks secret items with their legal
/// ground; the public version is given content whose secret items are already emptied.
public enum KallelsePage {
    public struct Model: Sendable {
        public var content: NoticeContent
        public var version: Int
        public var publishedOn: String
        public var changeNote: String?
        public var otherVersions: [(number: Int, url: String)]

        public init(content: NoticeContent, version: Int, publishedOn: String, changeNote: String?,
                    otherVersions: [(number: Int, url: String)]) {
            self.content = content
            self.version = version
            self.publishedOn = publishedOn
            self.changeNote = changeNote
            self.otherVersions = otherVersions
        }
    }

    public static func title(_ model: Model) -> String {
        "\(model.version > 1 ? Sv.Notices.revised : Sv.Notices.title): \(model.content.bodyName) \(model.content.date)"
    }

    /// `attachmentURL` gives the download address of a bilaga by number, where it may be downloaded.
    public static func render(_ model: Model, context: PageContext, pdfURL: String? = nil,
                              attachmentURL: (NoticeContent.AttachmentRef) -> String? = { _ in nil }) -> String {
        Layout.page(title: title(model), context: context) {
            if let pdfURL { paragraph { actionLink(pdfURL, Sv.Notices.downloadPDF) } }
            article(model, attachmentURL: attachmentURL)
        }
    }

    /// The same document for the PDF, with the board's secrecy marking when the content has any.
    public static func printDocument(_ model: Model) -> String {
        PrintDocument.render(title: title(model), footer: model.content.associationName + " – " + title(model)) { article(model) }
    }

    static func article(_ model: Model, attachmentURL: (NoticeContent.AttachmentRef) -> String? = { _ in nil }) -> Node {
        let content = model.content
        return tag("article", [.class("document")]) {
            paragraph(.class("document-org")) { content.associationName }
            h1 { title(model) }
            paragraph { Sv.Notices.kallelseTill + " med " + content.bodyName.lowercased() + "." }
            if let note = model.changeNote { paragraph(.class("warning")) { Sv.Notices.changeNoteLine(note) } }
            summaryList([
                (Sv.Notices.date, .text(content.date)),
                (Sv.Notices.time, .text(Sv.Meetings.timeRange(content.startsAt, content.endsAt))),
                (Sv.Notices.place, .text(Sv.Notices.location(content))),
            ] + (content.theme.map { [(Sv.Meetings.theme, Node.text($0))] } ?? []))
            if let participation = Sv.Notices.participation(content) { paragraph { participation } }
            h2 { Sv.Notices.agenda }
            tag("ol", [.class("agenda")]) {
                for item in content.items { itemNode(item) }
            }
            if !content.attachments.isEmpty {
                h2 { Sv.Attachments.title }
                ul(.class("plain")) {
                    for attachment in content.attachments {
                        li {
                            if let url = attachmentURL(attachment) { link(url) { Sv.Notices.attachmentLine(attachment) } }
                            else { Sv.Notices.attachmentLine(attachment) }
                        }
                    }
                }
            }
            paragraph(.class("hint")) { Sv.Notices.version(model.version, model.publishedOn, "kansliet") }
            if !model.otherVersions.isEmpty {
                ul(.class("plain")) {
                    for other in model.otherVersions {
                        li { link(other.url) { (other.number == 1 ? Sv.Notices.title : Sv.Notices.revised) + " version \(other.number)" } }
                    }
                }
            }
        }
    }

    static func itemNode(_ item: NoticeContent.Item) -> Node {
        tag("li", [Attribute("value", String(item.number))]) {
            if item.title.isEmpty, let ground = item.secrecyGround {
                paragraph { Sv.Notices.secretItem(ground) }
            } else {
                h3 {
                    item.title
                    if item.addedAtMeeting { span(.class("tag")) { Sv.Agenda.addedAtMeeting } }
                }
                if let ground = item.secrecyGround { paragraph(.class("warning")) { Sv.Agenda.secretMarker(ground) } }
                summaryList([(Sv.Agenda.kind, Node.text(Sv.Agenda.kind(item.kind)))]
                    + (item.diaryNumber.map { [(Sv.Diarium.number, Node.text($0))] } ?? [])
                    + (item.attachmentNumbers.isEmpty ? [] : [(Sv.Attachments.title,
                        Node.text(item.attachmentNumbers.map(Sv.Attachments.reference).joined(separator: ", ")))])
                    + (item.presenter.map { [(Sv.Notices.presenter, Node.text($0))] } ?? [])
                    + (item.background.map { [(Sv.Notices.background, Node.text($0))] } ?? [])
                    + (item.proposal.map { [(Sv.Notices.proposal, Node.text($0))] } ?? [])
                    + (item.recommendation == .none ? [] : [(Sv.Notices.recommendation,
                        Node.text(Sv.Agenda.recommendation(item.recommendation) + (item.recommendationText.map { ": " + $0 } ?? "")))])
                    + (item.recommendation == .none && item.recommendationText != nil
                        ? [(Sv.Notices.recommendation, Node.text(item.recommendationText ?? ""))] : []))
            }
        }
    }
}
