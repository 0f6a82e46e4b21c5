import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Protokollsutdrag: one § as a PDF with the protokoll's header, its justering status and
/// "Rätt utdraget intygar", downloaded by the board or mailed to the assignees of its uppdrag.
struct ExtractController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.extractPDF(SiteURL.slug, SiteURL.id).route, use: pdf)
        editors.post(SiteURL.extractSend(SiteURL.slug, SiteURL.id).route, use: send)
    }

    private func render(_ request: Request, _ paragraph: Paragraph, _ record: MeetingProtocol) async throws -> Data {
        let association = try request.association
        let (snapshot, content) = try await ProtocolContent.asSigned(paragraph, of: record, associationName: association.name,
                                                                            on: request.db)
        let model = ExtractDocument.Model(
            snapshot: snapshot, paragraph: content,
            adjustment: Sv.Extracts.adjustment(record.status, adjustedOn: record.adjustedOn, immediatelyOn: paragraph.adjustedOn),
            corrections: ProtocolDocuments.lines(try await ProtocolDocuments.corrections(of: record.requireID(), on: request.db),
                                                 paragraph: paragraph.number),
            certifiedBy: try await ProtocolDocuments.secretary(of: record, on: request.db))
        return try await request.pdf(fromHTML: ExtractDocument.render(model), for: "protokollsutdrag")
    }

    private func filename(_ paragraph: Paragraph, _ record: MeetingProtocol) -> String {
        ProtocolDocuments.filename("protokollsutdrag", record, suffix: "-paragraf-\(paragraph.number)")
    }

    @Sendable func pdf(_ request: Request) async throws -> Response {
        let (paragraph, record) = try await ProtocolContent.findParagraph(request)
        return request.pdfResponse(try await render(request, paragraph, record), filename: filename(paragraph, record))
    }

    /// Each assignee with an e-mail address gets the utdrag; the PDF travels only for a public §,
    /// since no secret content goes by e-mail (the others get the link).
    @Sendable func send(_ request: Request) async throws -> Response {
        let association = try request.association
        let (paragraph, record) = try await ProtocolContent.findParagraph(request)
        let paragraphID = try paragraph.requireID()
        let assignees = try await Decision.query(on: request.db).filter(\.$paragraph.$id == paragraphID).with(\.$assignee).all()
            .compactMap(\.assignee)
        var seen: Set<String> = []
        let recipients = assignees.compactMap { person -> Outbox.Recipient? in
            guard let email = person.email, seen.insert(email.lowercased()).inserted else { return nil }
            return Outbox.Recipient(email: email, name: person.name)
        }
        let back = SiteURL.paragraph(association.slug, paragraphID.uuidString)
        guard !recipients.isEmpty else { return request.redirect(to: back, flash: Sv.Extracts.noAssignees) }
        var attachment: (file: StoredFile, name: String, mediaType: String)?
        if paragraph.secrecyGround == nil {
            attachment = (try await FileStore.store(try await render(request, paragraph, record), on: request.db),
                          filename(paragraph, record), "application/pdf")
        }
        let mailAttachment = attachment
        let meeting = record.meeting
        let label = "§ \(paragraph.number)"
        let link = request.application.settings.publicBaseURL + back.path
        let actor = request.actor
        try await request.db.transaction { db in
            for recipient in recipients {
                try await Outbox.enqueue(on: db, organisationID: association.id, to: [recipient],
                                         subject: Sv.Extracts.subject(label, meeting.body.displayName, meeting.date),
                                         body: Sv.Extracts.mailBody(name: recipient.name ?? "", paragraph: label, body: meeting.body.displayName,
                                                                    date: meeting.date, link: link, attached: mailAttachment != nil,
                                                                    association: association.name),
                                         topic: "protokollsutdrag", subjectID: paragraphID, attachment: mailAttachment)
            }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .paragraph,
                                      entityID: paragraphID, name: label, before: nil,
                                      after: ["protokollsutdrag": recipients.map(\.email).joined(separator: ", ")])
        }
        return request.redirect(to: back, flash: Sv.Extracts.sent(recipients.count))
    }
}
