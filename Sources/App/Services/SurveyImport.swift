import Domain
import Fluent
import Foundation
import Persistence
import Views

/// Anonymous survey answers read from a sheet (issue 18, item 3). Every row is checked as the
/// answer form checks one; the answers are added to those recorded, since nothing ties an
/// anonymous answer to one already there.
enum SurveyImport {
    struct CheckedRow {
        let row: CSVSheet.Row
        let draft: SurveyAnswerDraft?
        let issues: [FieldIssue]
    }

    static func check(_ text: String, today: CivilDate) -> Result<[CheckedRow], ValidationFailure> {
        switch SurveyCSV.read(text) {
        case .failure(.empty):
            return .failure(ValidationFailure([FieldIssue("file", .explained(Sv.FollowUp.importEmpty))]))
        case .failure(.missingColumns(let fields)):
            return .failure(ValidationFailure([FieldIssue("file", .explained(Sv.FollowUp.importMissingColumns(fields.map(Sv.FollowUp.fieldLabel))))]))
        case .success(let rows):
            return .success(rows.map { row in
                let result = SurveyAnswerDraft.parse(row.values, today: today)
                let issues = row.issues + result.issues
                guard issues.isEmpty, case .success(let draft) = result else { return CheckedRow(row: row, draft: nil, issues: issues) }
                return CheckedRow(row: row, draft: draft, issues: [])
            })
        }
    }

    /// Saves every answer in one transaction, each with its audit entry; nothing when one fails.
    static func save(_ rows: [CheckedRow], organisationID: UUID, intervention: Intervention, actor: Actor, on database: any Database) async throws {
        let interventionID = try intervention.requireID()
        try await database.transaction { db in
            for row in rows {
                guard let draft = row.draft else { continue }
                let answer = SurveyAnswer(organisationID: organisationID, interventionID: interventionID, draft: draft)
                try await answer.save(on: db)
                try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: .created, subject: .participantEpisode,
                                          entityID: answer.id, name: "\(intervention.code) \(Sv.FollowUp.surveyTitle)", before: nil,
                                          after: answer.snapshot)
            }
        }
    }
}
