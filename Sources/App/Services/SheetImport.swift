import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// A kind of row read from an insats's CSV sheet (participations, survey answers): how the sheet
/// is checked row by row, how a checked row is previewed, and how the rows are saved together.
/// `SheetImportController` runs the upload, the preview and the saving the same way for each.
protocol SheetImport {
    associatedtype CheckedRow

    static func sheet(slug: String, interventionID: String, code: String) -> SheetImportPage.Sheet
    static func check(_ text: String, intervention: Intervention, on request: Request) async throws -> Result<[CheckedRow], ValidationFailure>
    static func isReady(_ row: CheckedRow) -> Bool
    static func preview(_ row: CheckedRow) -> SheetImportPage.PreviewRow
    /// Saves every ready row in one transaction, each with its audit entry.
    static func save(_ rows: [CheckedRow], intervention: Intervention, on request: Request) async throws
    static func saved(_ count: Int) -> String
}

extension SheetImport {
    /// The sheet's rows, or the problem with the whole file on its `file` field.
    static func rows(_ read: Result<[CSVSheet.Row], CSVSheet.Problem>) -> Result<[CSVSheet.Row], ValidationFailure> {
        switch read {
        case .failure(.empty):
            .failure(ValidationFailure([FieldIssue("file", .explained(Sv.FollowUp.importEmpty))]))
        case .failure(.missingColumns(let fields)):
            .failure(ValidationFailure([FieldIssue("file", .explained(Sv.FollowUp.importMissingColumns(fields.map(Sv.FollowUp.fieldLabel))))]))
        case .success(let rows):
            .success(rows)
        }
    }

    /// A row as the preview shows it: its values in words, a personnummer hidden, its problems in Swedish.
    static func previewRow(_ row: CSVSheet.Row, issues: [FieldIssue], replaces: Bool) -> SheetImportPage.PreviewRow {
        SheetImportPage.PreviewRow(line: row.line, values: ParticipantRecords.display(row.values, issues: issues),
                                   problems: issues.map { Sv.problem($0.problem, label: Sv.FollowUp.fieldLabel($0.field)) }, replaces: replaces)
    }
}
