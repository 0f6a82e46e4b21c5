import Foundation
import Testing

/// Issue 16, item 1: the importer's code says nothing of any one association. The people of the
/// corpus packets (every name in their truth files) appear nowhere in `Sources/Domain/Archive`,
/// not even in a comment. (The corpus association's places still stand in `DomainLexicon`, until
/// a general list of kommuner and regioner replaces them.)
@Suite struct ImporterGeneralityTests {
    @Test func noCorpusPersonIsNamedInTheImporter() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var names: Set<String> = []
        let truth = root.appendingPathComponent("Tests/ImportTruth")
        for file in try FileManager.default.contentsOfDirectory(at: truth, includingPropertiesForKeys: nil) where file.pathExtension == "json" {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
            for document in json["documents"] as? [[String: Any]] ?? [] {
                let people = (document["attendance"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                    + ["secretary", "chair"].compactMap { document[$0] as? String } + (document["adjusters"] as? [String] ?? [])
                    + (document["items"] as? [[String: Any]] ?? []).compactMap { $0["presenter"] as? String }
                for person in people { names.formUnion(person.split(separator: " ").map(String.init).filter { $0.count > 3 }) }
            }
        }
        #expect(names.count > 10, "the truth files were read")
        let folder = root.appendingPathComponent("Sources/Domain/Archive")
        for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) where file.pathExtension == "swift" {
            let words = Set(try String(contentsOf: file, encoding: .utf8).split { !$0.isLetter }.map(String.init))
            let found = names.intersection(words)
            #expect(found.isEmpty, "\(file.lastPathComponent) names corpus people: \(found.sorted())")
        }
    }
}
