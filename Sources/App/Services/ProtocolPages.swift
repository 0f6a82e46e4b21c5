import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// The protokoll's page with every form on it, and the justering section: built here, so that
/// each controller that answers with the page (attendance, justering, anslag, rättelse, §§
/// added at the meeting) renders it without calling another controller.
enum ProtocolPages {
    static func page(_ request: Request, _ record: MeetingProtocol, attendanceState: FormState? = nil, signersState: FormState? = nil,
              signState: FormState? = nil, postingState: FormState? = nil, correctionState: FormState? = nil,
              paragraphState: FormState? = nil, detailsState: FormState? = nil) async throws -> Response {
        let association = try request.association
        let mandates = try await Protocols.mandates(record, on: request.db)
        let attendanceCheck = try await Protocols.check(request, record, mandates)
        let rules = try await RulesStore.record(for: association, on: request.db).rules
        let attendances = try await Attendance.query(on: request.db).filter(\.$protocol.$id == record.requireID())
            .with(\.$person).with(\.$servesFor).all()
        let entries = attendances.map(\.entry)
        let date = record.meeting.civilDate ?? request.today
        let memberOf = Protocols.appointingMembers(mandates, on: date)
        let people = try await Person.query(on: request.db).filter(\.$organisation.$id == association.id).sort(\.$name).all()
        let seatHolders = mandates.filter { $0.facts.isActive(on: date) && $0.role.isVotingMember }.map(\.person)
        var model = ProtocolPage.Model(
            id: try record.requireID().uuidString, title: Sv.Protocols.heading(record.meeting.body.displayName, record.meeting.date),
            meetingID: record.$meeting.id.uuidString, meetingTitle: record.meeting.title, state: record.stateText(on: request.today),
            isEditable: record.status == .draft,
            attendance: AttendanceList.ordered(attendances).map {
                var row = ProtocolPage.AttendanceRow(id: $0.id!.uuidString, person: $0.person.name,
                                                     organisation: memberOf[$0.$person.id] ?? $0.person.title,
                                                     role: Sv.Protocols.role($0.entry.role), mode: Sv.Protocols.mode($0.entry.mode),
                                                     range: Sv.Protocols.range($0.entry.paragraphs), servesFor: $0.servesFor?.name,
                                                     isChair: $0.isChair)
                row.inAppendix = $0.inAppendix
                return row
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
            remoteAllowed: rules.allowsRemoteParticipation(on: date))
        let justering = try await ProtocolPages.justering(request, record, people: people)
        let states = [attendanceState, signersState, signState, postingState, correctionState, paragraphState, detailsState]
        model.corrections = ProtocolDocuments.lines(try await ProtocolDocuments.corrections(of: record.requireID(), on: request.db))
        model.canCorrect = association.permissions.canPrepareMeetings && record.status >= .adjusted
        model.details = ["jointBody": record.jointBody ?? "", "jointFrom": record.jointFrom.map(String.init) ?? "",
                         "jointTo": record.jointTo.map(String.init) ?? "", "attendanceAppendixTitle": record.attendanceAppendixTitle ?? ""]
        model.lockedText = record.status == .draft ? nil : (record.status.isImmutable ? Sv.Protocols.immutable : Sv.Protocols.locked)
        let insertion = try await Self.defaultInsertion(record, on: request.db)
        return .html(ProtocolPage.render(model, slug: association.slug, canEdit: association.permissions.canPrepareMeetings,
                                         attendanceState: attendanceState
                                             ?? request.formState(record.meeting.format == .remote ? ["mode": ParticipationMode.remote.rawValue] : [:]),
                                         justering: justering.section,
                                         signersState: signersState ?? request.formState(justering.signerValues),
                                         signState: signState ?? request.formState(["answer": "sign"]),
                                         postingState: postingState ?? request.formState(["postedOn": record.adjustedOn ?? ""]),
                                         correctionState: correctionState ?? request.formState(),
                                         paragraphState: paragraphState ?? request.formState(insertion),
                                         detailsState: detailsState ?? request.formState(model.details),
                                         context: request.pageContext()),
                     status: states.contains { $0?.hasErrors == true } ? .unprocessableEntity : .ok)
    }

    /// A § added at the meeting goes before the closing standing items (Övriga frågor, Mötet
    /// avslutas, or whatever the association's closing items are) unless the kansli chooses otherwise.
    static func defaultInsertion(_ record: MeetingProtocol, on database: any Database) async throws -> [String: String] {
        let sorted = record.paragraphs.sorted { $0.number < $1.number }
        let closing = Set(try await AgendaItems.of(record.$meeting.id, on: database).filter { $0.standingPlacement == .closing }.compactMap(\.id))
        let lastBeforeClosing = sorted.last { paragraph in paragraph.$agendaItem.id.map { !closing.contains($0) } ?? true } ?? sorted.last
        return ["afterParagraph": lastBeforeClosing.map { String($0.number) } ?? "", "kind": AgendaItemKind.decision.rawValue]
    }

    struct Model {
        let section: JusteringSection.Model
        let signerValues: [String: String]
    }

    /// The signers' rows and what the current user may do.
    static func justering(_ request: Request, _ record: MeetingProtocol, people: [Person]) async throws -> Model {
        let association = try request.association
        let signers = try await ProtocolSigner.query(on: request.db).filter(\.$protocol.$id == record.requireID()).with(\.$person).all()
            .sorted { ($0.role.rank, $0.person.name) < ($1.role.rank, $1.person.name) }
        let signatures = try await Signature.query(on: request.db).filter(\.$protocol.$id == record.requireID()).sort(\.$signedAt).all()
        let rows = signers.map { signer -> JusteringSection.SignerRow in
            let latest = signatures.last { $0.$person.id == signer.$person.id }
            // An imported protokoll was justerat on paper; no one signs it here.
            var status = record.archiveImportID == nil ? Sv.Justering.waiting : Sv.Justering.signedOnPaper(record.adjustedOn)
            if let latest, latest.declined { status = Sv.Justering.declined(AuditLog.format(latest.signedAt), latest.comment ?? "") }
            if let latest, !latest.declined, latest.contentSHA256 == record.contentSHA256 { status = Sv.Justering.signed(AuditLog.format(latest.signedAt)) }
            let earlierDeclines = signatures.filter { $0.$person.id == signer.$person.id && $0.declined && $0.id != latest?.id }
            for decline in earlierDeclines { status += ". " + Sv.Justering.declined(AuditLog.format(decline.signedAt), decline.comment ?? "") }
            return JusteringSection.SignerRow(role: Sv.Justering.role(signer.role), name: signer.person.name, status: status)
        }
        let myPerson = request.organisationContext?.access.$person.id
        let mySigner = signers.first { $0.$person.id == myPerson }
        let iHaveSigned = signatures.contains { $0.$person.id == myPerson && !$0.declined && $0.contentSHA256 == record.contentSHA256 }
        var warnings: [String] = []
        let rules = try await RulesStore.record(for: association, on: request.db).rules
        if let adjusted = record.adjustedOn.flatMap({ CivilDate(iso: $0) }), let meetingDate = record.meeting.civilDate {
            let days = meetingDate.days(until: adjusted)
            if days > rules.adjustmentDeadlineDays { warnings.append(Sv.Justering.lateWarning(days: days, deadline: rules.adjustmentDeadlineDays)) }
        }
        let isKansli = association.permissions.canPrepareMeetings
        let roles = Set(signers.map(\.role))
        var values: [String: String] = [:]
        let adjusters = signers.filter { $0.role == .adjuster }
        values["secretary"] = signers.first { $0.role == .secretary }?.$person.id.uuidString
        values["chair"] = signers.first { $0.role == .chair }?.$person.id.uuidString
        values["adjuster1"] = adjusters.first?.$person.id.uuidString
        values["adjuster2"] = adjusters.dropFirst().first?.$person.id.uuidString
        let section = JusteringSection.Model(
            signers: rows, canChooseSigners: isKansli && record.status == .draft,
            canSend: isKansli && record.status == .draft && roles.contains(.secretary) && roles.contains(.chair) && roles.contains(.adjuster),
            canSign: record.status == .forAdjustment && mySigner != nil && !iHaveSigned,
            people: people.map { ($0.id!.uuidString, $0.name) },
            warnings: warnings + (record.adjustedOn.map { [Sv.Justering.adjustedOn($0)] } ?? []),
            checksum: record.status >= .forAdjustment ? record.contentSHA256 : nil)
        var withPosting = section
        withPosting.canPost = isKansli && record.status == .adjusted && record.postedOn == nil
        if let posted = record.postedOn, let ends = record.appealEndsOn {
            withPosting.postingSummary = Sv.Anslag.summary(posted: posted, takenDown: ends)
        }
        if record.status >= .adjusted {
            withPosting.publicURL = SiteURL.publicProtocol(association.slug, try record.requireID().uuidString).path
        }
        return Model(section: withPosting, signerValues: values)
    }
}

enum AdjusterElection {
    /// The § "Val av justerare" records whom the meeting chose: its decision follows the justerare
    /// saved here, unless the kansli has written a different one.
    static func record(_ adjusters: [UUID], in record: MeetingProtocol, on db: any Database) async throws {
        guard let paragraph = record.paragraphs.first(where: { $0.purpose == .adjusterElection }),
              paragraph.adjustedOn == nil else { return }
        let names = try await Person.query(on: db).filter(\.$id ~~ adjusters).all()
        let ordered = adjusters.compactMap { id in names.first { $0.id == id }?.name }
        let decisions = try await Decision.query(on: db).filter(\.$paragraph.$id == paragraph.requireID()).all()
        let wording = Sv.Justering.election(ordered)
        if let existing = decisions.first(where: { $0.wording.hasPrefix(Sv.Justering.electionPrefix) }) {
            existing.wording = wording
            try await existing.save(on: db)
        } else if decisions.isEmpty {
            try await Decision(organisationID: paragraph.$organisation.id, paragraphID: paragraph.requireID(),
                               draft: DecisionDraft(kind: .decision, wording: wording)).create(on: db)
        }
    }
}
