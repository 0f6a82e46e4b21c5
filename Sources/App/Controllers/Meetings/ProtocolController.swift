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
    }

    @Sendable func start(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let meeting = try await Meeting.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first(), meeting.status == .planned,
            let date = meeting.civilDate else { throw Abort(.notFound) }
        let meetingID = try meeting.requireID()
        if let existing = try await MeetingProtocol.query(on: request.db).filter(\.$meeting.$id == meetingID).first() {
            return request.redirect(to: .protocolPage(association.slug, existing.id!.uuidString), flash: Sv.Protocols.started)
        }
        guard date <= request.today else {
            return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.Protocols.meetingNotHeld)
        }
        let items = try await AgendaController.items(of: meetingID, on: request.db)
        guard !items.isEmpty else {
            return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.Protocols.noAgenda)
        }
        let sameYear = try await MeetingProtocol.query(on: request.db).filter(\.$body.$id == meeting.$body.id)
            .filter(\.$year == date.year).with(\.$meeting).with(\.$paragraphs).all()
        guard !sameYear.contains(where: { ($0.meeting.civilDate ?? date) > date }) else {
            return request.redirect(to: .meeting(association.slug, meetingID.uuidString), flash: Sv.Protocols.laterExists)
        }
        let first = ParagraphNumbering.firstNumber(on: date, earlierMeetings: sameYear.compactMap { p in
            p.meeting.civilDate.map { (date: $0, lastNumber: p.paragraphs.map(\.number).max() ?? 0) }
        })
        let protocolRecord = MeetingProtocol(organisationID: association.id, meetingID: meetingID, bodyID: meeting.$body.id, year: date.year)
        let actor = request.actor
        try await request.db.transaction { db in
            try await protocolRecord.create(on: db)
            for (offset, item) in items.enumerated() {
                try await Paragraph(organisationID: association.id, protocolID: protocolRecord.requireID(), agendaItemID: item.id,
                                    number: first + offset, title: item.title, kind: item.kind, secrecyGround: item.secrecyGround,
                                    addedAtMeeting: item.addedAtMeeting).create(on: db)
            }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .protocol,
                                      entityID: protocolRecord.id, name: meeting.date, before: nil,
                                      after: ["paragraphs": "\(first)–\(first + items.count - 1)"])
        }
        return request.redirect(to: .protocolPage(association.slug, protocolRecord.id!.uuidString), flash: Sv.Protocols.started)
    }

    func find(_ request: Request, id: UUID? = nil) async throws -> MeetingProtocol {
        let association = try request.association
        let wanted = try id ?? request.idParameter()
        let query = MeetingProtocol.query(on: request.db).filter(\.$id == wanted).filter(\.$organisation.$id == association.id)
            .with(\.$meeting) { $0.with(\.$body) }.with(\.$paragraphs)
        guard let record = try await query.first() else { throw Abort(.notFound) }
        return record
    }

    /// The member that appointed each person to the body, as on the meeting day.
    static func appointingMembers(_ mandates: [Mandate], on date: CivilDate) -> [UUID: String] {
        Dictionary(mandates.filter { $0.facts.isActive(on: date) }.compactMap { m in m.appointedBy.map { (m.$person.id, $0.name) } },
                   uniquingKeysWith: { first, _ in first })
    }

    /// The body's mandates, for checking attendance and counting seats on the meeting day.
    func mandates(_ record: MeetingProtocol, on database: any Database) async throws -> [Mandate] {
        try await Mandate.query(on: database).filter(\.$body.$id == record.$body.id).with(\.$person).with(\.$appointedBy).all()
    }

    func check(_ request: Request, _ record: MeetingProtocol, _ mandates: [Mandate]) async throws -> AttendanceCheck {
        let numbers = record.paragraphs.map(\.number)
        let rules = try await RulesController.record(for: try request.association, on: request.db).rules
        return AttendanceCheck(paragraphs: numbers.min().flatMap { low in numbers.max().map { low...$0 } },
                               meetingDate: record.meeting.civilDate ?? request.today, mandates: mandates.map(\.facts),
                               remoteAllowed: rules.remoteParticipationAllowed)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await page(request, try await find(request))
    }

    func page(_ request: Request, _ record: MeetingProtocol, attendanceState: FormState? = nil, signersState: FormState? = nil,
              signState: FormState? = nil, postingState: FormState? = nil, correctionState: FormState? = nil,
              paragraphState: FormState? = nil) async throws -> Response {
        let association = try request.association
        let mandates = try await mandates(record, on: request.db)
        let attendanceCheck = try await check(request, record, mandates)
        let rules = try await RulesController.record(for: association, on: request.db).rules
        let attendances = try await Attendance.query(on: request.db).filter(\.$protocol.$id == record.requireID())
            .with(\.$person).with(\.$servesFor).all()
        let entries = attendances.map(\.entry)
        let date = record.meeting.civilDate ?? request.today
        let memberOf = Self.appointingMembers(mandates, on: date)
        let order = AttendanceRoleChoices.all
        let people = try await Person.query(on: request.db).filter(\.$organisation.$id == association.id).sort(\.$name).all()
        let seatHolders = mandates.filter { $0.facts.isActive(on: date) && $0.role.isVotingMember }.map(\.person)
        var model = ProtocolPage.Model(
            id: try record.requireID().uuidString, title: Sv.Protocols.heading(record.meeting.body.displayName, record.meeting.date),
            meetingID: record.$meeting.id.uuidString, meetingTitle: record.meeting.title, state: record.stateText(on: request.today),
            isEditable: record.status == .draft,
            attendance: attendances.sorted {
                (order.firstIndex(of: $0.entry.role) ?? 0, $0.person.name) < (order.firstIndex(of: $1.entry.role) ?? 0, $1.person.name)
            }.map {
                ProtocolPage.AttendanceRow(id: $0.id!.uuidString, person: $0.person.name, organisation: memberOf[$0.$person.id],
                                           role: Sv.Protocols.role($0.entry.role), mode: Sv.Protocols.mode($0.entry.mode),
                                           range: Sv.Protocols.range($0.entry.paragraphs), servesFor: $0.servesFor?.name, isChair: $0.isChair)
            },
            paragraphs: record.paragraphs.sorted { $0.number < $1.number }.map { paragraph in
                let quorum = attendanceCheck.quorum(at: paragraph.number, entries: entries, rule: rules.quorum)
                var row = ProtocolPage.ParagraphRow(id: paragraph.id!.uuidString, number: paragraph.number, title: paragraph.title,
                                                    quorum: Sv.Protocols.quorumText(quorum), isQuorate: quorum.isQuorate,
                                                    secrecyGround: paragraph.secrecyGround)
                row.addedAtMeeting = paragraph.addedAtMeeting
                return row
            },
            people: people.map { ($0.id!.uuidString, $0.name) }, seatHolders: seatHolders.map { ($0.id!.uuidString, $0.name) },
            remoteAllowed: rules.remoteParticipationAllowed)
        let justering = try await JusteringController().model(request, record, people: people)
        let states = [attendanceState, signersState, signState, postingState, correctionState, paragraphState]
        model.corrections = ProtocolDocuments.lines(try await ProtocolDocuments.corrections(of: record.requireID(), on: request.db))
        model.canCorrect = association.permissions.canPrepareMeetings && record.status >= .adjusted
        model.lockedText = record.status == .draft ? nil : (record.status.isImmutable ? Sv.Protocols.immutable : Sv.Protocols.locked)
        return .html(ProtocolPage.render(model, slug: association.slug, canEdit: association.permissions.canPrepareMeetings,
                                         attendanceState: attendanceState ?? request.formState(), justering: justering.section,
                                         signersState: signersState ?? request.formState(justering.signerValues),
                                         signState: signState ?? request.formState(["answer": "sign"]),
                                         postingState: postingState ?? request.formState(["postedOn": record.adjustedOn ?? ""]),
                                         correctionState: correctionState ?? request.formState(),
                                         paragraphState: paragraphState ?? request.formState(Self.defaultInsertion(record)),
                                         context: request.pageContext()),
                     status: states.contains { $0?.hasErrors == true } ? .unprocessableEntity : .ok)
    }

    /// A § added at the meeting goes before the closing items (Övriga frågor, Mötet avslutas) unless
    /// the kansli chooses otherwise.
    static func defaultInsertion(_ record: MeetingProtocol) -> [String: String] {
        let sorted = record.paragraphs.sorted { $0.number < $1.number }
        let closing = Set(StandingItem.defaults.filter { $0.placement == .closing }.map(\.title))
        let lastBeforeClosing = sorted.last { !closing.contains($0.title) } ?? sorted.last
        return ["afterParagraph": lastBeforeClosing.map { String($0.number) } ?? "", "kind": AgendaItemKind.decision.rawValue]
    }

    @Sendable func addAttendance(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await find(request)
        guard record.status == .draft else { throw Abort(.forbidden) }
        let values = try request.formValues()
        let parsed = AttendanceEntry.parse(values)
        var issues = parsed.issues
        if case .success(let entry) = parsed {
            let known = try await Person.query(on: request.db).filter(\.$id == entry.personID).filter(\.$organisation.$id == association.id)
                .first() != nil
            if !known { issues.append(FieldIssue("personID", .unknownReference)) }
            let existing = try await Attendance.query(on: request.db).filter(\.$protocol.$id == record.requireID()).all().map(\.entry)
            issues += try await check(request, record, try await mandates(record, on: request.db)).issues(for: entry, existing: existing)
        }
        guard case .success(let entry) = parsed, issues.isEmpty else {
            return try await page(request, record, attendanceState: request.formState(values, issues: issues))
        }
        let attendance = Attendance(organisationID: association.id, protocolID: try record.requireID(), entry: entry)
        try await request.saveAudited(attendance, subject: .attendance, name: record.meeting.date, before: nil, entityID: record.id)
        return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Protocols.attendanceAdded)
    }

    @Sendable func removeAttendance(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let attendance = try await Attendance.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        let record = try await find(request, id: attendance.$protocol.id)
        guard record.status == .draft else { throw Abort(.forbidden) }
        let before = attendance.snapshot
        let actor = request.actor
        try await request.db.transaction { db in
            try await attendance.delete(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .removed, subject: .attendance,
                                      entityID: record.id, name: record.meeting.date, before: before, after: nil)
        }
        return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Protocols.attendanceRemoved)
    }
}
