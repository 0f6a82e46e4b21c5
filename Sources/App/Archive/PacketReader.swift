import Domain
import ExternalTools
import Foundation
import Views

/// Reads an archive file into text for the importer: a `.txt` as it is (UTF-8, or Latin-1 when it
/// is not valid UTF-8), a `.pdf` through `pdftotext -layout`, page by page, with pages that have
/// no text layer sent through OCR (`pdftoppm` then `tesseract -l swe`).
enum PacketReader {
    /// English for the command line and the log, Swedish for the web page.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        var swedish: String?
    }

    /// Something the reader had to do that a reviewer should know.
    enum Note: Sendable, Equatable {
        case ocrPages([Int])
        case readAsLatin1

        var english: String {
            switch self {
            case .ocrPages(let pages): "pages without a text layer were read by OCR: \(pages.map(String.init).joined(separator: ", "))"
            case .readAsLatin1: "the file is not UTF-8; it was read as Latin-1"
            }
        }

        var swedish: String {
            switch self {
            case .ocrPages(let pages): Sv.Archive.ocrPages(pages)
            case .readAsLatin1: Sv.Archive.readAsLatin1
            }
        }
    }

    struct Text {
        var text: String
        var notes: [Note]
        /// The file as read, which an import stores and recognises by its hash.
        var data = Data()
    }

    static let defaultSizeLimit = 100 * 1024 * 1024

    /// The largest file the importer reads: `SAMORDNA_IMPORT_MAX_MB` megabytes, 100 unless set.
    static var sizeLimit: Int {
        (ProcessInfo.processInfo.environment["SAMORDNA_IMPORT_MAX_MB"].flatMap(Int.init) ?? 100) * 1_048_576
    }

    static func read(path: String, sizeLimit: Int = defaultSizeLimit, tools: ToolRunner) async throws -> Text {
        let url = URL(fileURLWithPath: path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw Failure(description: "\(path): no such file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= sizeLimit else {
            throw Failure(description: "\(path): the file is \(size / 1_048_576) MB; files over \(sizeLimit / 1_048_576) MB are refused (set SAMORDNA_IMPORT_MAX_MB to change the limit)",
                          swedish: Sv.Archive.tooLarge(sizeLimit / 1_048_576))
        }
        let data = try Data(contentsOf: url)
        var text = isPDF(data, name: path) ? try await readPDF(path: path, data: data, tools: tools) : decode(data)
        text.data = data
        return text
    }

    /// A file uploaded in the browser: a PDF is written to a temporary file for the poppler tools.
    /// Without `ocr`, pages without a text layer are left out instead of recognised.
    static func read(data: Data, fileName: String, ocr: Bool = true, tools: ToolRunner, progress: Progress? = nil) async throws -> Text {
        guard isPDF(data, name: fileName) else {
            var text = decode(data)
            text.data = data
            return text
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("packet.pdf").path
        try data.write(to: URL(fileURLWithPath: path))
        var text = try await readPDF(path: path, data: data, ocr: ocr, tools: tools, progress: progress)
        text.data = data
        return text
    }

    static func isPDF(_ data: Data, name: String) -> Bool {
        data.starts(with: Array("%PDF".utf8)) || URL(fileURLWithPath: name).pathExtension.lowercased() == "pdf"
    }

    static func decode(_ data: Data) -> Text {
        if let text = String(data: data, encoding: .utf8) { return Text(text: text, notes: []) }
        // Old exports are often Windows-1252; Latin-1 reads every byte, so nothing is lost.
        let text = String(data: data, encoding: .isoLatin1) ?? String(decoding: data, as: UTF8.self)
        return Text(text: text, notes: [.readAsLatin1])
    }

    /// Told the pages done and the page count as pages are read (in any order).
    typealias Progress = @Sendable (_ done: Int, _ total: Int) async -> Void

    /// Pages are read in parallel, as many at once as the machine has cores (the tool queue bounds
    /// the programs), and put together in page order.
    static func readPDF(path: String, data: Data, ocr: Bool = true, tools: ToolRunner, progress: Progress? = nil) async throws -> Text {
        guard data.starts(with: Array("%PDF".utf8)) else { throw Failure(description: "\(path): not a PDF file", swedish: Sv.Archive.notPDF) }
        let info = try await run("pdfinfo", [path], tools: tools)
        guard info.status == 0 else {
            throw Failure(description: "\(path): the PDF cannot be read (\(info.errorText.split(separator: "\n").first ?? "damaged or truncated"))",
                          swedish: Sv.Archive.damagedPDF)
        }
        let pages = info.text.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        guard pages > 0 else { throw Failure(description: "\(path): the PDF has no pages", swedish: Sv.Archive.noPages) }
        await progress?(0, pages)
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var texts = [String](repeating: "", count: pages + 1)
        var ocrPages: [Int] = []
        try await withThrowingTaskGroup(of: (page: Int, text: String, ocr: Bool).self) { group in
            func readPage(_ page: Int) {
                group.addTask {
                    try Task.checkCancellation()
                    let extracted = try await run("pdftotext", ["-layout", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", path, "-"], tools: tools)
                    let pageText = extracted.status == 0 ? extracted.text : ""
                    guard ocr, pageText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return (page, pageText, false) }
                    return (page, try await self.ocr(path: path, page: page, tools: tools), true)
                }
            }
            var next = 1
            while next <= min(pages, width) { readPage(next); next += 1 }
            var done = 0
            while let read = try await group.next() {
                texts[read.page] = read.text
                if read.ocr { ocrPages.append(read.page) }
                done += 1
                await progress?(done, pages)
                if next <= pages { readPage(next); next += 1 }
            }
        }
        var text = ""
        for page in 1...pages {
            text += texts[page].replacingOccurrences(of: "\u{0C}", with: "")
            if !text.hasSuffix("\n") { text += "\n" }
        }
        return Text(text: text, notes: ocrPages.isEmpty ? [] : [.ocrPages(ocrPages.sorted())])
    }

    static func ocr(path: String, page: Int, tools: ToolRunner) async throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-ocr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let image = directory.appendingPathComponent("page").path
        let rendered = try await run("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", path, image],
                                     tools: tools)
        guard rendered.status == 0 else {
            throw Failure(description: "\(path): page \(page) could not be rendered for OCR", swedish: Sv.Archive.ocrFailed(page))
        }
        let recognised = try await run("tesseract", [image + ".png", "stdout", "-l", "swe"], tools: tools)
        guard recognised.status == 0 else {
            throw Failure(description: "\(path): OCR of page \(page) failed (is tesseract-ocr-swe installed? scripts/install-deps installs it)",
                          swedish: Sv.Archive.ocrFailed(page))
        }
        return recognised.text
    }

    /// One program within the installation's limits; a limit reached is a failure with its reason.
    static func run(_ tool: String, _ arguments: [String], tools: ToolRunner) async throws -> ToolRunner.Output {
        do {
            return try await tools.run(tool, arguments)
        } catch let failure as ToolFailure {
            let swedish = switch failure.kind {
            case .missing: Sv.Archive.toolMissing(tool)
            case .timedOut(let seconds): Sv.Archive.toolTimedOut(tool, seconds: seconds)
            case .outputTooLarge(let megabytes): Sv.Archive.toolOutputTooLarge(tool, megabytes: megabytes)
            case .busy: Sv.Archive.toolBusy
            case .cancelled: Sv.Archive.readingStopped
            case .failed: Sv.Archive.toolFailed(tool)
            }
            throw Failure(description: failure.description, swedish: swedish)
        }
    }
}

/// The lexicon the importer repairs against, read once.
enum ArchiveLexicon {
    static let shared: Lexicon = {
        let (lexicon, found) = Lexicon.swedish()
        if !found {
            FileHandle.standardError.write(Data("warning: \(Lexicon.wordListPath) is missing (Debian package wswedish); text repair only knows the domain's own words\n".utf8))
        }
        return lexicon
    }()
}
