import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Survey answers from a CSV sheet (issue 18, item 3): upload, a preview of every row with its
/// problems, and saving all at once when none has one. The kansli and the insats's insatsägare.
struct SurveyImportController {
    func register(readers: any RoutesBuilder) throws {
        readers.get(SiteURL.surveyImport(SiteURL.slug, SiteURL.id).route, use: form)
        readers.upload(SiteURL.surveyImport(SiteURL.slug, SiteURL.id).route, use: preview)
        readers.upload(SiteURL.surveyImportConfirm(SiteURL.slug, SiteURL.id).route, use: confirm)
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        try await page(request, try await InterventionAccess.actedFor(request))
    }

    /// Shows every row as it would be saved, with its problems; saves nothing.
    @Sendable func preview(_ request: Request) async throws -> Response {
        let intervention = try await InterventionAccess.actedFor(request)
        switch try await SheetUpload.text(request) {
        case .failure(let failure): return try await page(request, intervention, issues: failure.issues)
        case .success(let text): return try await page(request, intervention, text: text)
        }
    }

    /// Saves the previewed rows, all in one transaction, after checking them again.
    @Sendable func confirm(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await InterventionAccess.actedFor(request)
        let text = try await SheetUpload.confirmed(request)
        guard case .success(let rows) = SurveyImport.check(text, today: request.today), !rows.isEmpty, rows.allSatisfy({ $0.draft != nil }) else {
            return try await page(request, intervention, text: text)
        }
        try await SurveyImport.save(rows, organisationID: association.id, intervention: intervention, actor: request.actor, on: request.db)
        return request.redirect(to: .participants(association.slug, intervention.id!.uuidString), flash: Sv.FollowUp.surveyImported(rows.count))
    }

    private func page(_ request: Request, _ intervention: Intervention, text: String? = nil, issues: [FieldIssue] = []) async throws -> Response {
        let association = try request.association
        var preview: SheetImportPage.Preview?
        var issues = issues
        if let text {
            switch SurveyImport.check(text, today: request.today) {
            case .failure(let failure): issues += failure.issues
            case .success(let rows):
                preview = SheetImportPage.Preview(rows: rows.map { checked in
                    SheetImportPage.PreviewRow(line: checked.row.line, values: ParticipantRecords.display(checked.row.values, issues: checked.issues),
                                               problems: checked.issues.map { Sv.problem($0.problem, label: Sv.FollowUp.fieldLabel($0.field)) },
                                               replaces: false)
                }, text: text)
            }
        }
        let form = request.formState(issues: issues)
        return .html(SheetImportPage.render(.surveyAnswers(slug: association.slug, interventionID: intervention.id!.uuidString, code: intervention.code),
                                            form: form, preview: preview, context: request.pageContext()),
                     status: form.hasErrors || preview?.hasProblems == true ? .unprocessableEntity : .ok)
    }
}
