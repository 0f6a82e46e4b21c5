import Domain
import Fluent
import Persistence
import Vapor
import Views

/// One § of a draft protokoll: its text, decisions with votering, reservations and jäv.
struct ParagraphController {
    func register(editors: any RoutesBuilder) throws {
        editors.get(SiteURL.paragraphEdit(SiteURL.slug, SiteURL.id).route, use: show)
        editors.post(SiteURL.paragraphEdit(SiteURL.slug, SiteURL.id).route, use: saveText)
        editors.post(SiteURL.decisionNew(SiteURL.slug, SiteURL.id).route, use: addDecision)
        editors.post(SiteURL.reservationNew(SiteURL.slug, SiteURL.id).route, use: addReservation)
        editors.post(SiteURL.recusalNew(SiteURL.slug, SiteURL.id).route, use: addRecusal)
    }

    /// Everything a § page and its checks need.
    struct Context {
        let paragraph: Paragraph
        let record: MeetingProtocol
        let voters: Set<UUID>
        let quorum: QuorumStatus
        let recused: [Recusal]
        let rules: AssociationRules
        let chairID: UUID?
    }

    private func context(_ request: Request) async throws -> Context {
        let association = try request.association
        guard let paragraph = try await Paragraph.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        let record = try await Protocols.find(request, id: paragraph.$protocol.id)
        // A § justerad at the meeting is as final as a justerat protokoll.
        try ProtocolGuard.require(.edit, record)
        guard paragraph.adjustedOn == nil else { throw StateConflict(Sv.ImmediateAdjustment.alreadyAdjusted) }
        let check = try await Protocols.check(request, record, try await Protocols.mandates(record, on: request.db))
        let entries = try await Attendance.query(on: request.db).filter(\.$protocol.$id == record.requireID()).all().map(\.entry)
        let recused = try await Recusal.query(on: request.db).filter(\.$paragraph.$id == paragraph.requireID()).with(\.$person).all()
        let recusedIDs = Set(recused.map(\.$person.id))
        let rules = try await RulesStore.record(for: association, on: request.db).rules
        return Context(paragraph: paragraph, record: record,
                       voters: check.voters(at: paragraph.number, entries: entries, recused: recusedIDs),
                       quorum: check.quorum(at: paragraph.number, entries: entries, rule: rules.quorum, recused: recusedIDs),
                       recused: recused, rules: rules,
                       chairID: entries.first { $0.isChair && $0.isPresent(at: paragraph.number) }?.personID)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await page(request, try await context(request))
    }

