import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Organs and their composition on a date.
struct BodyController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.bodies(SiteURL.slug).route, use: list)
        editors.get(SiteURL.bodyNew(SiteURL.slug).route, use: newForm)
        editors.post(SiteURL.bodyNew(SiteURL.slug).route, use: create)
        readers.get(SiteURL.body(SiteURL.slug, SiteURL.id).route, use: show)
        editors.get(SiteURL.bodyEdit(SiteURL.slug, SiteURL.id).route, use: editForm)
        editors.post(SiteURL.bodyEdit(SiteURL.slug, SiteURL.id).route, use: update)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let bodies = try await Body.query(on: request.db).filter(\.$organisation.$id == association.id).all()
            .sorted { ($0.dissolvedOn == nil ? 0 : 1, BodyKind.allCases.firstIndex(of: $0.kind) ?? 0, $0.displayName)
                < ($1.dissolvedOn == nil ? 0 : 1, BodyKind.allCases.firstIndex(of: $1.kind) ?? 0, $1.displayName) }
        let rows = bodies.map {
            BodyList.Row(id: $0.id!.uuidString, name: $0.displayName, kind: Sv.bodyKind($0.kind),
                         establishedOn: $0.establishedOn, dissolvedOn: $0.dissolvedOn)
        }
        return .html(BodyList.render(rows, slug: association.slug, context: request.pageContext()))
    }

    func find(_ request: Request) async throws -> Body {
        let association = try request.association
        guard let body = try await Body.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        return body
    }

    /// `?datum=YYYY-MM-DD` chooses the date; a bad date is reported on the date field and today is shown.
    @Sendable func show(_ request: Request) async throws -> Response {
        let association = try request.association
        let body = try await find(request)
        let bodyID = try body.requireID()
        var validation = FieldValidator(["datum": request.query[String.self, at: "datum"] ?? ""])
        let date = validation.date("datum", required: false) ?? request.today
        let members = try await Member.query(on: request.db).filter(\.$organisation.$id == association.id).all()
        let mandates = try await Mandate.query(on: request.db).filter(\.$body.$id == bodyID)
            .with(\.$person).with(\.$standsInFor).all()
        let composition = Composition(bodyKind: body.kind, mandates: mandates.map(\.facts), members: members.map(\.facts), on: date)
        let rows = MandateRows(members: members, bodies: [body])
        let active = Set(composition.votingMembers.map(\.id) + composition.substitutes.map(\.id) + composition.others.map(\.id))
        let model = BodyShow.Model(
            id: bodyID.uuidString, name: body.displayName, kind: Sv.bodyKind(body.kind), description: body.bodyDescription,
            establishedOn: body.establishedOn, dissolvedOn: body.dissolvedOn, date: date.iso,
            votingCount: composition.votingMembers.count, substituteCount: composition.substitutes.count,
            warnings: composition.warnings, seats: rows.rows(mandates.filter { active.contains($0.id!) }),
            perMember: body.kind == .board ? composition.perMember.map {
                ($0.member.name, $0.votingMembers.map(\.personName), $0.substitutes.map(\.personName))
            } : [],
            allMandates: rows.rows(mandates), history: try await AuditLog.history(of: bodyID, on: request.db))
        let dateState = FormState(values: ["datum": request.query[String.self, at: "datum"] ?? date.iso],
                                  issues: validation.issues, csrfToken: nil)
        return .html(BodyShow.render(model, slug: association.slug, dateState: dateState, context: request.pageContext()),
                     status: validation.isValid ? .ok : .unprocessableEntity)
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let association = try request.association
        return .html(BodyForm.render(request.formState(), slug: association.slug, bodyID: nil, context: request.pageContext()))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        guard case .success(let draft) = BodyDraft.parse(values) else {
            return .html(BodyForm.render(request.formState(values, issues: BodyDraft.parse(values).issues), slug: association.slug,
                                         bodyID: nil, context: request.pageContext()), status: .unprocessableEntity)
        }
        let body = Body(organisationID: association.id, draft: draft)
        try await request.saveAudited(body, subject: .body, name: body.displayName, before: nil)
        return request.redirect(to: .body(association.slug, body.id!.uuidString), flash: Sv.created)
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let body = try await find(request)
        let values = ["kind": body.kindRaw, "name": body.name ?? "", "description": body.bodyDescription ?? "",
                      "establishedOn": body.establishedOn ?? "", "dissolvedOn": body.dissolvedOn ?? ""]
        return .html(BodyForm.render(request.formState(values), slug: association.slug, bodyID: body.id!.uuidString,
                                     context: request.pageContext()))
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let body = try await find(request)
        let values = try request.formValues()
        guard case .success(let draft) = BodyDraft.parse(values) else {
            return .html(BodyForm.render(request.formState(values, issues: BodyDraft.parse(values).issues), slug: association.slug,
                                         bodyID: body.id!.uuidString, context: request.pageContext()), status: .unprocessableEntity)
        }
        let before = body.snapshot
        body.apply(draft)
        try await request.saveAudited(body, subject: .body, name: body.displayName, before: before)
        return request.redirect(to: .body(association.slug, body.id!.uuidString), flash: Sv.saved)
    }
}

extension Body {
    var displayName: String { Sv.bodyName(kind: kind, name: name) }
}
