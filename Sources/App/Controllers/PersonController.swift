import Domain
import Fluent
import Persistence
import Vapor
import Views

/// People in the register and their mandates.
struct PersonController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.people(SiteURL.slug).route, use: list)
        editors.get(SiteURL.personNew(SiteURL.slug).route, use: newForm)
        editors.post(SiteURL.personNew(SiteURL.slug).route, use: create)
        readers.get(SiteURL.person(SiteURL.slug, SiteURL.id).route, use: show)
        editors.get(SiteURL.personEdit(SiteURL.slug, SiteURL.id).route, use: editForm)
        editors.post(SiteURL.personEdit(SiteURL.slug, SiteURL.id).route, use: update)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let today = request.today
        let people = try await Person.query(on: request.db).filter(\.$organisation.$id == association.id).sort(\.$name).all()
        let bodies = try await Body.query(on: request.db).filter(\.$organisation.$id == association.id).all()
        let bodyNames = Dictionary(uniqueKeysWithValues: bodies.map { ($0.id!, $0.displayName) })
        let mandates = try await Mandate.query(on: request.db).filter(\.$organisation.$id == association.id).all()
            .filter { $0.facts.isActive(on: today) }
        let byPerson = Dictionary(grouping: mandates, by: { $0.$person.id })
        let rows = people.map { person in
            PersonList.Row(id: person.id!.uuidString, name: person.name, title: person.title,
                           currentMandates: (byPerson[person.id!] ?? []).map { "\(Sv.mandateRole($0.role)), \(bodyNames[$0.$body.id] ?? "")" })
        }
        return .html(PersonList.render(rows, slug: association.slug, context: request.pageContext()))
    }

    func find(_ request: Request) async throws -> Person {
        let association = try request.association
        guard let person = try await Person.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).first() else { throw Abort(.notFound) }
        return person
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let association = try request.association
        let person = try await find(request)
        let personID = try person.requireID()
        let mandates = try await Mandate.query(on: request.db).filter(\.$person.$id == personID)
            .with(\.$person).with(\.$standsInFor).all()
        let members = try await Member.query(on: request.db).filter(\.$organisation.$id == association.id).all()
        let bodies = try await Body.query(on: request.db).filter(\.$organisation.$id == association.id).all()
        let model = PersonShow.Model(id: personID.uuidString, name: person.name, title: person.title, email: person.email,
                                     phone: person.phone, mandates: MandateRows(members: members, bodies: bodies).rows(mandates),
                                     history: try await AuditLog.history(of: personID, on: request.db))
        return .html(PersonShow.render(model, slug: association.slug, context: request.pageContext()))
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let association = try request.association
        return .html(PersonForm.render(request.formState(), slug: association.slug, personID: nil, context: request.pageContext()))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        guard case .success(let draft) = PersonDraft.parse(values) else {
            return .html(PersonForm.render(request.formState(values, issues: PersonDraft.parse(values).issues), slug: association.slug,
                                           personID: nil, context: request.pageContext()), status: .unprocessableEntity)
        }
        let person = Person(organisationID: association.id, draft: draft)
        try await request.saveAudited(person, subject: .person, name: person.name, before: nil)
        return request.redirect(to: .person(association.slug, person.id!.uuidString), flash: Sv.created)
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let person = try await find(request)
        let values = ["name": person.name, "title": person.title ?? "", "email": person.email ?? "", "phone": person.phone ?? ""]
        return .html(PersonForm.render(request.formState(values), slug: association.slug, personID: person.id!.uuidString,
                                       context: request.pageContext()))
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let person = try await find(request)
        let values = try request.formValues()
        guard case .success(let draft) = PersonDraft.parse(values) else {
            return .html(PersonForm.render(request.formState(values, issues: PersonDraft.parse(values).issues), slug: association.slug,
                                           personID: person.id!.uuidString, context: request.pageContext()), status: .unprocessableEntity)
        }
        let before = person.snapshot
        person.apply(draft)
        try await request.saveAudited(person, subject: .person, name: person.name, before: before)
        return request.redirect(to: .person(association.slug, person.id!.uuidString), flash: Sv.saved)
    }
}
