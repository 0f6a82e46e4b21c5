import Domain

extension Sv {
    /// Rekvisitioner against grants, and costs reported at year end as not yet claimed.
    public enum Requisitions {
        public static let title = "Rekvisitioner"
        public static let intro = "Insatsägaren rekvirerar kostnaderna för en period mot insatsens beviljade medel för året, per kostnadsslag och med underlag. Kansliet godkänner eller skickar tillbaka med en motivering. Inskickade rekvisitioner räknas mot medlen tills de skickas tillbaka."
        public static let balancesCaption = "Beviljat, rekvirerat och återstående per insats och år, kronor"
        public static let noBalances = "Inga beviljade medel eller rekvisitioner ännu."
        public static let listCaption = "Rekvisitioner"
        public static let none = "Inga rekvisitioner ännu."
        public static let accrualsTitle = "Skuld till huvudman, upparbetade projektkostnader"
        public static func accrualsCaption(_ year: Int) -> String { "Upparbetade men ej rekvirerade kostnader \(year), kronor" }
        public static let noAccruals = "Inga upparbetade kostnader är rapporterade."
        public static let insats = "Insats"
        public static let year = "År"
        public static let granted = "Beviljat"
        public static let approved = "Godkänt"
        public static let pending = "Inskickat"
        public static let accrued = "Upparbetat ej rekvirerat"
        public static let remaining = "Återstår"
        public static let period = "Period"
        public static let kind = "Slag"
        public static let total = "Summa"
        public static let status = "Status"
        public static let submittedBy = "Inskickad av"
        public static let new = "Ny rekvisition"
        public static func newTitle(_ code: String) -> String { "Ny rekvisition för \(code)" }
        public static let periodFrom = "Periodens första dag"
        public static let periodTo = "Periodens sista dag"
        public static let staff = "Egen personal (kr)"
        public static let externalServices = "Externa tjänster (kr)"
        public static let premises = "Lokaler (kr)"
        public static let other = "Övriga kostnader (kr)"
        public static let amountsLegend = "Kostnader per slag"
        public static let amountsHint = "Hela kronor. Summan räknas fram och får inte överstiga vad som återstår av årets beviljade medel."
        public static let file = "Underlag"
        public static let fileHint = "Faktura, reskontra eller utdrag ur bokföringen (PDF, bild eller kalkylblad)."
        public static let submit = "Skicka in"
        public static let submitted = "Rekvisitionen är inskickad och registrerad i diariet."
        public static let approve = "Godkänn"
        public static let giveBack = "Skicka tillbaka"
        public static let reason = "Motivering"
        public static let reasonHint = "Vad insatsägaren behöver rätta eller komplettera."
        public static let approvedFlash = "Rekvisitionen är godkänd."
        public static let returnedFlash = "Rekvisitionen är tillbakaskickad."
        public static let alreadyDecided = "Rekvisitionen är redan godkänd eller tillbakaskickad och ändras inte. Skicka in en ny vid behov."
        public static let download = "Ladda ned underlaget"
        public static let diaryNumber = "Dnr"
        public static let decidedBy = "Beslutad av"
        public static let balanceTitle = "Årets medel"
        public static let noSubmitRight = "Bara kansliet och insatsens ansvariga insatsägare kan skicka in rekvisitioner."

        public static func kindName(_ kind: RequisitionKind) -> String {
            switch kind {
            case .claim: "Rekvisition"
            case .accrual: "Upparbetad kostnad vid årets slut"
            }
        }

        public static func statusName(_ status: RequisitionStatus) -> String {
            switch status {
            case .submitted: "Inskickad"
            case .approved: "Godkänd"
            case .returned: "Tillbakaskickad"
            }
        }

        public static func period(_ from: String, _ to: String) -> String { "\(from) – \(to)" }

        public static func matterTitle(kind: RequisitionKind, code: String, from: CivilDate, to: CivilDate) -> String {
            "\(kindName(kind)) \(code) \(from.iso) – \(to.iso)"
        }

        public static func heading(_ code: String, _ from: String, _ to: String) -> String { "Rekvisition \(code), \(from) – \(to)" }
    }
}
