import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The public calendar of sammanträden: a page and iCalendar feeds per association and per body.
/// Dates, times and places of meetings are public; nothing else of a meeting is shown here.
struct MeetingFeeds: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.calendar(SiteURL.slug).route, use: page)
        routes.get(SiteURL.calendarFeed(SiteURL.slug).route, use: associationFeed)
        routes.get(SiteURL.bodyCalendarFeed(SiteURL.slug, SiteURL.id).route, use: bodyFeed)
    }

    static func links(for organisation: Organisation, on database: any Database) async throws -> [(label: String, url: String)] {
        let bodies = try await Body.query(on: database).filter(\.$organisation.$id == organisation.requireID()).all()
            .filter { $0.dissolvedOn == nil }
            .sorted { (BodyKind.allCases.firstIndex(of: $0.kind) ?? 0, $0.displayName) < (BodyKind.allCases.firstIndex(of: $1.kind) ?? 0, $1.displayName) }
        return [(Sv.Meetings.feedAll, SiteURL.calendarFeed(organisation.slug).path)]
            + bodies.map { (Sv.Meetings.feedBody($0.displayName), SiteURL.bodyCalendarFeed(organisation.slug, $0.id!.uuidString).path) }
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        let today = request.today.iso
        let upcoming = try await Meeting.query(on: request.db).filter(\.$organisation.$id == organisation.requireID())
            .filter(\.$date >= today).with(\.$body).sort(\.$date).sort(\.$startsAt).all()
        let model = PublicCalendarPage.Model(
            associationName: try await organisation.currentName(on: request.db, today: request.today),
            upcoming: try await upcoming.rows(on: request.db, today: request.today), feeds: try await Self.links(for: organisation, on: request.db))
        return .html(PublicCalendarPage.render(model, context: request.pageContext()))
    }

    @Sendable func associationFeed(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        let meetings = try await Meeting.query(on: request.db).filter(\.$organisation.$id == organisation.requireID())
            .with(\.$body).sort(\.$date).all()
        let name = try await organisation.currentName(on: request.db, today: request.today)
        return try feed(request, name: name, meetings: meetings, associationName: name)
    }

    @Sendable func bodyFeed(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        let id = try request.idParameter()
        guard let body = try await Body.query(on: request.db).filter(\.$id == id)
                  .filter(\.$organisation.$id == organisation.requireID()).first() else { throw Abort(.notFound) }
        let meetings = try await Meeting.query(on: request.db).filter(\.$body.$id == id).with(\.$body).sort(\.$date).all()
        let associationName = try await organisation.currentName(on: request.db, today: request.today)
        return try feed(request, name: body.displayName + " – " + associationName, meetings: meetings, associationName: associationName)
    }

    private func feed(_ request: Request, name: String, meetings: [Meeting], associationName: String) throws -> Response {
        let host = request.application.settings.publicBaseURL
        let events = meetings.compactMap { meeting -> ICalendar.Event? in
            guard let date = meeting.civilDate, let start = meeting.startTime, let id = meeting.id else { return nil }
            let location = Sv.Meetings.location(meeting.format, place: meeting.place, address: meeting.address)
            return ICalendar.Event(
                uid: id.uuidString.lowercased() + "@samordna", sequence: meeting.sequence,
                stamp: meeting.updatedAt ?? meeting.createdAt ?? Date(timeIntervalSince1970: 0), date: date, start: start,
                end: meeting.endTime,
                summary: Sv.Meetings.eventSummary(meeting.body.displayName, association: associationName, cancelled: meeting.status == .cancelled),
                location: location, description: meeting.theme ?? meeting.cancellationReason,
                url: host + SiteURL.calendar(request.parameters.get("slug") ?? "").path,
                cancelled: meeting.status == .cancelled)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return Response(status: .ok, headers: headers, body: .init(string: ICalendar.render(name: name, events: events)))
    }
}
