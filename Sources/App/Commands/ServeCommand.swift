import Fluent
import Persistence
import Vapor

/// `samordna serve`: Vapor's server, preceded by what a first start needs. With an empty SQLite
/// database it loads the demo association and creates an administrator whose password is
/// printed once, so that a newcomer can log in straight away.
struct SamordnaServeCommand: AnyAsyncCommand {
    var help: String {
        "Serves Samordna over HTTP (default http://127.0.0.1:8080). SQLite is migrated automatically; with PostgreSQL add --auto-migrate or run `samordna migrate` first."
    }

    func run(using context: inout CommandContext) async throws {
        let app = context.application
        try await DatabaseReadiness.ensure(app)
        if let missing = ServerTool.missingReport() { context.console.warning(missing) }
        if let login = try await FirstStart.runIfEmpty(app) {
            let settings = app.settings
            let address = ListenAddress(arguments: context.input.arguments, hostname: settings.hostname, port: settings.port)
            let banner: String = """

            Samordna is ready with a demo association (\(settings.database.description)).
              Open:      http://\(address.hostname == "0.0.0.0" ? "127.0.0.1" : address.hostname):\(address.port)/logga-in
              Username:  \(login.username)
              Password:  \(login.password)
            The password is shown only now; change it with `samordna user passwd \(login.username)`.

            """
            context.console.output(banner.consoleText())
        }
        try await ArchiveUploads.resume(app)
        MaintenanceWorker.start(app)
        PublicChangeWatcher.start(app)
        try await app.servers.asyncCommand.run(using: &context)
    }

    func outputHelp(using context: inout CommandContext) throws {
        context.console.output(help.consoleText())
        context.console.output("Options also: --auto-migrate (run pending migrations first), --yes (answer yes to questions).".consoleText())
        context.application.servers.command.outputHelp(using: &context)
    }
}

/// What happens the first time Samordna starts on an empty SQLite database.
enum FirstStart {
    struct Login {
        let username: String
        let password: String
    }

    static func runIfEmpty(_ app: Application) async throws -> Login? {
        guard app.settings.database.isSQLite,
              try await Organisation.query(on: app.db).count() == 0,
              try await User.query(on: app.db).count() == 0 else { return nil }
        let password = Passwords.generate()
        let hash = try await app.password.async.hash(password)
        try await app.db.transaction { db in
            let organisation = try await DemoData.load(on: db, actor: .system)
            try await DemoProtocol.load(organisationID: organisation.requireID(),
                                        associationName: try await organisation.currentName(on: db, today: app.settings.today.date()), on: db)
            try await DemoFunding.load(organisationID: organisation.requireID(), on: db)
            let user = User(username: "admin", displayName: "Administratör", passwordHash: hash, isSystemAdmin: true)
            try await user.create(on: db)
            try await UserAccess(userID: user.requireID(), organisationID: organisation.requireID(), roles: [.administrator]).create(on: db)
        }
        return Login(username: "admin", password: password)
    }
}

enum Passwords {
    /// 20 characters from an alphabet without look-alikes (0/O, 1/l/I), about 110 bits.
    static func generate() -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet.randomElement(using: &generator)! })
    }
}

/// Where `serve` will listen: the settings, unless the command line says otherwise as Vapor's
/// serve command reads it (`--hostname`/`-H`, `--port`/`-p`, `--bind`/`-b host:port`).
struct ListenAddress: Equatable {
    var hostname: String
    var port: Int

    init(arguments: [String], hostname: String, port: Int) {
        self.hostname = hostname
        self.port = port
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let (name, inline) = argument.contains("=")
                ? (String(argument.prefix { $0 != "=" }), Optional(String(argument.drop { $0 != "=" }.dropFirst())))
                : (argument, nil)
            let value = inline ?? (index + 1 < arguments.count ? arguments[index + 1] : nil)
            switch name {
            case "--hostname", "-H": if let value { self.hostname = value }
            case "--port", "-p": if let value, let number = Int(value) { self.port = number }
            case "--bind", "-b":
                if let value, let colon = value.lastIndex(of: ":") {
                    self.hostname = String(value[..<colon])
                    if let number = Int(value[value.index(after: colon)...]) { self.port = number }
                } else if let value {
                    self.hostname = value
                }
            default: break
            }
            index += 1
        }
    }
}
