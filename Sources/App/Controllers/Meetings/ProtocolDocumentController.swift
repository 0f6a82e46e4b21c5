import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The board's own copy of the protokoll, in any state: secret §§ in full and marked, the
/// rättelser, and (once posted) the BEVIS block, as HTML and PDF.
struct ProtocolDocumentController {
    func register(readers: any RoutesBuilder) throws {
        readers.get(SiteURL.protocolDocument(SiteURL.slug, SiteURL.id).route, use: show)
        readers.get(SiteURL.protocolDocumentPDF(SiteURL.slug, SiteURL.id).route, use: pdf)
    }

    private func model(_ request: Request) async throws -> (PublicProtocolPage.Model, MeetingProtocol) {
        let association = try request.association
        let record = try await Protocols.find(request)
        let snapshot = try await ProtocolDocuments.snapshot(record, associationName: association.name, on: request.db)
        let bevis = try await ProtocolDocuments.bevis(record, snapshot, organisation: association.organisation, on: request.db)
        let corrections = try await ProtocolDocuments.corrections(of: record.requireID(), on: request.db)
        let model = PublicProtocolPage.Model(
            snapshot: snapshot, state: record.stateText(on: request.today), bevis: bevis,
            checksum: record.contentSHA256 ?? Sv.none,
            pdfURL: SiteURL.protocolDocumentPDF(association.slug, try record.requireID().uuidString).path,
            corrections: ProtocolDocuments.lines(corrections), isBoardCopy: true)
        return (model, record)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        .html(PublicProtocolPage.render(try await model(request).0, context: request.pageContext()))
    }

    @Sendable func pdf(_ request: Request) async throws -> Response {
        let (model, record) = try await model(request)
        let data = try await request.pdf(fromHTML: PublicProtocolPage.printDocument(model), for: "board protokoll")
        return request.pdfResponse(data, filename: ProtocolDocuments.filename("protokoll", record, suffix: "-styrelsens-exemplar"))
    }
}
