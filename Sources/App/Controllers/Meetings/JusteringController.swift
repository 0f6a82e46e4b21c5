import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Justering: the kansli chooses the signers and sends the draft; each signer signs the exact
/// content with their password (SHA-256 recorded) or sends it back; the last signature makes the
/// protokoll justerat and immutable.
struct JusteringController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        editors.post(SiteURL.signersSave(SiteURL.slug, SiteURL.id).route, use: saveSigners)
        editors.post(SiteURL.sendForAdjustment(SiteURL.slug, SiteURL.id).route, use: send)
        readers.post(SiteURL.sign(SiteURL.slug, SiteURL.id).route, use: sign)
    }

    @Sendable func saveSigners(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await Protocols.find(request)
        try ProtocolGuard.require(.edit, record)
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let chosen: [(String, SignerRole, UUID?)] = [
            ("secretary", .secretary, validator.reference("secretary")), ("chair", .chair, validator.reference("chair")),
            ("adjuster1", .adjuster, validator.reference("adjuster1")), ("adjuster2", .adjuster, validator.reference("adjuster2", required: false)),
        ]
        var seen: Set<UUID> = []
        for (field, _, id) in chosen {
            guard let id else { continue }
            if !seen.insert(id).inserted { validator.add(field, .taken) }
            if try await Person.query(on: request.db).filter(\.$id == id).filter(\.$organisation.$id == association.id).first() == nil {
                validator.add(field, .unknownReference)
            }
        }
        guard validator.isValid else {
            return try await ProtocolPages.page(request, record, signersState: request.formState(values, issues: validator.issues))
        }
        let protocolID = try record.requireID()
        let actor = request.actor
        try await request.db.transaction { db in
            try await ProtocolSigner.query(on: db).filter(\.$protocol.$id == protocolID).delete()
            for (_, role, id) in chosen { if let id { try await ProtocolSigner(protocolID: protocolID, personID: id, role: role).create(on: db) } }
            try await AdjusterElection.record( chosen.filter { $0.1 == .adjuster }.compactMap(\.2), in: record, on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .protocol,
                                      entityID: protocolID, name: record.meeting.date, before: nil,
                                      after: Dictionary(uniqueKeysWithValues: chosen.map { ($0.0, $0.2?.uuidString ?? "") }))
        }
        return request.redirect(to: .protocolPage(association.slug, protocolID.uuidString), flash: Sv.Justering.signersSaved)
    }

    @Sendable func send(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await Protocols.find(request)
        let next = try ProtocolGuard.require(.sendForAdjustment, record)
        let snapshot = try await ProtocolContent.snapshot(record, associationName: association.name, on: request.db)
        guard !snapshot.signers.isEmpty else {
            return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Justering.missingSigners)
        }
        let json = try CanonicalJSON.encode(snapshot)
        record.content = json
        record.contentSHA256 = FileStore.sha256(Data(json.utf8))
        record.statusRaw = next.rawValue
        // A protokoll sent again after a decline gets its reminder again.
        record.adjustmentReminderSentOn = nil
        let actor = request.actor
        let signers = try await ProtocolSigner.query(on: request.db).filter(\.$protocol.$id == record.requireID()).with(\.$person).all()
            .sorted { $0.role.rank < $1.role.rank }.map(\.person)
        let rules = try await RulesStore.record(for: association, on: request.db).rules
        let baseURL = request.application.settings.publicBaseURL
        let unreachable = try await request.db.transaction { db in
            try await record.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .protocol,
                                      entityID: record.id, name: record.meeting.date, before: ["status": ProtocolState.draft.rawValue],
                                      after: ["status": record.statusRaw, "sha256": record.contentSHA256 ?? ""])
            return try await JusteringNotices.enqueueRequests(for: record, signers: signers, associationName: association.name, baseURL: baseURL,
                                                              slug: association.slug,
                                                              deadline: JusteringNotices.deadline(of: record.meeting, rules: rules), on: db)
        }
        return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Justering.sentMailed(mailed: signers.count - unreachable.count, unreachable: unreachable))
    }

    /// One signer's answer. The password is checked under the login throttle; the answer is
    /// recorded in one transaction that first locks the protokoll, so two signers at the same
    /// moment are taken one after the other and the last one makes it justerat (issue 13).
    @Sendable func sign(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await Protocols.find(request)
        let protocolID = try record.requireID()
        guard let user = request.currentUser, let personID = association.access.$person.id,
              try await ProtocolSigner.query(on: request.db).filter(\.$protocol.$id == protocolID)
                  .filter(\.$person.$id == personID).first() != nil else { throw Abort(.forbidden) }
        try ProtocolGuard.require(.sign(completes: false), record)
        guard let sha = record.contentSHA256 else { throw StateConflict(Sv.Justering.notOpenForSigning) }
        let declined: Bool, comment: String?
        switch try await SigningPassword.answer(request, user: user, page: { try await ProtocolPages.page(request, record, signState: $0) }) {
        case .shown(let page): return page
        case .given(let answer, let text):
            (declined, comment) = (answer, text)
        }
        let actor = request.actor
        let userID = try user.requireID()
        let today = request.today
        let now = request.now
        let outcome = try await request.db.transaction { db -> Justering.Outcome in
            guard try await RowLock.claim(MeetingProtocol.schema, id: protocolID,
                                          where: [("status", ProtocolState.forAdjustment.rawValue), ("content_sha256", sha)], on: db) else {
                throw StateConflict(Sv.Justering.notOpenForSigning)
            }
            let signers = Set(try await ProtocolSigner.query(on: db).filter(\.$protocol.$id == protocolID).all().map(\.$person.id))
            let signedBefore = Set(try await Signature.query(on: db).filter(\.$protocol.$id == protocolID)
                .filter(\.$contentSHA256 == sha).filter(\.$declined == false).all().map(\.$person.id))
            let outcome = Justering.answer(by: personID, declining: declined, signers: signers, signedBefore: signedBefore)
            guard outcome != .alreadySigned else { throw StateConflict(Sv.Justering.alreadySigned) }
            try await Signature(protocolID: protocolID, personID: personID, userID: userID, signedAt: now, signedOn: today,
                                contentSHA256: sha, declined: declined, comment: comment).create(on: db)
            let event: ProtocolLifecycle.Event = outcome == .declined ? .decline : .sign(completes: outcome == .completed)
            record.statusRaw = try ProtocolGuard.require(event, record).rawValue
            if outcome == .declined {
                record.content = nil
                record.contentSHA256 = nil
            }
            if outcome == .completed { record.adjustedOn = today.iso }
            try await record.save(on: db)
            if outcome == .completed { try await SearchIndex.index(protocol: record, slug: association.slug, on: db) }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .protocol,
                                      entityID: protocolID, name: record.meeting.date, before: nil,
                                      after: ["signature": declined ? "declined" : "signed", "sha256": sha, "comment": comment ?? "",
                                              "status": record.statusRaw])
            return outcome
        }
        if outcome == .completed { PublicProtocolDocument.prepareInBackground(protocolID, of: association.id, application: request.application) }
        let flash = switch outcome {
        case .declined: Sv.Justering.thanksDeclined
        case .completed: Sv.Justering.nowAdjusted
        case .signed, .alreadySigned: Sv.Justering.thanksSigned
        }
        return request.redirect(to: .protocolPage(association.slug, protocolID.uuidString), flash: flash)
    }
}
