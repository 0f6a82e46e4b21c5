/// The piece of a result's text shown under its title: some words around the first word that
/// matches the query, with every matching word marked.
public enum SearchSnippet {
    public struct Part: Equatable, Sendable {
        public var text: String
        public var isMatch: Bool
    }

    /// `terms` are the query's terms (`SearchTerms.queryTerms`). Without a match the snippet is the
    /// text's beginning.
    public static func parts(of text: String, terms: Set<String>, before: Int = 12, after: Int = 24) -> [Part] {
        var words: [(range: Range<String.Index>, isMatch: Bool)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter || text[index].isNumber else {
                index = text.index(after: index)
                continue
            }
            let start = index
            while index < text.endIndex, text[index].isLetter || text[index].isNumber { index = text.index(after: index) }
            // A stem is a prefix of the folded word, so only words starting with a term need stemming.
            let key = ArchiveText.key(text[start..<index])
            let isMatch = terms.contains { key.hasPrefix($0) } && terms.contains(SwedishStemmer.stem(key))
            words.append((start..<index, isMatch))
        }
        guard !words.isEmpty else { return [] }
        let center = words.firstIndex { $0.isMatch } ?? 0
        let first = max(0, center - before), last = min(words.count - 1, center + after)
        var parts: [Part] = []
        if first > 0 { parts.append(Part(text: "… ", isMatch: false)) }
        var copied = words[first].range.lowerBound
        for word in words[first...last] where word.isMatch {
            if copied < word.range.lowerBound { parts.append(Part(text: flat(text[copied..<word.range.lowerBound]), isMatch: false)) }
            parts.append(Part(text: String(text[word.range]), isMatch: true))
            copied = word.range.upperBound
        }
        if copied < words[last].range.upperBound { parts.append(Part(text: flat(text[copied..<words[last].range.upperBound]), isMatch: false)) }
        if last < words.count - 1 { parts.append(Part(text: " …", isMatch: false)) }
        return parts
    }

    /// Line breaks become spaces: a snippet is one line.
    private static func flat(_ text: Substring) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
