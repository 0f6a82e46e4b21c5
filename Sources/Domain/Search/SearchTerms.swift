/// How text is put into the search index and how a query is read, the same for every database:
/// words in lower case with å/ä/ö folded to a/o, then stemmed (Swedish), so that "Umea" finds
/// "Umeå" and "äskanden" finds "askandet". Folding comes first so that a word and its damaged
/// spelling reach the stemmer alike; PostgreSQL's `swedish` configuration gets the same folded text.
public enum SearchTerms {
    /// The index terms of a text, in order, repeated as often as they occur.
    public static func terms(in text: String) -> [String] {
        words(in: text).map { SwedishStemmer.stem(ArchiveText.key($0)) }.filter { !$0.isEmpty }
    }

    /// The lower-case words of a text (letters and digits).
    public static func words(in text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// A query's terms without repeats, in the order written; at most `limit`, so a pasted page
    /// does not become a query of a thousand words.
    public static func queryTerms(_ query: String, limit: Int = 12) -> [String] {
        var seen: Set<String> = []
        return terms(in: query).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    /// The text PostgreSQL's `swedish` configuration indexes: lower case with å/ä/ö folded, so that
    /// damaged and intact spellings meet in the same lexemes.
    public static func folded(_ text: String) -> String {
        ArchiveText.fold(text)
    }

    /// A term that stands for the association in every entry of its own, so the full-text index
    /// itself narrows a search to one association's entries (among millions) before ranking.
    /// Letters and digits ending in a digit: no stemmer or tokenizer changes it.
    public static func organisationTerm(_ id: String) -> String {
        "org" + id.lowercased().filter { $0 != "-" } + "0"
    }

    /// The SQLite index's form of the terms: each carries its association's prefix. FTS5's bm25
    /// counts, for every query term, the entries that contain it in the whole index; scoped, a word
    /// found in most §§ ("styrelsen") costs one association's entries, not millions.
    public static func scoped(_ terms: [String], organisationID: String) -> [String] {
        let prefix = organisationPrefix(organisationID)
        return terms.map { prefix + $0 }
    }

    /// "o" and the first 48 bits of the association's id: fixed length, so prefix and term never
    /// run together ambiguously. Two associations sharing a prefix would only share term counts;
    /// every search also filters on the association's id.
    public static func organisationPrefix(_ id: String) -> String {
        "o" + id.lowercased().filter { $0 != "-" }.prefix(12)
    }
}
