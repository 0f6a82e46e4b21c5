import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Justering reaches the signers: a mail with a link to each when the protokoll is sent, and one
/// reminder to those who have not signed a couple of days before the rules' justering deadline.
enum JusteringNotices {
    /// Days before the deadline that the reminder goes out.
    static let reminderDaysBefore = 2

    /// The signers who still have to sign the current content, with their addresses.
    static func pendingSigners(of record: MeetingProtocol, on database: any Database) async throws -> [Person] {
        let protocolID = try record.requireID()
        let signed = Set(try await Signature.query(on: database).filter(\.$protocol.$id == protocolID)
            .filter(\.$contentSHA256 == (record.contentSHA256 ?? "")).filter(\.$declined == false).all().map(\.$person.id))
        return try await ProtocolSigner.query(on: database).filter(\.$protocol.$id == protocolID).with(\.$person).all()
            .filter { !signed.contains($0.$person.id) }.map(\.person)
    }

    /// The protokoll out for justering that these people (one user's persons in their associations)
    /// have still to sign, oldest meeting first.
    static func awaiting(personIDs: [UUID], on database: any Database) async throws -> [MeetingProtocol] {
        guard !personIDs.isEmpty else { return [] }
        let mine = try await ProtocolSigner.query(on: database).filter(\.$person.$id ~~ personIDs).all()
        guard !mine.isEmpty else { return [] }
        let out = try await MeetingProtocol.query(on: database).filter(\.$id ~~ Set(mine.map(\.$protocol.id)))
            .filter(\.$statusRaw == ProtocolState.forAdjustment.rawValue).with(\.$meeting) { $0.with(\.$body) }.all()
        var waiting: [MeetingProtocol] = []
        for record in out {
            let pending = Set(try await pendingSigners(of: record, on: database).compactMap(\.id))
            if mine.contains(where: { $0.$protocol.id == record.id && pending.contains($0.$person.id) }) { waiting.append(record) }
        }
        return waiting.sorted { $0.meeting.date < $1.meeting.date }
    }

    /// The deadline for justering under the association's rules.
    static func deadline(of meeting: Meeting, rules: AssociationRules) -> CivilDate? {
        meeting.civilDate?.adding(days: rules.adjustmentDeadlineDays)
    }

    /// Queues the request to sign for every signer with an address, in the caller's transaction;
    /// returns the names of those without one, so the kansli can reach them another way.
    static func enqueueRequests(for record: MeetingProtocol, signers: [Person], associationName: String, baseURL: String, slug: String,
                                deadline: CivilDate?, on db: any Database) async throws -> [String] {
        let meeting = record.meeting
        let link = baseURL + SiteURL.protocolPage(slug, try record.requireID().uuidString).path
        for person in signers {
            guard let email = person.email else { continue }
            try await Outbox.enqueue(on: db, organisationID: record.$organisation.id, to: [Outbox.Recipient(email: email, name: person.name)],
                                     subject: Sv.Justering.requestSubject(meeting.body.displayName, meeting.date),
                                     body: Sv.Justering.requestBody(name: person.name, body: meeting.body.displayName, date: meeting.date,
                                                                    association: associationName, deadline: deadline?.iso, link: link),
                                     topic: "justering", subjectID: record.id)
        }
        return signers.filter { $0.email == nil }.map(\.name)
    }

    /// Reminds the signers of every protokoll out for justering whose deadline is near. Each
    /// protokoll is claimed by setting its reminder date only where none is set, so that two app
    /// servers never remind twice.
    @discardableResult
    static func enqueueReminders(_ app: Application, today: CivilDate) async throws -> Int {
        let out = try await MeetingProtocol.query(on: app.db).filter(\.$statusRaw == ProtocolState.forAdjustment.rawValue)
            .filter(\.$adjustmentReminderSentOn == nil).with(\.$meeting) { $0.with(\.$body) }.with(\.$organisation).all()
        var count = 0
        for record in out {
            let association = record.organisation
            let rules = try await RulesStore.record(forOrganisation: association.requireID(), on: app.db).rules
            guard let deadline = deadline(of: record.meeting, rules: rules),
                  let remindOn = deadline.adding(days: -reminderDaysBefore), today >= remindOn else { continue }
            let pending = try await pendingSigners(of: record, on: app.db)
            let name = try await association.currentName(on: app.db, today: today)
            let link = app.settings.publicBaseURL + SiteURL.protocolPage(association.slug, try record.requireID().uuidString).path
            let claimed = try await app.db.transaction { db -> Bool in
                guard try await RowLock.markOnce(MeetingProtocol.schema, id: record.requireID(), column: "adjustment_reminder_sent_on",
                                                 value: today.iso, on: db) else { return false }
                for person in pending {
                    guard let email = person.email else { continue }
                    try await Outbox.enqueue(on: db, organisationID: try association.requireID(),
                                             to: [Outbox.Recipient(email: email, name: person.name)],
                                             subject: Sv.Justering.reminderSubject(record.meeting.body.displayName, record.meeting.date),
                                             body: Sv.Justering.reminderBody(name: person.name, body: record.meeting.body.displayName,
                                                                             date: record.meeting.date, association: name,
                                                                             deadline: deadline.iso, link: link),
                                             topic: "justering-paminnelse", subjectID: record.id)
                }
                return true
            }
            if claimed { count += pending.filter { $0.email != nil }.count }
        }
        return count
    }
}
