import Foundation

/// Debian's `weasyprint`, producing PDF/A-3b for the archive. The HTML goes through temporary files
/// rather than pipes, so a large document cannot deadlock on a full pipe buffer.
public struct WeasyPrintRenderer: PDFRenderer {
    public let executable: String

    public init(executable: String = "/usr/bin/weasyprint") {
        self.executable = executable
    }

    public func pdf(fromHTML html: String) async throws -> Data {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw PDFRenderingFailed(description: "\(executable) is not installed (Debian package weasyprint; scripts/install-deps installs it)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.html")
        let output = folder.appendingPathComponent("document.pdf")
        try Data(html.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--quiet", "--pdf-variant", "pdf/a-3b", input.path, output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        guard status == 0, let data = try? Data(contentsOf: output) else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw PDFRenderingFailed(description: "weasyprint failed (\(status)): \(message.prefix(500))")
        }
        return data
    }
}
