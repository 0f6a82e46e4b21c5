/// IBM code page 437, which SIE calls PC8: the text encoding of every SIE file (`#FORMAT PC8`).
/// ASCII is itself; the upper half maps to these characters (å ä ö are 0x86, 0x84, 0x94).
public enum CodePage437 {
    static let upperHalf: [Character] = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{00A0}")

    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var text = ""
        text.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte < 0x80 {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text.append(upperHalf[Int(byte - 0x80)])
            }
        }
        return text
    }
}
