import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Äskanden (issue 15, item 4): an insatsägare (or the kansli) applies; the kansli compiles the
/// round for the beredningsgrupp, records its recommendation, puts the äskande before the board
/// and records the board's decision, which becomes the grants.
struct FundingRequestController {
    func register(readers: any RoutesBuilder, kansli: any RoutesBuilder) throws {
        readers.get(SiteURL.fundingRequests(SiteURL.slug).route, use: list)
        readers.get(SiteURL.fundingRequestNew(SiteURL.slug).route, use: newForm)
        readers.upload(SiteURL.fundingRequestNew(SiteURL.slug).route, use: create)
        readers.get(SiteURL.fundingRequest(SiteURL.slug, SiteURL.id).route, use: show)
        readers.get(SiteURL.fundingRequestFile(SiteURL.slug, SiteURL.id, ":file").route, use: download)
        kansli.post(SiteURL.fundingRequestReview(SiteURL.slug, SiteURL.id).route, use: review)
        kansli.post(SiteURL.fundingRequestAgenda(SiteURL.slug, SiteURL.id).route, use: placeOnAgenda)
        kansli.post(SiteURL.fundingRequestDecide(SiteURL.slug, SiteURL.id).route, use: decide)
        kansli.get(SiteURL.fundingCompilation(SiteURL.slug).route, use: compilation)
        kansli.get(SiteURL.fundingCompilationPDF(SiteURL.slug).route, use: compilationPDF)
        kansli.post(SiteURL.fundingCompilationAttach(SiteURL.slug).route, use: attachCompilation)
    }

    /// The äskanden the user may see: an insatsägare those they sent in or that concern their insatser.
    private func visible(_ request: Request) async throws -> QueryBuilder<FundingRequest> {
        let association = try request.association
        let query = FundingRequest.query(on: request.db).filter(\.$organisation.$id == association.id)
        guard try InterventionAccess.seesOwnOnly(request) else { return query }
        let own = try await InterventionAccess.visible(request).all().compactMap(\.id)
        let user = request.actor.userID ?? UUID()
        return query.group(.or) { $0.filter(\.$submittedByUserID == user).filter(\.$intervention.$id ~~ own) }
    }

    private func mayApply(_ request: Request) throws -> Bool {
        let permissions = try request.association.permissions
        return permissions.canPrepareMeetings || permissions.roles.contains(.activityOwner)
    }

    private func names(_ request: Request) async throws -> [UUID: Intervention] {
        let association = try request.association
        return Dictionary(uniqueKeysWithValues: try await Intervention.query(on: request.db).filter(\.$organisation.$id == association.id)
            .with(\.$names).all().map { ($0.id!, $0) })
    }

    private func row(_ funding: FundingRequest, interventions: [UUID: Intervention], today: CivilDate) -> FundingRequestPages.Row {
        let intervention = funding.$intervention.id.flatMap { interventions[$0] }
        let budget = funding.budget
        return .init(id: funding.id!.uuidString, diaryNumber: funding.matter?.diaryNumber.text,
                     name: FundingRequests.name(intervention: intervention, newName: funding.newName, on: today),
                     platform: intervention?.area ?? funding.platform, years: budget.years.map(\.year), requested: budget.total,
                     status: funding.status, recommendation: funding.recommendation)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let interventions = try await names(request)
        let requests = try await visible(request).with(\.$matter).all()
            .sorted { ($0.firstYear, $0.matter?.diaryNumber.text ?? "") > ($1.firstYear, $1.matter?.diaryNumber.text ?? "") }
        return .html(FundingRequestPages.list(requests.map { row($0, interventions: interventions, today: request.today) },
                                              rounds: Array(Set(requests.map(\.firstYear))).sorted(by: >), slug: association.slug,
                                              context: request.pageContext()))
    }

    private func members(_ request: Request) async throws -> [(id: String, name: String)] {
        let today = request.today.iso
        return try await Member.query(on: request.db).filter(\.$organisation.$id == request.association.id).sort(\.$name).all()
            .filter { $0.leftOn == nil || $0.leftOn! >= today }.map { ($0.id!.uuidString, $0.name) }
    }

