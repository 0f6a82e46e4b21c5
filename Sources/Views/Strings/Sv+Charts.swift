extension Sv {
    /// Words of the charts beside the money tables.
    public enum Charts {
        public static let budget = "Budget"
        public static let actual = "Utfall"
        public static let equity = "Eget kapital"
        public static let ceiling = "Tak enligt riktlinjen"
        public static func sameFigures(_ caption: String) -> String { "Samma siffror finns i tabellen ”\(caption)”." }
        public static let insatserTitle = "Budget och utfall per insats, kronor"
        public static let yearsTitle = "Kostnader per år, budget och utfall, kronor"
        public static let yearsCaption = "Kostnader per år enligt fastställd budget och bokföringen, kronor (innevarande år: utfall hittills)"
        public static let equityTitle = "Eget kapital mot riktlinjens tak per år, kronor"
        public static let equityCaption = "Eget kapital och tak per år enligt bokföringen, kronor"
        public static let grantsTitle = "Beviljade medel per plattform och år, kronor"
        public static let grantsCaption = "Beviljade medel per plattform och år"
        public static let noPlatform = "Utan plattform"
        public static let platform = "Plattform eller område"
        public static let year = "År"
        public static let granted = "Beviljat"
    }
}
