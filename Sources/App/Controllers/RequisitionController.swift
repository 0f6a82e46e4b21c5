import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Rekvisitioner (issue 15, item 7): an insatsägare (or the kansli) claims costs against the
/// insats's grant for a year; the kansli approves or returns with a reason.
struct RequisitionController {
    func register(readers: any RoutesBuilder, kansli: any RoutesBuilder) throws {
        readers.get(SiteURL.requisitions(SiteURL.slug).route, use: list)
        readers.get(SiteURL.requisitionNew(SiteURL.slug, SiteURL.id).route, use: newForm)
        readers.upload(SiteURL.requisitionNew(SiteURL.slug, SiteURL.id).route, use: create)
        readers.get(SiteURL.requisition(SiteURL.slug, SiteURL.id).route, use: show)
        readers.get(SiteURL.requisitionFile(SiteURL.slug, SiteURL.id).route, use: download)
        kansli.post(SiteURL.requisitionApprove(SiteURL.slug, SiteURL.id).route, use: approve)
        kansli.post(SiteURL.requisitionReturn(SiteURL.slug, SiteURL.id).route, use: giveBack)
    }

    /// The insats the user may claim for: the kansli for any, an insatsägare for their own.
    private func claimable(_ request: Request) async throws -> Intervention {
        guard let intervention = try await InterventionAccess.visible(request).filter(\.$id == request.idParameter()).first()
        else { throw Abort(.notFound) }
        guard try InterventionAccess.actsFor(request, for: intervention) else { throw Abort(.forbidden, reason: Sv.Requisitions.noSubmitRight) }
        return intervention
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let interventions = try await InterventionAccess.visible(request).all()
        let codes = Dictionary(uniqueKeysWithValues: interventions.map { ($0.id!, $0.code) })
        let balances = try await Requisitions.balances(organisationID: association.id, on: request.db)
            .filter { codes[$0.interventionID] != nil }
            .sorted { ($1.year, codes[$0.interventionID] ?? "") < ($0.year, codes[$1.interventionID] ?? "") }
            .map { RequisitionPages.BalanceRow(insats: codes[$0.interventionID] ?? "", year: $0.year, balance: $0.balance) }
        let rows = try await Requisition.query(on: request.db).filter(\.$organisation.$id == association.id)
            .filter(\.$intervention.$id ~~ Array(codes.keys)).all()
            .sorted { ($0.periodFrom, $0.createdAt ?? .distantPast) > ($1.periodFrom, $1.createdAt ?? .distantPast) }
            .map { Self.row($0, code: codes[$0.$intervention.id] ?? "") }
        let areas = Dictionary(uniqueKeysWithValues: interventions.map { ($0.id!, $0.area ?? Sv.Charts.noPlatform) })
        var granted: [String: (platform: String, year: Int, amount: Int64)] = [:]
        for grant in try await Grants.inForce(organisationID: association.id, on: request.db) {
            guard let platform = areas[grant.$intervention.id] else { continue }
            granted["\(platform)|\(grant.year)", default: (platform, grant.year, 0)].amount += grant.amount
        }
        let byPlatform = granted.values.sorted { ($0.platform, $0.year) < ($1.platform, $1.year) }
        return .html(RequisitionPages.list(balances: balances, rows: rows, grantsByPlatform: byPlatform, slug: association.slug,
                                           context: request.pageContext()))
    }