    private func formPage(_ request: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let association = try request.association
        let today = request.today
        let interventions = try await InterventionAccess.visible(request).with(\.$names).all()
            .sorted { $0.code < $1.code }.map { ($0.id!.uuidString, "\($0.code) \($0.name(on: today))") }
        let calls = try await Calls.published(of: association.id, on: request.db).filter { $0.isOpen(on: today) }
            .map { ($0.id!.uuidString, $0.title) }
        return .html(FundingRequestPages.form(state, slug: association.slug, interventions: interventions, calls: calls,
                                              members: try await members(request), context: request.pageContext()), status: status)
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        guard try mayApply(request) else { throw Abort(.forbidden) }
        var values = ["firstYear": String(request.today.year + 1), "yearCount": "1"]
        if let call = request.query[String.self, at: "utlysning"] { values["callID"] = call }
        return try await formPage(request, request.formState(values))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        guard try mayApply(request) else { throw Abort(.forbidden) }
        let association = try request.association
        let maxBytes = request.application.settings.maxUploadBytes
        let form = try await UploadedForm.read(request, maxFileBytes: maxBytes, maxFiles: 10)
        defer { form.removeFiles() }
        let values = form.values.filter { $0.key != "_csrf" }
        var result = FundingRequestDraft.parse(values, memberIDs: try await members(request).map(\.id))
        if case .success(let draft) = result, let id = draft.interventionID,
           try await InterventionAccess.visible(request).filter(\.$id == id).first().map({ try InterventionAccess.actsFor(request, for: $0) }) != true {
            result = .failure(ValidationFailure([FieldIssue("interventionID", .explained(Sv.FundingRequests.noSubmitRight))]))
        }
        let checked = form.checkedFiles("file", maxBytes: maxBytes)
        if case .failure(let failure) = checked { result = .failure(ValidationFailure(result.issues + failure.issues)) }
        let files = (try? checked.get()) ?? []
        if case .success(let draft) = result {
            switch try await FundingRequests.submit(draft, organisationID: association.id, files: files, actor: request.actor, today: request.today,
                                                    on: request.db) {
            case .success(let funding):
                return request.redirect(to: .fundingRequest(association.slug, funding.id!.uuidString), flash: Sv.FundingRequests.submitted)
            case .failure(let failure):
                result = .failure(failure)
            }
        }
        return try await formPage(request, request.formState(values, issues: result.issues), status: .unprocessableEntity)
    }

    private func find(_ request: Request) async throws -> FundingRequest {
        guard let funding = try await visible(request).filter(\.$id == request.idParameter()).with(\.$matter).with(\.$call).with(\.$files).first()
        else { throw Abort(.notFound) }
        return funding
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await page(request, forms: .init(review: request.formState(), agenda: request.formState(), decide: request.formState()))
    }

    /// Board meetings (for the agenda) or beredningsgrupp meetings (for the sammanställning) whose
    /// phase still allows the change.
    private func meetings(_ request: Request, of kind: BodyKind, allowing change: MeetingLifecycle.Change) async throws
        -> [(id: String, label: String)] {
        let meetings = try await Meeting.query(on: request.db).filter(\.$organisation.$id == request.association.id)
            .filter(\.$date >= request.today.iso).filter(\.$statusRaw == MeetingStatus.planned.rawValue).with(\.$body).sort(\.$date).all()
            .filter { $0.body.kind == kind }
        let phases = try await MeetingState.phases(of: meetings, on: request.db, today: request.today)
        return meetings.filter { MeetingLifecycle.conflict(change, in: phases[$0.id!] ?? .planned) == nil }
            .map { ($0.id!.uuidString, "\($0.body.displayName) \($0.date)") }
    }

