import ExternalTools
import Fluent
import Persistence
import Vapor

/// Builds the application from its settings: database, migrations, sessions, middleware,
/// routes and commands. Tests call it with their own settings; nothing here reads the network or
/// opens the database (so `import --dry-run` creates no database file): the commands that use the
/// database prepare it through `DatabaseReadiness`.
public func configure(_ app: Application, settings: AppSettings) async throws {
    app.settings = settings
    app.http.server.configuration.hostname = settings.hostname
    app.http.server.configuration.port = settings.port
    // Its own pool for blocking work (SQLite's statements, bcrypt), larger than the cores: the
    // shared default has one thread per core, and SQLite's busy handler holds a thread while it
    // waits for another connection's write lock, so two waiters could starve the very
    // transaction they wait for (and, under test, every application in the process).
    app.threadPool = NIOThreadPool(numberOfThreads: max(8, 4 * System.coreCount))
    app.databases.use(try settings.database.factory(), as: settings.database.id)
    app.migrations.add(MigrationList.all)
    app.passwords.use(.bcrypt(cost: settings.bcryptCost))
    app.dummyPasswordHash = try app.password.hash(SecretToken.generate())
    app.tools = ToolRunner(limits: settings.toolLimits)
    // A connection with no traffic for this long is closed: a client that stalls mid-body holds
    // nothing for ever. Longer than any tool's limit, so a slow PDF is not cut off.
    app.http.server.configuration.idleTimeout = .seconds(Int64(max(120, settings.toolLimits.seconds * 2)))
    configureSessions(app, secure: settings.secureCookies)

    let cache = PublicPageCache()
    app.publicPageCache = cache
    let readModels = PublicReadModels(documents: cache)
    app.publicReadModels = readModels
    app.keptMemberLists = KeptReads()
    app.databases.middleware.use(PublicModelChangeTracking(readModels: readModels))
    app.middleware = Middlewares()
    app.middleware.use(PublicChangeTracking())
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(CurrentUserMiddleware())

    app.responder.use { app in PublicDocumentResponder(next: app.responder.default, cache: cache, readModels: readModels) }

    let background = BackgroundTasks()
    app.backgroundTasks = background
    app.lifecycle.use(background)
    app.lifecycle.use(OutboxWorker())
    try routes(app)
    registerCommands(app)
}

private func configureSessions(_ app: Application, secure: Bool) {
    app.sessions.use { _ in DatabaseSessions() }
    app.sessions.configuration = SessionsConfiguration(cookieName: SessionCookie.name) { id in
        // Max-Age rather than Expires: the cookie is sent with every answer, and formatting a
        // date for it (a DateFormatter each time) cost a sixth of a logged-in page.
        HTTPCookies.Value(string: id.string, expires: nil, maxAge: Int(DatabaseSessions.lifetime),
                          domain: nil, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}
