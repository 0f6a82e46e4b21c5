import Domain
import Fluent
import Persistence
import Vapor
import Views

/// A § for business the sammanträde takes up beyond the kallelse, added after the protokoll was
/// started: placed where the meeting took it up, later §§ and attendance ranges moved up by one.
struct AddedParagraphController {
    func register(editors: any RoutesBuilder) throws {
        editors.post(SiteURL.paragraphNew(SiteURL.slug, SiteURL.id).route, use: create)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await Protocols.find(request)
        try ProtocolGuard.require(.edit, record)
        let values = try request.formValues()
        var issues = AgendaItemDraft.parse(values).issues
        var validator = FieldValidator(values)
        let numbers = Set(record.paragraphs.map(\.number))
        let after = validator.integer("afterParagraph", in: 0...100_000).map(Int.init)
        if let after, !numbers.contains(after) { validator.add("afterParagraph", .notAParagraph) }
        if let after, record.paragraphs.contains(where: { $0.number > after && $0.adjustedOn != nil }) {
            validator.add("afterParagraph", .alreadyAdjusted)
        }
        issues += validator.issues
        let protocolID = try record.requireID()
        let later = try await MeetingProtocol.query(on: request.db).filter(\.$body.$id == record.$body.id).filter(\.$year == record.year)
            .filter(\.$id != protocolID).with(\.$meeting).all()
            .contains { ($0.meeting.civilDate ?? .init(year: 1900, month: 1, day: 1)!) > (record.meeting.civilDate ?? request.today) }
        guard case .success(let draft) = AgendaItemDraft.parse(values), let after, issues.isEmpty, !later else {
            if later { throw StateConflict(Sv.Protocols.laterMeetingNumbered) }
            return try await ProtocolPages.page(request, record, paragraphState: request.formState(values, issues: issues))
        }
        let attendances = try await Attendance.query(on: request.db).filter(\.$protocol.$id == protocolID).all()
        let actor = request.actor
        // Highest first, so that no two §§ share a number on the way.
        let moving = record.paragraphs.filter { $0.number > after }.sorted { $0.number > $1.number }
        try await request.db.transaction { db in
            for paragraph in moving {
                paragraph.number = ParagraphInsertion.shifted(paragraph.number, insertingAfter: after)
                try await paragraph.save(on: db)
            }
            for attendance in attendances {
                guard let range = ParagraphInsertion.shifted(attendance.entry.paragraphs, insertingAfter: after),
                      range != attendance.entry.paragraphs else { continue }
                attendance.fromParagraph = range.lowerBound
                attendance.toParagraph = range.upperBound
                try await attendance.save(on: db)
            }
            let added = Paragraph(organisationID: association.id, protocolID: protocolID, agendaItemID: nil, number: after + 1,
                                  title: draft.title, kind: draft.kind, secrecyGround: draft.secrecyGround, addedAtMeeting: true)
            added.narrative = draft.background
            try await added.create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .paragraph,
                                      entityID: added.id, name: "§ \(after + 1)", before: nil,
                                      after: ["title": draft.title, "addedAtMeeting": "true", "secrecyGround": draft.secrecyGround ?? ""])
        }
        return request.redirect(to: .protocolPage(association.slug, protocolID.uuidString), flash: Sv.Protocols.paragraphAdded)
    }
}
