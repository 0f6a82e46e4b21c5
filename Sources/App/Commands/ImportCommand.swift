import Domain
import Foundation
import Vapor

/// `samordna import [--dry-run] [--format json|text] FILE…`: reads past board packets (text or PDF)
/// and shows what they hold as meetings, protokoll, paragraphs and attendance. With
/// `--dry-run --format json` it prints exactly the format of `specs/import-format.md` on standard
/// output, diagnostics on standard error, and touches nothing.
struct ImportCommand: AnyAsyncCommand {
    /// ConsoleKit's signatures take no list of arguments, so `FILE…` and the options are read here.
    struct Signature {
        var dryRun = false
        var format: String?
        var organisation: String?
        var files: [String] = []

        init(_ arguments: [String]) throws {
            var rest = arguments[...]
            while let argument = rest.popFirst() {
                switch argument {
                case "--dry-run": dryRun = true
                case "--format", "--organisation":
                    guard let value = rest.popFirst() else { throw PacketReader.Failure(description: "\(argument) needs a value") }
                    if argument == "--format" { format = value } else { organisation = value }
                case _ where argument.hasPrefix("--format="): format = String(argument.dropFirst(9))
                case _ where argument.hasPrefix("--organisation="): organisation = String(argument.dropFirst(15))
                case _ where argument.hasPrefix("--"): throw PacketReader.Failure(description: "unknown option \(argument); see samordna import --help")
                default: files.append(argument)
                }
            }
        }
    }

    static let usage = """
    Usage: samordna import [--dry-run] [--format json|text] [--organisation SLUG] FILE…

    Reads archived board packets (.txt with extracted text, or .pdf; pages without text go through OCR)
    and shows the kallelse, protokoll and bilagor found in them.
      --dry-run        change nothing (required for now)
      --format json    print the import format of specs/import-format.md; text (default) prints a summary
      --organisation   the association (slug) the packets belong to
    Files over SAMORDNA_IMPORT_MAX_MB megabytes (default 100) are refused.
    """

    func outputHelp(using context: inout CommandContext) {
        context.console.output(Self.usage.consoleText())
    }

    func run(using context: inout CommandContext) async throws {
        if context.input.arguments.contains("--help") || context.input.arguments.contains("-h") {
            outputHelp(using: &context)
            return
        }
        try await run(signature: Signature(context.input.arguments))
    }

    var help: String { "Reads archived board packets (.txt or .pdf) and shows the meetings, protokoll and paragraphs found." }

    func run(signature: Signature) async throws {
        let format = signature.format ?? "text"
        guard ["json", "text"].contains(format) else {
            throw PacketReader.Failure(description: "--format must be json or text, not \(format)")
        }
        guard signature.dryRun else {
            throw PacketReader.Failure(description: "committing imports from the command line is not available yet; run with --dry-run to see what a packet holds")
        }
        guard !signature.files.isEmpty else { throw PacketReader.Failure(description: "give at least one file to import") }
        let limit = (ProcessInfo.processInfo.environment["SAMORDNA_IMPORT_MAX_MB"].flatMap(Int.init) ?? 100) * 1_048_576
        let importer = PacketImporter(lexicon: ArchiveLexicon.shared)
        var failures = 0
        for path in signature.files {
            do {
                let read = try PacketReader.read(path: path, sizeLimit: limit)
                for note in read.notes { FileHandle.standardError.write(Data("\(path): \(note)\n".utf8)) }
                let result = importer.run(text: read.text, source: URL(fileURLWithPath: path).lastPathComponent)
                let output = format == "json" ? try ImportReport.json(result.packet) : ImportReport.text(result.packet)
                FileHandle.standardOutput.write(Data((output + "\n").utf8))
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
        }
        if failures > 0 {
            // Each failure is already on standard error; a thrown error would also be logged on standard output.
            FileHandle.standardError.write(Data("error: \(failures) of \(signature.files.count) file(s) could not be read\n".utf8))
            exit(1)
        }
    }
}

/// The two ways an import result is printed.
enum ImportReport {
    static func json(_ packet: ImportedPacket) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(packet), as: UTF8.self)
    }

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
            for warning in document.warnings ?? [] { lines.append("    ! \(warning.field): \(warning.message)") }
        }
        return lines.joined(separator: "\n")
    }
}
