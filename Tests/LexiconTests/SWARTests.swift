import Testing
@testable import Lexicon

@Suite("Eight bytes at once")
struct SWARTests {
    /// Puts every byte value at every position among `neighbours` and checks that
    /// `mask` sets the high bit of exactly the bytes `expected` accepts, and no other bit.
    private func expectExactMask(_ neighbours: [UInt8], _ mask: (UInt64) -> UInt64, _ expected: (UInt8) -> Bool) {
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = neighbours
                bytes[position] = UInt8(value)
                let result = bytes.withUnsafeBufferPointer { mask(SWAR.load($0.baseAddress!, 0)) }
                for index in 0..<8 {
                    #expect((result >> (UInt64(index) * 8 + 7)) & 1 == (expected(bytes[index]) ? 1 : 0), "byte \(bytes[index]) at \(index)")
                }
                #expect(result & ~0x8080_8080_8080_8080 == 0)
            }
        }
    }

    @Test func capitalsMarksExactlyTheASCIICapitals() {
        expectExactMask([0x61, 0x5A, 0x40, 0x5B, 0xC3, 0x41, 0x7A, 0x20], SWAR.capitals) { $0 >= 0x41 && $0 <= 0x5A }
    }

    @Test func lettersMarksExactlyTheASCIILetters() {
        expectExactMask([0x61, 0x5A, 0x40, 0x7B, 0xC3, 0x41, 0x7A, 0x60], SWAR.letters) {
            ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A)
        }
    }

    @Test(arguments: [UInt8(0x00), 0x62, 0x64, 0x7F, 0x80, 0xFF])
    func equalMarksExactlyTheMatchingBytes(target: UInt8) {
        expectExactMask([0x00, 0x62, 0x63, 0x64, 0xE2, 0x42, 0xFF, 0x20], { SWAR.equal($0, target) }) { $0 == target }
    }

    @Test func loadReadsLittleEndianAtAnyOffset() {
        let bytes: [UInt8] = Array(1...12)
        let word = bytes.withUnsafeBufferPointer { SWAR.load($0.baseAddress!, 3) }
        #expect(word == 0x0B0A_0908_0706_0504)
    }
}
