import Domain

extension Sv {
    /// The generated årsredovisning.
    public enum AnnualReport {
        public static let navigation = "Årsredovisning"
        public static func title(_ year: Int) -> String { "Årsredovisning \(year)" }
        public static let noBalances = "Bokföringens export saknar ingående och utgående balanser (#IB och #UB), så balansräkningen och kassaflödesanalysen kan inte räknas fram. Läs in en SIE 4-fil med balanserna."
        public static let checks = "Kontroller"
        public static let holds = "Stämmer: "
        public static let fails = "Stämmer inte: "
        public static let checkBalanced = "tillgångarna är lika med eget kapital och skulder vid årets början och slut"
        public static let checkEquity = "eget kapital har ändrats med årets resultat"
        public static let checkCash = "kassaflödet slutar i de likvida medel som balansräkningen visar"
        public static let checkStatement = "resultaträkningens resultat är driftredovisningens"
        public static let checkParticipants = "deltagarna under året är de avslutade och de som är kvar"

        public static let managementReport = "Förvaltningsberättelse"
        public static func meetings(_ count: Int) -> String {
            count == 1 ? "Styrelsen höll ett sammanträde under året." : "Styrelsen höll \(count) sammanträden under året."
        }
        public static func started(_ names: [String]) -> String {
            names.isEmpty ? "Ingen ny insats startade under året." : "Insatser som startade under året: \(names.joined(separator: ", "))."
        }
        public static func ended(_ names: [String]) -> String {
            names.isEmpty ? "Ingen insats avslutades under året." : "Insatser som avslutades eller slogs samman under året: \(names.joined(separator: ", "))."
        }
        public static func participants(during: String, new: String, ended: String, remaining: String) -> String {
            "I förbundets insatser deltog \(during) personer under året, varav \(new) nya; \(ended) avslutade och \(remaining) var kvar vid årets slut. Varje person räknas en gång."
        }

        public static let incomeStatement = "Resultaträkning"
        public static func incomeCaption(_ year: Int) -> String { "Resultaträkning \(year)-01-01–\(year)-12-31, kronor" }
        public static let income = "Verksamhetens intäkter"
        public static let purchasedServices = "Köpta tjänster för insatserna"
        public static let otherExternal = "Övriga externa kostnader"
        public static let staff = "Personalkostnader"
        public static let depreciation = "Avskrivningar"
        public static let costs = "Verksamhetens kostnader"
        public static let operatingResult = "Verksamhetens resultat"
        public static let financialNet = "Finansiella poster, netto"
        public static let result = "Årets resultat"

        public static let balanceSheet = "Balansräkning"
        public static func balanceCaption(_ year: Int) -> String { "Balansräkning \(year), kronor" }
        public static func opening(_ year: Int) -> String { "\(year)-01-01" }
        public static func closing(_ year: Int) -> String { "\(year)-12-31" }
        public static let fixedAssets = "Anläggningstillgångar"
        public static let receivables = "Kortfristiga fordringar"
        public static let cash = "Kassa och bank"
        public static let assets = "Summa tillgångar"
        public static let equity = "Eget kapital"
        public static let longTerm = "Långfristiga skulder"
        public static let shortTerm = "Kortfristiga skulder, varav skuld till huvudmän"
        public static let equityAndLiabilities = "Summa eget kapital och skulder"

        public static let cashFlowStatement = "Kassaflödesanalys"
        public static func cashFlowCaption(_ year: Int) -> String { "Kassaflödesanalys \(year) (indirekt metod), kronor" }
        public static let nonCash = "Justering för poster som inte ingår i kassaflödet (avskrivningar)"
        public static let receivablesChange = "Minskning (+) eller ökning (−) av kortfristiga fordringar"
        public static let liabilitiesChange = "Ökning (+) eller minskning (−) av kortfristiga skulder"
        public static let operating = "Kassaflöde från den löpande verksamheten"
        public static let investing = "Kassaflöde från investeringsverksamheten"
        public static let financing = "Kassaflöde från finansieringsverksamheten"
        public static let totalCashFlow = "Årets kassaflöde"
        public static let cashOpening = "Likvida medel vid årets början"
        public static let cashClosing = "Likvida medel vid årets slut"

        public static let notes = "Noter"
        public static func contributionsCaption(_ year: Int) -> String { "Not 1. Medlemsbidrag \(year) per medlem enligt fördelningen, kronor" }
        public static func costsCaption(_ year: Int) -> String { "Not 2. Kostnader \(year) per slag, kronor" }
        public static func receivablesCaption(_ year: Int) -> String { "Not 3. Kortfristiga fordringar \(year) per konto, kronor" }
        public static func liabilitiesCaption(_ year: Int) -> String { "Not 4. Kortfristiga skulder \(year) per konto, kronor" }
        public static let member = "Medlem"
        public static let account = "Konto"
        public static let openingShort = "Vid årets början"
        public static let closingShort = "Vid årets slut"
        public static let noAccounts = "Inga konton."
        public static let total = "Summa"
        public static let item = "Post"
        public static let kronor = "Kronor"

        public static let balanceRequirement = "Balanskravsresultat"
        public static func balanceRequirementCaption(_ year: Int) -> String { "Balanskravsutredning \(year), kronor" }
        public static let realisationGains = "Avgår realisationsvinster"
        public static let balanceRequirementResult = "Balanskravsresultat"

        public static let fiveYears = "Femårsöversikt"
        public static let fiveYearsCaption = "Femårsöversikt ur bokföringen, kronor; soliditet är eget kapital i procent av tillgångarna"
        public static let yearHeader = "År"
        public static let solidity = "Soliditet"
        public static let employees = "Anställda"
        public static let notRecorded = "ej registrerat"
        public static func percent(_ permille: Int64) -> String { "\(permille / 10),\(abs(permille % 10)) %" }

        public static func impactIndex(_ index: String, level: String) -> String {
            "Förbundets Impactindex för året är \(index) av 100 (\(level.lowercased()))."
        }
        public static let noImpactIndex = "Året har inget Impactindex: målområdenas vikter summerar inte till 100 %, eller ingen indikator har ett resultat."
        public static let participantsTitle = "Deltagarresultat per insats"
        public static func goalsCaption(_ year: Int) -> String { "Verksamhetsplanens mål \(year): indikatorernas resultat mot målvärdena" }
        public static let pdf = "Årsredovisningen som PDF"
        public static let noReport = "Årsredovisningen räknas fram när årets bokföring till och med december är inläst."
    }
}
