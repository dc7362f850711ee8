import Diagnostics

extension CandourError.Code {
    /// The case store could not be opened, migrated, read or written.
    public static let storeFailure = Self("store-failure")
}

/// The errors the store raises, built in one place.
enum StoreError {
    static func database(_ error: any Error, doing what: String) -> CandourError {
        if let candour = error as? CandourError { return candour }
        return CandourError(.storeFailure, "\(what) failed: \(error)")
    }

    static func corrupt(_ column: String, _ value: String, reference: String) -> CandourError {
        CandourError(.storeFailure, "unreadable \(column) in the store: \(value)", context: reference)
    }

    static func noSuchCase(_ reference: String) -> CandourError {
        CandourError(.notFound, "no case with reference \(reference)", context: reference)
    }

    static func noStore(_ path: String) -> CandourError {
        CandourError(.notFound, "no case store at \(path) (import a case log first: candour cases import FILE)", context: path)
    }
}
