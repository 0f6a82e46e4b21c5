import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Importing the archive in the browser (issue 4): upload one or many packets, follow their
/// reading, review what was found in each beside its text, correct fields, commit or remove.
struct ArchiveUploadController {
    func register(editors: any RoutesBuilder) throws {
        editors.get(SiteURL.archive(SiteURL.slug).route, use: list)
        editors.upload(SiteURL.archive(SiteURL.slug).route, use: upload)
        editors.get(SiteURL.archiveUpload(SiteURL.slug, SiteURL.id).route, use: review)
        editors.post(SiteURL.archiveUpload(SiteURL.slug, SiteURL.id).route, use: save)
        editors.post(SiteURL.archiveUploadRemove(SiteURL.slug, SiteURL.id).route, use: remove)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        try await listPage(request, state: request.formState())
    }

    private func listPage(_ request: Request, state: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let association = try request.association
        // The files themselves stay in the database: the list needs only what it shows.
        let uploads = try await ArchiveUploads.withoutFile(ArchiveUpload.query(on: request.db).filter(\.$organisation.$id == association.id))
            .sort(\.$createdAt).all()
        let imports = try await ArchiveImport.query(on: request.db).filter(\.$organisation.$id == association.id)
            .sort(\.$createdAt, .descending).all()
        // Titles only: a document's text can be long.
        let documents = Dictionary(grouping: try await ArchiveDocument.query(on: request.db).filter(\.$organisation.$id == association.id)
            .field(\.$id).field(\.$archiveImport.$id).field(\.$position).field(\.$kindRaw).field(\.$title).sort(\.$position).all(),
                                   by: \.$archiveImport.id)
        let model = ArchivePages.ListModel(
            uploads: try uploads.map { upload in
                let packet = upload.packet.flatMap { try? JSONDecoder().decode(ImportedPacket.self, from: Data($0.utf8)) }
                return ArchivePages.UploadRow(id: try upload.requireID().uuidString, fileName: upload.fileName, size: upload.byteCount,
                                              status: Self.statusText(upload, now: request.application.settings.today.now()),
                                              documents: packet?.documents.count,
                                              warnings: packet?.documents.reduce(0) { $0 + ($1.warnings?.count ?? 0) }, problem: upload.problem,
                                              uploadedBy: upload.uploadedBy, isReady: upload.status == .ready,
                                              isFinished: upload.status == .ready || upload.status == .failed,
                                              pages: upload.status == .reading ? upload.pagesTotal.map { (upload.pagesDone ?? 0, $0) } : nil)
            },
            imports: try imports.map { record in
                ArchivePages.ImportRow(fileName: record.fileName, importedBy: record.importedBy,
                                       importedOn: record.createdAt.map(Self.day) ?? "", warnings: record.warningCount,
                                       documents: try (documents[try record.requireID()] ?? []).map { document in
                                           (try document.requireID().uuidString, document.title ?? Sv.Search.documentKindName(document.kindRaw))
                                       })
            },
            sizeLimitMB: PacketReader.sizeLimit / 1_048_576)
        let response = Response.html(ArchivePages.list(model, state: state, slug: association.slug, context: request.pageContext()), status: status)
        // No script runs on these pages: while files are being read, the browser is asked to reload the list.
        if model.uploads.contains(where: { !$0.isFinished }) { response.headers.replaceOrAdd(name: "Refresh", value: "3") }
        return response
    }

