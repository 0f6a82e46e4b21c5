extension Sv {
    /// Text of the archive import: what a reviewer and the pages of imported meetings show.
    public enum Archive {
        public static let unknownPlace = "Plats okänd (importerat)"
        public static let imported = "Importerat från arkivet"
        public static let kind = "Typ av handling"
        public static let source = "Källa"
        public static let importedOn = "Importerad"
        public static let warnings = "Varningar från importen"
        public static let text = "Text"
        public static let textHint = "Lagad text bredvid originalet. Originalet visas bara där lagningen ändrade raden."
        public static let line = "Rad"
        public static let repaired = "Lagad text"
        public static let original = "Original"

        public static func sourceLines(_ file: String, _ first: Int, _ last: Int) -> String {
            "\(file), rad \(first)–\(last)"
        }
    }
}
