import Domain
import Fluent
import Foundation
import NIOCore
import Persistence
import Vapor
import Views

/// The public justerat protokoll, as a page and as PDF/A, made once per state and kept in the
/// public page cache. The PDF is also typeset in the background as soon as the protokoll is
/// justerat and again when it is posted, so that no visitor waits the second weasyprint takes.
enum PublicProtocolDocument {
    struct Found {
        let organisation: Organisation
        let record: MeetingProtocol
        /// A justerat protokoll changes only when its state does (anslaget, laga kraft) or a
        /// rättelse is recorded: its content hash, state, posting date and number of rättelser.
        let etag: String

        var pdfTag: String { "\"pdf-" + etag.dropFirst() }
    }

    /// The justerat protokoll of the association with its ETag, from small queries; nil when
    /// there is none (or it is not justerat).
    static func find(_ id: UUID, of organisation: Organisation, today: CivilDate, on db: any Database) async throws -> Found? {
        guard let record = try await MeetingProtocol.query(on: db).filter(\.$id == id)
            .filter(\.$organisation.$id == organisation.requireID()).first(),
            record.status >= .adjusted, let sha = record.contentSHA256 else { return nil }
        let corrections = try await Correction.query(on: db).filter(\.$protocol.$id == record.requireID()).count()
        let etag = "\"\(sha.prefix(32))-\(record.state(on: today).rawValue)-\(record.postedOn ?? "")-r\(corrections)\""
        return Found(organisation: organisation, record: record, etag: etag)
    }

    static func model(_ found: Found, today: CivilDate, on db: any Database) async throws -> PublicProtocolPage.Model {
        let (organisation, record) = (found.organisation, found.record)
        guard let content = record.content, let sha = record.contentSHA256 else { throw Abort(.notFound) }
        let snapshot = try JSONDecoder().decode(ProtocolSnapshot.self, from: Data(content.utf8))
        let bevis = try await ProtocolDocuments.bevis(record, snapshot, organisation: organisation, on: db)
        let corrections = try await ProtocolDocuments.corrections(of: record.requireID(), on: db)
        return PublicProtocolPage.Model(snapshot: snapshot.publicVersion, state: record.stateText(on: today),
                                        bevis: bevis, checksum: sha,
                                        pdfURL: pdfPath(organisation, record),
                                        corrections: ProtocolDocuments.lines(corrections.filter { !snapshot.isSecret($0.paragraphNumber) }),
                                        memberBoards: try await ProtocolDocuments.memberBoards(of: organisation, on: db, today: today))
    }

    static func pdfPath(_ organisation: Organisation, _ record: MeetingProtocol) -> String {
        SiteURL.publicProtocolPDF(organisation.slug, record.id?.uuidString ?? "").path
    }

    /// Only a posted protokoll is served by path without the database: from then on only the date
    /// changes its state. Before posting, the anslag itself would change it on every app server.
    static func fastPath(_ record: MeetingProtocol, _ path: String) -> String? {
        record.postedOn == nil ? nil : path
    }

    /// The last day the protokoll keeps its current state: the day before posting, the last day of
    /// the appeal period, or for good once it has vunnit laga kraft.
    static func validThrough(_ record: MeetingProtocol, _ today: CivilDate) -> CivilDate? {
        switch record.state(on: today) {
        case .adjusted: record.postedOn.flatMap { CivilDate(iso: $0) }.map { $0.adding(days: -1) } ?? today
        case .posted: record.appealEndsOn.flatMap { CivilDate(iso: $0) } ?? today
        default: nil
        }
    }

    /// The PDF from the cache, or typeset and cached.
    static func pdf(_ found: Found, application: Application, today: CivilDate, on db: any Database) async throws -> ByteBuffer {
        let cache = application.publicPageCache
        if let pdf = cache.get(found.pdfTag) { return pdf }
        let html = PublicProtocolPage.printDocument(try await model(found, today: today, on: db))
        let pdf = ByteBuffer(data: try await application.pdfRenderer.pdf(fromHTML: html))
        cache.set(found.pdfTag, pdf, contentType: "application/pdf", path: fastPath(found.record, pdfPath(found.organisation, found.record)),
                  validThrough: validThrough(found.record, today))
        return pdf
    }

    /// Typesets the PDF in the background, after the change that made it due has been saved
    /// (not under test, where it would compete with the tests' own PDFs: they call `prepare`).
    static func prepareInBackground(_ protocolID: UUID, of organisationID: UUID, application: Application) {
        guard application.environment != .testing else { return }
        application.backgroundTasks.run { [weak application] in
            if let application { await prepare(protocolID, of: organisationID, application: application) }
        }
    }

    /// Typesets and caches the PDF of the protokoll in its present state; a failure only means the
    /// first visitor waits for it.
    static func prepare(_ protocolID: UUID, of organisationID: UUID, application: Application) async {
        do {
            let today = application.settings.today.date()
            guard let organisation = try await Organisation.find(organisationID, on: application.db),
                  let found = try await find(protocolID, of: organisation, today: today, on: application.db) else { return }
            _ = try await pdf(found, application: application, today: today, on: application.db)
        } catch {
            application.logger.warning("protokoll PDF not prepared in advance (it is made when first asked for): \(error)")
        }
    }
}
