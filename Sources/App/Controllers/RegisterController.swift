import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The association's own record: details and names over time.
struct RegisterController {
    func register(readers: any RoutesBuilder, editors: any RoutesBuilder) throws {
        readers.get(SiteURL.register(SiteURL.slug).route, use: overview)
        editors.get(SiteURL.organisationEdit(SiteURL.slug).route, use: editForm)
        editors.post(SiteURL.organisationEdit(SiteURL.slug).route, use: update)
        editors.get(SiteURL.nameNew(SiteURL.slug).route, use: nameForm)
        editors.post(SiteURL.nameNew(SiteURL.slug).route, use: addName)
    }

    @Sendable func overview(_ request: Request) async throws -> Response {
        let association = try request.association
        let organisation = association.organisation
        let id = association.id
        let names = try await OrganisationName.query(on: request.db).filter(\.$organisation.$id == id)
            .sort(\.$validFrom, .descending).all()
        let model = RegisterOverview.Model(
            slug: association.slug, name: association.name, organisationNumber: organisation.organisationNumber,
            address: organisation.postalAddress, email: organisation.email,
            names: names.map { .init(name: $0.name, validFrom: $0.validFrom, validTo: $0.validTo) },
            memberCount: try await Member.query(on: request.db).filter(\.$organisation.$id == id).count(),
            bodyCount: try await Body.query(on: request.db).filter(\.$organisation.$id == id).count(),
            personCount: try await Person.query(on: request.db).filter(\.$organisation.$id == id).count(),
            history: try await AuditLog.history(of: id, on: request.db))
        return .html(RegisterOverview.render(model, context: request.pageContext()))
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let association = try request.association
        let o = association.organisation
        let values = ["organisationNumber": o.organisationNumber, "streetAddress": o.streetAddress ?? "",
                      "postalCode": o.postalCode ?? "", "city": o.city ?? "", "email": o.email ?? ""]
        return .html(AssociationForms.details(request.formState(values), slug: association.slug, name: association.name,
                                              context: request.pageContext()))
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        switch AssociationDetails.parse(values) {
        case .failure(let failure):
            return .html(AssociationForms.details(request.formState(values, issues: failure.issues), slug: association.slug,
                                                  name: association.name, context: request.pageContext()),
                         status: .unprocessableEntity)
        case .success(let details):
            let organisation = association.organisation
            let before = organisation.snapshot
            organisation.apply(details)
            try await request.saveAudited(organisation, subject: .organisation, name: association.name, before: before)
            return request.redirect(to: .register(association.slug), flash: Sv.saved)
        }
    }

    @Sendable func nameForm(_ request: Request) async throws -> Response {
        let association = try request.association
        return .html(AssociationForms.newName(request.formState(), slug: association.slug, currentName: association.name,
                                              context: request.pageContext()))
    }

    /// The new name starts on its date; the name in force until then ends the day before.
    @Sendable func addName(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        var issues: [FieldIssue] = []
        switch NameChange.parse(values) {
        case .failure(let failure):
            issues = failure.issues
        case .success(let change):
            let names = try await OrganisationName.query(on: request.db).filter(\.$organisation.$id == association.id).all()
            let latest = names.max { $0.validFrom < $1.validFrom }
            if let latest, let latestFrom = CivilDate(iso: latest.validFrom), change.validFrom <= latestFrom {
                issues = [FieldIssue("validFrom", .mustBeAfter(latest.validFrom))]
                break
            }
            try await request.db.transaction { db in
                if let latest, let dayBefore = change.validFrom.adding(days: -1),
                   latest.validTo.flatMap({ CivilDate(iso: $0) }).map({ $0 >= change.validFrom }) ?? true {
                    let before = latest.snapshot
                    latest.validTo = dayBefore.iso
                    try await latest.save(on: db)
                    try await AuditLog.record(on: db, actor: request.actor, organisationID: association.id, action: .updated,
                                              subject: .organisationName, entityID: association.id, name: latest.name,
                                              before: before, after: latest.snapshot)
                }
                let name = OrganisationName(organisationID: association.id, name: change.name, validFrom: change.validFrom.iso)
                try await name.create(on: db)
                try await AuditLog.record(on: db, actor: request.actor, organisationID: association.id, action: .created,
                                          subject: .organisationName, entityID: association.id, name: change.name,
                                          before: nil, after: name.snapshot)
            }
            return request.redirect(to: .register(association.slug), flash: Sv.saved)
        }
        return .html(AssociationForms.newName(request.formState(values, issues: issues), slug: association.slug,
                                              currentName: association.name, context: request.pageContext()),
                     status: .unprocessableEntity)
    }
}
