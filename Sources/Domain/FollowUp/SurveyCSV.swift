/// Survey answers from a CSV file (issue 18, item 3): a web survey's export or a sheet typed from
/// paper forms, one anonymous answer per row, with the columns of the answer form ("Svarsdatum;
/// Livskvalitet;Insatsens kvalitet;Inflytande;Diskriminering"); ratings as "8" or "8/10".
public enum SurveyCSV {
    static let columns: [CSVSheet.Column] = [
        ("answeredOn", ["svarsdatum", "datum", "besvarad", "besvarades"]),
        (SurveyQuestion.qualityOfLife.rawValue, ["livskvalitet", "min livskvalitet", "livskvalitet 1-10"]),
        (SurveyQuestion.insatsQuality.rawValue, ["insatsens kvalitet", "kvalitet", "kvalitet i insatsen", "insatsen", "insatsens kvalitet 1-10"]),
        (SurveyQuestion.influence.rawValue, ["inflytande", "paverkan", "inflytande over rehabiliteringen", "delaktighet", "inflytande 1-10"]),
        ("discrimination", ["diskriminering", "upplevd diskriminering", "diskriminerad", "upplevt diskriminering"]),
    ]

    public static func read(_ text: String) -> Result<[CSVSheet.Row], CSVSheet.Problem> {
        CSVSheet.read(text, columns: columns, required: ["answeredOn"], formValue: formValue)
    }

    /// The answer form's value; what is not recognised is passed on, so the form's check names it.
    static func formValue(_ field: String, _ value: String) -> String {
        let folded = CSVSheet.fold(value)
        if field == "discrimination" {
            return ["ja": "ja", "j": "ja", "nej": "nej", "n": "nej", "": ""][folded] ?? value
        }
        if field == "answeredOn" { return value }
        for suffix in ["/10", " av 10", " / 10"] where folded.hasSuffix(suffix) {
            return String(folded.dropLast(suffix.count)).trimmingWhitespace()
        }
        return value
    }
}
