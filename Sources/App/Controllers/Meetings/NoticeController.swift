import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Publishing the kallelse: each publication is a new immutable version, mailed to everyone invited.
struct NoticeController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder, public: any RoutesBuilder) throws {
        readers.get(SiteURL.notice(SiteURL.slug, SiteURL.id).route, use: show)
        editors.post(SiteURL.notice(SiteURL.slug, SiteURL.id).route, use: publish)
        `public`.get(SiteURL.publicNotice(SiteURL.slug, SiteURL.id).route, use: showPublic)
        readers.get(SiteURL.noticePDF(SiteURL.slug, SiteURL.id).route, use: boardPDF)
        `public`.get(SiteURL.publicNoticePDF(SiteURL.slug, SiteURL.id).route, use: publicPDF)
        `public`.get(SiteURL.publicAttachment(SiteURL.slug, SiteURL.id, ":number").route, use: publicAttachment)
    }

    /// A notice's PDF, made on first request and kept, since a published version never changes.
    static func pdf(of notice: Notice, publicVersion: Bool, on request: Request) async throws -> StoredFile {
        let existing = publicVersion ? notice.$publicPDF.id : notice.$boardPDF.id
        if let existing, let file = try await StoredFile.find(existing, on: request.db) { return file }
        let content = try MeetingPapers.decode(notice)
        let data = try await renderPDF(publicVersion ? content.publicVersion : content, notice: notice, on: request)
        let file = try await FileStore.store(data, on: request.db)
        if publicVersion { notice.$publicPDF.id = try file.requireID() } else { notice.$boardPDF.id = try file.requireID() }
        try await notice.save(on: request.db)
        return file
    }

    private static func renderPDF(_ content: NoticeContent, notice: Notice, on request: Request) async throws -> Data {
        let model = KallelsePage.Model(content: content, version: notice.version, publishedOn: AuditLog.format(notice.publishedAt),
                                       changeNote: notice.changeNote, otherVersions: [])
        return try await request.application.pdfRenderer.pdf(fromHTML: KallelsePage.printDocument(model))
    }

    static func pdfFilename(_ notice: Notice, _ content: NoticeContent) -> String {
        let kind = notice.version > 1 ? "reviderad-kallelse" : "kallelse"
        return "\(kind)-\(Slug.suggest(from: content.bodyName))-\(content.date).pdf"
    }

    @Sendable func boardPDF(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let meeting = try await Meeting.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first(),
            let notice = try await MeetingPapers.notices(of: meeting.requireID(), on: request.db).last else { throw Abort(.notFound) }
        return try await pdfResponse(request, notice, publicVersion: false)
    }

    @Sendable func publicPDF(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        guard let meeting = try await Meeting.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == organisation.requireID()).first(),
            let notice = try await MeetingPapers.notices(of: meeting.requireID(), on: request.db).last else { throw Abort(.notFound) }
        return try await pdfResponse(request, notice, publicVersion: true)
    }

    private func pdfResponse(_ request: Request, _ notice: Notice, publicVersion: Bool) async throws -> Response {
        let file: StoredFile
        do {
            file = try await Self.pdf(of: notice, publicVersion: publicVersion, on: request)
        } catch {
            request.logger.error("kallelse PDF: \(error)")
            throw ToolUnavailable(error)
        }
        let response = Bilagor.fileResponse(file, filename: Self.pdfFilename(notice, try MeetingPapers.decode(notice)),
                                                         mediaType: "application/pdf")
        if publicVersion { response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300") }
        return response
    }

    @Sendable func publish(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await MeetingPages.find(request)
        try await MeetingState.require(.publishNotice, meeting, on: request)
        let meetingID = try meeting.requireID()
        let content = try await MeetingPapers.noticeContent(meeting, associationName: association.name, on: request.db)
        let previous = try await MeetingPapers.notices(of: meetingID, on: request.db).last
        if let previous, try MeetingPapers.decode(previous) == content {
            return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.Notices.unchanged)
        }
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let note = validator.text("changeNote", required: previous != nil, maxLength: 2000)
        if content.items.isEmpty { validator.add("changeNote", .notAllowed) }
        guard validator.isValid else {
            return try await MeetingPages.show(request, meeting, noticeState: request.formState(values, issues: validator.issues))
        }
        let version = (previous?.version ?? 0) + 1
        let notice = Notice(organisationID: association.id, meetingID: meetingID, version: version,
                            content: try CanonicalJSON.encode(content), publishedAt: request.now, publishedBy: request.actor.name,
                            changeNote: note)
        let invited = try await MeetingPapers.invited(meeting, on: request.db)
        let link = request.application.settings.publicBaseURL + SiteURL.notice(association.slug, meetingID.uuidString).path
        let actor = request.actor
        // The mail carries the public PDF (no secret content travels by e-mail); if the typesetter is
        // unavailable the kallelse still goes out, with its link, and the PDF is made when first asked for.
        var attachment: (file: StoredFile, name: String, mediaType: String)?
        do {
            let data = try await Self.renderPDF(content.publicVersion, notice: notice, on: request)
            let file = try await FileStore.store(data, on: request.db)
            notice.$publicPDF.id = try file.requireID()
            attachment = (file, Self.pdfFilename(notice, content), "application/pdf")
        } catch {
            request.logger.warning("kallelse sent without PDF: \(error)")
        }
        let mailAttachment = attachment
        let texts = try await SearchIndex.attachmentTexts(content, meetingID: meetingID, tools: request.application.tools,
                                                          logger: request.logger, on: request.db)
        do {
            // The version is settled inside the transaction: one published meanwhile (another
            // kansli user, another app server) makes this one a conflict, not a second version
            // with the same number; so does losing the race for the write itself.
            try await request.db.transaction { db in
                let latest = try await Notice.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$version, .descending).first()
                guard (latest?.version ?? 0) + 1 == version else { throw StateConflict(Sv.Notices.publishedMeanwhile) }
                try await notice.create(on: db)
                try await SearchIndex.index(notice: content, meetingID: meetingID, bodyID: meeting.$body.id, organisationID: association.id,
                                            slug: association.slug, attachmentTexts: texts, on: db)
                try await Outbox.enqueue(on: db, organisationID: association.id, to: invited.recipients,
                                         subject: Sv.Notices.mailSubject(content.bodyName, content.date, revised: version > 1),
                                         body: Sv.Notices.mailBody(content, link: link, changeNote: note), topic: "kallelse", subjectID: meetingID,
                                         attachment: mailAttachment)
                try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .notice,
                                          entityID: meetingID, name: "version \(version)", before: nil,
                                          after: ["version": String(version), "recipients": String(invited.recipients.count)])
            }
        } catch let conflict as StateConflict {
            throw conflict
        } catch where ConcurrentWrite.lostRace(error) {
            throw StateConflict(Sv.Notices.publishedMeanwhile)
        }
        return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.Notices.published)
    }

    /// `?version=N` shows an earlier version; without it the latest.
    @Sendable func show(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let meeting = try await Meeting.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        let notices = try await MeetingPapers.notices(of: meeting.requireID(), on: request.db)
        let wanted = request.query[Int.self, at: "version"]
        guard let notice = wanted.map({ number in notices.first { $0.version == number } }) ?? notices.last else { throw Abort(.notFound) }
        let path = SiteURL.notice(association.slug, try meeting.requireID().uuidString).path
        let model = KallelsePage.Model(content: try MeetingPapers.decode(notice), version: notice.version,
                                       publishedOn: AuditLog.format(notice.publishedAt), changeNote: notice.changeNote,
                                       otherVersions: notices.filter { $0.version != notice.version }.map { ($0.version, path + "?version=\($0.version)") })
        return .html(KallelsePage.render(model, context: request.pageContext(),
                                         pdfURL: SiteURL.noticePDF(association.slug, try meeting.requireID().uuidString).path))
    }

    /// The public kallelse of a meeting: the latest version without secret content.
    @Sendable func showPublic(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        guard let meeting = try await Meeting.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == organisation.requireID()).first(),
            let notice = try await MeetingPapers.notices(of: meeting.requireID(), on: request.db).last else { throw Abort(.notFound) }
        let model = KallelsePage.Model(content: try MeetingPapers.decode(notice).publicVersion, version: notice.version,
                                       publishedOn: AuditLog.format(notice.publishedAt), changeNote: notice.changeNote, otherVersions: [])
        let meetingID = try meeting.requireID().uuidString
        return .html(KallelsePage.render(model, context: request.pageContext(),
                                         pdfURL: SiteURL.publicNoticePDF(organisation.slug, meetingID).path,
                                         attachmentURL: { Bilagor.publicAttachmentURL(organisation.slug, meetingID, $0) }))
    }

    /// A public bilaga in the version the latest published kallelse names, so the public gets what
    /// the board was sent.
    @Sendable func publicAttachment(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        guard let number = request.parameters.get("number").flatMap(Int.init),
              let meeting = try await Meeting.query(on: request.db).filter(\.$id == request.idParameter())
                  .filter(\.$organisation.$id == organisation.requireID()).first(),
              let notice = try await MeetingPapers.notices(of: meeting.requireID(), on: request.db).last,
              case let content = try MeetingPapers.decode(notice),
              let reference = content.attachments.first(where: { $0.number == number }),
              content.secrecyGround(ofAttachment: number) == nil,
              let attachment = try await Attachment.query(on: request.db).filter(\.$meeting.$id == meeting.requireID())
                  .filter(\.$number == number).with(\.$versions).first(),
              attachment.secrecyGround == nil,
              let version = attachment.versions.first(where: { $0.version == reference.version }),
              let file = try await StoredFile.find(version.$file.id, on: request.db) else { throw Abort(.notFound) }
        let response = Bilagor.fileResponse(file, filename: version.filename, mediaType: version.mediaType)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return response
    }
}
