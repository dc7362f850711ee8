import Lexicon

/// Naming customs whose first word the lists read as something else: the Gaelic
/// "Mac an" family names ("Calum Mac an t-Saoir", "Oisín Mac an tSaoir", "Máire Nic an
/// Bhaird"), where "an" is no English article, and those an "h" opens ("Ó hEadhra"); and
/// the Akan "Nana" before a day name ("Nana Yaw Ansah-Twum", "Nana Akosua"), where
/// "Nana" is no grandmother.
extension NameRun {
    /// Marks "an" and the word after it in a Gaelic family name that "Mac", "Nic" or
    /// "Mhic" opens ("Mac an t-Saoir", "Mac an tSaoir", "Nic an Bhaird"), and the "Mac"
    /// too; and "Nana" before an Akan day name ("Nana Yaw", "Nana Akosua") with the day
    /// name. Not "Nana Pat", a grandmother with her name. And an Irish family name an "h"
    /// opens after "Ó", "Ní" and the like ("Gráinne Ó hEadhra"), with its prefix.
    /// - Complexity: O(k) in the words shaped like "Nana" or "Mac" and those opening with
    ///   an "h" before a capital (``CapitalCues``).
    @inline(never)
    mutating func markGaelicAndAkanNames(_ bytes: UnsafeBufferPointer<UInt8>) {
        // "Nana", "Mac", "Nic", "Mhic": four or three letters, an N or an M first.
        for index in cues.nanaOrMac where index + 1 < tokens.count {
            let token = tokens[index]
            let next = tokens[index + 1]
            guard next.gap.isPlainSpace else { continue }
            if token.length == 4, NameRun.isWord(token, "nana", bytes), next.isCapitalizedLike,
               NameRun.isOneOf(NameRun.akanDayNames, next, bytes) {
                if rules[index] == nil { rules[index] = .fullName }
                if rules[index + 1] == nil { rules[index + 1] = .fullName }
                continue
            }
            guard index + 2 < tokens.count, NameRun.isWord(next, "an", bytes),
                  NameRun.isWord(token, "mac", bytes) || NameRun.isWord(token, "nic", bytes) || token.length == 4 && NameRun.isWord(token, "mhic", bytes),
                  tokens[index + 2].gap.isPlainSpace, NameRun.isGaelicNameAfterAn(tokens[index + 2], bytes) else { continue }
            for part in index...index + 2 where rules[part] == nil { rules[part] = .fullName }
        }
        // "Ó hEadhra", "Ní hAodha", "Mac hÍomhair": an Irish family name whose "h" stands
        // before a vowel after "Ó", "Ní", "Uí", "O", "Ua", "Mac", "Nic" or "Mhic".
        for index in cues.gaelicPrefixed where index > 0 && tokens[index].gap.isPlainSpace {
            let token = tokens[index]
            guard NameRun.isGaelicPrefix(tokens[index - 1], bytes),
                  Tokenizer.isUppercase(bytes, token.start + 1, Tokenizer.letterWidth(bytes, token.start + 1)) else { continue }
            for part in index - 1...index where rules[part] == nil { rules[part] = .fullName }
        }
    }

    /// Whether `token` comes before an Irish family name that an "h" opens: "Ó", "Ní",
    /// "Uí" (compared as bytes, their accents and all), "O", "Ua", "Mac", "Nic", "Mhic".
    static func isGaelicPrefix(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = token.start
        switch token.length {
        case 2 where bytes[start] == 0xC3:
            return bytes[start + 1] == 0x93 || bytes[start + 1] == 0xB3  // Ó ó
        case 3 where bytes[start + 1] == 0xC3 && bytes[start + 2] == 0xAD:  // Ní, Uí
            return bytes[start] | 0x20 == 0x6E || bytes[start] | 0x20 == 0x75
        default:
            return isOneOf(gaelicPrefixWords, token, bytes)
        }
    }

    static let gaelicPrefixWords = WordSet(["o", "ua", "mac", "nic", "mhic"])

    /// Whether `token` can follow "Mac an": capitalised ("Bhaird", "Rí"), or a "t" or "h"
    /// in lower case before a capital, with or without a hyphen ("t-Saoir", "tSaoir").
    static func isGaelicNameAfterAn(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.shape == .capitalized { return true }
        guard token.shape == .other, token.length >= 3 else { return false }
        let first = bytes[token.start]
        guard first == 0x74 || first == 0x68 else { return false }  // t, h
        let second = bytes[token.start + 1] == 0x2D ? token.start + 2 : token.start + 1
        return second < token.end && bytes[second] &- 0x41 < 26
    }

    /// The Akan day names, given by the weekday of birth, that "Nana" comes before.
    static let akanDayNames = WordSet(["kwame", "kwabena", "kwaku", "yaw", "kofi", "kwasi", "akwasi", "kojo", "kwadwo",
                                       "kweku", "kwesi", "ekow", "kobina", "akosua", "adwoa", "adjoa", "abena", "akua",
                                       "yaa", "afua", "afia", "efua", "ama", "esi", "araba", "aba"])
}
