import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// An insats's CSV sheet (issue 18, items 1 and 3): the upload, a preview of every row with its
/// problems that saves nothing, and saving all rows at once, after checking them again, only
/// when none has a problem. The kansli and the insats's own insatsägare.
struct SheetImportController<Import: SheetImport>: Sendable {
    func register(readers: any RoutesBuilder, upload: SiteURL, confirm: SiteURL) throws {
        readers.get(upload.route, use: form)
        readers.upload(upload.route, use: preview)
        readers.upload(confirm.route, use: self.confirm)
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        try await page(request, try await InterventionAccess.actedFor(request))
    }

    @Sendable func preview(_ request: Request) async throws -> Response {
        let intervention = try await InterventionAccess.actedFor(request)
        switch try await SheetUpload.text(request) {
        case .failure(let failure): return try await page(request, intervention, issues: failure.issues)
        case .success(let text): return try await page(request, intervention, text: text)
        }
    }

    @Sendable func confirm(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await InterventionAccess.actedFor(request)
        let text = try await SheetUpload.confirmed(request)
        guard case .success(let rows) = try await Import.check(text, intervention: intervention, on: request), !rows.isEmpty,
              rows.allSatisfy(Import.isReady) else {
            return try await page(request, intervention, text: text)
        }
        try await Import.save(rows, intervention: intervention, on: request)
        return request.redirect(to: .participants(association.slug, intervention.id!.uuidString), flash: Import.saved(rows.count))
    }

    private func page(_ request: Request, _ intervention: Intervention, text: String? = nil, issues: [FieldIssue] = []) async throws -> Response {
        let association = try request.association
        var preview: SheetImportPage.Preview?
        var issues = issues
        if let text {
            switch try await Import.check(text, intervention: intervention, on: request) {
            case .failure(let failure): issues += failure.issues
            case .success(let rows): preview = SheetImportPage.Preview(rows: rows.map(Import.preview), text: text)
            }
        }
        let form = request.formState(issues: issues)
        return .html(SheetImportPage.render(Import.sheet(slug: association.slug, interventionID: intervention.id!.uuidString, code: intervention.code),
                                            form: form, preview: preview, context: request.pageContext()),
                     status: form.hasErrors || preview?.hasProblems == true ? .unprocessableEntity : .ok)
    }
}