    static func row(_ requisition: Requisition, code: String) -> RequisitionPages.Row {
        .init(id: requisition.id!.uuidString, insats: code, kind: requisition.kind, year: requisition.year,
              period: Sv.Requisitions.period(requisition.periodFrom, requisition.periodTo), total: requisition.total,
              status: requisition.status, submittedBy: requisition.submittedBy)
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await claimable(request)
        return .html(RequisitionPages.form(request.formState(["kind": RequisitionKind.claim.rawValue]), slug: association.slug,
                                           interventionID: intervention.id!.uuidString, code: intervention.code, context: request.pageContext()))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let intervention = try await claimable(request)
        let maxBytes = request.application.settings.maxUploadBytes
        let form = try await UploadedForm.read(request, maxFileBytes: maxBytes, maxFiles: 1)
        defer { form.removeFiles() }
        let values = form.values.filter { $0.key != "_csrf" }
        var result = RequisitionDraft.parse(values)
        let checked = form.optionalFile("file", maxBytes: maxBytes)
        if case .failure(let failure) = checked { result = .failure(ValidationFailure(result.issues + failure.issues)) }
        let file = (try? checked.get()) ?? nil
        if case .success(let draft) = result {
            let submitted = try await Requisitions.submit(draft, intervention: intervention, file: file, actor: request.actor, today: request.today,
                                                          on: request.db)
            switch submitted {
            case .success(let requisition):
                return request.redirect(to: .requisition(association.slug, requisition.id!.uuidString), flash: Sv.Requisitions.submitted)
            case .failure(let failure):
                result = .failure(failure)
            }
        }
        return .html(RequisitionPages.form(request.formState(values, issues: result.issues), slug: association.slug,
                                           interventionID: intervention.id!.uuidString, code: intervention.code, context: request.pageContext()),
                     status: .unprocessableEntity)
    }

    private func find(_ request: Request) async throws -> (Requisition, Intervention) {
        let association = try request.association
        guard let requisition = try await Requisition.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$matter).first(),
            let intervention = try await InterventionAccess.visible(request).filter(\.$id == requisition.$intervention.id).first()
        else { throw Abort(.notFound) }
        return (requisition, intervention)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await page(request, returnState: request.formState())
    }

    private func page(_ request: Request, returnState: FormState) async throws -> Response {
        let association = try request.association
        let (requisition, intervention) = try await find(request)
        let balance = try await Requisitions.balance(interventionID: intervention.requireID(), year: requisition.year,
                                                     organisationID: association.id, on: request.db)
        let model = RequisitionPages.Model(
            row: Self.row(requisition, code: intervention.code),
            amounts: [(Sv.Requisitions.staff, requisition.staff), (Sv.Requisitions.externalServices, requisition.externalServices),
                      (Sv.Requisitions.premises, requisition.premises), (Sv.Requisitions.other, requisition.other)],
            diaryNumber: requisition.matter?.diaryNumber.text, hasFile: requisition.$file.id != nil, returnReason: requisition.returnReason,
            decidedBy: requisition.decidedBy, balance: balance, canDecide: association.permissions.canPrepareMeetings)
        return .html(RequisitionPages.show(model, slug: association.slug, returnState: returnState, context: request.pageContext()),
                     status: returnState.hasErrors ? .unprocessableEntity : .ok)
    }

    @Sendable func download(_ request: Request) async throws -> Response {
        let (requisition, _) = try await find(request)
        guard let fileID = requisition.$file.id, let file = try await StoredFile.find(fileID, on: request.db) else { throw Abort(.notFound) }
        return Bilagor.fileResponse(file, filename: requisition.filename ?? "underlag", mediaType: requisition.mediaType ?? "application/octet-stream")
    }

    private func decidable(_ request: Request, _ change: RequisitionLifecycle.Change) async throws -> Requisition {
        let (requisition, _) = try await find(request)
        guard RequisitionLifecycle.isAllowed(change, in: requisition.status) else { throw StateConflict(Sv.Requisitions.alreadyDecided) }
        return requisition
    }

    @Sendable func approve(_ request: Request) async throws -> Response {
        let requisition = try await decidable(request, .approve)
        try await Requisitions.decide(requisition, approve: true, reason: nil, actor: request.actor, today: request.today, on: request.db)
        return request.redirect(to: .requisition(try request.association.slug, requisition.id!.uuidString), flash: Sv.Requisitions.approvedFlash)
    }

    @Sendable func giveBack(_ request: Request) async throws -> Response {
        let requisition = try await decidable(request, .giveBack)
        let values = try request.formValues()
        var v = FieldValidator(values)
        guard let reason = v.text("reason", maxLength: 2000) else { return try await page(request, returnState: request.formState(values, issues: v.issues)) }
        try await Requisitions.decide(requisition, approve: false, reason: reason, actor: request.actor, today: request.today, on: request.db)
        return request.redirect(to: .requisition(try request.association.slug, requisition.id!.uuidString), flash: Sv.Requisitions.returnedFlash)
    }
}
