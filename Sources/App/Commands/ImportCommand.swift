import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// `samordna import [--dry-run] [--yes] [--format json|text] [--organisation SLUG] [--body NAME] FILE…`: reads
/// past board packets (text or PDF) and shows what they hold as meetings, protokoll, paragraphs and
/// attendance; without `--dry-run` it commits them to the association after a confirmation (or
/// at once with `--yes`). With `--dry-run --format json` it prints exactly the format of
/// `specs/import-format.md` on standard output, diagnostics on standard error, and touches nothing.
struct ImportCommand: AnyAsyncCommand {
    /// ConsoleKit's signatures take no list of arguments, so `FILE…` and the options are read here.
    struct Signature {
        var dryRun = false
        var yes = false
        var format: String?
        var organisation: String?
        var body: String?
        var files: [String] = []

        init(_ arguments: [String]) throws {
            var rest = arguments[...]
            while let argument = rest.popFirst() {
                switch argument {
                case "--dry-run": dryRun = true
                case "--yes", "-y": yes = true
                case "--format", "--organisation", "--body":
                    guard let value = rest.popFirst() else { throw PacketReader.Failure(description: "\(argument) needs a value") }
                    switch argument {
                    case "--format": format = value
                    case "--organisation": organisation = value
                    default: body = value
                    }
                case _ where argument.hasPrefix("--format="): format = String(argument.dropFirst(9))
                case _ where argument.hasPrefix("--organisation="): organisation = String(argument.dropFirst(15))
                case _ where argument.hasPrefix("--body="): body = String(argument.dropFirst(7))
                case _ where argument.hasPrefix("--"): throw PacketReader.Failure(description: "unknown option \(argument); see samordna import --help")
                default: files.append(argument)
                }
            }
        }
    }

    static let usage = """
    Usage: samordna import [--dry-run] [--yes] [--format json|text] [--organisation SLUG] [--body NAME] FILE…

    Reads archived board packets (.txt with extracted text, or .pdf; pages without text go through OCR),
    shows the kallelse, protokoll and bilagor found in them, and commits them to the association:
    historical meetings, protokoll marked as imported, §§, decisions, attendance and the source file.
      --dry-run        show what the files hold and change nothing (without --organisation no database is opened)
      --yes            commit without asking (otherwise the summary is shown and a y answer is needed)
      --format json    print the import format of specs/import-format.md; text (default) prints a summary
      --organisation   the association (slug); needed to commit, and names outside its register are warned about
      --body           the body whose meetings the files record, by name (e.g. Beredningsgruppen); the board if left out
    A file imported before (same content) is recognised and creates nothing.
    Files over SAMORDNA_IMPORT_MAX_MB megabytes (default 100) are refused.
    The summary is in English; the warnings for the reviewer keep their Swedish wording, marked [sv].

    """

    func outputHelp(using context: inout CommandContext) {
        context.console.output(Self.usage.consoleText())
    }

    func run(using context: inout CommandContext) async throws {
        if context.input.arguments.contains("--help") || context.input.arguments.contains("-h") {
            outputHelp(using: &context)
            return
        }
        var signature = try Signature(context.input.arguments)
        // ConsoleKit reads --yes (and -y) itself for every command and leaves the answer here.
        signature.yes = signature.yes || context.console.confirmOverride == true
        try await run(signature: signature, application: context.application)
    }

    var help: String { "Reads archived board packets (.txt or .pdf), shows what they hold and commits them as historical meetings." }

