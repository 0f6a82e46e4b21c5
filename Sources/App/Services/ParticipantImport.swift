import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Participations read from a sheet (issue 18, item 1). Every row is checked as the form checks
/// one; a row with the key and referral date of a participation already recorded in the insats
/// replaces it, so that a tertial sheet sent again with its endings filled in updates the
/// participations instead of counting them twice.
enum ParticipantImport: SheetImport {
    struct CheckedRow {
        let row: ParticipantCSV.Row
        let draft: ParticipantEpisodeDraft?
        let issues: [FieldIssue]
        /// The recorded participation the row replaces.
        let replaces: ParticipantEpisode?
    }

    static func sheet(slug: String, interventionID: String, code: String) -> SheetImportPage.Sheet {
        .participants(slug: slug, interventionID: interventionID, code: code)
    }

    static func check(_ text: String, intervention: Intervention, on request: Request) async throws -> Result<[CheckedRow], ValidationFailure> {
        let organisationID = try request.association.id
        let today = request.today
        let database = request.db
        let rows: [ParticipantCSV.Row]
        switch Self.rows(ParticipantCSV.read(text)) {
        case .failure(let failure): return .failure(failure)
        case .success(let read): rows = read
        }
        let municipalities = try await ParticipantRecords.municipalities(of: organisationID, on: database)
        let recorded = try await ParticipantRecords.episodes(of: organisationID, intervention: try intervention.requireID(), on: database)
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

    static func isReady(_ row: CheckedRow) -> Bool { row.draft != nil }

    static func preview(_ row: CheckedRow) -> SheetImportPage.PreviewRow { previewRow(row.row, issues: row.issues, replaces: row.replaces != nil) }

    static func saved(_ count: Int) -> String { Sv.FollowUp.imported(count) }

    static func save(_ rows: [CheckedRow], intervention: Intervention, on request: Request) async throws {
        let organisationID = try request.association.id
        let actor = request.actor
        let interventionID = try intervention.requireID()
        try await request.db.transaction { db in
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
