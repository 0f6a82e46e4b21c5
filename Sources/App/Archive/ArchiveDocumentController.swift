import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// An imported document as the association's users read it (search results link here).
struct ArchiveDocumentController {
    func register(readers: any RoutesBuilder) throws {
        readers.get(SiteURL.archiveDocument(SiteURL.slug, SiteURL.id).route, use: show)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let association = try request.association
        guard let document = try await ArchiveDocument.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$archiveImport).first() else { throw Abort(.notFound) }
        let fields = try? JSONDecoder().decode(ImportedDocument.self, from: Data(document.fields.utf8))
        let originals = document.originalText.split(separator: "\n", omittingEmptySubsequences: false)
        let repaired = document.text.split(separator: "\n", omittingEmptySubsequences: false)
        let text = originals.indices.map { index in
            (document.firstLine + index, String(originals[index]), index < repaired.count ? String(repaired[index]) : "")
        }
        let model = ArchiveDocumentPage.Model(
            title: document.title ?? Sv.Search.untitled(document.kindRaw), kind: Sv.Search.documentKindName(document.kindRaw),
            fileName: document.archiveImport.fileName,
            importedOn: document.archiveImport.createdAt.map { String(ISO8601DateFormatter().string(from: $0).prefix(10)) } ?? "",
            lines: (document.firstLine, document.lastLine),
            warnings: (fields?.warnings ?? []).map(\.message), text: text)
        return Response.html(ArchiveDocumentPage.render(model, context: request.pageContext()))
    }
}
