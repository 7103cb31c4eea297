//! Giving memory back to the system once a content load is done with it.

/// Returns the heap pages a content load freed to the system.
///
/// A load reads, parses and checks every file and runs each language's crisis test corpus:
/// tens of megabytes that are freed when it ends but stay resident, because glibc gives back
/// only the top of a heap by itself, and a hole in the loading thread's arena is never reused
/// by the async workers, which allocate from arenas of their own. (BENCHMARKS.md, "Many
/// rooms", has what this saves.)
pub fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only walks the allocator's own free lists; it holds the
    // allocator's locks while it does, like any allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}
