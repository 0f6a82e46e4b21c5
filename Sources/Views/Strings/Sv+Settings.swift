extension Sv {
    public enum Rules {
        public static let title = "Regler"
        public static let heading = "Förbundsordningens regler"
        public static let intro = "Samordna använder reglerna när sammanträden planeras, protokoll justeras och anslag sätts upp."
        public static let editTitle = "Ändra regler"
        public static let quorum = "Beslutförhet"
        public static let qualifiedMatters = "Ärenden som kräver kvalificerad majoritet"
        public static let qualifiedMattersHint = "Lämna tomt om alla beslut fattas med enkel majoritet."
        public static let qualifiedMajority = "Kvalificerad majoritet av de närvarande"
        public static let qualifiedMajorityHint = "Skriv som bråk, till exempel 2/3."
        public static let adjustmentDeadline = "Justering senast, dagar efter sammanträdet"
        public static let postingDeadline = "Anslag senast, dagar efter justeringen"
        public static let appealPeriod = "Anslaget sitter uppe (överklagandetid), dagar"
        public static let remote = "Ledamöter får delta på distans (19 a § FINSAM)"
        public static let remoteHint = "Kräver ett allmänt beslut av styrelsen."
        public static let remoteFromLabel = "Gäller från och med"
        public static let remoteFromHint = "Dagen då styrelsens beslut gäller från. Sammanträden före den dagen kan inte hållas på distans. Krävs när deltagande på distans är tillåtet."
        public static func remoteFrom(_ date: String) -> String { "Ja, från och med \(date)" }
        public static let ownNoticeBoard = "Anslag sätts upp på förbundets egen digitala anslagstavla"
        public static let boardTermStarts = "Ny styrelse tillträder (MM-DD)"
        public static let planDeadline = "Verksamhetsplan och budget antas senast (MM-DD)"
        public static let monthDayHint = "Månad och dag, till exempel 01-01."
        public static let noticesPostedAt = "Anslag sätts upp på"
        public static let noticesPostedAtHint = "Vilka medlemmars anslagstavlor som används ändras på respektive medlems sida."
        public static let ownBoard = "Förbundets digitala anslagstavla"
        public static let noneQualified = "Inga – enkel majoritet för alla beslut"
        public static func days(_ n: Int) -> String { n == 1 ? "1 dag" : "\(n) dagar" }
    }

    public enum Contributions {
        public static let title = "Medlemsbidrag"
        public static let intro = "Staten betalar hälften (genom Försäkringskassan), regionen en fjärdedel och kommunerna tillsammans en fjärdedel, fördelad efter befolkningen 20–64 år det året. Beloppen är hela kronor och summerar exakt till totalen."
        public static let year = "År"
        public static let total = "Total tilldelning i kronor"
        public static let compute = "Beräkna"
        public static let caption = "Medlemsbidrag"
        public static let member = "Medlem"
        public static let kind = "Typ"
        public static let population = "Befolkning 20–64 år"
        public static let shareOfMunicipal = "Andel av kommunernas del"
        public static let shareOfTotal = "Andel av totalen"
        public static let amount = "Bidrag"
        public static let sum = "Summa"
        public static let csv = "Ladda ner som CSV"
        public static let paidByFK = "Ingår i statens andel som Försäkringskassan betalar."
        public static let notPositive = "Den totala tilldelningen måste vara större än noll."
        public static let noFK = "Försäkringskassan finns inte bland medlemmarna det året; statens hälft kan inte fördelas."
        public static let noRegion = "Ingen region är medlem det året; regionens fjärdedel kan inte fördelas."
        public static let severalRegions = "Flera regioner är medlemmar det året; förbundsordningen måste ange hur regionens del fördelas."
        public static let noMunicipality = "Ingen kommun är medlem det året; kommunernas fjärdedel kan inte fördelas."
        public static func missingPopulation(_ names: [String], year: Int) -> String {
            "Befolkningssiffra för \(year) saknas för \(names.joined(separator: ", ")). Lägg till den på medlemmens sida."
        }
        public static let problemTitle = "Bidragen kan inte beräknas"
    }

    public enum Users {
        public static let title = "Användare"
        public static let new = "Lägg till användare"
        public static let editTitle = "Ändra användare"
        public static let username = "Användarnamn"
        public static let usernameHint = "Används för att logga in, till exempel e-postadressen."
        public static let displayName = "Namn"
        public static let password = "Lösenord"
        public static let systemAdministrator = "Systemadministratör"
        public static let sharedAccount = "Kontot har roller även i andra förbund. Här ändras bara rollerna i det här förbundet; namn, användarnamn och lösenord ändrar användaren själv."
        public static let systemAdminAccount = "Kontot tillhör en systemadministratör. Bara en systemadministratör kan ändra det."
        public static let passwordLinkIntro = "Administratörer skriver aldrig in någon annans lösenord. Skapa en länk som användaren själv använder för att välja ett nytt lösenord. Länken gäller i 24 timmar och kan användas en gång; en tidigare länk slutar gälla."
        public static let createPasswordLink = "Skapa länk för nytt lösenord"
        public static let ownAccountHint = "Ditt eget namn och lösenord ändrar du under Mitt konto."
        public static let inviteIntro = "Användaren väljer själv sitt lösenord med en inbjudningslänk som visas när kontot har skapats."
        public static let linkTitleInvitation = "Inbjudan är skapad"
        public static let linkTitleReset = "Länk för nytt lösenord"
        public static func linkText(_ username: String, invitation: Bool, days: Int, mailed: Bool) -> String {
            let what = invitation ? "Kontot \(username) är skapat. Ge användaren länken nedan" : "Ge \(username) länken nedan"
            let validity = days == 1 ? "Den gäller i 24 timmar" : "Den gäller i \(days) dagar"
            let mail = mailed ? " Länken har också skickats med e-post till \(username)." : ""
            return "\(what) så att hen själv kan välja lösenord. \(validity) och kan användas en gång. Länken visas bara nu.\(mail)"
        }
        public static let linkLabel = "Länk"
        public static let backToUsers = "Till användarna"
        public static func invitationMailSubject(_ association: String) -> String { "Ditt konto i Samordna för \(association)" }
        public static func invitationMailBody(name: String, association: String, link: String, days: Int) -> String {
            """
            Hej \(name)!

            Du har fått ett konto i Samordna för \(association). Välj ditt lösenord här:

            \(link)

            Länken gäller i \(days) dagar och kan användas en gång. Om du inte väntade dig det här brevet kan du bortse från det.
            """
        }
        public static let roles = "Roller i förbundet"
        public static let rolesHint = "Välj minst en roll. Revisorer kan läsa allt men inte ändra något."
        public static let person = "Person i registret"
        public static let caption = "Användare med tillgång till förbundet"
        public static let none = "Inga användare."
        public static let ownAdminRole = "Du kan inte ta bort din egen administratörsroll."
    }

    public enum Account {
        public static let title = "Mitt konto"
        public static let intro = "Här ändrar du ditt namn och ditt lösenord. När du byter lösenord loggas du ut överallt utom i den här webbläsaren."
        public static let username = "Användarnamn"
        public static let displayName = "Namn"
        public static let currentPassword = "Nuvarande lösenord"
        public static let currentPasswordHint = "Behövs bara när du byter lösenord."
        public static let newPassword = "Nytt lösenord"
        public static let newPasswordHint = "Minst 12 tecken. Lämna tomt för att behålla lösenordet."
        public static let repeatPassword = "Nytt lösenord igen"
        public static let passwordChanged = "Lösenordet är bytt. Du är utloggad i alla andra webbläsare."
        public static let setTitle = "Välj lösenord"
        public static func setIntro(_ username: String) -> String { "Välj ett lösenord för kontot \(username). Minst 12 tecken." }
        public static let setSubmit = "Spara lösenordet"
        public static let setDoneTitle = "Lösenordet är sparat"
        public static let setDoneText = "Du kan nu logga in med ditt nya lösenord. Om du var inloggad någon annanstans är du utloggad där."
        public static let linkInvalidTitle = "Länken gäller inte"
        public static let linkInvalid = "Länken är redan använd, för gammal eller felaktig. Be förbundets administratör om en ny länk."
    }

    public enum Audit {
        public static let title = "Ändringslogg"
        public static let caption = "Ändringar, senaste först"
        public static let when = "Tid"
        public static let who = "Vem"
        public static let what = "Ändring"
        public static let details = "Före och efter"
        public static let before = "Före"
        public static let after = "Efter"
        public static let none = "Inga ändringar är registrerade."
        public static let newer = "Nyare"
        public static let older = "Äldre"
        public static let created = "Tillagd"
        public static let updated = "Ändrad"
        public static let removed = "Borttagen"
        public static func entry(_ action: String, _ type: String, _ name: String) -> String { "\(type) \(action.lowercased()): \(name)" }
        public static let organisation = "Förbund"
        public static let organisationName = "Namn på förbundet"
        public static let member = "Medlem"
        public static let population = "Befolkningssiffra"
        public static let body = "Organ"
        public static let person = "Person"
        public static let mandate = "Uppdrag"
        public static let rules = "Regler"
        public static let user = "Användare"
        public static let meeting = "Sammanträde"
        public static let agendaItem = "Punkt på föredragningslistan"
        public static let standingItem = "Stående punkt"
        public static let notice = "Kallelse"
        public static let attachment = "Bilaga"
        public static let protocolRecord = "Protokoll"
        public static let attendance = "Närvaro"
        public static let paragraph = "Paragraf"
        public static let decision = "Beslut"
        public static let intervention = "Insats"
        public static let matter = "Ärende i diariet"
        public static let grant = "Beviljade medel"
        public static let budget = "Budget"
        public static let ledger = "Utfall från bokföringen"
        public static let requisition = "Rekvisition"
        public static let call = "Utlysning"
        public static let fundingRequest = "Äskande"
        public static let participantEpisode = "Deltagande"
        public static let socialBudget = "Mål och sociala bokslutet"
        public static let annualReport = "Årsredovisning"
    }
}
