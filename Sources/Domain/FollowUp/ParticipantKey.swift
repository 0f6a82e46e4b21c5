/// The association's pseudonym for a participant: the same key in two insatser is the same
/// person, which is how the association's total counts each person once. Samordna draws keys at
/// random rather than deriving them from anything about the person, so a key cannot be traced
/// back without the list the insats keeps beside SUS.
public enum ParticipantKey {
    /// Letters and digits that cannot be mistaken for each other when copied by hand.
    static let alphabet = Array("ACDEFHJKLMNPQRTUVWXY34679")

    /// A new key such as "DK7Q-M3PA".
    public static func draw(using generator: inout some RandomNumberGenerator) -> String {
        let characters = (0..<8).map { _ in alphabet.randomElement(using: &generator)! }
        return String(characters[0..<4]) + "-" + String(characters[4..<8])
    }

    /// Upper-cased and trimmed; nil unless 4–24 of A–Z, digits and hyphens with at least one
    /// letter (a number alone is too close to an identity number), and nothing that reads as one.
    public static func normalise(_ text: String) -> String? {
        let key = text.trimmingWhitespace().uppercased()
        let allowed = key.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard (4...24).contains(key.count), allowed, key.contains(where: \.isLetter),
              !PersonalNumberCheck.containsPersonalNumber(key) else { return nil }
        return key
    }
}
