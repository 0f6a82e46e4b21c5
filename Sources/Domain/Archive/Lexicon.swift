/// The words a repair may produce: the Swedish word list, the domain's own words and the names
/// in the register, compared without regard to case.
public struct Lexicon: Sendable {
    /// 64-bit FNV-1a hashes of the lower-cased UTF-8 bytes. The importer looks up every word it
    /// reads and dozens of candidates for each damaged one; hashing bytes into an integer needs
    /// no allocation, and with some 120 000 words a false match has a chance of about 1 in 10^14.
    private let words: Set<UInt64>
    /// Words added later (a packet's own names): kept apart so that adding a few words to a copy
    /// of the shared word list does not copy the whole list.
    private var added: Set<UInt64> = []

    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words.map(Self.hash))
    }

    public func contains(_ word: String) -> Bool {
        contains(hash: Self.hash(word))
    }

    func contains(hash: UInt64) -> Bool {
        words.contains(hash) || added.contains(hash)
    }

    public mutating func add<S: Sequence>(_ more: S) where S.Element == String {
        for word in more { added.insert(Self.hash(word)) }
    }

    static func hash(_ word: String) -> UInt64 {
        var hasher = WordHasher()
        for byte in word.utf8 {
            guard byte < 128 else { return hash(scalars: word.lowercased().unicodeScalars) }
            hasher.add((65...90).contains(byte) ? byte + 32 : byte)
        }
        return hasher.value
    }

    /// Whether the lower-case word is two known words joined, directly or with the linking s
    /// ("sammanträdes|rum", "arbets|träning"), each part at least three letters.
    func containsCompound(_ word: [Unicode.Scalar]) -> Bool {
        guard word.count >= 6 else { return false }
        for split in 3...(word.count - 3) {
            let tail = word[split...]
            guard contains(hash: Self.hash(scalars: tail)) else { continue }
            let head = word[..<split]
            if contains(hash: Self.hash(scalars: head)) { return true }
            if head.last == "s", head.count > 3, contains(hash: Self.hash(scalars: head.dropLast())) { return true }
        }
        return false
    }

    /// The hash of scalars already in lower case, as `OCRConfusions` tries them.
    static func hash<S: Sequence>(scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var hasher = WordHasher()
        for scalar in scalars { UTF8.encode(scalar) { hasher.add($0) } }
        return hasher.value
    }
}

/// FNV-1a over bytes.
struct WordHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
