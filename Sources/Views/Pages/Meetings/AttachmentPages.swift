/// Bilagor: the list on the meeting page, the upload form, and one bilaga with its versions.
public enum AttachmentPages {
    public struct Row: Sendable {
        public var id: String
        public var number: Int
        public var title: String
        /// The ground it is kept from the public on: its own, or its secret items' (`AttachmentSecrecy`).
        public var secrecyGround: String?
        public var itemNumbers: [Int]
        public var latestSize: Int
        /// It belongs only to secret items and has no ground of its own.
        public var onlySecretItems: Bool
        public var publishedExplicitly: Bool

        public init(id: String, number: Int, title: String, secrecyGround: String?, itemNumbers: [Int], latestSize: Int,
                    onlySecretItems: Bool = false, publishedExplicitly: Bool = false) {
            self.id = id
            self.number = number
            self.title = title
            self.secrecyGround = secrecyGround
            self.itemNumbers = itemNumbers
            self.latestSize = latestSize
            self.onlySecretItems = onlySecretItems
            self.publishedExplicitly = publishedExplicitly
        }
    }

    public struct Version: Sendable {
        public var number: Int
        public var filename: String
        public var size: Int
        public var uploadedBy: String
        public var uploadedAt: String

        public init(number: Int, filename: String, size: Int, uploadedBy: String, uploadedAt: String) {
            self.number = number
            self.filename = filename
            self.size = size
            self.uploadedBy = uploadedBy
            self.uploadedAt = uploadedAt
        }
    }

    static func listSection(_ rows: [Row], slug: String, meetingID: String, canEdit: Bool) -> Node {
        section(.aria("labelledby", "bilagor")) {
            h2(.id("bilagor")) { Sv.Attachments.title }
            if canEdit { paragraph { actionLink(SiteURL.attachmentNew(slug, meetingID).path, Sv.Attachments.new) } }
            dataTable(caption: Sv.Attachments.caption,
                      headers: [Sv.Attachments.number, Sv.Attachments.name, Sv.Attachments.items, Sv.Agenda.secret, Sv.Attachments.size],
                      rows: rows.map { row in
                          [.text(String(row.number)), link(SiteURL.attachment(slug, row.id).path) { row.title },
                           .text(row.itemNumbers.isEmpty ? Sv.none : row.itemNumbers.map(String.init).joined(separator: ", ")),
                           .text(row.secrecyGround.map(Sv.Agenda.secretMarker) ?? Sv.none), .text(Sv.Attachments.size(row.latestSize))]
                      }, numericColumns: [4], emptyText: Sv.Attachments.none)
        }
    }

    static func itemChoices(_ items: [(id: String, number: Int, title: String)]) -> [FieldSpec] {
        items.map { FieldSpec("item_" + $0.id, "\($0.number). \($0.title)", .checkbox) }
    }

    public static func uploadForm(_ state: FormState, slug: String, meetingID: String, meetingTitle: String,
                                  items: [(id: String, number: Int, title: String)], context: PageContext) -> String {
        Layout.page(title: Sv.Attachments.new + " – " + meetingTitle, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Attachments.new }
            paragraph { meetingTitle }
            FormView.render(state, action: SiteURL.attachmentNew(slug, meetingID).path, submit: Sv.create,
                            cancel: SiteURL.meeting(slug, meetingID).path, items: [
                .field(FieldSpec("title", Sv.Attachments.name)),
                .field(FieldSpec("file", Sv.Attachments.file, .file(accept: ".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg"),
                                 hint: Sv.Attachments.fileHint)),
                .group(legend: Sv.Attachments.items, hint: Sv.Attachments.itemsHint, itemChoices(items)),
                .group(legend: Sv.Agenda.secret, hint: Sv.Agenda.isSecretHint, [
                    FieldSpec("isSecret", Sv.Attachments.isSecret, .checkbox),
                    FieldSpec("secrecyGround", Sv.Agenda.secrecyGround, hint: Sv.Agenda.secrecyGroundHint, optional: true),
                ]),
            ])
        }
    }

    public struct Model: Sendable {
        public var row: Row
        public var meetingID: String
        public var meetingTitle: String
        public var versions: [Version]
        public var items: [(id: String, number: Int, title: String)]
        public var history: [AuditRow]

        public init(row: Row, meetingID: String, meetingTitle: String, versions: [Version],
                    items: [(id: String, number: Int, title: String)], history: [AuditRow]) {
            self.row = row
            self.meetingID = meetingID
            self.meetingTitle = meetingTitle
            self.versions = versions
            self.items = items
            self.history = history
        }
    }

    public static func show(_ model: Model, slug: String, canEdit: Bool, replaceState: FormState, linkState: FormState,
                            context: PageContext) -> String {
        let row = model.row
        let title = Sv.Attachments.heading(row.number, row.title)
        return Layout.page(title: title, context: context, hasErrors: replaceState.hasErrors) {
            h1 { title }
            paragraph { link(SiteURL.meeting(slug, model.meetingID).path) { model.meetingTitle } }
            if let ground = row.secrecyGround { paragraph(.class("warning")) { Sv.Agenda.secretMarker(ground) } }
            if row.onlySecretItems {
                paragraph { row.publishedExplicitly ? Sv.Attachments.publishedDespiteItems : Sv.Attachments.secretThroughItems }
                if canEdit {
                    postButton(SiteURL.attachmentPublication(slug, row.id).path,
                               row.publishedExplicitly ? Sv.Attachments.makeSecretAgain : Sv.Attachments.publishAnyway,
                               csrf: replaceState.csrfToken, hidden: [("publish", row.publishedExplicitly ? "false" : "true")], secondary: false)
                }
            }
            paragraph { actionLink(SiteURL.attachmentFile(slug, row.id).path, Sv.Attachments.download) }
            dataTable(caption: Sv.Attachments.versionsCaption,
                      headers: [Sv.Attachments.version, Sv.Attachments.filename, Sv.Attachments.size, Sv.Attachments.uploadedBy,
                                Sv.Attachments.uploadedAt],
                      rows: model.versions.map { version in
                          [.text(String(version.number)),
                           link(SiteURL.attachmentFile(slug, row.id).path + "?version=\(version.number)") { version.filename },
                           .text(Sv.Attachments.size(version.size)), .text(version.uploadedBy), .text(version.uploadedAt)]
                      }, numericColumns: [2])
            if canEdit {
                h2 { Sv.Attachments.replace }
                FormView.render(replaceState, action: SiteURL.attachmentVersionNew(slug, row.id).path, submit: Sv.Attachments.replace, items: [
                    .field(FieldSpec("file", Sv.Attachments.file, .file(accept: ".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg"),
                                     hint: Sv.Attachments.replaceHint)),
                ])
                h2 { Sv.Attachments.items }
                FormView.render(linkState, action: SiteURL.attachmentLinks(slug, row.id).path, submit: Sv.Attachments.saveLinks, items: [
                    .group(legend: Sv.Attachments.items, hint: Sv.Attachments.itemsHint, itemChoices(model.items)),
                ])
            }
            AuditHistory.section(model.history)
        }
    }
}
