import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Rättelse: a justerat protokoll is never edited; a correction is recorded beside it (date, who,
/// what, why) and shown wherever the protokoll is.
struct CorrectionController {
    func register(editors: any RoutesBuilder) throws {
        editors.post(SiteURL.correctionNew(SiteURL.slug, SiteURL.id).route, use: create)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await Protocols.find(request)
        try ProtocolGuard.require(.correct, record)
        let values = try request.formValues()
        switch CorrectionDraft.parse(values, paragraphNumbers: Set(record.paragraphs.map(\.number))) {
        case .failure(let failure):
            return try await ProtocolPages.page(request, record, correctionState: request.formState(values, issues: failure.issues))
        case .success(let draft):
            let protocolID = try record.requireID()
            let correction = Correction(organisationID: association.id, protocolID: protocolID, paragraphNumber: draft.paragraphNumber,
                                        recordedOn: request.today.iso, recordedBy: request.actor.name, what: draft.what, why: draft.why)
            let actor = request.actor
            try await request.db.transaction { db in
                try await correction.create(on: db)
                try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .protocol,
                                          entityID: protocolID, name: record.meeting.date, before: nil,
                                          after: ["rättelse": draft.what, "skäl": draft.why,
                                                  "paragraf": draft.paragraphNumber.map(String.init) ?? ""])
            }
            return request.redirect(to: .protocolPage(association.slug, protocolID.uuidString), flash: Sv.Corrections.added)
        }
    }
}
