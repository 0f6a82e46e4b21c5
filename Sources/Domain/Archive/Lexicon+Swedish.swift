import Foundation

extension Lexicon {
    /// Debian's `wswedish` word list.
    public static let wordListPath = "/usr/share/dict/swedish"

    /// The Swedish word list with the domain's own words and the names of the regions and kommuner; `found` is false
    /// when the list is missing.
    public static func swedish(wordListPath: String = wordListPath) -> (lexicon: Lexicon, found: Bool) {
        // Debian ships the list in ISO-8859-1.
        guard let data = FileManager.default.contents(atPath: wordListPath),
              let list = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
            return (Lexicon(DomainLexicon.words + SwedishRegions.words + SwedishMunicipalities.words), false)
        }
        return (Lexicon(DomainLexicon.words + SwedishRegions.words + SwedishMunicipalities.words + list.split(whereSeparator: \.isNewline).map(String.init)), true)
    }
}
