import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Adding and changing mandates. Mandates are never deleted: one that ends gets its last day.
struct MandateController {
    func register(editors: any RoutesBuilder) throws {
        editors.get(SiteURL.mandateNew(SiteURL.slug).route, use: newForm)
        editors.post(SiteURL.mandateNew(SiteURL.slug).route, use: create)
        editors.get(SiteURL.mandateEdit(SiteURL.slug, SiteURL.id).route, use: editForm)
        editors.post(SiteURL.mandateEdit(SiteURL.slug, SiteURL.id).route, use: update)
    }

    struct Register {
        let people: [Person]
        let bodies: [Body]
        let members: [Member]

        static func load(_ association: OrganisationContext, on database: any Database) async throws -> Register {
            Register(
                people: try await Person.query(on: database).filter(\.$organisation.$id == association.id).sort(\.$name).all(),
                bodies: try await Body.query(on: database).filter(\.$organisation.$id == association.id).all(),
                members: try await Member.query(on: database).filter(\.$organisation.$id == association.id).sort(\.$name).all())
        }

        var choices: MandateForm.Choices {
            MandateForm.Choices(people: people.map { ($0.id!.uuidString, $0.name) },
                                bodies: bodies.map { ($0.id!.uuidString, $0.displayName) },
                                members: members.map { ($0.id!.uuidString, $0.name) })
        }

        /// Reads the form and checks that every chosen record belongs to this association.
        func validate(_ values: [String: String]) -> Result<MandateDraft, ValidationFailure> {
            let body = values["bodyID"].flatMap(UUID.init(uuidString:)).flatMap { id in bodies.first { $0.id == id } }
            let result = MandateDraft.parse(values, bodyKind: body?.kind)
            guard case .success(let draft) = result else { return result }
            var issues: [FieldIssue] = []
            if !people.contains(where: { $0.id == draft.personID }) { issues.append(FieldIssue("personID", .unknownReference)) }
            if body == nil { issues.append(FieldIssue("bodyID", .unknownReference)) }
            if let member = draft.appointedByMemberID, !members.contains(where: { $0.id == member }) {
                issues.append(FieldIssue("appointedByMemberID", .unknownReference))
            }
            if let other = draft.standsInForPersonID, !people.contains(where: { $0.id == other }) {
                issues.append(FieldIssue("standsInForPersonID", .unknownReference))
            }
            return issues.isEmpty ? result : .failure(ValidationFailure(issues))
        }

        func label(_ draft: MandateDraft) -> String {
            let person = people.first { $0.id == draft.personID }?.name ?? ""
            let body = bodies.first { $0.id == draft.bodyID }?.displayName ?? ""
            return "\(person), \(Sv.mandateRole(draft.role).lowercased()) i \(body)"
        }
    }

    func render(_ request: Request, _ state: FormState, mandateID: String?, register: Register,
                status: HTTPStatus = .ok) throws -> Response {
        let association = try request.association
        let cancel: String
        if let person = state.values["personID"], UUID(uuidString: person) != nil {
            cancel = SiteURL.person(association.slug, person).path
        } else {
            cancel = SiteURL.people(association.slug).path
        }
        return .html(MandateForm.render(state, slug: association.slug, mandateID: mandateID, choices: register.choices,
                                        cancel: cancel, context: request.pageContext()), status: status)
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let register = try await Register.load(association, on: request.db)
        var values = ["startsOn": request.today.iso]
        values["personID"] = request.query[String.self, at: "person"]
        values["bodyID"] = request.query[String.self, at: "organ"]
        return try render(request, request.formState(values), mandateID: nil, register: register)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let register = try await Register.load(association, on: request.db)
        let values = try request.formValues()
        guard case .success(let draft) = register.validate(values) else {
            return try render(request, request.formState(values, issues: register.validate(values).issues), mandateID: nil,
                              register: register, status: .unprocessableEntity)
        }
        let mandate = Mandate(organisationID: association.id, draft: draft)
        try await request.saveAudited(mandate, subject: .mandate, name: register.label(draft), before: nil, entityID: draft.personID)
        return request.redirect(to: .person(association.slug, draft.personID.uuidString), flash: Sv.created)
    }

    func find(_ request: Request) async throws -> Mandate {
        let association = try request.association
        guard let mandate = try await Mandate.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        return mandate
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let mandate = try await find(request)
        let register = try await Register.load(association, on: request.db)
        let values = ["personID": mandate.$person.id.uuidString, "bodyID": mandate.$body.id.uuidString, "role": mandate.roleRaw,
                      "appointedByMemberID": mandate.$appointedBy.id?.uuidString ?? "", "startsOn": mandate.startsOn,
                      "endsOn": mandate.endsOn ?? "", "party": mandate.party ?? "",
                      "standsInForPersonID": mandate.$standsInFor.id?.uuidString ?? ""]
        return try render(request, request.formState(values), mandateID: mandate.id!.uuidString, register: register)
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let mandate = try await find(request)
        let register = try await Register.load(association, on: request.db)
        let values = try request.formValues()
        guard case .success(let draft) = register.validate(values) else {
            return try render(request, request.formState(values, issues: register.validate(values).issues),
                              mandateID: mandate.id!.uuidString, register: register, status: .unprocessableEntity)
        }
        let before = mandate.snapshot
        mandate.apply(draft)
        try await request.saveAudited(mandate, subject: .mandate, name: register.label(draft), before: before,
                                      entityID: draft.personID)
        return request.redirect(to: .person(association.slug, draft.personID.uuidString), flash: Sv.saved)
    }
}
