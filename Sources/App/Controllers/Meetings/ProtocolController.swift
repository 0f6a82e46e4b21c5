import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Drafting the protokoll: §§ from the agenda with the body's yearly numbering, attendance per
/// person and § range, and the quorum at every §.
struct ProtocolController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        editors.post(SiteURL.protocolStart(SiteURL.slug, SiteURL.id).route, use: start)
        readers.get(SiteURL.protocolPage(SiteURL.slug, SiteURL.id).route, use: show)
        editors.post(SiteURL.attendanceNew(SiteURL.slug, SiteURL.id).route, use: addAttendance)
        editors.post(SiteURL.attendanceRemove(SiteURL.slug, SiteURL.id).route, use: removeAttendance)
        editors.post(SiteURL.attendanceMoveUp(SiteURL.slug, SiteURL.id).route, use: moveAttendanceUp)
        editors.post(SiteURL.protocolDetails(SiteURL.slug, SiteURL.id).route, use: saveDetails)
    }

    @Sendable func start(_ request: Request) async throws -> Response {
        let association = try request.association
        let meeting = try await MeetingPages.find(request)
        try await MeetingState.require(.startProtocol, meeting, on: request)
        guard let date = meeting.civilDate else { throw Abort(.notFound) }
        let meetingID = try meeting.requireID()
        if let existing = try await MeetingProtocol.query(on: request.db).filter(\.$meeting.$id == meetingID).first() {
            return request.redirect(to: .protocolPage(association.slug, existing.id!.uuidString), flash: Sv.Protocols.started)
        }
        guard date <= request.today else { throw StateConflict(Sv.Protocols.meetingNotHeld) }
        let items = try await AgendaItems.of(meetingID, on: request.db)
        guard !items.isEmpty else { throw StateConflict(Sv.Protocols.noAgenda) }
        let sameYear = try await MeetingProtocol.query(on: request.db).filter(\.$body.$id == meeting.$body.id)
            .filter(\.$year == date.year).with(\.$meeting).with(\.$paragraphs).all()
        guard !sameYear.contains(where: { ($0.meeting.civilDate ?? date) > date }) else { throw StateConflict(Sv.Protocols.laterExists) }
        let first = ParagraphNumbering.firstNumber(on: date, earlierMeetings: sameYear.compactMap { p in
            p.meeting.civilDate.map { (date: $0, lastNumber: p.paragraphs.map(\.number).max() ?? 0) }
        })
        let protocolRecord = MeetingProtocol(organisationID: association.id, meetingID: meetingID, bodyID: meeting.$body.id, year: date.year)
        let actor = request.actor
        try await request.db.transaction { db in
            try await protocolRecord.create(on: db)
            for (offset, item) in items.enumerated() {
                let paragraph = try Paragraph(organisationID: association.id, protocolID: protocolRecord.requireID(), agendaItemID: item.id,
                                    number: first + offset, title: item.title, kind: item.kind, secrecyGround: item.secrecyGround,
                                    addedAtMeeting: item.addedAtMeeting)
                paragraph.purposeRaw = item.purposeRaw
                try await paragraph.create(on: db)
            }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .protocol,
                                      entityID: protocolRecord.id, name: meeting.date, before: nil,
                                      after: ["paragraphs": "\(first)–\(first + items.count - 1)"])
        }
        return request.redirect(to: .protocolPage(association.slug, protocolRecord.id!.uuidString), flash: Sv.Protocols.started)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await ProtocolPages.page(request, try await Protocols.find(request))
    }

    @Sendable func addAttendance(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await Protocols.find(request)
        try ProtocolGuard.require(.edit, record)
        let values = try request.formValues()
        let parsed = AttendanceEntry.parse(values)
        var issues = parsed.issues
        if case .success(let entry) = parsed {
            let known = try await Person.query(on: request.db).filter(\.$id == entry.personID).filter(\.$organisation.$id == association.id)
                .first() != nil
            if !known { issues.append(FieldIssue("personID", .unknownReference)) }
            let existing = try await Attendance.query(on: request.db).filter(\.$protocol.$id == record.requireID()).all().map(\.entry)
            issues += try await Protocols.check(request, record, try await Protocols.mandates(record, on: request.db)).issues(for: entry, existing: existing)
        }
        guard case .success(let entry) = parsed, issues.isEmpty else {
            return try await ProtocolPages.page(request, record, attendanceState: request.formState(values, issues: issues))
        }
        let attendance = Attendance(organisationID: association.id, protocolID: try record.requireID(), entry: entry)
        attendance.position = try await AttendanceList.nextPosition(in: record.requireID(), on: request.db)
        try await request.saveAudited(attendance, subject: .attendance, name: record.meeting.date, before: nil, entityID: record.id)
        return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Protocols.attendanceAdded)
    }

    @Sendable func removeAttendance(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let attendance = try await Attendance.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        let record = try await Protocols.find(request, id: attendance.$protocol.id)
        try ProtocolGuard.require(.edit, record)
        let before = attendance.snapshot
        let actor = request.actor
        try await request.db.transaction { db in
            try await attendance.delete(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .removed, subject: .attendance,
                                      entityID: record.id, name: record.meeting.date, before: before, after: nil)
        }
        return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Protocols.attendanceRemoved)
    }

    @Sendable func moveAttendanceUp(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let attendance = try await Attendance.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        let record = try await Protocols.find(request, id: attendance.$protocol.id)
        try ProtocolGuard.require(.edit, record)
        let all = try await Attendance.query(on: request.db).filter(\.$protocol.$id == record.requireID()).with(\.$person).all()
        guard let moving = all.first(where: { $0.id == attendance.id }) else { throw Abort(.notFound) }
        try await request.db.transaction { db in try await AttendanceList.moveUp(moving, among: all, on: db) }
        return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Protocols.movedUp)
    }

    /// The joint session with another body and the närvarobilaga's heading.
    @Sendable func saveDetails(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await Protocols.find(request)
        try ProtocolGuard.require(.edit, record)
        let values = try request.formValues()
        var v = FieldValidator(values)
        let body = v.text("jointBody", required: false, maxLength: 200)
        let from = v.integer("jointFrom", in: 1...9999, required: body != nil)
        let to = v.integer("jointTo", in: 1...9999, required: body != nil)
        if let from, let to, to < from { v.add("jointTo", .endBeforeStart) }
        let numbers = record.paragraphs.map(\.number)
        if let low = numbers.min(), let high = numbers.max() {
            for (field, number) in [("jointFrom", from), ("jointTo", to)] where number.map({ !(low...high).contains(Int($0)) }) == true {
                v.add(field, .outOfRange(min: Int64(low), max: Int64(high)))
            }
        }
        let title = v.text("attendanceAppendixTitle", required: false, maxLength: 200)
        guard v.isValid else { return try await ProtocolPages.page(request, record, detailsState: request.formState(values, issues: v.issues)) }
        let before = record.detailsSnapshot
        record.jointBody = body
        record.jointFrom = body == nil ? nil : from.map(Int.init)
        record.jointTo = body == nil ? nil : to.map(Int.init)
        record.attendanceAppendixTitle = title
        let actor = request.actor
        try await request.db.transaction { db in
            try await record.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .protocol,
                                      entityID: record.id, name: record.meeting.date, before: before, after: record.detailsSnapshot)
        }
        return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Protocols.detailsSaved)
    }
}

extension MeetingProtocol {
    fileprivate var detailsSnapshot: [String: String] {
        ["jointBody": jointBody ?? "", "jointFrom": jointFrom.map(String.init) ?? "", "jointTo": jointTo.map(String.init) ?? "",
         "attendanceAppendixTitle": attendanceAppendixTitle ?? ""]
    }
}
