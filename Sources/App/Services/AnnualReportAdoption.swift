import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// The årsredovisning's way from draft to adopted (issue 18, item 6): the kansli's text, the
/// document laid before a board meeting as a bilaga, and the ledamöter's signatures on exactly
/// that document. The rules are `AnnualReportLifecycle`'s; this does the records' part.
enum AnnualReportAdoption {
    static func record(organisationID: UUID, year: Int, on database: any Database) async throws -> AnnualReportRecord? {
        try await AnnualReportRecord.query(on: database).filter(\.$organisation.$id == organisationID).filter(\.$year == year).first()
    }

    /// The stored records of the years, by year (text, employees, adoption).
    static func records(organisationID: UUID, years: ClosedRange<Int>, on database: any Database) async throws -> [Int: AnnualReportRecord] {
        Dictionary(try await AnnualReportRecord.query(on: database).filter(\.$organisation.$id == organisationID)
            .filter(\.$year >= years.lowerBound).filter(\.$year <= years.upperBound).all().map { ($0.year, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The state's rule applied: the state the event leads to, or the conflict as a 409.
    @discardableResult
    static func require(_ event: AnnualReportLifecycle.Event, _ record: AnnualReportRecord?) throws -> AnnualReportState {
        switch AnnualReportLifecycle.apply(event, to: record?.status ?? .draft) {
        case .success(let state): return state
        case .failure(let conflict): throw StateConflict(Sv.AnnualReportAdoption.conflict(conflict))
        }
    }

    /// Whoever signed the document now before the board (not a sending back).
    static func signed(_ record: AnnualReportRecord?, on database: any Database) async throws -> Set<UUID> {
        guard let sha = record?.contentSHA256, let id = record?.id else { return [] }
        return Set(try await AnnualReportSignature.query(on: database).filter(\.$report.$id == id).filter(\.$contentSHA256 == sha)
            .filter(\.$declined == false).all().map(\.$person.id))
    }

    /// The meeting the report is or was laid before, with its body.
    static func meeting(of record: AnnualReportRecord?, on database: any Database) async throws -> Meeting? {
        guard let id = record?.$meeting.id else { return nil }
        return try await Meeting.query(on: database).filter(\.$id == id).with(\.$body).first()
    }

    static func attachment(of record: AnnualReportRecord?, on database: any Database) async throws -> Attachment? {
        guard let id = record?.$attachment.id else { return nil }
        return try await Attachment.find(id, on: database)
    }

    /// The board's ledamöter on the meeting's day: they sign the årsredovisning.
    static func signers(of meeting: Meeting, on database: any Database) async throws -> [Person] {
        guard let day = meeting.civilDate else { return [] }
        return try await Mandate.query(on: database).filter(\.$body.$id == meeting.$body.id).with(\.$person).all()
            .filter { $0.facts.isActive(on: day) && $0.role.isVotingMember }
            .map(\.person).reduce(into: [Person]()) { people, person in
                if !people.contains(where: { $0.id == person.id }) { people.append(person) }
            }
            .sorted { $0.name < $1.name }
    }

    /// The board's meetings after the year's end, from today on, that can still take a bilaga:
    /// those the report can be laid before.
    static func meetingChoices(organisationID: UUID, year: Int, on request: Request) async throws -> [Meeting] {
        guard let board = try await Body.board(of: organisationID, on: request.db) else { return [] }
        let meetings = try await Meeting.query(on: request.db).filter(\.$organisation.$id == organisationID)
            .filter(\.$body.$id == board.requireID()).filter(\.$statusRaw == MeetingStatus.planned.rawValue)
            .filter(\.$date > "\(year)-12-31").filter(\.$date >= request.today.iso).sort(\.$date).with(\.$body).all()
        let phases = try await MeetingState.phases(of: meetings, on: request.db, today: request.today)
        return meetings.filter { meeting in
            meeting.id.flatMap { phases[$0] }.map { MeetingLifecycle.conflict(.changeAttachments, in: $0) == nil } ?? false
        }
    }

    /// Lays the document before the meeting: the PDF as the meeting's bilaga (a new version of the
    /// report's bilaga when it is already that meeting's), the board's ledamöter as signers, the
    /// open-data figures as the document states them, and a mail with a link to each ledamot
    /// with an address. One transaction; returns the names of those without an address.
    static func present(_ record: AnnualReportRecord, pdf: Data, figures: APIAnnualReport, meeting: Meeting, signers: [Person],
                        on request: Request) async throws -> [String] {
        let association = try request.association
        let actor = request.actor
        let meetingID = try meeting.requireID()
        let title = Sv.AnnualReport.title(record.year)
        let filename = "arsredovisning-\(association.slug)-\(record.year).pdf"
        let json = String(decoding: try JSONEncoder().encode(figures), as: UTF8.self)
        let today = request.today
        let sha = FileStore.sha256(pdf)
        let associationName = association.name
        let link = request.application.settings.publicBaseURL + SiteURL.annualReport(association.slug).path + "?ar=\(record.year)"
        try await request.db.transaction { db in
            if let attachmentID = record.$attachment.id,
               let attachment = try await Attachment.query(on: db).filter(\.$id == attachmentID).filter(\.$meeting.$id == meetingID)
                   .with(\.$versions).first() {
                try await Bilagor.addVersion(pdf, filename: filename, mediaType: "application/pdf", to: attachment,
                                                      organisationID: association.id, actor: actor, on: db)
            } else {
                let attachment = try await Bilagor.add(.init(title: title, secrecyGround: nil, data: pdf, filename: filename, mediaType: "application/pdf"),
                                                       meetingID: meetingID, itemIDs: [], organisationID: association.id, actor: actor, on: db)
                record.$attachment.id = try attachment.requireID()
            }
            record.$meeting.id = meetingID
            record.contentSHA256 = sha
            record.figures = json
            record.statusRaw = AnnualReportState.presented.rawValue
            record.presentedOn = today.iso
            try await record.save(on: db)
            let reportID = try record.requireID()
            try await AnnualReportSigner.query(on: db).filter(\.$report.$id == reportID).delete()
            for person in signers { try await AnnualReportSigner(reportID: reportID, personID: person.requireID()).create(on: db) }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .annualReport,
                                      entityID: reportID, name: title, before: nil,
                                      after: ["status": record.statusRaw, "meeting": meeting.date, "sha256": sha,
                                              "signers": signers.map(\.name).joined(separator: ", ")])
            for person in signers {
                guard let email = person.email else { continue }
                try await Outbox.enqueue(on: db, organisationID: association.id, to: [Outbox.Recipient(email: email, name: person.name)],
                                         subject: Sv.AnnualReportAdoption.requestSubject(record.year, associationName),
                                         body: Sv.AnnualReportAdoption.requestBody(name: person.name, year: record.year, meeting: meeting.date,
                                                                                   association: associationName, link: link),
                                         topic: "arsredovisning", subjectID: reportID)
            }
        }
        return signers.filter { $0.email == nil }.map(\.name)
    }

    /// The annual reports before the board that these people (one user's persons in their
    /// associations) can sign now and have not: from the meeting day, the current version.
    static func awaiting(personIDs: [UUID], today: CivilDate, on database: any Database) async throws -> [AnnualReportRecord] {
        guard !personIDs.isEmpty else { return [] }
        let mine = try await AnnualReportSigner.query(on: database).filter(\.$person.$id ~~ personIDs).all()
        guard !mine.isEmpty else { return [] }
        let presented = try await AnnualReportRecord.query(on: database).filter(\.$id ~~ Set(mine.map(\.$report.id)))
            .filter(\.$statusRaw == AnnualReportState.presented.rawValue).with(\.$meeting).all()
        var waiting: [AnnualReportRecord] = []
        for record in presented where (record.meeting?.civilDate).map({ $0 <= today }) == true {
            let signed = try await signed(record, on: database)
            if mine.contains(where: { $0.$report.id == record.id && !signed.contains($0.$person.id) }) { waiting.append(record) }
        }
        return waiting.sorted { $0.year < $1.year }
    }

    /// Back to a draft: taken back by the kansli or sent back by a ledamot. The bilaga stays on
    /// the meeting; laying the report before it again gives the bilaga a new version.
    static func reopen(_ record: AnnualReportRecord) {
        record.statusRaw = AnnualReportState.draft.rawValue
        record.contentSHA256 = nil
        record.figures = nil
    }

    /// The figures as laid before the board, when the report has been.
    static func keptFigures(_ record: AnnualReportRecord?) -> APIAnnualReport? {
        guard let json = record?.figures else { return nil }
        return try? JSONDecoder().decode(APIAnnualReport.self, from: Data(json.utf8))
    }

    /// Whether the records now give other figures than the document laid before the board: a
    /// correction made since, which a new version would carry.
    static func changedSincePresented(_ record: AnnualReportRecord, on database: any Database) async throws -> Bool {
        guard record.status == .presented, let kept = keptFigures(record),
              let now = try await APIAnnualReport.compute(organisationID: record.$organisation.id, year: record.year, on: database) else { return false }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(kept) != encoder.encode(now)
    }

    /// The document laid before the board, as stored in its bilaga.
    static func document(_ record: AnnualReportRecord, on database: any Database) async throws -> StoredFile? {
        guard let sha = record.contentSHA256 else { return nil }
        return try await StoredFile.query(on: database).filter(\.$sha256 == sha).first()
    }
}
