/// The Snowball stemmer for Swedish (snowballstem.org/algorithms/swedish/stemmer.html): strips
/// inflectional suffixes so that "protokollen", "protokollet" and "protokoll" share a stem. Used
/// for the SQLite search index; PostgreSQL's `swedish` text-search configuration runs the same
/// algorithm.
public enum SwedishStemmer {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "ä", "å", "ö"]
    static let sEndings: Set<Character> = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p", "r", "t", "v", "y"]

    /// Step 1 suffixes, longest first so the first match is the longest.
    static let step1 = ["heterna", "hetens", "anden", "heten", "heter", "arnas", "ernas", "ornas", "andes", "arens", "andet",
                        "arna", "erna", "orna", "ande", "arne", "aste", "aren", "ades", "erns", "ade", "are", "ern", "ens",
                        "het", "ast", "ad", "en", "ar", "er", "or", "as", "es", "at", "a", "e"].map { Array($0) }
    static let step2 = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"].map { Array($0) }

    /// `word` in lower case.
    public static func stem(_ word: String) -> String {
        var letters = Array(word)
        guard letters.count > 2 else { return word }
        let r1 = regionOne(letters)
        // Step 1
        if let suffix = step1.first(where: { ends(letters, with: $0, from: r1) }) {
            letters.removeLast(suffix.count)
        } else if letters.count - 1 >= r1, letters.last == "s", letters.count >= 2, sEndings.contains(letters[letters.count - 2]) {
            letters.removeLast()
        }
        // Step 2
        if step2.contains(where: { ends(letters, with: $0, from: r1) }) { letters.removeLast() }
        // Step 3
        if ends(letters, with: Array("fullt"), from: r1) || ends(letters, with: Array("löst"), from: r1) {
            letters.removeLast()
        } else if let suffix = [Array("lig"), Array("els"), Array("ig")].first(where: { ends(letters, with: $0, from: r1) }) {
            letters.removeLast(suffix.count)
        }
        return String(letters)
    }

    /// R1: after the first non-vowel that follows a vowel, with at least three letters before it.
    static func regionOne(_ letters: [Character]) -> Int {
        var index = 1
        while index < letters.count {
            if !vowels.contains(letters[index]) && vowels.contains(letters[index - 1]) { return max(3, index + 1) }
            index += 1
        }
        return letters.count
    }

    static func ends(_ letters: [Character], with suffix: [Character], from r1: Int) -> Bool {
        let start = letters.count - suffix.count
        guard start >= 0, start >= r1 else { return false }
        for index in suffix.indices where letters[start + index] != suffix[index] { return false }
        return true
    }
}
