import Domain

/// Everything a user of the web interface reads, in Swedish, in one place per topic
/// (this folder) so that it can be reviewed and later translated.
public enum Sv {
    public static let appName = "Samordna"
    public static let skipLink = "Hoppa till innehållet"
    public static let mainNavigation = "Huvudmeny"
    public static let sectionNavigation = "Registret"
    public static let logIn = "Logga in"
    public static let logOut = "Logga ut"
    public static let loggedInAs = "Inloggad som"
    public static let save = "Spara"
    public static let create = "Lägg till"
    public static let edit = "Ändra"
    public static let cancel = "Avbryt"
    public static let yes = "Ja"
    public static let no = "Nej"
    public static let none = "–"
    public static let ongoing = "tills vidare"
    public static let footer = "Samordna – öppen källkod för samordningsförbund"
    public static let saved = "Ändringarna är sparade."
    public static let created = "Uppgiften är tillagd."
    public static let dateHint = "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-03-01."
    public static let optional = "(frivilligt)"
    public static let history = "Ändringshistorik"
    public static let noHistory = "Inga ändringar är registrerade."
    public static let choose = "Välj …"

    public enum ErrorPage {
        public static let notFoundTitle = "Sidan finns inte"
        public static let notFoundText = "Sidan du sökte finns inte, eller så har du inte behörighet att se den."
        public static let forbiddenTitle = "Du saknar behörighet"
        public static let forbiddenText = "Ditt konto har inte behörighet att göra det här i förbundet. Kontakta förbundets kansli om du behöver behörighet."
        public static let csrfTitle = "Formuläret kunde inte skickas"
        public static let csrfText = "Formuläret var för gammalt eller kom inte från Samordna. Gå tillbaka, ladda om sidan och försök igen. Inget har sparats."
        public static let serverTitle = "Något gick fel"
        public static let serverText = "Ett oväntat fel inträffade och ingenting sparades. Försök igen om en stund."
        public static let badRequestTitle = "Felaktig begäran"
        public static let badRequestText = "Begäran kunde inte behandlas. Gå tillbaka, kontrollera uppgifterna och försök igen. Inget har sparats."
        public static let tooLargeTitle = "Filen är för stor"
        public static let tooLargeText = "Det du skickade var större än Samordna tar emot. Gå tillbaka och välj en mindre fil. Inget har sparats."
        public static let timeoutTitle = "Det tog för lång tid"
        public static let timeoutText = "Formuläret kom inte fram i tid. Gå tillbaka och försök igen. Inget har sparats."
        public static let tooManyTitle = "Servern är upptagen"
        public static let tooManyText = "Servern har för mycket att göra just nu. Försök igen om en stund. Inget har sparats."
        public static let conflictTitle = "Det går inte just nu"
        public static let toolTitle = "Dokumentet kan inte skapas just nu"
        public static func toolMissing(_ tool: String) -> String {
            let name = tool.split(separator: "/").last.map(String.init) ?? tool
            return "PDF kan inte skapas: programmet \(name) saknas på servern. Be den som sköter servern att installera det (scripts/install-deps)."
        }
        public static func toolTimedOut(_ seconds: Int) -> String {
            "Dokumentet tog längre tid än \(seconds) sekunder att skapa och avbröts. Försök igen om en stund; om det händer igen, kontakta den som sköter servern."
        }
        public static let toolBusy = "Servern skapar många dokument just nu. Försök igen om en stund."
        public static let badInputTitle = "Formuläret innehåller otillåtna tecken"
        public static func badInput(field: String, problem: FormInput.Problem) -> String {
            let what = switch problem {
            case .nulCharacter: "ett NUL-tecken (tecken 0)"
            case .invalidUTF8: "tecken som inte är giltig UTF-8"
            }
            return "Fältet ”\(field)” innehåller \(what). Gå tillbaka, skriv in texten igen eller klistra in den från ett annat program och försök igen. Inget har sparats."
        }
        public static let backHome = "Till startsidan"
    }
}