    @Sendable func upload(_ request: Request) async throws -> Response {
        let association = try request.association
        let limit = PacketReader.sizeLimit
        // Streamed to a temporary folder: a packet of the import limit (100 MB) never sits in memory while it arrives.
        let form = try await UploadedForm.read(request, maxFileBytes: limit)
        defer { form.removeFiles() }
        // The input is named `files[]`, as a form with `multiple` files is sent.
        let files = form.files.filter { $0.field == "files[]" || $0.field == "files" }
        var problems: [FieldIssue.Problem] = form.oversized.map { .inFile($0, .fileTooLarge(maxMegabytes: limit / 1_048_576)) }
        if files.isEmpty && problems.isEmpty { problems.append(.required) }
        for file in files {
            let extensionName = URL(fileURLWithPath: file.filename).pathExtension.lowercased()
            if !["txt", "pdf"].contains(extensionName) {
                problems.append(.inFile(file.filename, .notAPacketFile))
            } else if file.size == 0 {
                problems.append(.inFile(file.filename, .emptyFile))
            }
        }
        if let problem = problems.first {
            // The first problem is shown on the field; none of the files is stored until all can be.
            return try await listPage(request, state: request.formState(issues: [FieldIssue("files", problem)]), status: .unprocessableEntity)
        }
        let actor = request.actor
        try await request.db.transaction { db in
            for file in files {
                try await ArchiveUpload(organisationID: association.id, fileName: file.filename, data: try file.data(),
                                        uploadedBy: actor.name).create(on: db)
            }
        }
        ArchiveUploads.start(request.application)
        return request.redirect(to: .archive(association.slug), flash: Sv.Archive.uploaded(files.count))
    }

