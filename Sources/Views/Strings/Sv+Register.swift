extension Sv {
    public enum Home {
        public static let title = "Samordna"
        public static let documentTitle = "Start"
        public static let intro = "Samordna håller samordningsförbundets register, sammanträden, beslut och pengar på ett ställe, så att varje siffra och datum kommer från samma uppgifter."
        public static let yours = "Dina förbund"
        public static let all = "Förbund i Samordna"
        public static let noneYet = "Det finns inga förbund ännu."
        public static let newAssociation = "Lägg till förbund"
    }

    public enum Login {
        public static let title = "Logga in"
        public static let username = "Användarnamn"
        public static let password = "Lösenord"
        public static let submit = "Logga in"
        public static let failed = "Fel användarnamn eller lösenord."
        public static func throttled(minutes: Int) -> String {
            "För många misslyckade inloggningsförsök. Vänta \(minutes) minuter och försök igen."
        }
        public static let loggedOut = "Du är utloggad."
    }

    public enum Register {
        public static let overviewTitle = "Översikt"
        public static let details = "Uppgifter om förbundet"
        public static let organisationNumber = "Organisationsnummer"
        public static let organisationNumberHint = "Tio siffror, NNNNNN-NNNN."
        public static let streetAddress = "Gatuadress"
        public static let postalCode = "Postnummer"
        public static let city = "Ort"
        public static let email = "E-post"
        public static let address = "Adress"
        public static let names = "Namn över tid"
        public static let name = "Namn"
        public static let validFrom = "Gäller från"
        public static let validTo = "Gäller till"
        public static let newName = "Nytt namn"
        public static let newNameHint = "Det nuvarande namnet gäller till dagen före det nya namnets första dag."
        public static let editTitle = "Ändra uppgifter om förbundet"
        public static let newNameTitle = "Registrera nytt namn"
        public static let slug = "Kortnamn i webbadressen"
        public static let slugHint = "Små bokstäver a–z, siffror och bindestreck, till exempel umearegionen."
        public static let newAssociationTitle = "Lägg till förbund"
        public static let firstNameFrom = "Namnet gäller från"
        public static let sections = "Registret"
        public static let publicPage = "Förbundets publika sida"
        public static let toRegister = "Till registret"
        public static let formerNames = "Tidigare namn"
        public static let currentBoard = "Styrelsen i dag"
        public static let noBoard = "Ingen styrelse är registrerad."
    }

    public enum Members {
        public static let title = "Medlemmar"
        public static let one = "Medlem"
        public static let new = "Lägg till medlem"
        public static let editTitle = "Ändra medlem"
        public static let name = "Namn"
        public static let kind = "Typ av medlem"
        public static let joinedOn = "Medlem sedan"
        public static let leftOn = "Utträdde"
        public static let postsNotices = "Förbundets anslag sätts upp på medlemmens anslagstavla"
        public static let noticeBoard = "Anslagstavla"
        public static let populations = "Befolkning i arbetsför ålder (20–64 år)"
        public static let year = "År"
        public static let population = "Antal invånare 20–64 år"
        public static let addPopulation = "Spara befolkningssiffra"
        public static let populationHint = "Finns redan en siffra för året ersätts den; den gamla syns i ändringshistoriken."
        public static let noPopulations = "Inga befolkningssiffror är registrerade."
        public static let none = "Inga medlemmar är registrerade."
        public static let caption = "Förbundets medlemmar"
    }

    public enum Bodies {
        public static let title = "Organ"
        public static let new = "Lägg till organ"
        public static let editTitle = "Ändra organ"
        public static let kind = "Typ av organ"
        public static let name = "Namn"
        public static let nameHint = "Krävs för styrgrupper och andra organ, till exempel Styrgrupp Vuxenplattformen."
        public static let description = "Beskrivning"
        public static let establishedOn = "Inrättat"
        public static let dissolvedOn = "Avvecklat"
        public static let caption = "Förbundets organ"
        public static let none = "Inga organ är registrerade."
        public static let compositionOn = "Sammansättning den"
        public static let show = "Visa"
        public static let seatsCaption = "Uppdrag som gäller den valda dagen"
        public static let allMandates = "Alla uppdrag i organet"
        public static let noSeats = "Ingen har uppdrag i organet den dagen."
        public static let warnings = "Att åtgärda"
        public static func headline(_ body: String, _ date: String, voting: Int, substitutes: Int) -> String {
            "\(body) \(date): \(voting) \(voting == 1 ? "ledamot" : "ledamöter"), \(substitutes) ersättare"
        }
        public static func noVotingMember(_ member: String) -> String { "\(member) saknar ledamot." }
        public static func noSubstitute(_ member: String) -> String { "\(member) saknar ersättare." }
        public static let perMember = "Per medlem"
    }

    public enum People {
        public static let title = "Personer"
        public static let new = "Lägg till person"
        public static let editTitle = "Ändra person"
        public static let name = "Namn"
        public static let personTitle = "Titel eller befattning"
        public static let email = "E-post"
        public static let phone = "Telefon"
        public static let caption = "Personer i registret"
        public static let none = "Inga personer är registrerade."
        public static let currentMandates = "Nuvarande uppdrag"
        public static let mandates = "Uppdrag"
        public static let noMandates = "Personen har inga uppdrag."
    }

    public enum Mandates {
        public static let new = "Lägg till uppdrag"
        public static let editTitle = "Ändra uppdrag"
        public static let person = "Person"
        public static let body = "Organ"
        public static let role = "Roll"
        public static let appointedBy = "Utsedd av"
        public static let appointedByHint = "Den medlem som utsett personen. Krävs för ledamöter och ersättare i styrelsen."
        public static let startsOn = "Från"
        public static let endsOn = "Till och med"
        public static let party = "Parti"
        public static let standsInFor = "Ersättare för"
        public static let standsInForHint = "Bara för ersättare: den ledamot personen i första hand ersätter."
        public static let period = "Period"
        public static let caption = "Uppdrag"
    }
}
