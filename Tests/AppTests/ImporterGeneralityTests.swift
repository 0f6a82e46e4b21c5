import Domain
import Foundation
import Testing

/// Issue 16, item 1: the importer's code says nothing of any one association. The people and the
/// places of the corpus packets (every name, meeting place and organisation in their truth files)
/// appear nowhere in `Sources/Domain/Archive`, not even in a comment; what every association
/// shares (the national agencies, a kommunhus, the fact lists of all regions in `SwedishRegions`
/// and all 290 kommuner in `SwedishMunicipalities`, where a corpus place is one among all) may.
@Suite struct ImporterGeneralityTests {
    @Test func noCorpusPersonOrPlaceIsNamedInTheImporter() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var names: Set<String> = []
        var places: Set<String> = []
        let truth = root.appendingPathComponent("Tests/ImportTruth")
        for file in try FileManager.default.contentsOfDirectory(at: truth, includingPropertiesForKeys: nil) where file.pathExtension == "json" {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
            for document in json["documents"] as? [[String: Any]] ?? [] {
                let people = (document["attendance"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                    + ["secretary", "chair"].compactMap { document[$0] as? String } + (document["adjusters"] as? [String] ?? [])
                    + (document["items"] as? [[String: Any]] ?? []).compactMap { $0["presenter"] as? String }
                for person in people { names.formUnion(person.split(separator: " ").map(String.init).filter { $0.count > 3 }) }
                let sites = [(document["meeting"] as? [String: Any])?["place"] as? String]
                    + (document["attendance"] as? [[String: Any]] ?? []).map { $0["organisation"] as? String }
                for text in sites.compactMap({ $0 }) {
                    places.formUnion(text.split { !$0.isLetter }.filter { $0.count > 3 && $0.first!.isUppercase }.map { $0.lowercased() })
                }
            }
        }
        #expect(names.count > 10 && places.count > 5, "the truth files were read")
        places.subtract(["arbetsförmedlingen", "försäkringskassan", "kommunhuset", "stadshuset"] + SwedishRegions.words)
        #expect(SwedishMunicipalities.all.count == 290, "the fact list is every kommun, not a chosen few")
        let folder = root.appendingPathComponent("Sources/Domain/Archive")
        let factLists = ["SwedishMunicipalities.swift", "SwedishRegions.swift"]
        for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        where file.pathExtension == "swift" && !factLists.contains(file.lastPathComponent) {
            let words = Set(try String(contentsOf: file, encoding: .utf8).split { !$0.isLetter }.map(String.init))
            let people = names.intersection(words)
            #expect(people.isEmpty, "\(file.lastPathComponent) names corpus people: \(people.sorted())")
            let sites = places.intersection(words.map { $0.lowercased() })
            #expect(sites.isEmpty, "\(file.lastPathComponent) names corpus places: \(sites.sorted())")
        }
    }
}
