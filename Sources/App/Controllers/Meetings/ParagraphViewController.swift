import Domain
import Fluent
import Persistence
import Vapor
import Views

/// One § as the board reads it in any state, and omedelbar justering: at the sammanträde every
/// signer of the protokoll signs the §'s exact content with their password, after which the § is
/// justerad and no longer edited.
struct ParagraphViewController {
    func register(readers: any RoutesBuilder) throws {
        readers.get(SiteURL.paragraph(SiteURL.slug, SiteURL.id).route, use: show)
        readers.post(SiteURL.paragraphSign(SiteURL.slug, SiteURL.id).route, use: sign)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let (paragraph, record) = try await ProtocolContent.findParagraph(request)
        return try await page(request, paragraph, record)
    }

    private func page(_ request: Request, _ paragraph: Paragraph, _ record: MeetingProtocol, signState: FormState? = nil) async throws -> Response {
        let association = try request.association
        let (_, content) = try await ProtocolContent.asSigned(paragraph, of: record, associationName: association.name, on: request.db)
        let people = try await Person.query(on: request.db).filter(\.$organisation.$id == association.id).all()
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0.name) })
        let decisions = try await Decision.query(on: request.db).filter(\.$paragraph.$id == paragraph.requireID()).all()
        let isKansli = association.permissions.canPrepareMeetings
        let immediate = try await immediateStatus(request, paragraph, record, names: names)
        let model = ParagraphView.Model(
            id: try paragraph.requireID().uuidString, protocolID: try record.requireID().uuidString,
            protocolTitle: Sv.Protocols.heading(record.meeting.body.displayName, record.meeting.date),
            state: record.stateText(on: request.today), paragraph: content,
            decisions: try await DecisionRows.of(paragraph: paragraph.requireID(), names: names, on: request.db),
            corrections: ProtocolDocuments.lines(try await ProtocolDocuments.corrections(of: record.requireID(), on: request.db),
                                                 paragraph: paragraph.number),
            immediateSigners: immediate.rows, canSignImmediately: immediate.canSign,
            canEdit: isKansli && record.status == .draft && paragraph.adjustedOn == nil,
            canSendExtract: isKansli && decisions.contains { $0.$assignee.id != nil })
        return .html(ParagraphView.render(model, slug: association.slug, signState: signState ?? request.formState(),
                                          context: request.pageContext()),
                     status: signState?.hasErrors == true ? .unprocessableEntity : .ok)
    }

    /// Omedelbar justering applies while the protokoll is a draft; afterwards the § is justerad
    /// with the rest.
    private func immediateStatus(_ request: Request, _ paragraph: Paragraph, _ record: MeetingProtocol, names: [UUID: String]) async throws
        -> (rows: [(role: String, name: String, status: String)], canSign: Bool) {
        guard record.status == .draft || paragraph.adjustedOn != nil else { return ([], false) }
        let signers = try await ProtocolSigner.query(on: request.db).filter(\.$protocol.$id == record.requireID()).all()
        guard !signers.isEmpty else { return ([], false) }
        let current = try await currentHash(paragraph, on: request.db)
        let signatures = try await ParagraphSignature.query(on: request.db).filter(\.$paragraph.$id == paragraph.requireID()).all()
        let rows = signers.sorted { $0.role.rank < $1.role.rank }
            .map { signer in
                let signature = signatures.last { $0.$person.id == signer.$person.id && $0.contentSHA256 == current }
                return (Sv.Justering.role(signer.role), names[signer.$person.id] ?? "",
                        signature.map { Sv.Justering.signed(AuditLog.format($0.signedAt)) } ?? Sv.Justering.waiting)
            }
        let me = request.organisationContext?.access.$person.id
        let iAmSigner = signers.contains { $0.$person.id == me }
        let iHaveSigned = signatures.contains { $0.$person.id == me && $0.contentSHA256 == current }
        return (rows, paragraph.adjustedOn == nil && record.status == .draft && iAmSigner && !iHaveSigned)
    }

    /// What the signers sign: the frozen hash once justerad, otherwise the § as it stands now.
    private func currentHash(_ paragraph: Paragraph, on database: any Database) async throws -> String {
        if let frozen = paragraph.contentSHA256 { return frozen }
        return try ProtocolContent.paragraphHash(try await ProtocolContent.paragraph(paragraph, on: database))
    }

    /// One signer's signature of the § as it stands: password under the login throttle, then one
    /// transaction that locks the § first, so that the last of several signers signing at once
    /// makes it justerad.
    @Sendable func sign(_ request: Request) async throws -> Response {
        let association = try request.association
        let (paragraph, record) = try await ProtocolContent.findParagraph(request)
        let paragraphID = try paragraph.requireID()
        guard let user = request.currentUser, let personID = association.access.$person.id else { throw Abort(.forbidden) }
        let signers = Set(try await ProtocolSigner.query(on: request.db).filter(\.$protocol.$id == record.requireID()).all().map(\.$person.id))
        guard signers.contains(personID) else { throw Abort(.forbidden) }
        guard record.status == .draft, paragraph.adjustedOn == nil else { throw StateConflict(Sv.ImmediateAdjustment.notOpen) }
        let values = try request.formValues()
        if case .refused(let issue, let status) = try await SigningPassword.check(values, user: user, on: request) {
            let page = try await page(request, paragraph, record, signState: request.formState([:], issues: [issue]))
            page.status = status
            return page
        }
        let sha = try await currentHash(paragraph, on: request.db)
        let actor = request.actor
        let userID = try user.requireID()
        let today = request.today
        let now = request.now
        let outcome = try await request.db.transaction { db -> Justering.Outcome in
            guard try await RowLock.claim(Paragraph.schema, id: paragraphID, on: db),
                  let fresh = try await Paragraph.find(paragraphID, on: db), fresh.adjustedOn == nil else {
                throw StateConflict(Sv.ImmediateAdjustment.notOpen)
            }
            let signedBefore = Set(try await ParagraphSignature.query(on: db).filter(\.$paragraph.$id == paragraphID)
                .filter(\.$contentSHA256 == sha).all().map(\.$person.id))
            let outcome = Justering.answer(by: personID, declining: false, signers: signers, signedBefore: signedBefore)
            guard outcome != .alreadySigned else { throw StateConflict(Sv.Justering.alreadySigned) }
            try await ParagraphSignature(paragraphID: paragraphID, personID: personID, userID: userID,
                                         signedAt: now, signedOn: today.iso, contentSHA256: sha).create(on: db)
            if outcome == .completed {
                fresh.adjustedOn = today.iso
                fresh.contentSHA256 = sha
                try await fresh.save(on: db)
            }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .paragraph,
                                      entityID: paragraphID, name: "§ \(paragraph.number)", before: nil,
                                      after: ["omedelbar justering": outcome == .completed ? "justerad" : "signerad", "sha256": sha])
            return outcome
        }
        return request.redirect(to: .paragraph(association.slug, paragraphID.uuidString),
                                flash: outcome == .completed ? Sv.ImmediateAdjustment.complete : Sv.ImmediateAdjustment.signed)
    }
}
