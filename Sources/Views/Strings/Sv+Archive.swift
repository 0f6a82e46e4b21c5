extension Sv {
    /// Text of the archive import: what a reviewer and the pages of imported meetings show.
    public enum Archive {
        public static let unknownPlace = "Plats okänd (importerat)"
        public static let imported = "Importerat från arkivet"
    }
}
