import ExternalTools
import Foundation

/// Debian's `weasyprint`, producing PDF/A-3b for the archive. The HTML goes through temporary files
/// rather than pipes, so a large document cannot deadlock on a full pipe buffer; the program runs
/// within the installation's time and memory limits (`ToolRunner`).
public struct WeasyPrintRenderer: PDFRenderer {
    public let executable: String
    public let tools: ToolRunner

    public init(executable: String = "/usr/bin/weasyprint", tools: ToolRunner) {
        self.executable = executable
        self.tools = tools
    }

    public func pdf(fromHTML html: String) async throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.html")
        let output = folder.appendingPathComponent("document.pdf")
        try Data(html.utf8).write(to: input)
        let result = try await tools.run(executable, ["--quiet", "--pdf-variant", "pdf/a-3b", input.path, output.path])
        guard result.status == 0, let data = try? Data(contentsOf: output) else {
            throw PDFRenderingFailed(description: "weasyprint failed (\(result.status)): \(result.errorText.prefix(500))")
        }
        return data
    }
}
