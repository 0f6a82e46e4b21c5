import Persistence
import Vapor

/// `samordna backup FILE`: a consistent copy of the whole database, taken while Samordna runs.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Where to write the backup; must not exist yet.")
        var file: String
    }

    var help: String { "Writes a backup of the whole database to FILE (SQLite: VACUUM INTO; PostgreSQL: pg_dump -Fc)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await Backup.write(from: app.settings.database, database: app.db, to: signature.file)
        context.console.output("Backup of \(app.settings.database.description) written to \(signature.file)")
    }
}

/// `samordna restore FILE`: replaces the whole database with a backup. With SQLite, stop the
/// server first; with PostgreSQL the restore is one transaction and fails without changing anything.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A backup written by `samordna backup`.")
        var file: String
    }

    var help: String { "Replaces the whole database with the backup in FILE. Asks first unless --yes is given." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let location = context.application.settings.database
        guard context.console.confirm("Replace everything in \(location.description) with \(signature.file)?".consoleText(.warning)) else {
            context.console.output("Nothing was changed.")
            return
        }
        try Backup.restore(into: location, from: signature.file)
        context.console.output("Restored \(location.description) from \(signature.file)")
    }
}
