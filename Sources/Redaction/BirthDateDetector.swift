import PCRE2

/// Dates written right after a person's name are their dates of birth: "Elira
/// (19/07/2016) and Dritan (02/12/2018)", "Haroon - 11/09/2014". Runs after the name
/// detector, whose findings it reads.
///
/// - Complexity: one pattern pass over the document, then a binary search per date.
struct BirthDateDetector: Detector {
    let name = "identifiers"
    private static let pattern: Pattern = {
        do {
            return try Pattern(#"(?<![\d/.-])"# + IdentifierRule.date + #"(?![\d/])"#)
        } catch {
            fatalError("birth-date pattern: \(error)")
        }
    }()

    func detect(in document: Document, findings: inout [Finding]) throws {
        let names = findings.filter { $0.type == .person }.map(\.range.upperBound).sorted()
        guard !names.isEmpty else { return }
        let bytes = document.bytes
        var found: [Finding] = []
        do {
            try Matcher(BirthDateDetector.pattern).forEachMatch(in: document.subject) { match in
                let start = match.range.lowerBound
                // The gap back to the name: spaces and at most one of ( - – , :
                var cursor = start
                var punctuation = 0
                while cursor > 0, start - cursor < 5 {
                    let byte = bytes[cursor - 1]
                    if byte == 0x20 { cursor -= 1; continue }
                    if byte == 0x28 || byte == 0x2D || byte == 0x2C || byte == 0x3A, punctuation == 0 {
                        punctuation += 1
                        cursor -= 1
                        continue
                    }
                    break
                }
                if cursor < start, BirthDateDetector.contains(names, cursor) {
                    found.append(Finding(range: match.range, type: .dob, detector: name, rule: "date-after-name"))
                }
                return true
            }
        } catch {
            throw RedactionError.io(document.name, "birth-date rule failed: \(error)")
        }
        findings.append(contentsOf: found)
    }

    private static func contains(_ sorted: [Int], _ value: Int) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }
}