    private func page(_ request: Request, forms: FundingRequestPages.Forms) async throws -> Response {
        let association = try request.association
        let funding = try await find(request)
        let interventions = try await names(request)
        let today = request.today
        let members = Dictionary(uniqueKeysWithValues: try await Member.query(on: request.db).filter(\.$organisation.$id == association.id).all()
            .map { ($0.id!.uuidString, $0.name) })
        let content = FundingRequestPages.Content(row: row(funding, interventions: interventions, today: today), purpose: funding.purpose,
                                                  currentState: funding.currentState, expectedResults: funding.expectedResults,
                                                  budget: funding.budget, memberNames: members)
        let canAct = association.permissions.canPrepareMeetings
        var agendaItem: (id: String, label: String)?
        if let itemID = funding.$agendaItem.id, let item = try await AgendaItem.query(on: request.db).filter(\.$id == itemID).with(\.$meeting).first() {
            agendaItem = (itemID.uuidString, "\(item.position). \(item.title), \(item.meeting.date)")
        }
        var decision: String?
        if let decisionID = funding.$decision.id, let decided = try await Decision.query(on: request.db).filter(\.$id == decisionID)
            .with(\.$paragraph, { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } }).first() {
            decision = Sv.Grants.decisionLabel(DecisionRows.paragraphLabel(decided), decided.wording)
        }
        let decisions = canAct ? try await FundingRequests.decisions(for: funding, on: request.db) : []
        var decideState = forms.decide
        if !decideState.hasErrors {
            var values: [String: String] = ["conditions": funding.conditions ?? ""]
            let recommended = funding.recommendedAmounts
            for (index, year) in funding.budget.years.enumerated() {
                values["year\(index + 1)"] = String(year.year)
                values["amount\(index + 1)"] = String(recommended[year.year] ?? year.requested)
            }
            decideState = request.formState(values)
        }
        let model = FundingRequestPages.Model(
            content: content, callTitle: funding.call?.title, submittedBy: funding.submittedBy, submittedOn: funding.submittedOn,
            files: funding.files.sorted { $0.position < $1.position }.map { ($0.id!.uuidString, $0.filename) },
            considerations: funding.considerations, recommendedAmounts: funding.recommendedAmounts,
            conditions: funding.conditions, agendaItem: agendaItem, decision: decision, canAct: canAct,
            meetings: canAct ? try await meetings(request, of: .board, allowing: .changeAgenda) : [],
            decisions: decisions.map { ($0.id!.uuidString, Sv.Grants.decisionLabel(DecisionRows.paragraphLabel($0), $0.wording)) },
            interventions: funding.$intervention.id == nil
                ? interventions.values.sorted { $0.code < $1.code }.map { ($0.id!.uuidString, "\($0.code) \($0.name(on: today))") } : nil)
        return .html(FundingRequestPages.show(model, forms: .init(review: forms.review, agenda: forms.agenda, decide: decideState),
                                              slug: association.slug, context: request.pageContext()),
                     status: forms.hasErrors ? .unprocessableEntity : .ok)
    }

    @Sendable func download(_ request: Request) async throws -> Response {
        let funding = try await find(request)
        guard let bilaga = funding.files.first(where: { $0.id?.uuidString == request.parameters.get("file") }),
              let file = try await StoredFile.find(bilaga.$file.id, on: request.db) else { throw Abort(.notFound) }
        return Bilagor.fileResponse(file, filename: bilaga.filename, mediaType: bilaga.mediaType)
    }

    private func allowing(_ request: Request, _ change: FundingRequestLifecycle.Change) async throws -> FundingRequest {
        let funding = try await find(request)
        guard FundingRequestLifecycle.isAllowed(change, in: funding.status) else { throw StateConflict(Sv.FundingRequests.stateConflict) }
        return funding
    }

    private func empty(_ request: Request) -> FormState { request.formState() }

    @Sendable func review(_ request: Request) async throws -> Response {
        let funding = try await allowing(request, .review)
        let values = try request.formValues()
        let requested = Dictionary(uniqueKeysWithValues: funding.budget.years.map { ($0.year, $0.requested) })
        switch FundingReviewDraft.parse(values, requested: requested) {
        case .success(let draft):
            try await FundingRequests.review(funding, draft, actor: request.actor, on: request.db)
            return request.redirect(to: .fundingRequest(try request.association.slug, funding.id!.uuidString), flash: Sv.FundingRequests.reviewed)
        case .failure(let failure):
            return try await page(request, forms: .init(review: request.formState(values, issues: failure.issues), agenda: empty(request),
                                                        decide: empty(request)))
        }
    }

    @Sendable func placeOnAgenda(_ request: Request) async throws -> Response {
        let association = try request.association
        let funding = try await allowing(request, .placeOnAgenda)
        let values = try request.formValues()
        let choices = try await meetings(request, of: .board, allowing: .changeAgenda)
        guard let chosen = values["meetingID"], choices.contains(where: { $0.id == chosen }), let meetingID = UUID(uuidString: chosen),
              let meeting = try await Meeting.query(on: request.db).filter(\.$id == meetingID).with(\.$body).first()
        else {
            let issue = FieldIssue("meetingID", (values["meetingID"] ?? "").isEmpty ? .required : .notAChoice)
            return try await page(request, forms: .init(review: empty(request), agenda: request.formState(values, issues: [issue]), decide: empty(request)))
        }
        let name = row(funding, interventions: try await names(request), today: request.today).name
        _ = try await FundingRequests.placeOnAgenda(funding, meeting: meeting, name: name, actor: request.actor, today: request.today, on: request.db)
        return request.redirect(to: .fundingRequest(association.slug, funding.id!.uuidString), flash: Sv.FundingRequests.placed)
    }

    @Sendable func decide(_ request: Request) async throws -> Response {
        let association = try request.association
        let funding = try await allowing(request, .decide)
        let values = try request.formValues()
        let decisions = try await FundingRequests.decisions(for: funding, on: request.db)
        func failed(_ issues: [FieldIssue]) async throws -> Response {
            try await page(request, forms: .init(review: empty(request), agenda: empty(request), decide: request.formState(values, issues: issues)))
        }
        guard let decision = decisions.first(where: { $0.id?.uuidString == values["decisionID"] }) else {
            return try await failed([FieldIssue("decisionID", (values["decisionID"] ?? "").isEmpty ? .required : .notAChoice)])
        }
        var interventionID = funding.$intervention.id
        if interventionID == nil, let chosen = values["interventionID"].flatMap(UUID.init(uuidString:)),
           try await Intervention.query(on: request.db).filter(\.$id == chosen).filter(\.$organisation.$id == association.id).first() != nil {
            interventionID = chosen
        }
        var grant: GrantDraft?
        if decision.kind == .approval || decision.kind == .policy {
            switch GrantDraft.parse(values) {
            case .success(let draft): grant = draft
            case .failure(let failure): return try await failed(failure.issues)
            }
        }
        switch try await FundingRequests.decide(funding, decision: decision, grant: grant, interventionID: interventionID, actor: request.actor,
                                                on: request.db) {
        case .success: return request.redirect(to: .fundingRequest(association.slug, funding.id!.uuidString), flash: Sv.FundingRequests.decided)
        case .failure(let failure): return try await failed(failure.issues)
        }
    }

    private func compilationModel(_ request: Request) async throws -> FundingRequestPages.Compilation {
        let association = try request.association
        let year = request.query[Int.self, at: "ar"] ?? request.today.year + 1
        let interventions = try await names(request)
        let members = Dictionary(uniqueKeysWithValues: try await Member.query(on: request.db).filter(\.$organisation.$id == association.id).all()
            .map { ($0.id!.uuidString, $0.name) })
        let requests = try await FundingRequest.query(on: request.db).filter(\.$organisation.$id == association.id).filter(\.$firstYear == year)
            .with(\.$matter).all()
        var platforms: [String: [FundingRequestPages.Content]] = [:]
        for funding in requests {
            let row = row(funding, interventions: interventions, today: request.today)
            platforms[row.platform ?? Sv.FundingRequests.noPlatform, default: []].append(
                .init(row: row, purpose: funding.purpose, currentState: funding.currentState, expectedResults: funding.expectedResults,
                      budget: funding.budget, memberNames: members))
        }
        let ordered = platforms.keys.sorted { ($0 == Sv.FundingRequests.noPlatform ? 1 : 0, $0) < ($1 == Sv.FundingRequests.noPlatform ? 1 : 0, $1) }
            .map { (name: $0, requests: platforms[$0]!.sorted { $0.row.name < $1.row.name }) }
        return .init(year: year, platforms: ordered, meetings: try await meetings(request, of: .preparatoryGroup, allowing: .changeAttachments))
    }

    @Sendable func compilation(_ request: Request) async throws -> Response {
        .html(FundingRequestPages.compilation(try await compilationModel(request), state: request.formState(), slug: try request.association.slug,
                                              context: request.pageContext()))
    }

    private func compilationDocument(_ request: Request, _ model: FundingRequestPages.Compilation) async throws -> Data {
        let association = try request.association
        let name = try await Organisation.find(association.id, on: request.db)?.currentName(on: request.db, today: request.today) ?? association.slug
        return try await request.pdf(fromHTML: FundingRequestPages.printDocument(model, associationName: name), for: "sammanstallning")
    }

    @Sendable func compilationPDF(_ request: Request) async throws -> Response {
        let model = try await compilationModel(request)
        return request.pdfResponse(try await compilationDocument(request, model),
                                   filename: "sammanstallning-askanden-\(try request.association.slug)-\(model.year).pdf")
    }

    /// Renders the sammanställning and adds it as a bilaga to the beredningsgrupp's meeting, so it goes out with the kallelse.
    @Sendable func attachCompilation(_ request: Request) async throws -> Response {
        let association = try request.association
        let model = try await compilationModel(request)
        let values = try request.formValues()
        guard let chosen = values["meetingID"], model.meetings.contains(where: { $0.id == chosen }), let meetingID = UUID(uuidString: chosen) else {
            let issue = FieldIssue("meetingID", (values["meetingID"] ?? "").isEmpty ? .required : .notAChoice)
            return .html(FundingRequestPages.compilation(model, state: request.formState(values, issues: [issue]), slug: association.slug,
                                                         context: request.pageContext()), status: .unprocessableEntity)
        }
        let data = try await compilationDocument(request, model)
        let attachment = try await Bilagor.add(
            .init(title: Sv.FundingRequests.compilationTitle(model.year), secrecyGround: nil, data: data,
                  filename: "sammanstallning-askanden-\(model.year).pdf", mediaType: "application/pdf"),
            meetingID: meetingID, itemIDs: [], organisationID: association.id, actor: request.actor, on: request.db)
        return request.redirect(to: .attachment(association.slug, attachment.id!.uuidString), flash: Sv.FundingRequests.attached)
    }
}
