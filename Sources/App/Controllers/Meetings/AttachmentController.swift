import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Bilagor: upload, numbering per meeting, linking to items, new versions, download.
struct AttachmentController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        editors.get(SiteURL.attachmentNew(SiteURL.slug, SiteURL.id).route, use: newForm)
        editors.on(.POST, SiteURL.attachmentNew(SiteURL.slug, SiteURL.id).route, body: .collect(maxSize: "520mb"), use: create)
        readers.get(SiteURL.attachment(SiteURL.slug, SiteURL.id).route, use: show)
        readers.get(SiteURL.attachmentFile(SiteURL.slug, SiteURL.id).route, use: download)
        editors.on(.POST, SiteURL.attachmentVersionNew(SiteURL.slug, SiteURL.id).route, body: .collect(maxSize: "520mb"), use: newVersion)
        editors.post(SiteURL.attachmentLinks(SiteURL.slug, SiteURL.id).route, use: saveLinks)
    }

    struct Upload: Content {
        var title: String?
        var file: File?
        var isSecret: String?
        var secrecyGround: String?
    }

    private func findMeeting(_ request: Request) async throws -> Meeting {
        let association = try request.association
        guard let meeting = try await Meeting.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$body).first(), meeting.status == .planned else { throw Abort(.notFound) }
        return meeting
    }

    private func findAttachment(_ request: Request) async throws -> Attachment {
        let association = try request.association
        guard let attachment = try await Attachment.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$meeting, { $0.with(\.$body) }).with(\.$versions).first()
        else { throw Abort(.notFound) }
        return attachment
    }

    private func itemChoices(_ meetingID: UUID, on database: any Database) async throws -> [(id: String, number: Int, title: String)] {
        try await AgendaController.items(of: meetingID, on: database).map { ($0.id!.uuidString, $0.position, $0.title) }
    }

    /// The chosen items, sent as checkboxes named `item_<id>`; only the meeting's own items count.
    private func chosenItems(_ request: Request, meetingID: UUID) async throws -> [UUID] {
        let items = try await AgendaController.items(of: meetingID, on: request.db)
        return items.compactMap { item in
            (try? request.content.get(String.self, at: "item_" + item.id!.uuidString)) != nil ? item.id : nil
        }
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await findMeeting(request)
        let meetingID = try meeting.requireID()
        var values: [String: String] = [:]
        if let item = request.query[String.self, at: "punkt"] { values["item_" + item] = "on" }
        return .html(AttachmentPages.uploadForm(request.formState(values), slug: association.slug, meetingID: meetingID.uuidString,
                                                meetingTitle: meeting.title, items: try await itemChoices(meetingID, on: request.db),
                                                context: request.pageContext()))
    }

    /// Reads the file field; the problems name the field `file`.
    private func readFile(_ request: Request, _ file: File?) -> Result<(Data, String, String), ValidationFailure> {
        let policy = UploadPolicy(maxBytes: request.application.settings.maxUploadBytes)
        guard let file else { return .failure(ValidationFailure([FieldIssue("file", .required)])) }
        let bytes = Array(file.data.readableBytesView)
        return policy.check(filename: file.filename, bytes: bytes, field: "file").map { (Data(bytes), file.filename, $0) }
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await findMeeting(request)
        let meetingID = try meeting.requireID()
        let upload = try request.content.decode(Upload.self)
        var values = ["title": upload.title ?? "", "isSecret": upload.isSecret ?? "", "secrecyGround": upload.secrecyGround ?? ""]
        var validator = FieldValidator(values)
        let title = validator.text("title", maxLength: 300)
        let secret = validator.flag("isSecret")
        let ground = validator.text("secrecyGround", required: secret, maxLength: 200)
        let file = readFile(request, upload.file)
        let chosen = try await chosenItems(request, meetingID: meetingID)
        guard let title, validator.isValid, case .success(let (data, filename, mediaType)) = file else {
            for id in chosen { values["item_" + id.uuidString] = "on" }
            let issues = validator.issues + file.issues
            return .html(AttachmentPages.uploadForm(request.formState(values, issues: issues), slug: association.slug,
                                                    meetingID: meetingID.uuidString, meetingTitle: meeting.title,
                                                    items: try await itemChoices(meetingID, on: request.db), context: request.pageContext()),
                         status: .unprocessableEntity)
        }
        let actor = request.actor
        let attachment = try await request.db.transaction { db -> Attachment in
            let number = (try await Attachment.query(on: db).filter(\.$meeting.$id == meetingID).max(\.$number) ?? 0) + 1
            let attachment = Attachment(organisationID: association.id, meetingID: meetingID, number: number, title: title,
                                        secrecyGround: secret ? ground : nil)
            try await attachment.create(on: db)
            let stored = try await FileStore.store(data, on: db)
            try await AttachmentVersion(attachmentID: attachment.requireID(), version: 1, fileID: stored.requireID(), filename: filename,
                                        mediaType: mediaType, byteCount: data.count, uploadedBy: actor.name).create(on: db)
            for itemID in chosen {
                try await AgendaItemAttachment(itemID: itemID, attachmentID: attachment.requireID()).create(on: db)
            }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .attachment,
                                      entityID: attachment.id, name: Sv.Attachments.heading(number, title), before: nil,
                                      after: ["title": title, "file": filename, "sha256": stored.sha256,
                                              "secrecyGround": ground ?? "", "items": String(chosen.count)])
            return attachment
        }
        return request.redirect(to: .attachment(association.slug, attachment.id!.uuidString), flash: Sv.created)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await showPage(request, try await findAttachment(request))
    }

    private func showPage(_ request: Request, _ attachment: Attachment, replaceState: FormState? = nil) async throws -> Response {
        let association = try request.association
        let meetingID = attachment.$meeting.id
        let linked = Set(try await AgendaItemAttachment.query(on: request.db).filter(\.$attachment.$id == attachment.requireID()).all()
            .map(\.$item.id))
        let items = try await itemChoices(meetingID, on: request.db)
        var linkValues: [String: String] = [:]
        for item in items where linked.contains(UUID(uuidString: item.id)!) { linkValues["item_" + item.id] = "on" }
        let versions = attachment.versions.sorted { $0.version > $1.version }
        let model = AttachmentPages.Model(
            row: try await Self.row(attachment, on: request.db), meetingID: meetingID.uuidString, meetingTitle: attachment.meeting.title,
            versions: versions.map {
                AttachmentPages.Version(number: $0.version, filename: $0.filename, size: $0.byteCount, uploadedBy: $0.uploadedBy,
                                        uploadedAt: $0.createdAt.map(AuditLog.format) ?? "")
            },
            items: items, history: try await AuditLog.history(of: attachment.requireID(), on: request.db))
        let canEdit = association.permissions.canPrepareMeetings && attachment.meeting.status == .planned
        return .html(AttachmentPages.show(model, slug: association.slug, canEdit: canEdit, replaceState: replaceState ?? request.formState(),
                                          linkState: request.formState(linkValues), context: request.pageContext()),
                     status: replaceState?.hasErrors == true ? .unprocessableEntity : .ok)
    }

    /// Requires the versions to be loaded.
    static func row(_ attachment: Attachment, on database: any Database) async throws -> AttachmentPages.Row {
        let links = try await AgendaItemAttachment.query(on: database).filter(\.$attachment.$id == attachment.requireID())
            .with(\.$item).all()
        return AttachmentPages.Row(id: try attachment.requireID().uuidString, number: attachment.number, title: attachment.title,
                                   secrecyGround: attachment.secrecyGround, itemNumbers: links.map(\.item.position).sorted(),
                                   latestSize: attachment.versions.max { $0.version < $1.version }?.byteCount ?? 0)
    }

    static func rows(of meetingID: UUID, on database: any Database) async throws -> [AttachmentPages.Row] {
        let attachments = try await Attachment.query(on: database).filter(\.$meeting.$id == meetingID).with(\.$versions).sort(\.$number).all()
        var rows: [AttachmentPages.Row] = []
        for attachment in attachments { rows.append(try await row(attachment, on: database)) }
        return rows
    }

    /// `?version=N` downloads an earlier version; without it the latest.
    @Sendable func download(_ request: Request) async throws -> Response {
        let attachment = try await findAttachment(request)
        let wanted = request.query[Int.self, at: "version"]
        guard let version = wanted.map({ number in attachment.versions.first { $0.version == number } })
                ?? attachment.versions.max(by: { $0.version < $1.version }),
              let file = try await StoredFile.find(version.$file.id, on: request.db) else { throw Abort(.notFound) }
        return Self.fileResponse(file, filename: version.filename, mediaType: version.mediaType)
    }

    static func fileResponse(_ file: StoredFile, filename: String, mediaType: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: mediaType)
        let ascii = String(filename.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? $0 : "_" })
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        headers.replaceOrAdd(name: .eTag, value: "\"\(file.sha256)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-cache")
        return Response(status: .ok, headers: headers, body: .init(data: file.data))
    }

    @Sendable func newVersion(_ request: Request) async throws -> Response {
        let association = try request.association
        let attachment = try await findAttachment(request)
        guard attachment.meeting.status == .planned else { throw Abort(.notFound) }
        let upload = try request.content.decode(Upload.self)
        guard case .success(let (data, filename, mediaType)) = readFile(request, upload.file) else {
            return try await showPage(request, attachment, replaceState: request.formState([:], issues: readFile(request, upload.file).issues))
        }
        let actor = request.actor
        let next = (attachment.versions.map(\.version).max() ?? 0) + 1
        try await request.db.transaction { db in
            let stored = try await FileStore.store(data, on: db)
            try await AttachmentVersion(attachmentID: attachment.requireID(), version: next, fileID: stored.requireID(), filename: filename,
                                        mediaType: mediaType, byteCount: data.count, uploadedBy: actor.name).create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .attachment,
                                      entityID: attachment.id, name: Sv.Attachments.heading(attachment.number, attachment.title),
                                      before: nil, after: ["version": String(next), "file": filename, "sha256": stored.sha256])
        }
        return request.redirect(to: .attachment(association.slug, attachment.id!.uuidString), flash: Sv.Attachments.replaced)
    }

    @Sendable func saveLinks(_ request: Request) async throws -> Response {
        let association = try request.association
        let attachment = try await findAttachment(request)
        guard attachment.meeting.status == .planned else { throw Abort(.notFound) }
        let attachmentID = try attachment.requireID()
        let chosen = try await chosenItems(request, meetingID: attachment.$meeting.id)
        let before = try await AgendaItemAttachment.query(on: request.db).filter(\.$attachment.$id == attachmentID).all()
        let actor = request.actor
        try await request.db.transaction { db in
            try await AgendaItemAttachment.query(on: db).filter(\.$attachment.$id == attachmentID).delete()
            for itemID in chosen { try await AgendaItemAttachment(itemID: itemID, attachmentID: attachmentID).create(on: db) }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .attachment,
                                      entityID: attachmentID, name: Sv.Attachments.heading(attachment.number, attachment.title),
                                      before: ["items": before.map(\.$item.id.uuidString).sorted().joined(separator: ",")],
                                      after: ["items": chosen.map(\.uuidString).sorted().joined(separator: ",")])
        }
        return request.redirect(to: .attachment(association.slug, attachmentID.uuidString), flash: Sv.saved)
    }
}
