import Domain
import Foundation

extension Sv {
    /// Goals, indicators and the social accounting (Impactindex).
    public enum SocialAccounting {
        public static let navigation = "Mål och Impactindex"
        public static func title(_ year: Int) -> String { "Mål, indikatorer och Impactindex \(year)" }
        public static func intro(_ t: ImpactThresholds) -> String {
            "Varje målområde har en idealvikt och en använd vikt; de använda vikterna ska summera till 100 % och får ligga högst 5 procentenheter från idealvikten. Varje indikator väger 1–10 inom sitt målområde. Impactindex är 0–100, där 100 är att alla mål är nådda: grönt från \(number(t.green)), orange från \(number(t.orange)), rött under. Modellen är känd för att bli orättvis vid små volymer: ett resultat som vilar på färre än \(t.minimumPersons) personer markeras."
        }
        public static let indexTitle = "Impactindex"
        public static func areasCaption(_ year: Int) -> String { "Impactindex \(year) per målområde och för hela förbundet" }
        public static func platformsCaption(_ year: Int) -> String { "Impactindex \(year) per plattform, ur plattformens egna resultat" }
        public static let area = "Målområde"
        public static let idealWeight = "Idealvikt"
        public static let usedWeight = "Använd vikt"
        public static let index = "Impactindex"
        public static let level = "Nivå"
        public static let platform = "Plattform"
        public static let greenThreshold = "Gräns för grönt"
        public static func chartTitle(_ t: ImpactThresholds) -> String {
            "Impactindex per plattform mot gränsen för grönt (\(number(t.green))); orange från \(number(t.orange))"
        }
        public static let noAreas = "Inga målområden är upplagda för året."
        public static let weightsLabel = "De använda vikterna"
        public static let indicatorsTitle = "Mål och indikatorer"
        public static func indicatorsCaption(_ year: Int) -> String { "Indikatorer \(year) med resultat per tertial och för året, och varifrån varje värde kommer" }
        public static let noIndicators = "Inga indikatorer är upplagda för året."
        public static let indicator = "Indikator"
        public static let goal = "Mål"
        public static let weight = "Vikt"
        public static let weightHint = "1–10 inom målområdet."
        public static let target = "Målvärde"
        public static let direction = "Riktning"
        public static let measureLabel = "Vad som mäts"
        public static let yearValue = "Året"
        public static let achievement = "Måluppfyllelse"
        public static let tertialLabel = "Tertial"
        public static func tertial(_ number: Int) -> String { "Tertial \(number)" }
        public static let editTitle = "Lägg upp och följ upp"
        public static let weightsTitle = "Använda vikter"
        public static func usedWeightOf(_ name: String, ideal: Int) -> String { "\(name) (idealvikt \(ideal) %)" }
        public static let newArea = "Nytt målområde"
        public static let percentHint = "I procent, till exempel 40."
        public static let usedHint = "I procent; högst 5 procentenheter från idealvikten."
        public static let newIndicator = "Ny indikator"
        public static let newResult = "Registrera resultat"
        public static let value = "Värde"
        public static let persons = "Antal personer som resultatet vilar på"
        public static let source = "Källa"
        public static let sourceHint = "Varifrån värdet kommer, till exempel ”Enkät till samverkansparterna, tertial 2”."
        public static let platformHint = "Lämnas tomt för ett resultat för hela förbundet."
        public static let computedSource = "Räknat ur deltagarregistreringen"
        public static let areaCreated = "Målområdet är upplagt."
        public static let indicatorCreated = "Indikatorn är upplagd."
        public static let resultRecorded = "Resultatet är registrerat."
        public static let weightsSaved = "Vikterna är sparade."

        public static func fewPersons(_ minimum: Int) -> String { "Färre än \(minimum) personer: tolka med försiktighet" }

        public static func direction(_ direction: IndicatorDirection) -> String {
            switch direction {
            case .atLeast: "Minst målvärdet"
            case .atMost: "Högst målvärdet"
            }
        }

        public static func target(_ target: Double, _ direction: IndicatorDirection) -> String {
            (direction == .atLeast ? "minst " : "högst ") + number(target)
        }

        public static func measure(_ measure: IndicatorMeasure) -> String {
            switch measure {
            case .manual: "Anges för hand med källa"
            case .workOrStudies: "Andel av de avslutade som gick till arbete eller studier (%)"
            case .sexDifference: "Skillnad mellan kvinnor och män i andelen till arbete eller studier (procentenheter)"
            case .dropOut: "Andel av de avslutade som avbröt (%)"
            case .participants: "Antal deltagare under perioden"
            }
        }

        public static func level(_ level: ImpactThresholds.Level) -> String {
            switch level {
            case .green: "Grön"
            case .orange: "Orange"
            case .red: "Röd"
            }
        }

        public static func index(_ index: Double?) -> String { index.map(number) ?? "–" }
        public static func share(_ achievement: Double) -> String { "\(Int((achievement * 100).rounded())) %" }

        /// One decimal with a decimal comma, without a trailing ",0".
        public static func number(_ value: Double) -> String {
            let tenths = Int64((value * 10).rounded())
            let whole = Sv.grouped(tenths / 10)
            return tenths % 10 == 0 ? whole : "\(tenths < 0 && tenths / 10 == 0 ? "−" : "")\(whole),\(abs(tenths % 10))"
        }
    }
}
