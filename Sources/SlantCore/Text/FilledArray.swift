extension Array {
    /// `Array(repeating:count:)` for the small per-sentence arrays of the pipeline (one entry
    /// per token), made by reserving and appending: `Array(repeating:count:)` allocates through
    /// the standard library's unspecialized buffer initializer, which looked the storage type's
    /// metadata up in the runtime's locked cache on every call, several times per sentence.
    @inline(__always) init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(value) }
    }
}
