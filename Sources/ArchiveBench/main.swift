import Domain
import Foundation

// Parser throughput of the archive importer: text repair, segmentation, parsing and checks on
// text already extracted (no pdftotext, no OCR), in MB/s. Usage: archive-bench [--rounds N] FILE…
var arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 5
if let flag = arguments.firstIndex(of: "--rounds"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]) {
    rounds = value
    arguments.removeSubrange(flag...(flag + 1))
}
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: archive-bench [--rounds N] FILE…\n".utf8))
    exit(2)
}
let texts = arguments.map { path -> (String, String) in
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("error: cannot read \(path)\n".utf8))
        exit(1)
    }
    return (URL(fileURLWithPath: path).lastPathComponent, String(decoding: data, as: UTF8.self))
}
let importer = PacketImporter(lexicon: Lexicon.swedish().lexicon)
let bytes = texts.reduce(0) { $0 + $1.1.utf8.count }
_ = texts.map { importer.run(text: $0.1, source: $0.0) }
var best = Double.infinity
for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    for (source, text) in texts { _ = importer.run(text: text, source: source) }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let megabytes = Double(bytes) / 1_048_576
print(String(format: "parsed %.2f MB in %.3f s (best of %d rounds): %.1f MB/s", megabytes, best, rounds, megabytes / best))
