import Crypto
import Foundation

/// Keyed, irreversible tokens for the `pseudonym` operator: HMAC-SHA256 of the type and
/// the entity's normalised text under a secret key, shortened to 10 hex digits.
///
/// The same person gets the same token in every document of a batch (and in every
/// batch run with the same key); without the key file nobody can go back from a token
/// to the name, and the name is never stored.
public struct Pseudonymizer: Sendable {
    private let keyBytes: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// A pseudonymizer from raw key bytes (at least 32).
    public init(keyBytes: [UInt8]) {
        self.keyBytes = keyBytes
    }

    /// Reads a key file (at least 32 bytes; made by `candour key generate`).
    /// - Throws: ``CandourError`` naming the file when it is missing or too short.
    public init(keyFile url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RedactionError.key(url.path, "key file is missing or unreadable")
        }
        guard data.count >= 32 else {
            throw RedactionError.key(url.path, "key file is too short (\(data.count) bytes; need at least 32 — make one with `candour key generate FILE`)")
        }
        self.init(keyBytes: [UInt8](data))
    }

    /// Writes a new random 32-byte key to `url`, readable by its owner only; refuses to
    /// overwrite an existing file.
    public static func generateKey(at url: URL) throws {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw RedactionError.key(url.path, "refusing to overwrite an existing key file")
        }
        let key = SymmetricKey(size: .bits256)
        let data = key.withUnsafeBytes { Data($0) }
        guard FileManager.default.createFile(atPath: url.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw RedactionError.key(url.path, "cannot write the key file")
        }
    }

    /// The token for an entity: `TYPE-` and 10 hex digits.
    public func token(type: EntityType, normalised: String) -> String {
        "\(type.rawValue)-" + digest("\(type.rawValue)\u{1F}\(normalised)").prefix(10)
    }

    /// The full hex HMAC of `text` (used for salted hashes in audit records).
    public func digest(_ text: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in mac {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
