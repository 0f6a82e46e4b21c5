import Domain
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

    static func read(path: String, sizeLimit: Int = defaultSizeLimit) throws -> Text {
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
        var text = isPDF(data, name: path) ? try readPDF(path: path, data: data) : decode(data)
        text.data = data
        return text
    }

    /// A file uploaded in the browser: a PDF is written to a temporary file for the poppler tools.
    /// Without `ocr`, pages without a text layer are left out instead of recognised.
    static func read(data: Data, fileName: String, ocr: Bool = true) throws -> Text {
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
        var text = try readPDF(path: path, data: data, ocr: ocr)
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

    static func readPDF(path: String, data: Data, ocr: Bool = true) throws -> Text {
        guard data.starts(with: Array("%PDF".utf8)) else { throw Failure(description: "\(path): not a PDF file", swedish: Sv.Archive.notPDF) }
        let info = try run("pdfinfo", [path])
        guard info.status == 0 else {
            throw Failure(description: "\(path): the PDF cannot be read (\(info.errorText.split(separator: "\n").first ?? "damaged or truncated"))",
                          swedish: Sv.Archive.damagedPDF)
        }
        let pages = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        guard pages > 0 else { throw Failure(description: "\(path): the PDF has no pages", swedish: Sv.Archive.noPages) }
        var text = ""
        var ocrPages: [Int] = []
        for page in 1...pages {
            let extracted = try run("pdftotext", ["-layout", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", path, "-"])
            var pageText = extracted.status == 0 ? extracted.output : ""
            if ocr, pageText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                pageText = try self.ocr(path: path, page: page)
                ocrPages.append(page)
            }
            text += pageText.replacingOccurrences(of: "\u{0C}", with: "")
            if !text.hasSuffix("\n") { text += "\n" }
        }
        return Text(text: text, notes: ocrPages.isEmpty ? [] : [.ocrPages(ocrPages)])
    }

    static func ocr(path: String, page: Int) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-ocr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let image = directory.appendingPathComponent("page").path
        let rendered = try run("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", path, image])
        guard rendered.status == 0 else {
            throw Failure(description: "\(path): page \(page) could not be rendered for OCR", swedish: Sv.Archive.ocrFailed(page))
        }
        let recognised = try run("tesseract", [image + ".png", "stdout", "-l", "swe"])
        guard recognised.status == 0 else {
            throw Failure(description: "\(path): OCR of page \(page) failed (is tesseract-ocr-swe installed? scripts/install-deps installs it)",
                          swedish: Sv.Archive.ocrFailed(page))
        }
        return recognised.output
    }

    struct Output {
        var status: Int32
        var output: String
        var errorText: String
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw Failure(description: "\(tool) is not installed; scripts/install-deps installs it", swedish: Sv.Archive.toolMissing(tool))
        }
        // stderr is drained on another thread so that a tool writing much to it cannot block.
        let errorBox = ErrorBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        if process.terminationStatus == 127 {
            throw Failure(description: "\(tool) is not installed; scripts/install-deps installs it", swedish: Sv.Archive.toolMissing(tool))
        }
        return Output(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self),
                      errorText: String(decoding: errorBox.data, as: UTF8.self))
    }

    private final class ErrorBox: @unchecked Sendable {
        var data = Data()
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
