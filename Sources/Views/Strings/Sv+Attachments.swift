import Foundation

extension Sv {
    public enum Attachments {
        public static let title = "Bilagor"
        public static let caption = "Sammanträdets bilagor"
        public static let none = "Inga bilagor."
        public static let new = "Ladda upp bilaga"
        public static let number = "Nr"
        public static let name = "Namn på bilagan"
        public static let file = "Fil"
        public static let fileHint = "PDF, Word, Excel eller bild (PNG, JPEG)."
        public static let items = "Hör till punkterna"
        public static let itemsHint = "En bilaga kan höra till flera punkter."
        public static let isSecret = "Bilagan omfattas av sekretess"
        public static let versions = "Versioner"
        public static let versionsCaption = "Uppladdade versioner, nyaste först"
        public static let version = "Version"
        public static let filename = "Filnamn"
        public static let size = "Storlek"
        public static let uploadedBy = "Uppladdad av"
        public static let uploadedAt = "Uppladdad"
        public static let download = "Ladda ned"
        public static let replace = "Ersätt med ny version"
        public static let replaceHint = "Den tidigare versionen sparas och kan fortfarande laddas ned."
        public static let saveLinks = "Spara punkter"
        public static let replaced = "Den nya versionen är uppladdad."
        public static let secretThroughItems = "Bilagan hör bara till punkter som omfattas av sekretess och hålls därför hemlig på samma grund: den visas inte för allmänheten, i sökningen eller i det öppna API:et. Om bilagan ändå är offentlig kan kansliet publicera den."
        public static let publishedDespiteItems = "Kansliet har bestämt att bilagan är offentlig, trots att den bara hör till punkter som omfattas av sekretess."
        public static let publishAnyway = "Gör bilagan offentlig ändå"
        public static let makeSecretAgain = "Håll bilagan hemlig som punkterna"
        public static let published = "Bilagan är offentlig. Det gäller från nästa kallelse som skickas."
        public static let secretAgain = "Bilagan hålls hemlig som punkterna. Det gäller från nästa kallelse som skickas."

        public static func heading(_ number: Int, _ title: String) -> String { "Bilaga \(number): \(title)" }
        public static func reference(_ number: Int) -> String { "Bilaga \(number)" }
        public static func size(_ bytes: Int) -> String {
            bytes < 1_048_576 ? "\(max(1, bytes / 1024)) kB" : String(format: "%.1f MB", Double(bytes) / 1_048_576).replacingOccurrences(of: ".", with: ",")
        }
    }
}
