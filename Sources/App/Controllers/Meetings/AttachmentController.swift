import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Bilagor: upload, numbering per meeting, linking to items, new versions, download.
struct AttachmentController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        editors.get(SiteURL.attachmentNew(SiteURL.slug, SiteURL.id).route, use: newForm)
        editors.upload(SiteURL.attachmentNew(SiteURL.slug, SiteURL.id).route, use: create)
        readers.get(SiteURL.attachment(SiteURL.slug, SiteURL.id).route, use: show)
        readers.get(SiteURL.attachmentFile(SiteURL.slug, SiteURL.id).route, use: download)
        editors.upload(SiteURL.attachmentVersionNew(SiteURL.slug, SiteURL.id).route, use: newVersion)
        editors.post(SiteURL.attachmentLinks(SiteURL.slug, SiteURL.id).route, use: saveLinks)
        editors.post(SiteURL.attachmentPublication(SiteURL.slug, SiteURL.id).route, use: setPublication)
    }

    private func findMeeting(_ request: Request) async throws -> Meeting {
        let meeting = try await MeetingPages.find(request)
        try await MeetingState.require(.changeAttachments, meeting, on: request)
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
        try await AgendaItems.of(meetingID, on: database).map { ($0.id!.uuidString, $0.position, $0.title) }
    }

    /// The chosen items, sent as checkboxes named `item_<id>`; only the meeting's own items count.
    private func chosenItems(_ values: [String: String], meetingID: UUID, on database: any Database) async throws -> [UUID] {
        try await AgendaItems.of(meetingID, on: database).compactMap { item in
            values["item_" + item.id!.uuidString] != nil ? item.id : nil
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

    /// The upload form, streamed: files up to the configured size, kept in a temporary folder.
    private func readForm(_ request: Request) async throws -> UploadedForm {
        try await UploadedForm.read(request, maxFileBytes: request.application.settings.maxUploadBytes, maxFiles: 1)
    }

    /// Reads the file field; the problems name the field `file`.
    private func readFile(_ request: Request, _ form: UploadedForm) -> Result<(Data, String, String), ValidationFailure> {
        let policy = UploadPolicy(maxBytes: request.application.settings.maxUploadBytes)
        if !form.oversized.isEmpty {
            return .failure(ValidationFailure([FieldIssue("file", .fileTooLarge(maxMegabytes: policy.maxBytes / 1_048_576))]))
        }
        guard let file = form.files.first(where: { $0.field == "file" }), let data = try? file.data() else {
            return .failure(ValidationFailure([FieldIssue("file", .required)]))
        }
        return policy.check(filename: file.filename, bytes: Array(data), field: "file").map { (data, file.filename, $0) }
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await findMeeting(request)
        let meetingID = try meeting.requireID()
        let form = try await readForm(request)
        defer { form.removeFiles() }
        var values = ["title": form.values["title"] ?? "", "isSecret": form.values["isSecret"] ?? "",
                      "secrecyGround": form.values["secrecyGround"] ?? ""]
        var validator = FieldValidator(values)
        let title = validator.text("title", maxLength: 300)
        let secret = validator.flag("isSecret")
        let ground = validator.text("secrecyGround", required: secret, maxLength: 200)
        let file = readFile(request, form)
        let chosen = try await chosenItems(form.values, meetingID: meetingID, on: request.db)
        guard let title, validator.isValid, case .success(let (data, filename, mediaType)) = file else {
            for id in chosen { values["item_" + id.uuidString] = "on" }
            let issues = validator.issues + file.issues
            return .html(AttachmentPages.uploadForm(request.formState(values, issues: issues), slug: association.slug,
                                                    meetingID: meetingID.uuidString, meetingTitle: meeting.title,
                                                    items: try await itemChoices(meetingID, on: request.db), context: request.pageContext()),
                         status: .unprocessableEntity)
        }
        let attachment = try await Bilagor.add(.init(title: title, secrecyGround: secret ? ground : nil, data: data, filename: filename,
                                                     mediaType: mediaType),
                                               meetingID: meetingID, itemIDs: chosen, organisationID: association.id, actor: request.actor,
                                               on: request.db)
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
            row: try await Bilagor.row(attachment, on: request.db), meetingID: meetingID.uuidString, meetingTitle: attachment.meeting.title,
            versions: versions.map {
                AttachmentPages.Version(number: $0.version, filename: $0.filename, size: $0.byteCount, uploadedBy: $0.uploadedBy,
                                        uploadedAt: $0.createdAt.map(AuditLog.format) ?? "")
            },
            items: items, history: try await AuditLog.history(of: attachment.requireID(), on: request.db))
        let open = try await MeetingState.allows(.changeAttachments, attachment.meeting, on: request)
        let canEdit = association.permissions.canPrepareMeetings && open
        return .html(AttachmentPages.show(model, slug: association.slug, canEdit: canEdit, replaceState: replaceState ?? request.formState(),
                                          linkState: request.formState(linkValues), context: request.pageContext()),
                     status: replaceState?.hasErrors == true ? .unprocessableEntity : .ok)
    }

    /// `?version=N` downloads an earlier version; without it the latest.
    @Sendable func download(_ request: Request) async throws -> Response {
        let attachment = try await findAttachment(request)
        let wanted = request.query[Int.self, at: "version"]
        guard let version = wanted.map({ number in attachment.versions.first { $0.version == number } })
                ?? attachment.versions.max(by: { $0.version < $1.version }),
              let file = try await StoredFile.find(version.$file.id, on: request.db) else { throw Abort(.notFound) }
        return Bilagor.fileResponse(file, filename: version.filename, mediaType: version.mediaType)
    }

    @Sendable func newVersion(_ request: Request) async throws -> Response {
        let association = try request.association
        let attachment = try await findAttachment(request)
        try await MeetingState.require(.changeAttachments, attachment.meeting, on: request)
        let form = try await readForm(request)
        defer { form.removeFiles() }
        let file = readFile(request, form)
        guard case .success(let (data, filename, mediaType)) = file else {
            return try await showPage(request, attachment, replaceState: request.formState([:], issues: file.issues))
        }
        try await Bilagor.addVersion(data, filename: filename, mediaType: mediaType, to: attachment, organisationID: association.id,
                                     actor: request.actor, on: request.db)
        return request.redirect(to: .attachment(association.slug, attachment.id!.uuidString), flash: Sv.Attachments.replaced)
    }

    @Sendable func saveLinks(_ request: Request) async throws -> Response {
        let association = try request.association
        let attachment = try await findAttachment(request)
        try await MeetingState.require(.changeAttachments, attachment.meeting, on: request)
        let attachmentID = try attachment.requireID()
        let chosen = try await chosenItems(try request.formValues(), meetingID: attachment.$meeting.id, on: request.db)
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

    /// The kansli publishes a bilaga that belongs only to secret items, or keeps it secret again.
    @Sendable func setPublication(_ request: Request) async throws -> Response {
        let association = try request.association
        let attachment = try await findAttachment(request)
        try await MeetingState.require(.changeAttachments, attachment.meeting, on: request)
        let publish = try request.formValues()["publish"] == "true"
        let before = attachment.publishedExplicitly
        attachment.publishedExplicitly = publish
        let actor = request.actor
        try await request.db.transaction { db in
            try await attachment.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .attachment,
                                      entityID: attachment.id, name: Sv.Attachments.heading(attachment.number, attachment.title),
                                      before: ["publishedExplicitly": String(before)], after: ["publishedExplicitly": String(publish)])
        }
        return request.redirect(to: .attachment(association.slug, try attachment.requireID().uuidString),
                                flash: publish ? Sv.Attachments.published : Sv.Attachments.secretAgain)
    }
}
