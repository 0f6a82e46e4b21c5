import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Anonymous survey answers read from a sheet (issue 18, item 3). Every row is checked as the
/// answer form checks one; the answers are added to those recorded, since nothing ties an
/// anonymous answer to one already there.
enum SurveyImport: SheetImport {
    struct CheckedRow {
        let row: CSVSheet.Row
        let draft: SurveyAnswerDraft?
        let issues: [FieldIssue]
    }

    static func sheet(slug: String, interventionID: String, code: String) -> SheetImportPage.Sheet {
        .surveyAnswers(slug: slug, interventionID: interventionID, code: code)
    }

    static func check(_ text: String, intervention: Intervention, on request: Request) async throws -> Result<[CheckedRow], ValidationFailure> {
        let today = request.today
        return rows(SurveyCSV.read(text)).map { rows in
            rows.map { row in
                let result = SurveyAnswerDraft.parse(row.values, today: today)
                let issues = row.issues + result.issues
                guard issues.isEmpty, case .success(let draft) = result else { return CheckedRow(row: row, draft: nil, issues: issues) }
                return CheckedRow(row: row, draft: draft, issues: [])
            }
        }
    }

    static func isReady(_ row: CheckedRow) -> Bool { row.draft != nil }

    static func preview(_ row: CheckedRow) -> SheetImportPage.PreviewRow { previewRow(row.row, issues: row.issues, replaces: false) }

    static func save(_ rows: [CheckedRow], intervention: Intervention, on request: Request) async throws {
        let organisationID = try request.association.id
        let interventionID = try intervention.requireID()
        let actor = request.actor
        try await request.db.transaction { db in
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

    static func saved(_ count: Int) -> String { Sv.FollowUp.surveyImported(count) }
}
