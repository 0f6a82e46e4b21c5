/// The short name of an association in its URLs (`/f/{slug}/…`): lower-case ASCII letters,
/// digits and single hyphens, 2–40 characters.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        guard (2...40).contains(text.count), text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A suggestion from a name: "Samordningsförbundet Umeå" → "samordningsforbundet-umea".
    public static func suggest(from name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            switch character {
            case "å", "ä": result.append("a")
            case "ö": result.append("o")
            case "é", "è": result.append("e")
            case "a"..."z", "0"..."9": result.append(character)
            default: if !result.hasSuffix("-") && !result.isEmpty { result.append("-") }
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return String(result.prefix(40))
    }
}
