import Domain

extension Sv {
    /// Verksamhetsplan och budget: versions, lines, adoption and exports.
    public enum Budgets {
        public static let title = "Budget"
        public static let listCaption = "Versioner av verksamhetsplan och budget"
        public static let none = "Ingen budget är upprättad ännu."
        public static let new = "Ny budget"
        public static let defaultTitle = "Verksamhetsplan och budget"
        public static let version = "Version"
        public static let name = "Rubrik"
        public static let years = "År"
        public static let status = "Status"
        public static let diaryNumber = "Dnr"
        public static let decision = "Fastställd genom"
        public static let firstYear = "Första året"
        public static let firstYearHint = "Budgeten gäller tre år från och med detta."
        public static let openingEquity = "Eget kapital vid första årets början (kr)"
        public static let openingEquityHint = "Utgående eget kapital enligt senaste bokslut eller prognos, i hela kronor."
        public static func allocation(_ year: Int) -> String { "Tilldelning från medlemmarna \(year) (kr)" }
        public static let allocationHint = "Den totala tilldelningen fördelas på medlemmarna enligt registrets fördelning för året."
        public static let allocationGeneric = "Tilldelning från medlemmarna år"
        public static let editTitle = "Ändra budgetens uppgifter"
        public static let created = "Budgeten är upprättad och har fått ett diarienummer."
        public static let saved = "Budgeten är sparad."
        public static let lineAdded = "Raden är tillagd."
        public static let lineRemoved = "Raden är borttagen."
        public static let proposed = "Budgeten är nu ett förslag."
        public static let returned = "Budgeten är åter ett utkast."
        public static let adopted = "Budgeten är fastställd och låst."
        public static let revisedDraft = "En ny version är upprättad som utkast. Den tidigare fastställda gäller tills den nya fastställs."
        public static let tableCaption = "Budget i tkr"
        public static let footnote = "Belopp i tusental kronor. Varje belopp är avrundat så att raderna summerar till den tryckta summan (största rest); exakta belopp i kronor finns i CSV-filen."
        public static let csv = "Ladda ned som CSV (kr)"
        public static let xlsx = "Ladda ned som Excel (kr)"
        public static let requestLine = "Raden kommer från ett äskande som inte är beslutat och följer det. Skriv en egen uppskattning för insatsen för att ersätta den."
        /// A B line taken from a pending äskande.
        public static func fromRequest(_ name: String, diaryNumber: String?) -> String {
            "\(name) (äskande\(diaryNumber.map { " Dnr \($0)" } ?? ""))"
        }
        public static let pdf = "Ladda ned som PDF"
        public static let line = "Rad"
        public static let lines = "Budgetens rader"
        public static let addLine = "Lägg till rad"
        public static let section = "Del av budgeten"
        public static let lineName = "Benämning"
        public static let parent = "Del av raden (varav)"
        public static let parentHint = "Lämna tomt för en egen rad. En rad med delar är summan av sina delar."
        public static let intervention = "Insats (för verksamheter)"
        public static let interventionHint = "Ej beslutade kostnader för en insats. Beslutade år (A) kommer från beviljade medel."
        public static func amount(_ year: Int) -> String { "Belopp \(year) (kr)" }
        public static let removeLine = "Ta bort"
        public static func removeLineLabel(_ name: String) -> String { "Ta bort raden \(name)" }
        public static let actions = "Hantera versionen"
        public static let propose = "Gör till förslag"
        public static let returnToDraft = "Gör till utkast igen"
        public static let adopt = "Fastställ"
        public static let adoptDecision = "Styrelsens beslut"
        public static let adoptHint = "Beslutet i protokollets paragraf som fastställer budgeten."
        public static let revise = "Revidera (ny version)"
        public static let historyCaption = "Utfall och prognos före budgetåren, kronor"
        public static func pastUtfall(_ year: Int) -> String { "Utfall t.o.m. \(year)" }
        public static func prognosis(_ year: Int) -> String { "Prognos \(year)" }
        public static func budgetYear(_ year: Int) -> String { "Budget \(year)" }
        public static let equityCaption = "Eget kapital och riktlinjens tak (trappan)"
        public static let aboveCeiling = "Över taket"
        public static let withinCeiling = "Inom taket"
        public static func aboveCeilingWarning(_ years: [Int]) -> String {
            "Eget kapital beräknas överstiga riktlinjens tak (20 % av tilldelningen upp till 7 miljoner kronor och 15 % av det överskjutande) år \(years.map(String.init).joined(separator: ", "))."
        }
        public static let diffTitle = "Skillnader mot föregående version"
        public static func diffAgainst(_ version: Int) -> String { "Jämfört med version \(version)." }
        public static let diffCaption = "Ändrade rader, kronor"
        public static let noDiff = "Inga skillnader."
        public static let before = "Före"
        public static let after = "Efter"
        public static let change = "Ändring"
        public static let totalsCaption = "Summor före och efter, kronor"
        public static func splitFailed(_ year: Int, _ message: String) -> String {
            "Medlemsbidragen för \(year) kan inte räknas fram: \(message)"
        }
        public static func versionName(_ title: String, _ version: Int) -> String { "\(title), version \(version)" }
        public static let locked = "Versionen är fastställd eller ersatt och ändras inte längre. Gör en revidering för att ändra budgeten."
        public static let notAdopted = "Bara en fastställd version kan revideras; ett utkast eller förslag ändras direkt."
        public static func already(_ status: BudgetStatus) -> String { "Versionen är redan \(statusName(status).lowercased())." }
        public static func yearsAdopted(_ years: [Int]) -> String {
            "Det finns redan en fastställd budget för \(years.map(String.init).joined(separator: ", ")). Revidera den i stället, så att bara en version gäller."
        }
        public static let partOfPart = "en del kan inte ha egna delar, och delen måste höra till samma del av budgeten."
        public static let notThisBudget = "raden hör inte till denna budget."
        public static let computedLine = "Raden räknas fram (medlemsbidrag eller beslutade medel) och kan inte tas bort."

