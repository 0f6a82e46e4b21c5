/// How scanners misread characters, as a weighted edit distance: each confusion is a string OCR
/// produced, the letters meant, and a cost (lower is more likely). A damaged word is repaired to
/// the known word with the lowest total cost, and only to a known word, so nothing is invented.
/// No confusion names a word: the same table serves every association's archive.
public struct OCRConfusions: Sendable {
    /// One or two scalars each way, stored inline: the search builds hundreds of candidates per
    /// damaged word and should count no references while it does.
    struct Confusion: Sendable {
        let seen: (Unicode.Scalar, Unicode.Scalar?)
        let meant: (Unicode.Scalar, Unicode.Scalar?)
        let cost: Int

        var seenCount: Int { seen.1 == nil ? 1 : 2 }

        func matches(_ word: [Unicode.Scalar], at position: Int) -> Bool {
            guard word[position] == seen.0 else { return false }
            guard let second = seen.1 else { return true }
            return position + 1 < word.count && word[position + 1] == second
        }
    }

    let confusions: [Confusion]
    /// How many confusions one word may carry: more would turn damage into another real word.
    let maxEdits: Int

    init(_ table: [(seen: String, meant: String, cost: Int)], maxEdits: Int = 2) {
        confusions = table.map { entry in
            let seen = Array(entry.seen.unicodeScalars), meant = Array(entry.meant.unicodeScalars)
            precondition((1...2).contains(seen.count) && (1...2).contains(meant.count), "a confusion is one or two characters each way")
            return Confusion(seen: (seen[0], seen.count > 1 ? seen[1] : nil), meant: (meant[0], meant.count > 1 ? meant[1] : nil), cost: entry.cost)
        }
        self.maxEdits = maxEdits
    }

    /// Scans that lost å/ä/ö and read letters as digits or pairs of letters.
    public static let scanned = OCRConfusions([
        ("a", "ä", 1), ("a", "å", 1), ("o", "ö", 1),
        ("é", "ö", 2), ("6", "ö", 2), ("4", "ä", 2), ("4", "å", 2), ("&", "å", 2), ("ii", "ä", 2), ("ao", "ö", 2), ("ai", "ä", 2),
        ("é", "ä", 3), ("é", "å", 3), ("&", "ä", 3), ("i", "ä", 3), ("d", "ä", 3), ("id", "ä", 3), ("di", "ä", 3),
        ("i", "ö", 4), ("d", "ö", 4),
        ("1", "l", 2), ("1", "i", 2), ("l", "i", 3), ("i", "l", 3), ("0", "o", 2), ("rn", "m", 3), ("m", "rn", 4), ("vv", "w", 3),
    ])

    /// What a text layer, or a scan that kept most of its letters, may still have lost: a plain
    /// vowel for å/ä/ö; and a digit inside a word, which no text layer writes there.
    public static let plain = OCRConfusions([("a", "ä", 1), ("a", "å", 1), ("o", "ö", 1), ("1", "l", 2), ("0", "o", 2)])

    /// The cost of reading `seen` where `meant` was written, or nil when no confusions explain it.
    public func cost(seen: String, meant: String) -> Int? {
        let target = Array(meant.lowercased().unicodeScalars)
        var best: Int?
        search(Array(seen.lowercased().unicodeScalars)) { candidate, cost in
            if candidate == target, cost < (best ?? .max) { best = cost }
            return false
        }
        return best
    }

