import Domain
import Fluent
import Foundation
import Persistence
import Views

/// Participations read from a sheet (issue 18, item 1). Every row is checked as the form checks
/// one; a row with the key and referral date of a participation already recorded in the insats
/// replaces it, so that a tertial sheet sent again with its endings filled in updates the
/// participations instead of counting them twice.
enum ParticipantImport {
    struct CheckedRow {
        let row: ParticipantCSV.Row
        let draft: ParticipantEpisodeDraft?
        let issues: [FieldIssue]
        /// The recorded participation the row replaces.
        let replaces: ParticipantEpisode?
    }

    static func check(_ text: String, organisationID: UUID, interventionID: UUID, today: CivilDate,
                      on database: any Database) async throws -> Result<[CheckedRow], ValidationFailure> {
        let rows: [ParticipantCSV.Row]
        switch ParticipantCSV.read(text) {
        case .failure(.empty):
            return .failure(ValidationFailure([FieldIssue("file", .explained(Sv.FollowUp.importEmpty))]))
        case .failure(.missingColumns(let fields)):
            return .failure(ValidationFailure([FieldIssue("file", .explained(Sv.FollowUp.importMissingColumns(fields.map(Sv.FollowUp.fieldLabel))))]))
        case .success(let read):
            rows = read
        }
        let municipalities = try await ParticipantRecords.municipalities(of: organisationID, on: database)
        let recorded = try await ParticipantRecords.episodes(of: organisationID, intervention: interventionID, on: database)
        var seen: [String: Int] = [:]
        return .success(rows.map { row in
            let result = ParticipantRecords.parse(ParticipantRecords.formValues(row, municipalities: municipalities), municipalities: municipalities,
                                                  today: today)
            var issues = row.issues + result.issues
            guard issues.isEmpty, case .success(let draft) = result else { return CheckedRow(row: row, draft: nil, issues: issues, replaces: nil) }
            let identity = "\(draft.key) \(draft.referredOn.iso)"
            if let earlier = seen[identity] {
                issues.append(FieldIssue("key", .explained(Sv.FollowUp.importRepeatedRow(earlier))))
                return CheckedRow(row: row, draft: nil, issues: issues, replaces: nil)
            }
            seen[identity] = row.line
            let existing = recorded.first { $0.participantKey == draft.key && $0.referredOn == draft.referredOn.iso }
            return CheckedRow(row: row, draft: draft, issues: [], replaces: existing)
        })
    }

    /// Saves every row in one transaction, each with its audit entry; nothing when one fails.
    static func save(_ rows: [CheckedRow], organisationID: UUID, intervention: Intervention, actor: Actor, on database: any Database) async throws {
        let interventionID = try intervention.requireID()
        try await database.transaction { db in
            for row in rows {
                guard let draft = row.draft else { continue }
                let episode = row.replaces ?? ParticipantEpisode(organisationID: organisationID, interventionID: interventionID, draft: draft)
                let before = row.replaces?.snapshot
                episode.apply(draft)
                try await episode.save(on: db)
                try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: before == nil ? .created : .updated,
                                          subject: .participantEpisode, entityID: episode.id, name: "\(intervention.code) \(draft.key)",
                                          before: before, after: episode.snapshot)
            }
        }
    }
}
