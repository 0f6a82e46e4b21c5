import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The public pages: the start page and each association's public page.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.home.route, use: home)
        routes.get(SiteURL.publicOrganisation(SiteURL.slug).route, use: publicOrganisation)
    }

    @Sendable func home(_ request: Request) async throws -> Response {
        let organisations = try await Organisation.query(on: request.db).with(\.$names).all()
        let today = request.today
        func item(_ organisation: Organisation) -> HomePage.Item {
            let names = organisation.names.compactMap(\.datedName)
            return HomePage.Item(slug: organisation.slug, name: DatedName.name(on: today, among: names) ?? organisation.slug)
        }
        let all = organisations.map(item).sorted { $0.name < $1.name }
        var yours: [HomePage.Item] = []
        var awaiting: [(text: String, url: String)] = []
        var reportsToSign: [(text: String, url: String)] = []
        if let user = request.currentUser, let userID = user.id {
            let accesses = try await UserAccess.query(on: request.db).filter(\.$user.$id == userID).all().filter { !$0.roles.isEmpty }
            let accessible = Set(accesses.map(\.$organisation.id))
            yours = organisations.filter { accessible.contains($0.id!) }.map(item).sorted { $0.name < $1.name }
            let names = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id!, item($0)) })
            awaiting = try await JusteringNotices.awaiting(personIDs: accesses.compactMap(\.$person.id), on: request.db).compactMap { record in
                guard let association = names[record.$organisation.id] else { return nil }
                return (Sv.Justering.awaitingLine(record.meeting.body.displayName, record.meeting.date, association.name),
                        SiteURL.protocolPage(association.slug, record.id!.uuidString).path)
            }
            reportsToSign = try await AnnualReportAdoption.awaiting(personIDs: accesses.compactMap(\.$person.id), today: today, on: request.db)
                .compactMap { record in
                    guard let association = names[record.$organisation.id] else { return nil }
                    return (Sv.AnnualReportAdoption.awaitingLine(record.year, association.name),
                            SiteURL.annualReport(association.slug).path + "?ar=\(record.year)")
                }
        }
        var model = HomePage.Model(associations: all, yours: yours, canCreate: request.currentUser?.isSystemAdmin == true)
        model.awaitingSignature = awaiting
        model.annualReportsToSign = reportsToSign
        return .html(HomePage.render(model, context: request.pageContext()))
    }

    @Sendable func publicOrganisation(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        let organisationID = try organisation.requireID()
        let today = request.today
        let names = try await organisation.datedNames(on: request.db).sorted { $0.validFrom < $1.validFrom }
        let current = DatedName.name(on: today, among: names) ?? organisation.slug
        let members = try await Member.query(on: request.db).filter(\.$organisation.$id == organisationID).all()
            .filter { $0.facts.isMember(on: today) }
            .sorted { ($0.kind.listingOrder, $0.name) < ($1.kind.listingOrder, $1.name) }
        let board = try await Body.query(on: request.db).filter(\.$organisation.$id == organisationID)
            .filter(\.$kindRaw == BodyKind.board.rawValue).all().first { $0.dissolvedOn == nil }
        var seats: [PublicOrganisationPage.Seat] = []
        if let board {
            let memberNames = Dictionary(uniqueKeysWithValues: members.compactMap { m in m.id.map { ($0, m.name) } })
            seats = try await Mandate.query(on: request.db).filter(\.$body.$id == board.requireID()).with(\.$person).all()
                .filter { $0.facts.isActive(on: today) }
                .sorted { (MandateRole.allCases.firstIndex(of: $0.role) ?? 0, $0.person.name) < (MandateRole.allCases.firstIndex(of: $1.role) ?? 0, $1.person.name) }
                .map { PublicOrganisationPage.Seat(person: $0.person.name, role: Sv.mandateRole($0.role),
                                                   member: $0.$appointedBy.id.flatMap { memberNames[$0] }) }
        }
        var hasAccess = false
        if let userID = request.currentUser?.id {
            hasAccess = try await UserAccess.query(on: request.db).filter(\.$user.$id == userID)
                .filter(\.$organisation.$id == organisationID).first().map { !$0.roles.isEmpty } ?? false
        }
        let model = PublicOrganisationPage.Model(
            slug: organisation.slug, name: current,
            formerNames: names.filter { $0.name != current }.map {
                RegisterOverview.NameRow(name: $0.name, validFrom: $0.validFrom.iso, validTo: $0.validTo?.iso)
            },
            organisationNumber: organisation.organisationNumber, address: organisation.postalAddress,
            members: members.map { ($0.name, Sv.memberKind($0.kind), $0.joinedOn) }, board: seats, hasAccess: hasAccess)
        return .html(PublicOrganisationPage.render(model, context: request.pageContext()))
    }
}

extension Organisation {
    /// "Storgatan 1, 901 84 Umeå", from whichever parts are known.
    var postalAddress: String? {
        let town = [postalCode, city].compactMap { $0 }.joined(separator: " ")
        let parts = [streetAddress, town.isEmpty ? nil : town].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