    func run(signature: Signature, application: Application) async throws {
        let format = signature.format ?? "text"
        guard ["json", "text"].contains(format) else {
            throw PacketReader.Failure(description: "--format must be json or text, not \(format)")
        }
        guard !signature.files.isEmpty else { throw PacketReader.Failure(description: "give at least one file to import") }
        guard signature.dryRun || signature.organisation != nil else {
            throw PacketReader.Failure(description: "--organisation SLUG is needed to commit; run with --dry-run to only see what the files hold")
        }
        // A dry run without an association reads no database at all.
        var organisation: Organisation?
        var bodyID: UUID?
        var registerNames: Set<String>?
        if let slug = signature.organisation {
            try await DatabaseReadiness.ensure(application)
            guard let found = try await Organisation.query(on: application.db).filter(\.$slug == slug).first() else {
                throw PacketReader.Failure(description: "no association with the slug \(slug)")
            }
            organisation = found
            if let name = signature.body {
                let bodies = try await Body.query(on: application.db).filter(\.$organisation.$id == found.requireID()).all()
                guard let body = bodies.first(where: { $0.displayName.lowercased() == name.lowercased() }) else {
                    throw PacketReader.Failure(description: "\(slug) has no body named \(name); its bodies: "
                                                   + bodies.map(\.displayName).sorted().joined(separator: ", "))
                }
                bodyID = body.id
            }
            registerNames = Set(try await Person.query(on: application.db).filter(\.$organisation.$id == found.requireID()).all().map(\.name))
        }
        let limit = PacketReader.sizeLimit
        let importer = PacketImporter(lexicon: ArchiveLexicon.shared, registerNames: registerNames)
        var progress = ImportProgress(total: signature.files.count, enabled: !signature.dryRun)
        var failures = 0
        var read: [(path: String, data: Data, result: PacketImporter.Result)] = []
        for path in signature.files {
            progress.step("reading", path)
            do {
                let file = try await PacketReader.read(path: path, sizeLimit: limit, tools: application.tools)
                for note in file.notes { FileHandle.standardError.write(Data("\(path): \(note.english)\n".utf8)) }
                let result = importer.run(text: file.text, source: URL(fileURLWithPath: path).lastPathComponent)
                let output = format == "json" ? try ImportReport.json(result.packet) : ImportReport.text(result.packet)
                FileHandle.standardOutput.write(Data((output + "\n").utf8))
                read.append((path, file.data, result))
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
        }
        progress.finish()
        if let organisation, !signature.dryRun, !read.isEmpty {
            if signature.yes || Self.confirmed(files: read.count, slug: organisation.slug) {
                failures += await commit(read, to: organisation, bodyID: bodyID, on: application.db)
            } else {
                FileHandle.standardError.write(Data("nothing was committed; answer y, or add --yes to commit without the question\n".utf8))
            }
        }
        if failures > 0 {
            // Each failure is already on standard error; a thrown error would also be logged on standard output.
            FileHandle.standardError.write(Data("error: \(failures) of \(signature.files.count) file(s) could not be imported\n".utf8))
            exit(1)
        }
    }

    static func confirmed(files: Int, slug: String) -> Bool {
        FileHandle.standardError.write(Data("Commit \(files) file(s) to \(slug)? [y/N] ".utf8))
        guard let answer = readLine() else { return false }
        return ["y", "yes", "j", "ja"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Each file in its own transaction: one bad file does not undo the others. Returns the failures.
    func commit(_ files: [(path: String, data: Data, result: PacketImporter.Result)], to organisation: Organisation, bodyID: UUID?,
                on database: any Database) async -> Int {
        var progress = ImportProgress(total: files.count, enabled: true)
        var failures = 0
        for file in files {
            progress.step("committing", file.path)
            do {
                let outcome = try await ArchiveCommit.commit(file.result, file: file.data, fileName: URL(fileURLWithPath: file.path).lastPathComponent,
                                                             organisation: organisation, importedBy: "cli", bodyID: bodyID, on: database)
                progress.finish()
                FileHandle.standardOutput.write(Data((ImportReport.committed(outcome, path: file.path) + "\n").utf8))
            } catch {
                progress.finish()
                failures += 1
                FileHandle.standardError.write(Data("error: \(file.path): nothing of it was committed: \(error)\n".utf8))
            }
        }
        return failures
    }
}

/// The two ways an import result is printed.
enum ImportReport {
    static func json(_ packet: ImportedPacket) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(packet), as: UTF8.self)
    }

    static func committed(_ outcome: ArchiveCommit.Outcome, path: String) -> String {
        if outcome.alreadyImported {
            let when = outcome.importedAt.map { ISO8601DateFormatter().string(from: $0) } ?? "earlier"
            return "\(path): already imported (\(when)); nothing was created"
        }
        var line = "\(path): committed \(outcome.documents) document(s), \(outcome.meetings) new meeting(s), \(outcome.protocols) protokoll, "
            + "\(outcome.paragraphs) §§, \(outcome.decisions) decision(s), \(outcome.attendances) attendance(s), \(outcome.newPeople) new person(s)"
        if !outcome.protocolsAlreadyThere.isEmpty {
            line += "; kept the protokoll already recorded for " + outcome.protocolsAlreadyThere.joined(separator: ", ")
        }
        return line
    }

    /// The summary in English; each warning keeps its Swedish wording, marked `[sv]`.
    static func text(_ packet: ImportedPacket) -> String {
        var lines = ["\(packet.source): \(packet.documents.count) document(s)"]
        for document in packet.documents {
            var line = "  \(document.kind.rawValue) lines \(document.lines[0])-\(document.lines[1])"
            if let title = document.title { line += ": \(title)" }
            if let meeting = document.meeting {
                line += " — meeting \(meeting.date ?? "?") \(meeting.start ?? "?")-\(meeting.end ?? "?") \(meeting.place ?? "")"
            }
            lines.append(line)
            if let items = document.items { lines.append("    \(items.count) item(s)") }
            if let paragraphs = document.paragraphs, let first = paragraphs.first, let last = paragraphs.last {
                lines.append("    § \(first.number)-\(last.number), \(document.attendance?.count ?? 0) person(s) present")
            }
            // The warnings are written for the reviewer in Swedish; the rest of the summary is English.
            for warning in document.warnings ?? [] { lines.append("    ! \(warning.field) [sv]: \(warning.message)") }
        }
        return lines.joined(separator: "\n")
    }
}

/// A progress bar on standard error while files are read and committed; plain lines when standard
/// error is not a terminal, so logs stay readable.
struct ImportProgress {
    let total: Int
    let enabled: Bool
    private var done = 0
    private let terminal = isatty(2) == 1

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    mutating func step(_ what: String, _ path: String) {
        guard enabled else { return }
        done += 1
        let width = 20, filled = done * width / max(total, 1)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = "[\(bar)] \(done)/\(total) \(what) \(URL(fileURLWithPath: path).lastPathComponent)"
        FileHandle.standardError.write(Data((terminal ? "\r\u{1B}[K" + line : line + "\n").utf8))
    }

    func finish() {
        guard enabled, terminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
