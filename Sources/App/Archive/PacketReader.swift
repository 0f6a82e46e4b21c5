import Domain
import Foundation

/// Reads an archive file into text for the importer: a `.txt` as it is (UTF-8, or Latin-1 when it
/// is not valid UTF-8), a `.pdf` through `pdftotext -layout`, page by page, with pages that have
/// no text layer sent through OCR (`pdftoppm` then `tesseract -l swe`).
enum PacketReader {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Text {
        var text: String
        /// What the reader had to do that a reviewer should know (OCR pages, a guessed encoding).
        var notes: [String]
        /// The file as read, which an import stores and recognises by its hash.
        var data = Data()
    }

    static let defaultSizeLimit = 100 * 1024 * 1024

    static func read(path: String, sizeLimit: Int = defaultSizeLimit) throws -> Text {
        let url = URL(fileURLWithPath: path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw Failure(description: "\(path): no such file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= sizeLimit else {
            throw Failure(description: "\(path): the file is \(size / 1_048_576) MB; files over \(sizeLimit / 1_048_576) MB are refused (set SAMORDNA_IMPORT_MAX_MB to change the limit)")
        }
        let data = try Data(contentsOf: url)
        var text = data.starts(with: Array("%PDF".utf8)) || url.pathExtension.lowercased() == "pdf" ? try readPDF(path: path, data: data) : decode(data)
        text.data = data
        return text
    }

    static func decode(_ data: Data) -> Text {
        if let text = String(data: data, encoding: .utf8) { return Text(text: text, notes: []) }
        // Old exports are often Windows-1252; Latin-1 reads every byte, so nothing is lost.
        let text = String(data: data, encoding: .isoLatin1) ?? String(decoding: data, as: UTF8.self)
        return Text(text: text, notes: ["the file is not UTF-8; it was read as Latin-1"])
    }

    static func readPDF(path: String, data: Data) throws -> Text {
        guard data.starts(with: Array("%PDF".utf8)) else { throw Failure(description: "\(path): not a PDF file") }
        let info = try run("pdfinfo", [path])
        guard info.status == 0 else {
            throw Failure(description: "\(path): the PDF cannot be read (\(info.errorText.split(separator: "\n").first ?? "damaged or truncated"))")
        }
        let pages = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        guard pages > 0 else { throw Failure(description: "\(path): the PDF has no pages") }
        var text = ""
        var ocrPages: [Int] = []
        for page in 1...pages {
            let extracted = try run("pdftotext", ["-layout", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", path, "-"])
            var pageText = extracted.status == 0 ? extracted.output : ""
            if pageText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                pageText = try ocr(path: path, page: page)
                ocrPages.append(page)
            }
            text += pageText.replacingOccurrences(of: "\u{0C}", with: "")
            if !text.hasSuffix("\n") { text += "\n" }
        }
        return Text(text: text, notes: ocrPages.isEmpty ? [] : ["pages without a text layer were read by OCR: \(ocrPages.map(String.init).joined(separator: ", "))"])
    }

    static func ocr(path: String, page: Int) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-ocr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let image = directory.appendingPathComponent("page").path
        let rendered = try run("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", path, image])
        guard rendered.status == 0 else { throw Failure(description: "\(path): page \(page) could not be rendered for OCR") }
        let recognised = try run("tesseract", [image + ".png", "stdout", "-l", "swe"])
        guard recognised.status == 0 else {
            throw Failure(description: "\(path): OCR of page \(page) failed (is tesseract-ocr-swe installed? scripts/install-deps installs it)")
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
            throw Failure(description: "\(tool) is not installed; scripts/install-deps installs it")
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
        if process.terminationStatus == 127 { throw Failure(description: "\(tool) is not installed; scripts/install-deps installs it") }
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
