import Lexicon

/// Speakers of a chat copied into a file without its time stamps: a word in lower case
/// opening two lines or more before a colon ("tizzy: heyyy marie its tizzy lol" …
/// "tizzy: thurs?"), as Messenger and WhatsApp text reads once pasted.
extension NameRun {
    /// Marks the lower-case words that open two lines or more of a message before a colon
    /// and a space, when they are no frequent word, no label ("note:", "re:", "ps:") and no
    /// relative or role ("mum:", "pa:").
    /// - Complexity: O(n) in the words, one byte tested for most; asked only of informal
    ///   documents.
    @inline(never)
    mutating func markLowercaseSpeakers(_ bytes: UnsafeBufferPointer<UInt8>) {
        var labels: [Int] = []
        for index in tokens.indices where tokens[index].gap.rawValue & Gap.newline.rawValue != 0 || index == 0 {
            let token = tokens[index]
            guard token.shape == .lower, token.end + 1 < bytes.count, bytes[token.end] == 0x3A, bytes[token.end + 1] == 0x20,
                  rules[index] == nil, !skip[index] else { continue }
            labels.append(index)
        }
        guard labels.count >= 2 else { return }
        // How many lines each word opens.
        var opened: [ShortWordTable.Key: Int] = [:]
        for index in labels {
            if let key = ShortWordTable.key(bytes, tokens[index].start..<tokens[index].end) { opened[key, default: 0] += 1 }
        }
        for index in labels {
            let token = tokens[index]
            guard token.length >= 2, token.context.isEmpty, token.classes.isDisjoint(with: .nonPersonal),
                  !token.classes.contains(.frequent), !NameRun.isOneOf(NameRun.chatLabels, token, bytes),
                  let key = ShortWordTable.key(bytes, token.start..<token.end), opened[key, default: 0] >= 2 else { continue }
            rules[index] = .withRole
        }
    }

    /// Words that open notes' lines before a colon and are no one's name.
    static let chatLabels = WordSet(["note", "notes", "ps", "pps", "re", "fwd", "fw", "subject", "update", "action", "actions",
                                     "reply", "sent", "received", "question", "answer", "response", "comment", "comments",
                                     "me", "you", "us", "them", "yp", "sw", "pa", "iro", "tm", "dob", "nb", "edit", "edited",
                                     // Roles shortened as chats label them ("adv: ok I'll bring the form").
                                     "adv", "advr", "wkr", "kw", "fc", "yjw", "yot", "ssw", "fsw", "rsw", "staff", "worker",
                                     "carer", "admin", "team", "duty"])
}
