import Foundation

/// The text of a PDF as `pdftotext` (Debian's poppler-utils) reads it, the way a reader's
/// software would; layout mode keeps each line together.
func pdfText(_ bytes: [UInt8]) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-pdftext-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in.pdf")
    let output = folder.appendingPathComponent("out.txt")
    try Data(bytes).write(to: input)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    process.arguments = ["-layout", "-enc", "UTF-8", input.path, output.path]
    try process.run()
    process.waitUntilExit()
    return try String(contentsOf: output, encoding: .utf8)
}
