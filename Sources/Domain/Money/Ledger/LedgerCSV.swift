import Foundation

/// The CSV alternative to SIE for systems that cannot export it: one row per account, project
/// object and month, `konto;objekt;månad;belopp` with the month as `ÅÅÅÅ-MM` and the amount in
/// kronor as the bookkeeping signs it (costs positive, income negative), decimal comma or point.
/// A first row that is not data is read as the header.
public enum LedgerCSV {
    public static func read(_ text: String) throws(LedgerProblem) -> LedgerSummary {
        var amounts: [LedgerSummary.Key: Int64] = [:]
        var year: Int?
        var firstMonth = 13, lastMonth = 0
        var rows = 0
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = offset + 1
            let fields = rawLine.split(separator: rawLine.contains(";") ? ";" : "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: [" ", "\""]) }
            if fields.allSatisfy(\.isEmpty) { continue }
            guard fields.count >= 4 else {
                // A first line without the four columns: not this format at all.
                if rows == 0 { throw .sie(.notSIE) }
                throw .csv(line: line, field: "belopp", text: String(rawLine))
            }
            let period = fields[2].split(separator: "-")
            guard period.count == 2, let periodYear = Int(period[0]), let month = Int(period[1]), (1...12).contains(month),
                  period[0].count == 4 else {
                if offset == 0 && rows == 0 { continue }
                throw .csv(line: line, field: "månad", text: fields[2])
            }
            guard !fields[0].isEmpty, fields[0].allSatisfy(\.isNumber) else { throw .csv(line: line, field: "konto", text: fields[0]) }
            guard let ore = Self.ore(fields[3]) else { throw .csv(line: line, field: "belopp", text: fields[3]) }
            if let year, year != periodYear { throw .mixedYears(line: line) }
            year = periodYear
            rows += 1
            firstMonth = min(firstMonth, month)
            lastMonth = max(lastMonth, month)
            guard LedgerSummary.isResultAccount(fields[0]) else { continue }
            let key = LedgerSummary.Key(account: fields[0], object: fields[1].isEmpty ? nil : fields[1], month: month)
            amounts[key, default: 0] += ore
        }
        guard let year else { throw .noVouchers }
        return LedgerSummary(year: year, months: firstMonth...lastMonth, amounts: amounts, transactionCount: rows)
    }

    /// "-1 234,50" or "1234.5" as öre, without floating point.
    static func ore(_ text: String) -> Int64? {
        let cleaned = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{2009}" }.replacingOccurrences(of: ",", with: ".")
            .replacingOccurrences(of: "\u{2212}", with: "-")
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { return nil }
        let negative = whole.hasPrefix("-")
        let digits = whole.drop { $0 == "-" || $0 == "+" }
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let kronor = Int64(digits) else { return nil }
        var ore: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            ore = (Int64(fraction) ?? 0) * (fraction.count == 1 ? 10 : 1)
        }
        return negative ? -(kronor * 100 + ore) : kronor * 100 + ore
    }
}
