import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Members of the association and their population figures.
struct MemberController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.members(SiteURL.slug).route, use: list)
        editors.get(SiteURL.memberNew(SiteURL.slug).route, use: newForm)
        editors.post(SiteURL.memberNew(SiteURL.slug).route, use: create)
        readers.get(SiteURL.member(SiteURL.slug, SiteURL.id).route, use: show)
        editors.get(SiteURL.memberEdit(SiteURL.slug, SiteURL.id).route, use: editForm)
        editors.post(SiteURL.memberEdit(SiteURL.slug, SiteURL.id).route, use: update)
        editors.post(SiteURL.populationNew(SiteURL.slug, SiteURL.id).route, use: savePopulation)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let rows = try await MemberRows.list(of: association.id, on: request)
        return .html(MemberList.render(rows, slug: association.slug, context: request.pageContext()))
    }

    func find(_ request: Request) async throws -> Member {
        let association = try request.association
        guard let member = try await Member.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        return member
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await page(request, member: find(request), populationForm: request.formState(["year": String(request.today.year)]))
    }

    func page(_ request: Request, member: Member, populationForm: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let association = try request.association
        let id = try member.requireID()
        let populations = try await MemberPopulation.query(on: request.db).filter(\.$member.$id == id)
            .sort(\.$year, .descending).all()
        let model = MemberShow.Model(
            id: id.uuidString, name: member.name, kind: Sv.memberKind(member.kind), organisationNumber: member.organisationNumber,
            joinedOn: member.joinedOn, leftOn: member.leftOn, postsNotices: member.postsNotices,
            populations: populations.map { ($0.year, $0.count) }, history: try await AuditLog.history(of: id, on: request.db))
        return .html(MemberShow.render(model, slug: association.slug, populationForm: populationForm, context: request.pageContext()),
                     status: status)
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let association = try request.association
        return .html(MemberForm.render(request.formState(), slug: association.slug, memberID: nil, context: request.pageContext()))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        let result = try await validate(values, excluding: nil, in: association, on: request.db)
        guard case .success(let draft) = result else {
            return .html(MemberForm.render(request.formState(values, issues: result.issues), slug: association.slug, memberID: nil,
                                           context: request.pageContext()), status: .unprocessableEntity)
        }
        let member = Member(organisationID: association.id, draft: draft)
        try await request.saveAudited(member, subject: .member, name: member.name, before: nil)
        return request.redirect(to: .member(association.slug, member.id!.uuidString), flash: Sv.created)
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let member = try await find(request)
        var values = ["name": member.name, "kind": member.kindRaw, "organisationNumber": member.organisationNumber,
                      "joinedOn": member.joinedOn, "leftOn": member.leftOn ?? ""]
        if member.postsNotices { values["postsNotices"] = "on" }
        return .html(MemberForm.render(request.formState(values), slug: association.slug, memberID: member.id!.uuidString,
                                       context: request.pageContext()))
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let member = try await find(request)
        let values = try request.formValues()
        let result = try await validate(values, excluding: member.id, in: association, on: request.db)
        guard case .success(let draft) = result else {
            return .html(MemberForm.render(request.formState(values, issues: result.issues), slug: association.slug,
                                           memberID: member.id!.uuidString, context: request.pageContext()),
                         status: .unprocessableEntity)
        }
        let before = member.snapshot
        member.apply(draft)
        try await request.saveAudited(member, subject: .member, name: member.name, before: before)
        return request.redirect(to: .member(association.slug, member.id!.uuidString), flash: Sv.saved)
    }

    /// One organisation number belongs to one member of the association.
    func validate(_ values: [String: String], excluding id: UUID?, in association: OrganisationContext,
                  on database: any Database) async throws -> Result<MemberDraft, ValidationFailure> {
        let result = MemberDraft.parse(values)
        guard case .success(let draft) = result else { return result }
        let clash = try await Member.query(on: database).filter(\.$organisation.$id == association.id)
            .filter(\.$organisationNumber == draft.organisationNumber.text).all().contains { $0.id != id }
        return clash ? .failure(ValidationFailure([FieldIssue("organisationNumber", .taken)])) : result
    }

    /// A figure for a year that already has one replaces it; the audit log keeps the old one.
    @Sendable func savePopulation(_ request: Request) async throws -> Response {
        let association = try request.association
        let member = try await find(request)
        let values = try request.formValues()
        guard case .success(let figure) = PopulationFigure.parse(values) else {
            return try await page(request, member: member, populationForm: request.formState(values, issues: PopulationFigure.parse(values).issues),
                                  status: .unprocessableEntity)
        }
        let memberID = try member.requireID()
        let existing = try await MemberPopulation.query(on: request.db).filter(\.$member.$id == memberID)
            .filter(\.$year == figure.year).first()
        let record = existing ?? MemberPopulation(organisationID: association.id, memberID: memberID, year: figure.year, count: figure.count)
        let before = existing?.snapshot
        record.count = figure.count
        try await request.saveAudited(record, subject: .population, name: "\(member.name) \(figure.year)", before: before,
                                      entityID: memberID)
        return request.redirect(to: .member(association.slug, memberID.uuidString), flash: Sv.saved)
    }
}
