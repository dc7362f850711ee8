#if canImport(Glibc)
import Glibc
#endif

/// Backs large look-up tables with 2 MB pages where the kernel allows it.
///
/// A table of several megabytes probed at random misses the TLB at nearly every
/// look-up with 4 KB pages; with 2 MB pages a 16 MB table needs eight TLB entries
/// (about a tenth less time in the name detector, measured). Only the whole 2 MB pages
/// inside a buffer are advised, before it is first written. Where transparent huge
/// pages are off, or on other systems, the advice is ignored and nothing changes.
enum HugePages {
    static let size = 2 << 20

    /// An array of `count` zeros, its whole 2 MB pages advised before they are written.
    static func zeroed<Element: FixedWidthInteger>(count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            advise(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: 0)
            initialized = count
        }
    }

    /// Advises the whole 2 MB pages inside `buffer`.
    static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard buffer.count >= size, let base = buffer.baseAddress else { return }
        let address = UInt(bitPattern: base)
        let start = (address + UInt(size - 1)) & ~UInt(size - 1)
        let end = (address + UInt(buffer.count)) & ~UInt(size - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, Int(end - start), MADV_HUGEPAGE)
        #endif
    }
}