        public static func statusName(_ status: BudgetStatus) -> String {
            switch status {
            case .draft: "Utkast"
            case .proposal: "Förslag"
            case .adopted: "Fastställd"
            case .superseded: "Ersatt"
            }
        }

        public static func sectionName(_ section: BudgetSection) -> String {
            switch section {
            case .memberContributions: "Tilldelning från medlemmarna"
            case .otherIncome: "Övriga intäkter"
            case .interventions: "Verksamheter och insatser"
            case .projectRelated: "Projektnära kostnader"
            case .administration: "Kansli och administration"
            case .financial: "Finansiella poster"
            }
        }

        public static func className(_ costClass: BudgetCostClass) -> String {
            switch costClass {
            case .decided: "A. Beslutade"
            case .existingUndecided: "B1. Befintliga insatser, ej beslutade"
            case .new: "B2. Nya insatser"
            }
        }

        public static func label(_ row: BudgetTable.Row) -> String {
            switch row {
            case .heading(.income): "Intäkter"
            case .heading(.costs): "Kostnader"
            case .heading(.section(let section)): sectionName(section)
            case .heading(.costClass(let costClass)): className(costClass)
            case .heading(.equity): "Eget kapital"
            case .line: ""
            case .classTotal(let costClass): "S:a \(costClass.rawValue)"
            case .sectionTotal(let section): "S:a \(sectionName(section).lowercased())"
            case .operatingIncome: "Summa intäkter"
            case .costs: "Summa kostnader"
            case .operatingResult: "Resultat före finansiella poster"
            case .result: "Årets resultat"
            case .openingEquity: "Eget kapital vid årets början"
            case .equityUsed: "Ianspråktaget eget kapital"
            case .closingEquity: "Eget kapital vid årets slut"
            case .equityCeiling: "Tak enligt riktlinjen (trappan)"
            }
        }

        public static func change(_ change: BudgetDiff.Change) -> String {
            switch change {
            case .added: "Ny rad"
            case .removed: "Borttagen"
            case .changed: "Ändrad"
            }
        }
    }

    /// Grants: money for an insats by a decision.
    public enum Grants {
        public static let title = "Beviljade medel"
        public static let caption = "Beviljade medel per år"
        public static let none = "Inga medel är beviljade."
        public static let record = "Registrera beviljade medel"
        public static let recordHint = "Medel beviljas bara genom ett beslut i en protokollsparagraf (bifall eller inriktningsbeslut). Ett beslut ändras bara genom ett nytt beslut."
        public static let decision = "Beslut"
        public static let year = "År"
        public static let amount = "Belopp (kr)"
        public static let conditions = "Villkor"
        public static let superseded = "Ersatt av senare beslut"
        public static let inForce = "Gäller"
        public static let recorded = "De beviljade medlen är registrerade."
        public static func yearField(_ n: Int) -> String { "År \(n)" }
        public static func amountField(_ n: Int) -> String { "Belopp år \(n) (kr)" }
        public static func decisionLabel(_ paragraph: String, _ wording: String) -> String {
            let short = wording.count > 70 ? String(wording.prefix(70)) + "…" : wording
            return "\(paragraph): \(short)"
        }
    }
}
