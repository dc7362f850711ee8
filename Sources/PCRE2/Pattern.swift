import CPCRE2

/// A compiled, JIT-compiled PCRE2 pattern that owns its `pcre2_code`.
///
/// A pattern is immutable once made and safe to share between threads: PCRE2 only
/// reads compiled code while matching. What a match writes into (the match data) lives
/// in a ``Matcher``, which is not shared: make one matcher per thread or task.
public final class Pattern: @unchecked Sendable {
    /// The pattern source.
    public let source: String
    /// The options it was compiled with.
    public let options: PatternOptions
    /// Number of capture groups.
    public let captureCount: Int
    /// Whether JIT compilation succeeded (matching falls back to the interpreter if not).
    public let isJIT: Bool
    /// Whether the pattern treats CR LF as one newline (affects stepping past empty matches).
    let crlfIsNewline: Bool

    let code: OpaquePointer

    /// Compiles `source`.
    /// - Throws: ``PCRE2Error`` of kind `.compile` with PCRE2's message and the offset in
    ///   the pattern where compilation failed.
    public init(_ source: String, options: PatternOptions = .default) throws(PCRE2Error) {
        self.source = source
        self.options = options
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let bytes = Array(source.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(
                buffer.baseAddress ?? UnsafePointer(bitPattern: 1), buffer.count,
                options.rawValue, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw PCRE2Error(kind: .compile, code: errorCode, offset: Int(errorOffset), pattern: source)
        }
        self.code = compiled
        self.isJIT = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0

        var captures: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &captures)
        self.captureCount = Int(captures)
        var newline: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_NEWLINE), &newline)
        self.crlfIsNewline = [PCRE2_NEWLINE_CRLF, PCRE2_NEWLINE_ANY, PCRE2_NEWLINE_ANYCRLF]
            .contains(Int32(bitPattern: newline))
    }

    deinit {
        pcre2_code_free_8(code)
    }

    /// The number of the named group `name`, or nil if there is none.
    public func groupNumber(named name: String) -> Int? {
        let number = pcre2_substring_number_from_name_8(code, name)
        return number > 0 ? Int(number) : nil
    }

    /// Escapes `literal` so that it matches itself inside a larger pattern.
    public static func escape(_ literal: String) -> String {
        var out = ""
        out.reserveCapacity(literal.utf8.count)
        for scalar in literal.unicodeScalars {
            if scalar.isASCII, !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " ") {
                out.append("\\")
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}

extension Pattern {
    /// All matches of this pattern in `subject`, with a fresh matcher.
    /// For repeated use on one thread, keep a ``Matcher`` instead.
    public func matches(in subject: Subject) throws(PCRE2Error) -> [Match] {
        try Matcher(self).matches(in: subject)
    }

    /// The first match in `subject`, with a fresh matcher.
    public func firstMatch(in subject: Subject) throws(PCRE2Error) -> Match? {
        try Matcher(self).firstMatch(in: subject)
    }

    /// Whether the pattern matches anywhere in `string`.
    public func matches(_ string: String) -> Bool {
        (try? firstMatch(in: Subject(string))) != nil
    }
}
