//! Process-wide memory settings, applied first thing in `main` (and by the benchmarks and the
//! memory example, so that they measure what the binary runs).
//!
//! Both are allocator policies rather than program logic, and an operator's environment variable
//! for either wins over what is set here.

/// Applies both settings below; call it before any thread starts.
pub fn tune() {
    limit_c_heap_arenas();
    no_transparent_huge_pages();
}

/// librdkafka's allocations go to glibc's malloc (Rust's go to mimalloc), which gives each of
/// its threads an arena of its own and keeps what they free. Two arenas took the processor's
/// growth under load from 41 to 29 MiB and cost no throughput (BENCHMARKS.md); an operator's
/// MALLOC_ARENA_MAX still wins.
fn limit_c_heap_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt takes two integers and touches only glibc's own settings; it runs
        // first thing in main, before any thread (librdkafka's included) allocates.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}

/// mimalloc asks the kernel for transparent huge pages on its arenas, so touching one byte makes
/// 2 MiB resident. The dedup window's index is many small tables spread over its arena, each
/// touched at start: with huge pages a 1M-story window cost 78 MiB before the first article and
/// 206 MiB full, without them 187 MiB full (BENCHMARKS.md, "Memory: huge pages, exact room,
/// packed ids").
/// Lookups pay a few percent for the extra TLB misses. MIMALLOC_ALLOW_THP (mimalloc's own
/// switch) still wins when an operator sets it.
fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: PR_SET_THP_DISABLE sets one flag on this process's address space and reads no
        // memory of ours; its result only says whether the kernel knows the option.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
    }
}
