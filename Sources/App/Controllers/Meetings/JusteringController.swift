import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Justering: the kansli chooses the signers and sends the draft; each signer signs the exact
/// content with their password (SHA-256 recorded) or sends it back; the last signature makes the
/// protokoll justerat and immutable.
struct JusteringController {
    let protocols = ProtocolController()

    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        editors.post(SiteURL.signersSave(SiteURL.slug, SiteURL.id).route, use: saveSigners)
        editors.post(SiteURL.sendForAdjustment(SiteURL.slug, SiteURL.id).route, use: send)
        readers.post(SiteURL.sign(SiteURL.slug, SiteURL.id).route, use: sign)
    }

    struct Model {
        let section: JusteringSection.Model
        let signerValues: [String: String]
    }

    /// The signers' rows and what the current user may do.
    func model(_ request: Request, _ record: MeetingProtocol, people: [Person]) async throws -> Model {
        let association = try request.association
        let signers = try await ProtocolSigner.query(on: request.db).filter(\.$protocol.$id == record.requireID()).with(\.$person).all()
            .sorted { ($0.role.rank, $0.person.name) < ($1.role.rank, $1.person.name) }
        let signatures = try await Signature.query(on: request.db).filter(\.$protocol.$id == record.requireID()).sort(\.$signedAt).all()
        let rows = signers.map { signer -> JusteringSection.SignerRow in
            let latest = signatures.last { $0.$person.id == signer.$person.id }
            var status = Sv.Justering.waiting
            if let latest, latest.declined { status = Sv.Justering.declined(AuditLog.format(latest.signedAt), latest.comment ?? "") }
            if let latest, !latest.declined, latest.contentSHA256 == record.contentSHA256 { status = Sv.Justering.signed(AuditLog.format(latest.signedAt)) }
            let earlierDeclines = signatures.filter { $0.$person.id == signer.$person.id && $0.declined && $0.id != latest?.id }
            for decline in earlierDeclines { status += ". " + Sv.Justering.declined(AuditLog.format(decline.signedAt), decline.comment ?? "") }
            return JusteringSection.SignerRow(role: Sv.Justering.role(signer.role), name: signer.person.name, status: status)
        }
        let myPerson = request.organisationContext?.access.$person.id
        let mySigner = signers.first { $0.$person.id == myPerson }
        let iHaveSigned = signatures.contains { $0.$person.id == myPerson && !$0.declined && $0.contentSHA256 == record.contentSHA256 }
        var warnings: [String] = []
        let rules = try await RulesController.record(for: association, on: request.db).rules
        if let adjusted = record.adjustedOn.flatMap({ CivilDate(iso: $0) }), let meetingDate = record.meeting.civilDate {
            let days = meetingDate.days(until: adjusted)
            if days > rules.adjustmentDeadlineDays { warnings.append(Sv.Justering.lateWarning(days: days, deadline: rules.adjustmentDeadlineDays)) }
        }
        let isKansli = association.permissions.canPrepareMeetings
        let roles = Set(signers.map(\.role))
        var values: [String: String] = [:]
        let adjusters = signers.filter { $0.role == .adjuster }
        values["secretary"] = signers.first { $0.role == .secretary }?.$person.id.uuidString
        values["chair"] = signers.first { $0.role == .chair }?.$person.id.uuidString
        values["adjuster1"] = adjusters.first?.$person.id.uuidString
        values["adjuster2"] = adjusters.dropFirst().first?.$person.id.uuidString
        let section = JusteringSection.Model(
            signers: rows, canChooseSigners: isKansli && record.status == .draft,
            canSend: isKansli && record.status == .draft && roles.contains(.secretary) && roles.contains(.chair) && roles.contains(.adjuster),
            canSign: record.status == .forAdjustment && mySigner != nil && !iHaveSigned,
            people: people.map { ($0.id!.uuidString, $0.name) },
            warnings: warnings + (record.adjustedOn.map { [Sv.Justering.adjustedOn($0)] } ?? []),
            checksum: record.status >= .forAdjustment ? record.contentSHA256 : nil)
        var withPosting = section
        withPosting.canPost = isKansli && record.status == .adjusted && record.postedOn == nil
        if let posted = record.postedOn, let ends = record.appealEndsOn {
            withPosting.postingSummary = Sv.Anslag.summary(posted: posted, takenDown: ends)
        }
        if record.status >= .adjusted {
            withPosting.publicURL = SiteURL.publicProtocol(association.slug, try record.requireID().uuidString).path
        }
        return Model(section: withPosting, signerValues: values)
    }

    @Sendable func saveSigners(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await protocols.find(request)
        guard record.status == .draft else { throw Abort(.forbidden) }
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
            return try await protocols.page(request, record, signersState: request.formState(values, issues: validator.issues))
        }
        let protocolID = try record.requireID()
        let actor = request.actor
        try await request.db.transaction { db in
            try await ProtocolSigner.query(on: db).filter(\.$protocol.$id == protocolID).delete()
            for (_, role, id) in chosen { if let id { try await ProtocolSigner(protocolID: protocolID, personID: id, role: role).create(on: db) } }
            try await Self.recordElection(of: chosen.filter { $0.1 == .adjuster }.compactMap(\.2), in: record, on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .protocol,
                                      entityID: protocolID, name: record.meeting.date, before: nil,
                                      after: Dictionary(uniqueKeysWithValues: chosen.map { ($0.0, $0.2?.uuidString ?? "") }))
        }
        return request.redirect(to: .protocolPage(association.slug, protocolID.uuidString), flash: Sv.Justering.signersSaved)
    }

    /// The § "Val av justerare" records whom the meeting chose: its decision follows the justerare
    /// saved here, unless the kansli has written a different one.
    static func recordElection(of adjusters: [UUID], in record: MeetingProtocol, on db: any Database) async throws {
        guard let paragraph = record.paragraphs.first(where: { $0.title.lowercased() == Sv.Justering.electionItemTitle.lowercased() }),
              paragraph.adjustedOn == nil else { return }
        let names = try await Person.query(on: db).filter(\.$id ~~ adjusters).all()
        let ordered = adjusters.compactMap { id in names.first { $0.id == id }?.name }
        let decisions = try await Decision.query(on: db).filter(\.$paragraph.$id == paragraph.requireID()).all()
        let wording = Sv.Justering.election(ordered)
        if let existing = decisions.first(where: { $0.wording.hasPrefix(Sv.Justering.electionPrefix) }) {
            existing.wording = wording
            try await existing.save(on: db)
        } else if decisions.isEmpty {
            try await Decision(organisationID: paragraph.$organisation.id, paragraphID: paragraph.requireID(),
                               draft: DecisionDraft(kind: .decision, wording: wording)).create(on: db)
        }
    }

    @Sendable func send(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await protocols.find(request)
        guard record.status == .draft else { throw Abort(.forbidden) }
        let snapshot = try await ProtocolContent.snapshot(record, associationName: association.name, on: request.db)
        guard !snapshot.signers.isEmpty else {
            return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Justering.missingSigners)
        }
        let json = try CanonicalJSON.encode(snapshot)
        record.content = json
        record.contentSHA256 = FileStore.sha256(Data(json.utf8))
        record.statusRaw = ProtocolState.forAdjustment.rawValue
        let actor = request.actor
        try await request.db.transaction { db in
            try await record.save(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .protocol,
                                      entityID: record.id, name: record.meeting.date, before: ["status": ProtocolState.draft.rawValue],
                                      after: ["status": record.statusRaw, "sha256": record.contentSHA256 ?? ""])
        }
        return request.redirect(to: .protocolPage(association.slug, record.id!.uuidString), flash: Sv.Justering.sent)
    }

    /// One signer's answer. The password is checked under the login throttle; the answer is
    /// recorded in one transaction that first locks the protokoll, so two signers at the same
    /// moment are taken one after the other and the last one makes it justerat (issue 13).
    @Sendable func sign(_ request: Request) async throws -> Response {
        let association = try request.association
        let record = try await protocols.find(request)
        let protocolID = try record.requireID()
        guard let user = request.currentUser, let personID = association.access.$person.id,
              try await ProtocolSigner.query(on: request.db).filter(\.$protocol.$id == protocolID)
                  .filter(\.$person.$id == personID).first() != nil else { throw Abort(.forbidden) }
        guard record.status == .forAdjustment, let sha = record.contentSHA256 else { throw StateConflict(Sv.Justering.notOpenForSigning) }
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let answer = validator.text("answer", maxLength: 10)
        let comment = validator.text("comment", required: answer == "decline", maxLength: 4000)
        if let answer, answer != "sign", answer != "decline" { validator.add("answer", .notAChoice) }
        var status: HTTPStatus = .unprocessableEntity
        if validator.isValid, case .refused(let issue, let refusal) = try await SigningPassword.check(values, user: user, on: request) {
            validator.add(issue.field, issue.problem)
            status = refusal
        }
        guard let answer, validator.isValid else {
            var kept = values
            kept["password"] = nil
            let page = try await protocols.page(request, record, signState: request.formState(kept, issues: validator.issues))
            page.status = status
            return page
        }
        let declined = answer == "decline"
        let actor = request.actor
        let userID = try user.requireID()
        let today = request.today
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
            try await Signature(protocolID: protocolID, personID: personID, userID: userID, signedAt: Date(), signedOn: today,
                                contentSHA256: sha, declined: declined, comment: comment).create(on: db)
            switch outcome {
            case .declined:
                record.statusRaw = ProtocolState.draft.rawValue
                record.content = nil
                record.contentSHA256 = nil
            case .completed:
                record.statusRaw = ProtocolState.adjusted.rawValue
                record.adjustedOn = today.iso
            case .signed, .alreadySigned:
                break
            }
            try await record.save(on: db)
            if outcome == .completed { try await SearchIndex.index(protocol: record, slug: association.slug, on: db) }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .protocol,
                                      entityID: protocolID, name: record.meeting.date, before: nil,
                                      after: ["signature": declined ? "declined" : "signed", "sha256": sha, "comment": comment ?? "",
                                              "status": record.statusRaw])
            return outcome
        }
        let flash = switch outcome {
        case .declined: Sv.Justering.thanksDeclined
        case .completed: Sv.Justering.nowAdjusted
        case .signed, .alreadySigned: Sv.Justering.thanksSigned
        }
        return request.redirect(to: .protocolPage(association.slug, protocolID.uuidString), flash: flash)
    }
}
