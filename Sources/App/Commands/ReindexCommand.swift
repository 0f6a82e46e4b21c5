import Fluent
import Persistence
import Vapor

/// `samordna reindex`: builds the search index again from the records — after an upgrade that
/// brought search to a database with protokoll in it, or to repair the index after restoring
/// only part of a database.
struct ReindexCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Builds the search index again from every justerat protokoll and imported document." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabaseReadiness.ensure(app)
        let counts = try await SearchIndex.rebuild(on: app.db, tools: app.tools, logger: app.logger)
        let message = "Indexed \(counts.protocols) protokoll and \(counts.documents) imported document(s)."
        context.console.output(message.consoleText())
    }
}