    /// The upload without its file, which only a commit reads.
    private func find(_ request: Request) async throws -> ArchiveUpload {
        let association = try request.association
        guard let upload = try await ArchiveUploads.withoutFile(ArchiveUpload.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id)).first() else { throw Abort(.notFound) }
        return upload
    }

    @Sendable func review(_ request: Request) async throws -> Response {
        let upload = try await find(request)
        guard upload.status == .ready else { return request.redirect(to: SiteURL.archive(try request.association.slug).path) }
        let result = try ArchiveUploads.result(of: upload)
        var values = ImportCorrections.formValues(of: result.packet)
        let board = try await Body.board(of: request.association.id, on: request.db)?.id
        values["body"] = (upload.$body.id ?? board)?.uuidString ?? ""
        return try await reviewPage(request, upload, result, state: request.formState(values))
    }

    private func reviewPage(_ request: Request, _ upload: ArchiveUpload, _ result: PacketImporter.Result, state: FormState,
                            status: HTTPResponseStatus = .ok) async throws -> Response {
        let association = try request.association
        let bodies = try await Body.query(on: request.db).filter(\.$organisation.$id == association.id).sort(\.$name).all()
        let model = ArchivePages.ReviewModel(
            id: try upload.requireID().uuidString, fileName: upload.fileName, uploadedBy: upload.uploadedBy,
            bodies: try bodies.map { (try $0.requireID().uuidString, $0.displayName) },
            notes: upload.readerNotes.split(separator: "\n").map(String.init),
            documents: result.packet.documents.map { document in
                let indices = document.lineIndices(in: result.lines.count)
                return ArchivePages.ReviewDocument(
                    kind: document.kind, lines: (indices.lowerBound + 1, indices.upperBound), title: document.title,
                    warnings: (document.warnings ?? []).map(\.message),
                    items: (document.items ?? []).map { ($0.number, $0.presenter, $0.attachments) },
                    paragraphs: (document.paragraphs ?? []).map { ($0.number, $0.decisions.map { Sv.Archive.decision($0.kind.rawValue, $0.text) }) },
                    attendance: (document.attendance ?? []).map { person in
                        [person.name, person.organisation ?? "", Sv.Archive.role(person.role.rawValue, note: person.note),
                         person.paragraphs.map { "§ \($0[0])–\($0[1])" } ?? ""]
                    },
                    text: result.lines[indices].map { ($0.number, $0.original, $0.repaired) })
            })
        return .html(ArchivePages.review(model, state: state, slug: association.slug, context: request.pageContext()), status: status)
    }

    /// Saves the corrections, or saves and commits when the commit button was used.
    @Sendable func save(_ request: Request) async throws -> Response {
        let association = try request.association
        let upload = try await find(request)
        guard upload.status == .ready else { throw Abort(.notFound) }
        let result = try ArchiveUploads.result(of: upload)
        var values = try request.formValues()
        let commit = values.removeValue(forKey: "action") == "commit"
        let names = Set(try await Person.query(on: request.db).filter(\.$organisation.$id == association.id).all().map(\.name))
        let body = try await Body.query(on: request.db).filter(\.$organisation.$id == association.id)
            .filter(\.$id == (values["body"].flatMap(UUID.init(uuidString:)) ?? UUID())).first()
        let applied = ImportCorrections.apply(values, to: result.packet, lines: result.lines, knownNames: names)
        var issues = body == nil ? [FieldIssue("body", .notAChoice)] : []
        if case .failure(let failure) = applied { issues += failure.issues }
        guard issues.isEmpty, case .success(let corrected) = applied, let body else {
            return try await reviewPage(request, upload, result, state: request.formState(values, issues: issues), status: .unprocessableEntity)
        }
        upload.$body.id = try body.requireID()
        upload.packet = String(decoding: try JSONEncoder().encode(corrected), as: UTF8.self)
        try await upload.save(on: request.db)
        guard commit else { return request.redirect(to: .archiveUpload(association.slug, try upload.requireID().uuidString), flash: Sv.saved) }
        guard let organisation = try await Organisation.find(association.id, on: request.db) else { throw Abort(.notFound) }
        let outcome: ArchiveCommit.Outcome
        do {
            guard let file = try await ArchiveUpload.query(on: request.db).filter(\.$id == upload.requireID()).field(\.$data).first()?.data
            else { throw Abort(.notFound) }
            outcome = try await ArchiveCommit.commit(PacketImporter.Result(packet: corrected, lines: result.lines), file: file,
                                                     fileName: upload.fileName, organisation: organisation, importedBy: request.actor.name,
                                                     bodyID: upload.$body.id, on: request.db)
        } catch let failure as ArchiveCommit.Failure {
            // The one failure a user can mend: the register has no board.
            request.logger.warning("archive commit \(upload.fileName): \(failure)")
            let issue = FieldIssue("commit", .noBoardToImportInto)
            return try await reviewPage(request, upload, PacketImporter.Result(packet: corrected, lines: result.lines),
                                        state: request.formState(values, issues: [issue]), status: .unprocessableEntity)
        }
        try await upload.delete(on: request.db)
        return request.redirect(to: .archive(association.slug), flash: Self.committedText(outcome, fileName: upload.fileName))
    }

    @Sendable func remove(_ request: Request) async throws -> Response {
        let association = try request.association
        let upload = try await find(request)
        try await upload.delete(on: request.db)
        return request.redirect(to: .archive(association.slug), flash: Sv.Archive.removed(upload.fileName))
    }

    static func committedText(_ outcome: ArchiveCommit.Outcome, fileName: String) -> String {
        if outcome.alreadyImported { return Sv.Archive.alreadyImported(fileName, outcome.importedAt.map(day) ?? "") }
        return Sv.Archive.committed(fileName, documents: outcome.documents, meetings: outcome.meetings, protocols: outcome.protocols,
                                    paragraphs: outcome.paragraphs, people: outcome.newPeople, keptProtocols: outcome.protocolsAlreadyThere)
    }

    static func statusText(_ upload: ArchiveUpload, now: Date) -> String {
        switch upload.status {
        case .waiting: Sv.Archive.waiting
        case .reading:
            if let total = upload.pagesTotal, let done = upload.pagesDone, let started = upload.readingStartedAt {
                Sv.Archive.readingPages(done, total, secondsLeft: ReadingEstimate.secondsLeft(
                    pagesDone: done, pagesTotal: total, elapsedSeconds: now.timeIntervalSince(started)))
            } else {
                Sv.Archive.reading
            }
        case .ready: Sv.Archive.ready
        case .failed: Sv.Archive.failed
        }
    }

    static func day(_ date: Date) -> String {
        String(ISO8601DateFormatter().string(from: date).prefix(10))
    }
}