    /// The known word reached with the lowest cost, keeping the word's capitals; nil when none is.
    public func repair(_ word: String, lexicon: Lexicon) -> String? {
        let original = Array(word.unicodeScalars)
        let lower = Array(word.lowercased().unicodeScalars)
        guard lower.count == original.count else { return nil }
        var best: (scalars: [Unicode.Scalar], cost: Int)?
        search(lower) { candidate, cost in
            guard cost < (best?.cost ?? .max), lexicon.contains(hash: Lexicon.hash(scalars: candidate)) else { return false }
            best = (candidate, cost)
            return true
        }
        // Swedish joins words: "sammantradesrum" is "sammanträdes" + "rum" though no list has it.
        // A word that already is two known words ("Stadshuset") is left as it is, and so is a
        // capitalised one: a surname looks like a compound and must not be made into one.
        // One confusion only: each candidate costs a lookup per place the word could be split.
        if best == nil, lower.count >= 8, original.first?.properties.isUppercase == false, !lexicon.containsCompound(lower) {
            search(lower, maxEdits: 1) { candidate, cost in
                guard cost < (best?.cost ?? .max), lexicon.containsCompound(candidate) else { return false }
                best = (candidate, cost)
                return true
            }
        }
        guard let best else { return nil }
        return Self.withCapitals(of: original, best.scalars)
    }

    /// An edit: the confusion at `position` of the lower-cased word.
    private struct Edit {
        let position: Int
        let confusion: Confusion

        var end: Int { position + confusion.seenCount }
    }

    /// Calls `visit` with each word one or `maxEdits` non-overlapping confusions away, cheapest
    /// first within each number of edits; `visit` says whether it found what it looked for.
    private func search(_ word: [Unicode.Scalar], maxEdits: Int? = nil, visit: ([Unicode.Scalar], Int) -> Bool) {
        let maxEdits = maxEdits ?? self.maxEdits
        var edits: [Edit] = []
        for position in word.indices {
            for confusion in confusions where confusion.matches(word, at: position) {
                edits.append(Edit(position: position, confusion: confusion))
            }
        }
        // A long damaged word has too many combinations to be repaired with any confidence.
        guard !edits.isEmpty, edits.count <= 24 else { return }
        edits.sort { $0.confusion.cost < $1.confusion.cost }
        var bestFound = Int.max
        // One buffer for every candidate: a scanned packet tries hundreds per damaged word.
        var buffer: [Unicode.Scalar] = []
        buffer.reserveCapacity(word.count + 2)
        for edit in edits where edit.confusion.cost < bestFound {
            apply(edit, nil, to: word, into: &buffer)
            if visit(buffer, edit.confusion.cost) { bestFound = edit.confusion.cost }
        }
        guard maxEdits >= 2 else { return }
        for index in edits.indices {
            let first = edits[index]
            for other in (index + 1)..<edits.count {
                let second = edits[other]
                let cost = first.confusion.cost + second.confusion.cost
                guard cost < bestFound, first.end <= second.position || second.end <= first.position else { continue }
                apply(first, second, to: word, into: &buffer)
                if visit(buffer, cost) { bestFound = cost }
            }
        }
    }

    /// The word with one edit, or two that do not overlap, written into `result`.
    private func apply(_ a: Edit, _ b: Edit?, to word: [Unicode.Scalar], into result: inout [Unicode.Scalar]) {
        result.removeAll(keepingCapacity: true)
        var first = a, second = b
        if let other = b, other.position < a.position {
            first = other
            second = a
        }
        var index = 0
        func write(_ edit: Edit) {
            while index < edit.position {
                result.append(word[index])
                index += 1
            }
            result.append(edit.confusion.meant.0)
            if let more = edit.confusion.meant.1 { result.append(more) }
            index = edit.end
        }
        write(first)
        if let second { write(second) }
        while index < word.count {
            result.append(word[index])
            index += 1
        }
    }

    /// The repaired scalars with the original's capitals: a capital stays where the word had
    /// one, and an all-capital word stays all capitals.
    static func withCapitals(of original: [Unicode.Scalar], _ repaired: [Unicode.Scalar]) -> String {
        let letters = original.filter(\.properties.isAlphabetic)
        if letters.count > 1, letters.allSatisfy(\.properties.isUppercase) {
            return String(String.UnicodeScalarView(repaired)).uppercased()
        }
        let text = String(String.UnicodeScalarView(repaired))
        guard original.first?.properties.isUppercase == true else { return text }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
