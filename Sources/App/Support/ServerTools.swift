import Domain
import ExternalTools
import Foundation

/// The programs and data the server uses besides the database, what each is for, and the Debian
/// package that installs it: `serve` names the missing ones at start, `/health` reports each.
struct ServerTool: Sendable {
    /// The key in `/health`'s JSON.
    let key: String
    let package: String
    let purpose: String
    let isPresent: @Sendable () -> Bool

    static let all: [ServerTool] = [
        ServerTool(key: "weasyprint", package: "weasyprint", purpose: "PDF of kallelse, protokoll, utdrag and reports",
                   isPresent: { ToolRunner.isInstalled("weasyprint") }),
        ServerTool(key: "pdftotext", package: "poppler-utils", purpose: "reading PDFs for import",
                   isPresent: { ToolRunner.isInstalled("pdftotext") && ToolRunner.isInstalled("pdfinfo") }),
        ServerTool(key: "pdftoppm", package: "poppler-utils", purpose: "OCR of scanned pages on import",
                   isPresent: { ToolRunner.isInstalled("pdftoppm") }),
        ServerTool(key: "tesseract", package: "tesseract-ocr tesseract-ocr-swe", purpose: "OCR of scanned pages on import",
                   isPresent: { ToolRunner.isInstalled("tesseract") && swedishOCRData }),
        ServerTool(key: "swedishWordList", package: "wswedish", purpose: "repairing damaged text on import",
                   isPresent: { FileManager.default.fileExists(atPath: Lexicon.wordListPath) }),
    ]

    /// Tesseract's Swedish language data, wherever the installed version keeps it.
    private static var swedishOCRData: Bool {
        let roots = ["/usr/share/tesseract-ocr", "/usr/share/tessdata", "/usr/local/share/tessdata"]
        return roots.contains { root in
            if FileManager.default.fileExists(atPath: root + "/swe.traineddata") { return true }
            let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
            return versions.contains { FileManager.default.fileExists(atPath: "\(root)/\($0)/tessdata/swe.traineddata") }
        }
    }

    /// Each tool's key and whether it is there.
    static func presence() -> [String: Bool] {
        Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0.isPresent()) })
    }

    /// What `serve` prints when something is missing: each tool, what it is for, and one command
    /// that installs them all.
    static func missingReport() -> String? {
        let missing = all.filter { !$0.isPresent() }
        guard !missing.isEmpty else { return nil }
        let lines = missing.map { "  \($0.key) (Debian package \($0.package)): \($0.purpose)" }
        let packages = Array(Set(missing.flatMap { $0.package.split(separator: " ").map(String.init) })).sorted()
        return """
        Some programs Samordna uses are missing; the pages that need them say so in Swedish:
        \(lines.joined(separator: "\n"))
        Install them with scripts/install-deps --runtime (or: apt-get install -y \(packages.joined(separator: " "))).
        """
    }
}
