import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Utlysningar (issue 15, item 3): the kansli writes and publishes a call; the public sees the
/// open ones on a page and in an Atom feed.
struct CallController {
    func register(readers: any RoutesBuilder, kansli: any RoutesBuilder, public: any RoutesBuilder) throws {
        readers.get(SiteURL.calls(SiteURL.slug).route, use: list)
        kansli.get(SiteURL.callNew(SiteURL.slug).route, use: newForm)
        kansli.post(SiteURL.callNew(SiteURL.slug).route, use: create)
        readers.get(SiteURL.call(SiteURL.slug, SiteURL.id).route, use: show)
        kansli.post(SiteURL.callPublish(SiteURL.slug, SiteURL.id).route, use: publish)
        `public`.get(SiteURL.openCalls(SiteURL.slug).route, use: publicPage)
        `public`.get(SiteURL.openCallsFeed(SiteURL.slug).route, use: feed)
    }

    static func row(_ call: CallForProposals, today: CivilDate) -> CallPages.Row {
        .init(id: call.id!.uuidString, diaryNumber: call.matter?.diaryNumber.text, title: call.title, text: call.text, criteria: call.criteria,
              amount: call.amount, applicationDeadline: call.applicationDeadline, reviewOn: call.reviewOn, decisionOn: call.decisionOn,
              latestStart: call.latestStart, publishedOn: call.publishedOn, isOpen: call.isOpen(on: today))
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let rows = try await Calls.all(of: association.id, on: request.db).map { Self.row($0, today: request.today) }
        return .html(CallPages.list(rows, slug: association.slug, context: request.pageContext()))
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        .html(CallPages.form(request.formState(), slug: try request.association.slug, context: request.pageContext()))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        switch CallForProposalsDraft.parse(values) {
        case .success(let draft):
            let call = try await Calls.create(draft, organisationID: association.id, actor: request.actor, today: request.today, on: request.db)
            return request.redirect(to: .call(association.slug, call.id!.uuidString), flash: Sv.created)
        case .failure(let failure):
            return .html(CallPages.form(request.formState(values, issues: failure.issues), slug: association.slug, context: request.pageContext()),
                         status: .unprocessableEntity)
        }
    }

    private func find(_ request: Request) async throws -> CallForProposals {
        guard let call = try await CallForProposals.query(on: request.db).filter(\.$id == request.idParameter())
            .filter(\.$organisation.$id == request.association.id).with(\.$matter).first()
        else { throw Abort(.notFound) }
        return call
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let association = try request.association
        return .html(CallPages.show(Self.row(try await find(request), today: request.today), slug: association.slug, context: request.pageContext()))
    }

    @Sendable func publish(_ request: Request) async throws -> Response {
        let call = try await find(request)
        guard call.publishedOn == nil else { throw StateConflict(Sv.Calls.alreadyPublished) }
        try await Calls.publish(call, actor: request.actor, today: request.today, on: request.db)
        return request.redirect(to: .call(try request.association.slug, call.id!.uuidString), flash: Sv.Calls.published)
    }

    @Sendable func publicPage(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        let today = request.today
        let rows = try await Calls.published(of: organisation.requireID(), on: request.db).map { Self.row($0, today: today) }
        return .html(CallPages.publicPage(associationName: try await organisation.currentName(on: request.db, today: today),
                                          open: rows.filter(\.isOpen), earlier: rows.filter { !$0.isOpen }, slug: organisation.slug,
                                          context: request.pageContext()))
    }

    /// Atom (RFC 4287): one entry per open call, updated on the day it was published.
    @Sendable func feed(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        let base = request.application.settings.publicBaseURL
        let today = request.today
        let name = try await organisation.currentName(on: request.db, today: today)
        let page = base + SiteURL.openCalls(organisation.slug).path
        let open = try await Calls.published(of: organisation.requireID(), on: request.db).filter { $0.isOpen(on: today) }
        let xml = AtomFeed.render(
            id: "urn:uuid:\(try organisation.requireID().uuidString.lowercased())-utlysningar", title: Sv.Calls.publicTitle + " – " + name,
            selfURL: base + SiteURL.openCallsFeed(organisation.slug).path, pageURL: page,
            entries: open.map { call in
                AtomFeed.Entry(id: "urn:uuid:\(call.id!.uuidString.lowercased())", title: call.title, url: page + "#utlysning-\(call.id!.uuidString)",
                               updated: call.publishedOn ?? today.iso, summary: Sv.Calls.summary(deadline: call.applicationDeadline, amount: call.amount))
            })
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/atom+xml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: xml))
    }
}
