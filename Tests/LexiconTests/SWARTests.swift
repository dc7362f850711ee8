import Testing
@testable import Lexicon

@Suite("Eight bytes at once")
struct SWARTests {
    @Test func capitalsMarksExactlyTheASCIICapitalsInEveryPosition() {
        for position in 0..<8 {
            for value in 0...255 {
                // The byte under test among neighbours that are and are not capitals.
                var bytes: [UInt8] = [0x61, 0x5A, 0x40, 0x5B, 0xC3, 0x41, 0x7A, 0x20]
                bytes[position] = UInt8(value)
                let mask = bytes.withUnsafeBufferPointer { SWAR.capitals(SWAR.load($0.baseAddress!, 0)) }
                for index in 0..<8 {
                    let expected = bytes[index] >= 0x41 && bytes[index] <= 0x5A
                    #expect((mask >> (UInt64(index) * 8 + 7)) & 1 == (expected ? 1 : 0), "byte \(bytes[index]) at \(index)")
                }
                #expect(mask & ~0x8080_8080_8080_8080 == 0)
            }
        }
    }

    @Test func lettersMarksExactlyTheASCIILettersInEveryPosition() {
        for position in 0..<8 {
            for value in 0...255 {
                var bytes: [UInt8] = [0x61, 0x5A, 0x40, 0x7B, 0xC3, 0x41, 0x7A, 0x60]
                bytes[position] = UInt8(value)
                let mask = bytes.withUnsafeBufferPointer { SWAR.letters(SWAR.load($0.baseAddress!, 0)) }
                for index in 0..<8 {
                    let byte = bytes[index]
                    let expected = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    #expect((mask >> (UInt64(index) * 8 + 7)) & 1 == (expected ? 1 : 0), "byte \(byte) at \(index)")
                }
            }
        }
    }

    @Test func equalMarksExactlyTheMatchingBytesInEveryPosition() {
        for target: UInt8 in [0x00, 0x62, 0x64, 0x7F, 0x80, 0xFF] {
            for position in 0..<8 {
                for value in 0...255 {
                    var bytes: [UInt8] = [0x00, 0x62, 0x63, 0x64, 0xE2, 0x42, 0xFF, 0x20]
                    bytes[position] = UInt8(value)
                    let mask = bytes.withUnsafeBufferPointer { SWAR.equal(SWAR.load($0.baseAddress!, 0), target) }
                    for index in 0..<8 {
                        #expect((mask >> (UInt64(index) * 8 + 7)) & 1 == (bytes[index] == target ? 1 : 0))
                    }
                }
            }
        }
    }

    @Test func loadReadsLittleEndianAtAnyOffset() {
        let bytes: [UInt8] = Array(1...12)
        let word = bytes.withUnsafeBufferPointer { SWAR.load($0.baseAddress!, 3) }
        #expect(word == 0x0B0A_0908_0706_0504)
    }
}
