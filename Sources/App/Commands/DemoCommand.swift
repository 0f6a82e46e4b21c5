import Fluent
import Persistence
import Vapor

/// `samordna demo`: loads the fictional demo association (once; running it again changes nothing).
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "synthetic-archive", help: "Instead: generate an archive of invented associations with 20 years of justerade protokoll, for benchmarks.")
        var syntheticArchive: Bool

        @Option(name: "paragraphs", help: "How many §§ the synthetic archive has in all (default 100000).")
        var paragraphs: Int?

        init() {}
    }

    var help: String { "Loads the demo association \"\(DemoData.slug)\" with members, bodies, people and mandates." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await DatabaseReadiness.ensure(app)
        if signature.syntheticArchive {
            let total = signature.paragraphs ?? 100_000
            guard total > 0 else { throw Abort(.badRequest, reason: "--paragraphs must be a positive number") }
            let console = context.console
            let summary = try await SyntheticArchive.generate(paragraphs: total, on: app.db) { done in
                console.output("\(done) of \(total) §§ written".consoleText())
            }
            console.output("Generated \(summary.associations) association(s), \(summary.meetings) meeting(s), \(summary.paragraphs) §§ (arkiv-001 …)".consoleText())
            return
        }
        let existed = try await Organisation.query(on: app.db).filter(\.$slug == DemoData.slug).first() != nil
        let organisation = try await DemoData.load(on: app.db, actor: .commandLine("demo"))
        if !existed {
            try await DemoProtocol.load(organisationID: organisation.requireID(),
                                        associationName: try await organisation.currentName(on: app.db, today: app.settings.today.date()),
                                        on: app.db)
            try await DemoFunding.load(organisationID: organisation.requireID(), on: app.db)
        }
        context.console.output(existed
            ? "The demo association is already loaded: /f/\(DemoData.slug)"
            : "Loaded the demo association: /f/\(DemoData.slug)")
        if try await User.query(on: app.db).count() == 0 {
            context.console.output("No user exists yet; create one with: samordna user add NAME --organisation \(DemoData.slug) --role administrator --system-admin")
        }
    }
}