    private func page(_ request: Request, _ context: Context, text: FormState? = nil, decision: FormState? = nil,
                      reservation: FormState? = nil, recusal: FormState? = nil) async throws -> Response {
        let association = try request.association
        let paragraph = context.paragraph
        let people = try await Person.query(on: request.db).filter(\.$organisation.$id == association.id).sort(\.$name).all()
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0.name) })
        let rows = try await DecisionRows.of(paragraph: paragraph.requireID(), names: names, on: request.db)
        let voters = context.voters.compactMap { id in names[id].map { (id.uuidString, $0) } }.sorted { $0.1 < $1.1 }
        let model = ParagraphPage.Model(
            id: paragraph.id!.uuidString, protocolID: context.record.id!.uuidString, number: paragraph.number,
            quorum: Sv.Protocols.quorumText(context.quorum), decisions: rows, voters: voters,
            people: people.map { ($0.id!.uuidString, $0.name) }, recused: context.recused.map(\.person.name))
        let states = [text, decision, reservation, recusal]
        return .html(ParagraphPage.render(model, slug: association.slug,
                                          textState: text ?? request.formState(["title": paragraph.title, "narrative": paragraph.narrative ?? ""]),
                                          decisionState: decision ?? request.formState(), reservationState: reservation ?? request.formState(),
                                          recusalState: recusal ?? request.formState(), context: request.pageContext()),
                     status: states.contains { $0?.hasErrors == true } ? .unprocessableEntity : .ok)
    }

    private func backToParagraph(_ request: Request, _ paragraph: Paragraph, flash: String) throws -> Response {
        request.redirect(to: .paragraphEdit(try request.association.slug, paragraph.id!.uuidString), flash: flash)
    }

    @Sendable func saveText(_ request: Request) async throws -> Response {
        let context = try await context(request)
        let paragraph = context.paragraph
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let title = validator.text("title", maxLength: 300)
        let narrative = validator.text("narrative", required: false, maxLength: 50_000)
        guard let title, validator.isValid else {
            return try await page(request, context, text: request.formState(values, issues: validator.issues))
        }
        let before = paragraph.snapshot
        paragraph.title = title
        paragraph.narrative = narrative
        try await request.saveAudited(paragraph, subject: .paragraph, name: "§ \(paragraph.number)", before: before)
        return try backToParagraph(request, paragraph, flash: Sv.saved)
    }

    /// A decision needs a quorate board, except "inget beslut"; a votering's result follows the
    /// association's majority rules, with the chair's casting vote on a tie.
    @Sendable func addDecision(_ request: Request) async throws -> Response {
        let association = try request.association
        let context = try await context(request)
        let values = try request.formValues()
        let meetingDate = context.record.meeting.civilDate ?? request.today
        let parsed = DecisionDraft.parse(values, meetingDate: meetingDate)
        let sheet = VoteSheet.parse(values, voters: context.voters)
        var issues = parsed.issues + sheet.issues
        if case .success(let draft) = parsed, draft.kind != .noDecision, !context.quorum.isQuorate {
            issues.append(FieldIssue("kind", .notQuorate(present: context.quorum.present, needed: context.quorum.needed)))
        }
        if case .success(let draft) = parsed, let assignee = draft.assigneePersonID,
           try await Person.query(on: request.db).filter(\.$id == assignee).filter(\.$organisation.$id == association.id).first() == nil {
            issues.append(FieldIssue("assigneePersonID", .unknownReference))
        }
        guard case .success(let draft) = parsed, case .success(let votes) = sheet, issues.isEmpty else {
            return try await page(request, context, decision: request.formState(values, issues: issues))
        }
        let decision = Decision(organisationID: association.id, paragraphID: try context.paragraph.requireID(), draft: draft)
        if let votes {
            let rule = MajorityRule.forMatter(draft.matter, rules: context.rules)
            let outcome = rule.outcome(of: VoteTally(votes.values), beslutandePresent: context.voters.count,
                                       chairVote: context.chairID.flatMap { votes[$0] })
            switch outcome {
            case .adopted: decision.voteOutcome = "adopted"
            case .rejected: decision.voteOutcome = "rejected"
            case .decidedByCastingVote(let adopted): decision.voteOutcome = adopted ? "casting_adopted" : "casting_rejected"
            }
        }
        let actor = request.actor
        let paragraph = context.paragraph
        try await request.db.transaction { db in
            try await decision.create(on: db)
            for (person, choice) in votes ?? [:] {
                try await Vote(decisionID: decision.requireID(), personID: person, choice: choice).create(on: db)
            }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .decision,
                                      entityID: paragraph.id, name: "§ \(paragraph.number)", before: nil,
                                      after: ["kind": draft.kind.rawValue, "wording": draft.wording, "outcome": decision.voteOutcome ?? "acclamation",
                                              "votes": (votes ?? [:]).map { "\($0.key.uuidString)=\($0.value.rawValue)" }.sorted().joined(separator: ",")])
        }
        return try backToParagraph(request, paragraph, flash: Sv.Decisions.added)
    }

    @Sendable func addReservation(_ request: Request) async throws -> Response {
        let association = try request.association
        let context = try await context(request)
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let decisionID = validator.reference("decisionID")
        let person = validator.reference("personID")
        let reason = validator.text("reason", required: false, maxLength: 4000)
        if let person, !context.voters.contains(person) { validator.add("personID", .notAVoter) }
        var decision: Decision?
        if let decisionID {
            decision = try await Decision.query(on: request.db).filter(\.$id == decisionID)
                .filter(\.$paragraph.$id == context.paragraph.requireID()).first()
            if decision == nil { validator.add("decisionID", .unknownReference) }
        }
        guard let decision, let person, validator.isValid else {
            return try await page(request, context, reservation: request.formState(values, issues: validator.issues))
        }
        let reservation = Reservation(decisionID: try decision.requireID(), personID: person, reason: reason)
        let actor = request.actor
        let paragraph = context.paragraph
        try await request.db.transaction { db in
            try await reservation.create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .decision,
                                      entityID: paragraph.id, name: "§ \(paragraph.number)", before: nil,
                                      after: ["reservation": person.uuidString, "reason": reason ?? ""])
        }
        return try backToParagraph(request, paragraph, flash: Sv.Decisions.reservationAdded)
    }

    @Sendable func addRecusal(_ request: Request) async throws -> Response {
        let association = try request.association
        let context = try await context(request)
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let person = validator.reference("personID")
        if let person, !context.voters.contains(person) { validator.add("personID", .notAVoter) }
        guard let person, validator.isValid else {
            return try await page(request, context, recusal: request.formState(values, issues: validator.issues))
        }
        let paragraph = context.paragraph
        let actor = request.actor
        try await request.db.transaction { db in
            try await Recusal(paragraphID: paragraph.requireID(), personID: person).create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .decision,
                                      entityID: paragraph.id, name: "§ \(paragraph.number)", before: nil, after: ["recusal": person.uuidString])
        }
        return try backToParagraph(request, paragraph, flash: Sv.Decisions.recusalAdded)
    }
}
